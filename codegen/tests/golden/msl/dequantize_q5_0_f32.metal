
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void dequantize_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    device float * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
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
const bool l_40 = l_38 == uint(31);
const uint l_41 = l_38 + uint(112);
const uint l_42 = (l_40) ? uint(255) : l_41;
const uint l_43 = l_42 << uint(23);
const uint l_44 = l_36 | l_43;
const uint l_45 = l_39 << uint(13);
const uint l_46 = l_44 | l_45;
const float l_47 = reinterpret_cast<thread float const&>(l_46);
const float l_48 = float(l_39);
const float l_49 = l_48 * float(5.960464477539063e-8);
const bool l_50 = l_36 == uint(0);
const float l_51 = -l_49;
const float l_52 = (l_50) ? l_49 : l_51;
const bool l_53 = l_38 == uint(0);
const float l_54 = (l_53) ? l_52 : l_47;
const int l_55 = int(l_7);
const uint l_56 = l_28 + uint(0);
const uint l_57 = uint(l_55);
const uint l_58 = l_57 / uint(32);
const uint l_59 = l_58 * uint(16);
const uint l_60 = l_56 + l_59;
const uint l_61 = l_57 % uint(16);
const uint l_62 = l_60 + l_61;
const uint l_63 = l_57 / uint(16);
const uint l_64 = l_63 % uint(2);
const uint l_65 = l_64 * uint(4);
const uint l_66 = l_62 / uint(4);
const uint l_67 = buffer_0[l_66];
const uint l_68 = l_62 % uint(4);
const uint l_69 = l_68 * uint(8);
const uint l_70 = l_69 + l_65;
const uint l_71 = l_67 >> l_70;
const uint l_72 = l_71 & uint(15);
const int l_73 = int(l_72);
const uint l_74 = l_16 + uint(0);
const uint l_75 = uint(l_55);
const uint l_76 = l_75 / uint(8);
const uint l_77 = l_76 * uint(1);
const uint l_78 = l_74 + l_77;
const uint l_79 = l_75 % uint(1);
const uint l_80 = l_78 + l_79;
const uint l_81 = l_75 / uint(1);
const uint l_82 = l_81 % uint(8);
const uint l_83 = l_82 * uint(1);
const uint l_84 = l_80 / uint(4);
const uint l_85 = buffer_0[l_84];
const uint l_86 = l_80 % uint(4);
const uint l_87 = l_86 * uint(8);
const uint l_88 = l_87 + l_83;
const uint l_89 = l_85 >> l_88;
const uint l_90 = l_89 & uint(1);
const int l_91 = int(l_90);
const uint l_92 = uint(l_91);
const uint l_93 = uint(int(4));
const uint l_94 = l_92 << l_93;
const int l_95 = int(l_94);
const int l_96 = l_73 | l_95;
const int l_97 = l_96 - int(16);
const float l_98 = float(l_97);
const float l_99 = l_54 * l_98;
buffer_1[l_3] = l_99;
}

}
