
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

float l_arr_1234[4];

float l_arr_1235[4];

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
const float l_166 = buffer_1[l_165];
l_mut_107 = l_166;
}
const uint l_167 = l_14 * uint(33);
const uint l_168 = l_167 + l_15;
shared_memory_8[l_168] = l_mut_107;
const uint l_169 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_170 = l_169 / uint(32);
const uint l_171 = l_169 % uint(32);
const uint l_172 = l_mut_10 + l_171;
l_mut_107 = float(0.0);
const uint l_173 = l_2 + l_170;
const bool l_174 = l_173 < info.scalars_uint[1];
const bool l_175 = l_172 < info.scalars_uint[2];
const bool l_176 = l_174 && l_175;
if (l_176) {
const uint l_177 = l_173 * l_6;
const uint l_178 = l_172 / uint(32);
const uint l_179 = l_177 + l_178;
const uint l_180 = l_172 % uint(32);
const uint l_181 = l_179 * uint(2);
const uint l_182 = uint(0) + l_181;
const uint l_183 = info.scalars_uint[0] * uint(2);
const uint l_184 = l_183 + uint(3);
const uint l_185 = l_184 / uint(4);
const uint l_186 = l_185 * uint(4);
const uint l_187 = uint(0) + l_186;
const uint l_188 = l_179 * uint(2);
const uint l_189 = l_187 + l_188;
const uint l_190 = info.scalars_uint[0] * uint(2);
const uint l_191 = l_190 + uint(3);
const uint l_192 = l_191 / uint(4);
const uint l_193 = l_192 * uint(4);
const uint l_194 = uint(0) + l_193;
const uint l_195 = info.scalars_uint[0] * uint(2);
const uint l_196 = l_195 + uint(3);
const uint l_197 = l_196 / uint(4);
const uint l_198 = l_197 * uint(4);
const uint l_199 = l_194 + l_198;
const uint l_200 = l_179 * uint(4);
const uint l_201 = l_199 + l_200;
const uint l_202 = info.scalars_uint[0] * uint(2);
const uint l_203 = l_202 + uint(3);
const uint l_204 = l_203 / uint(4);
const uint l_205 = l_204 * uint(4);
const uint l_206 = uint(0) + l_205;
const uint l_207 = info.scalars_uint[0] * uint(2);
const uint l_208 = l_207 + uint(3);
const uint l_209 = l_208 / uint(4);
const uint l_210 = l_209 * uint(4);
const uint l_211 = l_206 + l_210;
const uint l_212 = info.scalars_uint[0] * uint(4);
const uint l_213 = l_212 + uint(3);
const uint l_214 = l_213 / uint(4);
const uint l_215 = l_214 * uint(4);
const uint l_216 = l_211 + l_215;
const uint l_217 = l_179 * uint(16);
const uint l_218 = l_216 + l_217;
const uint l_219 = l_182 / uint(4);
const uint l_220 = buffer_0[l_219];
const uint l_221 = l_182 % uint(4);
const uint l_222 = l_221 * uint(8);
const uint l_223 = l_220 >> l_222;
const uint l_224 = l_223 & uint(65535);
const uint l_225 = l_224 & uint(32768);
const uint l_226 = l_225 << uint(16);
const uint l_227 = l_224 >> uint(10);
const uint l_228 = l_227 & uint(31);
const uint l_229 = l_224 & uint(1023);
const uint l_230 = l_228 + uint(112);
l_mut_76 = l_230;
const bool l_231 = l_228 == uint(31);
if (l_231) {
l_mut_76 = uint(255);
}
const uint l_232 = l_mut_76 << uint(23);
const uint l_233 = l_226 | l_232;
const uint l_234 = l_229 << uint(13);
const uint l_235 = l_233 | l_234;
const float l_236 = reinterpret_cast<thread float const&>(l_235);
l_mut_83 = l_236;
const bool l_237 = l_228 == uint(0);
if (l_237) {
const float l_238 = float(l_229);
const float l_239 = l_238 * float(5.960464477539063e-8);
const bool l_240 = l_226 == uint(0);
if (l_240) {
l_mut_83 = l_239;
} else {
const float l_241 = -l_239;
l_mut_83 = l_241;
}
}
const uint l_242 = l_189 / uint(4);
const uint l_243 = buffer_0[l_242];
const uint l_244 = l_189 % uint(4);
const uint l_245 = l_244 * uint(8);
const uint l_246 = l_243 >> l_245;
const uint l_247 = l_246 & uint(65535);
const uint l_248 = l_247 & uint(32768);
const uint l_249 = l_248 << uint(16);
const uint l_250 = l_247 >> uint(10);
const uint l_251 = l_250 & uint(31);
const uint l_252 = l_247 & uint(1023);
const uint l_253 = l_251 + uint(112);
l_mut_76 = l_253;
const bool l_254 = l_251 == uint(31);
if (l_254) {
l_mut_76 = uint(255);
}
const uint l_255 = l_mut_76 << uint(23);
const uint l_256 = l_249 | l_255;
const uint l_257 = l_252 << uint(13);
const uint l_258 = l_256 | l_257;
const float l_259 = reinterpret_cast<thread float const&>(l_258);
l_mut_17 = l_259;
const bool l_260 = l_251 == uint(0);
if (l_260) {
const float l_261 = float(l_252);
const float l_262 = l_261 * float(5.960464477539063e-8);
const bool l_263 = l_249 == uint(0);
if (l_263) {
l_mut_17 = l_262;
} else {
const float l_264 = -l_262;
l_mut_17 = l_264;
}
}
const int l_265 = int(l_180);
const uint l_266 = l_218 + uint(0);
const uint l_267 = uint(l_265);
const uint l_268 = l_267 / uint(32);
const uint l_269 = l_268 * uint(16);
const uint l_270 = l_266 + l_269;
const uint l_271 = l_267 % uint(16);
const uint l_272 = l_270 + l_271;
const uint l_273 = l_267 / uint(16);
const uint l_274 = l_273 % uint(2);
const uint l_275 = l_274 * uint(4);
const uint l_276 = l_272 / uint(4);
const uint l_277 = buffer_0[l_276];
const uint l_278 = l_272 % uint(4);
const uint l_279 = l_278 * uint(8);
const uint l_280 = l_279 + l_275;
const uint l_281 = l_277 >> l_280;
const uint l_282 = l_281 & uint(15);
const int l_283 = int(l_282);
const uint l_284 = l_201 + uint(0);
const uint l_285 = uint(l_265);
const uint l_286 = l_285 / uint(8);
const uint l_287 = l_286 * uint(1);
const uint l_288 = l_284 + l_287;
const uint l_289 = l_285 % uint(1);
const uint l_290 = l_288 + l_289;
const uint l_291 = l_285 / uint(1);
const uint l_292 = l_291 % uint(8);
const uint l_293 = l_292 * uint(1);
const uint l_294 = l_290 / uint(4);
const uint l_295 = buffer_0[l_294];
const uint l_296 = l_290 % uint(4);
const uint l_297 = l_296 * uint(8);
const uint l_298 = l_297 + l_293;
const uint l_299 = l_295 >> l_298;
const uint l_300 = l_299 & uint(1);
const int l_301 = int(l_300);
const uint l_302 = uint(l_301);
const uint l_303 = uint(int(4));
const uint l_304 = l_302 << l_303;
const int l_305 = int(l_304);
const int l_306 = l_283 | l_305;
const float l_307 = float(l_306);
const float l_308 = l_mut_83 * l_307;
const float l_309 = l_308 + l_mut_17;
l_mut_107 = l_309;
}
const uint l_310 = l_170 * uint(33);
const uint l_311 = l_310 + l_171;
shared_memory_7[l_311] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_312 = l_3 + l_170;
const bool l_313 = l_312 < l_1;
const bool l_314 = l_172 < info.scalars_uint[2];
const bool l_315 = l_313 && l_314;
if (l_315) {
const uint l_316 = l_312 * info.scalars_uint[2];
const uint l_317 = l_316 + l_172;
const float l_318 = buffer_1[l_317];
l_mut_107 = l_318;
}
const uint l_319 = l_170 * uint(33);
const uint l_320 = l_319 + l_171;
shared_memory_8[l_320] = l_mut_107;
const uint l_321 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_322 = l_321 / uint(32);
const uint l_323 = l_321 % uint(32);
const uint l_324 = l_mut_10 + l_323;
l_mut_107 = float(0.0);
const uint l_325 = l_2 + l_322;
const bool l_326 = l_325 < info.scalars_uint[1];
const bool l_327 = l_324 < info.scalars_uint[2];
const bool l_328 = l_326 && l_327;
if (l_328) {
const uint l_329 = l_325 * l_6;
const uint l_330 = l_324 / uint(32);
const uint l_331 = l_329 + l_330;
const uint l_332 = l_324 % uint(32);
const uint l_333 = l_331 * uint(2);
const uint l_334 = uint(0) + l_333;
const uint l_335 = info.scalars_uint[0] * uint(2);
const uint l_336 = l_335 + uint(3);
const uint l_337 = l_336 / uint(4);
const uint l_338 = l_337 * uint(4);
const uint l_339 = uint(0) + l_338;
const uint l_340 = l_331 * uint(2);
const uint l_341 = l_339 + l_340;
const uint l_342 = info.scalars_uint[0] * uint(2);
const uint l_343 = l_342 + uint(3);
const uint l_344 = l_343 / uint(4);
const uint l_345 = l_344 * uint(4);
const uint l_346 = uint(0) + l_345;
const uint l_347 = info.scalars_uint[0] * uint(2);
const uint l_348 = l_347 + uint(3);
const uint l_349 = l_348 / uint(4);
const uint l_350 = l_349 * uint(4);
const uint l_351 = l_346 + l_350;
const uint l_352 = l_331 * uint(4);
const uint l_353 = l_351 + l_352;
const uint l_354 = info.scalars_uint[0] * uint(2);
const uint l_355 = l_354 + uint(3);
const uint l_356 = l_355 / uint(4);
const uint l_357 = l_356 * uint(4);
const uint l_358 = uint(0) + l_357;
const uint l_359 = info.scalars_uint[0] * uint(2);
const uint l_360 = l_359 + uint(3);
const uint l_361 = l_360 / uint(4);
const uint l_362 = l_361 * uint(4);
const uint l_363 = l_358 + l_362;
const uint l_364 = info.scalars_uint[0] * uint(4);
const uint l_365 = l_364 + uint(3);
const uint l_366 = l_365 / uint(4);
const uint l_367 = l_366 * uint(4);
const uint l_368 = l_363 + l_367;
const uint l_369 = l_331 * uint(16);
const uint l_370 = l_368 + l_369;
const uint l_371 = l_334 / uint(4);
const uint l_372 = buffer_0[l_371];
const uint l_373 = l_334 % uint(4);
const uint l_374 = l_373 * uint(8);
const uint l_375 = l_372 >> l_374;
const uint l_376 = l_375 & uint(65535);
const uint l_377 = l_376 & uint(32768);
const uint l_378 = l_377 << uint(16);
const uint l_379 = l_376 >> uint(10);
const uint l_380 = l_379 & uint(31);
const uint l_381 = l_376 & uint(1023);
const uint l_382 = l_380 + uint(112);
l_mut_76 = l_382;
const bool l_383 = l_380 == uint(31);
if (l_383) {
l_mut_76 = uint(255);
}
const uint l_384 = l_mut_76 << uint(23);
const uint l_385 = l_378 | l_384;
const uint l_386 = l_381 << uint(13);
const uint l_387 = l_385 | l_386;
const float l_388 = reinterpret_cast<thread float const&>(l_387);
l_mut_83 = l_388;
const bool l_389 = l_380 == uint(0);
if (l_389) {
const float l_390 = float(l_381);
const float l_391 = l_390 * float(5.960464477539063e-8);
const bool l_392 = l_378 == uint(0);
if (l_392) {
l_mut_83 = l_391;
} else {
const float l_393 = -l_391;
l_mut_83 = l_393;
}
}
const uint l_394 = l_341 / uint(4);
const uint l_395 = buffer_0[l_394];
const uint l_396 = l_341 % uint(4);
const uint l_397 = l_396 * uint(8);
const uint l_398 = l_395 >> l_397;
const uint l_399 = l_398 & uint(65535);
const uint l_400 = l_399 & uint(32768);
const uint l_401 = l_400 << uint(16);
const uint l_402 = l_399 >> uint(10);
const uint l_403 = l_402 & uint(31);
const uint l_404 = l_399 & uint(1023);
const uint l_405 = l_403 + uint(112);
l_mut_76 = l_405;
const bool l_406 = l_403 == uint(31);
if (l_406) {
l_mut_76 = uint(255);
}
const uint l_407 = l_mut_76 << uint(23);
const uint l_408 = l_401 | l_407;
const uint l_409 = l_404 << uint(13);
const uint l_410 = l_408 | l_409;
const float l_411 = reinterpret_cast<thread float const&>(l_410);
l_mut_17 = l_411;
const bool l_412 = l_403 == uint(0);
if (l_412) {
const float l_413 = float(l_404);
const float l_414 = l_413 * float(5.960464477539063e-8);
const bool l_415 = l_401 == uint(0);
if (l_415) {
l_mut_17 = l_414;
} else {
const float l_416 = -l_414;
l_mut_17 = l_416;
}
}
const int l_417 = int(l_332);
const uint l_418 = l_370 + uint(0);
const uint l_419 = uint(l_417);
const uint l_420 = l_419 / uint(32);
const uint l_421 = l_420 * uint(16);
const uint l_422 = l_418 + l_421;
const uint l_423 = l_419 % uint(16);
const uint l_424 = l_422 + l_423;
const uint l_425 = l_419 / uint(16);
const uint l_426 = l_425 % uint(2);
const uint l_427 = l_426 * uint(4);
const uint l_428 = l_424 / uint(4);
const uint l_429 = buffer_0[l_428];
const uint l_430 = l_424 % uint(4);
const uint l_431 = l_430 * uint(8);
const uint l_432 = l_431 + l_427;
const uint l_433 = l_429 >> l_432;
const uint l_434 = l_433 & uint(15);
const int l_435 = int(l_434);
const uint l_436 = l_353 + uint(0);
const uint l_437 = uint(l_417);
const uint l_438 = l_437 / uint(8);
const uint l_439 = l_438 * uint(1);
const uint l_440 = l_436 + l_439;
const uint l_441 = l_437 % uint(1);
const uint l_442 = l_440 + l_441;
const uint l_443 = l_437 / uint(1);
const uint l_444 = l_443 % uint(8);
const uint l_445 = l_444 * uint(1);
const uint l_446 = l_442 / uint(4);
const uint l_447 = buffer_0[l_446];
const uint l_448 = l_442 % uint(4);
const uint l_449 = l_448 * uint(8);
const uint l_450 = l_449 + l_445;
const uint l_451 = l_447 >> l_450;
const uint l_452 = l_451 & uint(1);
const int l_453 = int(l_452);
const uint l_454 = uint(l_453);
const uint l_455 = uint(int(4));
const uint l_456 = l_454 << l_455;
const int l_457 = int(l_456);
const int l_458 = l_435 | l_457;
const float l_459 = float(l_458);
const float l_460 = l_mut_83 * l_459;
const float l_461 = l_460 + l_mut_17;
l_mut_107 = l_461;
}
const uint l_462 = l_322 * uint(33);
const uint l_463 = l_462 + l_323;
shared_memory_7[l_463] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_464 = l_3 + l_322;
const bool l_465 = l_464 < l_1;
const bool l_466 = l_324 < info.scalars_uint[2];
const bool l_467 = l_465 && l_466;
if (l_467) {
const uint l_468 = l_464 * info.scalars_uint[2];
const uint l_469 = l_468 + l_324;
const float l_470 = buffer_1[l_469];
l_mut_107 = l_470;
}
const uint l_471 = l_322 * uint(33);
const uint l_472 = l_471 + l_323;
shared_memory_8[l_472] = l_mut_107;
const uint l_473 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_474 = l_473 / uint(32);
const uint l_475 = l_473 % uint(32);
const uint l_476 = l_mut_10 + l_475;
l_mut_107 = float(0.0);
const uint l_477 = l_2 + l_474;
const bool l_478 = l_477 < info.scalars_uint[1];
const bool l_479 = l_476 < info.scalars_uint[2];
const bool l_480 = l_478 && l_479;
if (l_480) {
const uint l_481 = l_477 * l_6;
const uint l_482 = l_476 / uint(32);
const uint l_483 = l_481 + l_482;
const uint l_484 = l_476 % uint(32);
const uint l_485 = l_483 * uint(2);
const uint l_486 = uint(0) + l_485;
const uint l_487 = info.scalars_uint[0] * uint(2);
const uint l_488 = l_487 + uint(3);
const uint l_489 = l_488 / uint(4);
const uint l_490 = l_489 * uint(4);
const uint l_491 = uint(0) + l_490;
const uint l_492 = l_483 * uint(2);
const uint l_493 = l_491 + l_492;
const uint l_494 = info.scalars_uint[0] * uint(2);
const uint l_495 = l_494 + uint(3);
const uint l_496 = l_495 / uint(4);
const uint l_497 = l_496 * uint(4);
const uint l_498 = uint(0) + l_497;
const uint l_499 = info.scalars_uint[0] * uint(2);
const uint l_500 = l_499 + uint(3);
const uint l_501 = l_500 / uint(4);
const uint l_502 = l_501 * uint(4);
const uint l_503 = l_498 + l_502;
const uint l_504 = l_483 * uint(4);
const uint l_505 = l_503 + l_504;
const uint l_506 = info.scalars_uint[0] * uint(2);
const uint l_507 = l_506 + uint(3);
const uint l_508 = l_507 / uint(4);
const uint l_509 = l_508 * uint(4);
const uint l_510 = uint(0) + l_509;
const uint l_511 = info.scalars_uint[0] * uint(2);
const uint l_512 = l_511 + uint(3);
const uint l_513 = l_512 / uint(4);
const uint l_514 = l_513 * uint(4);
const uint l_515 = l_510 + l_514;
const uint l_516 = info.scalars_uint[0] * uint(4);
const uint l_517 = l_516 + uint(3);
const uint l_518 = l_517 / uint(4);
const uint l_519 = l_518 * uint(4);
const uint l_520 = l_515 + l_519;
const uint l_521 = l_483 * uint(16);
const uint l_522 = l_520 + l_521;
const uint l_523 = l_486 / uint(4);
const uint l_524 = buffer_0[l_523];
const uint l_525 = l_486 % uint(4);
const uint l_526 = l_525 * uint(8);
const uint l_527 = l_524 >> l_526;
const uint l_528 = l_527 & uint(65535);
const uint l_529 = l_528 & uint(32768);
const uint l_530 = l_529 << uint(16);
const uint l_531 = l_528 >> uint(10);
const uint l_532 = l_531 & uint(31);
const uint l_533 = l_528 & uint(1023);
const uint l_534 = l_532 + uint(112);
l_mut_76 = l_534;
const bool l_535 = l_532 == uint(31);
if (l_535) {
l_mut_76 = uint(255);
}
const uint l_536 = l_mut_76 << uint(23);
const uint l_537 = l_530 | l_536;
const uint l_538 = l_533 << uint(13);
const uint l_539 = l_537 | l_538;
const float l_540 = reinterpret_cast<thread float const&>(l_539);
l_mut_83 = l_540;
const bool l_541 = l_532 == uint(0);
if (l_541) {
const float l_542 = float(l_533);
const float l_543 = l_542 * float(5.960464477539063e-8);
const bool l_544 = l_530 == uint(0);
if (l_544) {
l_mut_83 = l_543;
} else {
const float l_545 = -l_543;
l_mut_83 = l_545;
}
}
const uint l_546 = l_493 / uint(4);
const uint l_547 = buffer_0[l_546];
const uint l_548 = l_493 % uint(4);
const uint l_549 = l_548 * uint(8);
const uint l_550 = l_547 >> l_549;
const uint l_551 = l_550 & uint(65535);
const uint l_552 = l_551 & uint(32768);
const uint l_553 = l_552 << uint(16);
const uint l_554 = l_551 >> uint(10);
const uint l_555 = l_554 & uint(31);
const uint l_556 = l_551 & uint(1023);
const uint l_557 = l_555 + uint(112);
l_mut_76 = l_557;
const bool l_558 = l_555 == uint(31);
if (l_558) {
l_mut_76 = uint(255);
}
const uint l_559 = l_mut_76 << uint(23);
const uint l_560 = l_553 | l_559;
const uint l_561 = l_556 << uint(13);
const uint l_562 = l_560 | l_561;
const float l_563 = reinterpret_cast<thread float const&>(l_562);
l_mut_17 = l_563;
const bool l_564 = l_555 == uint(0);
if (l_564) {
const float l_565 = float(l_556);
const float l_566 = l_565 * float(5.960464477539063e-8);
const bool l_567 = l_553 == uint(0);
if (l_567) {
l_mut_17 = l_566;
} else {
const float l_568 = -l_566;
l_mut_17 = l_568;
}
}
const int l_569 = int(l_484);
const uint l_570 = l_522 + uint(0);
const uint l_571 = uint(l_569);
const uint l_572 = l_571 / uint(32);
const uint l_573 = l_572 * uint(16);
const uint l_574 = l_570 + l_573;
const uint l_575 = l_571 % uint(16);
const uint l_576 = l_574 + l_575;
const uint l_577 = l_571 / uint(16);
const uint l_578 = l_577 % uint(2);
const uint l_579 = l_578 * uint(4);
const uint l_580 = l_576 / uint(4);
const uint l_581 = buffer_0[l_580];
const uint l_582 = l_576 % uint(4);
const uint l_583 = l_582 * uint(8);
const uint l_584 = l_583 + l_579;
const uint l_585 = l_581 >> l_584;
const uint l_586 = l_585 & uint(15);
const int l_587 = int(l_586);
const uint l_588 = l_505 + uint(0);
const uint l_589 = uint(l_569);
const uint l_590 = l_589 / uint(8);
const uint l_591 = l_590 * uint(1);
const uint l_592 = l_588 + l_591;
const uint l_593 = l_589 % uint(1);
const uint l_594 = l_592 + l_593;
const uint l_595 = l_589 / uint(1);
const uint l_596 = l_595 % uint(8);
const uint l_597 = l_596 * uint(1);
const uint l_598 = l_594 / uint(4);
const uint l_599 = buffer_0[l_598];
const uint l_600 = l_594 % uint(4);
const uint l_601 = l_600 * uint(8);
const uint l_602 = l_601 + l_597;
const uint l_603 = l_599 >> l_602;
const uint l_604 = l_603 & uint(1);
const int l_605 = int(l_604);
const uint l_606 = uint(l_605);
const uint l_607 = uint(int(4));
const uint l_608 = l_606 << l_607;
const int l_609 = int(l_608);
const int l_610 = l_587 | l_609;
const float l_611 = float(l_610);
const float l_612 = l_mut_83 * l_611;
const float l_613 = l_612 + l_mut_17;
l_mut_107 = l_613;
}
const uint l_614 = l_474 * uint(33);
const uint l_615 = l_614 + l_475;
shared_memory_7[l_615] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_616 = l_3 + l_474;
const bool l_617 = l_616 < l_1;
const bool l_618 = l_476 < info.scalars_uint[2];
const bool l_619 = l_617 && l_618;
if (l_619) {
const uint l_620 = l_616 * info.scalars_uint[2];
const uint l_621 = l_620 + l_476;
const float l_622 = buffer_1[l_621];
l_mut_107 = l_622;
}
const uint l_623 = l_474 * uint(33);
const uint l_624 = l_623 + l_475;
shared_memory_8[l_624] = l_mut_107;
const uint l_625 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_626 = l_625 / uint(32);
const uint l_627 = l_625 % uint(32);
const uint l_628 = l_mut_10 + l_627;
l_mut_107 = float(0.0);
const uint l_629 = l_2 + l_626;
const bool l_630 = l_629 < info.scalars_uint[1];
const bool l_631 = l_628 < info.scalars_uint[2];
const bool l_632 = l_630 && l_631;
if (l_632) {
const uint l_633 = l_629 * l_6;
const uint l_634 = l_628 / uint(32);
const uint l_635 = l_633 + l_634;
const uint l_636 = l_628 % uint(32);
const uint l_637 = l_635 * uint(2);
const uint l_638 = uint(0) + l_637;
const uint l_639 = info.scalars_uint[0] * uint(2);
const uint l_640 = l_639 + uint(3);
const uint l_641 = l_640 / uint(4);
const uint l_642 = l_641 * uint(4);
const uint l_643 = uint(0) + l_642;
const uint l_644 = l_635 * uint(2);
const uint l_645 = l_643 + l_644;
const uint l_646 = info.scalars_uint[0] * uint(2);
const uint l_647 = l_646 + uint(3);
const uint l_648 = l_647 / uint(4);
const uint l_649 = l_648 * uint(4);
const uint l_650 = uint(0) + l_649;
const uint l_651 = info.scalars_uint[0] * uint(2);
const uint l_652 = l_651 + uint(3);
const uint l_653 = l_652 / uint(4);
const uint l_654 = l_653 * uint(4);
const uint l_655 = l_650 + l_654;
const uint l_656 = l_635 * uint(4);
const uint l_657 = l_655 + l_656;
const uint l_658 = info.scalars_uint[0] * uint(2);
const uint l_659 = l_658 + uint(3);
const uint l_660 = l_659 / uint(4);
const uint l_661 = l_660 * uint(4);
const uint l_662 = uint(0) + l_661;
const uint l_663 = info.scalars_uint[0] * uint(2);
const uint l_664 = l_663 + uint(3);
const uint l_665 = l_664 / uint(4);
const uint l_666 = l_665 * uint(4);
const uint l_667 = l_662 + l_666;
const uint l_668 = info.scalars_uint[0] * uint(4);
const uint l_669 = l_668 + uint(3);
const uint l_670 = l_669 / uint(4);
const uint l_671 = l_670 * uint(4);
const uint l_672 = l_667 + l_671;
const uint l_673 = l_635 * uint(16);
const uint l_674 = l_672 + l_673;
const uint l_675 = l_638 / uint(4);
const uint l_676 = buffer_0[l_675];
const uint l_677 = l_638 % uint(4);
const uint l_678 = l_677 * uint(8);
const uint l_679 = l_676 >> l_678;
const uint l_680 = l_679 & uint(65535);
const uint l_681 = l_680 & uint(32768);
const uint l_682 = l_681 << uint(16);
const uint l_683 = l_680 >> uint(10);
const uint l_684 = l_683 & uint(31);
const uint l_685 = l_680 & uint(1023);
const uint l_686 = l_684 + uint(112);
l_mut_76 = l_686;
const bool l_687 = l_684 == uint(31);
if (l_687) {
l_mut_76 = uint(255);
}
const uint l_688 = l_mut_76 << uint(23);
const uint l_689 = l_682 | l_688;
const uint l_690 = l_685 << uint(13);
const uint l_691 = l_689 | l_690;
const float l_692 = reinterpret_cast<thread float const&>(l_691);
l_mut_83 = l_692;
const bool l_693 = l_684 == uint(0);
if (l_693) {
const float l_694 = float(l_685);
const float l_695 = l_694 * float(5.960464477539063e-8);
const bool l_696 = l_682 == uint(0);
if (l_696) {
l_mut_83 = l_695;
} else {
const float l_697 = -l_695;
l_mut_83 = l_697;
}
}
const uint l_698 = l_645 / uint(4);
const uint l_699 = buffer_0[l_698];
const uint l_700 = l_645 % uint(4);
const uint l_701 = l_700 * uint(8);
const uint l_702 = l_699 >> l_701;
const uint l_703 = l_702 & uint(65535);
const uint l_704 = l_703 & uint(32768);
const uint l_705 = l_704 << uint(16);
const uint l_706 = l_703 >> uint(10);
const uint l_707 = l_706 & uint(31);
const uint l_708 = l_703 & uint(1023);
const uint l_709 = l_707 + uint(112);
l_mut_76 = l_709;
const bool l_710 = l_707 == uint(31);
if (l_710) {
l_mut_76 = uint(255);
}
const uint l_711 = l_mut_76 << uint(23);
const uint l_712 = l_705 | l_711;
const uint l_713 = l_708 << uint(13);
const uint l_714 = l_712 | l_713;
const float l_715 = reinterpret_cast<thread float const&>(l_714);
l_mut_17 = l_715;
const bool l_716 = l_707 == uint(0);
if (l_716) {
const float l_717 = float(l_708);
const float l_718 = l_717 * float(5.960464477539063e-8);
const bool l_719 = l_705 == uint(0);
if (l_719) {
l_mut_17 = l_718;
} else {
const float l_720 = -l_718;
l_mut_17 = l_720;
}
}
const int l_721 = int(l_636);
const uint l_722 = l_674 + uint(0);
const uint l_723 = uint(l_721);
const uint l_724 = l_723 / uint(32);
const uint l_725 = l_724 * uint(16);
const uint l_726 = l_722 + l_725;
const uint l_727 = l_723 % uint(16);
const uint l_728 = l_726 + l_727;
const uint l_729 = l_723 / uint(16);
const uint l_730 = l_729 % uint(2);
const uint l_731 = l_730 * uint(4);
const uint l_732 = l_728 / uint(4);
const uint l_733 = buffer_0[l_732];
const uint l_734 = l_728 % uint(4);
const uint l_735 = l_734 * uint(8);
const uint l_736 = l_735 + l_731;
const uint l_737 = l_733 >> l_736;
const uint l_738 = l_737 & uint(15);
const int l_739 = int(l_738);
const uint l_740 = l_657 + uint(0);
const uint l_741 = uint(l_721);
const uint l_742 = l_741 / uint(8);
const uint l_743 = l_742 * uint(1);
const uint l_744 = l_740 + l_743;
const uint l_745 = l_741 % uint(1);
const uint l_746 = l_744 + l_745;
const uint l_747 = l_741 / uint(1);
const uint l_748 = l_747 % uint(8);
const uint l_749 = l_748 * uint(1);
const uint l_750 = l_746 / uint(4);
const uint l_751 = buffer_0[l_750];
const uint l_752 = l_746 % uint(4);
const uint l_753 = l_752 * uint(8);
const uint l_754 = l_753 + l_749;
const uint l_755 = l_751 >> l_754;
const uint l_756 = l_755 & uint(1);
const int l_757 = int(l_756);
const uint l_758 = uint(l_757);
const uint l_759 = uint(int(4));
const uint l_760 = l_758 << l_759;
const int l_761 = int(l_760);
const int l_762 = l_739 | l_761;
const float l_763 = float(l_762);
const float l_764 = l_mut_83 * l_763;
const float l_765 = l_764 + l_mut_17;
l_mut_107 = l_765;
}
const uint l_766 = l_626 * uint(33);
const uint l_767 = l_766 + l_627;
shared_memory_7[l_767] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_768 = l_3 + l_626;
const bool l_769 = l_768 < l_1;
const bool l_770 = l_628 < info.scalars_uint[2];
const bool l_771 = l_769 && l_770;
if (l_771) {
const uint l_772 = l_768 * info.scalars_uint[2];
const uint l_773 = l_772 + l_628;
const float l_774 = buffer_1[l_773];
l_mut_107 = l_774;
}
const uint l_775 = l_626 * uint(33);
const uint l_776 = l_775 + l_627;
shared_memory_8[l_776] = l_mut_107;
const uint l_777 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_778 = l_777 / uint(32);
const uint l_779 = l_777 % uint(32);
const uint l_780 = l_mut_10 + l_779;
l_mut_107 = float(0.0);
const uint l_781 = l_2 + l_778;
const bool l_782 = l_781 < info.scalars_uint[1];
const bool l_783 = l_780 < info.scalars_uint[2];
const bool l_784 = l_782 && l_783;
if (l_784) {
const uint l_785 = l_781 * l_6;
const uint l_786 = l_780 / uint(32);
const uint l_787 = l_785 + l_786;
const uint l_788 = l_780 % uint(32);
const uint l_789 = l_787 * uint(2);
const uint l_790 = uint(0) + l_789;
const uint l_791 = info.scalars_uint[0] * uint(2);
const uint l_792 = l_791 + uint(3);
const uint l_793 = l_792 / uint(4);
const uint l_794 = l_793 * uint(4);
const uint l_795 = uint(0) + l_794;
const uint l_796 = l_787 * uint(2);
const uint l_797 = l_795 + l_796;
const uint l_798 = info.scalars_uint[0] * uint(2);
const uint l_799 = l_798 + uint(3);
const uint l_800 = l_799 / uint(4);
const uint l_801 = l_800 * uint(4);
const uint l_802 = uint(0) + l_801;
const uint l_803 = info.scalars_uint[0] * uint(2);
const uint l_804 = l_803 + uint(3);
const uint l_805 = l_804 / uint(4);
const uint l_806 = l_805 * uint(4);
const uint l_807 = l_802 + l_806;
const uint l_808 = l_787 * uint(4);
const uint l_809 = l_807 + l_808;
const uint l_810 = info.scalars_uint[0] * uint(2);
const uint l_811 = l_810 + uint(3);
const uint l_812 = l_811 / uint(4);
const uint l_813 = l_812 * uint(4);
const uint l_814 = uint(0) + l_813;
const uint l_815 = info.scalars_uint[0] * uint(2);
const uint l_816 = l_815 + uint(3);
const uint l_817 = l_816 / uint(4);
const uint l_818 = l_817 * uint(4);
const uint l_819 = l_814 + l_818;
const uint l_820 = info.scalars_uint[0] * uint(4);
const uint l_821 = l_820 + uint(3);
const uint l_822 = l_821 / uint(4);
const uint l_823 = l_822 * uint(4);
const uint l_824 = l_819 + l_823;
const uint l_825 = l_787 * uint(16);
const uint l_826 = l_824 + l_825;
const uint l_827 = l_790 / uint(4);
const uint l_828 = buffer_0[l_827];
const uint l_829 = l_790 % uint(4);
const uint l_830 = l_829 * uint(8);
const uint l_831 = l_828 >> l_830;
const uint l_832 = l_831 & uint(65535);
const uint l_833 = l_832 & uint(32768);
const uint l_834 = l_833 << uint(16);
const uint l_835 = l_832 >> uint(10);
const uint l_836 = l_835 & uint(31);
const uint l_837 = l_832 & uint(1023);
const uint l_838 = l_836 + uint(112);
l_mut_76 = l_838;
const bool l_839 = l_836 == uint(31);
if (l_839) {
l_mut_76 = uint(255);
}
const uint l_840 = l_mut_76 << uint(23);
const uint l_841 = l_834 | l_840;
const uint l_842 = l_837 << uint(13);
const uint l_843 = l_841 | l_842;
const float l_844 = reinterpret_cast<thread float const&>(l_843);
l_mut_83 = l_844;
const bool l_845 = l_836 == uint(0);
if (l_845) {
const float l_846 = float(l_837);
const float l_847 = l_846 * float(5.960464477539063e-8);
const bool l_848 = l_834 == uint(0);
if (l_848) {
l_mut_83 = l_847;
} else {
const float l_849 = -l_847;
l_mut_83 = l_849;
}
}
const uint l_850 = l_797 / uint(4);
const uint l_851 = buffer_0[l_850];
const uint l_852 = l_797 % uint(4);
const uint l_853 = l_852 * uint(8);
const uint l_854 = l_851 >> l_853;
const uint l_855 = l_854 & uint(65535);
const uint l_856 = l_855 & uint(32768);
const uint l_857 = l_856 << uint(16);
const uint l_858 = l_855 >> uint(10);
const uint l_859 = l_858 & uint(31);
const uint l_860 = l_855 & uint(1023);
const uint l_861 = l_859 + uint(112);
l_mut_76 = l_861;
const bool l_862 = l_859 == uint(31);
if (l_862) {
l_mut_76 = uint(255);
}
const uint l_863 = l_mut_76 << uint(23);
const uint l_864 = l_857 | l_863;
const uint l_865 = l_860 << uint(13);
const uint l_866 = l_864 | l_865;
const float l_867 = reinterpret_cast<thread float const&>(l_866);
l_mut_17 = l_867;
const bool l_868 = l_859 == uint(0);
if (l_868) {
const float l_869 = float(l_860);
const float l_870 = l_869 * float(5.960464477539063e-8);
const bool l_871 = l_857 == uint(0);
if (l_871) {
l_mut_17 = l_870;
} else {
const float l_872 = -l_870;
l_mut_17 = l_872;
}
}
const int l_873 = int(l_788);
const uint l_874 = l_826 + uint(0);
const uint l_875 = uint(l_873);
const uint l_876 = l_875 / uint(32);
const uint l_877 = l_876 * uint(16);
const uint l_878 = l_874 + l_877;
const uint l_879 = l_875 % uint(16);
const uint l_880 = l_878 + l_879;
const uint l_881 = l_875 / uint(16);
const uint l_882 = l_881 % uint(2);
const uint l_883 = l_882 * uint(4);
const uint l_884 = l_880 / uint(4);
const uint l_885 = buffer_0[l_884];
const uint l_886 = l_880 % uint(4);
const uint l_887 = l_886 * uint(8);
const uint l_888 = l_887 + l_883;
const uint l_889 = l_885 >> l_888;
const uint l_890 = l_889 & uint(15);
const int l_891 = int(l_890);
const uint l_892 = l_809 + uint(0);
const uint l_893 = uint(l_873);
const uint l_894 = l_893 / uint(8);
const uint l_895 = l_894 * uint(1);
const uint l_896 = l_892 + l_895;
const uint l_897 = l_893 % uint(1);
const uint l_898 = l_896 + l_897;
const uint l_899 = l_893 / uint(1);
const uint l_900 = l_899 % uint(8);
const uint l_901 = l_900 * uint(1);
const uint l_902 = l_898 / uint(4);
const uint l_903 = buffer_0[l_902];
const uint l_904 = l_898 % uint(4);
const uint l_905 = l_904 * uint(8);
const uint l_906 = l_905 + l_901;
const uint l_907 = l_903 >> l_906;
const uint l_908 = l_907 & uint(1);
const int l_909 = int(l_908);
const uint l_910 = uint(l_909);
const uint l_911 = uint(int(4));
const uint l_912 = l_910 << l_911;
const int l_913 = int(l_912);
const int l_914 = l_891 | l_913;
const float l_915 = float(l_914);
const float l_916 = l_mut_83 * l_915;
const float l_917 = l_916 + l_mut_17;
l_mut_107 = l_917;
}
const uint l_918 = l_778 * uint(33);
const uint l_919 = l_918 + l_779;
shared_memory_7[l_919] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_920 = l_3 + l_778;
const bool l_921 = l_920 < l_1;
const bool l_922 = l_780 < info.scalars_uint[2];
const bool l_923 = l_921 && l_922;
if (l_923) {
const uint l_924 = l_920 * info.scalars_uint[2];
const uint l_925 = l_924 + l_780;
const float l_926 = buffer_1[l_925];
l_mut_107 = l_926;
}
const uint l_927 = l_778 * uint(33);
const uint l_928 = l_927 + l_779;
shared_memory_8[l_928] = l_mut_107;
const uint l_929 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_930 = l_929 / uint(32);
const uint l_931 = l_929 % uint(32);
const uint l_932 = l_mut_10 + l_931;
l_mut_107 = float(0.0);
const uint l_933 = l_2 + l_930;
const bool l_934 = l_933 < info.scalars_uint[1];
const bool l_935 = l_932 < info.scalars_uint[2];
const bool l_936 = l_934 && l_935;
if (l_936) {
const uint l_937 = l_933 * l_6;
const uint l_938 = l_932 / uint(32);
const uint l_939 = l_937 + l_938;
const uint l_940 = l_932 % uint(32);
const uint l_941 = l_939 * uint(2);
const uint l_942 = uint(0) + l_941;
const uint l_943 = info.scalars_uint[0] * uint(2);
const uint l_944 = l_943 + uint(3);
const uint l_945 = l_944 / uint(4);
const uint l_946 = l_945 * uint(4);
const uint l_947 = uint(0) + l_946;
const uint l_948 = l_939 * uint(2);
const uint l_949 = l_947 + l_948;
const uint l_950 = info.scalars_uint[0] * uint(2);
const uint l_951 = l_950 + uint(3);
const uint l_952 = l_951 / uint(4);
const uint l_953 = l_952 * uint(4);
const uint l_954 = uint(0) + l_953;
const uint l_955 = info.scalars_uint[0] * uint(2);
const uint l_956 = l_955 + uint(3);
const uint l_957 = l_956 / uint(4);
const uint l_958 = l_957 * uint(4);
const uint l_959 = l_954 + l_958;
const uint l_960 = l_939 * uint(4);
const uint l_961 = l_959 + l_960;
const uint l_962 = info.scalars_uint[0] * uint(2);
const uint l_963 = l_962 + uint(3);
const uint l_964 = l_963 / uint(4);
const uint l_965 = l_964 * uint(4);
const uint l_966 = uint(0) + l_965;
const uint l_967 = info.scalars_uint[0] * uint(2);
const uint l_968 = l_967 + uint(3);
const uint l_969 = l_968 / uint(4);
const uint l_970 = l_969 * uint(4);
const uint l_971 = l_966 + l_970;
const uint l_972 = info.scalars_uint[0] * uint(4);
const uint l_973 = l_972 + uint(3);
const uint l_974 = l_973 / uint(4);
const uint l_975 = l_974 * uint(4);
const uint l_976 = l_971 + l_975;
const uint l_977 = l_939 * uint(16);
const uint l_978 = l_976 + l_977;
const uint l_979 = l_942 / uint(4);
const uint l_980 = buffer_0[l_979];
const uint l_981 = l_942 % uint(4);
const uint l_982 = l_981 * uint(8);
const uint l_983 = l_980 >> l_982;
const uint l_984 = l_983 & uint(65535);
const uint l_985 = l_984 & uint(32768);
const uint l_986 = l_985 << uint(16);
const uint l_987 = l_984 >> uint(10);
const uint l_988 = l_987 & uint(31);
const uint l_989 = l_984 & uint(1023);
const uint l_990 = l_988 + uint(112);
l_mut_76 = l_990;
const bool l_991 = l_988 == uint(31);
if (l_991) {
l_mut_76 = uint(255);
}
const uint l_992 = l_mut_76 << uint(23);
const uint l_993 = l_986 | l_992;
const uint l_994 = l_989 << uint(13);
const uint l_995 = l_993 | l_994;
const float l_996 = reinterpret_cast<thread float const&>(l_995);
l_mut_83 = l_996;
const bool l_997 = l_988 == uint(0);
if (l_997) {
const float l_998 = float(l_989);
const float l_999 = l_998 * float(5.960464477539063e-8);
const bool l_1000 = l_986 == uint(0);
if (l_1000) {
l_mut_83 = l_999;
} else {
const float l_1001 = -l_999;
l_mut_83 = l_1001;
}
}
const uint l_1002 = l_949 / uint(4);
const uint l_1003 = buffer_0[l_1002];
const uint l_1004 = l_949 % uint(4);
const uint l_1005 = l_1004 * uint(8);
const uint l_1006 = l_1003 >> l_1005;
const uint l_1007 = l_1006 & uint(65535);
const uint l_1008 = l_1007 & uint(32768);
const uint l_1009 = l_1008 << uint(16);
const uint l_1010 = l_1007 >> uint(10);
const uint l_1011 = l_1010 & uint(31);
const uint l_1012 = l_1007 & uint(1023);
const uint l_1013 = l_1011 + uint(112);
l_mut_76 = l_1013;
const bool l_1014 = l_1011 == uint(31);
if (l_1014) {
l_mut_76 = uint(255);
}
const uint l_1015 = l_mut_76 << uint(23);
const uint l_1016 = l_1009 | l_1015;
const uint l_1017 = l_1012 << uint(13);
const uint l_1018 = l_1016 | l_1017;
const float l_1019 = reinterpret_cast<thread float const&>(l_1018);
l_mut_17 = l_1019;
const bool l_1020 = l_1011 == uint(0);
if (l_1020) {
const float l_1021 = float(l_1012);
const float l_1022 = l_1021 * float(5.960464477539063e-8);
const bool l_1023 = l_1009 == uint(0);
if (l_1023) {
l_mut_17 = l_1022;
} else {
const float l_1024 = -l_1022;
l_mut_17 = l_1024;
}
}
const int l_1025 = int(l_940);
const uint l_1026 = l_978 + uint(0);
const uint l_1027 = uint(l_1025);
const uint l_1028 = l_1027 / uint(32);
const uint l_1029 = l_1028 * uint(16);
const uint l_1030 = l_1026 + l_1029;
const uint l_1031 = l_1027 % uint(16);
const uint l_1032 = l_1030 + l_1031;
const uint l_1033 = l_1027 / uint(16);
const uint l_1034 = l_1033 % uint(2);
const uint l_1035 = l_1034 * uint(4);
const uint l_1036 = l_1032 / uint(4);
const uint l_1037 = buffer_0[l_1036];
const uint l_1038 = l_1032 % uint(4);
const uint l_1039 = l_1038 * uint(8);
const uint l_1040 = l_1039 + l_1035;
const uint l_1041 = l_1037 >> l_1040;
const uint l_1042 = l_1041 & uint(15);
const int l_1043 = int(l_1042);
const uint l_1044 = l_961 + uint(0);
const uint l_1045 = uint(l_1025);
const uint l_1046 = l_1045 / uint(8);
const uint l_1047 = l_1046 * uint(1);
const uint l_1048 = l_1044 + l_1047;
const uint l_1049 = l_1045 % uint(1);
const uint l_1050 = l_1048 + l_1049;
const uint l_1051 = l_1045 / uint(1);
const uint l_1052 = l_1051 % uint(8);
const uint l_1053 = l_1052 * uint(1);
const uint l_1054 = l_1050 / uint(4);
const uint l_1055 = buffer_0[l_1054];
const uint l_1056 = l_1050 % uint(4);
const uint l_1057 = l_1056 * uint(8);
const uint l_1058 = l_1057 + l_1053;
const uint l_1059 = l_1055 >> l_1058;
const uint l_1060 = l_1059 & uint(1);
const int l_1061 = int(l_1060);
const uint l_1062 = uint(l_1061);
const uint l_1063 = uint(int(4));
const uint l_1064 = l_1062 << l_1063;
const int l_1065 = int(l_1064);
const int l_1066 = l_1043 | l_1065;
const float l_1067 = float(l_1066);
const float l_1068 = l_mut_83 * l_1067;
const float l_1069 = l_1068 + l_mut_17;
l_mut_107 = l_1069;
}
const uint l_1070 = l_930 * uint(33);
const uint l_1071 = l_1070 + l_931;
shared_memory_7[l_1071] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_1072 = l_3 + l_930;
const bool l_1073 = l_1072 < l_1;
const bool l_1074 = l_932 < info.scalars_uint[2];
const bool l_1075 = l_1073 && l_1074;
if (l_1075) {
const uint l_1076 = l_1072 * info.scalars_uint[2];
const uint l_1077 = l_1076 + l_932;
const float l_1078 = buffer_1[l_1077];
l_mut_107 = l_1078;
}
const uint l_1079 = l_930 * uint(33);
const uint l_1080 = l_1079 + l_931;
shared_memory_8[l_1080] = l_mut_107;
const uint l_1081 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_1082 = l_1081 / uint(32);
const uint l_1083 = l_1081 % uint(32);
const uint l_1084 = l_mut_10 + l_1083;
l_mut_107 = float(0.0);
const uint l_1085 = l_2 + l_1082;
const bool l_1086 = l_1085 < info.scalars_uint[1];
const bool l_1087 = l_1084 < info.scalars_uint[2];
const bool l_1088 = l_1086 && l_1087;
if (l_1088) {
const uint l_1089 = l_1085 * l_6;
const uint l_1090 = l_1084 / uint(32);
const uint l_1091 = l_1089 + l_1090;
const uint l_1092 = l_1084 % uint(32);
const uint l_1093 = l_1091 * uint(2);
const uint l_1094 = uint(0) + l_1093;
const uint l_1095 = info.scalars_uint[0] * uint(2);
const uint l_1096 = l_1095 + uint(3);
const uint l_1097 = l_1096 / uint(4);
const uint l_1098 = l_1097 * uint(4);
const uint l_1099 = uint(0) + l_1098;
const uint l_1100 = l_1091 * uint(2);
const uint l_1101 = l_1099 + l_1100;
const uint l_1102 = info.scalars_uint[0] * uint(2);
const uint l_1103 = l_1102 + uint(3);
const uint l_1104 = l_1103 / uint(4);
const uint l_1105 = l_1104 * uint(4);
const uint l_1106 = uint(0) + l_1105;
const uint l_1107 = info.scalars_uint[0] * uint(2);
const uint l_1108 = l_1107 + uint(3);
const uint l_1109 = l_1108 / uint(4);
const uint l_1110 = l_1109 * uint(4);
const uint l_1111 = l_1106 + l_1110;
const uint l_1112 = l_1091 * uint(4);
const uint l_1113 = l_1111 + l_1112;
const uint l_1114 = info.scalars_uint[0] * uint(2);
const uint l_1115 = l_1114 + uint(3);
const uint l_1116 = l_1115 / uint(4);
const uint l_1117 = l_1116 * uint(4);
const uint l_1118 = uint(0) + l_1117;
const uint l_1119 = info.scalars_uint[0] * uint(2);
const uint l_1120 = l_1119 + uint(3);
const uint l_1121 = l_1120 / uint(4);
const uint l_1122 = l_1121 * uint(4);
const uint l_1123 = l_1118 + l_1122;
const uint l_1124 = info.scalars_uint[0] * uint(4);
const uint l_1125 = l_1124 + uint(3);
const uint l_1126 = l_1125 / uint(4);
const uint l_1127 = l_1126 * uint(4);
const uint l_1128 = l_1123 + l_1127;
const uint l_1129 = l_1091 * uint(16);
const uint l_1130 = l_1128 + l_1129;
const uint l_1131 = l_1094 / uint(4);
const uint l_1132 = buffer_0[l_1131];
const uint l_1133 = l_1094 % uint(4);
const uint l_1134 = l_1133 * uint(8);
const uint l_1135 = l_1132 >> l_1134;
const uint l_1136 = l_1135 & uint(65535);
const uint l_1137 = l_1136 & uint(32768);
const uint l_1138 = l_1137 << uint(16);
const uint l_1139 = l_1136 >> uint(10);
const uint l_1140 = l_1139 & uint(31);
const uint l_1141 = l_1136 & uint(1023);
const uint l_1142 = l_1140 + uint(112);
l_mut_76 = l_1142;
const bool l_1143 = l_1140 == uint(31);
if (l_1143) {
l_mut_76 = uint(255);
}
const uint l_1144 = l_mut_76 << uint(23);
const uint l_1145 = l_1138 | l_1144;
const uint l_1146 = l_1141 << uint(13);
const uint l_1147 = l_1145 | l_1146;
const float l_1148 = reinterpret_cast<thread float const&>(l_1147);
l_mut_83 = l_1148;
const bool l_1149 = l_1140 == uint(0);
if (l_1149) {
const float l_1150 = float(l_1141);
const float l_1151 = l_1150 * float(5.960464477539063e-8);
const bool l_1152 = l_1138 == uint(0);
if (l_1152) {
l_mut_83 = l_1151;
} else {
const float l_1153 = -l_1151;
l_mut_83 = l_1153;
}
}
const uint l_1154 = l_1101 / uint(4);
const uint l_1155 = buffer_0[l_1154];
const uint l_1156 = l_1101 % uint(4);
const uint l_1157 = l_1156 * uint(8);
const uint l_1158 = l_1155 >> l_1157;
const uint l_1159 = l_1158 & uint(65535);
const uint l_1160 = l_1159 & uint(32768);
const uint l_1161 = l_1160 << uint(16);
const uint l_1162 = l_1159 >> uint(10);
const uint l_1163 = l_1162 & uint(31);
const uint l_1164 = l_1159 & uint(1023);
const uint l_1165 = l_1163 + uint(112);
l_mut_76 = l_1165;
const bool l_1166 = l_1163 == uint(31);
if (l_1166) {
l_mut_76 = uint(255);
}
const uint l_1167 = l_mut_76 << uint(23);
const uint l_1168 = l_1161 | l_1167;
const uint l_1169 = l_1164 << uint(13);
const uint l_1170 = l_1168 | l_1169;
const float l_1171 = reinterpret_cast<thread float const&>(l_1170);
l_mut_17 = l_1171;
const bool l_1172 = l_1163 == uint(0);
if (l_1172) {
const float l_1173 = float(l_1164);
const float l_1174 = l_1173 * float(5.960464477539063e-8);
const bool l_1175 = l_1161 == uint(0);
if (l_1175) {
l_mut_17 = l_1174;
} else {
const float l_1176 = -l_1174;
l_mut_17 = l_1176;
}
}
const int l_1177 = int(l_1092);
const uint l_1178 = l_1130 + uint(0);
const uint l_1179 = uint(l_1177);
const uint l_1180 = l_1179 / uint(32);
const uint l_1181 = l_1180 * uint(16);
const uint l_1182 = l_1178 + l_1181;
const uint l_1183 = l_1179 % uint(16);
const uint l_1184 = l_1182 + l_1183;
const uint l_1185 = l_1179 / uint(16);
const uint l_1186 = l_1185 % uint(2);
const uint l_1187 = l_1186 * uint(4);
const uint l_1188 = l_1184 / uint(4);
const uint l_1189 = buffer_0[l_1188];
const uint l_1190 = l_1184 % uint(4);
const uint l_1191 = l_1190 * uint(8);
const uint l_1192 = l_1191 + l_1187;
const uint l_1193 = l_1189 >> l_1192;
const uint l_1194 = l_1193 & uint(15);
const int l_1195 = int(l_1194);
const uint l_1196 = l_1113 + uint(0);
const uint l_1197 = uint(l_1177);
const uint l_1198 = l_1197 / uint(8);
const uint l_1199 = l_1198 * uint(1);
const uint l_1200 = l_1196 + l_1199;
const uint l_1201 = l_1197 % uint(1);
const uint l_1202 = l_1200 + l_1201;
const uint l_1203 = l_1197 / uint(1);
const uint l_1204 = l_1203 % uint(8);
const uint l_1205 = l_1204 * uint(1);
const uint l_1206 = l_1202 / uint(4);
const uint l_1207 = buffer_0[l_1206];
const uint l_1208 = l_1202 % uint(4);
const uint l_1209 = l_1208 * uint(8);
const uint l_1210 = l_1209 + l_1205;
const uint l_1211 = l_1207 >> l_1210;
const uint l_1212 = l_1211 & uint(1);
const int l_1213 = int(l_1212);
const uint l_1214 = uint(l_1213);
const uint l_1215 = uint(int(4));
const uint l_1216 = l_1214 << l_1215;
const int l_1217 = int(l_1216);
const int l_1218 = l_1195 | l_1217;
const float l_1219 = float(l_1218);
const float l_1220 = l_mut_83 * l_1219;
const float l_1221 = l_1220 + l_mut_17;
l_mut_107 = l_1221;
}
const uint l_1222 = l_1082 * uint(33);
const uint l_1223 = l_1222 + l_1083;
shared_memory_7[l_1223] = l_mut_107;
l_mut_107 = float(0.0);
const uint l_1224 = l_3 + l_1082;
const bool l_1225 = l_1224 < l_1;
const bool l_1226 = l_1084 < info.scalars_uint[2];
const bool l_1227 = l_1225 && l_1226;
if (l_1227) {
const uint l_1228 = l_1224 * info.scalars_uint[2];
const uint l_1229 = l_1228 + l_1084;
const float l_1230 = buffer_1[l_1229];
l_mut_107 = l_1230;
}
const uint l_1231 = l_1082 * uint(33);
const uint l_1232 = l_1231 + l_1083;
shared_memory_8[l_1232] = l_mut_107;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_1233 = uint(0); l_mut_1233 < uint(32); ++l_mut_1233) {
const uint l_1236 = l_4 + uint(0);
const uint l_1237 = l_1236 * uint(33);
const uint l_1238 = l_1237 + l_mut_1233;
const float l_1239 = shared_memory_8[l_1238];
l_arr_1234[uint(0)] = l_1239;
const uint l_1240 = l_5 + uint(0);
const uint l_1241 = l_1240 * uint(33);
const uint l_1242 = l_1241 + l_mut_1233;
const float l_1243 = shared_memory_7[l_1242];
l_arr_1235[uint(0)] = l_1243;
const uint l_1244 = l_4 + uint(16);
const uint l_1245 = l_1244 * uint(33);
const uint l_1246 = l_1245 + l_mut_1233;
const float l_1247 = shared_memory_8[l_1246];
l_arr_1234[uint(1)] = l_1247;
const uint l_1248 = l_5 + uint(16);
const uint l_1249 = l_1248 * uint(33);
const uint l_1250 = l_1249 + l_mut_1233;
const float l_1251 = shared_memory_7[l_1250];
l_arr_1235[uint(1)] = l_1251;
const uint l_1252 = l_4 + uint(32);
const uint l_1253 = l_1252 * uint(33);
const uint l_1254 = l_1253 + l_mut_1233;
const float l_1255 = shared_memory_8[l_1254];
l_arr_1234[uint(2)] = l_1255;
const uint l_1256 = l_5 + uint(32);
const uint l_1257 = l_1256 * uint(33);
const uint l_1258 = l_1257 + l_mut_1233;
const float l_1259 = shared_memory_7[l_1258];
l_arr_1235[uint(2)] = l_1259;
const uint l_1260 = l_4 + uint(48);
const uint l_1261 = l_1260 * uint(33);
const uint l_1262 = l_1261 + l_mut_1233;
const float l_1263 = shared_memory_8[l_1262];
l_arr_1234[uint(3)] = l_1263;
const uint l_1264 = l_5 + uint(48);
const uint l_1265 = l_1264 * uint(33);
const uint l_1266 = l_1265 + l_mut_1233;
const float l_1267 = shared_memory_7[l_1266];
l_arr_1235[uint(3)] = l_1267;
const float l_1268 = l_arr_1234[uint(0)];
const float l_1269 = l_arr_1235[uint(0)];
const float l_1270 = l_1268 * l_1269;
const float l_1271 = l_arr_9[uint(0)];
const float l_1272 = l_1271 + l_1270;
l_arr_9[uint(0)] = l_1272;
const float l_1273 = l_arr_1234[uint(0)];
const float l_1274 = l_arr_1235[uint(1)];
const float l_1275 = l_1273 * l_1274;
const float l_1276 = l_arr_9[uint(1)];
const float l_1277 = l_1276 + l_1275;
l_arr_9[uint(1)] = l_1277;
const float l_1278 = l_arr_1234[uint(0)];
const float l_1279 = l_arr_1235[uint(2)];
const float l_1280 = l_1278 * l_1279;
const float l_1281 = l_arr_9[uint(2)];
const float l_1282 = l_1281 + l_1280;
l_arr_9[uint(2)] = l_1282;
const float l_1283 = l_arr_1234[uint(0)];
const float l_1284 = l_arr_1235[uint(3)];
const float l_1285 = l_1283 * l_1284;
const float l_1286 = l_arr_9[uint(3)];
const float l_1287 = l_1286 + l_1285;
l_arr_9[uint(3)] = l_1287;
const float l_1288 = l_arr_1234[uint(1)];
const float l_1289 = l_arr_1235[uint(0)];
const float l_1290 = l_1288 * l_1289;
const float l_1291 = l_arr_9[uint(4)];
const float l_1292 = l_1291 + l_1290;
l_arr_9[uint(4)] = l_1292;
const float l_1293 = l_arr_1234[uint(1)];
const float l_1294 = l_arr_1235[uint(1)];
const float l_1295 = l_1293 * l_1294;
const float l_1296 = l_arr_9[uint(5)];
const float l_1297 = l_1296 + l_1295;
l_arr_9[uint(5)] = l_1297;
const float l_1298 = l_arr_1234[uint(1)];
const float l_1299 = l_arr_1235[uint(2)];
const float l_1300 = l_1298 * l_1299;
const float l_1301 = l_arr_9[uint(6)];
const float l_1302 = l_1301 + l_1300;
l_arr_9[uint(6)] = l_1302;
const float l_1303 = l_arr_1234[uint(1)];
const float l_1304 = l_arr_1235[uint(3)];
const float l_1305 = l_1303 * l_1304;
const float l_1306 = l_arr_9[uint(7)];
const float l_1307 = l_1306 + l_1305;
l_arr_9[uint(7)] = l_1307;
const float l_1308 = l_arr_1234[uint(2)];
const float l_1309 = l_arr_1235[uint(0)];
const float l_1310 = l_1308 * l_1309;
const float l_1311 = l_arr_9[uint(8)];
const float l_1312 = l_1311 + l_1310;
l_arr_9[uint(8)] = l_1312;
const float l_1313 = l_arr_1234[uint(2)];
const float l_1314 = l_arr_1235[uint(1)];
const float l_1315 = l_1313 * l_1314;
const float l_1316 = l_arr_9[uint(9)];
const float l_1317 = l_1316 + l_1315;
l_arr_9[uint(9)] = l_1317;
const float l_1318 = l_arr_1234[uint(2)];
const float l_1319 = l_arr_1235[uint(2)];
const float l_1320 = l_1318 * l_1319;
const float l_1321 = l_arr_9[uint(10)];
const float l_1322 = l_1321 + l_1320;
l_arr_9[uint(10)] = l_1322;
const float l_1323 = l_arr_1234[uint(2)];
const float l_1324 = l_arr_1235[uint(3)];
const float l_1325 = l_1323 * l_1324;
const float l_1326 = l_arr_9[uint(11)];
const float l_1327 = l_1326 + l_1325;
l_arr_9[uint(11)] = l_1327;
const float l_1328 = l_arr_1234[uint(3)];
const float l_1329 = l_arr_1235[uint(0)];
const float l_1330 = l_1328 * l_1329;
const float l_1331 = l_arr_9[uint(12)];
const float l_1332 = l_1331 + l_1330;
l_arr_9[uint(12)] = l_1332;
const float l_1333 = l_arr_1234[uint(3)];
const float l_1334 = l_arr_1235[uint(1)];
const float l_1335 = l_1333 * l_1334;
const float l_1336 = l_arr_9[uint(13)];
const float l_1337 = l_1336 + l_1335;
l_arr_9[uint(13)] = l_1337;
const float l_1338 = l_arr_1234[uint(3)];
const float l_1339 = l_arr_1235[uint(2)];
const float l_1340 = l_1338 * l_1339;
const float l_1341 = l_arr_9[uint(14)];
const float l_1342 = l_1341 + l_1340;
l_arr_9[uint(14)] = l_1342;
const float l_1343 = l_arr_1234[uint(3)];
const float l_1344 = l_arr_1235[uint(3)];
const float l_1345 = l_1343 * l_1344;
const float l_1346 = l_arr_9[uint(15)];
const float l_1347 = l_1346 + l_1345;
l_arr_9[uint(15)] = l_1347;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_1348 = l_3 + l_4;
const uint l_1349 = l_1348 + uint(0);
const uint l_1350 = l_2 + l_5;
const uint l_1351 = l_1350 + uint(0);
const bool l_1352 = l_1349 < l_1;
const bool l_1353 = l_1351 < info.scalars_uint[1];
const bool l_1354 = l_1352 && l_1353;
if (l_1354) {
const uint l_1355 = l_1349 * info.scalars_uint[1];
const uint l_1356 = l_1355 + l_1351;
const float l_1357 = l_arr_9[uint(0)];
buffer_2[l_1356] = l_1357;
}
const uint l_1358 = l_3 + l_4;
const uint l_1359 = l_1358 + uint(0);
const uint l_1360 = l_2 + l_5;
const uint l_1361 = l_1360 + uint(16);
const bool l_1362 = l_1359 < l_1;
const bool l_1363 = l_1361 < info.scalars_uint[1];
const bool l_1364 = l_1362 && l_1363;
if (l_1364) {
const uint l_1365 = l_1359 * info.scalars_uint[1];
const uint l_1366 = l_1365 + l_1361;
const float l_1367 = l_arr_9[uint(1)];
buffer_2[l_1366] = l_1367;
}
const uint l_1368 = l_3 + l_4;
const uint l_1369 = l_1368 + uint(0);
const uint l_1370 = l_2 + l_5;
const uint l_1371 = l_1370 + uint(32);
const bool l_1372 = l_1369 < l_1;
const bool l_1373 = l_1371 < info.scalars_uint[1];
const bool l_1374 = l_1372 && l_1373;
if (l_1374) {
const uint l_1375 = l_1369 * info.scalars_uint[1];
const uint l_1376 = l_1375 + l_1371;
const float l_1377 = l_arr_9[uint(2)];
buffer_2[l_1376] = l_1377;
}
const uint l_1378 = l_3 + l_4;
const uint l_1379 = l_1378 + uint(0);
const uint l_1380 = l_2 + l_5;
const uint l_1381 = l_1380 + uint(48);
const bool l_1382 = l_1379 < l_1;
const bool l_1383 = l_1381 < info.scalars_uint[1];
const bool l_1384 = l_1382 && l_1383;
if (l_1384) {
const uint l_1385 = l_1379 * info.scalars_uint[1];
const uint l_1386 = l_1385 + l_1381;
const float l_1387 = l_arr_9[uint(3)];
buffer_2[l_1386] = l_1387;
}
const uint l_1388 = l_3 + l_4;
const uint l_1389 = l_1388 + uint(16);
const uint l_1390 = l_2 + l_5;
const uint l_1391 = l_1390 + uint(0);
const bool l_1392 = l_1389 < l_1;
const bool l_1393 = l_1391 < info.scalars_uint[1];
const bool l_1394 = l_1392 && l_1393;
if (l_1394) {
const uint l_1395 = l_1389 * info.scalars_uint[1];
const uint l_1396 = l_1395 + l_1391;
const float l_1397 = l_arr_9[uint(4)];
buffer_2[l_1396] = l_1397;
}
const uint l_1398 = l_3 + l_4;
const uint l_1399 = l_1398 + uint(16);
const uint l_1400 = l_2 + l_5;
const uint l_1401 = l_1400 + uint(16);
const bool l_1402 = l_1399 < l_1;
const bool l_1403 = l_1401 < info.scalars_uint[1];
const bool l_1404 = l_1402 && l_1403;
if (l_1404) {
const uint l_1405 = l_1399 * info.scalars_uint[1];
const uint l_1406 = l_1405 + l_1401;
const float l_1407 = l_arr_9[uint(5)];
buffer_2[l_1406] = l_1407;
}
const uint l_1408 = l_3 + l_4;
const uint l_1409 = l_1408 + uint(16);
const uint l_1410 = l_2 + l_5;
const uint l_1411 = l_1410 + uint(32);
const bool l_1412 = l_1409 < l_1;
const bool l_1413 = l_1411 < info.scalars_uint[1];
const bool l_1414 = l_1412 && l_1413;
if (l_1414) {
const uint l_1415 = l_1409 * info.scalars_uint[1];
const uint l_1416 = l_1415 + l_1411;
const float l_1417 = l_arr_9[uint(6)];
buffer_2[l_1416] = l_1417;
}
const uint l_1418 = l_3 + l_4;
const uint l_1419 = l_1418 + uint(16);
const uint l_1420 = l_2 + l_5;
const uint l_1421 = l_1420 + uint(48);
const bool l_1422 = l_1419 < l_1;
const bool l_1423 = l_1421 < info.scalars_uint[1];
const bool l_1424 = l_1422 && l_1423;
if (l_1424) {
const uint l_1425 = l_1419 * info.scalars_uint[1];
const uint l_1426 = l_1425 + l_1421;
const float l_1427 = l_arr_9[uint(7)];
buffer_2[l_1426] = l_1427;
}
const uint l_1428 = l_3 + l_4;
const uint l_1429 = l_1428 + uint(32);
const uint l_1430 = l_2 + l_5;
const uint l_1431 = l_1430 + uint(0);
const bool l_1432 = l_1429 < l_1;
const bool l_1433 = l_1431 < info.scalars_uint[1];
const bool l_1434 = l_1432 && l_1433;
if (l_1434) {
const uint l_1435 = l_1429 * info.scalars_uint[1];
const uint l_1436 = l_1435 + l_1431;
const float l_1437 = l_arr_9[uint(8)];
buffer_2[l_1436] = l_1437;
}
const uint l_1438 = l_3 + l_4;
const uint l_1439 = l_1438 + uint(32);
const uint l_1440 = l_2 + l_5;
const uint l_1441 = l_1440 + uint(16);
const bool l_1442 = l_1439 < l_1;
const bool l_1443 = l_1441 < info.scalars_uint[1];
const bool l_1444 = l_1442 && l_1443;
if (l_1444) {
const uint l_1445 = l_1439 * info.scalars_uint[1];
const uint l_1446 = l_1445 + l_1441;
const float l_1447 = l_arr_9[uint(9)];
buffer_2[l_1446] = l_1447;
}
const uint l_1448 = l_3 + l_4;
const uint l_1449 = l_1448 + uint(32);
const uint l_1450 = l_2 + l_5;
const uint l_1451 = l_1450 + uint(32);
const bool l_1452 = l_1449 < l_1;
const bool l_1453 = l_1451 < info.scalars_uint[1];
const bool l_1454 = l_1452 && l_1453;
if (l_1454) {
const uint l_1455 = l_1449 * info.scalars_uint[1];
const uint l_1456 = l_1455 + l_1451;
const float l_1457 = l_arr_9[uint(10)];
buffer_2[l_1456] = l_1457;
}
const uint l_1458 = l_3 + l_4;
const uint l_1459 = l_1458 + uint(32);
const uint l_1460 = l_2 + l_5;
const uint l_1461 = l_1460 + uint(48);
const bool l_1462 = l_1459 < l_1;
const bool l_1463 = l_1461 < info.scalars_uint[1];
const bool l_1464 = l_1462 && l_1463;
if (l_1464) {
const uint l_1465 = l_1459 * info.scalars_uint[1];
const uint l_1466 = l_1465 + l_1461;
const float l_1467 = l_arr_9[uint(11)];
buffer_2[l_1466] = l_1467;
}
const uint l_1468 = l_3 + l_4;
const uint l_1469 = l_1468 + uint(48);
const uint l_1470 = l_2 + l_5;
const uint l_1471 = l_1470 + uint(0);
const bool l_1472 = l_1469 < l_1;
const bool l_1473 = l_1471 < info.scalars_uint[1];
const bool l_1474 = l_1472 && l_1473;
if (l_1474) {
const uint l_1475 = l_1469 * info.scalars_uint[1];
const uint l_1476 = l_1475 + l_1471;
const float l_1477 = l_arr_9[uint(12)];
buffer_2[l_1476] = l_1477;
}
const uint l_1478 = l_3 + l_4;
const uint l_1479 = l_1478 + uint(48);
const uint l_1480 = l_2 + l_5;
const uint l_1481 = l_1480 + uint(16);
const bool l_1482 = l_1479 < l_1;
const bool l_1483 = l_1481 < info.scalars_uint[1];
const bool l_1484 = l_1482 && l_1483;
if (l_1484) {
const uint l_1485 = l_1479 * info.scalars_uint[1];
const uint l_1486 = l_1485 + l_1481;
const float l_1487 = l_arr_9[uint(13)];
buffer_2[l_1486] = l_1487;
}
const uint l_1488 = l_3 + l_4;
const uint l_1489 = l_1488 + uint(48);
const uint l_1490 = l_2 + l_5;
const uint l_1491 = l_1490 + uint(32);
const bool l_1492 = l_1489 < l_1;
const bool l_1493 = l_1491 < info.scalars_uint[1];
const bool l_1494 = l_1492 && l_1493;
if (l_1494) {
const uint l_1495 = l_1489 * info.scalars_uint[1];
const uint l_1496 = l_1495 + l_1491;
const float l_1497 = l_arr_9[uint(14)];
buffer_2[l_1496] = l_1497;
}
const uint l_1498 = l_3 + l_4;
const uint l_1499 = l_1498 + uint(48);
const uint l_1500 = l_2 + l_5;
const uint l_1501 = l_1500 + uint(48);
const bool l_1502 = l_1499 < l_1;
const bool l_1503 = l_1501 < info.scalars_uint[1];
const bool l_1504 = l_1502 && l_1503;
if (l_1504) {
const uint l_1505 = l_1499 * info.scalars_uint[1];
const uint l_1506 = l_1505 + l_1501;
const float l_1507 = l_arr_9[uint(15)];
buffer_2[l_1506] = l_1507;
}

}
