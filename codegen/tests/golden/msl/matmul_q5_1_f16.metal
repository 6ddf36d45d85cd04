
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

float l_arr_176[4];

float l_arr_177[4];

float l_mut_19;
uint l_mut_10;
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
const uint l_25 = l_18 / uint(32);
const uint l_26 = l_24 + l_25;
const uint l_27 = l_18 % uint(32);
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
const uint l_47 = l_26 * uint(4);
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
const uint l_59 = info.scalars_uint[0] * uint(4);
const uint l_60 = l_59 + uint(3);
const uint l_61 = l_60 / uint(4);
const uint l_62 = l_61 * uint(4);
const uint l_63 = l_58 + l_62;
const uint l_64 = l_26 * uint(16);
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
const uint l_119 = l_65 + uint(0);
const uint l_120 = uint(l_118);
const uint l_121 = l_120 / uint(32);
const uint l_122 = l_121 * uint(16);
const uint l_123 = l_119 + l_122;
const uint l_124 = l_120 % uint(16);
const uint l_125 = l_123 + l_124;
const uint l_126 = l_120 / uint(16);
const uint l_127 = l_126 % uint(2);
const uint l_128 = l_127 * uint(4);
const uint l_129 = l_125 / uint(4);
const uint l_130 = buffer_0[l_129];
const uint l_131 = l_125 % uint(4);
const uint l_132 = l_131 * uint(8);
const uint l_133 = l_132 + l_128;
const uint l_134 = l_130 >> l_133;
const uint l_135 = l_134 & uint(15);
const int l_136 = int(l_135);
const uint l_137 = l_48 + uint(0);
const uint l_138 = uint(l_118);
const uint l_139 = l_138 / uint(8);
const uint l_140 = l_139 * uint(1);
const uint l_141 = l_137 + l_140;
const uint l_142 = l_138 % uint(1);
const uint l_143 = l_141 + l_142;
const uint l_144 = l_138 / uint(1);
const uint l_145 = l_144 % uint(8);
const uint l_146 = l_145 * uint(1);
const uint l_147 = l_143 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_143 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + l_146;
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(1);
const int l_154 = int(l_153);
const uint l_155 = uint(l_154);
const uint l_156 = uint(int(4));
const uint l_157 = l_155 << l_156;
const int l_158 = int(l_157);
const int l_159 = l_136 | l_158;
const float l_160 = float(l_159);
const float l_161 = l_91 * l_160;
const float l_162 = l_161 + l_117;
l_mut_19 = l_162;
}
const uint l_163 = l_16 * uint(33);
const uint l_164 = l_163 + l_17;
shared_memory_7[l_164] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_165 = l_3 + l_16;
const bool l_166 = l_165 < l_1;
const bool l_167 = l_18 < info.scalars_uint[2];
const bool l_168 = l_166 && l_167;
if (l_168) {
const uint l_169 = l_165 * info.scalars_uint[2];
const uint l_170 = l_169 + l_18;
const half l_171 = buffer_1[l_170];
const float l_172 = float(l_171);
l_mut_19 = l_172;
}
const uint l_173 = l_16 * uint(33);
const uint l_174 = l_173 + l_17;
shared_memory_8[l_174] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_175 = uint(0); l_mut_175 < uint(32); ++l_mut_175) {
const uint l_178 = l_4 + uint(0);
const uint l_179 = l_178 * uint(33);
const uint l_180 = l_179 + l_mut_175;
const float l_181 = shared_memory_8[l_180];
l_arr_176[uint(0)] = l_181;
const uint l_182 = l_5 + uint(0);
const uint l_183 = l_182 * uint(33);
const uint l_184 = l_183 + l_mut_175;
const float l_185 = shared_memory_7[l_184];
l_arr_177[uint(0)] = l_185;
const uint l_186 = l_4 + uint(16);
const uint l_187 = l_186 * uint(33);
const uint l_188 = l_187 + l_mut_175;
const float l_189 = shared_memory_8[l_188];
l_arr_176[uint(1)] = l_189;
const uint l_190 = l_5 + uint(16);
const uint l_191 = l_190 * uint(33);
const uint l_192 = l_191 + l_mut_175;
const float l_193 = shared_memory_7[l_192];
l_arr_177[uint(1)] = l_193;
const uint l_194 = l_4 + uint(32);
const uint l_195 = l_194 * uint(33);
const uint l_196 = l_195 + l_mut_175;
const float l_197 = shared_memory_8[l_196];
l_arr_176[uint(2)] = l_197;
const uint l_198 = l_5 + uint(32);
const uint l_199 = l_198 * uint(33);
const uint l_200 = l_199 + l_mut_175;
const float l_201 = shared_memory_7[l_200];
l_arr_177[uint(2)] = l_201;
const uint l_202 = l_4 + uint(48);
const uint l_203 = l_202 * uint(33);
const uint l_204 = l_203 + l_mut_175;
const float l_205 = shared_memory_8[l_204];
l_arr_176[uint(3)] = l_205;
const uint l_206 = l_5 + uint(48);
const uint l_207 = l_206 * uint(33);
const uint l_208 = l_207 + l_mut_175;
const float l_209 = shared_memory_7[l_208];
l_arr_177[uint(3)] = l_209;
const float l_210 = l_arr_176[uint(0)];
const float l_211 = l_arr_177[uint(0)];
const float l_212 = l_210 * l_211;
const float l_213 = l_arr_9[uint(0)];
const float l_214 = l_213 + l_212;
l_arr_9[uint(0)] = l_214;
const float l_215 = l_arr_176[uint(0)];
const float l_216 = l_arr_177[uint(1)];
const float l_217 = l_215 * l_216;
const float l_218 = l_arr_9[uint(1)];
const float l_219 = l_218 + l_217;
l_arr_9[uint(1)] = l_219;
const float l_220 = l_arr_176[uint(0)];
const float l_221 = l_arr_177[uint(2)];
const float l_222 = l_220 * l_221;
const float l_223 = l_arr_9[uint(2)];
const float l_224 = l_223 + l_222;
l_arr_9[uint(2)] = l_224;
const float l_225 = l_arr_176[uint(0)];
const float l_226 = l_arr_177[uint(3)];
const float l_227 = l_225 * l_226;
const float l_228 = l_arr_9[uint(3)];
const float l_229 = l_228 + l_227;
l_arr_9[uint(3)] = l_229;
const float l_230 = l_arr_176[uint(1)];
const float l_231 = l_arr_177[uint(0)];
const float l_232 = l_230 * l_231;
const float l_233 = l_arr_9[uint(4)];
const float l_234 = l_233 + l_232;
l_arr_9[uint(4)] = l_234;
const float l_235 = l_arr_176[uint(1)];
const float l_236 = l_arr_177[uint(1)];
const float l_237 = l_235 * l_236;
const float l_238 = l_arr_9[uint(5)];
const float l_239 = l_238 + l_237;
l_arr_9[uint(5)] = l_239;
const float l_240 = l_arr_176[uint(1)];
const float l_241 = l_arr_177[uint(2)];
const float l_242 = l_240 * l_241;
const float l_243 = l_arr_9[uint(6)];
const float l_244 = l_243 + l_242;
l_arr_9[uint(6)] = l_244;
const float l_245 = l_arr_176[uint(1)];
const float l_246 = l_arr_177[uint(3)];
const float l_247 = l_245 * l_246;
const float l_248 = l_arr_9[uint(7)];
const float l_249 = l_248 + l_247;
l_arr_9[uint(7)] = l_249;
const float l_250 = l_arr_176[uint(2)];
const float l_251 = l_arr_177[uint(0)];
const float l_252 = l_250 * l_251;
const float l_253 = l_arr_9[uint(8)];
const float l_254 = l_253 + l_252;
l_arr_9[uint(8)] = l_254;
const float l_255 = l_arr_176[uint(2)];
const float l_256 = l_arr_177[uint(1)];
const float l_257 = l_255 * l_256;
const float l_258 = l_arr_9[uint(9)];
const float l_259 = l_258 + l_257;
l_arr_9[uint(9)] = l_259;
const float l_260 = l_arr_176[uint(2)];
const float l_261 = l_arr_177[uint(2)];
const float l_262 = l_260 * l_261;
const float l_263 = l_arr_9[uint(10)];
const float l_264 = l_263 + l_262;
l_arr_9[uint(10)] = l_264;
const float l_265 = l_arr_176[uint(2)];
const float l_266 = l_arr_177[uint(3)];
const float l_267 = l_265 * l_266;
const float l_268 = l_arr_9[uint(11)];
const float l_269 = l_268 + l_267;
l_arr_9[uint(11)] = l_269;
const float l_270 = l_arr_176[uint(3)];
const float l_271 = l_arr_177[uint(0)];
const float l_272 = l_270 * l_271;
const float l_273 = l_arr_9[uint(12)];
const float l_274 = l_273 + l_272;
l_arr_9[uint(12)] = l_274;
const float l_275 = l_arr_176[uint(3)];
const float l_276 = l_arr_177[uint(1)];
const float l_277 = l_275 * l_276;
const float l_278 = l_arr_9[uint(13)];
const float l_279 = l_278 + l_277;
l_arr_9[uint(13)] = l_279;
const float l_280 = l_arr_176[uint(3)];
const float l_281 = l_arr_177[uint(2)];
const float l_282 = l_280 * l_281;
const float l_283 = l_arr_9[uint(14)];
const float l_284 = l_283 + l_282;
l_arr_9[uint(14)] = l_284;
const float l_285 = l_arr_176[uint(3)];
const float l_286 = l_arr_177[uint(3)];
const float l_287 = l_285 * l_286;
const float l_288 = l_arr_9[uint(15)];
const float l_289 = l_288 + l_287;
l_arr_9[uint(15)] = l_289;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_290 = l_3 + l_4;
const uint l_291 = l_290 + uint(0);
const uint l_292 = l_2 + l_5;
const uint l_293 = l_292 + uint(0);
const bool l_294 = l_291 < l_1;
const bool l_295 = l_293 < info.scalars_uint[1];
const bool l_296 = l_294 && l_295;
if (l_296) {
const uint l_297 = l_291 * info.scalars_uint[1];
const uint l_298 = l_297 + l_293;
const float l_299 = l_arr_9[uint(0)];
const half l_300 = half(l_299);
buffer_2[l_298] = l_300;
}
const uint l_301 = l_3 + l_4;
const uint l_302 = l_301 + uint(0);
const uint l_303 = l_2 + l_5;
const uint l_304 = l_303 + uint(16);
const bool l_305 = l_302 < l_1;
const bool l_306 = l_304 < info.scalars_uint[1];
const bool l_307 = l_305 && l_306;
if (l_307) {
const uint l_308 = l_302 * info.scalars_uint[1];
const uint l_309 = l_308 + l_304;
const float l_310 = l_arr_9[uint(1)];
const half l_311 = half(l_310);
buffer_2[l_309] = l_311;
}
const uint l_312 = l_3 + l_4;
const uint l_313 = l_312 + uint(0);
const uint l_314 = l_2 + l_5;
const uint l_315 = l_314 + uint(32);
const bool l_316 = l_313 < l_1;
const bool l_317 = l_315 < info.scalars_uint[1];
const bool l_318 = l_316 && l_317;
if (l_318) {
const uint l_319 = l_313 * info.scalars_uint[1];
const uint l_320 = l_319 + l_315;
const float l_321 = l_arr_9[uint(2)];
const half l_322 = half(l_321);
buffer_2[l_320] = l_322;
}
const uint l_323 = l_3 + l_4;
const uint l_324 = l_323 + uint(0);
const uint l_325 = l_2 + l_5;
const uint l_326 = l_325 + uint(48);
const bool l_327 = l_324 < l_1;
const bool l_328 = l_326 < info.scalars_uint[1];
const bool l_329 = l_327 && l_328;
if (l_329) {
const uint l_330 = l_324 * info.scalars_uint[1];
const uint l_331 = l_330 + l_326;
const float l_332 = l_arr_9[uint(3)];
const half l_333 = half(l_332);
buffer_2[l_331] = l_333;
}
const uint l_334 = l_3 + l_4;
const uint l_335 = l_334 + uint(16);
const uint l_336 = l_2 + l_5;
const uint l_337 = l_336 + uint(0);
const bool l_338 = l_335 < l_1;
const bool l_339 = l_337 < info.scalars_uint[1];
const bool l_340 = l_338 && l_339;
if (l_340) {
const uint l_341 = l_335 * info.scalars_uint[1];
const uint l_342 = l_341 + l_337;
const float l_343 = l_arr_9[uint(4)];
const half l_344 = half(l_343);
buffer_2[l_342] = l_344;
}
const uint l_345 = l_3 + l_4;
const uint l_346 = l_345 + uint(16);
const uint l_347 = l_2 + l_5;
const uint l_348 = l_347 + uint(16);
const bool l_349 = l_346 < l_1;
const bool l_350 = l_348 < info.scalars_uint[1];
const bool l_351 = l_349 && l_350;
if (l_351) {
const uint l_352 = l_346 * info.scalars_uint[1];
const uint l_353 = l_352 + l_348;
const float l_354 = l_arr_9[uint(5)];
const half l_355 = half(l_354);
buffer_2[l_353] = l_355;
}
const uint l_356 = l_3 + l_4;
const uint l_357 = l_356 + uint(16);
const uint l_358 = l_2 + l_5;
const uint l_359 = l_358 + uint(32);
const bool l_360 = l_357 < l_1;
const bool l_361 = l_359 < info.scalars_uint[1];
const bool l_362 = l_360 && l_361;
if (l_362) {
const uint l_363 = l_357 * info.scalars_uint[1];
const uint l_364 = l_363 + l_359;
const float l_365 = l_arr_9[uint(6)];
const half l_366 = half(l_365);
buffer_2[l_364] = l_366;
}
const uint l_367 = l_3 + l_4;
const uint l_368 = l_367 + uint(16);
const uint l_369 = l_2 + l_5;
const uint l_370 = l_369 + uint(48);
const bool l_371 = l_368 < l_1;
const bool l_372 = l_370 < info.scalars_uint[1];
const bool l_373 = l_371 && l_372;
if (l_373) {
const uint l_374 = l_368 * info.scalars_uint[1];
const uint l_375 = l_374 + l_370;
const float l_376 = l_arr_9[uint(7)];
const half l_377 = half(l_376);
buffer_2[l_375] = l_377;
}
const uint l_378 = l_3 + l_4;
const uint l_379 = l_378 + uint(32);
const uint l_380 = l_2 + l_5;
const uint l_381 = l_380 + uint(0);
const bool l_382 = l_379 < l_1;
const bool l_383 = l_381 < info.scalars_uint[1];
const bool l_384 = l_382 && l_383;
if (l_384) {
const uint l_385 = l_379 * info.scalars_uint[1];
const uint l_386 = l_385 + l_381;
const float l_387 = l_arr_9[uint(8)];
const half l_388 = half(l_387);
buffer_2[l_386] = l_388;
}
const uint l_389 = l_3 + l_4;
const uint l_390 = l_389 + uint(32);
const uint l_391 = l_2 + l_5;
const uint l_392 = l_391 + uint(16);
const bool l_393 = l_390 < l_1;
const bool l_394 = l_392 < info.scalars_uint[1];
const bool l_395 = l_393 && l_394;
if (l_395) {
const uint l_396 = l_390 * info.scalars_uint[1];
const uint l_397 = l_396 + l_392;
const float l_398 = l_arr_9[uint(9)];
const half l_399 = half(l_398);
buffer_2[l_397] = l_399;
}
const uint l_400 = l_3 + l_4;
const uint l_401 = l_400 + uint(32);
const uint l_402 = l_2 + l_5;
const uint l_403 = l_402 + uint(32);
const bool l_404 = l_401 < l_1;
const bool l_405 = l_403 < info.scalars_uint[1];
const bool l_406 = l_404 && l_405;
if (l_406) {
const uint l_407 = l_401 * info.scalars_uint[1];
const uint l_408 = l_407 + l_403;
const float l_409 = l_arr_9[uint(10)];
const half l_410 = half(l_409);
buffer_2[l_408] = l_410;
}
const uint l_411 = l_3 + l_4;
const uint l_412 = l_411 + uint(32);
const uint l_413 = l_2 + l_5;
const uint l_414 = l_413 + uint(48);
const bool l_415 = l_412 < l_1;
const bool l_416 = l_414 < info.scalars_uint[1];
const bool l_417 = l_415 && l_416;
if (l_417) {
const uint l_418 = l_412 * info.scalars_uint[1];
const uint l_419 = l_418 + l_414;
const float l_420 = l_arr_9[uint(11)];
const half l_421 = half(l_420);
buffer_2[l_419] = l_421;
}
const uint l_422 = l_3 + l_4;
const uint l_423 = l_422 + uint(48);
const uint l_424 = l_2 + l_5;
const uint l_425 = l_424 + uint(0);
const bool l_426 = l_423 < l_1;
const bool l_427 = l_425 < info.scalars_uint[1];
const bool l_428 = l_426 && l_427;
if (l_428) {
const uint l_429 = l_423 * info.scalars_uint[1];
const uint l_430 = l_429 + l_425;
const float l_431 = l_arr_9[uint(12)];
const half l_432 = half(l_431);
buffer_2[l_430] = l_432;
}
const uint l_433 = l_3 + l_4;
const uint l_434 = l_433 + uint(48);
const uint l_435 = l_2 + l_5;
const uint l_436 = l_435 + uint(16);
const bool l_437 = l_434 < l_1;
const bool l_438 = l_436 < info.scalars_uint[1];
const bool l_439 = l_437 && l_438;
if (l_439) {
const uint l_440 = l_434 * info.scalars_uint[1];
const uint l_441 = l_440 + l_436;
const float l_442 = l_arr_9[uint(13)];
const half l_443 = half(l_442);
buffer_2[l_441] = l_443;
}
const uint l_444 = l_3 + l_4;
const uint l_445 = l_444 + uint(48);
const uint l_446 = l_2 + l_5;
const uint l_447 = l_446 + uint(32);
const bool l_448 = l_445 < l_1;
const bool l_449 = l_447 < info.scalars_uint[1];
const bool l_450 = l_448 && l_449;
if (l_450) {
const uint l_451 = l_445 * info.scalars_uint[1];
const uint l_452 = l_451 + l_447;
const float l_453 = l_arr_9[uint(14)];
const half l_454 = half(l_453);
buffer_2[l_452] = l_454;
}
const uint l_455 = l_3 + l_4;
const uint l_456 = l_455 + uint(48);
const uint l_457 = l_2 + l_5;
const uint l_458 = l_457 + uint(48);
const bool l_459 = l_456 < l_1;
const bool l_460 = l_458 < info.scalars_uint[1];
const bool l_461 = l_459 && l_460;
if (l_461) {
const uint l_462 = l_456 * info.scalars_uint[1];
const uint l_463 = l_462 + l_458;
const float l_464 = l_arr_9[uint(15)];
const half l_465 = half(l_464);
buffer_2[l_463] = l_465;
}

}
