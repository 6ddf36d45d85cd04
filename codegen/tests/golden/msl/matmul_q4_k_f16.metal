
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

float l_arr_251[4];

float l_arr_252[4];

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
const half l_246 = buffer_1[l_245];
const float l_247 = float(l_246);
l_mut_19 = l_247;
}
const uint l_248 = l_16 * uint(33);
const uint l_249 = l_248 + l_17;
shared_memory_8[l_249] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_250 = uint(0); l_mut_250 < uint(32); ++l_mut_250) {
const uint l_253 = l_4 + uint(0);
const uint l_254 = l_253 * uint(33);
const uint l_255 = l_254 + l_mut_250;
const float l_256 = shared_memory_8[l_255];
l_arr_251[uint(0)] = l_256;
const uint l_257 = l_5 + uint(0);
const uint l_258 = l_257 * uint(33);
const uint l_259 = l_258 + l_mut_250;
const float l_260 = shared_memory_7[l_259];
l_arr_252[uint(0)] = l_260;
const uint l_261 = l_4 + uint(16);
const uint l_262 = l_261 * uint(33);
const uint l_263 = l_262 + l_mut_250;
const float l_264 = shared_memory_8[l_263];
l_arr_251[uint(1)] = l_264;
const uint l_265 = l_5 + uint(16);
const uint l_266 = l_265 * uint(33);
const uint l_267 = l_266 + l_mut_250;
const float l_268 = shared_memory_7[l_267];
l_arr_252[uint(1)] = l_268;
const uint l_269 = l_4 + uint(32);
const uint l_270 = l_269 * uint(33);
const uint l_271 = l_270 + l_mut_250;
const float l_272 = shared_memory_8[l_271];
l_arr_251[uint(2)] = l_272;
const uint l_273 = l_5 + uint(32);
const uint l_274 = l_273 * uint(33);
const uint l_275 = l_274 + l_mut_250;
const float l_276 = shared_memory_7[l_275];
l_arr_252[uint(2)] = l_276;
const uint l_277 = l_4 + uint(48);
const uint l_278 = l_277 * uint(33);
const uint l_279 = l_278 + l_mut_250;
const float l_280 = shared_memory_8[l_279];
l_arr_251[uint(3)] = l_280;
const uint l_281 = l_5 + uint(48);
const uint l_282 = l_281 * uint(33);
const uint l_283 = l_282 + l_mut_250;
const float l_284 = shared_memory_7[l_283];
l_arr_252[uint(3)] = l_284;
const float l_285 = l_arr_251[uint(0)];
const float l_286 = l_arr_252[uint(0)];
const float l_287 = l_285 * l_286;
const float l_288 = l_arr_9[uint(0)];
const float l_289 = l_288 + l_287;
l_arr_9[uint(0)] = l_289;
const float l_290 = l_arr_251[uint(0)];
const float l_291 = l_arr_252[uint(1)];
const float l_292 = l_290 * l_291;
const float l_293 = l_arr_9[uint(1)];
const float l_294 = l_293 + l_292;
l_arr_9[uint(1)] = l_294;
const float l_295 = l_arr_251[uint(0)];
const float l_296 = l_arr_252[uint(2)];
const float l_297 = l_295 * l_296;
const float l_298 = l_arr_9[uint(2)];
const float l_299 = l_298 + l_297;
l_arr_9[uint(2)] = l_299;
const float l_300 = l_arr_251[uint(0)];
const float l_301 = l_arr_252[uint(3)];
const float l_302 = l_300 * l_301;
const float l_303 = l_arr_9[uint(3)];
const float l_304 = l_303 + l_302;
l_arr_9[uint(3)] = l_304;
const float l_305 = l_arr_251[uint(1)];
const float l_306 = l_arr_252[uint(0)];
const float l_307 = l_305 * l_306;
const float l_308 = l_arr_9[uint(4)];
const float l_309 = l_308 + l_307;
l_arr_9[uint(4)] = l_309;
const float l_310 = l_arr_251[uint(1)];
const float l_311 = l_arr_252[uint(1)];
const float l_312 = l_310 * l_311;
const float l_313 = l_arr_9[uint(5)];
const float l_314 = l_313 + l_312;
l_arr_9[uint(5)] = l_314;
const float l_315 = l_arr_251[uint(1)];
const float l_316 = l_arr_252[uint(2)];
const float l_317 = l_315 * l_316;
const float l_318 = l_arr_9[uint(6)];
const float l_319 = l_318 + l_317;
l_arr_9[uint(6)] = l_319;
const float l_320 = l_arr_251[uint(1)];
const float l_321 = l_arr_252[uint(3)];
const float l_322 = l_320 * l_321;
const float l_323 = l_arr_9[uint(7)];
const float l_324 = l_323 + l_322;
l_arr_9[uint(7)] = l_324;
const float l_325 = l_arr_251[uint(2)];
const float l_326 = l_arr_252[uint(0)];
const float l_327 = l_325 * l_326;
const float l_328 = l_arr_9[uint(8)];
const float l_329 = l_328 + l_327;
l_arr_9[uint(8)] = l_329;
const float l_330 = l_arr_251[uint(2)];
const float l_331 = l_arr_252[uint(1)];
const float l_332 = l_330 * l_331;
const float l_333 = l_arr_9[uint(9)];
const float l_334 = l_333 + l_332;
l_arr_9[uint(9)] = l_334;
const float l_335 = l_arr_251[uint(2)];
const float l_336 = l_arr_252[uint(2)];
const float l_337 = l_335 * l_336;
const float l_338 = l_arr_9[uint(10)];
const float l_339 = l_338 + l_337;
l_arr_9[uint(10)] = l_339;
const float l_340 = l_arr_251[uint(2)];
const float l_341 = l_arr_252[uint(3)];
const float l_342 = l_340 * l_341;
const float l_343 = l_arr_9[uint(11)];
const float l_344 = l_343 + l_342;
l_arr_9[uint(11)] = l_344;
const float l_345 = l_arr_251[uint(3)];
const float l_346 = l_arr_252[uint(0)];
const float l_347 = l_345 * l_346;
const float l_348 = l_arr_9[uint(12)];
const float l_349 = l_348 + l_347;
l_arr_9[uint(12)] = l_349;
const float l_350 = l_arr_251[uint(3)];
const float l_351 = l_arr_252[uint(1)];
const float l_352 = l_350 * l_351;
const float l_353 = l_arr_9[uint(13)];
const float l_354 = l_353 + l_352;
l_arr_9[uint(13)] = l_354;
const float l_355 = l_arr_251[uint(3)];
const float l_356 = l_arr_252[uint(2)];
const float l_357 = l_355 * l_356;
const float l_358 = l_arr_9[uint(14)];
const float l_359 = l_358 + l_357;
l_arr_9[uint(14)] = l_359;
const float l_360 = l_arr_251[uint(3)];
const float l_361 = l_arr_252[uint(3)];
const float l_362 = l_360 * l_361;
const float l_363 = l_arr_9[uint(15)];
const float l_364 = l_363 + l_362;
l_arr_9[uint(15)] = l_364;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_365 = l_3 + l_4;
const uint l_366 = l_365 + uint(0);
const uint l_367 = l_2 + l_5;
const uint l_368 = l_367 + uint(0);
const bool l_369 = l_366 < l_1;
const bool l_370 = l_368 < info.scalars_uint[1];
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint l_372 = l_366 * info.scalars_uint[1];
const uint l_373 = l_372 + l_368;
const float l_374 = l_arr_9[uint(0)];
const half l_375 = half(l_374);
buffer_2[l_373] = l_375;
}
const uint l_376 = l_3 + l_4;
const uint l_377 = l_376 + uint(0);
const uint l_378 = l_2 + l_5;
const uint l_379 = l_378 + uint(16);
const bool l_380 = l_377 < l_1;
const bool l_381 = l_379 < info.scalars_uint[1];
const bool l_382 = l_380 && l_381;
if (l_382) {
const uint l_383 = l_377 * info.scalars_uint[1];
const uint l_384 = l_383 + l_379;
const float l_385 = l_arr_9[uint(1)];
const half l_386 = half(l_385);
buffer_2[l_384] = l_386;
}
const uint l_387 = l_3 + l_4;
const uint l_388 = l_387 + uint(0);
const uint l_389 = l_2 + l_5;
const uint l_390 = l_389 + uint(32);
const bool l_391 = l_388 < l_1;
const bool l_392 = l_390 < info.scalars_uint[1];
const bool l_393 = l_391 && l_392;
if (l_393) {
const uint l_394 = l_388 * info.scalars_uint[1];
const uint l_395 = l_394 + l_390;
const float l_396 = l_arr_9[uint(2)];
const half l_397 = half(l_396);
buffer_2[l_395] = l_397;
}
const uint l_398 = l_3 + l_4;
const uint l_399 = l_398 + uint(0);
const uint l_400 = l_2 + l_5;
const uint l_401 = l_400 + uint(48);
const bool l_402 = l_399 < l_1;
const bool l_403 = l_401 < info.scalars_uint[1];
const bool l_404 = l_402 && l_403;
if (l_404) {
const uint l_405 = l_399 * info.scalars_uint[1];
const uint l_406 = l_405 + l_401;
const float l_407 = l_arr_9[uint(3)];
const half l_408 = half(l_407);
buffer_2[l_406] = l_408;
}
const uint l_409 = l_3 + l_4;
const uint l_410 = l_409 + uint(16);
const uint l_411 = l_2 + l_5;
const uint l_412 = l_411 + uint(0);
const bool l_413 = l_410 < l_1;
const bool l_414 = l_412 < info.scalars_uint[1];
const bool l_415 = l_413 && l_414;
if (l_415) {
const uint l_416 = l_410 * info.scalars_uint[1];
const uint l_417 = l_416 + l_412;
const float l_418 = l_arr_9[uint(4)];
const half l_419 = half(l_418);
buffer_2[l_417] = l_419;
}
const uint l_420 = l_3 + l_4;
const uint l_421 = l_420 + uint(16);
const uint l_422 = l_2 + l_5;
const uint l_423 = l_422 + uint(16);
const bool l_424 = l_421 < l_1;
const bool l_425 = l_423 < info.scalars_uint[1];
const bool l_426 = l_424 && l_425;
if (l_426) {
const uint l_427 = l_421 * info.scalars_uint[1];
const uint l_428 = l_427 + l_423;
const float l_429 = l_arr_9[uint(5)];
const half l_430 = half(l_429);
buffer_2[l_428] = l_430;
}
const uint l_431 = l_3 + l_4;
const uint l_432 = l_431 + uint(16);
const uint l_433 = l_2 + l_5;
const uint l_434 = l_433 + uint(32);
const bool l_435 = l_432 < l_1;
const bool l_436 = l_434 < info.scalars_uint[1];
const bool l_437 = l_435 && l_436;
if (l_437) {
const uint l_438 = l_432 * info.scalars_uint[1];
const uint l_439 = l_438 + l_434;
const float l_440 = l_arr_9[uint(6)];
const half l_441 = half(l_440);
buffer_2[l_439] = l_441;
}
const uint l_442 = l_3 + l_4;
const uint l_443 = l_442 + uint(16);
const uint l_444 = l_2 + l_5;
const uint l_445 = l_444 + uint(48);
const bool l_446 = l_443 < l_1;
const bool l_447 = l_445 < info.scalars_uint[1];
const bool l_448 = l_446 && l_447;
if (l_448) {
const uint l_449 = l_443 * info.scalars_uint[1];
const uint l_450 = l_449 + l_445;
const float l_451 = l_arr_9[uint(7)];
const half l_452 = half(l_451);
buffer_2[l_450] = l_452;
}
const uint l_453 = l_3 + l_4;
const uint l_454 = l_453 + uint(32);
const uint l_455 = l_2 + l_5;
const uint l_456 = l_455 + uint(0);
const bool l_457 = l_454 < l_1;
const bool l_458 = l_456 < info.scalars_uint[1];
const bool l_459 = l_457 && l_458;
if (l_459) {
const uint l_460 = l_454 * info.scalars_uint[1];
const uint l_461 = l_460 + l_456;
const float l_462 = l_arr_9[uint(8)];
const half l_463 = half(l_462);
buffer_2[l_461] = l_463;
}
const uint l_464 = l_3 + l_4;
const uint l_465 = l_464 + uint(32);
const uint l_466 = l_2 + l_5;
const uint l_467 = l_466 + uint(16);
const bool l_468 = l_465 < l_1;
const bool l_469 = l_467 < info.scalars_uint[1];
const bool l_470 = l_468 && l_469;
if (l_470) {
const uint l_471 = l_465 * info.scalars_uint[1];
const uint l_472 = l_471 + l_467;
const float l_473 = l_arr_9[uint(9)];
const half l_474 = half(l_473);
buffer_2[l_472] = l_474;
}
const uint l_475 = l_3 + l_4;
const uint l_476 = l_475 + uint(32);
const uint l_477 = l_2 + l_5;
const uint l_478 = l_477 + uint(32);
const bool l_479 = l_476 < l_1;
const bool l_480 = l_478 < info.scalars_uint[1];
const bool l_481 = l_479 && l_480;
if (l_481) {
const uint l_482 = l_476 * info.scalars_uint[1];
const uint l_483 = l_482 + l_478;
const float l_484 = l_arr_9[uint(10)];
const half l_485 = half(l_484);
buffer_2[l_483] = l_485;
}
const uint l_486 = l_3 + l_4;
const uint l_487 = l_486 + uint(32);
const uint l_488 = l_2 + l_5;
const uint l_489 = l_488 + uint(48);
const bool l_490 = l_487 < l_1;
const bool l_491 = l_489 < info.scalars_uint[1];
const bool l_492 = l_490 && l_491;
if (l_492) {
const uint l_493 = l_487 * info.scalars_uint[1];
const uint l_494 = l_493 + l_489;
const float l_495 = l_arr_9[uint(11)];
const half l_496 = half(l_495);
buffer_2[l_494] = l_496;
}
const uint l_497 = l_3 + l_4;
const uint l_498 = l_497 + uint(48);
const uint l_499 = l_2 + l_5;
const uint l_500 = l_499 + uint(0);
const bool l_501 = l_498 < l_1;
const bool l_502 = l_500 < info.scalars_uint[1];
const bool l_503 = l_501 && l_502;
if (l_503) {
const uint l_504 = l_498 * info.scalars_uint[1];
const uint l_505 = l_504 + l_500;
const float l_506 = l_arr_9[uint(12)];
const half l_507 = half(l_506);
buffer_2[l_505] = l_507;
}
const uint l_508 = l_3 + l_4;
const uint l_509 = l_508 + uint(48);
const uint l_510 = l_2 + l_5;
const uint l_511 = l_510 + uint(16);
const bool l_512 = l_509 < l_1;
const bool l_513 = l_511 < info.scalars_uint[1];
const bool l_514 = l_512 && l_513;
if (l_514) {
const uint l_515 = l_509 * info.scalars_uint[1];
const uint l_516 = l_515 + l_511;
const float l_517 = l_arr_9[uint(13)];
const half l_518 = half(l_517);
buffer_2[l_516] = l_518;
}
const uint l_519 = l_3 + l_4;
const uint l_520 = l_519 + uint(48);
const uint l_521 = l_2 + l_5;
const uint l_522 = l_521 + uint(32);
const bool l_523 = l_520 < l_1;
const bool l_524 = l_522 < info.scalars_uint[1];
const bool l_525 = l_523 && l_524;
if (l_525) {
const uint l_526 = l_520 * info.scalars_uint[1];
const uint l_527 = l_526 + l_522;
const float l_528 = l_arr_9[uint(14)];
const half l_529 = half(l_528);
buffer_2[l_527] = l_529;
}
const uint l_530 = l_3 + l_4;
const uint l_531 = l_530 + uint(48);
const uint l_532 = l_2 + l_5;
const uint l_533 = l_532 + uint(48);
const bool l_534 = l_531 < l_1;
const bool l_535 = l_533 < info.scalars_uint[1];
const bool l_536 = l_534 && l_535;
if (l_536) {
const uint l_537 = l_531 * info.scalars_uint[1];
const uint l_538 = l_537 + l_533;
const float l_539 = l_arr_9[uint(15)];
const half l_540 = half(l_539);
buffer_2[l_538] = l_540;
}

}
