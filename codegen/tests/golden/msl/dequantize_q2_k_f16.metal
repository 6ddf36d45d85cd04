
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
const uint l_8 = l_6 * uint(16);
const uint l_9 = uint(0) + l_8;
const uint l_10 = info.scalars_uint[0] * uint(16);
const uint l_11 = l_10 + uint(3);
const uint l_12 = l_11 / uint(4);
const uint l_13 = l_12 * uint(4);
const uint l_14 = uint(0) + l_13;
const uint l_15 = l_6 * uint(64);
const uint l_16 = l_14 + l_15;
const uint l_17 = info.scalars_uint[0] * uint(16);
const uint l_18 = l_17 + uint(3);
const uint l_19 = l_18 / uint(4);
const uint l_20 = l_19 * uint(4);
const uint l_21 = uint(0) + l_20;
const uint l_22 = info.scalars_uint[0] * uint(64);
const uint l_23 = l_22 + uint(3);
const uint l_24 = l_23 / uint(4);
const uint l_25 = l_24 * uint(4);
const uint l_26 = l_21 + l_25;
const uint l_27 = l_6 * uint(2);
const uint l_28 = l_26 + l_27;
const uint l_29 = info.scalars_uint[0] * uint(16);
const uint l_30 = l_29 + uint(3);
const uint l_31 = l_30 / uint(4);
const uint l_32 = l_31 * uint(4);
const uint l_33 = uint(0) + l_32;
const uint l_34 = info.scalars_uint[0] * uint(64);
const uint l_35 = l_34 + uint(3);
const uint l_36 = l_35 / uint(4);
const uint l_37 = l_36 * uint(4);
const uint l_38 = l_33 + l_37;
const uint l_39 = info.scalars_uint[0] * uint(2);
const uint l_40 = l_39 + uint(3);
const uint l_41 = l_40 / uint(4);
const uint l_42 = l_41 * uint(4);
const uint l_43 = l_38 + l_42;
const uint l_44 = l_6 * uint(2);
const uint l_45 = l_43 + l_44;
const uint l_46 = l_28 / uint(4);
const uint l_47 = buffer_0[l_46];
const uint l_48 = l_28 % uint(4);
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
const uint l_72 = l_45 / uint(4);
const uint l_73 = buffer_0[l_72];
const uint l_74 = l_45 % uint(4);
const uint l_75 = l_74 * uint(8);
const uint l_76 = l_73 >> l_75;
const uint l_77 = l_76 & uint(65535);
const uint l_78 = l_77 & uint(32768);
const uint l_79 = l_78 << uint(16);
const uint l_80 = l_77 >> uint(10);
const uint l_81 = l_80 & uint(31);
const uint l_82 = l_77 & uint(1023);
const bool l_83 = l_81 == uint(31);
const uint l_84 = l_81 + uint(112);
const uint l_85 = (l_83) ? uint(255) : l_84;
const uint l_86 = l_85 << uint(23);
const uint l_87 = l_79 | l_86;
const uint l_88 = l_82 << uint(13);
const uint l_89 = l_87 | l_88;
const float l_90 = reinterpret_cast<thread float const&>(l_89);
const float l_91 = float(l_82);
const float l_92 = l_91 * float(5.960464477539063e-8);
const bool l_93 = l_79 == uint(0);
const float l_94 = -l_92;
const float l_95 = (l_93) ? l_92 : l_94;
const bool l_96 = l_81 == uint(0);
const float l_97 = (l_96) ? l_95 : l_90;
const int l_98 = int(l_7);
const int l_99 = l_98 / int(16);
const uint l_100 = l_9 + uint(0);
const uint l_101 = uint(l_99);
const uint l_102 = l_101 / uint(32);
const uint l_103 = l_102 * uint(16);
const uint l_104 = l_100 + l_103;
const uint l_105 = l_101 % uint(16);
const uint l_106 = l_104 + l_105;
const uint l_107 = l_101 / uint(16);
const uint l_108 = l_107 % uint(2);
const uint l_109 = l_108 * uint(4);
const uint l_110 = l_106 / uint(4);
const uint l_111 = buffer_0[l_110];
const uint l_112 = l_106 % uint(4);
const uint l_113 = l_112 * uint(8);
const uint l_114 = l_113 + l_109;
const uint l_115 = l_111 >> l_114;
const uint l_116 = l_115 & uint(15);
const int l_117 = int(l_116);
const uint l_118 = l_9 + uint(0);
const int l_119 = l_99 + int(16);
const uint l_120 = uint(l_119);
const uint l_121 = l_120 / uint(32);
const uint l_122 = l_121 * uint(16);
const uint l_123 = l_118 + l_122;
const uint l_124 = l_120 % uint(16);
const uint l_125 = l_123 + l_124;
const uint l_126 = l_120 / uint(16);
const uint l_127 = l_126 % uint(2);
const uint l_128 = l_127 * uint(4);
const uint l_129 = l_125 / uint(4);
const uint l_130 = buffer_0[l_129];
const uint l_131 = l_125 % uint(4);
const uint l_132 = l_131 * uint(8);
const uint l_133 = l_132 + l_128;
const uint l_134 = l_130 >> l_133;
const uint l_135 = l_134 & uint(15);
const int l_136 = int(l_135);
const uint l_137 = l_16 + uint(0);
const uint l_138 = uint(l_98);
const uint l_139 = l_138 / uint(128);
const uint l_140 = l_139 * uint(32);
const uint l_141 = l_137 + l_140;
const uint l_142 = l_138 % uint(32);
const uint l_143 = l_141 + l_142;
const uint l_144 = l_138 / uint(32);
const uint l_145 = l_144 % uint(4);
const uint l_146 = l_145 * uint(2);
const uint l_147 = l_143 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_143 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + l_146;
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(3);
const int l_154 = int(l_153);
const float l_155 = float(l_117);
const float l_156 = l_71 * l_155;
const float l_157 = float(l_154);
const float l_158 = l_156 * l_157;
const float l_159 = float(l_136);
const float l_160 = l_97 * l_159;
const float l_161 = l_158 - l_160;
const half l_162 = half(l_161);
buffer_1[l_3] = l_162;
}

}
