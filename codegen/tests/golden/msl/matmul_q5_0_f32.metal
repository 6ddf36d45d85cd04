
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

float l_arr_913[4];

float l_arr_914[4];

float l_mut_17;
float l_mut_66;
uint l_mut_10;
uint l_mut_59;
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
const uint l_33 = l_24 * uint(4);
const uint l_34 = l_32 + l_33;
const uint l_35 = info.scalars_uint[0] * uint(2);
const uint l_36 = l_35 + uint(3);
const uint l_37 = l_36 / uint(4);
const uint l_38 = l_37 * uint(4);
const uint l_39 = uint(0) + l_38;
const uint l_40 = info.scalars_uint[0] * uint(4);
const uint l_41 = l_40 + uint(3);
const uint l_42 = l_41 / uint(4);
const uint l_43 = l_42 * uint(4);
const uint l_44 = l_39 + l_43;
const uint l_45 = l_24 * uint(16);
const uint l_46 = l_44 + l_45;
const uint l_47 = l_27 / uint(4);
const uint l_48 = buffer_0[l_47];
const uint l_49 = l_27 % uint(4);
const uint l_50 = l_49 * uint(8);
const uint l_51 = l_48 >> l_50;
const uint l_52 = l_51 & uint(65535);
const uint l_53 = l_52 & uint(32768);
const uint l_54 = l_53 << uint(16);
const uint l_55 = l_52 >> uint(10);
const uint l_56 = l_55 & uint(31);
const uint l_57 = l_52 & uint(1023);
const uint l_58 = l_56 + uint(112);
l_mut_59 = l_58;
const bool l_60 = l_56 == uint(31);
if (l_60) {
l_mut_59 = uint(255);
}
const uint l_61 = l_mut_59 << uint(23);
const uint l_62 = l_54 | l_61;
const uint l_63 = l_57 << uint(13);
const uint l_64 = l_62 | l_63;
const float l_65 = reinterpret_cast<thread float const&>(l_64);
l_mut_66 = l_65;
const bool l_67 = l_56 == uint(0);
if (l_67) {
const float l_68 = float(l_57);
const float l_69 = l_68 * float(5.960464477539063e-8);
const bool l_70 = l_54 == uint(0);
if (l_70) {
l_mut_66 = l_69;
} else {
const float l_71 = -l_69;
l_mut_66 = l_71;
}
}
const int l_72 = int(l_25);
const uint l_73 = l_46 + uint(0);
const uint l_74 = uint(l_72);
const uint l_75 = l_74 / uint(32);
const uint l_76 = l_75 * uint(16);
const uint l_77 = l_73 + l_76;
const uint l_78 = l_74 % uint(16);
const uint l_79 = l_77 + l_78;
const uint l_80 = l_74 / uint(16);
const uint l_81 = l_80 % uint(2);
const uint l_82 = l_81 * uint(4);
const uint l_83 = l_79 / uint(4);
const uint l_84 = buffer_0[l_83];
const uint l_85 = l_79 % uint(4);
const uint l_86 = l_85 * uint(8);
const uint l_87 = l_86 + l_82;
const uint l_88 = l_84 >> l_87;
const uint l_89 = l_88 & uint(15);
const int l_90 = int(l_89);
const uint l_91 = l_34 + uint(0);
const uint l_92 = uint(l_72);
const uint l_93 = l_92 / uint(8);
const uint l_94 = l_93 * uint(1);
const uint l_95 = l_91 + l_94;
const uint l_96 = l_92 % uint(1);
const uint l_97 = l_95 + l_96;
const uint l_98 = l_92 / uint(1);
const uint l_99 = l_98 % uint(8);
const uint l_100 = l_99 * uint(1);
const uint l_101 = l_97 / uint(4);
const uint l_102 = buffer_0[l_101];
const uint l_103 = l_97 % uint(4);
const uint l_104 = l_103 * uint(8);
const uint l_105 = l_104 + l_100;
const uint l_106 = l_102 >> l_105;
const uint l_107 = l_106 & uint(1);
const int l_108 = int(l_107);
const uint l_109 = uint(l_108);
const uint l_110 = uint(int(4));
const uint l_111 = l_109 << l_110;
const int l_112 = int(l_111);
const int l_113 = l_90 | l_112;
const int l_114 = l_113 - int(16);
const float l_115 = float(l_114);
const float l_116 = l_mut_66 * l_115;
l_mut_17 = l_116;
}
const uint l_117 = l_14 * uint(33);
const uint l_118 = l_117 + l_15;
shared_memory_7[l_118] = l_mut_17;
l_mut_66 = float(0.0);
const uint l_119 = l_3 + l_14;
const bool l_120 = l_119 < l_1;
const bool l_121 = l_16 < info.scalars_uint[2];
const bool l_122 = l_120 && l_121;
if (l_122) {
const uint l_123 = l_119 * info.scalars_uint[2];
const uint l_124 = l_123 + l_16;
const float l_125 = buffer_1[l_124];
l_mut_66 = l_125;
}
const uint l_126 = l_14 * uint(33);
const uint l_127 = l_126 + l_15;
shared_memory_8[l_127] = l_mut_66;
const uint l_128 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_129 = l_128 / uint(32);
const uint l_130 = l_128 % uint(32);
const uint l_131 = l_mut_10 + l_130;
l_mut_66 = float(0.0);
const uint l_132 = l_2 + l_129;
const bool l_133 = l_132 < info.scalars_uint[1];
const bool l_134 = l_131 < info.scalars_uint[2];
const bool l_135 = l_133 && l_134;
if (l_135) {
const uint l_136 = l_132 * l_6;
const uint l_137 = l_131 / uint(32);
const uint l_138 = l_136 + l_137;
const uint l_139 = l_131 % uint(32);
const uint l_140 = l_138 * uint(2);
const uint l_141 = uint(0) + l_140;
const uint l_142 = info.scalars_uint[0] * uint(2);
const uint l_143 = l_142 + uint(3);
const uint l_144 = l_143 / uint(4);
const uint l_145 = l_144 * uint(4);
const uint l_146 = uint(0) + l_145;
const uint l_147 = l_138 * uint(4);
const uint l_148 = l_146 + l_147;
const uint l_149 = info.scalars_uint[0] * uint(2);
const uint l_150 = l_149 + uint(3);
const uint l_151 = l_150 / uint(4);
const uint l_152 = l_151 * uint(4);
const uint l_153 = uint(0) + l_152;
const uint l_154 = info.scalars_uint[0] * uint(4);
const uint l_155 = l_154 + uint(3);
const uint l_156 = l_155 / uint(4);
const uint l_157 = l_156 * uint(4);
const uint l_158 = l_153 + l_157;
const uint l_159 = l_138 * uint(16);
const uint l_160 = l_158 + l_159;
const uint l_161 = l_141 / uint(4);
const uint l_162 = buffer_0[l_161];
const uint l_163 = l_141 % uint(4);
const uint l_164 = l_163 * uint(8);
const uint l_165 = l_162 >> l_164;
const uint l_166 = l_165 & uint(65535);
const uint l_167 = l_166 & uint(32768);
const uint l_168 = l_167 << uint(16);
const uint l_169 = l_166 >> uint(10);
const uint l_170 = l_169 & uint(31);
const uint l_171 = l_166 & uint(1023);
const uint l_172 = l_170 + uint(112);
l_mut_59 = l_172;
const bool l_173 = l_170 == uint(31);
if (l_173) {
l_mut_59 = uint(255);
}
const uint l_174 = l_mut_59 << uint(23);
const uint l_175 = l_168 | l_174;
const uint l_176 = l_171 << uint(13);
const uint l_177 = l_175 | l_176;
const float l_178 = reinterpret_cast<thread float const&>(l_177);
l_mut_17 = l_178;
const bool l_179 = l_170 == uint(0);
if (l_179) {
const float l_180 = float(l_171);
const float l_181 = l_180 * float(5.960464477539063e-8);
const bool l_182 = l_168 == uint(0);
if (l_182) {
l_mut_17 = l_181;
} else {
const float l_183 = -l_181;
l_mut_17 = l_183;
}
}
const int l_184 = int(l_139);
const uint l_185 = l_160 + uint(0);
const uint l_186 = uint(l_184);
const uint l_187 = l_186 / uint(32);
const uint l_188 = l_187 * uint(16);
const uint l_189 = l_185 + l_188;
const uint l_190 = l_186 % uint(16);
const uint l_191 = l_189 + l_190;
const uint l_192 = l_186 / uint(16);
const uint l_193 = l_192 % uint(2);
const uint l_194 = l_193 * uint(4);
const uint l_195 = l_191 / uint(4);
const uint l_196 = buffer_0[l_195];
const uint l_197 = l_191 % uint(4);
const uint l_198 = l_197 * uint(8);
const uint l_199 = l_198 + l_194;
const uint l_200 = l_196 >> l_199;
const uint l_201 = l_200 & uint(15);
const int l_202 = int(l_201);
const uint l_203 = l_148 + uint(0);
const uint l_204 = uint(l_184);
const uint l_205 = l_204 / uint(8);
const uint l_206 = l_205 * uint(1);
const uint l_207 = l_203 + l_206;
const uint l_208 = l_204 % uint(1);
const uint l_209 = l_207 + l_208;
const uint l_210 = l_204 / uint(1);
const uint l_211 = l_210 % uint(8);
const uint l_212 = l_211 * uint(1);
const uint l_213 = l_209 / uint(4);
const uint l_214 = buffer_0[l_213];
const uint l_215 = l_209 % uint(4);
const uint l_216 = l_215 * uint(8);
const uint l_217 = l_216 + l_212;
const uint l_218 = l_214 >> l_217;
const uint l_219 = l_218 & uint(1);
const int l_220 = int(l_219);
const uint l_221 = uint(l_220);
const uint l_222 = uint(int(4));
const uint l_223 = l_221 << l_222;
const int l_224 = int(l_223);
const int l_225 = l_202 | l_224;
const int l_226 = l_225 - int(16);
const float l_227 = float(l_226);
const float l_228 = l_mut_17 * l_227;
l_mut_66 = l_228;
}
const uint l_229 = l_129 * uint(33);
const uint l_230 = l_229 + l_130;
shared_memory_7[l_230] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_231 = l_3 + l_129;
const bool l_232 = l_231 < l_1;
const bool l_233 = l_131 < info.scalars_uint[2];
const bool l_234 = l_232 && l_233;
if (l_234) {
const uint l_235 = l_231 * info.scalars_uint[2];
const uint l_236 = l_235 + l_131;
const float l_237 = buffer_1[l_236];
l_mut_66 = l_237;
}
const uint l_238 = l_129 * uint(33);
const uint l_239 = l_238 + l_130;
shared_memory_8[l_239] = l_mut_66;
const uint l_240 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_241 = l_240 / uint(32);
const uint l_242 = l_240 % uint(32);
const uint l_243 = l_mut_10 + l_242;
l_mut_66 = float(0.0);
const uint l_244 = l_2 + l_241;
const bool l_245 = l_244 < info.scalars_uint[1];
const bool l_246 = l_243 < info.scalars_uint[2];
const bool l_247 = l_245 && l_246;
if (l_247) {
const uint l_248 = l_244 * l_6;
const uint l_249 = l_243 / uint(32);
const uint l_250 = l_248 + l_249;
const uint l_251 = l_243 % uint(32);
const uint l_252 = l_250 * uint(2);
const uint l_253 = uint(0) + l_252;
const uint l_254 = info.scalars_uint[0] * uint(2);
const uint l_255 = l_254 + uint(3);
const uint l_256 = l_255 / uint(4);
const uint l_257 = l_256 * uint(4);
const uint l_258 = uint(0) + l_257;
const uint l_259 = l_250 * uint(4);
const uint l_260 = l_258 + l_259;
const uint l_261 = info.scalars_uint[0] * uint(2);
const uint l_262 = l_261 + uint(3);
const uint l_263 = l_262 / uint(4);
const uint l_264 = l_263 * uint(4);
const uint l_265 = uint(0) + l_264;
const uint l_266 = info.scalars_uint[0] * uint(4);
const uint l_267 = l_266 + uint(3);
const uint l_268 = l_267 / uint(4);
const uint l_269 = l_268 * uint(4);
const uint l_270 = l_265 + l_269;
const uint l_271 = l_250 * uint(16);
const uint l_272 = l_270 + l_271;
const uint l_273 = l_253 / uint(4);
const uint l_274 = buffer_0[l_273];
const uint l_275 = l_253 % uint(4);
const uint l_276 = l_275 * uint(8);
const uint l_277 = l_274 >> l_276;
const uint l_278 = l_277 & uint(65535);
const uint l_279 = l_278 & uint(32768);
const uint l_280 = l_279 << uint(16);
const uint l_281 = l_278 >> uint(10);
const uint l_282 = l_281 & uint(31);
const uint l_283 = l_278 & uint(1023);
const uint l_284 = l_282 + uint(112);
l_mut_59 = l_284;
const bool l_285 = l_282 == uint(31);
if (l_285) {
l_mut_59 = uint(255);
}
const uint l_286 = l_mut_59 << uint(23);
const uint l_287 = l_280 | l_286;
const uint l_288 = l_283 << uint(13);
const uint l_289 = l_287 | l_288;
const float l_290 = reinterpret_cast<thread float const&>(l_289);
l_mut_17 = l_290;
const bool l_291 = l_282 == uint(0);
if (l_291) {
const float l_292 = float(l_283);
const float l_293 = l_292 * float(5.960464477539063e-8);
const bool l_294 = l_280 == uint(0);
if (l_294) {
l_mut_17 = l_293;
} else {
const float l_295 = -l_293;
l_mut_17 = l_295;
}
}
const int l_296 = int(l_251);
const uint l_297 = l_272 + uint(0);
const uint l_298 = uint(l_296);
const uint l_299 = l_298 / uint(32);
const uint l_300 = l_299 * uint(16);
const uint l_301 = l_297 + l_300;
const uint l_302 = l_298 % uint(16);
const uint l_303 = l_301 + l_302;
const uint l_304 = l_298 / uint(16);
const uint l_305 = l_304 % uint(2);
const uint l_306 = l_305 * uint(4);
const uint l_307 = l_303 / uint(4);
const uint l_308 = buffer_0[l_307];
const uint l_309 = l_303 % uint(4);
const uint l_310 = l_309 * uint(8);
const uint l_311 = l_310 + l_306;
const uint l_312 = l_308 >> l_311;
const uint l_313 = l_312 & uint(15);
const int l_314 = int(l_313);
const uint l_315 = l_260 + uint(0);
const uint l_316 = uint(l_296);
const uint l_317 = l_316 / uint(8);
const uint l_318 = l_317 * uint(1);
const uint l_319 = l_315 + l_318;
const uint l_320 = l_316 % uint(1);
const uint l_321 = l_319 + l_320;
const uint l_322 = l_316 / uint(1);
const uint l_323 = l_322 % uint(8);
const uint l_324 = l_323 * uint(1);
const uint l_325 = l_321 / uint(4);
const uint l_326 = buffer_0[l_325];
const uint l_327 = l_321 % uint(4);
const uint l_328 = l_327 * uint(8);
const uint l_329 = l_328 + l_324;
const uint l_330 = l_326 >> l_329;
const uint l_331 = l_330 & uint(1);
const int l_332 = int(l_331);
const uint l_333 = uint(l_332);
const uint l_334 = uint(int(4));
const uint l_335 = l_333 << l_334;
const int l_336 = int(l_335);
const int l_337 = l_314 | l_336;
const int l_338 = l_337 - int(16);
const float l_339 = float(l_338);
const float l_340 = l_mut_17 * l_339;
l_mut_66 = l_340;
}
const uint l_341 = l_241 * uint(33);
const uint l_342 = l_341 + l_242;
shared_memory_7[l_342] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_343 = l_3 + l_241;
const bool l_344 = l_343 < l_1;
const bool l_345 = l_243 < info.scalars_uint[2];
const bool l_346 = l_344 && l_345;
if (l_346) {
const uint l_347 = l_343 * info.scalars_uint[2];
const uint l_348 = l_347 + l_243;
const float l_349 = buffer_1[l_348];
l_mut_66 = l_349;
}
const uint l_350 = l_241 * uint(33);
const uint l_351 = l_350 + l_242;
shared_memory_8[l_351] = l_mut_66;
const uint l_352 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_353 = l_352 / uint(32);
const uint l_354 = l_352 % uint(32);
const uint l_355 = l_mut_10 + l_354;
l_mut_66 = float(0.0);
const uint l_356 = l_2 + l_353;
const bool l_357 = l_356 < info.scalars_uint[1];
const bool l_358 = l_355 < info.scalars_uint[2];
const bool l_359 = l_357 && l_358;
if (l_359) {
const uint l_360 = l_356 * l_6;
const uint l_361 = l_355 / uint(32);
const uint l_362 = l_360 + l_361;
const uint l_363 = l_355 % uint(32);
const uint l_364 = l_362 * uint(2);
const uint l_365 = uint(0) + l_364;
const uint l_366 = info.scalars_uint[0] * uint(2);
const uint l_367 = l_366 + uint(3);
const uint l_368 = l_367 / uint(4);
const uint l_369 = l_368 * uint(4);
const uint l_370 = uint(0) + l_369;
const uint l_371 = l_362 * uint(4);
const uint l_372 = l_370 + l_371;
const uint l_373 = info.scalars_uint[0] * uint(2);
const uint l_374 = l_373 + uint(3);
const uint l_375 = l_374 / uint(4);
const uint l_376 = l_375 * uint(4);
const uint l_377 = uint(0) + l_376;
const uint l_378 = info.scalars_uint[0] * uint(4);
const uint l_379 = l_378 + uint(3);
const uint l_380 = l_379 / uint(4);
const uint l_381 = l_380 * uint(4);
const uint l_382 = l_377 + l_381;
const uint l_383 = l_362 * uint(16);
const uint l_384 = l_382 + l_383;
const uint l_385 = l_365 / uint(4);
const uint l_386 = buffer_0[l_385];
const uint l_387 = l_365 % uint(4);
const uint l_388 = l_387 * uint(8);
const uint l_389 = l_386 >> l_388;
const uint l_390 = l_389 & uint(65535);
const uint l_391 = l_390 & uint(32768);
const uint l_392 = l_391 << uint(16);
const uint l_393 = l_390 >> uint(10);
const uint l_394 = l_393 & uint(31);
const uint l_395 = l_390 & uint(1023);
const uint l_396 = l_394 + uint(112);
l_mut_59 = l_396;
const bool l_397 = l_394 == uint(31);
if (l_397) {
l_mut_59 = uint(255);
}
const uint l_398 = l_mut_59 << uint(23);
const uint l_399 = l_392 | l_398;
const uint l_400 = l_395 << uint(13);
const uint l_401 = l_399 | l_400;
const float l_402 = reinterpret_cast<thread float const&>(l_401);
l_mut_17 = l_402;
const bool l_403 = l_394 == uint(0);
if (l_403) {
const float l_404 = float(l_395);
const float l_405 = l_404 * float(5.960464477539063e-8);
const bool l_406 = l_392 == uint(0);
if (l_406) {
l_mut_17 = l_405;
} else {
const float l_407 = -l_405;
l_mut_17 = l_407;
}
}
const int l_408 = int(l_363);
const uint l_409 = l_384 + uint(0);
const uint l_410 = uint(l_408);
const uint l_411 = l_410 / uint(32);
const uint l_412 = l_411 * uint(16);
const uint l_413 = l_409 + l_412;
const uint l_414 = l_410 % uint(16);
const uint l_415 = l_413 + l_414;
const uint l_416 = l_410 / uint(16);
const uint l_417 = l_416 % uint(2);
const uint l_418 = l_417 * uint(4);
const uint l_419 = l_415 / uint(4);
const uint l_420 = buffer_0[l_419];
const uint l_421 = l_415 % uint(4);
const uint l_422 = l_421 * uint(8);
const uint l_423 = l_422 + l_418;
const uint l_424 = l_420 >> l_423;
const uint l_425 = l_424 & uint(15);
const int l_426 = int(l_425);
const uint l_427 = l_372 + uint(0);
const uint l_428 = uint(l_408);
const uint l_429 = l_428 / uint(8);
const uint l_430 = l_429 * uint(1);
const uint l_431 = l_427 + l_430;
const uint l_432 = l_428 % uint(1);
const uint l_433 = l_431 + l_432;
const uint l_434 = l_428 / uint(1);
const uint l_435 = l_434 % uint(8);
const uint l_436 = l_435 * uint(1);
const uint l_437 = l_433 / uint(4);
const uint l_438 = buffer_0[l_437];
const uint l_439 = l_433 % uint(4);
const uint l_440 = l_439 * uint(8);
const uint l_441 = l_440 + l_436;
const uint l_442 = l_438 >> l_441;
const uint l_443 = l_442 & uint(1);
const int l_444 = int(l_443);
const uint l_445 = uint(l_444);
const uint l_446 = uint(int(4));
const uint l_447 = l_445 << l_446;
const int l_448 = int(l_447);
const int l_449 = l_426 | l_448;
const int l_450 = l_449 - int(16);
const float l_451 = float(l_450);
const float l_452 = l_mut_17 * l_451;
l_mut_66 = l_452;
}
const uint l_453 = l_353 * uint(33);
const uint l_454 = l_453 + l_354;
shared_memory_7[l_454] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_455 = l_3 + l_353;
const bool l_456 = l_455 < l_1;
const bool l_457 = l_355 < info.scalars_uint[2];
const bool l_458 = l_456 && l_457;
if (l_458) {
const uint l_459 = l_455 * info.scalars_uint[2];
const uint l_460 = l_459 + l_355;
const float l_461 = buffer_1[l_460];
l_mut_66 = l_461;
}
const uint l_462 = l_353 * uint(33);
const uint l_463 = l_462 + l_354;
shared_memory_8[l_463] = l_mut_66;
const uint l_464 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_465 = l_464 / uint(32);
const uint l_466 = l_464 % uint(32);
const uint l_467 = l_mut_10 + l_466;
l_mut_66 = float(0.0);
const uint l_468 = l_2 + l_465;
const bool l_469 = l_468 < info.scalars_uint[1];
const bool l_470 = l_467 < info.scalars_uint[2];
const bool l_471 = l_469 && l_470;
if (l_471) {
const uint l_472 = l_468 * l_6;
const uint l_473 = l_467 / uint(32);
const uint l_474 = l_472 + l_473;
const uint l_475 = l_467 % uint(32);
const uint l_476 = l_474 * uint(2);
const uint l_477 = uint(0) + l_476;
const uint l_478 = info.scalars_uint[0] * uint(2);
const uint l_479 = l_478 + uint(3);
const uint l_480 = l_479 / uint(4);
const uint l_481 = l_480 * uint(4);
const uint l_482 = uint(0) + l_481;
const uint l_483 = l_474 * uint(4);
const uint l_484 = l_482 + l_483;
const uint l_485 = info.scalars_uint[0] * uint(2);
const uint l_486 = l_485 + uint(3);
const uint l_487 = l_486 / uint(4);
const uint l_488 = l_487 * uint(4);
const uint l_489 = uint(0) + l_488;
const uint l_490 = info.scalars_uint[0] * uint(4);
const uint l_491 = l_490 + uint(3);
const uint l_492 = l_491 / uint(4);
const uint l_493 = l_492 * uint(4);
const uint l_494 = l_489 + l_493;
const uint l_495 = l_474 * uint(16);
const uint l_496 = l_494 + l_495;
const uint l_497 = l_477 / uint(4);
const uint l_498 = buffer_0[l_497];
const uint l_499 = l_477 % uint(4);
const uint l_500 = l_499 * uint(8);
const uint l_501 = l_498 >> l_500;
const uint l_502 = l_501 & uint(65535);
const uint l_503 = l_502 & uint(32768);
const uint l_504 = l_503 << uint(16);
const uint l_505 = l_502 >> uint(10);
const uint l_506 = l_505 & uint(31);
const uint l_507 = l_502 & uint(1023);
const uint l_508 = l_506 + uint(112);
l_mut_59 = l_508;
const bool l_509 = l_506 == uint(31);
if (l_509) {
l_mut_59 = uint(255);
}
const uint l_510 = l_mut_59 << uint(23);
const uint l_511 = l_504 | l_510;
const uint l_512 = l_507 << uint(13);
const uint l_513 = l_511 | l_512;
const float l_514 = reinterpret_cast<thread float const&>(l_513);
l_mut_17 = l_514;
const bool l_515 = l_506 == uint(0);
if (l_515) {
const float l_516 = float(l_507);
const float l_517 = l_516 * float(5.960464477539063e-8);
const bool l_518 = l_504 == uint(0);
if (l_518) {
l_mut_17 = l_517;
} else {
const float l_519 = -l_517;
l_mut_17 = l_519;
}
}
const int l_520 = int(l_475);
const uint l_521 = l_496 + uint(0);
const uint l_522 = uint(l_520);
const uint l_523 = l_522 / uint(32);
const uint l_524 = l_523 * uint(16);
const uint l_525 = l_521 + l_524;
const uint l_526 = l_522 % uint(16);
const uint l_527 = l_525 + l_526;
const uint l_528 = l_522 / uint(16);
const uint l_529 = l_528 % uint(2);
const uint l_530 = l_529 * uint(4);
const uint l_531 = l_527 / uint(4);
const uint l_532 = buffer_0[l_531];
const uint l_533 = l_527 % uint(4);
const uint l_534 = l_533 * uint(8);
const uint l_535 = l_534 + l_530;
const uint l_536 = l_532 >> l_535;
const uint l_537 = l_536 & uint(15);
const int l_538 = int(l_537);
const uint l_539 = l_484 + uint(0);
const uint l_540 = uint(l_520);
const uint l_541 = l_540 / uint(8);
const uint l_542 = l_541 * uint(1);
const uint l_543 = l_539 + l_542;
const uint l_544 = l_540 % uint(1);
const uint l_545 = l_543 + l_544;
const uint l_546 = l_540 / uint(1);
const uint l_547 = l_546 % uint(8);
const uint l_548 = l_547 * uint(1);
const uint l_549 = l_545 / uint(4);
const uint l_550 = buffer_0[l_549];
const uint l_551 = l_545 % uint(4);
const uint l_552 = l_551 * uint(8);
const uint l_553 = l_552 + l_548;
const uint l_554 = l_550 >> l_553;
const uint l_555 = l_554 & uint(1);
const int l_556 = int(l_555);
const uint l_557 = uint(l_556);
const uint l_558 = uint(int(4));
const uint l_559 = l_557 << l_558;
const int l_560 = int(l_559);
const int l_561 = l_538 | l_560;
const int l_562 = l_561 - int(16);
const float l_563 = float(l_562);
const float l_564 = l_mut_17 * l_563;
l_mut_66 = l_564;
}
const uint l_565 = l_465 * uint(33);
const uint l_566 = l_565 + l_466;
shared_memory_7[l_566] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_567 = l_3 + l_465;
const bool l_568 = l_567 < l_1;
const bool l_569 = l_467 < info.scalars_uint[2];
const bool l_570 = l_568 && l_569;
if (l_570) {
const uint l_571 = l_567 * info.scalars_uint[2];
const uint l_572 = l_571 + l_467;
const float l_573 = buffer_1[l_572];
l_mut_66 = l_573;
}
const uint l_574 = l_465 * uint(33);
const uint l_575 = l_574 + l_466;
shared_memory_8[l_575] = l_mut_66;
const uint l_576 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_577 = l_576 / uint(32);
const uint l_578 = l_576 % uint(32);
const uint l_579 = l_mut_10 + l_578;
l_mut_66 = float(0.0);
const uint l_580 = l_2 + l_577;
const bool l_581 = l_580 < info.scalars_uint[1];
const bool l_582 = l_579 < info.scalars_uint[2];
const bool l_583 = l_581 && l_582;
if (l_583) {
const uint l_584 = l_580 * l_6;
const uint l_585 = l_579 / uint(32);
const uint l_586 = l_584 + l_585;
const uint l_587 = l_579 % uint(32);
const uint l_588 = l_586 * uint(2);
const uint l_589 = uint(0) + l_588;
const uint l_590 = info.scalars_uint[0] * uint(2);
const uint l_591 = l_590 + uint(3);
const uint l_592 = l_591 / uint(4);
const uint l_593 = l_592 * uint(4);
const uint l_594 = uint(0) + l_593;
const uint l_595 = l_586 * uint(4);
const uint l_596 = l_594 + l_595;
const uint l_597 = info.scalars_uint[0] * uint(2);
const uint l_598 = l_597 + uint(3);
const uint l_599 = l_598 / uint(4);
const uint l_600 = l_599 * uint(4);
const uint l_601 = uint(0) + l_600;
const uint l_602 = info.scalars_uint[0] * uint(4);
const uint l_603 = l_602 + uint(3);
const uint l_604 = l_603 / uint(4);
const uint l_605 = l_604 * uint(4);
const uint l_606 = l_601 + l_605;
const uint l_607 = l_586 * uint(16);
const uint l_608 = l_606 + l_607;
const uint l_609 = l_589 / uint(4);
const uint l_610 = buffer_0[l_609];
const uint l_611 = l_589 % uint(4);
const uint l_612 = l_611 * uint(8);
const uint l_613 = l_610 >> l_612;
const uint l_614 = l_613 & uint(65535);
const uint l_615 = l_614 & uint(32768);
const uint l_616 = l_615 << uint(16);
const uint l_617 = l_614 >> uint(10);
const uint l_618 = l_617 & uint(31);
const uint l_619 = l_614 & uint(1023);
const uint l_620 = l_618 + uint(112);
l_mut_59 = l_620;
const bool l_621 = l_618 == uint(31);
if (l_621) {
l_mut_59 = uint(255);
}
const uint l_622 = l_mut_59 << uint(23);
const uint l_623 = l_616 | l_622;
const uint l_624 = l_619 << uint(13);
const uint l_625 = l_623 | l_624;
const float l_626 = reinterpret_cast<thread float const&>(l_625);
l_mut_17 = l_626;
const bool l_627 = l_618 == uint(0);
if (l_627) {
const float l_628 = float(l_619);
const float l_629 = l_628 * float(5.960464477539063e-8);
const bool l_630 = l_616 == uint(0);
if (l_630) {
l_mut_17 = l_629;
} else {
const float l_631 = -l_629;
l_mut_17 = l_631;
}
}
const int l_632 = int(l_587);
const uint l_633 = l_608 + uint(0);
const uint l_634 = uint(l_632);
const uint l_635 = l_634 / uint(32);
const uint l_636 = l_635 * uint(16);
const uint l_637 = l_633 + l_636;
const uint l_638 = l_634 % uint(16);
const uint l_639 = l_637 + l_638;
const uint l_640 = l_634 / uint(16);
const uint l_641 = l_640 % uint(2);
const uint l_642 = l_641 * uint(4);
const uint l_643 = l_639 / uint(4);
const uint l_644 = buffer_0[l_643];
const uint l_645 = l_639 % uint(4);
const uint l_646 = l_645 * uint(8);
const uint l_647 = l_646 + l_642;
const uint l_648 = l_644 >> l_647;
const uint l_649 = l_648 & uint(15);
const int l_650 = int(l_649);
const uint l_651 = l_596 + uint(0);
const uint l_652 = uint(l_632);
const uint l_653 = l_652 / uint(8);
const uint l_654 = l_653 * uint(1);
const uint l_655 = l_651 + l_654;
const uint l_656 = l_652 % uint(1);
const uint l_657 = l_655 + l_656;
const uint l_658 = l_652 / uint(1);
const uint l_659 = l_658 % uint(8);
const uint l_660 = l_659 * uint(1);
const uint l_661 = l_657 / uint(4);
const uint l_662 = buffer_0[l_661];
const uint l_663 = l_657 % uint(4);
const uint l_664 = l_663 * uint(8);
const uint l_665 = l_664 + l_660;
const uint l_666 = l_662 >> l_665;
const uint l_667 = l_666 & uint(1);
const int l_668 = int(l_667);
const uint l_669 = uint(l_668);
const uint l_670 = uint(int(4));
const uint l_671 = l_669 << l_670;
const int l_672 = int(l_671);
const int l_673 = l_650 | l_672;
const int l_674 = l_673 - int(16);
const float l_675 = float(l_674);
const float l_676 = l_mut_17 * l_675;
l_mut_66 = l_676;
}
const uint l_677 = l_577 * uint(33);
const uint l_678 = l_677 + l_578;
shared_memory_7[l_678] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_679 = l_3 + l_577;
const bool l_680 = l_679 < l_1;
const bool l_681 = l_579 < info.scalars_uint[2];
const bool l_682 = l_680 && l_681;
if (l_682) {
const uint l_683 = l_679 * info.scalars_uint[2];
const uint l_684 = l_683 + l_579;
const float l_685 = buffer_1[l_684];
l_mut_66 = l_685;
}
const uint l_686 = l_577 * uint(33);
const uint l_687 = l_686 + l_578;
shared_memory_8[l_687] = l_mut_66;
const uint l_688 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_689 = l_688 / uint(32);
const uint l_690 = l_688 % uint(32);
const uint l_691 = l_mut_10 + l_690;
l_mut_66 = float(0.0);
const uint l_692 = l_2 + l_689;
const bool l_693 = l_692 < info.scalars_uint[1];
const bool l_694 = l_691 < info.scalars_uint[2];
const bool l_695 = l_693 && l_694;
if (l_695) {
const uint l_696 = l_692 * l_6;
const uint l_697 = l_691 / uint(32);
const uint l_698 = l_696 + l_697;
const uint l_699 = l_691 % uint(32);
const uint l_700 = l_698 * uint(2);
const uint l_701 = uint(0) + l_700;
const uint l_702 = info.scalars_uint[0] * uint(2);
const uint l_703 = l_702 + uint(3);
const uint l_704 = l_703 / uint(4);
const uint l_705 = l_704 * uint(4);
const uint l_706 = uint(0) + l_705;
const uint l_707 = l_698 * uint(4);
const uint l_708 = l_706 + l_707;
const uint l_709 = info.scalars_uint[0] * uint(2);
const uint l_710 = l_709 + uint(3);
const uint l_711 = l_710 / uint(4);
const uint l_712 = l_711 * uint(4);
const uint l_713 = uint(0) + l_712;
const uint l_714 = info.scalars_uint[0] * uint(4);
const uint l_715 = l_714 + uint(3);
const uint l_716 = l_715 / uint(4);
const uint l_717 = l_716 * uint(4);
const uint l_718 = l_713 + l_717;
const uint l_719 = l_698 * uint(16);
const uint l_720 = l_718 + l_719;
const uint l_721 = l_701 / uint(4);
const uint l_722 = buffer_0[l_721];
const uint l_723 = l_701 % uint(4);
const uint l_724 = l_723 * uint(8);
const uint l_725 = l_722 >> l_724;
const uint l_726 = l_725 & uint(65535);
const uint l_727 = l_726 & uint(32768);
const uint l_728 = l_727 << uint(16);
const uint l_729 = l_726 >> uint(10);
const uint l_730 = l_729 & uint(31);
const uint l_731 = l_726 & uint(1023);
const uint l_732 = l_730 + uint(112);
l_mut_59 = l_732;
const bool l_733 = l_730 == uint(31);
if (l_733) {
l_mut_59 = uint(255);
}
const uint l_734 = l_mut_59 << uint(23);
const uint l_735 = l_728 | l_734;
const uint l_736 = l_731 << uint(13);
const uint l_737 = l_735 | l_736;
const float l_738 = reinterpret_cast<thread float const&>(l_737);
l_mut_17 = l_738;
const bool l_739 = l_730 == uint(0);
if (l_739) {
const float l_740 = float(l_731);
const float l_741 = l_740 * float(5.960464477539063e-8);
const bool l_742 = l_728 == uint(0);
if (l_742) {
l_mut_17 = l_741;
} else {
const float l_743 = -l_741;
l_mut_17 = l_743;
}
}
const int l_744 = int(l_699);
const uint l_745 = l_720 + uint(0);
const uint l_746 = uint(l_744);
const uint l_747 = l_746 / uint(32);
const uint l_748 = l_747 * uint(16);
const uint l_749 = l_745 + l_748;
const uint l_750 = l_746 % uint(16);
const uint l_751 = l_749 + l_750;
const uint l_752 = l_746 / uint(16);
const uint l_753 = l_752 % uint(2);
const uint l_754 = l_753 * uint(4);
const uint l_755 = l_751 / uint(4);
const uint l_756 = buffer_0[l_755];
const uint l_757 = l_751 % uint(4);
const uint l_758 = l_757 * uint(8);
const uint l_759 = l_758 + l_754;
const uint l_760 = l_756 >> l_759;
const uint l_761 = l_760 & uint(15);
const int l_762 = int(l_761);
const uint l_763 = l_708 + uint(0);
const uint l_764 = uint(l_744);
const uint l_765 = l_764 / uint(8);
const uint l_766 = l_765 * uint(1);
const uint l_767 = l_763 + l_766;
const uint l_768 = l_764 % uint(1);
const uint l_769 = l_767 + l_768;
const uint l_770 = l_764 / uint(1);
const uint l_771 = l_770 % uint(8);
const uint l_772 = l_771 * uint(1);
const uint l_773 = l_769 / uint(4);
const uint l_774 = buffer_0[l_773];
const uint l_775 = l_769 % uint(4);
const uint l_776 = l_775 * uint(8);
const uint l_777 = l_776 + l_772;
const uint l_778 = l_774 >> l_777;
const uint l_779 = l_778 & uint(1);
const int l_780 = int(l_779);
const uint l_781 = uint(l_780);
const uint l_782 = uint(int(4));
const uint l_783 = l_781 << l_782;
const int l_784 = int(l_783);
const int l_785 = l_762 | l_784;
const int l_786 = l_785 - int(16);
const float l_787 = float(l_786);
const float l_788 = l_mut_17 * l_787;
l_mut_66 = l_788;
}
const uint l_789 = l_689 * uint(33);
const uint l_790 = l_789 + l_690;
shared_memory_7[l_790] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_791 = l_3 + l_689;
const bool l_792 = l_791 < l_1;
const bool l_793 = l_691 < info.scalars_uint[2];
const bool l_794 = l_792 && l_793;
if (l_794) {
const uint l_795 = l_791 * info.scalars_uint[2];
const uint l_796 = l_795 + l_691;
const float l_797 = buffer_1[l_796];
l_mut_66 = l_797;
}
const uint l_798 = l_689 * uint(33);
const uint l_799 = l_798 + l_690;
shared_memory_8[l_799] = l_mut_66;
const uint l_800 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_801 = l_800 / uint(32);
const uint l_802 = l_800 % uint(32);
const uint l_803 = l_mut_10 + l_802;
l_mut_66 = float(0.0);
const uint l_804 = l_2 + l_801;
const bool l_805 = l_804 < info.scalars_uint[1];
const bool l_806 = l_803 < info.scalars_uint[2];
const bool l_807 = l_805 && l_806;
if (l_807) {
const uint l_808 = l_804 * l_6;
const uint l_809 = l_803 / uint(32);
const uint l_810 = l_808 + l_809;
const uint l_811 = l_803 % uint(32);
const uint l_812 = l_810 * uint(2);
const uint l_813 = uint(0) + l_812;
const uint l_814 = info.scalars_uint[0] * uint(2);
const uint l_815 = l_814 + uint(3);
const uint l_816 = l_815 / uint(4);
const uint l_817 = l_816 * uint(4);
const uint l_818 = uint(0) + l_817;
const uint l_819 = l_810 * uint(4);
const uint l_820 = l_818 + l_819;
const uint l_821 = info.scalars_uint[0] * uint(2);
const uint l_822 = l_821 + uint(3);
const uint l_823 = l_822 / uint(4);
const uint l_824 = l_823 * uint(4);
const uint l_825 = uint(0) + l_824;
const uint l_826 = info.scalars_uint[0] * uint(4);
const uint l_827 = l_826 + uint(3);
const uint l_828 = l_827 / uint(4);
const uint l_829 = l_828 * uint(4);
const uint l_830 = l_825 + l_829;
const uint l_831 = l_810 * uint(16);
const uint l_832 = l_830 + l_831;
const uint l_833 = l_813 / uint(4);
const uint l_834 = buffer_0[l_833];
const uint l_835 = l_813 % uint(4);
const uint l_836 = l_835 * uint(8);
const uint l_837 = l_834 >> l_836;
const uint l_838 = l_837 & uint(65535);
const uint l_839 = l_838 & uint(32768);
const uint l_840 = l_839 << uint(16);
const uint l_841 = l_838 >> uint(10);
const uint l_842 = l_841 & uint(31);
const uint l_843 = l_838 & uint(1023);
const uint l_844 = l_842 + uint(112);
l_mut_59 = l_844;
const bool l_845 = l_842 == uint(31);
if (l_845) {
l_mut_59 = uint(255);
}
const uint l_846 = l_mut_59 << uint(23);
const uint l_847 = l_840 | l_846;
const uint l_848 = l_843 << uint(13);
const uint l_849 = l_847 | l_848;
const float l_850 = reinterpret_cast<thread float const&>(l_849);
l_mut_17 = l_850;
const bool l_851 = l_842 == uint(0);
if (l_851) {
const float l_852 = float(l_843);
const float l_853 = l_852 * float(5.960464477539063e-8);
const bool l_854 = l_840 == uint(0);
if (l_854) {
l_mut_17 = l_853;
} else {
const float l_855 = -l_853;
l_mut_17 = l_855;
}
}
const int l_856 = int(l_811);
const uint l_857 = l_832 + uint(0);
const uint l_858 = uint(l_856);
const uint l_859 = l_858 / uint(32);
const uint l_860 = l_859 * uint(16);
const uint l_861 = l_857 + l_860;
const uint l_862 = l_858 % uint(16);
const uint l_863 = l_861 + l_862;
const uint l_864 = l_858 / uint(16);
const uint l_865 = l_864 % uint(2);
const uint l_866 = l_865 * uint(4);
const uint l_867 = l_863 / uint(4);
const uint l_868 = buffer_0[l_867];
const uint l_869 = l_863 % uint(4);
const uint l_870 = l_869 * uint(8);
const uint l_871 = l_870 + l_866;
const uint l_872 = l_868 >> l_871;
const uint l_873 = l_872 & uint(15);
const int l_874 = int(l_873);
const uint l_875 = l_820 + uint(0);
const uint l_876 = uint(l_856);
const uint l_877 = l_876 / uint(8);
const uint l_878 = l_877 * uint(1);
const uint l_879 = l_875 + l_878;
const uint l_880 = l_876 % uint(1);
const uint l_881 = l_879 + l_880;
const uint l_882 = l_876 / uint(1);
const uint l_883 = l_882 % uint(8);
const uint l_884 = l_883 * uint(1);
const uint l_885 = l_881 / uint(4);
const uint l_886 = buffer_0[l_885];
const uint l_887 = l_881 % uint(4);
const uint l_888 = l_887 * uint(8);
const uint l_889 = l_888 + l_884;
const uint l_890 = l_886 >> l_889;
const uint l_891 = l_890 & uint(1);
const int l_892 = int(l_891);
const uint l_893 = uint(l_892);
const uint l_894 = uint(int(4));
const uint l_895 = l_893 << l_894;
const int l_896 = int(l_895);
const int l_897 = l_874 | l_896;
const int l_898 = l_897 - int(16);
const float l_899 = float(l_898);
const float l_900 = l_mut_17 * l_899;
l_mut_66 = l_900;
}
const uint l_901 = l_801 * uint(33);
const uint l_902 = l_901 + l_802;
shared_memory_7[l_902] = l_mut_66;
l_mut_66 = float(0.0);
const uint l_903 = l_3 + l_801;
const bool l_904 = l_903 < l_1;
const bool l_905 = l_803 < info.scalars_uint[2];
const bool l_906 = l_904 && l_905;
if (l_906) {
const uint l_907 = l_903 * info.scalars_uint[2];
const uint l_908 = l_907 + l_803;
const float l_909 = buffer_1[l_908];
l_mut_66 = l_909;
}
const uint l_910 = l_801 * uint(33);
const uint l_911 = l_910 + l_802;
shared_memory_8[l_911] = l_mut_66;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_912 = uint(0); l_mut_912 < uint(32); ++l_mut_912) {
const uint l_915 = l_4 + uint(0);
const uint l_916 = l_915 * uint(33);
const uint l_917 = l_916 + l_mut_912;
const float l_918 = shared_memory_8[l_917];
l_arr_913[uint(0)] = l_918;
const uint l_919 = l_5 + uint(0);
const uint l_920 = l_919 * uint(33);
const uint l_921 = l_920 + l_mut_912;
const float l_922 = shared_memory_7[l_921];
l_arr_914[uint(0)] = l_922;
const uint l_923 = l_4 + uint(16);
const uint l_924 = l_923 * uint(33);
const uint l_925 = l_924 + l_mut_912;
const float l_926 = shared_memory_8[l_925];
l_arr_913[uint(1)] = l_926;
const uint l_927 = l_5 + uint(16);
const uint l_928 = l_927 * uint(33);
const uint l_929 = l_928 + l_mut_912;
const float l_930 = shared_memory_7[l_929];
l_arr_914[uint(1)] = l_930;
const uint l_931 = l_4 + uint(32);
const uint l_932 = l_931 * uint(33);
const uint l_933 = l_932 + l_mut_912;
const float l_934 = shared_memory_8[l_933];
l_arr_913[uint(2)] = l_934;
const uint l_935 = l_5 + uint(32);
const uint l_936 = l_935 * uint(33);
const uint l_937 = l_936 + l_mut_912;
const float l_938 = shared_memory_7[l_937];
l_arr_914[uint(2)] = l_938;
const uint l_939 = l_4 + uint(48);
const uint l_940 = l_939 * uint(33);
const uint l_941 = l_940 + l_mut_912;
const float l_942 = shared_memory_8[l_941];
l_arr_913[uint(3)] = l_942;
const uint l_943 = l_5 + uint(48);
const uint l_944 = l_943 * uint(33);
const uint l_945 = l_944 + l_mut_912;
const float l_946 = shared_memory_7[l_945];
l_arr_914[uint(3)] = l_946;
const float l_947 = l_arr_913[uint(0)];
const float l_948 = l_arr_914[uint(0)];
const float l_949 = l_947 * l_948;
const float l_950 = l_arr_9[uint(0)];
const float l_951 = l_950 + l_949;
l_arr_9[uint(0)] = l_951;
const float l_952 = l_arr_913[uint(0)];
const float l_953 = l_arr_914[uint(1)];
const float l_954 = l_952 * l_953;
const float l_955 = l_arr_9[uint(1)];
const float l_956 = l_955 + l_954;
l_arr_9[uint(1)] = l_956;
const float l_957 = l_arr_913[uint(0)];
const float l_958 = l_arr_914[uint(2)];
const float l_959 = l_957 * l_958;
const float l_960 = l_arr_9[uint(2)];
const float l_961 = l_960 + l_959;
l_arr_9[uint(2)] = l_961;
const float l_962 = l_arr_913[uint(0)];
const float l_963 = l_arr_914[uint(3)];
const float l_964 = l_962 * l_963;
const float l_965 = l_arr_9[uint(3)];
const float l_966 = l_965 + l_964;
l_arr_9[uint(3)] = l_966;
const float l_967 = l_arr_913[uint(1)];
const float l_968 = l_arr_914[uint(0)];
const float l_969 = l_967 * l_968;
const float l_970 = l_arr_9[uint(4)];
const float l_971 = l_970 + l_969;
l_arr_9[uint(4)] = l_971;
const float l_972 = l_arr_913[uint(1)];
const float l_973 = l_arr_914[uint(1)];
const float l_974 = l_972 * l_973;
const float l_975 = l_arr_9[uint(5)];
const float l_976 = l_975 + l_974;
l_arr_9[uint(5)] = l_976;
const float l_977 = l_arr_913[uint(1)];
const float l_978 = l_arr_914[uint(2)];
const float l_979 = l_977 * l_978;
const float l_980 = l_arr_9[uint(6)];
const float l_981 = l_980 + l_979;
l_arr_9[uint(6)] = l_981;
const float l_982 = l_arr_913[uint(1)];
const float l_983 = l_arr_914[uint(3)];
const float l_984 = l_982 * l_983;
const float l_985 = l_arr_9[uint(7)];
const float l_986 = l_985 + l_984;
l_arr_9[uint(7)] = l_986;
const float l_987 = l_arr_913[uint(2)];
const float l_988 = l_arr_914[uint(0)];
const float l_989 = l_987 * l_988;
const float l_990 = l_arr_9[uint(8)];
const float l_991 = l_990 + l_989;
l_arr_9[uint(8)] = l_991;
const float l_992 = l_arr_913[uint(2)];
const float l_993 = l_arr_914[uint(1)];
const float l_994 = l_992 * l_993;
const float l_995 = l_arr_9[uint(9)];
const float l_996 = l_995 + l_994;
l_arr_9[uint(9)] = l_996;
const float l_997 = l_arr_913[uint(2)];
const float l_998 = l_arr_914[uint(2)];
const float l_999 = l_997 * l_998;
const float l_1000 = l_arr_9[uint(10)];
const float l_1001 = l_1000 + l_999;
l_arr_9[uint(10)] = l_1001;
const float l_1002 = l_arr_913[uint(2)];
const float l_1003 = l_arr_914[uint(3)];
const float l_1004 = l_1002 * l_1003;
const float l_1005 = l_arr_9[uint(11)];
const float l_1006 = l_1005 + l_1004;
l_arr_9[uint(11)] = l_1006;
const float l_1007 = l_arr_913[uint(3)];
const float l_1008 = l_arr_914[uint(0)];
const float l_1009 = l_1007 * l_1008;
const float l_1010 = l_arr_9[uint(12)];
const float l_1011 = l_1010 + l_1009;
l_arr_9[uint(12)] = l_1011;
const float l_1012 = l_arr_913[uint(3)];
const float l_1013 = l_arr_914[uint(1)];
const float l_1014 = l_1012 * l_1013;
const float l_1015 = l_arr_9[uint(13)];
const float l_1016 = l_1015 + l_1014;
l_arr_9[uint(13)] = l_1016;
const float l_1017 = l_arr_913[uint(3)];
const float l_1018 = l_arr_914[uint(2)];
const float l_1019 = l_1017 * l_1018;
const float l_1020 = l_arr_9[uint(14)];
const float l_1021 = l_1020 + l_1019;
l_arr_9[uint(14)] = l_1021;
const float l_1022 = l_arr_913[uint(3)];
const float l_1023 = l_arr_914[uint(3)];
const float l_1024 = l_1022 * l_1023;
const float l_1025 = l_arr_9[uint(15)];
const float l_1026 = l_1025 + l_1024;
l_arr_9[uint(15)] = l_1026;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_1027 = l_3 + l_4;
const uint l_1028 = l_1027 + uint(0);
const uint l_1029 = l_2 + l_5;
const uint l_1030 = l_1029 + uint(0);
const bool l_1031 = l_1028 < l_1;
const bool l_1032 = l_1030 < info.scalars_uint[1];
const bool l_1033 = l_1031 && l_1032;
if (l_1033) {
const uint l_1034 = l_1028 * info.scalars_uint[1];
const uint l_1035 = l_1034 + l_1030;
const float l_1036 = l_arr_9[uint(0)];
buffer_2[l_1035] = l_1036;
}
const uint l_1037 = l_3 + l_4;
const uint l_1038 = l_1037 + uint(0);
const uint l_1039 = l_2 + l_5;
const uint l_1040 = l_1039 + uint(16);
const bool l_1041 = l_1038 < l_1;
const bool l_1042 = l_1040 < info.scalars_uint[1];
const bool l_1043 = l_1041 && l_1042;
if (l_1043) {
const uint l_1044 = l_1038 * info.scalars_uint[1];
const uint l_1045 = l_1044 + l_1040;
const float l_1046 = l_arr_9[uint(1)];
buffer_2[l_1045] = l_1046;
}
const uint l_1047 = l_3 + l_4;
const uint l_1048 = l_1047 + uint(0);
const uint l_1049 = l_2 + l_5;
const uint l_1050 = l_1049 + uint(32);
const bool l_1051 = l_1048 < l_1;
const bool l_1052 = l_1050 < info.scalars_uint[1];
const bool l_1053 = l_1051 && l_1052;
if (l_1053) {
const uint l_1054 = l_1048 * info.scalars_uint[1];
const uint l_1055 = l_1054 + l_1050;
const float l_1056 = l_arr_9[uint(2)];
buffer_2[l_1055] = l_1056;
}
const uint l_1057 = l_3 + l_4;
const uint l_1058 = l_1057 + uint(0);
const uint l_1059 = l_2 + l_5;
const uint l_1060 = l_1059 + uint(48);
const bool l_1061 = l_1058 < l_1;
const bool l_1062 = l_1060 < info.scalars_uint[1];
const bool l_1063 = l_1061 && l_1062;
if (l_1063) {
const uint l_1064 = l_1058 * info.scalars_uint[1];
const uint l_1065 = l_1064 + l_1060;
const float l_1066 = l_arr_9[uint(3)];
buffer_2[l_1065] = l_1066;
}
const uint l_1067 = l_3 + l_4;
const uint l_1068 = l_1067 + uint(16);
const uint l_1069 = l_2 + l_5;
const uint l_1070 = l_1069 + uint(0);
const bool l_1071 = l_1068 < l_1;
const bool l_1072 = l_1070 < info.scalars_uint[1];
const bool l_1073 = l_1071 && l_1072;
if (l_1073) {
const uint l_1074 = l_1068 * info.scalars_uint[1];
const uint l_1075 = l_1074 + l_1070;
const float l_1076 = l_arr_9[uint(4)];
buffer_2[l_1075] = l_1076;
}
const uint l_1077 = l_3 + l_4;
const uint l_1078 = l_1077 + uint(16);
const uint l_1079 = l_2 + l_5;
const uint l_1080 = l_1079 + uint(16);
const bool l_1081 = l_1078 < l_1;
const bool l_1082 = l_1080 < info.scalars_uint[1];
const bool l_1083 = l_1081 && l_1082;
if (l_1083) {
const uint l_1084 = l_1078 * info.scalars_uint[1];
const uint l_1085 = l_1084 + l_1080;
const float l_1086 = l_arr_9[uint(5)];
buffer_2[l_1085] = l_1086;
}
const uint l_1087 = l_3 + l_4;
const uint l_1088 = l_1087 + uint(16);
const uint l_1089 = l_2 + l_5;
const uint l_1090 = l_1089 + uint(32);
const bool l_1091 = l_1088 < l_1;
const bool l_1092 = l_1090 < info.scalars_uint[1];
const bool l_1093 = l_1091 && l_1092;
if (l_1093) {
const uint l_1094 = l_1088 * info.scalars_uint[1];
const uint l_1095 = l_1094 + l_1090;
const float l_1096 = l_arr_9[uint(6)];
buffer_2[l_1095] = l_1096;
}
const uint l_1097 = l_3 + l_4;
const uint l_1098 = l_1097 + uint(16);
const uint l_1099 = l_2 + l_5;
const uint l_1100 = l_1099 + uint(48);
const bool l_1101 = l_1098 < l_1;
const bool l_1102 = l_1100 < info.scalars_uint[1];
const bool l_1103 = l_1101 && l_1102;
if (l_1103) {
const uint l_1104 = l_1098 * info.scalars_uint[1];
const uint l_1105 = l_1104 + l_1100;
const float l_1106 = l_arr_9[uint(7)];
buffer_2[l_1105] = l_1106;
}
const uint l_1107 = l_3 + l_4;
const uint l_1108 = l_1107 + uint(32);
const uint l_1109 = l_2 + l_5;
const uint l_1110 = l_1109 + uint(0);
const bool l_1111 = l_1108 < l_1;
const bool l_1112 = l_1110 < info.scalars_uint[1];
const bool l_1113 = l_1111 && l_1112;
if (l_1113) {
const uint l_1114 = l_1108 * info.scalars_uint[1];
const uint l_1115 = l_1114 + l_1110;
const float l_1116 = l_arr_9[uint(8)];
buffer_2[l_1115] = l_1116;
}
const uint l_1117 = l_3 + l_4;
const uint l_1118 = l_1117 + uint(32);
const uint l_1119 = l_2 + l_5;
const uint l_1120 = l_1119 + uint(16);
const bool l_1121 = l_1118 < l_1;
const bool l_1122 = l_1120 < info.scalars_uint[1];
const bool l_1123 = l_1121 && l_1122;
if (l_1123) {
const uint l_1124 = l_1118 * info.scalars_uint[1];
const uint l_1125 = l_1124 + l_1120;
const float l_1126 = l_arr_9[uint(9)];
buffer_2[l_1125] = l_1126;
}
const uint l_1127 = l_3 + l_4;
const uint l_1128 = l_1127 + uint(32);
const uint l_1129 = l_2 + l_5;
const uint l_1130 = l_1129 + uint(32);
const bool l_1131 = l_1128 < l_1;
const bool l_1132 = l_1130 < info.scalars_uint[1];
const bool l_1133 = l_1131 && l_1132;
if (l_1133) {
const uint l_1134 = l_1128 * info.scalars_uint[1];
const uint l_1135 = l_1134 + l_1130;
const float l_1136 = l_arr_9[uint(10)];
buffer_2[l_1135] = l_1136;
}
const uint l_1137 = l_3 + l_4;
const uint l_1138 = l_1137 + uint(32);
const uint l_1139 = l_2 + l_5;
const uint l_1140 = l_1139 + uint(48);
const bool l_1141 = l_1138 < l_1;
const bool l_1142 = l_1140 < info.scalars_uint[1];
const bool l_1143 = l_1141 && l_1142;
if (l_1143) {
const uint l_1144 = l_1138 * info.scalars_uint[1];
const uint l_1145 = l_1144 + l_1140;
const float l_1146 = l_arr_9[uint(11)];
buffer_2[l_1145] = l_1146;
}
const uint l_1147 = l_3 + l_4;
const uint l_1148 = l_1147 + uint(48);
const uint l_1149 = l_2 + l_5;
const uint l_1150 = l_1149 + uint(0);
const bool l_1151 = l_1148 < l_1;
const bool l_1152 = l_1150 < info.scalars_uint[1];
const bool l_1153 = l_1151 && l_1152;
if (l_1153) {
const uint l_1154 = l_1148 * info.scalars_uint[1];
const uint l_1155 = l_1154 + l_1150;
const float l_1156 = l_arr_9[uint(12)];
buffer_2[l_1155] = l_1156;
}
const uint l_1157 = l_3 + l_4;
const uint l_1158 = l_1157 + uint(48);
const uint l_1159 = l_2 + l_5;
const uint l_1160 = l_1159 + uint(16);
const bool l_1161 = l_1158 < l_1;
const bool l_1162 = l_1160 < info.scalars_uint[1];
const bool l_1163 = l_1161 && l_1162;
if (l_1163) {
const uint l_1164 = l_1158 * info.scalars_uint[1];
const uint l_1165 = l_1164 + l_1160;
const float l_1166 = l_arr_9[uint(13)];
buffer_2[l_1165] = l_1166;
}
const uint l_1167 = l_3 + l_4;
const uint l_1168 = l_1167 + uint(48);
const uint l_1169 = l_2 + l_5;
const uint l_1170 = l_1169 + uint(32);
const bool l_1171 = l_1168 < l_1;
const bool l_1172 = l_1170 < info.scalars_uint[1];
const bool l_1173 = l_1171 && l_1172;
if (l_1173) {
const uint l_1174 = l_1168 * info.scalars_uint[1];
const uint l_1175 = l_1174 + l_1170;
const float l_1176 = l_arr_9[uint(14)];
buffer_2[l_1175] = l_1176;
}
const uint l_1177 = l_3 + l_4;
const uint l_1178 = l_1177 + uint(48);
const uint l_1179 = l_2 + l_5;
const uint l_1180 = l_1179 + uint(48);
const bool l_1181 = l_1178 < l_1;
const bool l_1182 = l_1180 < info.scalars_uint[1];
const bool l_1183 = l_1181 && l_1182;
if (l_1183) {
const uint l_1184 = l_1178 * info.scalars_uint[1];
const uint l_1185 = l_1184 + l_1180;
const float l_1186 = l_arr_9[uint(15)];
buffer_2[l_1185] = l_1186;
}

}
