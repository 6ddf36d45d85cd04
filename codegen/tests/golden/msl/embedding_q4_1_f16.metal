
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void embedding_f_(
    const device uint * buffer_0 [[buffer(0)]],
    const device uint * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(5)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / info.scalars_uint[1];
const uint l_7 = buffer_1[l_6];
const uint l_8 = l_3 % info.scalars_uint[1];
const uint l_9 = info.scalars_uint[1] / uint(32);
const uint l_10 = l_7 * l_9;
const uint l_11 = l_8 / uint(32);
const uint l_12 = l_10 + l_11;
const uint l_13 = l_8 % uint(32);
const uint l_14 = l_12 * uint(2);
const uint l_15 = uint(0) + l_14;
const uint l_16 = info.scalars_uint[0] * uint(2);
const uint l_17 = l_16 + uint(3);
const uint l_18 = l_17 / uint(4);
const uint l_19 = l_18 * uint(4);
const uint l_20 = uint(0) + l_19;
const uint l_21 = l_12 * uint(2);
const uint l_22 = l_20 + l_21;
const uint l_23 = info.scalars_uint[0] * uint(2);
const uint l_24 = l_23 + uint(3);
const uint l_25 = l_24 / uint(4);
const uint l_26 = l_25 * uint(4);
const uint l_27 = uint(0) + l_26;
const uint l_28 = info.scalars_uint[0] * uint(2);
const uint l_29 = l_28 + uint(3);
const uint l_30 = l_29 / uint(4);
const uint l_31 = l_30 * uint(4);
const uint l_32 = l_27 + l_31;
const uint l_33 = l_12 * uint(16);
const uint l_34 = l_32 + l_33;
const uint l_35 = l_15 / uint(4);
const uint l_36 = buffer_0[l_35];
const uint l_37 = l_15 % uint(4);
const uint l_38 = l_37 * uint(8);
const uint l_39 = l_36 >> l_38;
const uint l_40 = l_39 & uint(65535);
const uint l_41 = l_40 & uint(32768);
const uint l_42 = l_41 << uint(16);
const uint l_43 = l_40 >> uint(10);
const uint l_44 = l_43 & uint(31);
const uint l_45 = l_40 & uint(1023);
const bool l_46 = l_44 == uint(31);
const uint l_47 = l_44 + uint(112);
const uint l_48 = (l_46) ? uint(255) : l_47;
const uint l_49 = l_48 << uint(23);
const uint l_50 = l_42 | l_49;
const uint l_51 = l_45 << uint(13);
const uint l_52 = l_50 | l_51;
const float l_53 = reinterpret_cast<thread float const&>(l_52);
const float l_54 = float(l_45);
const float l_55 = l_54 * float(5.960464477539063e-8);
const bool l_56 = l_42 == uint(0);
const float l_57 = -l_55;
const float l_58 = (l_56) ? l_55 : l_57;
const bool l_59 = l_44 == uint(0);
const float l_60 = (l_59) ? l_58 : l_53;
const uint l_61 = l_22 / uint(4);
const uint l_62 = buffer_0[l_61];
const uint l_63 = l_22 % uint(4);
const uint l_64 = l_63 * uint(8);
const uint l_65 = l_62 >> l_64;
const uint l_66 = l_65 & uint(65535);
const uint l_67 = l_66 & uint(32768);
const uint l_68 = l_67 << uint(16);
const uint l_69 = l_66 >> uint(10);
const uint l_70 = l_69 & uint(31);
const uint l_71 = l_66 & uint(1023);
const bool l_72 = l_70 == uint(31);
const uint l_73 = l_70 + uint(112);
const uint l_74 = (l_72) ? uint(255) : l_73;
const uint l_75 = l_74 << uint(23);
const uint l_76 = l_68 | l_75;
const uint l_77 = l_71 << uint(13);
const uint l_78 = l_76 | l_77;
const float l_79 = reinterpret_cast<thread float const&>(l_78);
const float l_80 = float(l_71);
const float l_81 = l_80 * float(5.960464477539063e-8);
const bool l_82 = l_68 == uint(0);
const float l_83 = -l_81;
const float l_84 = (l_82) ? l_81 : l_83;
const bool l_85 = l_70 == uint(0);
const float l_86 = (l_85) ? l_84 : l_79;
const int l_87 = int(l_13);
const uint l_88 = l_34 + uint(0);
const uint l_89 = uint(l_87);
const uint l_90 = l_89 / uint(32);
const uint l_91 = l_90 * uint(16);
const uint l_92 = l_88 + l_91;
const uint l_93 = l_89 % uint(16);
const uint l_94 = l_92 + l_93;
const uint l_95 = l_89 / uint(16);
const uint l_96 = l_95 % uint(2);
const uint l_97 = l_96 * uint(4);
const uint l_98 = l_94 / uint(4);
const uint l_99 = buffer_0[l_98];
const uint l_100 = l_94 % uint(4);
const uint l_101 = l_100 * uint(8);
const uint l_102 = l_101 + l_97;
const uint l_103 = l_99 >> l_102;
const uint l_104 = l_103 & uint(15);
const int l_105 = int(l_104);
const float l_106 = float(l_105);
const float l_107 = l_60 * l_106;
const float l_108 = l_107 + l_86;
const half l_109 = half(l_108);
buffer_2[l_3] = l_109;
}

}
