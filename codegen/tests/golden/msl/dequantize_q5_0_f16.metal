
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void dequantize_f_(
    const device uint * buffer_0 [[buffer(0)]],
    device half * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
float l_mut_48;
uint l_mut_41;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(3)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / uint(32);
const uint l_7 = l_3 % uint(32);
const uint l_8 = l_6 * uint(2);
const uint l_9 = uint(0) + l_8;
const uint l_10 = info.scalars_uint[0] * uint(2);
const uint l_11 = l_10 + uint(3);
const uint l_12 = l_11 / uint(4);
const uint l_13 = l_12 * uint(4);
const uint l_14 = uint(0) + l_13;
const uint l_15 = l_6 * uint(4);
const uint l_16 = l_14 + l_15;
const uint l_17 = info.scalars_uint[0] * uint(2);
const uint l_18 = l_17 + uint(3);
const uint l_19 = l_18 / uint(4);
const uint l_20 = l_19 * uint(4);
const uint l_21 = uint(0) + l_20;
const uint l_22 = info.scalars_uint[0] * uint(4);
const uint l_23 = l_22 + uint(3);
const uint l_24 = l_23 / uint(4);
const uint l_25 = l_24 * uint(4);
const uint l_26 = l_21 + l_25;
const uint l_27 = l_6 * uint(16);
const uint l_28 = l_26 + l_27;
const uint l_29 = l_9 / uint(4);
const uint l_30 = buffer_0[l_29];
const uint l_31 = l_9 % uint(4);
const uint l_32 = l_31 * uint(8);
const uint l_33 = l_30 >> l_32;
const uint l_34 = l_33 & uint(65535);
const uint l_35 = l_34 & uint(32768);
const uint l_36 = l_35 << uint(16);
const uint l_37 = l_34 >> uint(10);
const uint l_38 = l_37 & uint(31);
const uint l_39 = l_34 & uint(1023);
const uint l_40 = l_38 + uint(112);
l_mut_41 = l_40;
const bool l_42 = l_38 == uint(31);
if (l_42) {
l_mut_41 = uint(255);
}
const uint l_43 = l_mut_41 << uint(23);
const uint l_44 = l_36 | l_43;
const uint l_45 = l_39 << uint(13);
const uint l_46 = l_44 | l_45;
const float l_47 = reinterpret_cast<thread float const&>(l_46);
l_mut_48 = l_47;
const bool l_49 = l_38 == uint(0);
if (l_49) {
const float l_50 = float(l_39);
const float l_51 = l_50 * float(5.960464477539063e-8);
const bool l_52 = l_36 == uint(0);
if (l_52) {
l_mut_48 = l_51;
} else {
const float l_53 = -l_51;
l_mut_48 = l_53;
}
}
const int l_54 = int(l_7);
const uint l_55 = l_28 + uint(0);
const uint l_56 = uint(l_54);
const uint l_57 = l_56 / uint(32);
const uint l_58 = l_57 * uint(16);
const uint l_59 = l_55 + l_58;
const uint l_60 = l_56 % uint(16);
const uint l_61 = l_59 + l_60;
const uint l_62 = l_56 / uint(16);
const uint l_63 = l_62 % uint(2);
const uint l_64 = l_63 * uint(4);
const uint l_65 = l_61 / uint(4);
const uint l_66 = buffer_0[l_65];
const uint l_67 = l_61 % uint(4);
const uint l_68 = l_67 * uint(8);
const uint l_69 = l_68 + l_64;
const uint l_70 = l_66 >> l_69;
const uint l_71 = l_70 & uint(15);
const int l_72 = int(l_71);
const uint l_73 = l_16 + uint(0);
const uint l_74 = uint(l_54);
const uint l_75 = l_74 / uint(8);
const uint l_76 = l_75 * uint(1);
const uint l_77 = l_73 + l_76;
const uint l_78 = l_74 % uint(1);
const uint l_79 = l_77 + l_78;
const uint l_80 = l_74 / uint(1);
const uint l_81 = l_80 % uint(8);
const uint l_82 = l_81 * uint(1);
const uint l_83 = l_79 / uint(4);
const uint l_84 = buffer_0[l_83];
const uint l_85 = l_79 % uint(4);
const uint l_86 = l_85 * uint(8);
const uint l_87 = l_86 + l_82;
const uint l_88 = l_84 >> l_87;
const uint l_89 = l_88 & uint(1);
const int l_90 = int(l_89);
const uint l_91 = uint(l_90);
const uint l_92 = uint(int(4));
const uint l_93 = l_91 << l_92;
const int l_94 = int(l_93);
const int l_95 = l_72 | l_94;
const int l_96 = l_95 - int(16);
const float l_97 = float(l_96);
const float l_98 = l_mut_48 * l_97;
const half l_99 = half(l_98);
buffer_1[l_3] = l_99;
}

}
