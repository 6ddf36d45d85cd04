
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void matmul_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[16896];
// Shared array size: 2112, 8448 bytes
threadgroup float* shared_memory_7 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 2112, 8448 bytes
threadgroup float* shared_memory_8 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_arr_9[16];

float l_arr_641[4];

float l_arr_642[4];

float l_mut_17;
float l_mut_54;
uint l_mut_10;
uint l_mut_47;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(64);
const uint l_3 = threadgroup_pos_in_grid.y * uint(64);
const uint l_4 = thread_pos_in_threadgroup.x / uint(16);
const uint l_5 = thread_pos_in_threadgroup.x % uint(16);
const uint l_6 = info.scalars_uint[2] / uint(32);
l_arr_9[uint(0)] = float(0.0);
l_arr_9[uint(1)] = float(0.0);
l_arr_9[uint(2)] = float(0.0);
l_arr_9[uint(3)] = float(0.0);
l_arr_9[uint(4)] = float(0.0);
l_arr_9[uint(5)] = float(0.0);
l_arr_9[uint(6)] = float(0.0);
l_arr_9[uint(7)] = float(0.0);
l_arr_9[uint(8)] = float(0.0);
l_arr_9[uint(9)] = float(0.0);
l_arr_9[uint(10)] = float(0.0);
l_arr_9[uint(11)] = float(0.0);
l_arr_9[uint(12)] = float(0.0);
l_arr_9[uint(13)] = float(0.0);
l_arr_9[uint(14)] = float(0.0);
l_arr_9[uint(15)] = float(0.0);
l_mut_10 = uint(0);
while (true) {
const bool l_11 = l_mut_10 < info.scalars_uint[2];
const bool l_12 = !l_11;
if (l_12) {
break;}
const uint l_13 = uint(0) + thread_pos_in_threadgroup.x;
const uint l_14 = l_13 / uint(32);
const uint l_15 = l_13 % uint(32);
const uint l_16 = l_mut_10 + l_15;
l_mut_17 = float(0.0);
const uint l_18 = l_2 + l_14;
const bool l_19 = l_18 < info.scalars_uint[1];
const bool l_20 = l_16 < info.scalars_uint[2];
const bool l_21 = l_19 && l_20;
if (l_21) {
const uint l_22 = l_18 * l_6;
const uint l_23 = l_16 / uint(32);
const uint l_24 = l_22 + l_23;
const uint l_25 = l_16 % uint(32);
const uint l_26 = l_24 * uint(2);
const uint l_27 = uint(0) + l_26;
const uint l_28 = info.scalars_uint[0] * uint(2);
const uint l_29 = l_28 + uint(3);
const uint l_30 = l_29 / uint(4);
const uint l_31 = l_30 * uint(4);
const uint l_32 = uint(0) + l_31;
const uint l_33 = l_24 * uint(32);
const uint l_34 = l_32 + l_33;
const uint l_35 = l_27 / uint(4);
const uint l_36 = buffer_0[l_35];
const uint l_37 = l_27 % uint(4);
const uint l_38 = l_37 * uint(8);
const uint l_39 = l_36 >> l_38;
const uint l_40 = l_39 & uint(65535);
const uint l_41 = l_40 & uint(32768);
const uint l_42 = l_41 << uint(16);
const uint l_43 = l_40 >> uint(10);
const uint l_44 = l_43 & uint(31);
const uint l_45 = l_40 & uint(1023);
const uint l_46 = l_44 + uint(112);
l_mut_47 = l_46;
const bool l_48 = l_44 == uint(31);
if (l_48) {
l_mut_47 = uint(255);
}
const uint l_49 = l_mut_47 << uint(23);
const uint l_50 = l_42 | l_49;
const uint l_51 = l_45 << uint(13);
const uint l_52 = l_50 | l_51;
const float l_53 = reinterpret_cast<thread float const&>(l_52);
l_mut_54 = l_53;
const bool l_55 = l_44 == uint(0);
if (l_55) {
const float l_56 = float(l_45);
const float l_57 = l_56 * float(5.960464477539063e-8);
const bool l_58 = l_42 == uint(0);
if (l_58) {
l_mut_54 = l_57;
} else {
const float l_59 = -l_57;
l_mut_54 = l_59;
}
}
const int l_60 = int(l_25);
const uint l_61 = l_34 + uint(0);
const uint l_62 = uint(l_60);
const uint l_63 = l_62 / uint(1);
const uint l_64 = l_63 * uint(1);
const uint l_65 = l_61 + l_64;
const uint l_66 = l_62 % uint(1);
const uint l_67 = l_65 + l_66;
const uint l_68 = l_62 / uint(1);
const uint l_69 = l_68 % uint(1);
const uint l_70 = l_69 * uint(8);
const uint l_71 = l_67 / uint(4);
const uint l_72 = buffer_0[l_71];
const uint l_73 = l_67 % uint(4);
const uint l_74 = l_73 * uint(8);
const uint l_75 = l_74 + l_70;
const uint l_76 = l_72 >> l_75;
const uint l_77 = l_76 & uint(255);
const int l_78 = int(l_77);
const int l_79 = l_78 ^ int(128);
const int l_80 = l_79 - int(128);
const float l_81 = float(l_80);
const float l_82 = l_mut_54 * l_81;
l_mut_17 = l_82;
}
const uint l_83 = l_14 * uint(33);
const uint l_84 = l_83 + l_15;
shared_memory_7[l_84] = l_mut_17;
l_mut_54 = float(0.0);
const uint l_85 = l_3 + l_14;
const bool l_86 = l_85 < l_1;
const bool l_87 = l_16 < info.scalars_uint[2];
const bool l_88 = l_86 && l_87;
if (l_88) {
const uint l_89 = l_85 * info.scalars_uint[2];
const uint l_90 = l_89 + l_16;
const float l_91 = buffer_1[l_90];
l_mut_54 = l_91;
}
const uint l_92 = l_14 * uint(33);
const uint l_93 = l_92 + l_15;
shared_memory_8[l_93] = l_mut_54;
const uint l_94 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_95 = l_94 / uint(32);
const uint l_96 = l_94 % uint(32);
const uint l_97 = l_mut_10 + l_96;
l_mut_54 = float(0.0);
const uint l_98 = l_2 + l_95;
const bool l_99 = l_98 < info.scalars_uint[1];
const bool l_100 = l_97 < info.scalars_uint[2];
const bool l_101 = l_99 && l_100;
if (l_101) {
const uint l_102 = l_98 * l_6;
const uint l_103 = l_97 / uint(32);
const uint l_104 = l_102 + l_103;
const uint l_105 = l_97 % uint(32);
const uint l_106 = l_104 * uint(2);
const uint l_107 = uint(0) + l_106;
const uint l_108 = info.scalars_uint[0] * uint(2);
const uint l_109 = l_108 + uint(3);
const uint l_110 = l_109 / uint(4);
const uint l_111 = l_110 * uint(4);
const uint l_112 = uint(0) + l_111;
const uint l_113 = l_104 * uint(32);
const uint l_114 = l_112 + l_113;
const uint l_115 = l_107 / uint(4);
const uint l_116 = buffer_0[l_115];
const uint l_117 = l_107 % uint(4);
const uint l_118 = l_117 * uint(8);
const uint l_119 = l_116 >> l_118;
const uint l_120 = l_119 & uint(65535);
const uint l_121 = l_120 & uint(32768);
const uint l_122 = l_121 << uint(16);
const uint l_123 = l_120 >> uint(10);
const uint l_124 = l_123 & uint(31);
const uint l_125 = l_120 & uint(1023);
const uint l_126 = l_124 + uint(112);
l_mut_47 = l_126;
const bool l_127 = l_124 == uint(31);
if (l_127) {
l_mut_47 = uint(255);
}
const uint l_128 = l_mut_47 << uint(23);
const uint l_129 = l_122 | l_128;
const uint l_130 = l_125 << uint(13);
const uint l_131 = l_129 | l_130;
const float l_132 = reinterpret_cast<thread float const&>(l_131);
l_mut_17 = l_132;
const bool l_133 = l_124 == uint(0);
if (l_133) {
const float l_134 = float(l_125);
const float l_135 = l_134 * float(5.960464477539063e-8);
const bool l_136 = l_122 == uint(0);
if (l_136) {
l_mut_17 = l_135;
} else {
const float l_137 = -l_135;
l_mut_17 = l_137;
}
}
const int l_138 = int(l_105);
const uint l_139 = l_114 + uint(0);
const uint l_140 = uint(l_138);
const uint l_141 = l_140 / uint(1);
const uint l_142 = l_141 * uint(1);
const uint l_143 = l_139 + l_142;
const uint l_144 = l_140 % uint(1);
const uint l_145 = l_143 + l_144;
const uint l_146 = l_140 / uint(1);
const uint l_147 = l_146 % uint(1);
const uint l_148 = l_147 * uint(8);
const uint l_149 = l_145 / uint(4);
const uint l_150 = buffer_0[l_149];
const uint l_151 = l_145 % uint(4);
const uint l_152 = l_151 * uint(8);
const uint l_153 = l_152 + l_148;
const uint l_154 = l_150 >> l_153;
const uint l_155 = l_154 & uint(255);
const int l_156 = int(l_155);
const int l_157 = l_156 ^ int(128);
const int l_158 = l_157 - int(128);
const float l_159 = float(l_158);
const float l_160 = l_mut_17 * l_159;
l_mut_54 = l_160;
}
const uint l_161 = l_95 * uint(33);
const uint l_162 = l_161 + l_96;
shared_memory_7[l_162] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_163 = l_3 + l_95;
const bool l_164 = l_163 < l_1;
const bool l_165 = l_97 < info.scalars_uint[2];
const bool l_166 = l_164 && l_165;
if (l_166) {
const uint l_167 = l_163 * info.scalars_uint[2];
const uint l_168 = l_167 + l_97;
const float l_169 = buffer_1[l_168];
l_mut_54 = l_169;
}
const uint l_170 = l_95 * uint(33);
const uint l_171 = l_170 + l_96;
shared_memory_8[l_171] = l_mut_54;
const uint l_172 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_173 = l_172 / uint(32);
const uint l_174 = l_172 % uint(32);
const uint l_175 = l_mut_10 + l_174;
l_mut_54 = float(0.0);
const uint l_176 = l_2 + l_173;
const bool l_177 = l_176 < info.scalars_uint[1];
const bool l_178 = l_175 < info.scalars_uint[2];
const bool l_179 = l_177 && l_178;
if (l_179) {
const uint l_180 = l_176 * l_6;
const uint l_181 = l_175 / uint(32);
const uint l_182 = l_180 + l_181;
const uint l_183 = l_175 % uint(32);
const uint l_184 = l_182 * uint(2);
const uint l_185 = uint(0) + l_184;
const uint l_186 = info.scalars_uint[0] * uint(2);
const uint l_187 = l_186 + uint(3);
const uint l_188 = l_187 / uint(4);
const uint l_189 = l_188 * uint(4);
const uint l_190 = uint(0) + l_189;
const uint l_191 = l_182 * uint(32);
const uint l_192 = l_190 + l_191;
const uint l_193 = l_185 / uint(4);
const uint l_194 = buffer_0[l_193];
const uint l_195 = l_185 % uint(4);
const uint l_196 = l_195 * uint(8);
const uint l_197 = l_194 >> l_196;
const uint l_198 = l_197 & uint(65535);
const uint l_199 = l_198 & uint(32768);
const uint l_200 = l_199 << uint(16);
const uint l_201 = l_198 >> uint(10);
const uint l_202 = l_201 & uint(31);
const uint l_203 = l_198 & uint(1023);
const uint l_204 = l_202 + uint(112);
l_mut_47 = l_204;
const bool l_205 = l_202 == uint(31);
if (l_205) {
l_mut_47 = uint(255);
}
const uint l_206 = l_mut_47 << uint(23);
const uint l_207 = l_200 | l_206;
const uint l_208 = l_203 << uint(13);
const uint l_209 = l_207 | l_208;
const float l_210 = reinterpret_cast<thread float const&>(l_209);
l_mut_17 = l_210;
const bool l_211 = l_202 == uint(0);
if (l_211) {
const float l_212 = float(l_203);
const float l_213 = l_212 * float(5.960464477539063e-8);
const bool l_214 = l_200 == uint(0);
if (l_214) {
l_mut_17 = l_213;
} else {
const float l_215 = -l_213;
l_mut_17 = l_215;
}
}
const int l_216 = int(l_183);
const uint l_217 = l_192 + uint(0);
const uint l_218 = uint(l_216);
const uint l_219 = l_218 / uint(1);
const uint l_220 = l_219 * uint(1);
const uint l_221 = l_217 + l_220;
const uint l_222 = l_218 % uint(1);
const uint l_223 = l_221 + l_222;
const uint l_224 = l_218 / uint(1);
const uint l_225 = l_224 % uint(1);
const uint l_226 = l_225 * uint(8);
const uint l_227 = l_223 / uint(4);
const uint l_228 = buffer_0[l_227];
const uint l_229 = l_223 % uint(4);
const uint l_230 = l_229 * uint(8);
const uint l_231 = l_230 + l_226;
const uint l_232 = l_228 >> l_231;
const uint l_233 = l_232 & uint(255);
const int l_234 = int(l_233);
const int l_235 = l_234 ^ int(128);
const int l_236 = l_235 - int(128);
const float l_237 = float(l_236);
const float l_238 = l_mut_17 * l_237;
l_mut_54 = l_238;
}
const uint l_239 = l_173 * uint(33);
const uint l_240 = l_239 + l_174;
shared_memory_7[l_240] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_241 = l_3 + l_173;
const bool l_242 = l_241 < l_1;
const bool l_243 = l_175 < info.scalars_uint[2];
const bool l_244 = l_242 && l_243;
if (l_244) {
const uint l_245 = l_241 * info.scalars_uint[2];
const uint l_246 = l_245 + l_175;
const float l_247 = buffer_1[l_246];
l_mut_54 = l_247;
}
const uint l_248 = l_173 * uint(33);
const uint l_249 = l_248 + l_174;
shared_memory_8[l_249] = l_mut_54;
const uint l_250 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_251 = l_250 / uint(32);
const uint l_252 = l_250 % uint(32);
const uint l_253 = l_mut_10 + l_252;
l_mut_54 = float(0.0);
const uint l_254 = l_2 + l_251;
const bool l_255 = l_254 < info.scalars_uint[1];
const bool l_256 = l_253 < info.scalars_uint[2];
const bool l_257 = l_255 && l_256;
if (l_257) {
const uint l_258 = l_254 * l_6;
const uint l_259 = l_253 / uint(32);
const uint l_260 = l_258 + l_259;
const uint l_261 = l_253 % uint(32);
const uint l_262 = l_260 * uint(2);
const uint l_263 = uint(0) + l_262;
const uint l_264 = info.scalars_uint[0] * uint(2);
const uint l_265 = l_264 + uint(3);
const uint l_266 = l_265 / uint(4);
const uint l_267 = l_266 * uint(4);
const uint l_268 = uint(0) + l_267;
const uint l_269 = l_260 * uint(32);
const uint l_270 = l_268 + l_269;
const uint l_271 = l_263 / uint(4);
const uint l_272 = buffer_0[l_271];
const uint l_273 = l_263 % uint(4);
const uint l_274 = l_273 * uint(8);
const uint l_275 = l_272 >> l_274;
const uint l_276 = l_275 & uint(65535);
const uint l_277 = l_276 & uint(32768);
const uint l_278 = l_277 << uint(16);
const uint l_279 = l_276 >> uint(10);
const uint l_280 = l_279 & uint(31);
const uint l_281 = l_276 & uint(1023);
const uint l_282 = l_280 + uint(112);
l_mut_47 = l_282;
const bool l_283 = l_280 == uint(31);
if (l_283) {
l_mut_47 = uint(255);
}
const uint l_284 = l_mut_47 << uint(23);
const uint l_285 = l_278 | l_284;
const uint l_286 = l_281 << uint(13);
const uint l_287 = l_285 | l_286;
const float l_288 = reinterpret_cast<thread float const&>(l_287);
l_mut_17 = l_288;
const bool l_289 = l_280 == uint(0);
if (l_289) {
const float l_290 = float(l_281);
const float l_291 = l_290 * float(5.960464477539063e-8);
const bool l_292 = l_278 == uint(0);
if (l_292) {
l_mut_17 = l_291;
} else {
const float l_293 = -l_291;
l_mut_17 = l_293;
}
}
const int l_294 = int(l_261);
const uint l_295 = l_270 + uint(0);
const uint l_296 = uint(l_294);
const uint l_297 = l_296 / uint(1);
const uint l_298 = l_297 * uint(1);
const uint l_299 = l_295 + l_298;
const uint l_300 = l_296 % uint(1);
const uint l_301 = l_299 + l_300;
const uint l_302 = l_296 / uint(1);
const uint l_303 = l_302 % uint(1);
const uint l_304 = l_303 * uint(8);
const uint l_305 = l_301 / uint(4);
const uint l_306 = buffer_0[l_305];
const uint l_307 = l_301 % uint(4);
const uint l_308 = l_307 * uint(8);
const uint l_309 = l_308 + l_304;
const uint l_310 = l_306 >> l_309;
const uint l_311 = l_310 & uint(255);
const int l_312 = int(l_311);
const int l_313 = l_312 ^ int(128);
const int l_314 = l_313 - int(128);
const float l_315 = float(l_314);
const float l_316 = l_mut_17 * l_315;
l_mut_54 = l_316;
}
const uint l_317 = l_251 * uint(33);
const uint l_318 = l_317 + l_252;
shared_memory_7[l_318] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_319 = l_3 + l_251;
const bool l_320 = l_319 < l_1;
const bool l_321 = l_253 < info.scalars_uint[2];
const bool l_322 = l_320 && l_321;
if (l_322) {
const uint l_323 = l_319 * info.scalars_uint[2];
const uint l_324 = l_323 + l_253;
const float l_325 = buffer_1[l_324];
l_mut_54 = l_325;
}
const uint l_326 = l_251 * uint(33);
const uint l_327 = l_326 + l_252;
shared_memory_8[l_327] = l_mut_54;
const uint l_328 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_329 = l_328 / uint(32);
const uint l_330 = l_328 % uint(32);
const uint l_331 = l_mut_10 + l_330;
l_mut_54 = float(0.0);
const uint l_332 = l_2 + l_329;
const bool l_333 = l_332 < info.scalars_uint[1];
const bool l_334 = l_331 < info.scalars_uint[2];
const bool l_335 = l_333 && l_334;
if (l_335) {
const uint l_336 = l_332 * l_6;
const uint l_337 = l_331 / uint(32);
const uint l_338 = l_336 + l_337;
const uint l_339 = l_331 % uint(32);
const uint l_340 = l_338 * uint(2);
const uint l_341 = uint(0) + l_340;
const uint l_342 = info.scalars_uint[0] * uint(2);
const uint l_343 = l_342 + uint(3);
const uint l_344 = l_343 / uint(4);
const uint l_345 = l_344 * uint(4);
const uint l_346 = uint(0) + l_345;
const uint l_347 = l_338 * uint(32);
const uint l_348 = l_346 + l_347;
const uint l_349 = l_341 / uint(4);
const uint l_350 = buffer_0[l_349];
const uint l_351 = l_341 % uint(4);
const uint l_352 = l_351 * uint(8);
const uint l_353 = l_350 >> l_352;
const uint l_354 = l_353 & uint(65535);
const uint l_355 = l_354 & uint(32768);
const uint l_356 = l_355 << uint(16);
const uint l_357 = l_354 >> uint(10);
const uint l_358 = l_357 & uint(31);
const uint l_359 = l_354 & uint(1023);
const uint l_360 = l_358 + uint(112);
l_mut_47 = l_360;
const bool l_361 = l_358 == uint(31);
if (l_361) {
l_mut_47 = uint(255);
}
const uint l_362 = l_mut_47 << uint(23);
const uint l_363 = l_356 | l_362;
const uint l_364 = l_359 << uint(13);
const uint l_365 = l_363 | l_364;
const float l_366 = reinterpret_cast<thread float const&>(l_365);
l_mut_17 = l_366;
const bool l_367 = l_358 == uint(0);
if (l_367) {
const float l_368 = float(l_359);
const float l_369 = l_368 * float(5.960464477539063e-8);
const bool l_370 = l_356 == uint(0);
if (l_370) {
l_mut_17 = l_369;
} else {
const float l_371 = -l_369;
l_mut_17 = l_371;
}
}
const int l_372 = int(l_339);
const uint l_373 = l_348 + uint(0);
const uint l_374 = uint(l_372);
const uint l_375 = l_374 / uint(1);
const uint l_376 = l_375 * uint(1);
const uint l_377 = l_373 + l_376;
const uint l_378 = l_374 % uint(1);
const uint l_379 = l_377 + l_378;
const uint l_380 = l_374 / uint(1);
const uint l_381 = l_380 % uint(1);
const uint l_382 = l_381 * uint(8);
const uint l_383 = l_379 / uint(4);
const uint l_384 = buffer_0[l_383];
const uint l_385 = l_379 % uint(4);
const uint l_386 = l_385 * uint(8);
const uint l_387 = l_386 + l_382;
const uint l_388 = l_384 >> l_387;
const uint l_389 = l_388 & uint(255);
const int l_390 = int(l_389);
const int l_391 = l_390 ^ int(128);
const int l_392 = l_391 - int(128);
const float l_393 = float(l_392);
const float l_394 = l_mut_17 * l_393;
l_mut_54 = l_394;
}
const uint l_395 = l_329 * uint(33);
const uint l_396 = l_395 + l_330;
shared_memory_7[l_396] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_397 = l_3 + l_329;
const bool l_398 = l_397 < l_1;
const bool l_399 = l_331 < info.scalars_uint[2];
const bool l_400 = l_398 && l_399;
if (l_400) {
const uint l_401 = l_397 * info.scalars_uint[2];
const uint l_402 = l_401 + l_331;
const float l_403 = buffer_1[l_402];
l_mut_54 = l_403;
}
const uint l_404 = l_329 * uint(33);
const uint l_405 = l_404 + l_330;
shared_memory_8[l_405] = l_mut_54;
const uint l_406 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_407 = l_406 / uint(32);
const uint l_408 = l_406 % uint(32);
const uint l_409 = l_mut_10 + l_408;
l_mut_54 = float(0.0);
const uint l_410 = l_2 + l_407;
const bool l_411 = l_410 < info.scalars_uint[1];
const bool l_412 = l_409 < info.scalars_uint[2];
const bool l_413 = l_411 && l_412;
if (l_413) {
const uint l_414 = l_410 * l_6;
const uint l_415 = l_409 / uint(32);
const uint l_416 = l_414 + l_415;
const uint l_417 = l_409 % uint(32);
const uint l_418 = l_416 * uint(2);
const uint l_419 = uint(0) + l_418;
const uint l_420 = info.scalars_uint[0] * uint(2);
const uint l_421 = l_420 + uint(3);
const uint l_422 = l_421 / uint(4);
const uint l_423 = l_422 * uint(4);
const uint l_424 = uint(0) + l_423;
const uint l_425 = l_416 * uint(32);
const uint l_426 = l_424 + l_425;
const uint l_427 = l_419 / uint(4);
const uint l_428 = buffer_0[l_427];
const uint l_429 = l_419 % uint(4);
const uint l_430 = l_429 * uint(8);
const uint l_431 = l_428 >> l_430;
const uint l_432 = l_431 & uint(65535);
const uint l_433 = l_432 & uint(32768);
const uint l_434 = l_433 << uint(16);
const uint l_435 = l_432 >> uint(10);
const uint l_436 = l_435 & uint(31);
const uint l_437 = l_432 & uint(1023);
const uint l_438 = l_436 + uint(112);
l_mut_47 = l_438;
const bool l_439 = l_436 == uint(31);
if (l_439) {
l_mut_47 = uint(255);
}
const uint l_440 = l_mut_47 << uint(23);
const uint l_441 = l_434 | l_440;
const uint l_442 = l_437 << uint(13);
const uint l_443 = l_441 | l_442;
const float l_444 = reinterpret_cast<thread float const&>(l_443);
l_mut_17 = l_444;
const bool l_445 = l_436 == uint(0);
if (l_445) {
const float l_446 = float(l_437);
const float l_447 = l_446 * float(5.960464477539063e-8);
const bool l_448 = l_434 == uint(0);
if (l_448) {
l_mut_17 = l_447;
} else {
const float l_449 = -l_447;
l_mut_17 = l_449;
}
}
const int l_450 = int(l_417);
const uint l_451 = l_426 + uint(0);
const uint l_452 = uint(l_450);
const uint l_453 = l_452 / uint(1);
const uint l_454 = l_453 * uint(1);
const uint l_455 = l_451 + l_454;
const uint l_456 = l_452 % uint(1);
const uint l_457 = l_455 + l_456;
const uint l_458 = l_452 / uint(1);
const uint l_459 = l_458 % uint(1);
const uint l_460 = l_459 * uint(8);
const uint l_461 = l_457 / uint(4);
const uint l_462 = buffer_0[l_461];
const uint l_463 = l_457 % uint(4);
const uint l_464 = l_463 * uint(8);
const uint l_465 = l_464 + l_460;
const uint l_466 = l_462 >> l_465;
const uint l_467 = l_466 & uint(255);
const int l_468 = int(l_467);
const int l_469 = l_468 ^ int(128);
const int l_470 = l_469 - int(128);
const float l_471 = float(l_470);
const float l_472 = l_mut_17 * l_471;
l_mut_54 = l_472;
}
const uint l_473 = l_407 * uint(33);
const uint l_474 = l_473 + l_408;
shared_memory_7[l_474] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_475 = l_3 + l_407;
const bool l_476 = l_475 < l_1;
const bool l_477 = l_409 < info.scalars_uint[2];
const bool l_478 = l_476 && l_477;
if (l_478) {
const uint l_479 = l_475 * info.scalars_uint[2];
const uint l_480 = l_479 + l_409;
const float l_481 = buffer_1[l_480];
l_mut_54 = l_481;
}
const uint l_482 = l_407 * uint(33);
const uint l_483 = l_482 + l_408;
shared_memory_8[l_483] = l_mut_54;
const uint l_484 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_485 = l_484 / uint(32);
const uint l_486 = l_484 % uint(32);
const uint l_487 = l_mut_10 + l_486;
l_mut_54 = float(0.0);
const uint l_488 = l_2 + l_485;
const bool l_489 = l_488 < info.scalars_uint[1];
const bool l_490 = l_487 < info.scalars_uint[2];
const bool l_491 = l_489 && l_490;
if (l_491) {
const uint l_492 = l_488 * l_6;
const uint l_493 = l_487 / uint(32);
const uint l_494 = l_492 + l_493;
const uint l_495 = l_487 % uint(32);
const uint l_496 = l_494 * uint(2);
const uint l_497 = uint(0) + l_496;
const uint l_498 = info.scalars_uint[0] * uint(2);
const uint l_499 = l_498 + uint(3);
const uint l_500 = l_499 / uint(4);
const uint l_501 = l_500 * uint(4);
const uint l_502 = uint(0) + l_501;
const uint l_503 = l_494 * uint(32);
const uint l_504 = l_502 + l_503;
const uint l_505 = l_497 / uint(4);
const uint l_506 = buffer_0[l_505];
const uint l_507 = l_497 % uint(4);
const uint l_508 = l_507 * uint(8);
const uint l_509 = l_506 >> l_508;
const uint l_510 = l_509 & uint(65535);
const uint l_511 = l_510 & uint(32768);
const uint l_512 = l_511 << uint(16);
const uint l_513 = l_510 >> uint(10);
const uint l_514 = l_513 & uint(31);
const uint l_515 = l_510 & uint(1023);
const uint l_516 = l_514 + uint(112);
l_mut_47 = l_516;
const bool l_517 = l_514 == uint(31);
if (l_517) {
l_mut_47 = uint(255);
}
const uint l_518 = l_mut_47 << uint(23);
const uint l_519 = l_512 | l_518;
const uint l_520 = l_515 << uint(13);
const uint l_521 = l_519 | l_520;
const float l_522 = reinterpret_cast<thread float const&>(l_521);
l_mut_17 = l_522;
const bool l_523 = l_514 == uint(0);
if (l_523) {
const float l_524 = float(l_515);
const float l_525 = l_524 * float(5.960464477539063e-8);
const bool l_526 = l_512 == uint(0);
if (l_526) {
l_mut_17 = l_525;
} else {
const float l_527 = -l_525;
l_mut_17 = l_527;
}
}
const int l_528 = int(l_495);
const uint l_529 = l_504 + uint(0);
const uint l_530 = uint(l_528);
const uint l_531 = l_530 / uint(1);
const uint l_532 = l_531 * uint(1);
const uint l_533 = l_529 + l_532;
const uint l_534 = l_530 % uint(1);
const uint l_535 = l_533 + l_534;
const uint l_536 = l_530 / uint(1);
const uint l_537 = l_536 % uint(1);
const uint l_538 = l_537 * uint(8);
const uint l_539 = l_535 / uint(4);
const uint l_540 = buffer_0[l_539];
const uint l_541 = l_535 % uint(4);
const uint l_542 = l_541 * uint(8);
const uint l_543 = l_542 + l_538;
const uint l_544 = l_540 >> l_543;
const uint l_545 = l_544 & uint(255);
const int l_546 = int(l_545);
const int l_547 = l_546 ^ int(128);
const int l_548 = l_547 - int(128);
const float l_549 = float(l_548);
const float l_550 = l_mut_17 * l_549;
l_mut_54 = l_550;
}
const uint l_551 = l_485 * uint(33);
const uint l_552 = l_551 + l_486;
shared_memory_7[l_552] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_553 = l_3 + l_485;
const bool l_554 = l_553 < l_1;
const bool l_555 = l_487 < info.scalars_uint[2];
const bool l_556 = l_554 && l_555;
if (l_556) {
const uint l_557 = l_553 * info.scalars_uint[2];
const uint l_558 = l_557 + l_487;
const float l_559 = buffer_1[l_558];
l_mut_54 = l_559;
}
const uint l_560 = l_485 * uint(33);
const uint l_561 = l_560 + l_486;
shared_memory_8[l_561] = l_mut_54;
const uint l_562 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_563 = l_562 / uint(32);
const uint l_564 = l_562 % uint(32);
const uint l_565 = l_mut_10 + l_564;
l_mut_54 = float(0.0);
const uint l_566 = l_2 + l_563;
const bool l_567 = l_566 < info.scalars_uint[1];
const bool l_568 = l_565 < info.scalars_uint[2];
const bool l_569 = l_567 && l_568;
if (l_569) {
const uint l_570 = l_566 * l_6;
const uint l_571 = l_565 / uint(32);
const uint l_572 = l_570 + l_571;
const uint l_573 = l_565 % uint(32);
const uint l_574 = l_572 * uint(2);
const uint l_575 = uint(0) + l_574;
const uint l_576 = info.scalars_uint[0] * uint(2);
const uint l_577 = l_576 + uint(3);
const uint l_578 = l_577 / uint(4);
const uint l_579 = l_578 * uint(4);
const uint l_580 = uint(0) + l_579;
const uint l_581 = l_572 * uint(32);
const uint l_582 = l_580 + l_581;
const uint l_583 = l_575 / uint(4);
const uint l_584 = buffer_0[l_583];
const uint l_585 = l_575 % uint(4);
const uint l_586 = l_585 * uint(8);
const uint l_587 = l_584 >> l_586;
const uint l_588 = l_587 & uint(65535);
const uint l_589 = l_588 & uint(32768);
const uint l_590 = l_589 << uint(16);
const uint l_591 = l_588 >> uint(10);
const uint l_592 = l_591 & uint(31);
const uint l_593 = l_588 & uint(1023);
const uint l_594 = l_592 + uint(112);
l_mut_47 = l_594;
const bool l_595 = l_592 == uint(31);
if (l_595) {
l_mut_47 = uint(255);
}
const uint l_596 = l_mut_47 << uint(23);
const uint l_597 = l_590 | l_596;
const uint l_598 = l_593 << uint(13);
const uint l_599 = l_597 | l_598;
const float l_600 = reinterpret_cast<thread float const&>(l_599);
l_mut_17 = l_600;
const bool l_601 = l_592 == uint(0);
if (l_601) {
const float l_602 = float(l_593);
const float l_603 = l_602 * float(5.960464477539063e-8);
const bool l_604 = l_590 == uint(0);
if (l_604) {
l_mut_17 = l_603;
} else {
const float l_605 = -l_603;
l_mut_17 = l_605;
}
}
const int l_606 = int(l_573);
const uint l_607 = l_582 + uint(0);
const uint l_608 = uint(l_606);
const uint l_609 = l_608 / uint(1);
const uint l_610 = l_609 * uint(1);
const uint l_611 = l_607 + l_610;
const uint l_612 = l_608 % uint(1);
const uint l_613 = l_611 + l_612;
const uint l_614 = l_608 / uint(1);
const uint l_615 = l_614 % uint(1);
const uint l_616 = l_615 * uint(8);
const uint l_617 = l_613 / uint(4);
const uint l_618 = buffer_0[l_617];
const uint l_619 = l_613 % uint(4);
const uint l_620 = l_619 * uint(8);
const uint l_621 = l_620 + l_616;
const uint l_622 = l_618 >> l_621;
const uint l_623 = l_622 & uint(255);
const int l_624 = int(l_623);
const int l_625 = l_624 ^ int(128);
const int l_626 = l_625 - int(128);
const float l_627 = float(l_626);
const float l_628 = l_mut_17 * l_627;
l_mut_54 = l_628;
}
const uint l_629 = l_563 * uint(33);
const uint l_630 = l_629 + l_564;
shared_memory_7[l_630] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_631 = l_3 + l_563;
const bool l_632 = l_631 < l_1;
const bool l_633 = l_565 < info.scalars_uint[2];
const bool l_634 = l_632 && l_633;
if (l_634) {
const uint l_635 = l_631 * info.scalars_uint[2];
const uint l_636 = l_635 + l_565;
const float l_637 = buffer_1[l_636];
l_mut_54 = l_637;
}
const uint l_638 = l_563 * uint(33);
const uint l_639 = l_638 + l_564;
shared_memory_8[l_639] = l_mut_54;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_640 = uint(0); l_mut_640 < uint(32); ++l_mut_640) {
const uint l_643 = l_4 + uint(0);
const uint l_644 = l_643 * uint(33);
const uint l_645 = l_644 + l_mut_640;
const float l_646 = shared_memory_8[l_645];
l_arr_641[uint(0)] = l_646;
const uint l_647 = l_5 + uint(0);
const uint l_648 = l_647 * uint(33);
const uint l_649 = l_648 + l_mut_640;
const float l_650 = shared_memory_7[l_649];
l_arr_642[uint(0)] = l_650;
const uint l_651 = l_4 + uint(16);
const uint l_652 = l_651 * uint(33);
const uint l_653 = l_652 + l_mut_640;
const float l_654 = shared_memory_8[l_653];
l_arr_641[uint(1)] = l_654;
const uint l_655 = l_5 + uint(16);
const uint l_656 = l_655 * uint(33);
const uint l_657 = l_656 + l_mut_640;
const float l_658 = shared_memory_7[l_657];
l_arr_642[uint(1)] = l_658;
const uint l_659 = l_4 + uint(32);
const uint l_660 = l_659 * uint(33);
const uint l_661 = l_660 + l_mut_640;
const float l_662 = shared_memory_8[l_661];
l_arr_641[uint(2)] = l_662;
const uint l_663 = l_5 + uint(32);
const uint l_664 = l_663 * uint(33);
const uint l_665 = l_664 + l_mut_640;
const float l_666 = shared_memory_7[l_665];
l_arr_642[uint(2)] = l_666;
const uint l_667 = l_4 + uint(48);
const uint l_668 = l_667 * uint(33);
const uint l_669 = l_668 + l_mut_640;
const float l_670 = shared_memory_8[l_669];
l_arr_641[uint(3)] = l_670;
const uint l_671 = l_5 + uint(48);
const uint l_672 = l_671 * uint(33);
const uint l_673 = l_672 + l_mut_640;
const float l_674 = shared_memory_7[l_673];
l_arr_642[uint(3)] = l_674;
const float l_675 = l_arr_641[uint(0)];
const float l_676 = l_arr_642[uint(0)];
const float l_677 = l_675 * l_676;
const float l_678 = l_arr_9[uint(0)];
const float l_679 = l_678 + l_677;
l_arr_9[uint(0)] = l_679;
const float l_680 = l_arr_641[uint(0)];
const float l_681 = l_arr_642[uint(1)];
const float l_682 = l_680 * l_681;
const float l_683 = l_arr_9[uint(1)];
const float l_684 = l_683 + l_682;
l_arr_9[uint(1)] = l_684;
const float l_685 = l_arr_641[uint(0)];
const float l_686 = l_arr_642[uint(2)];
const float l_687 = l_685 * l_686;
const float l_688 = l_arr_9[uint(2)];
const float l_689 = l_688 + l_687;
l_arr_9[uint(2)] = l_689;
const float l_690 = l_arr_641[uint(0)];
const float l_691 = l_arr_642[uint(3)];
const float l_692 = l_690 * l_691;
const float l_693 = l_arr_9[uint(3)];
const float l_694 = l_693 + l_692;
l_arr_9[uint(3)] = l_694;
const float l_695 = l_arr_641[uint(1)];
const float l_696 = l_arr_642[uint(0)];
const float l_697 = l_695 * l_696;
const float l_698 = l_arr_9[uint(4)];
const float l_699 = l_698 + l_697;
l_arr_9[uint(4)] = l_699;
const float l_700 = l_arr_641[uint(1)];
const float l_701 = l_arr_642[uint(1)];
const float l_702 = l_700 * l_701;
const float l_703 = l_arr_9[uint(5)];
const float l_704 = l_703 + l_702;
l_arr_9[uint(5)] = l_704;
const float l_705 = l_arr_641[uint(1)];
const float l_706 = l_arr_642[uint(2)];
const float l_707 = l_705 * l_706;
const float l_708 = l_arr_9[uint(6)];
const float l_709 = l_708 + l_707;
l_arr_9[uint(6)] = l_709;
const float l_710 = l_arr_641[uint(1)];
const float l_711 = l_arr_642[uint(3)];
const float l_712 = l_710 * l_711;
const float l_713 = l_arr_9[uint(7)];
const float l_714 = l_713 + l_712;
l_arr_9[uint(7)] = l_714;
const float l_715 = l_arr_641[uint(2)];
const float l_716 = l_arr_642[uint(0)];
const float l_717 = l_715 * l_716;
const float l_718 = l_arr_9[uint(8)];
const float l_719 = l_718 + l_717;
l_arr_9[uint(8)] = l_719;
const float l_720 = l_arr_641[uint(2)];
const float l_721 = l_arr_642[uint(1)];
const float l_722 = l_720 * l_721;
const float l_723 = l_arr_9[uint(9)];
const float l_724 = l_723 + l_722;
l_arr_9[uint(9)] = l_724;
const float l_725 = l_arr_641[uint(2)];
const float l_726 = l_arr_642[uint(2)];
const float l_727 = l_725 * l_726;
const float l_728 = l_arr_9[uint(10)];
const float l_729 = l_728 + l_727;
l_arr_9[uint(10)] = l_729;
const float l_730 = l_arr_641[uint(2)];
const float l_731 = l_arr_642[uint(3)];
const float l_732 = l_730 * l_731;
const float l_733 = l_arr_9[uint(11)];
const float l_734 = l_733 + l_732;
l_arr_9[uint(11)] = l_734;
const float l_735 = l_arr_641[uint(3)];
const float l_736 = l_arr_642[uint(0)];
const float l_737 = l_735 * l_736;
const float l_738 = l_arr_9[uint(12)];
const float l_739 = l_738 + l_737;
l_arr_9[uint(12)] = l_739;
const float l_740 = l_arr_641[uint(3)];
const float l_741 = l_arr_642[uint(1)];
const float l_742 = l_740 * l_741;
const float l_743 = l_arr_9[uint(13)];
const float l_744 = l_743 + l_742;
l_arr_9[uint(13)] = l_744;
const float l_745 = l_arr_641[uint(3)];
const float l_746 = l_arr_642[uint(2)];
const float l_747 = l_745 * l_746;
const float l_748 = l_arr_9[uint(14)];
const float l_749 = l_748 + l_747;
l_arr_9[uint(14)] = l_749;
const float l_750 = l_arr_641[uint(3)];
const float l_751 = l_arr_642[uint(3)];
const float l_752 = l_750 * l_751;
const float l_753 = l_arr_9[uint(15)];
const float l_754 = l_753 + l_752;
l_arr_9[uint(15)] = l_754;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_755 = l_3 + l_4;
const uint l_756 = l_755 + uint(0);
const uint l_757 = l_2 + l_5;
const uint l_758 = l_757 + uint(0);
const bool l_759 = l_756 < l_1;
const bool l_760 = l_758 < info.scalars_uint[1];
const bool l_761 = l_759 && l_760;
if (l_761) {
const uint l_762 = l_756 * info.scalars_uint[1];
const uint l_763 = l_762 + l_758;
const float l_764 = l_arr_9[uint(0)];
buffer_2[l_763] = l_764;
}
const uint l_765 = l_3 + l_4;
const uint l_766 = l_765 + uint(0);
const uint l_767 = l_2 + l_5;
const uint l_768 = l_767 + uint(16);
const bool l_769 = l_766 < l_1;
const bool l_770 = l_768 < info.scalars_uint[1];
const bool l_771 = l_769 && l_770;
if (l_771) {
const uint l_772 = l_766 * info.scalars_uint[1];
const uint l_773 = l_772 + l_768;
const float l_774 = l_arr_9[uint(1)];
buffer_2[l_773] = l_774;
}
const uint l_775 = l_3 + l_4;
const uint l_776 = l_775 + uint(0);
const uint l_777 = l_2 + l_5;
const uint l_778 = l_777 + uint(32);
const bool l_779 = l_776 < l_1;
const bool l_780 = l_778 < info.scalars_uint[1];
const bool l_781 = l_779 && l_780;
if (l_781) {
const uint l_782 = l_776 * info.scalars_uint[1];
const uint l_783 = l_782 + l_778;
const float l_784 = l_arr_9[uint(2)];
buffer_2[l_783] = l_784;
}
const uint l_785 = l_3 + l_4;
const uint l_786 = l_785 + uint(0);
const uint l_787 = l_2 + l_5;
const uint l_788 = l_787 + uint(48);
const bool l_789 = l_786 < l_1;
const bool l_790 = l_788 < info.scalars_uint[1];
const bool l_791 = l_789 && l_790;
if (l_791) {
const uint l_792 = l_786 * info.scalars_uint[1];
const uint l_793 = l_792 + l_788;
const float l_794 = l_arr_9[uint(3)];
buffer_2[l_793] = l_794;
}
const uint l_795 = l_3 + l_4;
const uint l_796 = l_795 + uint(16);
const uint l_797 = l_2 + l_5;
const uint l_798 = l_797 + uint(0);
const bool l_799 = l_796 < l_1;
const bool l_800 = l_798 < info.scalars_uint[1];
const bool l_801 = l_799 && l_800;
if (l_801) {
const uint l_802 = l_796 * info.scalars_uint[1];
const uint l_803 = l_802 + l_798;
const float l_804 = l_arr_9[uint(4)];
buffer_2[l_803] = l_804;
}
const uint l_805 = l_3 + l_4;
const uint l_806 = l_805 + uint(16);
const uint l_807 = l_2 + l_5;
const uint l_808 = l_807 + uint(16);
const bool l_809 = l_806 < l_1;
const bool l_810 = l_808 < info.scalars_uint[1];
const bool l_811 = l_809 && l_810;
if (l_811) {
const uint l_812 = l_806 * info.scalars_uint[1];
const uint l_813 = l_812 + l_808;
const float l_814 = l_arr_9[uint(5)];
buffer_2[l_813] = l_814;
}
const uint l_815 = l_3 + l_4;
const uint l_816 = l_815 + uint(16);
const uint l_817 = l_2 + l_5;
const uint l_818 = l_817 + uint(32);
const bool l_819 = l_816 < l_1;
const bool l_820 = l_818 < info.scalars_uint[1];
const bool l_821 = l_819 && l_820;
if (l_821) {
const uint l_822 = l_816 * info.scalars_uint[1];
const uint l_823 = l_822 + l_818;
const float l_824 = l_arr_9[uint(6)];
buffer_2[l_823] = l_824;
}
const uint l_825 = l_3 + l_4;
const uint l_826 = l_825 + uint(16);
const uint l_827 = l_2 + l_5;
const uint l_828 = l_827 + uint(48);
const bool l_829 = l_826 < l_1;
const bool l_830 = l_828 < info.scalars_uint[1];
const bool l_831 = l_829 && l_830;
if (l_831) {
const uint l_832 = l_826 * info.scalars_uint[1];
const uint l_833 = l_832 + l_828;
const float l_834 = l_arr_9[uint(7)];
buffer_2[l_833] = l_834;
}
const uint l_835 = l_3 + l_4;
const uint l_836 = l_835 + uint(32);
const uint l_837 = l_2 + l_5;
const uint l_838 = l_837 + uint(0);
const bool l_839 = l_836 < l_1;
const bool l_840 = l_838 < info.scalars_uint[1];
const bool l_841 = l_839 && l_840;
if (l_841) {
const uint l_842 = l_836 * info.scalars_uint[1];
const uint l_843 = l_842 + l_838;
const float l_844 = l_arr_9[uint(8)];
buffer_2[l_843] = l_844;
}
const uint l_845 = l_3 + l_4;
const uint l_846 = l_845 + uint(32);
const uint l_847 = l_2 + l_5;
const uint l_848 = l_847 + uint(16);
const bool l_849 = l_846 < l_1;
const bool l_850 = l_848 < info.scalars_uint[1];
const bool l_851 = l_849 && l_850;
if (l_851) {
const uint l_852 = l_846 * info.scalars_uint[1];
const uint l_853 = l_852 + l_848;
const float l_854 = l_arr_9[uint(9)];
buffer_2[l_853] = l_854;
}
const uint l_855 = l_3 + l_4;
const uint l_856 = l_855 + uint(32);
const uint l_857 = l_2 + l_5;
const uint l_858 = l_857 + uint(32);
const bool l_859 = l_856 < l_1;
const bool l_860 = l_858 < info.scalars_uint[1];
const bool l_861 = l_859 && l_860;
if (l_861) {
const uint l_862 = l_856 * info.scalars_uint[1];
const uint l_863 = l_862 + l_858;
const float l_864 = l_arr_9[uint(10)];
buffer_2[l_863] = l_864;
}
const uint l_865 = l_3 + l_4;
const uint l_866 = l_865 + uint(32);
const uint l_867 = l_2 + l_5;
const uint l_868 = l_867 + uint(48);
const bool l_869 = l_866 < l_1;
const bool l_870 = l_868 < info.scalars_uint[1];
const bool l_871 = l_869 && l_870;
if (l_871) {
const uint l_872 = l_866 * info.scalars_uint[1];
const uint l_873 = l_872 + l_868;
const float l_874 = l_arr_9[uint(11)];
buffer_2[l_873] = l_874;
}
const uint l_875 = l_3 + l_4;
const uint l_876 = l_875 + uint(48);
const uint l_877 = l_2 + l_5;
const uint l_878 = l_877 + uint(0);
const bool l_879 = l_876 < l_1;
const bool l_880 = l_878 < info.scalars_uint[1];
const bool l_881 = l_879 && l_880;
if (l_881) {
const uint l_882 = l_876 * info.scalars_uint[1];
const uint l_883 = l_882 + l_878;
const float l_884 = l_arr_9[uint(12)];
buffer_2[l_883] = l_884;
}
const uint l_885 = l_3 + l_4;
const uint l_886 = l_885 + uint(48);
const uint l_887 = l_2 + l_5;
const uint l_888 = l_887 + uint(16);
const bool l_889 = l_886 < l_1;
const bool l_890 = l_888 < info.scalars_uint[1];
const bool l_891 = l_889 && l_890;
if (l_891) {
const uint l_892 = l_886 * info.scalars_uint[1];
const uint l_893 = l_892 + l_888;
const float l_894 = l_arr_9[uint(13)];
buffer_2[l_893] = l_894;
}
const uint l_895 = l_3 + l_4;
const uint l_896 = l_895 + uint(48);
const uint l_897 = l_2 + l_5;
const uint l_898 = l_897 + uint(32);
const bool l_899 = l_896 < l_1;
const bool l_900 = l_898 < info.scalars_uint[1];
const bool l_901 = l_899 && l_900;
if (l_901) {
const uint l_902 = l_896 * info.scalars_uint[1];
const uint l_903 = l_902 + l_898;
const float l_904 = l_arr_9[uint(14)];
buffer_2[l_903] = l_904;
}
const uint l_905 = l_3 + l_4;
const uint l_906 = l_905 + uint(48);
const uint l_907 = l_2 + l_5;
const uint l_908 = l_907 + uint(48);
const bool l_909 = l_906 < l_1;
const bool l_910 = l_908 < info.scalars_uint[1];
const bool l_911 = l_909 && l_910;
if (l_911) {
const uint l_912 = l_906 * info.scalars_uint[1];
const uint l_913 = l_912 + l_908;
const float l_914 = l_arr_9[uint(15)];
buffer_2[l_913] = l_914;
}

}
