
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
float l_mut_111;
float l_mut_87;
int l_mut_119;
int l_mut_164;
uint l_mut_80;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(3)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / uint(256);
const uint l_7 = l_3 % uint(256);
const uint l_8 = l_6 * uint(2);
const uint l_9 = uint(0) + l_8;
const uint l_10 = info.scalars_uint[0] * uint(2);
const uint l_11 = l_10 + uint(3);
const uint l_12 = l_11 / uint(4);
const uint l_13 = l_12 * uint(4);
const uint l_14 = uint(0) + l_13;
const uint l_15 = l_6 * uint(2);
const uint l_16 = l_14 + l_15;
const uint l_17 = info.scalars_uint[0] * uint(2);
const uint l_18 = l_17 + uint(3);
const uint l_19 = l_18 / uint(4);
const uint l_20 = l_19 * uint(4);
const uint l_21 = uint(0) + l_20;
const uint l_22 = info.scalars_uint[0] * uint(2);
const uint l_23 = l_22 + uint(3);
const uint l_24 = l_23 / uint(4);
const uint l_25 = l_24 * uint(4);
const uint l_26 = l_21 + l_25;
const uint l_27 = l_6 * uint(12);
const uint l_28 = l_26 + l_27;
const uint l_29 = info.scalars_uint[0] * uint(2);
const uint l_30 = l_29 + uint(3);
const uint l_31 = l_30 / uint(4);
const uint l_32 = l_31 * uint(4);
const uint l_33 = uint(0) + l_32;
const uint l_34 = info.scalars_uint[0] * uint(2);
const uint l_35 = l_34 + uint(3);
const uint l_36 = l_35 / uint(4);
const uint l_37 = l_36 * uint(4);
const uint l_38 = l_33 + l_37;
const uint l_39 = info.scalars_uint[0] * uint(12);
const uint l_40 = l_39 + uint(3);
const uint l_41 = l_40 / uint(4);
const uint l_42 = l_41 * uint(4);
const uint l_43 = l_38 + l_42;
const uint l_44 = l_6 * uint(32);
const uint l_45 = l_43 + l_44;
const uint l_46 = info.scalars_uint[0] * uint(2);
const uint l_47 = l_46 + uint(3);
const uint l_48 = l_47 / uint(4);
const uint l_49 = l_48 * uint(4);
const uint l_50 = uint(0) + l_49;
const uint l_51 = info.scalars_uint[0] * uint(2);
const uint l_52 = l_51 + uint(3);
const uint l_53 = l_52 / uint(4);
const uint l_54 = l_53 * uint(4);
const uint l_55 = l_50 + l_54;
const uint l_56 = info.scalars_uint[0] * uint(12);
const uint l_57 = l_56 + uint(3);
const uint l_58 = l_57 / uint(4);
const uint l_59 = l_58 * uint(4);
const uint l_60 = l_55 + l_59;
const uint l_61 = info.scalars_uint[0] * uint(32);
const uint l_62 = l_61 + uint(3);
const uint l_63 = l_62 / uint(4);
const uint l_64 = l_63 * uint(4);
const uint l_65 = l_60 + l_64;
const uint l_66 = l_6 * uint(128);
const uint l_67 = l_65 + l_66;
const uint l_68 = l_9 / uint(4);
const uint l_69 = buffer_0[l_68];
const uint l_70 = l_9 % uint(4);
const uint l_71 = l_70 * uint(8);
const uint l_72 = l_69 >> l_71;
const uint l_73 = l_72 & uint(65535);
const uint l_74 = l_73 & uint(32768);
const uint l_75 = l_74 << uint(16);
const uint l_76 = l_73 >> uint(10);
const uint l_77 = l_76 & uint(31);
const uint l_78 = l_73 & uint(1023);
const uint l_79 = l_77 + uint(112);
l_mut_80 = l_79;
const bool l_81 = l_77 == uint(31);
if (l_81) {
l_mut_80 = uint(255);
}
const uint l_82 = l_mut_80 << uint(23);
const uint l_83 = l_75 | l_82;
const uint l_84 = l_78 << uint(13);
const uint l_85 = l_83 | l_84;
const float l_86 = reinterpret_cast<thread float const&>(l_85);
l_mut_87 = l_86;
const bool l_88 = l_77 == uint(0);
if (l_88) {
const float l_89 = float(l_78);
const float l_90 = l_89 * float(5.960464477539063e-8);
const bool l_91 = l_75 == uint(0);
if (l_91) {
l_mut_87 = l_90;
} else {
const float l_92 = -l_90;
l_mut_87 = l_92;
}
}
const uint l_93 = l_16 / uint(4);
const uint l_94 = buffer_0[l_93];
const uint l_95 = l_16 % uint(4);
const uint l_96 = l_95 * uint(8);
const uint l_97 = l_94 >> l_96;
const uint l_98 = l_97 & uint(65535);
const uint l_99 = l_98 & uint(32768);
const uint l_100 = l_99 << uint(16);
const uint l_101 = l_98 >> uint(10);
const uint l_102 = l_101 & uint(31);
const uint l_103 = l_98 & uint(1023);
const uint l_104 = l_102 + uint(112);
l_mut_80 = l_104;
const bool l_105 = l_102 == uint(31);
if (l_105) {
l_mut_80 = uint(255);
}
const uint l_106 = l_mut_80 << uint(23);
const uint l_107 = l_100 | l_106;
const uint l_108 = l_103 << uint(13);
const uint l_109 = l_107 | l_108;
const float l_110 = reinterpret_cast<thread float const&>(l_109);
l_mut_111 = l_110;
const bool l_112 = l_102 == uint(0);
if (l_112) {
const float l_113 = float(l_103);
const float l_114 = l_113 * float(5.960464477539063e-8);
const bool l_115 = l_100 == uint(0);
if (l_115) {
l_mut_111 = l_114;
} else {
const float l_116 = -l_114;
l_mut_111 = l_116;
}
}
const int l_117 = int(l_7);
const int l_118 = l_117 / int(32);
l_mut_119 = int(0);
const bool l_120 = l_118 < int(4);
if (l_120) {
const uint l_121 = uint(l_118);
const uint l_122 = l_28 + l_121;
const uint l_123 = l_122 / uint(4);
const uint l_124 = buffer_0[l_123];
const uint l_125 = l_122 % uint(4);
const uint l_126 = l_125 * uint(8);
const uint l_127 = l_126 + uint(0);
const uint l_128 = l_124 >> l_127;
const uint l_129 = l_128 & uint(255);
const int l_130 = int(l_129);
const int l_131 = l_130 & int(63);
l_mut_119 = l_131;
} else {
const int l_132 = l_118 + int(4);
const uint l_133 = uint(l_132);
const uint l_134 = l_28 + l_133;
const uint l_135 = l_134 / uint(4);
const uint l_136 = buffer_0[l_135];
const uint l_137 = l_134 % uint(4);
const uint l_138 = l_137 * uint(8);
const uint l_139 = l_138 + uint(0);
const uint l_140 = l_136 >> l_139;
const uint l_141 = l_140 & uint(255);
const int l_142 = int(l_141);
const int l_143 = l_142 & int(15);
const int l_144 = l_118 - int(4);
const uint l_145 = uint(l_144);
const uint l_146 = l_28 + l_145;
const uint l_147 = l_146 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_146 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + uint(0);
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(255);
const int l_154 = int(l_153);
const uint l_155 = uint(l_154);
const uint l_156 = uint(int(6));
const uint l_157 = l_155 >> l_156;
const int l_158 = int(l_157);
const uint l_159 = uint(l_158);
const uint l_160 = uint(int(4));
const uint l_161 = l_159 << l_160;
const int l_162 = int(l_161);
const int l_163 = l_143 | l_162;
l_mut_119 = l_163;
}
l_mut_164 = int(0);
const bool l_165 = l_118 < int(4);
if (l_165) {
const int l_166 = l_118 + int(4);
const uint l_167 = uint(l_166);
const uint l_168 = l_28 + l_167;
const uint l_169 = l_168 / uint(4);
const uint l_170 = buffer_0[l_169];
const uint l_171 = l_168 % uint(4);
const uint l_172 = l_171 * uint(8);
const uint l_173 = l_172 + uint(0);
const uint l_174 = l_170 >> l_173;
const uint l_175 = l_174 & uint(255);
const int l_176 = int(l_175);
const int l_177 = l_176 & int(63);
l_mut_164 = l_177;
} else {
const int l_178 = l_118 + int(4);
const uint l_179 = uint(l_178);
const uint l_180 = l_28 + l_179;
const uint l_181 = l_180 / uint(4);
const uint l_182 = buffer_0[l_181];
const uint l_183 = l_180 % uint(4);
const uint l_184 = l_183 * uint(8);
const uint l_185 = l_184 + uint(0);
const uint l_186 = l_182 >> l_185;
const uint l_187 = l_186 & uint(255);
const int l_188 = int(l_187);
const uint l_189 = uint(l_188);
const uint l_190 = uint(int(4));
const uint l_191 = l_189 >> l_190;
const int l_192 = int(l_191);
const uint l_193 = uint(l_118);
const uint l_194 = l_28 + l_193;
const uint l_195 = l_194 / uint(4);
const uint l_196 = buffer_0[l_195];
const uint l_197 = l_194 % uint(4);
const uint l_198 = l_197 * uint(8);
const uint l_199 = l_198 + uint(0);
const uint l_200 = l_196 >> l_199;
const uint l_201 = l_200 & uint(255);
const int l_202 = int(l_201);
const uint l_203 = uint(l_202);
const uint l_204 = uint(int(6));
const uint l_205 = l_203 >> l_204;
const int l_206 = int(l_205);
const uint l_207 = uint(l_206);
const uint l_208 = uint(int(4));
const uint l_209 = l_207 << l_208;
const int l_210 = int(l_209);
const int l_211 = l_192 | l_210;
l_mut_164 = l_211;
}
const uint l_212 = l_67 + uint(0);
const uint l_213 = uint(l_117);
const uint l_214 = l_213 / uint(64);
const uint l_215 = l_214 * uint(32);
const uint l_216 = l_212 + l_215;
const uint l_217 = l_213 % uint(32);
const uint l_218 = l_216 + l_217;
const uint l_219 = l_213 / uint(32);
const uint l_220 = l_219 % uint(2);
const uint l_221 = l_220 * uint(4);
const uint l_222 = l_218 / uint(4);
const uint l_223 = buffer_0[l_222];
const uint l_224 = l_218 % uint(4);
const uint l_225 = l_224 * uint(8);
const uint l_226 = l_225 + l_221;
const uint l_227 = l_223 >> l_226;
const uint l_228 = l_227 & uint(15);
const int l_229 = int(l_228);
const uint l_230 = l_45 + uint(0);
const uint l_231 = uint(l_117);
const uint l_232 = l_231 / uint(256);
const uint l_233 = l_232 * uint(32);
const uint l_234 = l_230 + l_233;
const uint l_235 = l_231 % uint(32);
const uint l_236 = l_234 + l_235;
const uint l_237 = l_231 / uint(32);
const uint l_238 = l_237 % uint(8);
const uint l_239 = l_238 * uint(1);
const uint l_240 = l_236 / uint(4);
const uint l_241 = buffer_0[l_240];
const uint l_242 = l_236 % uint(4);
const uint l_243 = l_242 * uint(8);
const uint l_244 = l_243 + l_239;
const uint l_245 = l_241 >> l_244;
const uint l_246 = l_245 & uint(1);
const int l_247 = int(l_246);
const uint l_248 = uint(l_247);
const uint l_249 = uint(int(4));
const uint l_250 = l_248 << l_249;
const int l_251 = int(l_250);
const int l_252 = l_229 | l_251;
const float l_253 = float(l_mut_119);
const float l_254 = l_mut_87 * l_253;
const float l_255 = float(l_252);
const float l_256 = l_254 * l_255;
const float l_257 = float(l_mut_164);
const float l_258 = l_mut_111 * l_257;
const float l_259 = l_256 - l_258;
const half l_260 = half(l_259);
buffer_1[l_3] = l_260;
}

}
