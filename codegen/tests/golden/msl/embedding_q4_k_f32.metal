
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void embedding_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device uint * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
int l_mut_106;
int l_mut_151;
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
const uint l_33 = l_12 * uint(12);
const uint l_34 = l_32 + l_33;
const uint l_35 = info.scalars_uint[0] * uint(2);
const uint l_36 = l_35 + uint(3);
const uint l_37 = l_36 / uint(4);
const uint l_38 = l_37 * uint(4);
const uint l_39 = uint(0) + l_38;
const uint l_40 = info.scalars_uint[0] * uint(2);
const uint l_41 = l_40 + uint(3);
const uint l_42 = l_41 / uint(4);
const uint l_43 = l_42 * uint(4);
const uint l_44 = l_39 + l_43;
const uint l_45 = info.scalars_uint[0] * uint(12);
const uint l_46 = l_45 + uint(3);
const uint l_47 = l_46 / uint(4);
const uint l_48 = l_47 * uint(4);
const uint l_49 = l_44 + l_48;
const uint l_50 = l_12 * uint(128);
const uint l_51 = l_49 + l_50;
const uint l_52 = l_15 / uint(4);
const uint l_53 = buffer_0[l_52];
const uint l_54 = l_15 % uint(4);
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
const uint l_78 = l_22 / uint(4);
const uint l_79 = buffer_0[l_78];
const uint l_80 = l_22 % uint(4);
const uint l_81 = l_80 * uint(8);
const uint l_82 = l_79 >> l_81;
const uint l_83 = l_82 & uint(65535);
const uint l_84 = l_83 & uint(32768);
const uint l_85 = l_84 << uint(16);
const uint l_86 = l_83 >> uint(10);
const uint l_87 = l_86 & uint(31);
const uint l_88 = l_83 & uint(1023);
const bool l_89 = l_87 == uint(31);
const uint l_90 = l_87 + uint(112);
const uint l_91 = (l_89) ? uint(255) : l_90;
const uint l_92 = l_91 << uint(23);
const uint l_93 = l_85 | l_92;
const uint l_94 = l_88 << uint(13);
const uint l_95 = l_93 | l_94;
const float l_96 = reinterpret_cast<thread float const&>(l_95);
const float l_97 = float(l_88);
const float l_98 = l_97 * float(5.960464477539063e-8);
const bool l_99 = l_85 == uint(0);
const float l_100 = -l_98;
const float l_101 = (l_99) ? l_98 : l_100;
const bool l_102 = l_87 == uint(0);
const float l_103 = (l_102) ? l_101 : l_96;
const int l_104 = int(l_13);
const int l_105 = l_104 / int(32);
l_mut_106 = int(0);
const bool l_107 = l_105 < int(4);
if (l_107) {
const uint l_108 = uint(l_105);
const uint l_109 = l_34 + l_108;
const uint l_110 = l_109 / uint(4);
const uint l_111 = buffer_0[l_110];
const uint l_112 = l_109 % uint(4);
const uint l_113 = l_112 * uint(8);
const uint l_114 = l_113 + uint(0);
const uint l_115 = l_111 >> l_114;
const uint l_116 = l_115 & uint(255);
const int l_117 = int(l_116);
const int l_118 = l_117 & int(63);
l_mut_106 = l_118;
} else {
const int l_119 = l_105 + int(4);
const uint l_120 = uint(l_119);
const uint l_121 = l_34 + l_120;
const uint l_122 = l_121 / uint(4);
const uint l_123 = buffer_0[l_122];
const uint l_124 = l_121 % uint(4);
const uint l_125 = l_124 * uint(8);
const uint l_126 = l_125 + uint(0);
const uint l_127 = l_123 >> l_126;
const uint l_128 = l_127 & uint(255);
const int l_129 = int(l_128);
const int l_130 = l_129 & int(15);
const int l_131 = l_105 - int(4);
const uint l_132 = uint(l_131);
const uint l_133 = l_34 + l_132;
const uint l_134 = l_133 / uint(4);
const uint l_135 = buffer_0[l_134];
const uint l_136 = l_133 % uint(4);
const uint l_137 = l_136 * uint(8);
const uint l_138 = l_137 + uint(0);
const uint l_139 = l_135 >> l_138;
const uint l_140 = l_139 & uint(255);
const int l_141 = int(l_140);
const uint l_142 = uint(l_141);
const uint l_143 = uint(int(6));
const uint l_144 = l_142 >> l_143;
const int l_145 = int(l_144);
const uint l_146 = uint(l_145);
const uint l_147 = uint(int(4));
const uint l_148 = l_146 << l_147;
const int l_149 = int(l_148);
const int l_150 = l_130 | l_149;
l_mut_106 = l_150;
}
l_mut_151 = int(0);
const bool l_152 = l_105 < int(4);
if (l_152) {
const int l_153 = l_105 + int(4);
const uint l_154 = uint(l_153);
const uint l_155 = l_34 + l_154;
const uint l_156 = l_155 / uint(4);
const uint l_157 = buffer_0[l_156];
const uint l_158 = l_155 % uint(4);
const uint l_159 = l_158 * uint(8);
const uint l_160 = l_159 + uint(0);
const uint l_161 = l_157 >> l_160;
const uint l_162 = l_161 & uint(255);
const int l_163 = int(l_162);
const int l_164 = l_163 & int(63);
l_mut_151 = l_164;
} else {
const int l_165 = l_105 + int(4);
const uint l_166 = uint(l_165);
const uint l_167 = l_34 + l_166;
const uint l_168 = l_167 / uint(4);
const uint l_169 = buffer_0[l_168];
const uint l_170 = l_167 % uint(4);
const uint l_171 = l_170 * uint(8);
const uint l_172 = l_171 + uint(0);
const uint l_173 = l_169 >> l_172;
const uint l_174 = l_173 & uint(255);
const int l_175 = int(l_174);
const uint l_176 = uint(l_175);
const uint l_177 = uint(int(4));
const uint l_178 = l_176 >> l_177;
const int l_179 = int(l_178);
const uint l_180 = uint(l_105);
const uint l_181 = l_34 + l_180;
const uint l_182 = l_181 / uint(4);
const uint l_183 = buffer_0[l_182];
const uint l_184 = l_181 % uint(4);
const uint l_185 = l_184 * uint(8);
const uint l_186 = l_185 + uint(0);
const uint l_187 = l_183 >> l_186;
const uint l_188 = l_187 & uint(255);
const int l_189 = int(l_188);
const uint l_190 = uint(l_189);
const uint l_191 = uint(int(6));
const uint l_192 = l_190 >> l_191;
const int l_193 = int(l_192);
const uint l_194 = uint(l_193);
const uint l_195 = uint(int(4));
const uint l_196 = l_194 << l_195;
const int l_197 = int(l_196);
const int l_198 = l_179 | l_197;
l_mut_151 = l_198;
}
const uint l_199 = l_51 + uint(0);
const uint l_200 = uint(l_104);
const uint l_201 = l_200 / uint(64);
const uint l_202 = l_201 * uint(32);
const uint l_203 = l_199 + l_202;
const uint l_204 = l_200 % uint(32);
const uint l_205 = l_203 + l_204;
const uint l_206 = l_200 / uint(32);
const uint l_207 = l_206 % uint(2);
const uint l_208 = l_207 * uint(4);
const uint l_209 = l_205 / uint(4);
const uint l_210 = buffer_0[l_209];
const uint l_211 = l_205 % uint(4);
const uint l_212 = l_211 * uint(8);
const uint l_213 = l_212 + l_208;
const uint l_214 = l_210 >> l_213;
const uint l_215 = l_214 & uint(15);
const int l_216 = int(l_215);
const float l_217 = float(l_mut_106);
const float l_218 = l_77 * l_217;
const float l_219 = float(l_216);
const float l_220 = l_218 * l_219;
const float l_221 = float(l_mut_151);
const float l_222 = l_103 * l_221;
const float l_223 = l_220 - l_222;
buffer_2[l_3] = l_223;
}

}
