
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void matmul_f_(
    const device uint * buffer_0 [[buffer(0)]],
    const device half * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
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

float l_arr_1242[4];

float l_arr_1243[4];

float l_mut_107;
float l_mut_17;
float l_mut_83;
uint l_mut_10;
uint l_mut_76;
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
const uint l_33 = l_24 * uint(2);
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
const uint l_45 = l_24 * uint(4);
const uint l_46 = l_44 + l_45;
const uint l_47 = info.scalars_uint[0] * uint(2);
const uint l_48 = l_47 + uint(3);
const uint l_49 = l_48 / uint(4);
const uint l_50 = l_49 * uint(4);
const uint l_51 = uint(0) + l_50;
const uint l_52 = info.scalars_uint[0] * uint(2);
const uint l_53 = l_52 + uint(3);
const uint l_54 = l_53 / uint(4);
const uint l_55 = l_54 * uint(4);
const uint l_56 = l_51 + l_55;
const uint l_57 = info.scalars_uint[0] * uint(4);
const uint l_58 = l_57 + uint(3);
const uint l_59 = l_58 / uint(4);
const uint l_60 = l_59 * uint(4);
const uint l_61 = l_56 + l_60;
const uint l_62 = l_24 * uint(16);
const uint l_63 = l_61 + l_62;
const uint l_64 = l_27 / uint(4);
const uint l_65 = buffer_0[l_64];
const uint l_66 = l_27 % uint(4);
const uint l_67 = l_66 * uint(8);
const uint l_68 = l_65 >> l_67;
const uint l_69 = l_68 & uint(65535);
const uint l_70 = l_69 & uint(32768);
const uint l_71 = l_70 << uint(16);
const uint l_72 = l_69 >> uint(10);
const uint l_73 = l_72 & uint(31);
const uint l_74 = l_69 & uint(1023);
const uint l_75 = l_73 + uint(112);
l_mut_76 = l_75;
const bool l_77 = l_73 == uint(31);
if (l_77) {
l_mut_76 = uint(255);
}
const uint l_78 = l_mut_76 << uint(23);
const uint l_79 = l_71 | l_78;
const uint l_80 = l_74 << uint(13);
const uint l_81 = l_79 | l_80;
const float l_82 = reinterpret_cast<thread float const&>(l_81);
l_mut_83 = l_82;
const bool l_84 = l_73 == uint(0);
if (l_84) {
const float l_85 = float(l_74);
const float l_86 = l_85 * float(5.960464477539063e-8);
const bool l_87 = l_71 == uint(0);
if (l_87) {
l_mut_83 = l_86;
} else {
const float l_88 = -l_86;
l_mut_83 = l_88;
}
}
const uint l_89 = l_34 / uint(4);
const uint l_90 = buffer_0[l_89];
const uint l_91 = l_34 % uint(4);
const uint l_92 = l_91 * uint(8);
const uint l_93 = l_90 >> l_92;
const uint l_94 = l_93 & uint(65535);
const uint l_95 = l_94 & uint(32768);
const uint l_96 = l_95 << uint(16);
const uint l_97 = l_94 >> uint(10);
const uint l_98 = l_97 & uint(31);
const uint l_99 = l_94 & uint(1023);
const uint l_100 = l_98 + uint(112);
l_mut_76 = l_100;
const bool l_101 = l_98 == uint(31);
if (l_101) {
l_mut_76 = uint(255);
}
const uint l_102 = l_mut_76 << uint(23);
const uint l_103 = l_96 | l_102;
const uint l_104 = l_99 << uint(13);
const uint l_105 = l_103 | l_104;
const float l_106 = reinterpret_cast<thread float const&>(l_105);
l_mut_107 = l_106;
const bool l_108 = l_98 == uint(0);
if (l_108) {
const float l_109 = float(l_99);
const float l_110 = l_109 * float(5.960464477539063e-8);
const bool l_111 = l_96 == uint(0);
if (l_111) {
l_mut_107 = l_110;
} else {
const float l_112 = -l_110;
l_mut_107 = l_112;
}
}
const int l_113 = int(l_25);
const uint l_114 = l_63 + uint(0);
const uint l_115 = uint(l_113);
const uint l_116 = l_115 / uint(32);
const uint l_117 = l_116 * uint(16);
const uint l_118 = l_114 + l_117;
const uint l_119 = l_115 % uint(16);
const uint l_120 = l_118 + l_119;
const uint l_121 = l_115 / uint(16);
const uint l_122 = l_121 % uint(2);
const uint l_123 = l_122 * uint(4);
const uint l_124 = l_120 / uint(4);
const uint l_125 = buffer_0[l_124];
const uint l_126 = l_120 % uint(4);
const uint l_127 = l_126 * uint(8);
const uint l_128 = l_127 + l_123;
const uint l_129 = l_125 >> l_128;
const uint l_130 = l_129 & uint(15);
const int l_131 = int(l_130);
const uint l_132 = l_46 + uint(0);
const uint l_133 = uint(l_113);
const uint l_134 = l_133 / uint(8);
const uint l_135 = l_134 * uint(1);
const uint l_136 = l_132 + l_135;
const uint l_137 = l_133 % uint(1);
const uint l_138 = l_136 + l_137;
const uint l_139 = l_133 / uint(1);
const uint l_140 = l_139 % uint(8);
const uint l_141 = l_140 * uint(1);
const uint l_142 = l_138 / uint(4);
const uint l_143 = buffer_0[l_142];
const uint l_144 = l_138 % uint(4);
const uint l_145 = l_144 * uint(8);
const uint l_146 = l_145 + l_141;
const uint l_147 = l_143 >> l_146;
const uint l_148 = l_147 & uint(1);
const int l_149 = int(l_148);
const uint l_150 = uint(l_149);
const uint l_151 = uint(int(4));
const uint l_152 = l_150 << l_151;
const int l_153 = int(l_152);
const int l_154 = l_131 | l_153;
const float l_155 = float(l_154);
const float l_156 = l_mut_83 * l_155;
const float l_157 = l_156 + l_mut_107;
l_mut_17 = l_157;
}
const uint l_158 = l_14 * uint(33);
const uint l_159 = l_158 + l_15;
shared_memory_7[l_159] = l_mut_17;
l_mut_107 = float(0.0);
const uint l_160 = l_3 + l_14;
const bool l_161 = l_160 < l_1;
const bool l_162 = l_16 < info.scalars_uint[2];
const bool l_163 = l_161 && l_162;
if (l_163) {
const uint l_164 = l_160 * info.scalars_uint[2];
const uint l_165 = l_164 + l_16;
const half l_166 = buffer_1[l_165];
const float l_167 = float(l_166);
l_mut_107 = l_167;
}
const uint l_168 = l_14 * uint(33);
const uint l_169 = l_168 + l_15;
shared_memory_8[l_169] = l_mut_107;
const uint l_170 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_171 = l_170 / uint(32);
const uint l_172 = l_170 % uint(32);
const uint l_173 = l_mut_10 + l_172;
l_mut_107 = float(0.0);
const uint l_174 = l_2 + l_171;
const bool l_175 = l_174 < info.scalars_uint[1];
const bool l_176 = l_173 < info.scalars_uint[2];
const bool l_177 = l_175 && l_176;
if (l_177) {
const uint l_178 = l_174 * l_6;
const uint l_179 = l_173 / uint(32);
const uint l_180 = l_178 + l_179;
const uint l_181 = l_173 % uint(32);
const uint l_182 = l_180 * uint(2);
const uint l_183 = uint(0) + l_182;
const uint l_184 = info.scalars_uint[0] * uint(2);
const uint l_185 = l_184 + uint(3);
const uint l_186 = l_185 / uint(4);
const uint l_187 = l_186 * uint(4);
const uint l_188 = uint(0) + l_187;
const uint l_189 = l_180 * uint(2);
const uint l_190 = l_188 + l_189;
const uint l_191 = info.scalars_uint[0] * uint(2);
const uint l_192 = l_191 + uint(3);
const uint l_193 = l_192 / uint(4);
const uint l_194 = l_193 * uint(4);
const uint l_195 = uint(0) + l_194;
const uint l_196 = info.scalars_uint[0] * uint(2);
const uint l_197 = l_196 + uint(3);
const uint l_198 = l_197 / uint(4);
const uint l_199 = l_198 * uint(4);
const uint l_200 = l_195 + l_199;
const uint l_201 = l_180 * uint(4);
const uint l_202 = l_200 + l_201;
const uint l_203 = info.scalars_uint[0] * uint(2);
const uint l_204 = l_203 + uint(3);
const uint l_205 = l_204 / uint(4);
const uint l_206 = l_205 * uint(4);
const uint l_207 = uint(0) + l_206;
const uint l_208 = info.scalars_uint[0] * uint(2);
const uint l_209 = l_208 + uint(3);
const uint l_210 = l_209 / uint(4);
const uint l_211 = l_210 * uint(4);
const uint l_212 = l_207 + l_211;
const uint l_213 = info.scalars_uint[0] * uint(4);
const uint l_214 = l_213 + uint(3);
const uint l_215 = l_214 / uint(4);
const uint l_216 = l_215 * uint(4);
const uint l_217 = l_212 + l_216;
const uint l_218 = l_180 * uint(16);
const uint l_219 = l_217 + l_218;
const uint l_220 = l_183 / uint(4);
const uint l_221 = buffer_0[l_220];
const uint l_222 = l_183 % uint(4);
const uint l_223 = l_222 * uint(8);
const uint l_224 = l_221 >> l_223;
const uint l_225 = l_224 & uint(65535);
const uint l_226 = l_225 & uint(32768);
const uint l_227 = l_226 << uint(16);
const uint l_228 = l_225 >> uint(10);
const uint l_229 = l_228 & uint(31);
const uint l_230 = l_225 & uint(1023);
const uint l_231 = l_229 + uint(112);
l_mut_76 = l_231;
const bool l_232 = l_229 == uint(31);
if (l_232) {
l_mut_76 = uint(255);
}
const uint l_233 = l_mut_76 << uint(23);
const uint l_234 = l_227 | l_233;
const uint l_235 = l_230 << uint(13);
const uint l_236 = l_234 | l_235;
const float l_237 = reinterpret_cast<thread float const&>(l_236);
l_mut_83 = l_237;
const bool l_238 = l_229 == uint(0);
if (l_238) {
const float l_239 = float(l_230);
const float l_240 = l_239 * float(5.960464477539063e-8);
const bool l_241 = l_227 == uint(0);
if (l_241) {
l_mut_83 = l_240;
} else {
const float l_242 = -l_240;
l_mut_83 = l_242;
}
}
const uint l_243 = l_190 / uint(4);
const uint l_244 = buffer_0[l_243];
const uint l_245 = l_190 % uint(4);
const uint l_246 = l_245 * uint(8);
const uint l_247 = l_244 >> l_246;
const uint l_248 = l_247 & uint(65535);
const uint l_249 = l_248 & uint(32768);
const uint l_250 = l_249 << uint(16);
const uint l_251 = l_248 >> uint(10);
const uint l_252 = l_251 & uint(31);
const uint l_253 = l_248 & uint(1023);
const uint l_254 = l_252 + uint(112);
l_mut_76 = l_254;
const bool l_255 = l_252 == uint(31);
if (l_255) {
l_mut_76 = uint(255);
}
const uint l_256 = l_mut_76 << uint(23);
const uint l_257 = l_250 | l_256;
const uint l_258 = l_253 << uint(13);
const uint l_259 = l_257 | l_258;
const float l_260 = reinterpret_cast<thread float const&>(l_259);
l_mut_17 = l_260;
const bool l_261 = l_252 == uint(0);
if (l_261) {
const float l_262 = float(l_253);
const float l_263 = l_262 * float(5.960464477539063e-8);
const bool l_264 = l_250 == uint(0);
if (l_264) {
l_mut_17 = l_263;
} else {
const float l_265 = -l_263;
l_mut_17 = l_265;
}
}
const int l_266 = int(l_181);
const uint l_267 = l_219 + uint(0);
const uint l_268 = uint(l_266);
const uint l_269 = l_268 / uint(32);
const uint l_270 = l_269 * uint(16);
const uint l_271 = l_267 + l_270;
const uint l_272 = l_268 % uint(16);
const uint l_273 = l_271 + l_272;
const uint l_274 = l_268 / uint(16);
const uint l_275 = l_274 % uint(2);
const uint l_276 = l_275 * uint(4);
const uint l_277 = l_273 / uint(4);
const uint l_278 = buffer_0[l_277];
const uint l_279 = l_273 % uint(4);
const uint l_280 = l_279 * uint(8);
const uint l_281 = l_280 + l_276;
const uint l_282 = l_278 >> l_281;
const uint l_283 = l_282 & uint(15);
const int l_284 = int(l_283);
const uint l_285 = l_202 + uint(0);
const uint l_286 = uint(l_266);
const uint l_287 = l_286 / uint(8);
const uint l_288 = l_287 * uint(1);
const uint l_289 = l_285 + l_288;
const uint l_290 = l_286 % uint(1);
const uint l_291 = l_289 + l_290;
const uint l_292 = l_286 / uint(1);
const uint l_293 = l_292 % uint(8);
const uint l_294 = l_293 * uint(1);
const uint l_295 = l_291 / uint(4);
const uint l_296 = buffer_0[l_295];
const uint l_297 = l_291 % uint(4);
const uint l_298 = l_297 * uint(8);
const uint l_299 = l_298 + l_294;
const uint l_300 = l_296 >> l_299;
const uint l_301 = l_300 & uint(1);
const int l_302 = int(l_301);
const uint l_303 = uint(l_302);
const uint l_304 = uint(int(4));
const uint l_305 = l_303 << l_304;
const int l_306 = int(l_305);
const int l_307 = l_284 | l_306;
const float l_308 = float(l_307);
const float l_309 = l_mut_83 * l_308;
const float l_310 = l_309 + l_mut_17;
l_mut_107 = l_310;
}
const uint l_311 = l_171 * uint(33);
const uint l_312 = l_311 + l_172;
shared_memory_7[l_312] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_313 = l_3 + l_171;
const bool l_314 = l_313 < l_1;
const bool l_315 = l_173 < info.scalars_uint[2];
const bool l_316 = l_314 && l_315;
if (l_316) {
const uint l_317 = l_313 * info.scalars_uint[2];
const uint l_318 = l_317 + l_173;
const half l_319 = buffer_1[l_318];
const float l_320 = float(l_319);
l_mut_107 = l_320;
}
const uint l_321 = l_171 * uint(33);
const uint l_322 = l_321 + l_172;
shared_memory_8[l_322] = l_mut_107;
const uint l_323 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_324 = l_323 / uint(32);
const uint l_325 = l_323 % uint(32);
const uint l_326 = l_mut_10 + l_325;
l_mut_107 = float(0.0);
const uint l_327 = l_2 + l_324;
const bool l_328 = l_327 < info.scalars_uint[1];
const bool l_329 = l_326 < info.scalars_uint[2];
const bool l_330 = l_328 && l_329;
if (l_330) {
const uint l_331 = l_327 * l_6;
const uint l_332 = l_326 / uint(32);
const uint l_333 = l_331 + l_332;
const uint l_334 = l_326 % uint(32);
const uint l_335 = l_333 * uint(2);
const uint l_336 = uint(0) + l_335;
const uint l_337 = info.scalars_uint[0] * uint(2);
const uint l_338 = l_337 + uint(3);
const uint l_339 = l_338 / uint(4);
const uint l_340 = l_339 * uint(4);
const uint l_341 = uint(0) + l_340;
const uint l_342 = l_333 * uint(2);
const uint l_343 = l_341 + l_342;
const uint l_344 = info.scalars_uint[0] * uint(2);
const uint l_345 = l_344 + uint(3);
const uint l_346 = l_345 / uint(4);
const uint l_347 = l_346 * uint(4);
const uint l_348 = uint(0) + l_347;
const uint l_349 = info.scalars_uint[0] * uint(2);
const uint l_350 = l_349 + uint(3);
const uint l_351 = l_350 / uint(4);
const uint l_352 = l_351 * uint(4);
const uint l_353 = l_348 + l_352;
const uint l_354 = l_333 * uint(4);
const uint l_355 = l_353 + l_354;
const uint l_356 = info.scalars_uint[0] * uint(2);
const uint l_357 = l_356 + uint(3);
const uint l_358 = l_357 / uint(4);
const uint l_359 = l_358 * uint(4);
const uint l_360 = uint(0) + l_359;
const uint l_361 = info.scalars_uint[0] * uint(2);
const uint l_362 = l_361 + uint(3);
const uint l_363 = l_362 / uint(4);
const uint l_364 = l_363 * uint(4);
const uint l_365 = l_360 + l_364;
const uint l_366 = info.scalars_uint[0] * uint(4);
const uint l_367 = l_366 + uint(3);
const uint l_368 = l_367 / uint(4);
const uint l_369 = l_368 * uint(4);
const uint l_370 = l_365 + l_369;
const uint l_371 = l_333 * uint(16);
const uint l_372 = l_370 + l_371;
const uint l_373 = l_336 / uint(4);
const uint l_374 = buffer_0[l_373];
const uint l_375 = l_336 % uint(4);
const uint l_376 = l_375 * uint(8);
const uint l_377 = l_374 >> l_376;
const uint l_378 = l_377 & uint(65535);
const uint l_379 = l_378 & uint(32768);
const uint l_380 = l_379 << uint(16);
const uint l_381 = l_378 >> uint(10);
const uint l_382 = l_381 & uint(31);
const uint l_383 = l_378 & uint(1023);
const uint l_384 = l_382 + uint(112);
l_mut_76 = l_384;
const bool l_385 = l_382 == uint(31);
if (l_385) {
l_mut_76 = uint(255);
}
const uint l_386 = l_mut_76 << uint(23);
const uint l_387 = l_380 | l_386;
const uint l_388 = l_383 << uint(13);
const uint l_389 = l_387 | l_388;
const float l_390 = reinterpret_cast<thread float const&>(l_389);
l_mut_83 = l_390;
const bool l_391 = l_382 == uint(0);
if (l_391) {
const float l_392 = float(l_383);
const float l_393 = l_392 * float(5.960464477539063e-8);
const bool l_394 = l_380 == uint(0);
if (l_394) {
l_mut_83 = l_393;
} else {
const float l_395 = -l_393;
l_mut_83 = l_395;
}
}
const uint l_396 = l_343 / uint(4);
const uint l_397 = buffer_0[l_396];
const uint l_398 = l_343 % uint(4);
const uint l_399 = l_398 * uint(8);
const uint l_400 = l_397 >> l_399;
const uint l_401 = l_400 & uint(65535);
const uint l_402 = l_401 & uint(32768);
const uint l_403 = l_402 << uint(16);
const uint l_404 = l_401 >> uint(10);
const uint l_405 = l_404 & uint(31);
const uint l_406 = l_401 & uint(1023);
const uint l_407 = l_405 + uint(112);
l_mut_76 = l_407;
const bool l_408 = l_405 == uint(31);
if (l_408) {
l_mut_76 = uint(255);
}
const uint l_409 = l_mut_76 << uint(23);
const uint l_410 = l_403 | l_409;
const uint l_411 = l_406 << uint(13);
const uint l_412 = l_410 | l_411;
const float l_413 = reinterpret_cast<thread float const&>(l_412);
l_mut_17 = l_413;
const bool l_414 = l_405 == uint(0);
if (l_414) {
const float l_415 = float(l_406);
const float l_416 = l_415 * float(5.960464477539063e-8);
const bool l_417 = l_403 == uint(0);
if (l_417) {
l_mut_17 = l_416;
} else {
const float l_418 = -l_416;
l_mut_17 = l_418;
}
}
const int l_419 = int(l_334);
const uint l_420 = l_372 + uint(0);
const uint l_421 = uint(l_419);
const uint l_422 = l_421 / uint(32);
const uint l_423 = l_422 * uint(16);
const uint l_424 = l_420 + l_423;
const uint l_425 = l_421 % uint(16);
const uint l_426 = l_424 + l_425;
const uint l_427 = l_421 / uint(16);
const uint l_428 = l_427 % uint(2);
const uint l_429 = l_428 * uint(4);
const uint l_430 = l_426 / uint(4);
const uint l_431 = buffer_0[l_430];
const uint l_432 = l_426 % uint(4);
const uint l_433 = l_432 * uint(8);
const uint l_434 = l_433 + l_429;
const uint l_435 = l_431 >> l_434;
const uint l_436 = l_435 & uint(15);
const int l_437 = int(l_436);
const uint l_438 = l_355 + uint(0);
const uint l_439 = uint(l_419);
const uint l_440 = l_439 / uint(8);
const uint l_441 = l_440 * uint(1);
const uint l_442 = l_438 + l_441;
const uint l_443 = l_439 % uint(1);
const uint l_444 = l_442 + l_443;
const uint l_445 = l_439 / uint(1);
const uint l_446 = l_445 % uint(8);
const uint l_447 = l_446 * uint(1);
const uint l_448 = l_444 / uint(4);
const uint l_449 = buffer_0[l_448];
const uint l_450 = l_444 % uint(4);
const uint l_451 = l_450 * uint(8);
const uint l_452 = l_451 + l_447;
const uint l_453 = l_449 >> l_452;
const uint l_454 = l_453 & uint(1);
const int l_455 = int(l_454);
const uint l_456 = uint(l_455);
const uint l_457 = uint(int(4));
const uint l_458 = l_456 << l_457;
const int l_459 = int(l_458);
const int l_460 = l_437 | l_459;
const float l_461 = float(l_460);
const float l_462 = l_mut_83 * l_461;
const float l_463 = l_462 + l_mut_17;
l_mut_107 = l_463;
}
const uint l_464 = l_324 * uint(33);
const uint l_465 = l_464 + l_325;
shared_memory_7[l_465] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_466 = l_3 + l_324;
const bool l_467 = l_466 < l_1;
const bool l_468 = l_326 < info.scalars_uint[2];
const bool l_469 = l_467 && l_468;
if (l_469) {
const uint l_470 = l_466 * info.scalars_uint[2];
const uint l_471 = l_470 + l_326;
const half l_472 = buffer_1[l_471];
const float l_473 = float(l_472);
l_mut_107 = l_473;
}
const uint l_474 = l_324 * uint(33);
const uint l_475 = l_474 + l_325;
shared_memory_8[l_475] = l_mut_107;
const uint l_476 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_477 = l_476 / uint(32);
const uint l_478 = l_476 % uint(32);
const uint l_479 = l_mut_10 + l_478;
l_mut_107 = float(0.0);
const uint l_480 = l_2 + l_477;
const bool l_481 = l_480 < info.scalars_uint[1];
const bool l_482 = l_479 < info.scalars_uint[2];
const bool l_483 = l_481 && l_482;
if (l_483) {
const uint l_484 = l_480 * l_6;
const uint l_485 = l_479 / uint(32);
const uint l_486 = l_484 + l_485;
const uint l_487 = l_479 % uint(32);
const uint l_488 = l_486 * uint(2);
const uint l_489 = uint(0) + l_488;
const uint l_490 = info.scalars_uint[0] * uint(2);
const uint l_491 = l_490 + uint(3);
const uint l_492 = l_491 / uint(4);
const uint l_493 = l_492 * uint(4);
const uint l_494 = uint(0) + l_493;
const uint l_495 = l_486 * uint(2);
const uint l_496 = l_494 + l_495;
const uint l_497 = info.scalars_uint[0] * uint(2);
const uint l_498 = l_497 + uint(3);
const uint l_499 = l_498 / uint(4);
const uint l_500 = l_499 * uint(4);
const uint l_501 = uint(0) + l_500;
const uint l_502 = info.scalars_uint[0] * uint(2);
const uint l_503 = l_502 + uint(3);
const uint l_504 = l_503 / uint(4);
const uint l_505 = l_504 * uint(4);
const uint l_506 = l_501 + l_505;
const uint l_507 = l_486 * uint(4);
const uint l_508 = l_506 + l_507;
const uint l_509 = info.scalars_uint[0] * uint(2);
const uint l_510 = l_509 + uint(3);
const uint l_511 = l_510 / uint(4);
const uint l_512 = l_511 * uint(4);
const uint l_513 = uint(0) + l_512;
const uint l_514 = info.scalars_uint[0] * uint(2);
const uint l_515 = l_514 + uint(3);
const uint l_516 = l_515 / uint(4);
const uint l_517 = l_516 * uint(4);
const uint l_518 = l_513 + l_517;
const uint l_519 = info.scalars_uint[0] * uint(4);
const uint l_520 = l_519 + uint(3);
const uint l_521 = l_520 / uint(4);
const uint l_522 = l_521 * uint(4);
const uint l_523 = l_518 + l_522;
const uint l_524 = l_486 * uint(16);
const uint l_525 = l_523 + l_524;
const uint l_526 = l_489 / uint(4);
const uint l_527 = buffer_0[l_526];
const uint l_528 = l_489 % uint(4);
const uint l_529 = l_528 * uint(8);
const uint l_530 = l_527 >> l_529;
const uint l_531 = l_530 & uint(65535);
const uint l_532 = l_531 & uint(32768);
const uint l_533 = l_532 << uint(16);
const uint l_534 = l_531 >> uint(10);
const uint l_535 = l_534 & uint(31);
const uint l_536 = l_531 & uint(1023);
const uint l_537 = l_535 + uint(112);
l_mut_76 = l_537;
const bool l_538 = l_535 == uint(31);
if (l_538) {
l_mut_76 = uint(255);
}
const uint l_539 = l_mut_76 << uint(23);
const uint l_540 = l_533 | l_539;
const uint l_541 = l_536 << uint(13);
const uint l_542 = l_540 | l_541;
const float l_543 = reinterpret_cast<thread float const&>(l_542);
l_mut_83 = l_543;
const bool l_544 = l_535 == uint(0);
if (l_544) {
const float l_545 = float(l_536);
const float l_546 = l_545 * float(5.960464477539063e-8);
const bool l_547 = l_533 == uint(0);
if (l_547) {
l_mut_83 = l_546;
} else {
const float l_548 = -l_546;
l_mut_83 = l_548;
}
}
const uint l_549 = l_496 / uint(4);
const uint l_550 = buffer_0[l_549];
const uint l_551 = l_496 % uint(4);
const uint l_552 = l_551 * uint(8);
const uint l_553 = l_550 >> l_552;
const uint l_554 = l_553 & uint(65535);
const uint l_555 = l_554 & uint(32768);
const uint l_556 = l_555 << uint(16);
const uint l_557 = l_554 >> uint(10);
const uint l_558 = l_557 & uint(31);
const uint l_559 = l_554 & uint(1023);
const uint l_560 = l_558 + uint(112);
l_mut_76 = l_560;
const bool l_561 = l_558 == uint(31);
if (l_561) {
l_mut_76 = uint(255);
}
const uint l_562 = l_mut_76 << uint(23);
const uint l_563 = l_556 | l_562;
const uint l_564 = l_559 << uint(13);
const uint l_565 = l_563 | l_564;
const float l_566 = reinterpret_cast<thread float const&>(l_565);
l_mut_17 = l_566;
const bool l_567 = l_558 == uint(0);
if (l_567) {
const float l_568 = float(l_559);
const float l_569 = l_568 * float(5.960464477539063e-8);
const bool l_570 = l_556 == uint(0);
if (l_570) {
l_mut_17 = l_569;
} else {
const float l_571 = -l_569;
l_mut_17 = l_571;
}
}
const int l_572 = int(l_487);
const uint l_573 = l_525 + uint(0);
const uint l_574 = uint(l_572);
const uint l_575 = l_574 / uint(32);
const uint l_576 = l_575 * uint(16);
const uint l_577 = l_573 + l_576;
const uint l_578 = l_574 % uint(16);
const uint l_579 = l_577 + l_578;
const uint l_580 = l_574 / uint(16);
const uint l_581 = l_580 % uint(2);
const uint l_582 = l_581 * uint(4);
const uint l_583 = l_579 / uint(4);
const uint l_584 = buffer_0[l_583];
const uint l_585 = l_579 % uint(4);
const uint l_586 = l_585 * uint(8);
const uint l_587 = l_586 + l_582;
const uint l_588 = l_584 >> l_587;
const uint l_589 = l_588 & uint(15);
const int l_590 = int(l_589);
const uint l_591 = l_508 + uint(0);
const uint l_592 = uint(l_572);
const uint l_593 = l_592 / uint(8);
const uint l_594 = l_593 * uint(1);
const uint l_595 = l_591 + l_594;
const uint l_596 = l_592 % uint(1);
const uint l_597 = l_595 + l_596;
const uint l_598 = l_592 / uint(1);
const uint l_599 = l_598 % uint(8);
const uint l_600 = l_599 * uint(1);
const uint l_601 = l_597 / uint(4);
const uint l_602 = buffer_0[l_601];
const uint l_603 = l_597 % uint(4);
const uint l_604 = l_603 * uint(8);
const uint l_605 = l_604 + l_600;
const uint l_606 = l_602 >> l_605;
const uint l_607 = l_606 & uint(1);
const int l_608 = int(l_607);
const uint l_609 = uint(l_608);
const uint l_610 = uint(int(4));
const uint l_611 = l_609 << l_610;
const int l_612 = int(l_611);
const int l_613 = l_590 | l_612;
const float l_614 = float(l_613);
const float l_615 = l_mut_83 * l_614;
const float l_616 = l_615 + l_mut_17;
l_mut_107 = l_616;
}
const uint l_617 = l_477 * uint(33);
const uint l_618 = l_617 + l_478;
shared_memory_7[l_618] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_619 = l_3 + l_477;
const bool l_620 = l_619 < l_1;
const bool l_621 = l_479 < info.scalars_uint[2];
const bool l_622 = l_620 && l_621;
if (l_622) {
const uint l_623 = l_619 * info.scalars_uint[2];
const uint l_624 = l_623 + l_479;
const half l_625 = buffer_1[l_624];
const float l_626 = float(l_625);
l_mut_107 = l_626;
}
const uint l_627 = l_477 * uint(33);
const uint l_628 = l_627 + l_478;
shared_memory_8[l_628] = l_mut_107;
const uint l_629 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_630 = l_629 / uint(32);
const uint l_631 = l_629 % uint(32);
const uint l_632 = l_mut_10 + l_631;
l_mut_107 = float(0.0);
const uint l_633 = l_2 + l_630;
const bool l_634 = l_633 < info.scalars_uint[1];
const bool l_635 = l_632 < info.scalars_uint[2];
const bool l_636 = l_634 && l_635;
if (l_636) {
const uint l_637 = l_633 * l_6;
const uint l_638 = l_632 / uint(32);
const uint l_639 = l_637 + l_638;
const uint l_640 = l_632 % uint(32);
const uint l_641 = l_639 * uint(2);
const uint l_642 = uint(0) + l_641;
const uint l_643 = info.scalars_uint[0] * uint(2);
const uint l_644 = l_643 + uint(3);
const uint l_645 = l_644 / uint(4);
const uint l_646 = l_645 * uint(4);
const uint l_647 = uint(0) + l_646;
const uint l_648 = l_639 * uint(2);
const uint l_649 = l_647 + l_648;
const uint l_650 = info.scalars_uint[0] * uint(2);
const uint l_651 = l_650 + uint(3);
const uint l_652 = l_651 / uint(4);
const uint l_653 = l_652 * uint(4);
const uint l_654 = uint(0) + l_653;
const uint l_655 = info.scalars_uint[0] * uint(2);
const uint l_656 = l_655 + uint(3);
const uint l_657 = l_656 / uint(4);
const uint l_658 = l_657 * uint(4);
const uint l_659 = l_654 + l_658;
const uint l_660 = l_639 * uint(4);
const uint l_661 = l_659 + l_660;
const uint l_662 = info.scalars_uint[0] * uint(2);
const uint l_663 = l_662 + uint(3);
const uint l_664 = l_663 / uint(4);
const uint l_665 = l_664 * uint(4);
const uint l_666 = uint(0) + l_665;
const uint l_667 = info.scalars_uint[0] * uint(2);
const uint l_668 = l_667 + uint(3);
const uint l_669 = l_668 / uint(4);
const uint l_670 = l_669 * uint(4);
const uint l_671 = l_666 + l_670;
const uint l_672 = info.scalars_uint[0] * uint(4);
const uint l_673 = l_672 + uint(3);
const uint l_674 = l_673 / uint(4);
const uint l_675 = l_674 * uint(4);
const uint l_676 = l_671 + l_675;
const uint l_677 = l_639 * uint(16);
const uint l_678 = l_676 + l_677;
const uint l_679 = l_642 / uint(4);
const uint l_680 = buffer_0[l_679];
const uint l_681 = l_642 % uint(4);
const uint l_682 = l_681 * uint(8);
const uint l_683 = l_680 >> l_682;
const uint l_684 = l_683 & uint(65535);
const uint l_685 = l_684 & uint(32768);
const uint l_686 = l_685 << uint(16);
const uint l_687 = l_684 >> uint(10);
const uint l_688 = l_687 & uint(31);
const uint l_689 = l_684 & uint(1023);
const uint l_690 = l_688 + uint(112);
l_mut_76 = l_690;
const bool l_691 = l_688 == uint(31);
if (l_691) {
l_mut_76 = uint(255);
}
const uint l_692 = l_mut_76 << uint(23);
const uint l_693 = l_686 | l_692;
const uint l_694 = l_689 << uint(13);
const uint l_695 = l_693 | l_694;
const float l_696 = reinterpret_cast<thread float const&>(l_695);
l_mut_83 = l_696;
const bool l_697 = l_688 == uint(0);
if (l_697) {
const float l_698 = float(l_689);
const float l_699 = l_698 * float(5.960464477539063e-8);
const bool l_700 = l_686 == uint(0);
if (l_700) {
l_mut_83 = l_699;
} else {
const float l_701 = -l_699;
l_mut_83 = l_701;
}
}
const uint l_702 = l_649 / uint(4);
const uint l_703 = buffer_0[l_702];
const uint l_704 = l_649 % uint(4);
const uint l_705 = l_704 * uint(8);
const uint l_706 = l_703 >> l_705;
const uint l_707 = l_706 & uint(65535);
const uint l_708 = l_707 & uint(32768);
const uint l_709 = l_708 << uint(16);
const uint l_710 = l_707 >> uint(10);
const uint l_711 = l_710 & uint(31);
const uint l_712 = l_707 & uint(1023);
const uint l_713 = l_711 + uint(112);
l_mut_76 = l_713;
const bool l_714 = l_711 == uint(31);
if (l_714) {
l_mut_76 = uint(255);
}
const uint l_715 = l_mut_76 << uint(23);
const uint l_716 = l_709 | l_715;
const uint l_717 = l_712 << uint(13);
const uint l_718 = l_716 | l_717;
const float l_719 = reinterpret_cast<thread float const&>(l_718);
l_mut_17 = l_719;
const bool l_720 = l_711 == uint(0);
if (l_720) {
const float l_721 = float(l_712);
const float l_722 = l_721 * float(5.960464477539063e-8);
const bool l_723 = l_709 == uint(0);
if (l_723) {
l_mut_17 = l_722;
} else {
const float l_724 = -l_722;
l_mut_17 = l_724;
}
}
const int l_725 = int(l_640);
const uint l_726 = l_678 + uint(0);
const uint l_727 = uint(l_725);
const uint l_728 = l_727 / uint(32);
const uint l_729 = l_728 * uint(16);
const uint l_730 = l_726 + l_729;
const uint l_731 = l_727 % uint(16);
const uint l_732 = l_730 + l_731;
const uint l_733 = l_727 / uint(16);
const uint l_734 = l_733 % uint(2);
const uint l_735 = l_734 * uint(4);
const uint l_736 = l_732 / uint(4);
const uint l_737 = buffer_0[l_736];
const uint l_738 = l_732 % uint(4);
const uint l_739 = l_738 * uint(8);
const uint l_740 = l_739 + l_735;
const uint l_741 = l_737 >> l_740;
const uint l_742 = l_741 & uint(15);
const int l_743 = int(l_742);
const uint l_744 = l_661 + uint(0);
const uint l_745 = uint(l_725);
const uint l_746 = l_745 / uint(8);
const uint l_747 = l_746 * uint(1);
const uint l_748 = l_744 + l_747;
const uint l_749 = l_745 % uint(1);
const uint l_750 = l_748 + l_749;
const uint l_751 = l_745 / uint(1);
const uint l_752 = l_751 % uint(8);
const uint l_753 = l_752 * uint(1);
const uint l_754 = l_750 / uint(4);
const uint l_755 = buffer_0[l_754];
const uint l_756 = l_750 % uint(4);
const uint l_757 = l_756 * uint(8);
const uint l_758 = l_757 + l_753;
const uint l_759 = l_755 >> l_758;
const uint l_760 = l_759 & uint(1);
const int l_761 = int(l_760);
const uint l_762 = uint(l_761);
const uint l_763 = uint(int(4));
const uint l_764 = l_762 << l_763;
const int l_765 = int(l_764);
const int l_766 = l_743 | l_765;
const float l_767 = float(l_766);
const float l_768 = l_mut_83 * l_767;
const float l_769 = l_768 + l_mut_17;
l_mut_107 = l_769;
}
const uint l_770 = l_630 * uint(33);
const uint l_771 = l_770 + l_631;
shared_memory_7[l_771] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_772 = l_3 + l_630;
const bool l_773 = l_772 < l_1;
const bool l_774 = l_632 < info.scalars_uint[2];
const bool l_775 = l_773 && l_774;
if (l_775) {
const uint l_776 = l_772 * info.scalars_uint[2];
const uint l_777 = l_776 + l_632;
const half l_778 = buffer_1[l_777];
const float l_779 = float(l_778);
l_mut_107 = l_779;
}
const uint l_780 = l_630 * uint(33);
const uint l_781 = l_780 + l_631;
shared_memory_8[l_781] = l_mut_107;
const uint l_782 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_783 = l_782 / uint(32);
const uint l_784 = l_782 % uint(32);
const uint l_785 = l_mut_10 + l_784;
l_mut_107 = float(0.0);
const uint l_786 = l_2 + l_783;
const bool l_787 = l_786 < info.scalars_uint[1];
const bool l_788 = l_785 < info.scalars_uint[2];
const bool l_789 = l_787 && l_788;
if (l_789) {
const uint l_790 = l_786 * l_6;
const uint l_791 = l_785 / uint(32);
const uint l_792 = l_790 + l_791;
const uint l_793 = l_785 % uint(32);
const uint l_794 = l_792 * uint(2);
const uint l_795 = uint(0) + l_794;
const uint l_796 = info.scalars_uint[0] * uint(2);
const uint l_797 = l_796 + uint(3);
const uint l_798 = l_797 / uint(4);
const uint l_799 = l_798 * uint(4);
const uint l_800 = uint(0) + l_799;
const uint l_801 = l_792 * uint(2);
const uint l_802 = l_800 + l_801;
const uint l_803 = info.scalars_uint[0] * uint(2);
const uint l_804 = l_803 + uint(3);
const uint l_805 = l_804 / uint(4);
const uint l_806 = l_805 * uint(4);
const uint l_807 = uint(0) + l_806;
const uint l_808 = info.scalars_uint[0] * uint(2);
const uint l_809 = l_808 + uint(3);
const uint l_810 = l_809 / uint(4);
const uint l_811 = l_810 * uint(4);
const uint l_812 = l_807 + l_811;
const uint l_813 = l_792 * uint(4);
const uint l_814 = l_812 + l_813;
const uint l_815 = info.scalars_uint[0] * uint(2);
const uint l_816 = l_815 + uint(3);
const uint l_817 = l_816 / uint(4);
const uint l_818 = l_817 * uint(4);
const uint l_819 = uint(0) + l_818;
const uint l_820 = info.scalars_uint[0] * uint(2);
const uint l_821 = l_820 + uint(3);
const uint l_822 = l_821 / uint(4);
const uint l_823 = l_822 * uint(4);
const uint l_824 = l_819 + l_823;
const uint l_825 = info.scalars_uint[0] * uint(4);
const uint l_826 = l_825 + uint(3);
const uint l_827 = l_826 / uint(4);
const uint l_828 = l_827 * uint(4);
const uint l_829 = l_824 + l_828;
const uint l_830 = l_792 * uint(16);
const uint l_831 = l_829 + l_830;
const uint l_832 = l_795 / uint(4);
const uint l_833 = buffer_0[l_832];
const uint l_834 = l_795 % uint(4);
const uint l_835 = l_834 * uint(8);
const uint l_836 = l_833 >> l_835;
const uint l_837 = l_836 & uint(65535);
const uint l_838 = l_837 & uint(32768);
const uint l_839 = l_838 << uint(16);
const uint l_840 = l_837 >> uint(10);
const uint l_841 = l_840 & uint(31);
const uint l_842 = l_837 & uint(1023);
const uint l_843 = l_841 + uint(112);
l_mut_76 = l_843;
const bool l_844 = l_841 == uint(31);
if (l_844) {
l_mut_76 = uint(255);
}
const uint l_845 = l_mut_76 << uint(23);
const uint l_846 = l_839 | l_845;
const uint l_847 = l_842 << uint(13);
const uint l_848 = l_846 | l_847;
const float l_849 = reinterpret_cast<thread float const&>(l_848);
l_mut_83 = l_849;
const bool l_850 = l_841 == uint(0);
if (l_850) {
const float l_851 = float(l_842);
const float l_852 = l_851 * float(5.960464477539063e-8);
const bool l_853 = l_839 == uint(0);
if (l_853) {
l_mut_83 = l_852;
} else {
const float l_854 = -l_852;
l_mut_83 = l_854;
}
}
const uint l_855 = l_802 / uint(4);
const uint l_856 = buffer_0[l_855];
const uint l_857 = l_802 % uint(4);
const uint l_858 = l_857 * uint(8);
const uint l_859 = l_856 >> l_858;
const uint l_860 = l_859 & uint(65535);
const uint l_861 = l_860 & uint(32768);
const uint l_862 = l_861 << uint(16);
const uint l_863 = l_860 >> uint(10);
const uint l_864 = l_863 & uint(31);
const uint l_865 = l_860 & uint(1023);
const uint l_866 = l_864 + uint(112);
l_mut_76 = l_866;
const bool l_867 = l_864 == uint(31);
if (l_867) {
l_mut_76 = uint(255);
}
const uint l_868 = l_mut_76 << uint(23);
const uint l_869 = l_862 | l_868;
const uint l_870 = l_865 << uint(13);
const uint l_871 = l_869 | l_870;
const float l_872 = reinterpret_cast<thread float const&>(l_871);
l_mut_17 = l_872;
const bool l_873 = l_864 == uint(0);
if (l_873) {
const float l_874 = float(l_865);
const float l_875 = l_874 * float(5.960464477539063e-8);
const bool l_876 = l_862 == uint(0);
if (l_876) {
l_mut_17 = l_875;
} else {
const float l_877 = -l_875;
l_mut_17 = l_877;
}
}
const int l_878 = int(l_793);
const uint l_879 = l_831 + uint(0);
const uint l_880 = uint(l_878);
const uint l_881 = l_880 / uint(32);
const uint l_882 = l_881 * uint(16);
const uint l_883 = l_879 + l_882;
const uint l_884 = l_880 % uint(16);
const uint l_885 = l_883 + l_884;
const uint l_886 = l_880 / uint(16);
const uint l_887 = l_886 % uint(2);
const uint l_888 = l_887 * uint(4);
const uint l_889 = l_885 / uint(4);
const uint l_890 = buffer_0[l_889];
const uint l_891 = l_885 % uint(4);
const uint l_892 = l_891 * uint(8);
const uint l_893 = l_892 + l_888;
const uint l_894 = l_890 >> l_893;
const uint l_895 = l_894 & uint(15);
const int l_896 = int(l_895);
const uint l_897 = l_814 + uint(0);
const uint l_898 = uint(l_878);
const uint l_899 = l_898 / uint(8);
const uint l_900 = l_899 * uint(1);
const uint l_901 = l_897 + l_900;
const uint l_902 = l_898 % uint(1);
const uint l_903 = l_901 + l_902;
const uint l_904 = l_898 / uint(1);
const uint l_905 = l_904 % uint(8);
const uint l_906 = l_905 * uint(1);
const uint l_907 = l_903 / uint(4);
const uint l_908 = buffer_0[l_907];
const uint l_909 = l_903 % uint(4);
const uint l_910 = l_909 * uint(8);
const uint l_911 = l_910 + l_906;
const uint l_912 = l_908 >> l_911;
const uint l_913 = l_912 & uint(1);
const int l_914 = int(l_913);
const uint l_915 = uint(l_914);
const uint l_916 = uint(int(4));
const uint l_917 = l_915 << l_916;
const int l_918 = int(l_917);
const int l_919 = l_896 | l_918;
const float l_920 = float(l_919);
const float l_921 = l_mut_83 * l_920;
const float l_922 = l_921 + l_mut_17;
l_mut_107 = l_922;
}
const uint l_923 = l_783 * uint(33);
const uint l_924 = l_923 + l_784;
shared_memory_7[l_924] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_925 = l_3 + l_783;
const bool l_926 = l_925 < l_1;
const bool l_927 = l_785 < info.scalars_uint[2];
const bool l_928 = l_926 && l_927;
if (l_928) {
const uint l_929 = l_925 * info.scalars_uint[2];
const uint l_930 = l_929 + l_785;
const half l_931 = buffer_1[l_930];
const float l_932 = float(l_931);
l_mut_107 = l_932;
}
const uint l_933 = l_783 * uint(33);
const uint l_934 = l_933 + l_784;
shared_memory_8[l_934] = l_mut_107;
const uint l_935 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_936 = l_935 / uint(32);
const uint l_937 = l_935 % uint(32);
const uint l_938 = l_mut_10 + l_937;
l_mut_107 = float(0.0);
const uint l_939 = l_2 + l_936;
const bool l_940 = l_939 < info.scalars_uint[1];
const bool l_941 = l_938 < info.scalars_uint[2];
const bool l_942 = l_940 && l_941;
if (l_942) {
const uint l_943 = l_939 * l_6;
const uint l_944 = l_938 / uint(32);
const uint l_945 = l_943 + l_944;
const uint l_946 = l_938 % uint(32);
const uint l_947 = l_945 * uint(2);
const uint l_948 = uint(0) + l_947;
const uint l_949 = info.scalars_uint[0] * uint(2);
const uint l_950 = l_949 + uint(3);
const uint l_951 = l_950 / uint(4);
const uint l_952 = l_951 * uint(4);
const uint l_953 = uint(0) + l_952;
const uint l_954 = l_945 * uint(2);
const uint l_955 = l_953 + l_954;
const uint l_956 = info.scalars_uint[0] * uint(2);
const uint l_957 = l_956 + uint(3);
const uint l_958 = l_957 / uint(4);
const uint l_959 = l_958 * uint(4);
const uint l_960 = uint(0) + l_959;
const uint l_961 = info.scalars_uint[0] * uint(2);
const uint l_962 = l_961 + uint(3);
const uint l_963 = l_962 / uint(4);
const uint l_964 = l_963 * uint(4);
const uint l_965 = l_960 + l_964;
const uint l_966 = l_945 * uint(4);
const uint l_967 = l_965 + l_966;
const uint l_968 = info.scalars_uint[0] * uint(2);
const uint l_969 = l_968 + uint(3);
const uint l_970 = l_969 / uint(4);
const uint l_971 = l_970 * uint(4);
const uint l_972 = uint(0) + l_971;
const uint l_973 = info.scalars_uint[0] * uint(2);
const uint l_974 = l_973 + uint(3);
const uint l_975 = l_974 / uint(4);
const uint l_976 = l_975 * uint(4);
const uint l_977 = l_972 + l_976;
const uint l_978 = info.scalars_uint[0] * uint(4);
const uint l_979 = l_978 + uint(3);
const uint l_980 = l_979 / uint(4);
const uint l_981 = l_980 * uint(4);
const uint l_982 = l_977 + l_981;
const uint l_983 = l_945 * uint(16);
const uint l_984 = l_982 + l_983;
const uint l_985 = l_948 / uint(4);
const uint l_986 = buffer_0[l_985];
const uint l_987 = l_948 % uint(4);
const uint l_988 = l_987 * uint(8);
const uint l_989 = l_986 >> l_988;
const uint l_990 = l_989 & uint(65535);
const uint l_991 = l_990 & uint(32768);
const uint l_992 = l_991 << uint(16);
const uint l_993 = l_990 >> uint(10);
const uint l_994 = l_993 & uint(31);
const uint l_995 = l_990 & uint(1023);
const uint l_996 = l_994 + uint(112);
l_mut_76 = l_996;
const bool l_997 = l_994 == uint(31);
if (l_997) {
l_mut_76 = uint(255);
}
const uint l_998 = l_mut_76 << uint(23);
const uint l_999 = l_992 | l_998;
const uint l_1000 = l_995 << uint(13);
const uint l_1001 = l_999 | l_1000;
const float l_1002 = reinterpret_cast<thread float const&>(l_1001);
l_mut_83 = l_1002;
const bool l_1003 = l_994 == uint(0);
if (l_1003) {
const float l_1004 = float(l_995);
const float l_1005 = l_1004 * float(5.960464477539063e-8);
const bool l_1006 = l_992 == uint(0);
if (l_1006) {
l_mut_83 = l_1005;
} else {
const float l_1007 = -l_1005;
l_mut_83 = l_1007;
}
}
const uint l_1008 = l_955 / uint(4);
const uint l_1009 = buffer_0[l_1008];
const uint l_1010 = l_955 % uint(4);
const uint l_1011 = l_1010 * uint(8);
const uint l_1012 = l_1009 >> l_1011;
const uint l_1013 = l_1012 & uint(65535);
const uint l_1014 = l_1013 & uint(32768);
const uint l_1015 = l_1014 << uint(16);
const uint l_1016 = l_1013 >> uint(10);
const uint l_1017 = l_1016 & uint(31);
const uint l_1018 = l_1013 & uint(1023);
const uint l_1019 = l_1017 + uint(112);
l_mut_76 = l_1019;
const bool l_1020 = l_1017 == uint(31);
if (l_1020) {
l_mut_76 = uint(255);
}
const uint l_1021 = l_mut_76 << uint(23);
const uint l_1022 = l_1015 | l_1021;
const uint l_1023 = l_1018 << uint(13);
const uint l_1024 = l_1022 | l_1023;
const float l_1025 = reinterpret_cast<thread float const&>(l_1024);
l_mut_17 = l_1025;
const bool l_1026 = l_1017 == uint(0);
if (l_1026) {
const float l_1027 = float(l_1018);
const float l_1028 = l_1027 * float(5.960464477539063e-8);
const bool l_1029 = l_1015 == uint(0);
if (l_1029) {
l_mut_17 = l_1028;
} else {
const float l_1030 = -l_1028;
l_mut_17 = l_1030;
}
}
const int l_1031 = int(l_946);
const uint l_1032 = l_984 + uint(0);
const uint l_1033 = uint(l_1031);
const uint l_1034 = l_1033 / uint(32);
const uint l_1035 = l_1034 * uint(16);
const uint l_1036 = l_1032 + l_1035;
const uint l_1037 = l_1033 % uint(16);
const uint l_1038 = l_1036 + l_1037;
const uint l_1039 = l_1033 / uint(16);
const uint l_1040 = l_1039 % uint(2);
const uint l_1041 = l_1040 * uint(4);
const uint l_1042 = l_1038 / uint(4);
const uint l_1043 = buffer_0[l_1042];
const uint l_1044 = l_1038 % uint(4);
const uint l_1045 = l_1044 * uint(8);
const uint l_1046 = l_1045 + l_1041;
const uint l_1047 = l_1043 >> l_1046;
const uint l_1048 = l_1047 & uint(15);
const int l_1049 = int(l_1048);
const uint l_1050 = l_967 + uint(0);
const uint l_1051 = uint(l_1031);
const uint l_1052 = l_1051 / uint(8);
const uint l_1053 = l_1052 * uint(1);
const uint l_1054 = l_1050 + l_1053;
const uint l_1055 = l_1051 % uint(1);
const uint l_1056 = l_1054 + l_1055;
const uint l_1057 = l_1051 / uint(1);
const uint l_1058 = l_1057 % uint(8);
const uint l_1059 = l_1058 * uint(1);
const uint l_1060 = l_1056 / uint(4);
const uint l_1061 = buffer_0[l_1060];
const uint l_1062 = l_1056 % uint(4);
const uint l_1063 = l_1062 * uint(8);
const uint l_1064 = l_1063 + l_1059;
const uint l_1065 = l_1061 >> l_1064;
const uint l_1066 = l_1065 & uint(1);
const int l_1067 = int(l_1066);
const uint l_1068 = uint(l_1067);
const uint l_1069 = uint(int(4));
const uint l_1070 = l_1068 << l_1069;
const int l_1071 = int(l_1070);
const int l_1072 = l_1049 | l_1071;
const float l_1073 = float(l_1072);
const float l_1074 = l_mut_83 * l_1073;
const float l_1075 = l_1074 + l_mut_17;
l_mut_107 = l_1075;
}
const uint l_1076 = l_936 * uint(33);
const uint l_1077 = l_1076 + l_937;
shared_memory_7[l_1077] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_1078 = l_3 + l_936;
const bool l_1079 = l_1078 < l_1;
const bool l_1080 = l_938 < info.scalars_uint[2];
const bool l_1081 = l_1079 && l_1080;
if (l_1081) {
const uint l_1082 = l_1078 * info.scalars_uint[2];
const uint l_1083 = l_1082 + l_938;
const half l_1084 = buffer_1[l_1083];
const float l_1085 = float(l_1084);
l_mut_107 = l_1085;
}
const uint l_1086 = l_936 * uint(33);
const uint l_1087 = l_1086 + l_937;
shared_memory_8[l_1087] = l_mut_107;
const uint l_1088 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_1089 = l_1088 / uint(32);
const uint l_1090 = l_1088 % uint(32);
const uint l_1091 = l_mut_10 + l_1090;
l_mut_107 = float(0.0);
const uint l_1092 = l_2 + l_1089;
const bool l_1093 = l_1092 < info.scalars_uint[1];
const bool l_1094 = l_1091 < info.scalars_uint[2];
const bool l_1095 = l_1093 && l_1094;
if (l_1095) {
const uint l_1096 = l_1092 * l_6;
const uint l_1097 = l_1091 / uint(32);
const uint l_1098 = l_1096 + l_1097;
const uint l_1099 = l_1091 % uint(32);
const uint l_1100 = l_1098 * uint(2);
const uint l_1101 = uint(0) + l_1100;
const uint l_1102 = info.scalars_uint[0] * uint(2);
const uint l_1103 = l_1102 + uint(3);
const uint l_1104 = l_1103 / uint(4);
const uint l_1105 = l_1104 * uint(4);
const uint l_1106 = uint(0) + l_1105;
const uint l_1107 = l_1098 * uint(2);
const uint l_1108 = l_1106 + l_1107;
const uint l_1109 = info.scalars_uint[0] * uint(2);
const uint l_1110 = l_1109 + uint(3);
const uint l_1111 = l_1110 / uint(4);
const uint l_1112 = l_1111 * uint(4);
const uint l_1113 = uint(0) + l_1112;
const uint l_1114 = info.scalars_uint[0] * uint(2);
const uint l_1115 = l_1114 + uint(3);
const uint l_1116 = l_1115 / uint(4);
const uint l_1117 = l_1116 * uint(4);
const uint l_1118 = l_1113 + l_1117;
const uint l_1119 = l_1098 * uint(4);
const uint l_1120 = l_1118 + l_1119;
const uint l_1121 = info.scalars_uint[0] * uint(2);
const uint l_1122 = l_1121 + uint(3);
const uint l_1123 = l_1122 / uint(4);
const uint l_1124 = l_1123 * uint(4);
const uint l_1125 = uint(0) + l_1124;
const uint l_1126 = info.scalars_uint[0] * uint(2);
const uint l_1127 = l_1126 + uint(3);
const uint l_1128 = l_1127 / uint(4);
const uint l_1129 = l_1128 * uint(4);
const uint l_1130 = l_1125 + l_1129;
const uint l_1131 = info.scalars_uint[0] * uint(4);
const uint l_1132 = l_1131 + uint(3);
const uint l_1133 = l_1132 / uint(4);
const uint l_1134 = l_1133 * uint(4);
const uint l_1135 = l_1130 + l_1134;
const uint l_1136 = l_1098 * uint(16);
const uint l_1137 = l_1135 + l_1136;
const uint l_1138 = l_1101 / uint(4);
const uint l_1139 = buffer_0[l_1138];
const uint l_1140 = l_1101 % uint(4);
const uint l_1141 = l_1140 * uint(8);
const uint l_1142 = l_1139 >> l_1141;
const uint l_1143 = l_1142 & uint(65535);
const uint l_1144 = l_1143 & uint(32768);
const uint l_1145 = l_1144 << uint(16);
const uint l_1146 = l_1143 >> uint(10);
const uint l_1147 = l_1146 & uint(31);
const uint l_1148 = l_1143 & uint(1023);
const uint l_1149 = l_1147 + uint(112);
l_mut_76 = l_1149;
const bool l_1150 = l_1147 == uint(31);
if (l_1150) {
l_mut_76 = uint(255);
}
const uint l_1151 = l_mut_76 << uint(23);
const uint l_1152 = l_1145 | l_1151;
const uint l_1153 = l_1148 << uint(13);
const uint l_1154 = l_1152 | l_1153;
const float l_1155 = reinterpret_cast<thread float const&>(l_1154);
l_mut_83 = l_1155;
const bool l_1156 = l_1147 == uint(0);
if (l_1156) {
const float l_1157 = float(l_1148);
const float l_1158 = l_1157 * float(5.960464477539063e-8);
const bool l_1159 = l_1145 == uint(0);
if (l_1159) {
l_mut_83 = l_1158;
} else {
const float l_1160 = -l_1158;
l_mut_83 = l_1160;
}
}
const uint l_1161 = l_1108 / uint(4);
const uint l_1162 = buffer_0[l_1161];
const uint l_1163 = l_1108 % uint(4);
const uint l_1164 = l_1163 * uint(8);
const uint l_1165 = l_1162 >> l_1164;
const uint l_1166 = l_1165 & uint(65535);
const uint l_1167 = l_1166 & uint(32768);
const uint l_1168 = l_1167 << uint(16);
const uint l_1169 = l_1166 >> uint(10);
const uint l_1170 = l_1169 & uint(31);
const uint l_1171 = l_1166 & uint(1023);
const uint l_1172 = l_1170 + uint(112);
l_mut_76 = l_1172;
const bool l_1173 = l_1170 == uint(31);
if (l_1173) {
l_mut_76 = uint(255);
}
const uint l_1174 = l_mut_76 << uint(23);
const uint l_1175 = l_1168 | l_1174;
const uint l_1176 = l_1171 << uint(13);
const uint l_1177 = l_1175 | l_1176;
const float l_1178 = reinterpret_cast<thread float const&>(l_1177);
l_mut_17 = l_1178;
const bool l_1179 = l_1170 == uint(0);
if (l_1179) {
const float l_1180 = float(l_1171);
const float l_1181 = l_1180 * float(5.960464477539063e-8);
const bool l_1182 = l_1168 == uint(0);
if (l_1182) {
l_mut_17 = l_1181;
} else {
const float l_1183 = -l_1181;
l_mut_17 = l_1183;
}
}
const int l_1184 = int(l_1099);
const uint l_1185 = l_1137 + uint(0);
const uint l_1186 = uint(l_1184);
const uint l_1187 = l_1186 / uint(32);
const uint l_1188 = l_1187 * uint(16);
const uint l_1189 = l_1185 + l_1188;
const uint l_1190 = l_1186 % uint(16);
const uint l_1191 = l_1189 + l_1190;
const uint l_1192 = l_1186 / uint(16);
const uint l_1193 = l_1192 % uint(2);
const uint l_1194 = l_1193 * uint(4);
const uint l_1195 = l_1191 / uint(4);
const uint l_1196 = buffer_0[l_1195];
const uint l_1197 = l_1191 % uint(4);
const uint l_1198 = l_1197 * uint(8);
const uint l_1199 = l_1198 + l_1194;
const uint l_1200 = l_1196 >> l_1199;
const uint l_1201 = l_1200 & uint(15);
const int l_1202 = int(l_1201);
const uint l_1203 = l_1120 + uint(0);
const uint l_1204 = uint(l_1184);
const uint l_1205 = l_1204 / uint(8);
const uint l_1206 = l_1205 * uint(1);
const uint l_1207 = l_1203 + l_1206;
const uint l_1208 = l_1204 % uint(1);
const uint l_1209 = l_1207 + l_1208;
const uint l_1210 = l_1204 / uint(1);
const uint l_1211 = l_1210 % uint(8);
const uint l_1212 = l_1211 * uint(1);
const uint l_1213 = l_1209 / uint(4);
const uint l_1214 = buffer_0[l_1213];
const uint l_1215 = l_1209 % uint(4);
const uint l_1216 = l_1215 * uint(8);
const uint l_1217 = l_1216 + l_1212;
const uint l_1218 = l_1214 >> l_1217;
const uint l_1219 = l_1218 & uint(1);
const int l_1220 = int(l_1219);
const uint l_1221 = uint(l_1220);
const uint l_1222 = uint(int(4));
const uint l_1223 = l_1221 << l_1222;
const int l_1224 = int(l_1223);
const int l_1225 = l_1202 | l_1224;
const float l_1226 = float(l_1225);
const float l_1227 = l_mut_83 * l_1226;
const float l_1228 = l_1227 + l_mut_17;
l_mut_107 = l_1228;
}
const uint l_1229 = l_1089 * uint(33);
const uint l_1230 = l_1229 + l_1090;
shared_memory_7[l_1230] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_1231 = l_3 + l_1089;
const bool l_1232 = l_1231 < l_1;
const bool l_1233 = l_1091 < info.scalars_uint[2];
const bool l_1234 = l_1232 && l_1233;
if (l_1234) {
const uint l_1235 = l_1231 * info.scalars_uint[2];
const uint l_1236 = l_1235 + l_1091;
const half l_1237 = buffer_1[l_1236];
const float l_1238 = float(l_1237);
l_mut_107 = l_1238;
}
const uint l_1239 = l_1089 * uint(33);
const uint l_1240 = l_1239 + l_1090;
shared_memory_8[l_1240] = l_mut_107;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_1241 = uint(0); l_mut_1241 < uint(32); ++l_mut_1241) {
const uint l_1244 = l_4 + uint(0);
const uint l_1245 = l_1244 * uint(33);
const uint l_1246 = l_1245 + l_mut_1241;
const float l_1247 = shared_memory_8[l_1246];
l_arr_1242[uint(0)] = l_1247;
const uint l_1248 = l_5 + uint(0);
const uint l_1249 = l_1248 * uint(33);
const uint l_1250 = l_1249 + l_mut_1241;
const float l_1251 = shared_memory_7[l_1250];
l_arr_1243[uint(0)] = l_1251;
const uint l_1252 = l_4 + uint(16);
const uint l_1253 = l_1252 * uint(33);
const uint l_1254 = l_1253 + l_mut_1241;
const float l_1255 = shared_memory_8[l_1254];
l_arr_1242[uint(1)] = l_1255;
const uint l_1256 = l_5 + uint(16);
const uint l_1257 = l_1256 * uint(33);
const uint l_1258 = l_1257 + l_mut_1241;
const float l_1259 = shared_memory_7[l_1258];
l_arr_1243[uint(1)] = l_1259;
const uint l_1260 = l_4 + uint(32);
const uint l_1261 = l_1260 * uint(33);
const uint l_1262 = l_1261 + l_mut_1241;
const float l_1263 = shared_memory_8[l_1262];
l_arr_1242[uint(2)] = l_1263;
const uint l_1264 = l_5 + uint(32);
const uint l_1265 = l_1264 * uint(33);
const uint l_1266 = l_1265 + l_mut_1241;
const float l_1267 = shared_memory_7[l_1266];
l_arr_1243[uint(2)] = l_1267;
const uint l_1268 = l_4 + uint(48);
const uint l_1269 = l_1268 * uint(33);
const uint l_1270 = l_1269 + l_mut_1241;
const float l_1271 = shared_memory_8[l_1270];
l_arr_1242[uint(3)] = l_1271;
const uint l_1272 = l_5 + uint(48);
const uint l_1273 = l_1272 * uint(33);
const uint l_1274 = l_1273 + l_mut_1241;
const float l_1275 = shared_memory_7[l_1274];
l_arr_1243[uint(3)] = l_1275;
const float l_1276 = l_arr_1242[uint(0)];
const float l_1277 = l_arr_1243[uint(0)];
const float l_1278 = l_1276 * l_1277;
const float l_1279 = l_arr_9[uint(0)];
const float l_1280 = l_1279 + l_1278;
l_arr_9[uint(0)] = l_1280;
const float l_1281 = l_arr_1242[uint(0)];
const float l_1282 = l_arr_1243[uint(1)];
const float l_1283 = l_1281 * l_1282;
const float l_1284 = l_arr_9[uint(1)];
const float l_1285 = l_1284 + l_1283;
l_arr_9[uint(1)] = l_1285;
const float l_1286 = l_arr_1242[uint(0)];
const float l_1287 = l_arr_1243[uint(2)];
const float l_1288 = l_1286 * l_1287;
const float l_1289 = l_arr_9[uint(2)];
const float l_1290 = l_1289 + l_1288;
l_arr_9[uint(2)] = l_1290;
const float l_1291 = l_arr_1242[uint(0)];
const float l_1292 = l_arr_1243[uint(3)];
const float l_1293 = l_1291 * l_1292;
const float l_1294 = l_arr_9[uint(3)];
const float l_1295 = l_1294 + l_1293;
l_arr_9[uint(3)] = l_1295;
const float l_1296 = l_arr_1242[uint(1)];
const float l_1297 = l_arr_1243[uint(0)];
const float l_1298 = l_1296 * l_1297;
const float l_1299 = l_arr_9[uint(4)];
const float l_1300 = l_1299 + l_1298;
l_arr_9[uint(4)] = l_1300;
const float l_1301 = l_arr_1242[uint(1)];
const float l_1302 = l_arr_1243[uint(1)];
const float l_1303 = l_1301 * l_1302;
const float l_1304 = l_arr_9[uint(5)];
const float l_1305 = l_1304 + l_1303;
l_arr_9[uint(5)] = l_1305;
const float l_1306 = l_arr_1242[uint(1)];
const float l_1307 = l_arr_1243[uint(2)];
const float l_1308 = l_1306 * l_1307;
const float l_1309 = l_arr_9[uint(6)];
const float l_1310 = l_1309 + l_1308;
l_arr_9[uint(6)] = l_1310;
const float l_1311 = l_arr_1242[uint(1)];
const float l_1312 = l_arr_1243[uint(3)];
const float l_1313 = l_1311 * l_1312;
const float l_1314 = l_arr_9[uint(7)];
const float l_1315 = l_1314 + l_1313;
l_arr_9[uint(7)] = l_1315;
const float l_1316 = l_arr_1242[uint(2)];
const float l_1317 = l_arr_1243[uint(0)];
const float l_1318 = l_1316 * l_1317;
const float l_1319 = l_arr_9[uint(8)];
const float l_1320 = l_1319 + l_1318;
l_arr_9[uint(8)] = l_1320;
const float l_1321 = l_arr_1242[uint(2)];
const float l_1322 = l_arr_1243[uint(1)];
const float l_1323 = l_1321 * l_1322;
const float l_1324 = l_arr_9[uint(9)];
const float l_1325 = l_1324 + l_1323;
l_arr_9[uint(9)] = l_1325;
const float l_1326 = l_arr_1242[uint(2)];
const float l_1327 = l_arr_1243[uint(2)];
const float l_1328 = l_1326 * l_1327;
const float l_1329 = l_arr_9[uint(10)];
const float l_1330 = l_1329 + l_1328;
l_arr_9[uint(10)] = l_1330;
const float l_1331 = l_arr_1242[uint(2)];
const float l_1332 = l_arr_1243[uint(3)];
const float l_1333 = l_1331 * l_1332;
const float l_1334 = l_arr_9[uint(11)];
const float l_1335 = l_1334 + l_1333;
l_arr_9[uint(11)] = l_1335;
const float l_1336 = l_arr_1242[uint(3)];
const float l_1337 = l_arr_1243[uint(0)];
const float l_1338 = l_1336 * l_1337;
const float l_1339 = l_arr_9[uint(12)];
const float l_1340 = l_1339 + l_1338;
l_arr_9[uint(12)] = l_1340;
const float l_1341 = l_arr_1242[uint(3)];
const float l_1342 = l_arr_1243[uint(1)];
const float l_1343 = l_1341 * l_1342;
const float l_1344 = l_arr_9[uint(13)];
const float l_1345 = l_1344 + l_1343;
l_arr_9[uint(13)] = l_1345;
const float l_1346 = l_arr_1242[uint(3)];
const float l_1347 = l_arr_1243[uint(2)];
const float l_1348 = l_1346 * l_1347;
const float l_1349 = l_arr_9[uint(14)];
const float l_1350 = l_1349 + l_1348;
l_arr_9[uint(14)] = l_1350;
const float l_1351 = l_arr_1242[uint(3)];
const float l_1352 = l_arr_1243[uint(3)];
const float l_1353 = l_1351 * l_1352;
const float l_1354 = l_arr_9[uint(15)];
const float l_1355 = l_1354 + l_1353;
l_arr_9[uint(15)] = l_1355;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_1356 = l_3 + l_4;
const uint l_1357 = l_1356 + uint(0);
const uint l_1358 = l_2 + l_5;
const uint l_1359 = l_1358 + uint(0);
const bool l_1360 = l_1357 < l_1;
const bool l_1361 = l_1359 < info.scalars_uint[1];
const bool l_1362 = l_1360 && l_1361;
if (l_1362) {
const uint l_1363 = l_1357 * info.scalars_uint[1];
const uint l_1364 = l_1363 + l_1359;
const float l_1365 = l_arr_9[uint(0)];
const half l_1366 = half(l_1365);
buffer_2[l_1364] = l_1366;
}
const uint l_1367 = l_3 + l_4;
const uint l_1368 = l_1367 + uint(0);
const uint l_1369 = l_2 + l_5;
const uint l_1370 = l_1369 + uint(16);
const bool l_1371 = l_1368 < l_1;
const bool l_1372 = l_1370 < info.scalars_uint[1];
const bool l_1373 = l_1371 && l_1372;
if (l_1373) {
const uint l_1374 = l_1368 * info.scalars_uint[1];
const uint l_1375 = l_1374 + l_1370;
const float l_1376 = l_arr_9[uint(1)];
const half l_1377 = half(l_1376);
buffer_2[l_1375] = l_1377;
}
const uint l_1378 = l_3 + l_4;
const uint l_1379 = l_1378 + uint(0);
const uint l_1380 = l_2 + l_5;
const uint l_1381 = l_1380 + uint(32);
const bool l_1382 = l_1379 < l_1;
const bool l_1383 = l_1381 < info.scalars_uint[1];
const bool l_1384 = l_1382 && l_1383;
if (l_1384) {
const uint l_1385 = l_1379 * info.scalars_uint[1];
const uint l_1386 = l_1385 + l_1381;
const float l_1387 = l_arr_9[uint(2)];
const half l_1388 = half(l_1387);
buffer_2[l_1386] = l_1388;
}
const uint l_1389 = l_3 + l_4;
const uint l_1390 = l_1389 + uint(0);
const uint l_1391 = l_2 + l_5;
const uint l_1392 = l_1391 + uint(48);
const bool l_1393 = l_1390 < l_1;
const bool l_1394 = l_1392 < info.scalars_uint[1];
const bool l_1395 = l_1393 && l_1394;
if (l_1395) {
const uint l_1396 = l_1390 * info.scalars_uint[1];
const uint l_1397 = l_1396 + l_1392;
const float l_1398 = l_arr_9[uint(3)];
const half l_1399 = half(l_1398);
buffer_2[l_1397] = l_1399;
}
const uint l_1400 = l_3 + l_4;
const uint l_1401 = l_1400 + uint(16);
const uint l_1402 = l_2 + l_5;
const uint l_1403 = l_1402 + uint(0);
const bool l_1404 = l_1401 < l_1;
const bool l_1405 = l_1403 < info.scalars_uint[1];
const bool l_1406 = l_1404 && l_1405;
if (l_1406) {
const uint l_1407 = l_1401 * info.scalars_uint[1];
const uint l_1408 = l_1407 + l_1403;
const float l_1409 = l_arr_9[uint(4)];
const half l_1410 = half(l_1409);
buffer_2[l_1408] = l_1410;
}
const uint l_1411 = l_3 + l_4;
const uint l_1412 = l_1411 + uint(16);
const uint l_1413 = l_2 + l_5;
const uint l_1414 = l_1413 + uint(16);
const bool l_1415 = l_1412 < l_1;
const bool l_1416 = l_1414 < info.scalars_uint[1];
const bool l_1417 = l_1415 && l_1416;
if (l_1417) {
const uint l_1418 = l_1412 * info.scalars_uint[1];
const uint l_1419 = l_1418 + l_1414;
const float l_1420 = l_arr_9[uint(5)];
const half l_1421 = half(l_1420);
buffer_2[l_1419] = l_1421;
}
const uint l_1422 = l_3 + l_4;
const uint l_1423 = l_1422 + uint(16);
const uint l_1424 = l_2 + l_5;
const uint l_1425 = l_1424 + uint(32);
const bool l_1426 = l_1423 < l_1;
const bool l_1427 = l_1425 < info.scalars_uint[1];
const bool l_1428 = l_1426 && l_1427;
if (l_1428) {
const uint l_1429 = l_1423 * info.scalars_uint[1];
const uint l_1430 = l_1429 + l_1425;
const float l_1431 = l_arr_9[uint(6)];
const half l_1432 = half(l_1431);
buffer_2[l_1430] = l_1432;
}
const uint l_1433 = l_3 + l_4;
const uint l_1434 = l_1433 + uint(16);
const uint l_1435 = l_2 + l_5;
const uint l_1436 = l_1435 + uint(48);
const bool l_1437 = l_1434 < l_1;
const bool l_1438 = l_1436 < info.scalars_uint[1];
const bool l_1439 = l_1437 && l_1438;
if (l_1439) {
const uint l_1440 = l_1434 * info.scalars_uint[1];
const uint l_1441 = l_1440 + l_1436;
const float l_1442 = l_arr_9[uint(7)];
const half l_1443 = half(l_1442);
buffer_2[l_1441] = l_1443;
}
const uint l_1444 = l_3 + l_4;
const uint l_1445 = l_1444 + uint(32);
const uint l_1446 = l_2 + l_5;
const uint l_1447 = l_1446 + uint(0);
const bool l_1448 = l_1445 < l_1;
const bool l_1449 = l_1447 < info.scalars_uint[1];
const bool l_1450 = l_1448 && l_1449;
if (l_1450) {
const uint l_1451 = l_1445 * info.scalars_uint[1];
const uint l_1452 = l_1451 + l_1447;
const float l_1453 = l_arr_9[uint(8)];
const half l_1454 = half(l_1453);
buffer_2[l_1452] = l_1454;
}
const uint l_1455 = l_3 + l_4;
const uint l_1456 = l_1455 + uint(32);
const uint l_1457 = l_2 + l_5;
const uint l_1458 = l_1457 + uint(16);
const bool l_1459 = l_1456 < l_1;
const bool l_1460 = l_1458 < info.scalars_uint[1];
const bool l_1461 = l_1459 && l_1460;
if (l_1461) {
const uint l_1462 = l_1456 * info.scalars_uint[1];
const uint l_1463 = l_1462 + l_1458;
const float l_1464 = l_arr_9[uint(9)];
const half l_1465 = half(l_1464);
buffer_2[l_1463] = l_1465;
}
const uint l_1466 = l_3 + l_4;
const uint l_1467 = l_1466 + uint(32);
const uint l_1468 = l_2 + l_5;
const uint l_1469 = l_1468 + uint(32);
const bool l_1470 = l_1467 < l_1;
const bool l_1471 = l_1469 < info.scalars_uint[1];
const bool l_1472 = l_1470 && l_1471;
if (l_1472) {
const uint l_1473 = l_1467 * info.scalars_uint[1];
const uint l_1474 = l_1473 + l_1469;
const float l_1475 = l_arr_9[uint(10)];
const half l_1476 = half(l_1475);
buffer_2[l_1474] = l_1476;
}
const uint l_1477 = l_3 + l_4;
const uint l_1478 = l_1477 + uint(32);
const uint l_1479 = l_2 + l_5;
const uint l_1480 = l_1479 + uint(48);
const bool l_1481 = l_1478 < l_1;
const bool l_1482 = l_1480 < info.scalars_uint[1];
const bool l_1483 = l_1481 && l_1482;
if (l_1483) {
const uint l_1484 = l_1478 * info.scalars_uint[1];
const uint l_1485 = l_1484 + l_1480;
const float l_1486 = l_arr_9[uint(11)];
const half l_1487 = half(l_1486);
buffer_2[l_1485] = l_1487;
}
const uint l_1488 = l_3 + l_4;
const uint l_1489 = l_1488 + uint(48);
const uint l_1490 = l_2 + l_5;
const uint l_1491 = l_1490 + uint(0);
const bool l_1492 = l_1489 < l_1;
const bool l_1493 = l_1491 < info.scalars_uint[1];
const bool l_1494 = l_1492 && l_1493;
if (l_1494) {
const uint l_1495 = l_1489 * info.scalars_uint[1];
const uint l_1496 = l_1495 + l_1491;
const float l_1497 = l_arr_9[uint(12)];
const half l_1498 = half(l_1497);
buffer_2[l_1496] = l_1498;
}
const uint l_1499 = l_3 + l_4;
const uint l_1500 = l_1499 + uint(48);
const uint l_1501 = l_2 + l_5;
const uint l_1502 = l_1501 + uint(16);
const bool l_1503 = l_1500 < l_1;
const bool l_1504 = l_1502 < info.scalars_uint[1];
const bool l_1505 = l_1503 && l_1504;
if (l_1505) {
const uint l_1506 = l_1500 * info.scalars_uint[1];
const uint l_1507 = l_1506 + l_1502;
const float l_1508 = l_arr_9[uint(13)];
const half l_1509 = half(l_1508);
buffer_2[l_1507] = l_1509;
}
const uint l_1510 = l_3 + l_4;
const uint l_1511 = l_1510 + uint(48);
const uint l_1512 = l_2 + l_5;
const uint l_1513 = l_1512 + uint(32);
const bool l_1514 = l_1511 < l_1;
const bool l_1515 = l_1513 < info.scalars_uint[1];
const bool l_1516 = l_1514 && l_1515;
if (l_1516) {
const uint l_1517 = l_1511 * info.scalars_uint[1];
const uint l_1518 = l_1517 + l_1513;
const float l_1519 = l_arr_9[uint(14)];
const half l_1520 = half(l_1519);
buffer_2[l_1518] = l_1520;
}
const uint l_1521 = l_3 + l_4;
const uint l_1522 = l_1521 + uint(48);
const uint l_1523 = l_2 + l_5;
const uint l_1524 = l_1523 + uint(48);
const bool l_1525 = l_1522 < l_1;
const bool l_1526 = l_1524 < info.scalars_uint[1];
const bool l_1527 = l_1525 && l_1526;
if (l_1527) {
const uint l_1528 = l_1522 * info.scalars_uint[1];
const uint l_1529 = l_1528 + l_1524;
const float l_1530 = l_arr_9[uint(15)];
const half l_1531 = half(l_1530);
buffer_2[l_1529] = l_1531;
}

}
