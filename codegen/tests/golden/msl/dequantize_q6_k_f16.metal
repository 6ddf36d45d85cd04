
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
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(3)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / uint(256);
const uint l_7 = l_3 % uint(256);
const uint l_8 = l_6 * uint(128);
const uint l_9 = uint(0) + l_8;
const uint l_10 = info.scalars_uint[0] * uint(128);
const uint l_11 = l_10 + uint(3);
const uint l_12 = l_11 / uint(4);
const uint l_13 = l_12 * uint(4);
const uint l_14 = uint(0) + l_13;
const uint l_15 = l_6 * uint(64);
const uint l_16 = l_14 + l_15;
const uint l_17 = info.scalars_uint[0] * uint(128);
const uint l_18 = l_17 + uint(3);
const uint l_19 = l_18 / uint(4);
const uint l_20 = l_19 * uint(4);
const uint l_21 = uint(0) + l_20;
const uint l_22 = info.scalars_uint[0] * uint(64);
const uint l_23 = l_22 + uint(3);
const uint l_24 = l_23 / uint(4);
const uint l_25 = l_24 * uint(4);
const uint l_26 = l_21 + l_25;
const uint l_27 = l_6 * uint(16);
const uint l_28 = l_26 + l_27;
const uint l_29 = info.scalars_uint[0] * uint(128);
const uint l_30 = l_29 + uint(3);
const uint l_31 = l_30 / uint(4);
const uint l_32 = l_31 * uint(4);
const uint l_33 = uint(0) + l_32;
const uint l_34 = info.scalars_uint[0] * uint(64);
const uint l_35 = l_34 + uint(3);
const uint l_36 = l_35 / uint(4);
const uint l_37 = l_36 * uint(4);
const uint l_38 = l_33 + l_37;
const uint l_39 = info.scalars_uint[0] * uint(16);
const uint l_40 = l_39 + uint(3);
const uint l_41 = l_40 / uint(4);
const uint l_42 = l_41 * uint(4);
const uint l_43 = l_38 + l_42;
const uint l_44 = l_6 * uint(2);
const uint l_45 = l_43 + l_44;
const uint l_46 = l_45 / uint(4);
const uint l_47 = buffer_0[l_46];
const uint l_48 = l_45 % uint(4);
const uint l_49 = l_48 * uint(8);
const uint l_50 = l_47 >> l_49;
const uint l_51 = l_50 & uint(65535);
const uint l_52 = l_51 & uint(32768);
const uint l_53 = l_52 << uint(16);
const uint l_54 = l_51 >> uint(10);
const uint l_55 = l_54 & uint(31);
const uint l_56 = l_51 & uint(1023);
const bool l_57 = l_55 == uint(31);
const uint l_58 = l_55 + uint(112);
const uint l_59 = (l_57) ? uint(255) : l_58;
const uint l_60 = l_59 << uint(23);
const uint l_61 = l_53 | l_60;
const uint l_62 = l_56 << uint(13);
const uint l_63 = l_61 | l_62;
const float l_64 = reinterpret_cast<thread float const&>(l_63);
const float l_65 = float(l_56);
const float l_66 = l_65 * float(5.960464477539063e-8);
const bool l_67 = l_53 == uint(0);
const float l_68 = -l_66;
const float l_69 = (l_67) ? l_66 : l_68;
const bool l_70 = l_55 == uint(0);
const float l_71 = (l_70) ? l_69 : l_64;
const int l_72 = int(l_7);
const uint l_73 = l_28 + uint(0);
const int l_74 = l_72 / int(16);
const uint l_75 = uint(l_74);
const uint l_76 = l_75 / uint(1);
const uint l_77 = l_76 * uint(1);
const uint l_78 = l_73 + l_77;
const uint l_79 = l_75 % uint(1);
const uint l_80 = l_78 + l_79;
const uint l_81 = l_75 / uint(1);
const uint l_82 = l_81 % uint(1);
const uint l_83 = l_82 * uint(8);
const uint l_84 = l_80 / uint(4);
const uint l_85 = buffer_0[l_84];
const uint l_86 = l_80 % uint(4);
const uint l_87 = l_86 * uint(8);
const uint l_88 = l_87 + l_83;
const uint l_89 = l_85 >> l_88;
const uint l_90 = l_89 & uint(255);
const int l_91 = int(l_90);
const int l_92 = l_91 ^ int(128);
const int l_93 = l_92 - int(128);
const uint l_94 = l_9 + uint(0);
const uint l_95 = uint(l_72);
const uint l_96 = l_95 / uint(128);
const uint l_97 = l_96 * uint(64);
const uint l_98 = l_94 + l_97;
const uint l_99 = l_95 % uint(64);
const uint l_100 = l_98 + l_99;
const uint l_101 = l_95 / uint(64);
const uint l_102 = l_101 % uint(2);
const uint l_103 = l_102 * uint(4);
const uint l_104 = l_100 / uint(4);
const uint l_105 = buffer_0[l_104];
const uint l_106 = l_100 % uint(4);
const uint l_107 = l_106 * uint(8);
const uint l_108 = l_107 + l_103;
const uint l_109 = l_105 >> l_108;
const uint l_110 = l_109 & uint(15);
const int l_111 = int(l_110);
const uint l_112 = l_16 + uint(0);
const uint l_113 = uint(l_72);
const uint l_114 = l_113 / uint(128);
const uint l_115 = l_114 * uint(32);
const uint l_116 = l_112 + l_115;
const uint l_117 = l_113 % uint(32);
const uint l_118 = l_116 + l_117;
const uint l_119 = l_113 / uint(32);
const uint l_120 = l_119 % uint(4);
const uint l_121 = l_120 * uint(2);
const uint l_122 = l_118 / uint(4);
const uint l_123 = buffer_0[l_122];
const uint l_124 = l_118 % uint(4);
const uint l_125 = l_124 * uint(8);
const uint l_126 = l_125 + l_121;
const uint l_127 = l_123 >> l_126;
const uint l_128 = l_127 & uint(3);
const int l_129 = int(l_128);
const uint l_130 = uint(l_129);
const uint l_131 = uint(int(4));
const uint l_132 = l_130 << l_131;
const int l_133 = int(l_132);
const int l_134 = l_111 | l_133;
const int l_135 = l_134 - int(32);
const float l_136 = float(l_93);
const float l_137 = l_71 * l_136;
const float l_138 = float(l_135);
const float l_139 = l_137 * l_138;
const half l_140 = half(l_139);
buffer_1[l_3] = l_140;
}

}
