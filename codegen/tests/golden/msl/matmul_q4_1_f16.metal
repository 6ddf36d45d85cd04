
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

float l_arr_136[4];

float l_arr_137[4];

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
const uint l_47 = l_26 * uint(16);
const uint l_48 = l_46 + l_47;
const uint l_49 = l_29 / uint(4);
const uint l_50 = buffer_0[l_49];
const uint l_51 = l_29 % uint(4);
const uint l_52 = l_51 * uint(8);
const uint l_53 = l_50 >> l_52;
const uint l_54 = l_53 & uint(65535);
const uint l_55 = l_54 & uint(32768);
const uint l_56 = l_55 << uint(16);
const uint l_57 = l_54 >> uint(10);
const uint l_58 = l_57 & uint(31);
const uint l_59 = l_54 & uint(1023);
const bool l_60 = l_58 == uint(31);
const uint l_61 = l_58 + uint(112);
const uint l_62 = (l_60) ? uint(255) : l_61;
const uint l_63 = l_62 << uint(23);
const uint l_64 = l_56 | l_63;
const uint l_65 = l_59 << uint(13);
const uint l_66 = l_64 | l_65;
const float l_67 = reinterpret_cast<thread float const&>(l_66);
const float l_68 = float(l_59);
const float l_69 = l_68 * float(5.960464477539063e-8);
const bool l_70 = l_56 == uint(0);
const float l_71 = -l_69;
const float l_72 = (l_70) ? l_69 : l_71;
const bool l_73 = l_58 == uint(0);
const float l_74 = (l_73) ? l_72 : l_67;
const uint l_75 = l_36 / uint(4);
const uint l_76 = buffer_0[l_75];
const uint l_77 = l_36 % uint(4);
const uint l_78 = l_77 * uint(8);
const uint l_79 = l_76 >> l_78;
const uint l_80 = l_79 & uint(65535);
const uint l_81 = l_80 & uint(32768);
const uint l_82 = l_81 << uint(16);
const uint l_83 = l_80 >> uint(10);
const uint l_84 = l_83 & uint(31);
const uint l_85 = l_80 & uint(1023);
const bool l_86 = l_84 == uint(31);
const uint l_87 = l_84 + uint(112);
const uint l_88 = (l_86) ? uint(255) : l_87;
const uint l_89 = l_88 << uint(23);
const uint l_90 = l_82 | l_89;
const uint l_91 = l_85 << uint(13);
const uint l_92 = l_90 | l_91;
const float l_93 = reinterpret_cast<thread float const&>(l_92);
const float l_94 = float(l_85);
const float l_95 = l_94 * float(5.960464477539063e-8);
const bool l_96 = l_82 == uint(0);
const float l_97 = -l_95;
const float l_98 = (l_96) ? l_95 : l_97;
const bool l_99 = l_84 == uint(0);
const float l_100 = (l_99) ? l_98 : l_93;
const int l_101 = int(l_27);
const uint l_102 = l_48 + uint(0);
const uint l_103 = uint(l_101);
const uint l_104 = l_103 / uint(32);
const uint l_105 = l_104 * uint(16);
const uint l_106 = l_102 + l_105;
const uint l_107 = l_103 % uint(16);
const uint l_108 = l_106 + l_107;
const uint l_109 = l_103 / uint(16);
const uint l_110 = l_109 % uint(2);
const uint l_111 = l_110 * uint(4);
const uint l_112 = l_108 / uint(4);
const uint l_113 = buffer_0[l_112];
const uint l_114 = l_108 % uint(4);
const uint l_115 = l_114 * uint(8);
const uint l_116 = l_115 + l_111;
const uint l_117 = l_113 >> l_116;
const uint l_118 = l_117 & uint(15);
const int l_119 = int(l_118);
const float l_120 = float(l_119);
const float l_121 = l_74 * l_120;
const float l_122 = l_121 + l_100;
l_mut_19 = l_122;
}
const uint l_123 = l_16 * uint(33);
const uint l_124 = l_123 + l_17;
shared_memory_7[l_124] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_125 = l_3 + l_16;
const bool l_126 = l_125 < l_1;
const bool l_127 = l_18 < info.scalars_uint[2];
const bool l_128 = l_126 && l_127;
if (l_128) {
const uint l_129 = l_125 * info.scalars_uint[2];
const uint l_130 = l_129 + l_18;
const half l_131 = buffer_1[l_130];
const float l_132 = float(l_131);
l_mut_19 = l_132;
}
const uint l_133 = l_16 * uint(33);
const uint l_134 = l_133 + l_17;
shared_memory_8[l_134] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_135 = uint(0); l_mut_135 < uint(32); ++l_mut_135) {
const uint l_138 = l_4 + uint(0);
const uint l_139 = l_138 * uint(33);
const uint l_140 = l_139 + l_mut_135;
const float l_141 = shared_memory_8[l_140];
l_arr_136[uint(0)] = l_141;
const uint l_142 = l_5 + uint(0);
const uint l_143 = l_142 * uint(33);
const uint l_144 = l_143 + l_mut_135;
const float l_145 = shared_memory_7[l_144];
l_arr_137[uint(0)] = l_145;
const uint l_146 = l_4 + uint(16);
const uint l_147 = l_146 * uint(33);
const uint l_148 = l_147 + l_mut_135;
const float l_149 = shared_memory_8[l_148];
l_arr_136[uint(1)] = l_149;
const uint l_150 = l_5 + uint(16);
const uint l_151 = l_150 * uint(33);
const uint l_152 = l_151 + l_mut_135;
const float l_153 = shared_memory_7[l_152];
l_arr_137[uint(1)] = l_153;
const uint l_154 = l_4 + uint(32);
const uint l_155 = l_154 * uint(33);
const uint l_156 = l_155 + l_mut_135;
const float l_157 = shared_memory_8[l_156];
l_arr_136[uint(2)] = l_157;
const uint l_158 = l_5 + uint(32);
const uint l_159 = l_158 * uint(33);
const uint l_160 = l_159 + l_mut_135;
const float l_161 = shared_memory_7[l_160];
l_arr_137[uint(2)] = l_161;
const uint l_162 = l_4 + uint(48);
const uint l_163 = l_162 * uint(33);
const uint l_164 = l_163 + l_mut_135;
const float l_165 = shared_memory_8[l_164];
l_arr_136[uint(3)] = l_165;
const uint l_166 = l_5 + uint(48);
const uint l_167 = l_166 * uint(33);
const uint l_168 = l_167 + l_mut_135;
const float l_169 = shared_memory_7[l_168];
l_arr_137[uint(3)] = l_169;
const float l_170 = l_arr_136[uint(0)];
const float l_171 = l_arr_137[uint(0)];
const float l_172 = l_170 * l_171;
const float l_173 = l_arr_9[uint(0)];
const float l_174 = l_173 + l_172;
l_arr_9[uint(0)] = l_174;
const float l_175 = l_arr_136[uint(0)];
const float l_176 = l_arr_137[uint(1)];
const float l_177 = l_175 * l_176;
const float l_178 = l_arr_9[uint(1)];
const float l_179 = l_178 + l_177;
l_arr_9[uint(1)] = l_179;
const float l_180 = l_arr_136[uint(0)];
const float l_181 = l_arr_137[uint(2)];
const float l_182 = l_180 * l_181;
const float l_183 = l_arr_9[uint(2)];
const float l_184 = l_183 + l_182;
l_arr_9[uint(2)] = l_184;
const float l_185 = l_arr_136[uint(0)];
const float l_186 = l_arr_137[uint(3)];
const float l_187 = l_185 * l_186;
const float l_188 = l_arr_9[uint(3)];
const float l_189 = l_188 + l_187;
l_arr_9[uint(3)] = l_189;
const float l_190 = l_arr_136[uint(1)];
const float l_191 = l_arr_137[uint(0)];
const float l_192 = l_190 * l_191;
const float l_193 = l_arr_9[uint(4)];
const float l_194 = l_193 + l_192;
l_arr_9[uint(4)] = l_194;
const float l_195 = l_arr_136[uint(1)];
const float l_196 = l_arr_137[uint(1)];
const float l_197 = l_195 * l_196;
const float l_198 = l_arr_9[uint(5)];
const float l_199 = l_198 + l_197;
l_arr_9[uint(5)] = l_199;
const float l_200 = l_arr_136[uint(1)];
const float l_201 = l_arr_137[uint(2)];
const float l_202 = l_200 * l_201;
const float l_203 = l_arr_9[uint(6)];
const float l_204 = l_203 + l_202;
l_arr_9[uint(6)] = l_204;
const float l_205 = l_arr_136[uint(1)];
const float l_206 = l_arr_137[uint(3)];
const float l_207 = l_205 * l_206;
const float l_208 = l_arr_9[uint(7)];
const float l_209 = l_208 + l_207;
l_arr_9[uint(7)] = l_209;
const float l_210 = l_arr_136[uint(2)];
const float l_211 = l_arr_137[uint(0)];
const float l_212 = l_210 * l_211;
const float l_213 = l_arr_9[uint(8)];
const float l_214 = l_213 + l_212;
l_arr_9[uint(8)] = l_214;
const float l_215 = l_arr_136[uint(2)];
const float l_216 = l_arr_137[uint(1)];
const float l_217 = l_215 * l_216;
const float l_218 = l_arr_9[uint(9)];
const float l_219 = l_218 + l_217;
l_arr_9[uint(9)] = l_219;
const float l_220 = l_arr_136[uint(2)];
const float l_221 = l_arr_137[uint(2)];
const float l_222 = l_220 * l_221;
const float l_223 = l_arr_9[uint(10)];
const float l_224 = l_223 + l_222;
l_arr_9[uint(10)] = l_224;
const float l_225 = l_arr_136[uint(2)];
const float l_226 = l_arr_137[uint(3)];
const float l_227 = l_225 * l_226;
const float l_228 = l_arr_9[uint(11)];
const float l_229 = l_228 + l_227;
l_arr_9[uint(11)] = l_229;
const float l_230 = l_arr_136[uint(3)];
const float l_231 = l_arr_137[uint(0)];
const float l_232 = l_230 * l_231;
const float l_233 = l_arr_9[uint(12)];
const float l_234 = l_233 + l_232;
l_arr_9[uint(12)] = l_234;
const float l_235 = l_arr_136[uint(3)];
const float l_236 = l_arr_137[uint(1)];
const float l_237 = l_235 * l_236;
const float l_238 = l_arr_9[uint(13)];
const float l_239 = l_238 + l_237;
l_arr_9[uint(13)] = l_239;
const float l_240 = l_arr_136[uint(3)];
const float l_241 = l_arr_137[uint(2)];
const float l_242 = l_240 * l_241;
const float l_243 = l_arr_9[uint(14)];
const float l_244 = l_243 + l_242;
l_arr_9[uint(14)] = l_244;
const float l_245 = l_arr_136[uint(3)];
const float l_246 = l_arr_137[uint(3)];
const float l_247 = l_245 * l_246;
const float l_248 = l_arr_9[uint(15)];
const float l_249 = l_248 + l_247;
l_arr_9[uint(15)] = l_249;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_250 = l_3 + l_4;
const uint l_251 = l_250 + uint(0);
const uint l_252 = l_2 + l_5;
const uint l_253 = l_252 + uint(0);
const bool l_254 = l_251 < l_1;
const bool l_255 = l_253 < info.scalars_uint[1];
const bool l_256 = l_254 && l_255;
if (l_256) {
const uint l_257 = l_251 * info.scalars_uint[1];
const uint l_258 = l_257 + l_253;
const float l_259 = l_arr_9[uint(0)];
const half l_260 = half(l_259);
buffer_2[l_258] = l_260;
}
const uint l_261 = l_3 + l_4;
const uint l_262 = l_261 + uint(0);
const uint l_263 = l_2 + l_5;
const uint l_264 = l_263 + uint(16);
const bool l_265 = l_262 < l_1;
const bool l_266 = l_264 < info.scalars_uint[1];
const bool l_267 = l_265 && l_266;
if (l_267) {
const uint l_268 = l_262 * info.scalars_uint[1];
const uint l_269 = l_268 + l_264;
const float l_270 = l_arr_9[uint(1)];
const half l_271 = half(l_270);
buffer_2[l_269] = l_271;
}
const uint l_272 = l_3 + l_4;
const uint l_273 = l_272 + uint(0);
const uint l_274 = l_2 + l_5;
const uint l_275 = l_274 + uint(32);
const bool l_276 = l_273 < l_1;
const bool l_277 = l_275 < info.scalars_uint[1];
const bool l_278 = l_276 && l_277;
if (l_278) {
const uint l_279 = l_273 * info.scalars_uint[1];
const uint l_280 = l_279 + l_275;
const float l_281 = l_arr_9[uint(2)];
const half l_282 = half(l_281);
buffer_2[l_280] = l_282;
}
const uint l_283 = l_3 + l_4;
const uint l_284 = l_283 + uint(0);
const uint l_285 = l_2 + l_5;
const uint l_286 = l_285 + uint(48);
const bool l_287 = l_284 < l_1;
const bool l_288 = l_286 < info.scalars_uint[1];
const bool l_289 = l_287 && l_288;
if (l_289) {
const uint l_290 = l_284 * info.scalars_uint[1];
const uint l_291 = l_290 + l_286;
const float l_292 = l_arr_9[uint(3)];
const half l_293 = half(l_292);
buffer_2[l_291] = l_293;
}
const uint l_294 = l_3 + l_4;
const uint l_295 = l_294 + uint(16);
const uint l_296 = l_2 + l_5;
const uint l_297 = l_296 + uint(0);
const bool l_298 = l_295 < l_1;
const bool l_299 = l_297 < info.scalars_uint[1];
const bool l_300 = l_298 && l_299;
if (l_300) {
const uint l_301 = l_295 * info.scalars_uint[1];
const uint l_302 = l_301 + l_297;
const float l_303 = l_arr_9[uint(4)];
const half l_304 = half(l_303);
buffer_2[l_302] = l_304;
}
const uint l_305 = l_3 + l_4;
const uint l_306 = l_305 + uint(16);
const uint l_307 = l_2 + l_5;
const uint l_308 = l_307 + uint(16);
const bool l_309 = l_306 < l_1;
const bool l_310 = l_308 < info.scalars_uint[1];
const bool l_311 = l_309 && l_310;
if (l_311) {
const uint l_312 = l_306 * info.scalars_uint[1];
const uint l_313 = l_312 + l_308;
const float l_314 = l_arr_9[uint(5)];
const half l_315 = half(l_314);
buffer_2[l_313] = l_315;
}
const uint l_316 = l_3 + l_4;
const uint l_317 = l_316 + uint(16);
const uint l_318 = l_2 + l_5;
const uint l_319 = l_318 + uint(32);
const bool l_320 = l_317 < l_1;
const bool l_321 = l_319 < info.scalars_uint[1];
const bool l_322 = l_320 && l_321;
if (l_322) {
const uint l_323 = l_317 * info.scalars_uint[1];
const uint l_324 = l_323 + l_319;
const float l_325 = l_arr_9[uint(6)];
const half l_326 = half(l_325);
buffer_2[l_324] = l_326;
}
const uint l_327 = l_3 + l_4;
const uint l_328 = l_327 + uint(16);
const uint l_329 = l_2 + l_5;
const uint l_330 = l_329 + uint(48);
const bool l_331 = l_328 < l_1;
const bool l_332 = l_330 < info.scalars_uint[1];
const bool l_333 = l_331 && l_332;
if (l_333) {
const uint l_334 = l_328 * info.scalars_uint[1];
const uint l_335 = l_334 + l_330;
const float l_336 = l_arr_9[uint(7)];
const half l_337 = half(l_336);
buffer_2[l_335] = l_337;
}
const uint l_338 = l_3 + l_4;
const uint l_339 = l_338 + uint(32);
const uint l_340 = l_2 + l_5;
const uint l_341 = l_340 + uint(0);
const bool l_342 = l_339 < l_1;
const bool l_343 = l_341 < info.scalars_uint[1];
const bool l_344 = l_342 && l_343;
if (l_344) {
const uint l_345 = l_339 * info.scalars_uint[1];
const uint l_346 = l_345 + l_341;
const float l_347 = l_arr_9[uint(8)];
const half l_348 = half(l_347);
buffer_2[l_346] = l_348;
}
const uint l_349 = l_3 + l_4;
const uint l_350 = l_349 + uint(32);
const uint l_351 = l_2 + l_5;
const uint l_352 = l_351 + uint(16);
const bool l_353 = l_350 < l_1;
const bool l_354 = l_352 < info.scalars_uint[1];
const bool l_355 = l_353 && l_354;
if (l_355) {
const uint l_356 = l_350 * info.scalars_uint[1];
const uint l_357 = l_356 + l_352;
const float l_358 = l_arr_9[uint(9)];
const half l_359 = half(l_358);
buffer_2[l_357] = l_359;
}
const uint l_360 = l_3 + l_4;
const uint l_361 = l_360 + uint(32);
const uint l_362 = l_2 + l_5;
const uint l_363 = l_362 + uint(32);
const bool l_364 = l_361 < l_1;
const bool l_365 = l_363 < info.scalars_uint[1];
const bool l_366 = l_364 && l_365;
if (l_366) {
const uint l_367 = l_361 * info.scalars_uint[1];
const uint l_368 = l_367 + l_363;
const float l_369 = l_arr_9[uint(10)];
const half l_370 = half(l_369);
buffer_2[l_368] = l_370;
}
const uint l_371 = l_3 + l_4;
const uint l_372 = l_371 + uint(32);
const uint l_373 = l_2 + l_5;
const uint l_374 = l_373 + uint(48);
const bool l_375 = l_372 < l_1;
const bool l_376 = l_374 < info.scalars_uint[1];
const bool l_377 = l_375 && l_376;
if (l_377) {
const uint l_378 = l_372 * info.scalars_uint[1];
const uint l_379 = l_378 + l_374;
const float l_380 = l_arr_9[uint(11)];
const half l_381 = half(l_380);
buffer_2[l_379] = l_381;
}
const uint l_382 = l_3 + l_4;
const uint l_383 = l_382 + uint(48);
const uint l_384 = l_2 + l_5;
const uint l_385 = l_384 + uint(0);
const bool l_386 = l_383 < l_1;
const bool l_387 = l_385 < info.scalars_uint[1];
const bool l_388 = l_386 && l_387;
if (l_388) {
const uint l_389 = l_383 * info.scalars_uint[1];
const uint l_390 = l_389 + l_385;
const float l_391 = l_arr_9[uint(12)];
const half l_392 = half(l_391);
buffer_2[l_390] = l_392;
}
const uint l_393 = l_3 + l_4;
const uint l_394 = l_393 + uint(48);
const uint l_395 = l_2 + l_5;
const uint l_396 = l_395 + uint(16);
const bool l_397 = l_394 < l_1;
const bool l_398 = l_396 < info.scalars_uint[1];
const bool l_399 = l_397 && l_398;
if (l_399) {
const uint l_400 = l_394 * info.scalars_uint[1];
const uint l_401 = l_400 + l_396;
const float l_402 = l_arr_9[uint(13)];
const half l_403 = half(l_402);
buffer_2[l_401] = l_403;
}
const uint l_404 = l_3 + l_4;
const uint l_405 = l_404 + uint(48);
const uint l_406 = l_2 + l_5;
const uint l_407 = l_406 + uint(32);
const bool l_408 = l_405 < l_1;
const bool l_409 = l_407 < info.scalars_uint[1];
const bool l_410 = l_408 && l_409;
if (l_410) {
const uint l_411 = l_405 * info.scalars_uint[1];
const uint l_412 = l_411 + l_407;
const float l_413 = l_arr_9[uint(14)];
const half l_414 = half(l_413);
buffer_2[l_412] = l_414;
}
const uint l_415 = l_3 + l_4;
const uint l_416 = l_415 + uint(48);
const uint l_417 = l_2 + l_5;
const uint l_418 = l_417 + uint(48);
const bool l_419 = l_416 < l_1;
const bool l_420 = l_418 < info.scalars_uint[1];
const bool l_421 = l_419 && l_420;
if (l_421) {
const uint l_422 = l_416 * info.scalars_uint[1];
const uint l_423 = l_422 + l_418;
const float l_424 = l_arr_9[uint(15)];
const half l_425 = half(l_424);
buffer_2[l_423] = l_425;
}

}
