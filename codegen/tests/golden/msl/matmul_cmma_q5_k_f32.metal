
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void matmul_cmma_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_lane_id [[thread_index_in_simdgroup]],
    uint simd_size [[threads_per_simdgroup]],
    uint simd_group_id [[simdgroup_index_in_threadgroup]]
) {
threadgroup uchar dynamic_shared_mem[2048];
// Shared array size: 256, 1024 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 256, 512 bytes
threadgroup half* shared_memory_10 = reinterpret_cast<threadgroup half*>(&dynamic_shared_mem[_]);
// Shared array size: 256, 512 bytes
threadgroup half* shared_memory_9 = reinterpret_cast<threadgroup half*>(&dynamic_shared_mem[_]);
simdgroup_float8x8 frag_acc_12;
float l_mut_108;
float l_mut_132;
float l_mut_20;
int l_mut_140;
int l_mut_185;
uint l_mut_101;
uint l_mut_13;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(16);
const uint l_3 = threadgroup_pos_in_grid.y * uint(16);
const uint l_4 = thread_pos_in_threadgroup.y * uint(32);
const uint l_5 = l_4 + thread_pos_in_threadgroup.x;
const uint l_6 = thread_pos_in_threadgroup.y / uint(2);
const uint l_7 = thread_pos_in_threadgroup.y % uint(2);
const uint l_8 = info.scalars_uint[2] / uint(256);
frag_acc_12 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
l_mut_13 = uint(0);
while (true) {
simdgroup_half8x8 frag_a_298;
simdgroup_half8x8 frag_b_301;
simdgroup_half8x8 frag_a_310;
simdgroup_half8x8 frag_b_313;
const bool l_14 = l_mut_13 < info.scalars_uint[2];
const bool l_15 = !l_14;
if (l_15) {
break;}

for (uint l_mut_16 = l_5; l_mut_16 < uint(256); l_mut_16 += uint(128)) {
const uint l_17 = l_mut_16 / uint(16);
const uint l_18 = l_mut_16 % uint(16);
const uint l_19 = l_mut_13 + l_18;
l_mut_20 = float(0.0);
const uint l_21 = l_2 + l_17;
const bool l_22 = l_21 < info.scalars_uint[1];
const bool l_23 = l_19 < info.scalars_uint[2];
const bool l_24 = l_22 && l_23;
if (l_24) {
const uint l_25 = l_21 * l_8;
const uint l_26 = l_19 / uint(256);
const uint l_27 = l_25 + l_26;
const uint l_28 = l_19 % uint(256);
const uint l_29 = l_27 * uint(2);
const uint l_30 = uint(0) + l_29;
const uint l_31 = info.scalars_uint[0] * uint(2);
const uint l_32 = l_31 + uint(3);
const uint l_33 = l_32 / uint(4);
const uint l_34 = l_33 * uint(4);
const uint l_35 = uint(0) + l_34;
const uint l_36 = l_27 * uint(2);
const uint l_37 = l_35 + l_36;
const uint l_38 = info.scalars_uint[0] * uint(2);
const uint l_39 = l_38 + uint(3);
const uint l_40 = l_39 / uint(4);
const uint l_41 = l_40 * uint(4);
const uint l_42 = uint(0) + l_41;
const uint l_43 = info.scalars_uint[0] * uint(2);
const uint l_44 = l_43 + uint(3);
const uint l_45 = l_44 / uint(4);
const uint l_46 = l_45 * uint(4);
const uint l_47 = l_42 + l_46;
const uint l_48 = l_27 * uint(12);
const uint l_49 = l_47 + l_48;
const uint l_50 = info.scalars_uint[0] * uint(2);
const uint l_51 = l_50 + uint(3);
const uint l_52 = l_51 / uint(4);
const uint l_53 = l_52 * uint(4);
const uint l_54 = uint(0) + l_53;
const uint l_55 = info.scalars_uint[0] * uint(2);
const uint l_56 = l_55 + uint(3);
const uint l_57 = l_56 / uint(4);
const uint l_58 = l_57 * uint(4);
const uint l_59 = l_54 + l_58;
const uint l_60 = info.scalars_uint[0] * uint(12);
const uint l_61 = l_60 + uint(3);
const uint l_62 = l_61 / uint(4);
const uint l_63 = l_62 * uint(4);
const uint l_64 = l_59 + l_63;
const uint l_65 = l_27 * uint(32);
const uint l_66 = l_64 + l_65;
const uint l_67 = info.scalars_uint[0] * uint(2);
const uint l_68 = l_67 + uint(3);
const uint l_69 = l_68 / uint(4);
const uint l_70 = l_69 * uint(4);
const uint l_71 = uint(0) + l_70;
const uint l_72 = info.scalars_uint[0] * uint(2);
const uint l_73 = l_72 + uint(3);
const uint l_74 = l_73 / uint(4);
const uint l_75 = l_74 * uint(4);
const uint l_76 = l_71 + l_75;
const uint l_77 = info.scalars_uint[0] * uint(12);
const uint l_78 = l_77 + uint(3);
const uint l_79 = l_78 / uint(4);
const uint l_80 = l_79 * uint(4);
const uint l_81 = l_76 + l_80;
const uint l_82 = info.scalars_uint[0] * uint(32);
const uint l_83 = l_82 + uint(3);
const uint l_84 = l_83 / uint(4);
const uint l_85 = l_84 * uint(4);
const uint l_86 = l_81 + l_85;
const uint l_87 = l_27 * uint(128);
const uint l_88 = l_86 + l_87;
const uint l_89 = l_30 / uint(4);
const uint l_90 = buffer_0[l_89];
const uint l_91 = l_30 % uint(4);
const uint l_92 = l_91 * uint(8);
const uint l_93 = l_90 >> l_92;
const uint l_94 = l_93 & uint(65535);
const uint l_95 = l_94 & uint(32768);
const uint l_96 = l_95 << uint(16);
const uint l_97 = l_94 >> uint(10);
const uint l_98 = l_97 & uint(31);
const uint l_99 = l_94 & uint(1023);
const uint l_100 = l_98 + uint(112);
l_mut_101 = l_100;
const bool l_102 = l_98 == uint(31);
if (l_102) {
l_mut_101 = uint(255);
}
const uint l_103 = l_mut_101 << uint(23);
const uint l_104 = l_96 | l_103;
const uint l_105 = l_99 << uint(13);
const uint l_106 = l_104 | l_105;
const float l_107 = reinterpret_cast<thread float const&>(l_106);
l_mut_108 = l_107;
const bool l_109 = l_98 == uint(0);
if (l_109) {
const float l_110 = float(l_99);
const float l_111 = l_110 * float(5.960464477539063e-8);
const bool l_112 = l_96 == uint(0);
if (l_112) {
l_mut_108 = l_111;
} else {
const float l_113 = -l_111;
l_mut_108 = l_113;
}
}
const uint l_114 = l_37 / uint(4);
const uint l_115 = buffer_0[l_114];
const uint l_116 = l_37 % uint(4);
const uint l_117 = l_116 * uint(8);
const uint l_118 = l_115 >> l_117;
const uint l_119 = l_118 & uint(65535);
const uint l_120 = l_119 & uint(32768);
const uint l_121 = l_120 << uint(16);
const uint l_122 = l_119 >> uint(10);
const uint l_123 = l_122 & uint(31);
const uint l_124 = l_119 & uint(1023);
const uint l_125 = l_123 + uint(112);
l_mut_101 = l_125;
const bool l_126 = l_123 == uint(31);
if (l_126) {
l_mut_101 = uint(255);
}
const uint l_127 = l_mut_101 << uint(23);
const uint l_128 = l_121 | l_127;
const uint l_129 = l_124 << uint(13);
const uint l_130 = l_128 | l_129;
const float l_131 = reinterpret_cast<thread float const&>(l_130);
l_mut_132 = l_131;
const bool l_133 = l_123 == uint(0);
if (l_133) {
const float l_134 = float(l_124);
const float l_135 = l_134 * float(5.960464477539063e-8);
const bool l_136 = l_121 == uint(0);
if (l_136) {
l_mut_132 = l_135;
} else {
const float l_137 = -l_135;
l_mut_132 = l_137;
}
}
const int l_138 = int(l_28);
const int l_139 = l_138 / int(32);
l_mut_140 = int(0);
const bool l_141 = l_139 < int(4);
if (l_141) {
const uint l_142 = uint(l_139);
const uint l_143 = l_49 + l_142;
const uint l_144 = l_143 / uint(4);
const uint l_145 = buffer_0[l_144];
const uint l_146 = l_143 % uint(4);
const uint l_147 = l_146 * uint(8);
const uint l_148 = l_147 + uint(0);
const uint l_149 = l_145 >> l_148;
const uint l_150 = l_149 & uint(255);
const int l_151 = int(l_150);
const int l_152 = l_151 & int(63);
l_mut_140 = l_152;
} else {
const int l_153 = l_139 + int(4);
const uint l_154 = uint(l_153);
const uint l_155 = l_49 + l_154;
const uint l_156 = l_155 / uint(4);
const uint l_157 = buffer_0[l_156];
const uint l_158 = l_155 % uint(4);
const uint l_159 = l_158 * uint(8);
const uint l_160 = l_159 + uint(0);
const uint l_161 = l_157 >> l_160;
const uint l_162 = l_161 & uint(255);
const int l_163 = int(l_162);
const int l_164 = l_163 & int(15);
const int l_165 = l_139 - int(4);
const uint l_166 = uint(l_165);
const uint l_167 = l_49 + l_166;
const uint l_168 = l_167 / uint(4);
const uint l_169 = buffer_0[l_168];
const uint l_170 = l_167 % uint(4);
const uint l_171 = l_170 * uint(8);
const uint l_172 = l_171 + uint(0);
const uint l_173 = l_169 >> l_172;
const uint l_174 = l_173 & uint(255);
const int l_175 = int(l_174);
const uint l_176 = uint(l_175);
const uint l_177 = uint(int(6));
const uint l_178 = l_176 >> l_177;
const int l_179 = int(l_178);
const uint l_180 = uint(l_179);
const uint l_181 = uint(int(4));
const uint l_182 = l_180 << l_181;
const int l_183 = int(l_182);
const int l_184 = l_164 | l_183;
l_mut_140 = l_184;
}
l_mut_185 = int(0);
const bool l_186 = l_139 < int(4);
if (l_186) {
const int l_187 = l_139 + int(4);
const uint l_188 = uint(l_187);
const uint l_189 = l_49 + l_188;
const uint l_190 = l_189 / uint(4);
const uint l_191 = buffer_0[l_190];
const uint l_192 = l_189 % uint(4);
const uint l_193 = l_192 * uint(8);
const uint l_194 = l_193 + uint(0);
const uint l_195 = l_191 >> l_194;
const uint l_196 = l_195 & uint(255);
const int l_197 = int(l_196);
const int l_198 = l_197 & int(63);
l_mut_185 = l_198;
} else {
const int l_199 = l_139 + int(4);
const uint l_200 = uint(l_199);
const uint l_201 = l_49 + l_200;
const uint l_202 = l_201 / uint(4);
const uint l_203 = buffer_0[l_202];
const uint l_204 = l_201 % uint(4);
const uint l_205 = l_204 * uint(8);
const uint l_206 = l_205 + uint(0);
const uint l_207 = l_203 >> l_206;
const uint l_208 = l_207 & uint(255);
const int l_209 = int(l_208);
const uint l_210 = uint(l_209);
const uint l_211 = uint(int(4));
const uint l_212 = l_210 >> l_211;
const int l_213 = int(l_212);
const uint l_214 = uint(l_139);
const uint l_215 = l_49 + l_214;
const uint l_216 = l_215 / uint(4);
const uint l_217 = buffer_0[l_216];
const uint l_218 = l_215 % uint(4);
const uint l_219 = l_218 * uint(8);
const uint l_220 = l_219 + uint(0);
const uint l_221 = l_217 >> l_220;
const uint l_222 = l_221 & uint(255);
const int l_223 = int(l_222);
const uint l_224 = uint(l_223);
const uint l_225 = uint(int(6));
const uint l_226 = l_224 >> l_225;
const int l_227 = int(l_226);
const uint l_228 = uint(l_227);
const uint l_229 = uint(int(4));
const uint l_230 = l_228 << l_229;
const int l_231 = int(l_230);
const int l_232 = l_213 | l_231;
l_mut_185 = l_232;
}
const uint l_233 = l_88 + uint(0);
const uint l_234 = uint(l_138);
const uint l_235 = l_234 / uint(64);
const uint l_236 = l_235 * uint(32);
const uint l_237 = l_233 + l_236;
const uint l_238 = l_234 % uint(32);
const uint l_239 = l_237 + l_238;
const uint l_240 = l_234 / uint(32);
const uint l_241 = l_240 % uint(2);
const uint l_242 = l_241 * uint(4);
const uint l_243 = l_239 / uint(4);
const uint l_244 = buffer_0[l_243];
const uint l_245 = l_239 % uint(4);
const uint l_246 = l_245 * uint(8);
const uint l_247 = l_246 + l_242;
const uint l_248 = l_244 >> l_247;
const uint l_249 = l_248 & uint(15);
const int l_250 = int(l_249);
const uint l_251 = l_66 + uint(0);
const uint l_252 = uint(l_138);
const uint l_253 = l_252 / uint(256);
const uint l_254 = l_253 * uint(32);
const uint l_255 = l_251 + l_254;
const uint l_256 = l_252 % uint(32);
const uint l_257 = l_255 + l_256;
const uint l_258 = l_252 / uint(32);
const uint l_259 = l_258 % uint(8);
const uint l_260 = l_259 * uint(1);
const uint l_261 = l_257 / uint(4);
const uint l_262 = buffer_0[l_261];
const uint l_263 = l_257 % uint(4);
const uint l_264 = l_263 * uint(8);
const uint l_265 = l_264 + l_260;
const uint l_266 = l_262 >> l_265;
const uint l_267 = l_266 & uint(1);
const int l_268 = int(l_267);
const uint l_269 = uint(l_268);
const uint l_270 = uint(int(4));
const uint l_271 = l_269 << l_270;
const int l_272 = int(l_271);
const int l_273 = l_250 | l_272;
const float l_274 = float(l_mut_140);
const float l_275 = l_mut_108 * l_274;
const float l_276 = float(l_273);
const float l_277 = l_275 * l_276;
const float l_278 = float(l_mut_185);
const float l_279 = l_mut_132 * l_278;
const float l_280 = l_277 - l_279;
l_mut_20 = l_280;
}
const half l_281 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_281;
l_mut_132 = float(0.0);
const uint l_282 = l_3 + l_17;
const bool l_283 = l_282 < l_1;
const bool l_284 = l_19 < info.scalars_uint[2];
const bool l_285 = l_283 && l_284;
if (l_285) {
const uint l_286 = l_282 * info.scalars_uint[2];
const uint l_287 = l_286 + l_19;
const float l_288 = buffer_1[l_287];
l_mut_132 = l_288;
}
const half l_289 = half(l_mut_132);
shared_memory_9[l_mut_16] = l_289;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_290 = l_6 * uint(8);
const uint l_291 = l_290 * uint(16);
const uint l_292 = l_291 + uint(0);
const uint l_293 = l_7 * uint(8);
const uint l_294 = l_293 * uint(16);
const uint l_295 = l_294 + uint(0);
const uint l_296 = l_292 + uint(120);
const uint l_297 = l_296 - l_292;
simdgroup_load(frag_a_298, shared_memory_9 + l_292, uint(16), 0, false);
const uint l_299 = l_295 + uint(120);
const uint l_300 = l_299 - l_295;
simdgroup_load(frag_b_301, shared_memory_10 + l_295, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_298, frag_b_301, frag_acc_12);
const uint l_302 = l_6 * uint(8);
const uint l_303 = l_302 * uint(16);
const uint l_304 = l_303 + uint(8);
const uint l_305 = l_7 * uint(8);
const uint l_306 = l_305 * uint(16);
const uint l_307 = l_306 + uint(8);
const uint l_308 = l_304 + uint(120);
const uint l_309 = l_308 - l_304;
simdgroup_load(frag_a_310, shared_memory_9 + l_304, uint(16), 0, false);
const uint l_311 = l_307 + uint(120);
const uint l_312 = l_311 - l_307;
simdgroup_load(frag_b_313, shared_memory_10 + l_307, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_310, frag_b_313, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_314 = l_6 * uint(8);
const uint l_315 = l_314 * uint(16);
const uint l_316 = l_7 * uint(8);
const uint l_317 = l_315 + l_316;
const uint l_318 = l_317 + uint(120);
const uint l_319 = l_318 - l_317;
simdgroup_store(frag_acc_12, shared_memory_11 + l_317, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_320 = l_5; l_mut_320 < uint(256); l_mut_320 += uint(128)) {
const uint l_321 = l_mut_320 / uint(16);
const uint l_322 = l_3 + l_321;
const uint l_323 = l_mut_320 % uint(16);
const uint l_324 = l_2 + l_323;
const bool l_325 = l_322 < l_1;
const bool l_326 = l_324 < info.scalars_uint[1];
const bool l_327 = l_325 && l_326;
if (l_327) {
const uint l_328 = l_322 * info.scalars_uint[1];
const uint l_329 = l_328 + l_324;
const float l_330 = shared_memory_11[l_mut_320];
buffer_2[l_329] = l_330;
}
}

}
