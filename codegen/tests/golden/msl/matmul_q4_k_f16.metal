
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

float l_arr_248[4];

float l_arr_249[4];

float l_mut_109;
float l_mut_19;
float l_mut_85;
int l_mut_117;
int l_mut_162;
uint l_mut_10;
uint l_mut_78;
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
const uint l_77 = l_75 + uint(112);
l_mut_78 = l_77;
const bool l_79 = l_75 == uint(31);
if (l_79) {
l_mut_78 = uint(255);
}
const uint l_80 = l_mut_78 << uint(23);
const uint l_81 = l_73 | l_80;
const uint l_82 = l_76 << uint(13);
const uint l_83 = l_81 | l_82;
const float l_84 = reinterpret_cast<thread float const&>(l_83);
l_mut_85 = l_84;
const bool l_86 = l_75 == uint(0);
if (l_86) {
const float l_87 = float(l_76);
const float l_88 = l_87 * float(5.960464477539063e-8);
const bool l_89 = l_73 == uint(0);
if (l_89) {
l_mut_85 = l_88;
} else {
const float l_90 = -l_88;
l_mut_85 = l_90;
}
}
const uint l_91 = l_36 / uint(4);
const uint l_92 = buffer_0[l_91];
const uint l_93 = l_36 % uint(4);
const uint l_94 = l_93 * uint(8);
const uint l_95 = l_92 >> l_94;
const uint l_96 = l_95 & uint(65535);
const uint l_97 = l_96 & uint(32768);
const uint l_98 = l_97 << uint(16);
const uint l_99 = l_96 >> uint(10);
const uint l_100 = l_99 & uint(31);
const uint l_101 = l_96 & uint(1023);
const uint l_102 = l_100 + uint(112);
l_mut_78 = l_102;
const bool l_103 = l_100 == uint(31);
if (l_103) {
l_mut_78 = uint(255);
}
const uint l_104 = l_mut_78 << uint(23);
const uint l_105 = l_98 | l_104;
const uint l_106 = l_101 << uint(13);
const uint l_107 = l_105 | l_106;
const float l_108 = reinterpret_cast<thread float const&>(l_107);
l_mut_109 = l_108;
const bool l_110 = l_100 == uint(0);
if (l_110) {
const float l_111 = float(l_101);
const float l_112 = l_111 * float(5.960464477539063e-8);
const bool l_113 = l_98 == uint(0);
if (l_113) {
l_mut_109 = l_112;
} else {
const float l_114 = -l_112;
l_mut_109 = l_114;
}
}
const int l_115 = int(l_27);
const int l_116 = l_115 / int(32);
l_mut_117 = int(0);
const bool l_118 = l_116 < int(4);
if (l_118) {
const uint l_119 = uint(l_116);
const uint l_120 = l_48 + l_119;
const uint l_121 = l_120 / uint(4);
const uint l_122 = buffer_0[l_121];
const uint l_123 = l_120 % uint(4);
const uint l_124 = l_123 * uint(8);
const uint l_125 = l_124 + uint(0);
const uint l_126 = l_122 >> l_125;
const uint l_127 = l_126 & uint(255);
const int l_128 = int(l_127);
const int l_129 = l_128 & int(63);
l_mut_117 = l_129;
} else {
const int l_130 = l_116 + int(4);
const uint l_131 = uint(l_130);
const uint l_132 = l_48 + l_131;
const uint l_133 = l_132 / uint(4);
const uint l_134 = buffer_0[l_133];
const uint l_135 = l_132 % uint(4);
const uint l_136 = l_135 * uint(8);
const uint l_137 = l_136 + uint(0);
const uint l_138 = l_134 >> l_137;
const uint l_139 = l_138 & uint(255);
const int l_140 = int(l_139);
const int l_141 = l_140 & int(15);
const int l_142 = l_116 - int(4);
const uint l_143 = uint(l_142);
const uint l_144 = l_48 + l_143;
const uint l_145 = l_144 / uint(4);
const uint l_146 = buffer_0[l_145];
const uint l_147 = l_144 % uint(4);
const uint l_148 = l_147 * uint(8);
const uint l_149 = l_148 + uint(0);
const uint l_150 = l_146 >> l_149;
const uint l_151 = l_150 & uint(255);
const int l_152 = int(l_151);
const uint l_153 = uint(l_152);
const uint l_154 = uint(int(6));
const uint l_155 = l_153 >> l_154;
const int l_156 = int(l_155);
const uint l_157 = uint(l_156);
const uint l_158 = uint(int(4));
const uint l_159 = l_157 << l_158;
const int l_160 = int(l_159);
const int l_161 = l_141 | l_160;
l_mut_117 = l_161;
}
l_mut_162 = int(0);
const bool l_163 = l_116 < int(4);
if (l_163) {
const int l_164 = l_116 + int(4);
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
const int l_175 = l_174 & int(63);
l_mut_162 = l_175;
} else {
const int l_176 = l_116 + int(4);
const uint l_177 = uint(l_176);
const uint l_178 = l_48 + l_177;
const uint l_179 = l_178 / uint(4);
const uint l_180 = buffer_0[l_179];
const uint l_181 = l_178 % uint(4);
const uint l_182 = l_181 * uint(8);
const uint l_183 = l_182 + uint(0);
const uint l_184 = l_180 >> l_183;
const uint l_185 = l_184 & uint(255);
const int l_186 = int(l_185);
const uint l_187 = uint(l_186);
const uint l_188 = uint(int(4));
const uint l_189 = l_187 >> l_188;
const int l_190 = int(l_189);
const uint l_191 = uint(l_116);
const uint l_192 = l_48 + l_191;
const uint l_193 = l_192 / uint(4);
const uint l_194 = buffer_0[l_193];
const uint l_195 = l_192 % uint(4);
const uint l_196 = l_195 * uint(8);
const uint l_197 = l_196 + uint(0);
const uint l_198 = l_194 >> l_197;
const uint l_199 = l_198 & uint(255);
const int l_200 = int(l_199);
const uint l_201 = uint(l_200);
const uint l_202 = uint(int(6));
const uint l_203 = l_201 >> l_202;
const int l_204 = int(l_203);
const uint l_205 = uint(l_204);
const uint l_206 = uint(int(4));
const uint l_207 = l_205 << l_206;
const int l_208 = int(l_207);
const int l_209 = l_190 | l_208;
l_mut_162 = l_209;
}
const uint l_210 = l_65 + uint(0);
const uint l_211 = uint(l_115);
const uint l_212 = l_211 / uint(64);
const uint l_213 = l_212 * uint(32);
const uint l_214 = l_210 + l_213;
const uint l_215 = l_211 % uint(32);
const uint l_216 = l_214 + l_215;
const uint l_217 = l_211 / uint(32);
const uint l_218 = l_217 % uint(2);
const uint l_219 = l_218 * uint(4);
const uint l_220 = l_216 / uint(4);
const uint l_221 = buffer_0[l_220];
const uint l_222 = l_216 % uint(4);
const uint l_223 = l_222 * uint(8);
const uint l_224 = l_223 + l_219;
const uint l_225 = l_221 >> l_224;
const uint l_226 = l_225 & uint(15);
const int l_227 = int(l_226);
const float l_228 = float(l_mut_117);
const float l_229 = l_mut_85 * l_228;
const float l_230 = float(l_227);
const float l_231 = l_229 * l_230;
const float l_232 = float(l_mut_162);
const float l_233 = l_mut_109 * l_232;
const float l_234 = l_231 - l_233;
l_mut_19 = l_234;
}
const uint l_235 = l_16 * uint(33);
const uint l_236 = l_235 + l_17;
shared_memory_7[l_236] = l_mut_19;
l_mut_109 = float(0.0);
const uint l_237 = l_3 + l_16;
const bool l_238 = l_237 < l_1;
const bool l_239 = l_18 < info.scalars_uint[2];
const bool l_240 = l_238 && l_239;
if (l_240) {
const uint l_241 = l_237 * info.scalars_uint[2];
const uint l_242 = l_241 + l_18;
const half l_243 = buffer_1[l_242];
const float l_244 = float(l_243);
l_mut_109 = l_244;
}
const uint l_245 = l_16 * uint(33);
const uint l_246 = l_245 + l_17;
shared_memory_8[l_246] = l_mut_109;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_247 = uint(0); l_mut_247 < uint(32); ++l_mut_247) {
const uint l_250 = l_4 + uint(0);
const uint l_251 = l_250 * uint(33);
const uint l_252 = l_251 + l_mut_247;
const float l_253 = shared_memory_8[l_252];
l_arr_248[uint(0)] = l_253;
const uint l_254 = l_5 + uint(0);
const uint l_255 = l_254 * uint(33);
const uint l_256 = l_255 + l_mut_247;
const float l_257 = shared_memory_7[l_256];
l_arr_249[uint(0)] = l_257;
const uint l_258 = l_4 + uint(16);
const uint l_259 = l_258 * uint(33);
const uint l_260 = l_259 + l_mut_247;
const float l_261 = shared_memory_8[l_260];
l_arr_248[uint(1)] = l_261;
const uint l_262 = l_5 + uint(16);
const uint l_263 = l_262 * uint(33);
const uint l_264 = l_263 + l_mut_247;
const float l_265 = shared_memory_7[l_264];
l_arr_249[uint(1)] = l_265;
const uint l_266 = l_4 + uint(32);
const uint l_267 = l_266 * uint(33);
const uint l_268 = l_267 + l_mut_247;
const float l_269 = shared_memory_8[l_268];
l_arr_248[uint(2)] = l_269;
const uint l_270 = l_5 + uint(32);
const uint l_271 = l_270 * uint(33);
const uint l_272 = l_271 + l_mut_247;
const float l_273 = shared_memory_7[l_272];
l_arr_249[uint(2)] = l_273;
const uint l_274 = l_4 + uint(48);
const uint l_275 = l_274 * uint(33);
const uint l_276 = l_275 + l_mut_247;
const float l_277 = shared_memory_8[l_276];
l_arr_248[uint(3)] = l_277;
const uint l_278 = l_5 + uint(48);
const uint l_279 = l_278 * uint(33);
const uint l_280 = l_279 + l_mut_247;
const float l_281 = shared_memory_7[l_280];
l_arr_249[uint(3)] = l_281;
const float l_282 = l_arr_248[uint(0)];
const float l_283 = l_arr_249[uint(0)];
const float l_284 = l_282 * l_283;
const float l_285 = l_arr_9[uint(0)];
const float l_286 = l_285 + l_284;
l_arr_9[uint(0)] = l_286;
const float l_287 = l_arr_248[uint(0)];
const float l_288 = l_arr_249[uint(1)];
const float l_289 = l_287 * l_288;
const float l_290 = l_arr_9[uint(1)];
const float l_291 = l_290 + l_289;
l_arr_9[uint(1)] = l_291;
const float l_292 = l_arr_248[uint(0)];
const float l_293 = l_arr_249[uint(2)];
const float l_294 = l_292 * l_293;
const float l_295 = l_arr_9[uint(2)];
const float l_296 = l_295 + l_294;
l_arr_9[uint(2)] = l_296;
const float l_297 = l_arr_248[uint(0)];
const float l_298 = l_arr_249[uint(3)];
const float l_299 = l_297 * l_298;
const float l_300 = l_arr_9[uint(3)];
const float l_301 = l_300 + l_299;
l_arr_9[uint(3)] = l_301;
const float l_302 = l_arr_248[uint(1)];
const float l_303 = l_arr_249[uint(0)];
const float l_304 = l_302 * l_303;
const float l_305 = l_arr_9[uint(4)];
const float l_306 = l_305 + l_304;
l_arr_9[uint(4)] = l_306;
const float l_307 = l_arr_248[uint(1)];
const float l_308 = l_arr_249[uint(1)];
const float l_309 = l_307 * l_308;
const float l_310 = l_arr_9[uint(5)];
const float l_311 = l_310 + l_309;
l_arr_9[uint(5)] = l_311;
const float l_312 = l_arr_248[uint(1)];
const float l_313 = l_arr_249[uint(2)];
const float l_314 = l_312 * l_313;
const float l_315 = l_arr_9[uint(6)];
const float l_316 = l_315 + l_314;
l_arr_9[uint(6)] = l_316;
const float l_317 = l_arr_248[uint(1)];
const float l_318 = l_arr_249[uint(3)];
const float l_319 = l_317 * l_318;
const float l_320 = l_arr_9[uint(7)];
const float l_321 = l_320 + l_319;
l_arr_9[uint(7)] = l_321;
const float l_322 = l_arr_248[uint(2)];
const float l_323 = l_arr_249[uint(0)];
const float l_324 = l_322 * l_323;
const float l_325 = l_arr_9[uint(8)];
const float l_326 = l_325 + l_324;
l_arr_9[uint(8)] = l_326;
const float l_327 = l_arr_248[uint(2)];
const float l_328 = l_arr_249[uint(1)];
const float l_329 = l_327 * l_328;
const float l_330 = l_arr_9[uint(9)];
const float l_331 = l_330 + l_329;
l_arr_9[uint(9)] = l_331;
const float l_332 = l_arr_248[uint(2)];
const float l_333 = l_arr_249[uint(2)];
const float l_334 = l_332 * l_333;
const float l_335 = l_arr_9[uint(10)];
const float l_336 = l_335 + l_334;
l_arr_9[uint(10)] = l_336;
const float l_337 = l_arr_248[uint(2)];
const float l_338 = l_arr_249[uint(3)];
const float l_339 = l_337 * l_338;
const float l_340 = l_arr_9[uint(11)];
const float l_341 = l_340 + l_339;
l_arr_9[uint(11)] = l_341;
const float l_342 = l_arr_248[uint(3)];
const float l_343 = l_arr_249[uint(0)];
const float l_344 = l_342 * l_343;
const float l_345 = l_arr_9[uint(12)];
const float l_346 = l_345 + l_344;
l_arr_9[uint(12)] = l_346;
const float l_347 = l_arr_248[uint(3)];
const float l_348 = l_arr_249[uint(1)];
const float l_349 = l_347 * l_348;
const float l_350 = l_arr_9[uint(13)];
const float l_351 = l_350 + l_349;
l_arr_9[uint(13)] = l_351;
const float l_352 = l_arr_248[uint(3)];
const float l_353 = l_arr_249[uint(2)];
const float l_354 = l_352 * l_353;
const float l_355 = l_arr_9[uint(14)];
const float l_356 = l_355 + l_354;
l_arr_9[uint(14)] = l_356;
const float l_357 = l_arr_248[uint(3)];
const float l_358 = l_arr_249[uint(3)];
const float l_359 = l_357 * l_358;
const float l_360 = l_arr_9[uint(15)];
const float l_361 = l_360 + l_359;
l_arr_9[uint(15)] = l_361;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_362 = l_3 + l_4;
const uint l_363 = l_362 + uint(0);
const uint l_364 = l_2 + l_5;
const uint l_365 = l_364 + uint(0);
const bool l_366 = l_363 < l_1;
const bool l_367 = l_365 < info.scalars_uint[1];
const bool l_368 = l_366 && l_367;
if (l_368) {
const uint l_369 = l_363 * info.scalars_uint[1];
const uint l_370 = l_369 + l_365;
const float l_371 = l_arr_9[uint(0)];
const half l_372 = half(l_371);
buffer_2[l_370] = l_372;
}
const uint l_373 = l_3 + l_4;
const uint l_374 = l_373 + uint(0);
const uint l_375 = l_2 + l_5;
const uint l_376 = l_375 + uint(16);
const bool l_377 = l_374 < l_1;
const bool l_378 = l_376 < info.scalars_uint[1];
const bool l_379 = l_377 && l_378;
if (l_379) {
const uint l_380 = l_374 * info.scalars_uint[1];
const uint l_381 = l_380 + l_376;
const float l_382 = l_arr_9[uint(1)];
const half l_383 = half(l_382);
buffer_2[l_381] = l_383;
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
const half l_394 = half(l_393);
buffer_2[l_392] = l_394;
}
const uint l_395 = l_3 + l_4;
const uint l_396 = l_395 + uint(0);
const uint l_397 = l_2 + l_5;
const uint l_398 = l_397 + uint(48);
const bool l_399 = l_396 < l_1;
const bool l_400 = l_398 < info.scalars_uint[1];
const bool l_401 = l_399 && l_400;
if (l_401) {
const uint l_402 = l_396 * info.scalars_uint[1];
const uint l_403 = l_402 + l_398;
const float l_404 = l_arr_9[uint(3)];
const half l_405 = half(l_404);
buffer_2[l_403] = l_405;
}
const uint l_406 = l_3 + l_4;
const uint l_407 = l_406 + uint(16);
const uint l_408 = l_2 + l_5;
const uint l_409 = l_408 + uint(0);
const bool l_410 = l_407 < l_1;
const bool l_411 = l_409 < info.scalars_uint[1];
const bool l_412 = l_410 && l_411;
if (l_412) {
const uint l_413 = l_407 * info.scalars_uint[1];
const uint l_414 = l_413 + l_409;
const float l_415 = l_arr_9[uint(4)];
const half l_416 = half(l_415);
buffer_2[l_414] = l_416;
}
const uint l_417 = l_3 + l_4;
const uint l_418 = l_417 + uint(16);
const uint l_419 = l_2 + l_5;
const uint l_420 = l_419 + uint(16);
const bool l_421 = l_418 < l_1;
const bool l_422 = l_420 < info.scalars_uint[1];
const bool l_423 = l_421 && l_422;
if (l_423) {
const uint l_424 = l_418 * info.scalars_uint[1];
const uint l_425 = l_424 + l_420;
const float l_426 = l_arr_9[uint(5)];
const half l_427 = half(l_426);
buffer_2[l_425] = l_427;
}
const uint l_428 = l_3 + l_4;
const uint l_429 = l_428 + uint(16);
const uint l_430 = l_2 + l_5;
const uint l_431 = l_430 + uint(32);
const bool l_432 = l_429 < l_1;
const bool l_433 = l_431 < info.scalars_uint[1];
const bool l_434 = l_432 && l_433;
if (l_434) {
const uint l_435 = l_429 * info.scalars_uint[1];
const uint l_436 = l_435 + l_431;
const float l_437 = l_arr_9[uint(6)];
const half l_438 = half(l_437);
buffer_2[l_436] = l_438;
}
const uint l_439 = l_3 + l_4;
const uint l_440 = l_439 + uint(16);
const uint l_441 = l_2 + l_5;
const uint l_442 = l_441 + uint(48);
const bool l_443 = l_440 < l_1;
const bool l_444 = l_442 < info.scalars_uint[1];
const bool l_445 = l_443 && l_444;
if (l_445) {
const uint l_446 = l_440 * info.scalars_uint[1];
const uint l_447 = l_446 + l_442;
const float l_448 = l_arr_9[uint(7)];
const half l_449 = half(l_448);
buffer_2[l_447] = l_449;
}
const uint l_450 = l_3 + l_4;
const uint l_451 = l_450 + uint(32);
const uint l_452 = l_2 + l_5;
const uint l_453 = l_452 + uint(0);
const bool l_454 = l_451 < l_1;
const bool l_455 = l_453 < info.scalars_uint[1];
const bool l_456 = l_454 && l_455;
if (l_456) {
const uint l_457 = l_451 * info.scalars_uint[1];
const uint l_458 = l_457 + l_453;
const float l_459 = l_arr_9[uint(8)];
const half l_460 = half(l_459);
buffer_2[l_458] = l_460;
}
const uint l_461 = l_3 + l_4;
const uint l_462 = l_461 + uint(32);
const uint l_463 = l_2 + l_5;
const uint l_464 = l_463 + uint(16);
const bool l_465 = l_462 < l_1;
const bool l_466 = l_464 < info.scalars_uint[1];
const bool l_467 = l_465 && l_466;
if (l_467) {
const uint l_468 = l_462 * info.scalars_uint[1];
const uint l_469 = l_468 + l_464;
const float l_470 = l_arr_9[uint(9)];
const half l_471 = half(l_470);
buffer_2[l_469] = l_471;
}
const uint l_472 = l_3 + l_4;
const uint l_473 = l_472 + uint(32);
const uint l_474 = l_2 + l_5;
const uint l_475 = l_474 + uint(32);
const bool l_476 = l_473 < l_1;
const bool l_477 = l_475 < info.scalars_uint[1];
const bool l_478 = l_476 && l_477;
if (l_478) {
const uint l_479 = l_473 * info.scalars_uint[1];
const uint l_480 = l_479 + l_475;
const float l_481 = l_arr_9[uint(10)];
const half l_482 = half(l_481);
buffer_2[l_480] = l_482;
}
const uint l_483 = l_3 + l_4;
const uint l_484 = l_483 + uint(32);
const uint l_485 = l_2 + l_5;
const uint l_486 = l_485 + uint(48);
const bool l_487 = l_484 < l_1;
const bool l_488 = l_486 < info.scalars_uint[1];
const bool l_489 = l_487 && l_488;
if (l_489) {
const uint l_490 = l_484 * info.scalars_uint[1];
const uint l_491 = l_490 + l_486;
const float l_492 = l_arr_9[uint(11)];
const half l_493 = half(l_492);
buffer_2[l_491] = l_493;
}
const uint l_494 = l_3 + l_4;
const uint l_495 = l_494 + uint(48);
const uint l_496 = l_2 + l_5;
const uint l_497 = l_496 + uint(0);
const bool l_498 = l_495 < l_1;
const bool l_499 = l_497 < info.scalars_uint[1];
const bool l_500 = l_498 && l_499;
if (l_500) {
const uint l_501 = l_495 * info.scalars_uint[1];
const uint l_502 = l_501 + l_497;
const float l_503 = l_arr_9[uint(12)];
const half l_504 = half(l_503);
buffer_2[l_502] = l_504;
}
const uint l_505 = l_3 + l_4;
const uint l_506 = l_505 + uint(48);
const uint l_507 = l_2 + l_5;
const uint l_508 = l_507 + uint(16);
const bool l_509 = l_506 < l_1;
const bool l_510 = l_508 < info.scalars_uint[1];
const bool l_511 = l_509 && l_510;
if (l_511) {
const uint l_512 = l_506 * info.scalars_uint[1];
const uint l_513 = l_512 + l_508;
const float l_514 = l_arr_9[uint(13)];
const half l_515 = half(l_514);
buffer_2[l_513] = l_515;
}
const uint l_516 = l_3 + l_4;
const uint l_517 = l_516 + uint(48);
const uint l_518 = l_2 + l_5;
const uint l_519 = l_518 + uint(32);
const bool l_520 = l_517 < l_1;
const bool l_521 = l_519 < info.scalars_uint[1];
const bool l_522 = l_520 && l_521;
if (l_522) {
const uint l_523 = l_517 * info.scalars_uint[1];
const uint l_524 = l_523 + l_519;
const float l_525 = l_arr_9[uint(14)];
const half l_526 = half(l_525);
buffer_2[l_524] = l_526;
}
const uint l_527 = l_3 + l_4;
const uint l_528 = l_527 + uint(48);
const uint l_529 = l_2 + l_5;
const uint l_530 = l_529 + uint(48);
const bool l_531 = l_528 < l_1;
const bool l_532 = l_530 < info.scalars_uint[1];
const bool l_533 = l_531 && l_532;
if (l_533) {
const uint l_534 = l_528 * info.scalars_uint[1];
const uint l_535 = l_534 + l_530;
const float l_536 = l_arr_9[uint(15)];
const half l_537 = half(l_536);
buffer_2[l_535] = l_537;
}

}
