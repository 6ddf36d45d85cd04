
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
const uint l_9 = info.scalars_uint[1] / uint(256);
const uint l_10 = l_7 * l_9;
const uint l_11 = l_8 / uint(256);
const uint l_12 = l_10 + l_11;
const uint l_13 = l_8 % uint(256);
const uint l_14 = l_12 * uint(32);
const uint l_15 = uint(0) + l_14;
const uint l_16 = info.scalars_uint[0] * uint(32);
const uint l_17 = l_16 + uint(3);
const uint l_18 = l_17 / uint(4);
const uint l_19 = l_18 * uint(4);
const uint l_20 = uint(0) + l_19;
const uint l_21 = l_12 * uint(64);
const uint l_22 = l_20 + l_21;
const uint l_23 = info.scalars_uint[0] * uint(32);
const uint l_24 = l_23 + uint(3);
const uint l_25 = l_24 / uint(4);
const uint l_26 = l_25 * uint(4);
const uint l_27 = uint(0) + l_26;
const uint l_28 = info.scalars_uint[0] * uint(64);
const uint l_29 = l_28 + uint(3);
const uint l_30 = l_29 / uint(4);
const uint l_31 = l_30 * uint(4);
const uint l_32 = l_27 + l_31;
const uint l_33 = l_12 * uint(12);
const uint l_34 = l_32 + l_33;
const uint l_35 = info.scalars_uint[0] * uint(32);
const uint l_36 = l_35 + uint(3);
const uint l_37 = l_36 / uint(4);
const uint l_38 = l_37 * uint(4);
const uint l_39 = uint(0) + l_38;
const uint l_40 = info.scalars_uint[0] * uint(64);
const uint l_41 = l_40 + uint(3);
const uint l_42 = l_41 / uint(4);
const uint l_43 = l_42 * uint(4);
const uint l_44 = l_39 + l_43;
const uint l_45 = info.scalars_uint[0] * uint(12);
const uint l_46 = l_45 + uint(3);
const uint l_47 = l_46 / uint(4);
const uint l_48 = l_47 * uint(4);
const uint l_49 = l_44 + l_48;
const uint l_50 = l_12 * uint(2);
const uint l_51 = l_49 + l_50;
const uint l_52 = l_51 / uint(4);
const uint l_53 = buffer_0[l_52];
const uint l_54 = l_51 % uint(4);
const uint l_55 = l_54 * uint(8);
const uint l_56 = l_53 >> l_55;
const uint l_57 = l_56 & uint(65535);
const uint l_58 = l_57 & uint(32768);
const uint l_59 = l_58 << uint(16);
const uint l_60 = l_57 >> uint(10);
const uint l_61 = l_60 & uint(31);
const uint l_62 = l_57 & uint(1023);
const bool l_63 = l_61 == uint(31);
const uint l_64 = l_61 + uint(112);
const uint l_65 = (l_63) ? uint(255) : l_64;
const uint l_66 = l_65 << uint(23);
const uint l_67 = l_59 | l_66;
const uint l_68 = l_62 << uint(13);
const uint l_69 = l_67 | l_68;
const float l_70 = reinterpret_cast<thread float const&>(l_69);
const float l_71 = float(l_62);
const float l_72 = l_71 * float(5.960464477539063e-8);
const bool l_73 = l_59 == uint(0);
const float l_74 = -l_72;
const float l_75 = (l_73) ? l_72 : l_74;
const bool l_76 = l_61 == uint(0);
const float l_77 = (l_76) ? l_75 : l_70;
const int l_78 = int(l_13);
const int l_79 = l_78 / int(16);
const uint l_80 = l_34 + uint(0);
const uint l_81 = uint(l_79);
const uint l_82 = l_81 / uint(16);
const uint l_83 = l_82 * uint(8);
const uint l_84 = l_80 + l_83;
const uint l_85 = l_81 % uint(8);
const uint l_86 = l_84 + l_85;
const uint l_87 = l_81 / uint(8);
const uint l_88 = l_87 % uint(2);
const uint l_89 = l_88 * uint(4);
const uint l_90 = l_86 / uint(4);
const uint l_91 = buffer_0[l_90];
const uint l_92 = l_86 % uint(4);
const uint l_93 = l_92 * uint(8);
const uint l_94 = l_93 + l_89;
const uint l_95 = l_91 >> l_94;
const uint l_96 = l_95 & uint(15);
const int l_97 = int(l_96);
const uint l_98 = l_34 + uint(8);
const uint l_99 = uint(l_79);
const uint l_100 = l_99 / uint(16);
const uint l_101 = l_100 * uint(4);
const uint l_102 = l_98 + l_101;
const uint l_103 = l_99 % uint(4);
const uint l_104 = l_102 + l_103;
const uint l_105 = l_99 / uint(4);
const uint l_106 = l_105 % uint(4);
const uint l_107 = l_106 * uint(2);
const uint l_108 = l_104 / uint(4);
const uint l_109 = buffer_0[l_108];
const uint l_110 = l_104 % uint(4);
const uint l_111 = l_110 * uint(8);
const uint l_112 = l_111 + l_107;
const uint l_113 = l_109 >> l_112;
const uint l_114 = l_113 & uint(3);
const int l_115 = int(l_114);
const uint l_116 = uint(l_115);
const uint l_117 = uint(int(4));
const uint l_118 = l_116 << l_117;
const int l_119 = int(l_118);
const int l_120 = l_97 | l_119;
const int l_121 = l_120 - int(32);
const uint l_122 = l_22 + uint(0);
const uint l_123 = uint(l_78);
const uint l_124 = l_123 / uint(128);
const uint l_125 = l_124 * uint(32);
const uint l_126 = l_122 + l_125;
const uint l_127 = l_123 % uint(32);
const uint l_128 = l_126 + l_127;
const uint l_129 = l_123 / uint(32);
const uint l_130 = l_129 % uint(4);
const uint l_131 = l_130 * uint(2);
const uint l_132 = l_128 / uint(4);
const uint l_133 = buffer_0[l_132];
const uint l_134 = l_128 % uint(4);
const uint l_135 = l_134 * uint(8);
const uint l_136 = l_135 + l_131;
const uint l_137 = l_133 >> l_136;
const uint l_138 = l_137 & uint(3);
const int l_139 = int(l_138);
const uint l_140 = l_15 + uint(0);
const uint l_141 = uint(l_78);
const uint l_142 = l_141 / uint(256);
const uint l_143 = l_142 * uint(32);
const uint l_144 = l_140 + l_143;
const uint l_145 = l_141 % uint(32);
const uint l_146 = l_144 + l_145;
const uint l_147 = l_141 / uint(32);
const uint l_148 = l_147 % uint(8);
const uint l_149 = l_148 * uint(1);
const uint l_150 = l_146 / uint(4);
const uint l_151 = buffer_0[l_150];
const uint l_152 = l_146 % uint(4);
const uint l_153 = l_152 * uint(8);
const uint l_154 = l_153 + l_149;
const uint l_155 = l_151 >> l_154;
const uint l_156 = l_155 & uint(1);
const int l_157 = int(l_156);
const uint l_158 = uint(l_157);
const uint l_159 = uint(int(2));
const uint l_160 = l_158 << l_159;
const int l_161 = int(l_160);
const int l_162 = l_139 | l_161;
const int l_163 = l_162 - int(4);
const float l_164 = float(l_121);
const float l_165 = l_77 * l_164;
const float l_166 = float(l_163);
const float l_167 = l_165 * l_166;
const half l_168 = half(l_167);
buffer_2[l_3] = l_168;
}

}
