
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void matvec_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[256];
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_268 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
int l_mut_125;
int l_mut_170;
uint l_mut_270;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = info.scalars_uint[1] / uint(256);
const uint l_5 = l_1 * l_4;
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[1]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_mut_7 / uint(256);
const uint l_9 = l_5 + l_8;
const uint l_10 = l_mut_7 % uint(256);
const uint l_11 = l_9 * uint(2);
const uint l_12 = uint(0) + l_11;
const uint l_13 = info.scalars_uint[0] * uint(2);
const uint l_14 = l_13 + uint(3);
const uint l_15 = l_14 / uint(4);
const uint l_16 = l_15 * uint(4);
const uint l_17 = uint(0) + l_16;
const uint l_18 = l_9 * uint(2);
const uint l_19 = l_17 + l_18;
const uint l_20 = info.scalars_uint[0] * uint(2);
const uint l_21 = l_20 + uint(3);
const uint l_22 = l_21 / uint(4);
const uint l_23 = l_22 * uint(4);
const uint l_24 = uint(0) + l_23;
const uint l_25 = info.scalars_uint[0] * uint(2);
const uint l_26 = l_25 + uint(3);
const uint l_27 = l_26 / uint(4);
const uint l_28 = l_27 * uint(4);
const uint l_29 = l_24 + l_28;
const uint l_30 = l_9 * uint(12);
const uint l_31 = l_29 + l_30;
const uint l_32 = info.scalars_uint[0] * uint(2);
const uint l_33 = l_32 + uint(3);
const uint l_34 = l_33 / uint(4);
const uint l_35 = l_34 * uint(4);
const uint l_36 = uint(0) + l_35;
const uint l_37 = info.scalars_uint[0] * uint(2);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = l_36 + l_40;
const uint l_42 = info.scalars_uint[0] * uint(12);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_9 * uint(32);
const uint l_48 = l_46 + l_47;
const uint l_49 = info.scalars_uint[0] * uint(2);
const uint l_50 = l_49 + uint(3);
const uint l_51 = l_50 / uint(4);
const uint l_52 = l_51 * uint(4);
const uint l_53 = uint(0) + l_52;
const uint l_54 = info.scalars_uint[0] * uint(2);
const uint l_55 = l_54 + uint(3);
const uint l_56 = l_55 / uint(4);
const uint l_57 = l_56 * uint(4);
const uint l_58 = l_53 + l_57;
const uint l_59 = info.scalars_uint[0] * uint(12);
const uint l_60 = l_59 + uint(3);
const uint l_61 = l_60 / uint(4);
const uint l_62 = l_61 * uint(4);
const uint l_63 = l_58 + l_62;
const uint l_64 = info.scalars_uint[0] * uint(32);
const uint l_65 = l_64 + uint(3);
const uint l_66 = l_65 / uint(4);
const uint l_67 = l_66 * uint(4);
const uint l_68 = l_63 + l_67;
const uint l_69 = l_9 * uint(128);
const uint l_70 = l_68 + l_69;
const uint l_71 = l_12 / uint(4);
const uint l_72 = buffer_0[l_71];
const uint l_73 = l_12 % uint(4);
const uint l_74 = l_73 * uint(8);
const uint l_75 = l_72 >> l_74;
const uint l_76 = l_75 & uint(65535);
const uint l_77 = l_76 & uint(32768);
const uint l_78 = l_77 << uint(16);
const uint l_79 = l_76 >> uint(10);
const uint l_80 = l_79 & uint(31);
const uint l_81 = l_76 & uint(1023);
const bool l_82 = l_80 == uint(31);
const uint l_83 = l_80 + uint(112);
const uint l_84 = (l_82) ? uint(255) : l_83;
const uint l_85 = l_84 << uint(23);
const uint l_86 = l_78 | l_85;
const uint l_87 = l_81 << uint(13);
const uint l_88 = l_86 | l_87;
const float l_89 = reinterpret_cast<thread float const&>(l_88);
const float l_90 = float(l_81);
const float l_91 = l_90 * float(5.960464477539063e-8);
const bool l_92 = l_78 == uint(0);
const float l_93 = -l_91;
const float l_94 = (l_92) ? l_91 : l_93;
const bool l_95 = l_80 == uint(0);
const float l_96 = (l_95) ? l_94 : l_89;
const uint l_97 = l_19 / uint(4);
const uint l_98 = buffer_0[l_97];
const uint l_99 = l_19 % uint(4);
const uint l_100 = l_99 * uint(8);
const uint l_101 = l_98 >> l_100;
const uint l_102 = l_101 & uint(65535);
const uint l_103 = l_102 & uint(32768);
const uint l_104 = l_103 << uint(16);
const uint l_105 = l_102 >> uint(10);
const uint l_106 = l_105 & uint(31);
const uint l_107 = l_102 & uint(1023);
const bool l_108 = l_106 == uint(31);
const uint l_109 = l_106 + uint(112);
const uint l_110 = (l_108) ? uint(255) : l_109;
const uint l_111 = l_110 << uint(23);
const uint l_112 = l_104 | l_111;
const uint l_113 = l_107 << uint(13);
const uint l_114 = l_112 | l_113;
const float l_115 = reinterpret_cast<thread float const&>(l_114);
const float l_116 = float(l_107);
const float l_117 = l_116 * float(5.960464477539063e-8);
const bool l_118 = l_104 == uint(0);
const float l_119 = -l_117;
const float l_120 = (l_118) ? l_117 : l_119;
const bool l_121 = l_106 == uint(0);
const float l_122 = (l_121) ? l_120 : l_115;
const int l_123 = int(l_10);
const int l_124 = l_123 / int(32);
l_mut_125 = int(0);
const bool l_126 = l_124 < int(4);
if (l_126) {
const uint l_127 = uint(l_124);
const uint l_128 = l_31 + l_127;
const uint l_129 = l_128 / uint(4);
const uint l_130 = buffer_0[l_129];
const uint l_131 = l_128 % uint(4);
const uint l_132 = l_131 * uint(8);
const uint l_133 = l_132 + uint(0);
const uint l_134 = l_130 >> l_133;
const uint l_135 = l_134 & uint(255);
const int l_136 = int(l_135);
const int l_137 = l_136 & int(63);
l_mut_125 = l_137;
} else {
const int l_138 = l_124 + int(4);
const uint l_139 = uint(l_138);
const uint l_140 = l_31 + l_139;
const uint l_141 = l_140 / uint(4);
const uint l_142 = buffer_0[l_141];
const uint l_143 = l_140 % uint(4);
const uint l_144 = l_143 * uint(8);
const uint l_145 = l_144 + uint(0);
const uint l_146 = l_142 >> l_145;
const uint l_147 = l_146 & uint(255);
const int l_148 = int(l_147);
const int l_149 = l_148 & int(15);
const int l_150 = l_124 - int(4);
const uint l_151 = uint(l_150);
const uint l_152 = l_31 + l_151;
const uint l_153 = l_152 / uint(4);
const uint l_154 = buffer_0[l_153];
const uint l_155 = l_152 % uint(4);
const uint l_156 = l_155 * uint(8);
const uint l_157 = l_156 + uint(0);
const uint l_158 = l_154 >> l_157;
const uint l_159 = l_158 & uint(255);
const int l_160 = int(l_159);
const uint l_161 = uint(l_160);
const uint l_162 = uint(int(6));
const uint l_163 = l_161 >> l_162;
const int l_164 = int(l_163);
const uint l_165 = uint(l_164);
const uint l_166 = uint(int(4));
const uint l_167 = l_165 << l_166;
const int l_168 = int(l_167);
const int l_169 = l_149 | l_168;
l_mut_125 = l_169;
}
l_mut_170 = int(0);
const bool l_171 = l_124 < int(4);
if (l_171) {
const int l_172 = l_124 + int(4);
const uint l_173 = uint(l_172);
const uint l_174 = l_31 + l_173;
const uint l_175 = l_174 / uint(4);
const uint l_176 = buffer_0[l_175];
const uint l_177 = l_174 % uint(4);
const uint l_178 = l_177 * uint(8);
const uint l_179 = l_178 + uint(0);
const uint l_180 = l_176 >> l_179;
const uint l_181 = l_180 & uint(255);
const int l_182 = int(l_181);
const int l_183 = l_182 & int(63);
l_mut_170 = l_183;
} else {
const int l_184 = l_124 + int(4);
const uint l_185 = uint(l_184);
const uint l_186 = l_31 + l_185;
const uint l_187 = l_186 / uint(4);
const uint l_188 = buffer_0[l_187];
const uint l_189 = l_186 % uint(4);
const uint l_190 = l_189 * uint(8);
const uint l_191 = l_190 + uint(0);
const uint l_192 = l_188 >> l_191;
const uint l_193 = l_192 & uint(255);
const int l_194 = int(l_193);
const uint l_195 = uint(l_194);
const uint l_196 = uint(int(4));
const uint l_197 = l_195 >> l_196;
const int l_198 = int(l_197);
const uint l_199 = uint(l_124);
const uint l_200 = l_31 + l_199;
const uint l_201 = l_200 / uint(4);
const uint l_202 = buffer_0[l_201];
const uint l_203 = l_200 % uint(4);
const uint l_204 = l_203 * uint(8);
const uint l_205 = l_204 + uint(0);
const uint l_206 = l_202 >> l_205;
const uint l_207 = l_206 & uint(255);
const int l_208 = int(l_207);
const uint l_209 = uint(l_208);
const uint l_210 = uint(int(6));
const uint l_211 = l_209 >> l_210;
const int l_212 = int(l_211);
const uint l_213 = uint(l_212);
const uint l_214 = uint(int(4));
const uint l_215 = l_213 << l_214;
const int l_216 = int(l_215);
const int l_217 = l_198 | l_216;
l_mut_170 = l_217;
}
const uint l_218 = l_70 + uint(0);
const uint l_219 = uint(l_123);
const uint l_220 = l_219 / uint(64);
const uint l_221 = l_220 * uint(32);
const uint l_222 = l_218 + l_221;
const uint l_223 = l_219 % uint(32);
const uint l_224 = l_222 + l_223;
const uint l_225 = l_219 / uint(32);
const uint l_226 = l_225 % uint(2);
const uint l_227 = l_226 * uint(4);
const uint l_228 = l_224 / uint(4);
const uint l_229 = buffer_0[l_228];
const uint l_230 = l_224 % uint(4);
const uint l_231 = l_230 * uint(8);
const uint l_232 = l_231 + l_227;
const uint l_233 = l_229 >> l_232;
const uint l_234 = l_233 & uint(15);
const int l_235 = int(l_234);
const uint l_236 = l_48 + uint(0);
const uint l_237 = uint(l_123);
const uint l_238 = l_237 / uint(256);
const uint l_239 = l_238 * uint(32);
const uint l_240 = l_236 + l_239;
const uint l_241 = l_237 % uint(32);
const uint l_242 = l_240 + l_241;
const uint l_243 = l_237 / uint(32);
const uint l_244 = l_243 % uint(8);
const uint l_245 = l_244 * uint(1);
const uint l_246 = l_242 / uint(4);
const uint l_247 = buffer_0[l_246];
const uint l_248 = l_242 % uint(4);
const uint l_249 = l_248 * uint(8);
const uint l_250 = l_249 + l_245;
const uint l_251 = l_247 >> l_250;
const uint l_252 = l_251 & uint(1);
const int l_253 = int(l_252);
const uint l_254 = uint(l_253);
const uint l_255 = uint(int(4));
const uint l_256 = l_254 << l_255;
const int l_257 = int(l_256);
const int l_258 = l_235 | l_257;
const float l_259 = float(l_mut_125);
const float l_260 = l_96 * l_259;
const float l_261 = float(l_258);
const float l_262 = l_260 * l_261;
const float l_263 = float(l_mut_170);
const float l_264 = l_122 * l_263;
const float l_265 = l_262 - l_264;
const float l_266 = buffer_1[l_mut_7];
const float l_267 = l_265 * l_266;
l_mut_6 = l_mut_6 + l_267;
}
shared_memory_268[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_269 = threads_per_threadgroup.x / uint(2);
l_mut_270 = l_269;
while (true) {
const bool l_271 = l_mut_270 > uint(0);
const bool l_272 = !l_271;
if (l_272) {
break;}
const bool l_273 = thread_pos_in_threadgroup.x < l_mut_270;
if (l_273) {
const uint l_274 = thread_pos_in_threadgroup.x + l_mut_270;
const float l_275 = shared_memory_268[l_274];
const float l_276 = shared_memory_268[thread_pos_in_threadgroup.x];
const float l_277 = l_276 + l_275;
shared_memory_268[thread_pos_in_threadgroup.x] = l_277;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_270 = l_mut_270 / uint(2);
}
const float l_278 = shared_memory_268[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_279 = thread_pos_in_threadgroup.x == uint(0);
if (l_279) {
buffer_2[l_1] = l_278;
}
}

}
