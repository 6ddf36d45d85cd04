
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

float l_arr_250[4];

float l_arr_251[4];

float l_mut_19;
int l_mut_120;
int l_mut_165;
uint l_mut_10;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(64);
const uint l_3 = threadgroup_pos_in_grid.y * uint(64);
const uint l_4 = thread_pos_in_threadgroup.x / uint(16);
const uint l_5 = thread_pos_in_threadgroup.x % uint(16);
const uint l_6 = info.scalars_uint[2] / uint(256);
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

for (uint l_mut_13 = uint(0); l_mut_13 < uint(8); ++l_mut_13) {
const uint l_14 = l_mut_13 * uint(256);
const uint l_15 = l_14 + thread_pos_in_threadgroup.x;
const uint l_16 = l_15 / uint(32);
const uint l_17 = l_15 % uint(32);
const uint l_18 = l_mut_10 + l_17;
l_mut_19 = float(0.0);
const uint l_20 = l_2 + l_16;
const bool l_21 = l_20 < info.scalars_uint[1];
const bool l_22 = l_18 < info.scalars_uint[2];
const bool l_23 = l_21 && l_22;
if (l_23) {
const uint l_24 = l_20 * l_6;
const uint l_25 = l_18 / uint(256);
const uint l_26 = l_24 + l_25;
const uint l_27 = l_18 % uint(256);
const uint l_28 = l_26 * uint(2);
const uint l_29 = uint(0) + l_28;
const uint l_30 = info.scalars_uint[0] * uint(2);
const uint l_31 = l_30 + uint(3);
const uint l_32 = l_31 / uint(4);
const uint l_33 = l_32 * uint(4);
const uint l_34 = uint(0) + l_33;
const uint l_35 = l_26 * uint(2);
const uint l_36 = l_34 + l_35;
const uint l_37 = info.scalars_uint[0] * uint(2);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = uint(0) + l_40;
const uint l_42 = info.scalars_uint[0] * uint(2);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_26 * uint(12);
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
const uint l_64 = l_26 * uint(128);
const uint l_65 = l_63 + l_64;
const uint l_66 = l_29 / uint(4);
const uint l_67 = buffer_0[l_66];
const uint l_68 = l_29 % uint(4);
const uint l_69 = l_68 * uint(8);
const uint l_70 = l_67 >> l_69;
const uint l_71 = l_70 & uint(65535);
const uint l_72 = l_71 & uint(32768);
const uint l_73 = l_72 << uint(16);
const uint l_74 = l_71 >> uint(10);
const uint l_75 = l_74 & uint(31);
const uint l_76 = l_71 & uint(1023);
const bool l_77 = l_75 == uint(31);
const uint l_78 = l_75 + uint(112);
const uint l_79 = (l_77) ? uint(255) : l_78;
const uint l_80 = l_79 << uint(23);
const uint l_81 = l_73 | l_80;
const uint l_82 = l_76 << uint(13);
const uint l_83 = l_81 | l_82;
const float l_84 = reinterpret_cast<thread float const&>(l_83);
const float l_85 = float(l_76);
const float l_86 = l_85 * float(5.960464477539063e-8);
const bool l_87 = l_73 == uint(0);
const float l_88 = -l_86;
const float l_89 = (l_87) ? l_86 : l_88;
const bool l_90 = l_75 == uint(0);
const float l_91 = (l_90) ? l_89 : l_84;
const uint l_92 = l_36 / uint(4);
const uint l_93 = buffer_0[l_92];
const uint l_94 = l_36 % uint(4);
const uint l_95 = l_94 * uint(8);
const uint l_96 = l_93 >> l_95;
const uint l_97 = l_96 & uint(65535);
const uint l_98 = l_97 & uint(32768);
const uint l_99 = l_98 << uint(16);
const uint l_100 = l_97 >> uint(10);
const uint l_101 = l_100 & uint(31);
const uint l_102 = l_97 & uint(1023);
const bool l_103 = l_101 == uint(31);
const uint l_104 = l_101 + uint(112);
const uint l_105 = (l_103) ? uint(255) : l_104;
const uint l_106 = l_105 << uint(23);
const uint l_107 = l_99 | l_106;
const uint l_108 = l_102 << uint(13);
const uint l_109 = l_107 | l_108;
const float l_110 = reinterpret_cast<thread float const&>(l_109);
const float l_111 = float(l_102);
const float l_112 = l_111 * float(5.960464477539063e-8);
const bool l_113 = l_99 == uint(0);
const float l_114 = -l_112;
const float l_115 = (l_113) ? l_112 : l_114;
const bool l_116 = l_101 == uint(0);
const float l_117 = (l_116) ? l_115 : l_110;
const int l_118 = int(l_27);
const int l_119 = l_118 / int(32);
l_mut_120 = int(0);
const bool l_121 = l_119 < int(4);
if (l_121) {
const uint l_122 = uint(l_119);
const uint l_123 = l_48 + l_122;
const uint l_124 = l_123 / uint(4);
const uint l_125 = buffer_0[l_124];
const uint l_126 = l_123 % uint(4);
const uint l_127 = l_126 * uint(8);
const uint l_128 = l_127 + uint(0);
const uint l_129 = l_125 >> l_128;
const uint l_130 = l_129 & uint(255);
const int l_131 = int(l_130);
const int l_132 = l_131 & int(63);
l_mut_120 = l_132;
} else {
const int l_133 = l_119 + int(4);
const uint l_134 = uint(l_133);
const uint l_135 = l_48 + l_134;
const uint l_136 = l_135 / uint(4);
const uint l_137 = buffer_0[l_136];
const uint l_138 = l_135 % uint(4);
const uint l_139 = l_138 * uint(8);
const uint l_140 = l_139 + uint(0);
const uint l_141 = l_137 >> l_140;
const uint l_142 = l_141 & uint(255);
const int l_143 = int(l_142);
const int l_144 = l_143 & int(15);
const int l_145 = l_119 - int(4);
const uint l_146 = uint(l_145);
const uint l_147 = l_48 + l_146;
const uint l_148 = l_147 / uint(4);
const uint l_149 = buffer_0[l_148];
const uint l_150 = l_147 % uint(4);
const uint l_151 = l_150 * uint(8);
const uint l_152 = l_151 + uint(0);
const uint l_153 = l_149 >> l_152;
const uint l_154 = l_153 & uint(255);
const int l_155 = int(l_154);
const uint l_156 = uint(l_155);
const uint l_157 = uint(int(6));
const uint l_158 = l_156 >> l_157;
const int l_159 = int(l_158);
const uint l_160 = uint(l_159);
const uint l_161 = uint(int(4));
const uint l_162 = l_160 << l_161;
const int l_163 = int(l_162);
const int l_164 = l_144 | l_163;
l_mut_120 = l_164;
}
l_mut_165 = int(0);
const bool l_166 = l_119 < int(4);
if (l_166) {
const int l_167 = l_119 + int(4);
const uint l_168 = uint(l_167);
const uint l_169 = l_48 + l_168;
const uint l_170 = l_169 / uint(4);
const uint l_171 = buffer_0[l_170];
const uint l_172 = l_169 % uint(4);
const uint l_173 = l_172 * uint(8);
const uint l_174 = l_173 + uint(0);
const uint l_175 = l_171 >> l_174;
const uint l_176 = l_175 & uint(255);
const int l_177 = int(l_176);
const int l_178 = l_177 & int(63);
l_mut_165 = l_178;
} else {
const int l_179 = l_119 + int(4);
const uint l_180 = uint(l_179);
const uint l_181 = l_48 + l_180;
const uint l_182 = l_181 / uint(4);
const uint l_183 = buffer_0[l_182];
const uint l_184 = l_181 % uint(4);
const uint l_185 = l_184 * uint(8);
const uint l_186 = l_185 + uint(0);
const uint l_187 = l_183 >> l_186;
const uint l_188 = l_187 & uint(255);
const int l_189 = int(l_188);
const uint l_190 = uint(l_189);
const uint l_191 = uint(int(4));
const uint l_192 = l_190 >> l_191;
const int l_193 = int(l_192);
const uint l_194 = uint(l_119);
const uint l_195 = l_48 + l_194;
const uint l_196 = l_195 / uint(4);
const uint l_197 = buffer_0[l_196];
const uint l_198 = l_195 % uint(4);
const uint l_199 = l_198 * uint(8);
const uint l_200 = l_199 + uint(0);
const uint l_201 = l_197 >> l_200;
const uint l_202 = l_201 & uint(255);
const int l_203 = int(l_202);
const uint l_204 = uint(l_203);
const uint l_205 = uint(int(6));
const uint l_206 = l_204 >> l_205;
const int l_207 = int(l_206);
const uint l_208 = uint(l_207);
const uint l_209 = uint(int(4));
const uint l_210 = l_208 << l_209;
const int l_211 = int(l_210);
const int l_212 = l_193 | l_211;
l_mut_165 = l_212;
}
const uint l_213 = l_65 + uint(0);
const uint l_214 = uint(l_118);
const uint l_215 = l_214 / uint(64);
const uint l_216 = l_215 * uint(32);
const uint l_217 = l_213 + l_216;
const uint l_218 = l_214 % uint(32);
const uint l_219 = l_217 + l_218;
const uint l_220 = l_214 / uint(32);
const uint l_221 = l_220 % uint(2);
const uint l_222 = l_221 * uint(4);
const uint l_223 = l_219 / uint(4);
const uint l_224 = buffer_0[l_223];
const uint l_225 = l_219 % uint(4);
const uint l_226 = l_225 * uint(8);
const uint l_227 = l_226 + l_222;
const uint l_228 = l_224 >> l_227;
const uint l_229 = l_228 & uint(15);
const int l_230 = int(l_229);
const float l_231 = float(l_mut_120);
const float l_232 = l_91 * l_231;
const float l_233 = float(l_230);
const float l_234 = l_232 * l_233;
const float l_235 = float(l_mut_165);
const float l_236 = l_117 * l_235;
const float l_237 = l_234 - l_236;
l_mut_19 = l_237;
}
const uint l_238 = l_16 * uint(33);
const uint l_239 = l_238 + l_17;
shared_memory_7[l_239] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_240 = l_3 + l_16;
const bool l_241 = l_240 < l_1;
const bool l_242 = l_18 < info.scalars_uint[2];
const bool l_243 = l_241 && l_242;
if (l_243) {
const uint l_244 = l_240 * info.scalars_uint[2];
const uint l_245 = l_244 + l_18;
const float l_246 = buffer_1[l_245];
l_mut_19 = l_246;
}
const uint l_247 = l_16 * uint(33);
const uint l_248 = l_247 + l_17;
shared_memory_8[l_248] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_249 = uint(0); l_mut_249 < uint(32); ++l_mut_249) {
const uint l_252 = l_4 + uint(0);
const uint l_253 = l_252 * uint(33);
const uint l_254 = l_253 + l_mut_249;
const float l_255 = shared_memory_8[l_254];
l_arr_250[uint(0)] = l_255;
const uint l_256 = l_5 + uint(0);
const uint l_257 = l_256 * uint(33);
const uint l_258 = l_257 + l_mut_249;
const float l_259 = shared_memory_7[l_258];
l_arr_251[uint(0)] = l_259;
const uint l_260 = l_4 + uint(16);
const uint l_261 = l_260 * uint(33);
const uint l_262 = l_261 + l_mut_249;
const float l_263 = shared_memory_8[l_262];
l_arr_250[uint(1)] = l_263;
const uint l_264 = l_5 + uint(16);
const uint l_265 = l_264 * uint(33);
const uint l_266 = l_265 + l_mut_249;
const float l_267 = shared_memory_7[l_266];
l_arr_251[uint(1)] = l_267;
const uint l_268 = l_4 + uint(32);
const uint l_269 = l_268 * uint(33);
const uint l_270 = l_269 + l_mut_249;
const float l_271 = shared_memory_8[l_270];
l_arr_250[uint(2)] = l_271;
const uint l_272 = l_5 + uint(32);
const uint l_273 = l_272 * uint(33);
const uint l_274 = l_273 + l_mut_249;
const float l_275 = shared_memory_7[l_274];
l_arr_251[uint(2)] = l_275;
const uint l_276 = l_4 + uint(48);
const uint l_277 = l_276 * uint(33);
const uint l_278 = l_277 + l_mut_249;
const float l_279 = shared_memory_8[l_278];
l_arr_250[uint(3)] = l_279;
const uint l_280 = l_5 + uint(48);
const uint l_281 = l_280 * uint(33);
const uint l_282 = l_281 + l_mut_249;
const float l_283 = shared_memory_7[l_282];
l_arr_251[uint(3)] = l_283;
const float l_284 = l_arr_250[uint(0)];
const float l_285 = l_arr_251[uint(0)];
const float l_286 = l_284 * l_285;
const float l_287 = l_arr_9[uint(0)];
const float l_288 = l_287 + l_286;
l_arr_9[uint(0)] = l_288;
const float l_289 = l_arr_250[uint(0)];
const float l_290 = l_arr_251[uint(1)];
const float l_291 = l_289 * l_290;
const float l_292 = l_arr_9[uint(1)];
const float l_293 = l_292 + l_291;
l_arr_9[uint(1)] = l_293;
const float l_294 = l_arr_250[uint(0)];
const float l_295 = l_arr_251[uint(2)];
const float l_296 = l_294 * l_295;
const float l_297 = l_arr_9[uint(2)];
const float l_298 = l_297 + l_296;
l_arr_9[uint(2)] = l_298;
const float l_299 = l_arr_250[uint(0)];
const float l_300 = l_arr_251[uint(3)];
const float l_301 = l_299 * l_300;
const float l_302 = l_arr_9[uint(3)];
const float l_303 = l_302 + l_301;
l_arr_9[uint(3)] = l_303;
const float l_304 = l_arr_250[uint(1)];
const float l_305 = l_arr_251[uint(0)];
const float l_306 = l_304 * l_305;
const float l_307 = l_arr_9[uint(4)];
const float l_308 = l_307 + l_306;
l_arr_9[uint(4)] = l_308;
const float l_309 = l_arr_250[uint(1)];
const float l_310 = l_arr_251[uint(1)];
const float l_311 = l_309 * l_310;
const float l_312 = l_arr_9[uint(5)];
const float l_313 = l_312 + l_311;
l_arr_9[uint(5)] = l_313;
const float l_314 = l_arr_250[uint(1)];
const float l_315 = l_arr_251[uint(2)];
const float l_316 = l_314 * l_315;
const float l_317 = l_arr_9[uint(6)];
const float l_318 = l_317 + l_316;
l_arr_9[uint(6)] = l_318;
const float l_319 = l_arr_250[uint(1)];
const float l_320 = l_arr_251[uint(3)];
const float l_321 = l_319 * l_320;
const float l_322 = l_arr_9[uint(7)];
const float l_323 = l_322 + l_321;
l_arr_9[uint(7)] = l_323;
const float l_324 = l_arr_250[uint(2)];
const float l_325 = l_arr_251[uint(0)];
const float l_326 = l_324 * l_325;
const float l_327 = l_arr_9[uint(8)];
const float l_328 = l_327 + l_326;
l_arr_9[uint(8)] = l_328;
const float l_329 = l_arr_250[uint(2)];
const float l_330 = l_arr_251[uint(1)];
const float l_331 = l_329 * l_330;
const float l_332 = l_arr_9[uint(9)];
const float l_333 = l_332 + l_331;
l_arr_9[uint(9)] = l_333;
const float l_334 = l_arr_250[uint(2)];
const float l_335 = l_arr_251[uint(2)];
const float l_336 = l_334 * l_335;
const float l_337 = l_arr_9[uint(10)];
const float l_338 = l_337 + l_336;
l_arr_9[uint(10)] = l_338;
const float l_339 = l_arr_250[uint(2)];
const float l_340 = l_arr_251[uint(3)];
const float l_341 = l_339 * l_340;
const float l_342 = l_arr_9[uint(11)];
const float l_343 = l_342 + l_341;
l_arr_9[uint(11)] = l_343;
const float l_344 = l_arr_250[uint(3)];
const float l_345 = l_arr_251[uint(0)];
const float l_346 = l_344 * l_345;
const float l_347 = l_arr_9[uint(12)];
const float l_348 = l_347 + l_346;
l_arr_9[uint(12)] = l_348;
const float l_349 = l_arr_250[uint(3)];
const float l_350 = l_arr_251[uint(1)];
const float l_351 = l_349 * l_350;
const float l_352 = l_arr_9[uint(13)];
const float l_353 = l_352 + l_351;
l_arr_9[uint(13)] = l_353;
const float l_354 = l_arr_250[uint(3)];
const float l_355 = l_arr_251[uint(2)];
const float l_356 = l_354 * l_355;
const float l_357 = l_arr_9[uint(14)];
const float l_358 = l_357 + l_356;
l_arr_9[uint(14)] = l_358;
const float l_359 = l_arr_250[uint(3)];
const float l_360 = l_arr_251[uint(3)];
const float l_361 = l_359 * l_360;
const float l_362 = l_arr_9[uint(15)];
const float l_363 = l_362 + l_361;
l_arr_9[uint(15)] = l_363;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_364 = l_3 + l_4;
const uint l_365 = l_364 + uint(0);
const uint l_366 = l_2 + l_5;
const uint l_367 = l_366 + uint(0);
const bool l_368 = l_365 < l_1;
const bool l_369 = l_367 < info.scalars_uint[1];
const bool l_370 = l_368 && l_369;
if (l_370) {
const uint l_371 = l_365 * info.scalars_uint[1];
const uint l_372 = l_371 + l_367;
const float l_373 = l_arr_9[uint(0)];
buffer_2[l_372] = l_373;
}
const uint l_374 = l_3 + l_4;
const uint l_375 = l_374 + uint(0);
const uint l_376 = l_2 + l_5;
const uint l_377 = l_376 + uint(16);
const bool l_378 = l_375 < l_1;
const bool l_379 = l_377 < info.scalars_uint[1];
const bool l_380 = l_378 && l_379;
if (l_380) {
const uint l_381 = l_375 * info.scalars_uint[1];
const uint l_382 = l_381 + l_377;
const float l_383 = l_arr_9[uint(1)];
buffer_2[l_382] = l_383;
}
const uint l_384 = l_3 + l_4;
const uint l_385 = l_384 + uint(0);
const uint l_386 = l_2 + l_5;
const uint l_387 = l_386 + uint(32);
const bool l_388 = l_385 < l_1;
const bool l_389 = l_387 < info.scalars_uint[1];
const bool l_390 = l_388 && l_389;
if (l_390) {
const uint l_391 = l_385 * info.scalars_uint[1];
const uint l_392 = l_391 + l_387;
const float l_393 = l_arr_9[uint(2)];
buffer_2[l_392] = l_393;
}
const uint l_394 = l_3 + l_4;
const uint l_395 = l_394 + uint(0);
const uint l_396 = l_2 + l_5;
const uint l_397 = l_396 + uint(48);
const bool l_398 = l_395 < l_1;
const bool l_399 = l_397 < info.scalars_uint[1];
const bool l_400 = l_398 && l_399;
if (l_400) {
const uint l_401 = l_395 * info.scalars_uint[1];
const uint l_402 = l_401 + l_397;
const float l_403 = l_arr_9[uint(3)];
buffer_2[l_402] = l_403;
}
const uint l_404 = l_3 + l_4;
const uint l_405 = l_404 + uint(16);
const uint l_406 = l_2 + l_5;
const uint l_407 = l_406 + uint(0);
const bool l_408 = l_405 < l_1;
const bool l_409 = l_407 < info.scalars_uint[1];
const bool l_410 = l_408 && l_409;
if (l_410) {
const uint l_411 = l_405 * info.scalars_uint[1];
const uint l_412 = l_411 + l_407;
const float l_413 = l_arr_9[uint(4)];
buffer_2[l_412] = l_413;
}
const uint l_414 = l_3 + l_4;
const uint l_415 = l_414 + uint(16);
const uint l_416 = l_2 + l_5;
const uint l_417 = l_416 + uint(16);
const bool l_418 = l_415 < l_1;
const bool l_419 = l_417 < info.scalars_uint[1];
const bool l_420 = l_418 && l_419;
if (l_420) {
const uint l_421 = l_415 * info.scalars_uint[1];
const uint l_422 = l_421 + l_417;
const float l_423 = l_arr_9[uint(5)];
buffer_2[l_422] = l_423;
}
const uint l_424 = l_3 + l_4;
const uint l_425 = l_424 + uint(16);
const uint l_426 = l_2 + l_5;
const uint l_427 = l_426 + uint(32);
const bool l_428 = l_425 < l_1;
const bool l_429 = l_427 < info.scalars_uint[1];
const bool l_430 = l_428 && l_429;
if (l_430) {
const uint l_431 = l_425 * info.scalars_uint[1];
const uint l_432 = l_431 + l_427;
const float l_433 = l_arr_9[uint(6)];
buffer_2[l_432] = l_433;
}
const uint l_434 = l_3 + l_4;
const uint l_435 = l_434 + uint(16);
const uint l_436 = l_2 + l_5;
const uint l_437 = l_436 + uint(48);
const bool l_438 = l_435 < l_1;
const bool l_439 = l_437 < info.scalars_uint[1];
const bool l_440 = l_438 && l_439;
if (l_440) {
const uint l_441 = l_435 * info.scalars_uint[1];
const uint l_442 = l_441 + l_437;
const float l_443 = l_arr_9[uint(7)];
buffer_2[l_442] = l_443;
}
const uint l_444 = l_3 + l_4;
const uint l_445 = l_444 + uint(32);
const uint l_446 = l_2 + l_5;
const uint l_447 = l_446 + uint(0);
const bool l_448 = l_445 < l_1;
const bool l_449 = l_447 < info.scalars_uint[1];
const bool l_450 = l_448 && l_449;
if (l_450) {
const uint l_451 = l_445 * info.scalars_uint[1];
const uint l_452 = l_451 + l_447;
const float l_453 = l_arr_9[uint(8)];
buffer_2[l_452] = l_453;
}
const uint l_454 = l_3 + l_4;
const uint l_455 = l_454 + uint(32);
const uint l_456 = l_2 + l_5;
const uint l_457 = l_456 + uint(16);
const bool l_458 = l_455 < l_1;
const bool l_459 = l_457 < info.scalars_uint[1];
const bool l_460 = l_458 && l_459;
if (l_460) {
const uint l_461 = l_455 * info.scalars_uint[1];
const uint l_462 = l_461 + l_457;
const float l_463 = l_arr_9[uint(9)];
buffer_2[l_462] = l_463;
}
const uint l_464 = l_3 + l_4;
const uint l_465 = l_464 + uint(32);
const uint l_466 = l_2 + l_5;
const uint l_467 = l_466 + uint(32);
const bool l_468 = l_465 < l_1;
const bool l_469 = l_467 < info.scalars_uint[1];
const bool l_470 = l_468 && l_469;
if (l_470) {
const uint l_471 = l_465 * info.scalars_uint[1];
const uint l_472 = l_471 + l_467;
const float l_473 = l_arr_9[uint(10)];
buffer_2[l_472] = l_473;
}
const uint l_474 = l_3 + l_4;
const uint l_475 = l_474 + uint(32);
const uint l_476 = l_2 + l_5;
const uint l_477 = l_476 + uint(48);
const bool l_478 = l_475 < l_1;
const bool l_479 = l_477 < info.scalars_uint[1];
const bool l_480 = l_478 && l_479;
if (l_480) {
const uint l_481 = l_475 * info.scalars_uint[1];
const uint l_482 = l_481 + l_477;
const float l_483 = l_arr_9[uint(11)];
buffer_2[l_482] = l_483;
}
const uint l_484 = l_3 + l_4;
const uint l_485 = l_484 + uint(48);
const uint l_486 = l_2 + l_5;
const uint l_487 = l_486 + uint(0);
const bool l_488 = l_485 < l_1;
const bool l_489 = l_487 < info.scalars_uint[1];
const bool l_490 = l_488 && l_489;
if (l_490) {
const uint l_491 = l_485 * info.scalars_uint[1];
const uint l_492 = l_491 + l_487;
const float l_493 = l_arr_9[uint(12)];
buffer_2[l_492] = l_493;
}
const uint l_494 = l_3 + l_4;
const uint l_495 = l_494 + uint(48);
const uint l_496 = l_2 + l_5;
const uint l_497 = l_496 + uint(16);
const bool l_498 = l_495 < l_1;
const bool l_499 = l_497 < info.scalars_uint[1];
const bool l_500 = l_498 && l_499;
if (l_500) {
const uint l_501 = l_495 * info.scalars_uint[1];
const uint l_502 = l_501 + l_497;
const float l_503 = l_arr_9[uint(13)];
buffer_2[l_502] = l_503;
}
const uint l_504 = l_3 + l_4;
const uint l_505 = l_504 + uint(48);
const uint l_506 = l_2 + l_5;
const uint l_507 = l_506 + uint(32);
const bool l_508 = l_505 < l_1;
const bool l_509 = l_507 < info.scalars_uint[1];
const bool l_510 = l_508 && l_509;
if (l_510) {
const uint l_511 = l_505 * info.scalars_uint[1];
const uint l_512 = l_511 + l_507;
const float l_513 = l_arr_9[uint(14)];
buffer_2[l_512] = l_513;
}
const uint l_514 = l_3 + l_4;
const uint l_515 = l_514 + uint(48);
const uint l_516 = l_2 + l_5;
const uint l_517 = l_516 + uint(48);
const bool l_518 = l_515 < l_1;
const bool l_519 = l_517 < info.scalars_uint[1];
const bool l_520 = l_518 && l_519;
if (l_520) {
const uint l_521 = l_515 * info.scalars_uint[1];
const uint l_522 = l_521 + l_517;
const float l_523 = l_arr_9[uint(15)];
buffer_2[l_522] = l_523;
}

}
