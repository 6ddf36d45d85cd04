
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

float l_arr_292[4];

float l_arr_293[4];

float l_mut_107;
float l_mut_131;
float l_mut_19;
int l_mut_139;
int l_mut_184;
uint l_mut_100;
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
const uint l_64 = l_26 * uint(32);
const uint l_65 = l_63 + l_64;
const uint l_66 = info.scalars_uint[0] * uint(2);
const uint l_67 = l_66 + uint(3);
const uint l_68 = l_67 / uint(4);
const uint l_69 = l_68 * uint(4);
const uint l_70 = uint(0) + l_69;
const uint l_71 = info.scalars_uint[0] * uint(2);
const uint l_72 = l_71 + uint(3);
const uint l_73 = l_72 / uint(4);
const uint l_74 = l_73 * uint(4);
const uint l_75 = l_70 + l_74;
const uint l_76 = info.scalars_uint[0] * uint(12);
const uint l_77 = l_76 + uint(3);
const uint l_78 = l_77 / uint(4);
const uint l_79 = l_78 * uint(4);
const uint l_80 = l_75 + l_79;
const uint l_81 = info.scalars_uint[0] * uint(32);
const uint l_82 = l_81 + uint(3);
const uint l_83 = l_82 / uint(4);
const uint l_84 = l_83 * uint(4);
const uint l_85 = l_80 + l_84;
const uint l_86 = l_26 * uint(128);
const uint l_87 = l_85 + l_86;
const uint l_88 = l_29 / uint(4);
const uint l_89 = buffer_0[l_88];
const uint l_90 = l_29 % uint(4);
const uint l_91 = l_90 * uint(8);
const uint l_92 = l_89 >> l_91;
const uint l_93 = l_92 & uint(65535);
const uint l_94 = l_93 & uint(32768);
const uint l_95 = l_94 << uint(16);
const uint l_96 = l_93 >> uint(10);
const uint l_97 = l_96 & uint(31);
const uint l_98 = l_93 & uint(1023);
const uint l_99 = l_97 + uint(112);
l_mut_100 = l_99;
const bool l_101 = l_97 == uint(31);
if (l_101) {
l_mut_100 = uint(255);
}
const uint l_102 = l_mut_100 << uint(23);
const uint l_103 = l_95 | l_102;
const uint l_104 = l_98 << uint(13);
const uint l_105 = l_103 | l_104;
const float l_106 = reinterpret_cast<thread float const&>(l_105);
l_mut_107 = l_106;
const bool l_108 = l_97 == uint(0);
if (l_108) {
const float l_109 = float(l_98);
const float l_110 = l_109 * float(5.960464477539063e-8);
const bool l_111 = l_95 == uint(0);
if (l_111) {
l_mut_107 = l_110;
} else {
const float l_112 = -l_110;
l_mut_107 = l_112;
}
}
const uint l_113 = l_36 / uint(4);
const uint l_114 = buffer_0[l_113];
const uint l_115 = l_36 % uint(4);
const uint l_116 = l_115 * uint(8);
const uint l_117 = l_114 >> l_116;
const uint l_118 = l_117 & uint(65535);
const uint l_119 = l_118 & uint(32768);
const uint l_120 = l_119 << uint(16);
const uint l_121 = l_118 >> uint(10);
const uint l_122 = l_121 & uint(31);
const uint l_123 = l_118 & uint(1023);
const uint l_124 = l_122 + uint(112);
l_mut_100 = l_124;
const bool l_125 = l_122 == uint(31);
if (l_125) {
l_mut_100 = uint(255);
}
const uint l_126 = l_mut_100 << uint(23);
const uint l_127 = l_120 | l_126;
const uint l_128 = l_123 << uint(13);
const uint l_129 = l_127 | l_128;
const float l_130 = reinterpret_cast<thread float const&>(l_129);
l_mut_131 = l_130;
const bool l_132 = l_122 == uint(0);
if (l_132) {
const float l_133 = float(l_123);
const float l_134 = l_133 * float(5.960464477539063e-8);
const bool l_135 = l_120 == uint(0);
if (l_135) {
l_mut_131 = l_134;
} else {
const float l_136 = -l_134;
l_mut_131 = l_136;
}
}
const int l_137 = int(l_27);
const int l_138 = l_137 / int(32);
l_mut_139 = int(0);
const bool l_140 = l_138 < int(4);
if (l_140) {
const uint l_141 = uint(l_138);
const uint l_142 = l_48 + l_141;
const uint l_143 = l_142 / uint(4);
const uint l_144 = buffer_0[l_143];
const uint l_145 = l_142 % uint(4);
const uint l_146 = l_145 * uint(8);
const uint l_147 = l_146 + uint(0);
const uint l_148 = l_144 >> l_147;
const uint l_149 = l_148 & uint(255);
const int l_150 = int(l_149);
const int l_151 = l_150 & int(63);
l_mut_139 = l_151;
} else {
const int l_152 = l_138 + int(4);
const uint l_153 = uint(l_152);
const uint l_154 = l_48 + l_153;
const uint l_155 = l_154 / uint(4);
const uint l_156 = buffer_0[l_155];
const uint l_157 = l_154 % uint(4);
const uint l_158 = l_157 * uint(8);
const uint l_159 = l_158 + uint(0);
const uint l_160 = l_156 >> l_159;
const uint l_161 = l_160 & uint(255);
const int l_162 = int(l_161);
const int l_163 = l_162 & int(15);
const int l_164 = l_138 - int(4);
const uint l_165 = uint(l_164);
const uint l_166 = l_48 + l_165;
const uint l_167 = l_166 / uint(4);
const uint l_168 = buffer_0[l_167];
const uint l_169 = l_166 % uint(4);
const uint l_170 = l_169 * uint(8);
const uint l_171 = l_170 + uint(0);
const uint l_172 = l_168 >> l_171;
const uint l_173 = l_172 & uint(255);
const int l_174 = int(l_173);
const uint l_175 = uint(l_174);
const uint l_176 = uint(int(6));
const uint l_177 = l_175 >> l_176;
const int l_178 = int(l_177);
const uint l_179 = uint(l_178);
const uint l_180 = uint(int(4));
const uint l_181 = l_179 << l_180;
const int l_182 = int(l_181);
const int l_183 = l_163 | l_182;
l_mut_139 = l_183;
}
l_mut_184 = int(0);
const bool l_185 = l_138 < int(4);
if (l_185) {
const int l_186 = l_138 + int(4);
const uint l_187 = uint(l_186);
const uint l_188 = l_48 + l_187;
const uint l_189 = l_188 / uint(4);
const uint l_190 = buffer_0[l_189];
const uint l_191 = l_188 % uint(4);
const uint l_192 = l_191 * uint(8);
const uint l_193 = l_192 + uint(0);
const uint l_194 = l_190 >> l_193;
const uint l_195 = l_194 & uint(255);
const int l_196 = int(l_195);
const int l_197 = l_196 & int(63);
l_mut_184 = l_197;
} else {
const int l_198 = l_138 + int(4);
const uint l_199 = uint(l_198);
const uint l_200 = l_48 + l_199;
const uint l_201 = l_200 / uint(4);
const uint l_202 = buffer_0[l_201];
const uint l_203 = l_200 % uint(4);
const uint l_204 = l_203 * uint(8);
const uint l_205 = l_204 + uint(0);
const uint l_206 = l_202 >> l_205;
const uint l_207 = l_206 & uint(255);
const int l_208 = int(l_207);
const uint l_209 = uint(l_208);
const uint l_210 = uint(int(4));
const uint l_211 = l_209 >> l_210;
const int l_212 = int(l_211);
const uint l_213 = uint(l_138);
const uint l_214 = l_48 + l_213;
const uint l_215 = l_214 / uint(4);
const uint l_216 = buffer_0[l_215];
const uint l_217 = l_214 % uint(4);
const uint l_218 = l_217 * uint(8);
const uint l_219 = l_218 + uint(0);
const uint l_220 = l_216 >> l_219;
const uint l_221 = l_220 & uint(255);
const int l_222 = int(l_221);
const uint l_223 = uint(l_222);
const uint l_224 = uint(int(6));
const uint l_225 = l_223 >> l_224;
const int l_226 = int(l_225);
const uint l_227 = uint(l_226);
const uint l_228 = uint(int(4));
const uint l_229 = l_227 << l_228;
const int l_230 = int(l_229);
const int l_231 = l_212 | l_230;
l_mut_184 = l_231;
}
const uint l_232 = l_87 + uint(0);
const uint l_233 = uint(l_137);
const uint l_234 = l_233 / uint(64);
const uint l_235 = l_234 * uint(32);
const uint l_236 = l_232 + l_235;
const uint l_237 = l_233 % uint(32);
const uint l_238 = l_236 + l_237;
const uint l_239 = l_233 / uint(32);
const uint l_240 = l_239 % uint(2);
const uint l_241 = l_240 * uint(4);
const uint l_242 = l_238 / uint(4);
const uint l_243 = buffer_0[l_242];
const uint l_244 = l_238 % uint(4);
const uint l_245 = l_244 * uint(8);
const uint l_246 = l_245 + l_241;
const uint l_247 = l_243 >> l_246;
const uint l_248 = l_247 & uint(15);
const int l_249 = int(l_248);
const uint l_250 = l_65 + uint(0);
const uint l_251 = uint(l_137);
const uint l_252 = l_251 / uint(256);
const uint l_253 = l_252 * uint(32);
const uint l_254 = l_250 + l_253;
const uint l_255 = l_251 % uint(32);
const uint l_256 = l_254 + l_255;
const uint l_257 = l_251 / uint(32);
const uint l_258 = l_257 % uint(8);
const uint l_259 = l_258 * uint(1);
const uint l_260 = l_256 / uint(4);
const uint l_261 = buffer_0[l_260];
const uint l_262 = l_256 % uint(4);
const uint l_263 = l_262 * uint(8);
const uint l_264 = l_263 + l_259;
const uint l_265 = l_261 >> l_264;
const uint l_266 = l_265 & uint(1);
const int l_267 = int(l_266);
const uint l_268 = uint(l_267);
const uint l_269 = uint(int(4));
const uint l_270 = l_268 << l_269;
const int l_271 = int(l_270);
const int l_272 = l_249 | l_271;
const float l_273 = float(l_mut_139);
const float l_274 = l_mut_107 * l_273;
const float l_275 = float(l_272);
const float l_276 = l_274 * l_275;
const float l_277 = float(l_mut_184);
const float l_278 = l_mut_131 * l_277;
const float l_279 = l_276 - l_278;
l_mut_19 = l_279;
}
const uint l_280 = l_16 * uint(33);
const uint l_281 = l_280 + l_17;
shared_memory_7[l_281] = l_mut_19;
l_mut_131 = float(0.0);
const uint l_282 = l_3 + l_16;
const bool l_283 = l_282 < l_1;
const bool l_284 = l_18 < info.scalars_uint[2];
const bool l_285 = l_283 && l_284;
if (l_285) {
const uint l_286 = l_282 * info.scalars_uint[2];
const uint l_287 = l_286 + l_18;
const float l_288 = buffer_1[l_287];
l_mut_131 = l_288;
}
const uint l_289 = l_16 * uint(33);
const uint l_290 = l_289 + l_17;
shared_memory_8[l_290] = l_mut_131;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_291 = uint(0); l_mut_291 < uint(32); ++l_mut_291) {
const uint l_294 = l_4 + uint(0);
const uint l_295 = l_294 * uint(33);
const uint l_296 = l_295 + l_mut_291;
const float l_297 = shared_memory_8[l_296];
l_arr_292[uint(0)] = l_297;
const uint l_298 = l_5 + uint(0);
const uint l_299 = l_298 * uint(33);
const uint l_300 = l_299 + l_mut_291;
const float l_301 = shared_memory_7[l_300];
l_arr_293[uint(0)] = l_301;
const uint l_302 = l_4 + uint(16);
const uint l_303 = l_302 * uint(33);
const uint l_304 = l_303 + l_mut_291;
const float l_305 = shared_memory_8[l_304];
l_arr_292[uint(1)] = l_305;
const uint l_306 = l_5 + uint(16);
const uint l_307 = l_306 * uint(33);
const uint l_308 = l_307 + l_mut_291;
const float l_309 = shared_memory_7[l_308];
l_arr_293[uint(1)] = l_309;
const uint l_310 = l_4 + uint(32);
const uint l_311 = l_310 * uint(33);
const uint l_312 = l_311 + l_mut_291;
const float l_313 = shared_memory_8[l_312];
l_arr_292[uint(2)] = l_313;
const uint l_314 = l_5 + uint(32);
const uint l_315 = l_314 * uint(33);
const uint l_316 = l_315 + l_mut_291;
const float l_317 = shared_memory_7[l_316];
l_arr_293[uint(2)] = l_317;
const uint l_318 = l_4 + uint(48);
const uint l_319 = l_318 * uint(33);
const uint l_320 = l_319 + l_mut_291;
const float l_321 = shared_memory_8[l_320];
l_arr_292[uint(3)] = l_321;
const uint l_322 = l_5 + uint(48);
const uint l_323 = l_322 * uint(33);
const uint l_324 = l_323 + l_mut_291;
const float l_325 = shared_memory_7[l_324];
l_arr_293[uint(3)] = l_325;
const float l_326 = l_arr_292[uint(0)];
const float l_327 = l_arr_293[uint(0)];
const float l_328 = l_326 * l_327;
const float l_329 = l_arr_9[uint(0)];
const float l_330 = l_329 + l_328;
l_arr_9[uint(0)] = l_330;
const float l_331 = l_arr_292[uint(0)];
const float l_332 = l_arr_293[uint(1)];
const float l_333 = l_331 * l_332;
const float l_334 = l_arr_9[uint(1)];
const float l_335 = l_334 + l_333;
l_arr_9[uint(1)] = l_335;
const float l_336 = l_arr_292[uint(0)];
const float l_337 = l_arr_293[uint(2)];
const float l_338 = l_336 * l_337;
const float l_339 = l_arr_9[uint(2)];
const float l_340 = l_339 + l_338;
l_arr_9[uint(2)] = l_340;
const float l_341 = l_arr_292[uint(0)];
const float l_342 = l_arr_293[uint(3)];
const float l_343 = l_341 * l_342;
const float l_344 = l_arr_9[uint(3)];
const float l_345 = l_344 + l_343;
l_arr_9[uint(3)] = l_345;
const float l_346 = l_arr_292[uint(1)];
const float l_347 = l_arr_293[uint(0)];
const float l_348 = l_346 * l_347;
const float l_349 = l_arr_9[uint(4)];
const float l_350 = l_349 + l_348;
l_arr_9[uint(4)] = l_350;
const float l_351 = l_arr_292[uint(1)];
const float l_352 = l_arr_293[uint(1)];
const float l_353 = l_351 * l_352;
const float l_354 = l_arr_9[uint(5)];
const float l_355 = l_354 + l_353;
l_arr_9[uint(5)] = l_355;
const float l_356 = l_arr_292[uint(1)];
const float l_357 = l_arr_293[uint(2)];
const float l_358 = l_356 * l_357;
const float l_359 = l_arr_9[uint(6)];
const float l_360 = l_359 + l_358;
l_arr_9[uint(6)] = l_360;
const float l_361 = l_arr_292[uint(1)];
const float l_362 = l_arr_293[uint(3)];
const float l_363 = l_361 * l_362;
const float l_364 = l_arr_9[uint(7)];
const float l_365 = l_364 + l_363;
l_arr_9[uint(7)] = l_365;
const float l_366 = l_arr_292[uint(2)];
const float l_367 = l_arr_293[uint(0)];
const float l_368 = l_366 * l_367;
const float l_369 = l_arr_9[uint(8)];
const float l_370 = l_369 + l_368;
l_arr_9[uint(8)] = l_370;
const float l_371 = l_arr_292[uint(2)];
const float l_372 = l_arr_293[uint(1)];
const float l_373 = l_371 * l_372;
const float l_374 = l_arr_9[uint(9)];
const float l_375 = l_374 + l_373;
l_arr_9[uint(9)] = l_375;
const float l_376 = l_arr_292[uint(2)];
const float l_377 = l_arr_293[uint(2)];
const float l_378 = l_376 * l_377;
const float l_379 = l_arr_9[uint(10)];
const float l_380 = l_379 + l_378;
l_arr_9[uint(10)] = l_380;
const float l_381 = l_arr_292[uint(2)];
const float l_382 = l_arr_293[uint(3)];
const float l_383 = l_381 * l_382;
const float l_384 = l_arr_9[uint(11)];
const float l_385 = l_384 + l_383;
l_arr_9[uint(11)] = l_385;
const float l_386 = l_arr_292[uint(3)];
const float l_387 = l_arr_293[uint(0)];
const float l_388 = l_386 * l_387;
const float l_389 = l_arr_9[uint(12)];
const float l_390 = l_389 + l_388;
l_arr_9[uint(12)] = l_390;
const float l_391 = l_arr_292[uint(3)];
const float l_392 = l_arr_293[uint(1)];
const float l_393 = l_391 * l_392;
const float l_394 = l_arr_9[uint(13)];
const float l_395 = l_394 + l_393;
l_arr_9[uint(13)] = l_395;
const float l_396 = l_arr_292[uint(3)];
const float l_397 = l_arr_293[uint(2)];
const float l_398 = l_396 * l_397;
const float l_399 = l_arr_9[uint(14)];
const float l_400 = l_399 + l_398;
l_arr_9[uint(14)] = l_400;
const float l_401 = l_arr_292[uint(3)];
const float l_402 = l_arr_293[uint(3)];
const float l_403 = l_401 * l_402;
const float l_404 = l_arr_9[uint(15)];
const float l_405 = l_404 + l_403;
l_arr_9[uint(15)] = l_405;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_406 = l_3 + l_4;
const uint l_407 = l_406 + uint(0);
const uint l_408 = l_2 + l_5;
const uint l_409 = l_408 + uint(0);
const bool l_410 = l_407 < l_1;
const bool l_411 = l_409 < info.scalars_uint[1];
const bool l_412 = l_410 && l_411;
if (l_412) {
const uint l_413 = l_407 * info.scalars_uint[1];
const uint l_414 = l_413 + l_409;
const float l_415 = l_arr_9[uint(0)];
buffer_2[l_414] = l_415;
}
const uint l_416 = l_3 + l_4;
const uint l_417 = l_416 + uint(0);
const uint l_418 = l_2 + l_5;
const uint l_419 = l_418 + uint(16);
const bool l_420 = l_417 < l_1;
const bool l_421 = l_419 < info.scalars_uint[1];
const bool l_422 = l_420 && l_421;
if (l_422) {
const uint l_423 = l_417 * info.scalars_uint[1];
const uint l_424 = l_423 + l_419;
const float l_425 = l_arr_9[uint(1)];
buffer_2[l_424] = l_425;
}
const uint l_426 = l_3 + l_4;
const uint l_427 = l_426 + uint(0);
const uint l_428 = l_2 + l_5;
const uint l_429 = l_428 + uint(32);
const bool l_430 = l_427 < l_1;
const bool l_431 = l_429 < info.scalars_uint[1];
const bool l_432 = l_430 && l_431;
if (l_432) {
const uint l_433 = l_427 * info.scalars_uint[1];
const uint l_434 = l_433 + l_429;
const float l_435 = l_arr_9[uint(2)];
buffer_2[l_434] = l_435;
}
const uint l_436 = l_3 + l_4;
const uint l_437 = l_436 + uint(0);
const uint l_438 = l_2 + l_5;
const uint l_439 = l_438 + uint(48);
const bool l_440 = l_437 < l_1;
const bool l_441 = l_439 < info.scalars_uint[1];
const bool l_442 = l_440 && l_441;
if (l_442) {
const uint l_443 = l_437 * info.scalars_uint[1];
const uint l_444 = l_443 + l_439;
const float l_445 = l_arr_9[uint(3)];
buffer_2[l_444] = l_445;
}
const uint l_446 = l_3 + l_4;
const uint l_447 = l_446 + uint(16);
const uint l_448 = l_2 + l_5;
const uint l_449 = l_448 + uint(0);
const bool l_450 = l_447 < l_1;
const bool l_451 = l_449 < info.scalars_uint[1];
const bool l_452 = l_450 && l_451;
if (l_452) {
const uint l_453 = l_447 * info.scalars_uint[1];
const uint l_454 = l_453 + l_449;
const float l_455 = l_arr_9[uint(4)];
buffer_2[l_454] = l_455;
}
const uint l_456 = l_3 + l_4;
const uint l_457 = l_456 + uint(16);
const uint l_458 = l_2 + l_5;
const uint l_459 = l_458 + uint(16);
const bool l_460 = l_457 < l_1;
const bool l_461 = l_459 < info.scalars_uint[1];
const bool l_462 = l_460 && l_461;
if (l_462) {
const uint l_463 = l_457 * info.scalars_uint[1];
const uint l_464 = l_463 + l_459;
const float l_465 = l_arr_9[uint(5)];
buffer_2[l_464] = l_465;
}
const uint l_466 = l_3 + l_4;
const uint l_467 = l_466 + uint(16);
const uint l_468 = l_2 + l_5;
const uint l_469 = l_468 + uint(32);
const bool l_470 = l_467 < l_1;
const bool l_471 = l_469 < info.scalars_uint[1];
const bool l_472 = l_470 && l_471;
if (l_472) {
const uint l_473 = l_467 * info.scalars_uint[1];
const uint l_474 = l_473 + l_469;
const float l_475 = l_arr_9[uint(6)];
buffer_2[l_474] = l_475;
}
const uint l_476 = l_3 + l_4;
const uint l_477 = l_476 + uint(16);
const uint l_478 = l_2 + l_5;
const uint l_479 = l_478 + uint(48);
const bool l_480 = l_477 < l_1;
const bool l_481 = l_479 < info.scalars_uint[1];
const bool l_482 = l_480 && l_481;
if (l_482) {
const uint l_483 = l_477 * info.scalars_uint[1];
const uint l_484 = l_483 + l_479;
const float l_485 = l_arr_9[uint(7)];
buffer_2[l_484] = l_485;
}
const uint l_486 = l_3 + l_4;
const uint l_487 = l_486 + uint(32);
const uint l_488 = l_2 + l_5;
const uint l_489 = l_488 + uint(0);
const bool l_490 = l_487 < l_1;
const bool l_491 = l_489 < info.scalars_uint[1];
const bool l_492 = l_490 && l_491;
if (l_492) {
const uint l_493 = l_487 * info.scalars_uint[1];
const uint l_494 = l_493 + l_489;
const float l_495 = l_arr_9[uint(8)];
buffer_2[l_494] = l_495;
}
const uint l_496 = l_3 + l_4;
const uint l_497 = l_496 + uint(32);
const uint l_498 = l_2 + l_5;
const uint l_499 = l_498 + uint(16);
const bool l_500 = l_497 < l_1;
const bool l_501 = l_499 < info.scalars_uint[1];
const bool l_502 = l_500 && l_501;
if (l_502) {
const uint l_503 = l_497 * info.scalars_uint[1];
const uint l_504 = l_503 + l_499;
const float l_505 = l_arr_9[uint(9)];
buffer_2[l_504] = l_505;
}
const uint l_506 = l_3 + l_4;
const uint l_507 = l_506 + uint(32);
const uint l_508 = l_2 + l_5;
const uint l_509 = l_508 + uint(32);
const bool l_510 = l_507 < l_1;
const bool l_511 = l_509 < info.scalars_uint[1];
const bool l_512 = l_510 && l_511;
if (l_512) {
const uint l_513 = l_507 * info.scalars_uint[1];
const uint l_514 = l_513 + l_509;
const float l_515 = l_arr_9[uint(10)];
buffer_2[l_514] = l_515;
}
const uint l_516 = l_3 + l_4;
const uint l_517 = l_516 + uint(32);
const uint l_518 = l_2 + l_5;
const uint l_519 = l_518 + uint(48);
const bool l_520 = l_517 < l_1;
const bool l_521 = l_519 < info.scalars_uint[1];
const bool l_522 = l_520 && l_521;
if (l_522) {
const uint l_523 = l_517 * info.scalars_uint[1];
const uint l_524 = l_523 + l_519;
const float l_525 = l_arr_9[uint(11)];
buffer_2[l_524] = l_525;
}
const uint l_526 = l_3 + l_4;
const uint l_527 = l_526 + uint(48);
const uint l_528 = l_2 + l_5;
const uint l_529 = l_528 + uint(0);
const bool l_530 = l_527 < l_1;
const bool l_531 = l_529 < info.scalars_uint[1];
const bool l_532 = l_530 && l_531;
if (l_532) {
const uint l_533 = l_527 * info.scalars_uint[1];
const uint l_534 = l_533 + l_529;
const float l_535 = l_arr_9[uint(12)];
buffer_2[l_534] = l_535;
}
const uint l_536 = l_3 + l_4;
const uint l_537 = l_536 + uint(48);
const uint l_538 = l_2 + l_5;
const uint l_539 = l_538 + uint(16);
const bool l_540 = l_537 < l_1;
const bool l_541 = l_539 < info.scalars_uint[1];
const bool l_542 = l_540 && l_541;
if (l_542) {
const uint l_543 = l_537 * info.scalars_uint[1];
const uint l_544 = l_543 + l_539;
const float l_545 = l_arr_9[uint(13)];
buffer_2[l_544] = l_545;
}
const uint l_546 = l_3 + l_4;
const uint l_547 = l_546 + uint(48);
const uint l_548 = l_2 + l_5;
const uint l_549 = l_548 + uint(32);
const bool l_550 = l_547 < l_1;
const bool l_551 = l_549 < info.scalars_uint[1];
const bool l_552 = l_550 && l_551;
if (l_552) {
const uint l_553 = l_547 * info.scalars_uint[1];
const uint l_554 = l_553 + l_549;
const float l_555 = l_arr_9[uint(14)];
buffer_2[l_554] = l_555;
}
const uint l_556 = l_3 + l_4;
const uint l_557 = l_556 + uint(48);
const uint l_558 = l_2 + l_5;
const uint l_559 = l_558 + uint(48);
const bool l_560 = l_557 < l_1;
const bool l_561 = l_559 < info.scalars_uint[1];
const bool l_562 = l_560 && l_561;
if (l_562) {
const uint l_563 = l_557 * info.scalars_uint[1];
const uint l_564 = l_563 + l_559;
const float l_565 = l_arr_9[uint(15)];
buffer_2[l_564] = l_565;
}

}
