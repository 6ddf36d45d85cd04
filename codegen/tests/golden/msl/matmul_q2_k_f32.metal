
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

float l_arr_194[4];

float l_arr_195[4];

float l_mut_19;
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
const uint l_28 = l_26 * uint(16);
const uint l_29 = uint(0) + l_28;
const uint l_30 = info.scalars_uint[0] * uint(16);
const uint l_31 = l_30 + uint(3);
const uint l_32 = l_31 / uint(4);
const uint l_33 = l_32 * uint(4);
const uint l_34 = uint(0) + l_33;
const uint l_35 = l_26 * uint(64);
const uint l_36 = l_34 + l_35;
const uint l_37 = info.scalars_uint[0] * uint(16);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = uint(0) + l_40;
const uint l_42 = info.scalars_uint[0] * uint(64);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_26 * uint(2);
const uint l_48 = l_46 + l_47;
const uint l_49 = info.scalars_uint[0] * uint(16);
const uint l_50 = l_49 + uint(3);
const uint l_51 = l_50 / uint(4);
const uint l_52 = l_51 * uint(4);
const uint l_53 = uint(0) + l_52;
const uint l_54 = info.scalars_uint[0] * uint(64);
const uint l_55 = l_54 + uint(3);
const uint l_56 = l_55 / uint(4);
const uint l_57 = l_56 * uint(4);
const uint l_58 = l_53 + l_57;
const uint l_59 = info.scalars_uint[0] * uint(2);
const uint l_60 = l_59 + uint(3);
const uint l_61 = l_60 / uint(4);
const uint l_62 = l_61 * uint(4);
const uint l_63 = l_58 + l_62;
const uint l_64 = l_26 * uint(2);
const uint l_65 = l_63 + l_64;
const uint l_66 = l_48 / uint(4);
const uint l_67 = buffer_0[l_66];
const uint l_68 = l_48 % uint(4);
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
const uint l_92 = l_65 / uint(4);
const uint l_93 = buffer_0[l_92];
const uint l_94 = l_65 % uint(4);
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
const int l_119 = l_118 / int(16);
const uint l_120 = l_29 + uint(0);
const uint l_121 = uint(l_119);
const uint l_122 = l_121 / uint(32);
const uint l_123 = l_122 * uint(16);
const uint l_124 = l_120 + l_123;
const uint l_125 = l_121 % uint(16);
const uint l_126 = l_124 + l_125;
const uint l_127 = l_121 / uint(16);
const uint l_128 = l_127 % uint(2);
const uint l_129 = l_128 * uint(4);
const uint l_130 = l_126 / uint(4);
const uint l_131 = buffer_0[l_130];
const uint l_132 = l_126 % uint(4);
const uint l_133 = l_132 * uint(8);
const uint l_134 = l_133 + l_129;
const uint l_135 = l_131 >> l_134;
const uint l_136 = l_135 & uint(15);
const int l_137 = int(l_136);
const uint l_138 = l_29 + uint(0);
const int l_139 = l_119 + int(16);
const uint l_140 = uint(l_139);
const uint l_141 = l_140 / uint(32);
const uint l_142 = l_141 * uint(16);
const uint l_143 = l_138 + l_142;
const uint l_144 = l_140 % uint(16);
const uint l_145 = l_143 + l_144;
const uint l_146 = l_140 / uint(16);
const uint l_147 = l_146 % uint(2);
const uint l_148 = l_147 * uint(4);
const uint l_149 = l_145 / uint(4);
const uint l_150 = buffer_0[l_149];
const uint l_151 = l_145 % uint(4);
const uint l_152 = l_151 * uint(8);
const uint l_153 = l_152 + l_148;
const uint l_154 = l_150 >> l_153;
const uint l_155 = l_154 & uint(15);
const int l_156 = int(l_155);
const uint l_157 = l_36 + uint(0);
const uint l_158 = uint(l_118);
const uint l_159 = l_158 / uint(128);
const uint l_160 = l_159 * uint(32);
const uint l_161 = l_157 + l_160;
const uint l_162 = l_158 % uint(32);
const uint l_163 = l_161 + l_162;
const uint l_164 = l_158 / uint(32);
const uint l_165 = l_164 % uint(4);
const uint l_166 = l_165 * uint(2);
const uint l_167 = l_163 / uint(4);
const uint l_168 = buffer_0[l_167];
const uint l_169 = l_163 % uint(4);
const uint l_170 = l_169 * uint(8);
const uint l_171 = l_170 + l_166;
const uint l_172 = l_168 >> l_171;
const uint l_173 = l_172 & uint(3);
const int l_174 = int(l_173);
const float l_175 = float(l_137);
const float l_176 = l_91 * l_175;
const float l_177 = float(l_174);
const float l_178 = l_176 * l_177;
const float l_179 = float(l_156);
const float l_180 = l_117 * l_179;
const float l_181 = l_178 - l_180;
l_mut_19 = l_181;
}
const uint l_182 = l_16 * uint(33);
const uint l_183 = l_182 + l_17;
shared_memory_7[l_183] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_184 = l_3 + l_16;
const bool l_185 = l_184 < l_1;
const bool l_186 = l_18 < info.scalars_uint[2];
const bool l_187 = l_185 && l_186;
if (l_187) {
const uint l_188 = l_184 * info.scalars_uint[2];
const uint l_189 = l_188 + l_18;
const float l_190 = buffer_1[l_189];
l_mut_19 = l_190;
}
const uint l_191 = l_16 * uint(33);
const uint l_192 = l_191 + l_17;
shared_memory_8[l_192] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_193 = uint(0); l_mut_193 < uint(32); ++l_mut_193) {
const uint l_196 = l_4 + uint(0);
const uint l_197 = l_196 * uint(33);
const uint l_198 = l_197 + l_mut_193;
const float l_199 = shared_memory_8[l_198];
l_arr_194[uint(0)] = l_199;
const uint l_200 = l_5 + uint(0);
const uint l_201 = l_200 * uint(33);
const uint l_202 = l_201 + l_mut_193;
const float l_203 = shared_memory_7[l_202];
l_arr_195[uint(0)] = l_203;
const uint l_204 = l_4 + uint(16);
const uint l_205 = l_204 * uint(33);
const uint l_206 = l_205 + l_mut_193;
const float l_207 = shared_memory_8[l_206];
l_arr_194[uint(1)] = l_207;
const uint l_208 = l_5 + uint(16);
const uint l_209 = l_208 * uint(33);
const uint l_210 = l_209 + l_mut_193;
const float l_211 = shared_memory_7[l_210];
l_arr_195[uint(1)] = l_211;
const uint l_212 = l_4 + uint(32);
const uint l_213 = l_212 * uint(33);
const uint l_214 = l_213 + l_mut_193;
const float l_215 = shared_memory_8[l_214];
l_arr_194[uint(2)] = l_215;
const uint l_216 = l_5 + uint(32);
const uint l_217 = l_216 * uint(33);
const uint l_218 = l_217 + l_mut_193;
const float l_219 = shared_memory_7[l_218];
l_arr_195[uint(2)] = l_219;
const uint l_220 = l_4 + uint(48);
const uint l_221 = l_220 * uint(33);
const uint l_222 = l_221 + l_mut_193;
const float l_223 = shared_memory_8[l_222];
l_arr_194[uint(3)] = l_223;
const uint l_224 = l_5 + uint(48);
const uint l_225 = l_224 * uint(33);
const uint l_226 = l_225 + l_mut_193;
const float l_227 = shared_memory_7[l_226];
l_arr_195[uint(3)] = l_227;
const float l_228 = l_arr_194[uint(0)];
const float l_229 = l_arr_195[uint(0)];
const float l_230 = l_228 * l_229;
const float l_231 = l_arr_9[uint(0)];
const float l_232 = l_231 + l_230;
l_arr_9[uint(0)] = l_232;
const float l_233 = l_arr_194[uint(0)];
const float l_234 = l_arr_195[uint(1)];
const float l_235 = l_233 * l_234;
const float l_236 = l_arr_9[uint(1)];
const float l_237 = l_236 + l_235;
l_arr_9[uint(1)] = l_237;
const float l_238 = l_arr_194[uint(0)];
const float l_239 = l_arr_195[uint(2)];
const float l_240 = l_238 * l_239;
const float l_241 = l_arr_9[uint(2)];
const float l_242 = l_241 + l_240;
l_arr_9[uint(2)] = l_242;
const float l_243 = l_arr_194[uint(0)];
const float l_244 = l_arr_195[uint(3)];
const float l_245 = l_243 * l_244;
const float l_246 = l_arr_9[uint(3)];
const float l_247 = l_246 + l_245;
l_arr_9[uint(3)] = l_247;
const float l_248 = l_arr_194[uint(1)];
const float l_249 = l_arr_195[uint(0)];
const float l_250 = l_248 * l_249;
const float l_251 = l_arr_9[uint(4)];
const float l_252 = l_251 + l_250;
l_arr_9[uint(4)] = l_252;
const float l_253 = l_arr_194[uint(1)];
const float l_254 = l_arr_195[uint(1)];
const float l_255 = l_253 * l_254;
const float l_256 = l_arr_9[uint(5)];
const float l_257 = l_256 + l_255;
l_arr_9[uint(5)] = l_257;
const float l_258 = l_arr_194[uint(1)];
const float l_259 = l_arr_195[uint(2)];
const float l_260 = l_258 * l_259;
const float l_261 = l_arr_9[uint(6)];
const float l_262 = l_261 + l_260;
l_arr_9[uint(6)] = l_262;
const float l_263 = l_arr_194[uint(1)];
const float l_264 = l_arr_195[uint(3)];
const float l_265 = l_263 * l_264;
const float l_266 = l_arr_9[uint(7)];
const float l_267 = l_266 + l_265;
l_arr_9[uint(7)] = l_267;
const float l_268 = l_arr_194[uint(2)];
const float l_269 = l_arr_195[uint(0)];
const float l_270 = l_268 * l_269;
const float l_271 = l_arr_9[uint(8)];
const float l_272 = l_271 + l_270;
l_arr_9[uint(8)] = l_272;
const float l_273 = l_arr_194[uint(2)];
const float l_274 = l_arr_195[uint(1)];
const float l_275 = l_273 * l_274;
const float l_276 = l_arr_9[uint(9)];
const float l_277 = l_276 + l_275;
l_arr_9[uint(9)] = l_277;
const float l_278 = l_arr_194[uint(2)];
const float l_279 = l_arr_195[uint(2)];
const float l_280 = l_278 * l_279;
const float l_281 = l_arr_9[uint(10)];
const float l_282 = l_281 + l_280;
l_arr_9[uint(10)] = l_282;
const float l_283 = l_arr_194[uint(2)];
const float l_284 = l_arr_195[uint(3)];
const float l_285 = l_283 * l_284;
const float l_286 = l_arr_9[uint(11)];
const float l_287 = l_286 + l_285;
l_arr_9[uint(11)] = l_287;
const float l_288 = l_arr_194[uint(3)];
const float l_289 = l_arr_195[uint(0)];
const float l_290 = l_288 * l_289;
const float l_291 = l_arr_9[uint(12)];
const float l_292 = l_291 + l_290;
l_arr_9[uint(12)] = l_292;
const float l_293 = l_arr_194[uint(3)];
const float l_294 = l_arr_195[uint(1)];
const float l_295 = l_293 * l_294;
const float l_296 = l_arr_9[uint(13)];
const float l_297 = l_296 + l_295;
l_arr_9[uint(13)] = l_297;
const float l_298 = l_arr_194[uint(3)];
const float l_299 = l_arr_195[uint(2)];
const float l_300 = l_298 * l_299;
const float l_301 = l_arr_9[uint(14)];
const float l_302 = l_301 + l_300;
l_arr_9[uint(14)] = l_302;
const float l_303 = l_arr_194[uint(3)];
const float l_304 = l_arr_195[uint(3)];
const float l_305 = l_303 * l_304;
const float l_306 = l_arr_9[uint(15)];
const float l_307 = l_306 + l_305;
l_arr_9[uint(15)] = l_307;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_308 = l_3 + l_4;
const uint l_309 = l_308 + uint(0);
const uint l_310 = l_2 + l_5;
const uint l_311 = l_310 + uint(0);
const bool l_312 = l_309 < l_1;
const bool l_313 = l_311 < info.scalars_uint[1];
const bool l_314 = l_312 && l_313;
if (l_314) {
const uint l_315 = l_309 * info.scalars_uint[1];
const uint l_316 = l_315 + l_311;
const float l_317 = l_arr_9[uint(0)];
buffer_2[l_316] = l_317;
}
const uint l_318 = l_3 + l_4;
const uint l_319 = l_318 + uint(0);
const uint l_320 = l_2 + l_5;
const uint l_321 = l_320 + uint(16);
const bool l_322 = l_319 < l_1;
const bool l_323 = l_321 < info.scalars_uint[1];
const bool l_324 = l_322 && l_323;
if (l_324) {
const uint l_325 = l_319 * info.scalars_uint[1];
const uint l_326 = l_325 + l_321;
const float l_327 = l_arr_9[uint(1)];
buffer_2[l_326] = l_327;
}
const uint l_328 = l_3 + l_4;
const uint l_329 = l_328 + uint(0);
const uint l_330 = l_2 + l_5;
const uint l_331 = l_330 + uint(32);
const bool l_332 = l_329 < l_1;
const bool l_333 = l_331 < info.scalars_uint[1];
const bool l_334 = l_332 && l_333;
if (l_334) {
const uint l_335 = l_329 * info.scalars_uint[1];
const uint l_336 = l_335 + l_331;
const float l_337 = l_arr_9[uint(2)];
buffer_2[l_336] = l_337;
}
const uint l_338 = l_3 + l_4;
const uint l_339 = l_338 + uint(0);
const uint l_340 = l_2 + l_5;
const uint l_341 = l_340 + uint(48);
const bool l_342 = l_339 < l_1;
const bool l_343 = l_341 < info.scalars_uint[1];
const bool l_344 = l_342 && l_343;
if (l_344) {
const uint l_345 = l_339 * info.scalars_uint[1];
const uint l_346 = l_345 + l_341;
const float l_347 = l_arr_9[uint(3)];
buffer_2[l_346] = l_347;
}
const uint l_348 = l_3 + l_4;
const uint l_349 = l_348 + uint(16);
const uint l_350 = l_2 + l_5;
const uint l_351 = l_350 + uint(0);
const bool l_352 = l_349 < l_1;
const bool l_353 = l_351 < info.scalars_uint[1];
const bool l_354 = l_352 && l_353;
if (l_354) {
const uint l_355 = l_349 * info.scalars_uint[1];
const uint l_356 = l_355 + l_351;
const float l_357 = l_arr_9[uint(4)];
buffer_2[l_356] = l_357;
}
const uint l_358 = l_3 + l_4;
const uint l_359 = l_358 + uint(16);
const uint l_360 = l_2 + l_5;
const uint l_361 = l_360 + uint(16);
const bool l_362 = l_359 < l_1;
const bool l_363 = l_361 < info.scalars_uint[1];
const bool l_364 = l_362 && l_363;
if (l_364) {
const uint l_365 = l_359 * info.scalars_uint[1];
const uint l_366 = l_365 + l_361;
const float l_367 = l_arr_9[uint(5)];
buffer_2[l_366] = l_367;
}
const uint l_368 = l_3 + l_4;
const uint l_369 = l_368 + uint(16);
const uint l_370 = l_2 + l_5;
const uint l_371 = l_370 + uint(32);
const bool l_372 = l_369 < l_1;
const bool l_373 = l_371 < info.scalars_uint[1];
const bool l_374 = l_372 && l_373;
if (l_374) {
const uint l_375 = l_369 * info.scalars_uint[1];
const uint l_376 = l_375 + l_371;
const float l_377 = l_arr_9[uint(6)];
buffer_2[l_376] = l_377;
}
const uint l_378 = l_3 + l_4;
const uint l_379 = l_378 + uint(16);
const uint l_380 = l_2 + l_5;
const uint l_381 = l_380 + uint(48);
const bool l_382 = l_379 < l_1;
const bool l_383 = l_381 < info.scalars_uint[1];
const bool l_384 = l_382 && l_383;
if (l_384) {
const uint l_385 = l_379 * info.scalars_uint[1];
const uint l_386 = l_385 + l_381;
const float l_387 = l_arr_9[uint(7)];
buffer_2[l_386] = l_387;
}
const uint l_388 = l_3 + l_4;
const uint l_389 = l_388 + uint(32);
const uint l_390 = l_2 + l_5;
const uint l_391 = l_390 + uint(0);
const bool l_392 = l_389 < l_1;
const bool l_393 = l_391 < info.scalars_uint[1];
const bool l_394 = l_392 && l_393;
if (l_394) {
const uint l_395 = l_389 * info.scalars_uint[1];
const uint l_396 = l_395 + l_391;
const float l_397 = l_arr_9[uint(8)];
buffer_2[l_396] = l_397;
}
const uint l_398 = l_3 + l_4;
const uint l_399 = l_398 + uint(32);
const uint l_400 = l_2 + l_5;
const uint l_401 = l_400 + uint(16);
const bool l_402 = l_399 < l_1;
const bool l_403 = l_401 < info.scalars_uint[1];
const bool l_404 = l_402 && l_403;
if (l_404) {
const uint l_405 = l_399 * info.scalars_uint[1];
const uint l_406 = l_405 + l_401;
const float l_407 = l_arr_9[uint(9)];
buffer_2[l_406] = l_407;
}
const uint l_408 = l_3 + l_4;
const uint l_409 = l_408 + uint(32);
const uint l_410 = l_2 + l_5;
const uint l_411 = l_410 + uint(32);
const bool l_412 = l_409 < l_1;
const bool l_413 = l_411 < info.scalars_uint[1];
const bool l_414 = l_412 && l_413;
if (l_414) {
const uint l_415 = l_409 * info.scalars_uint[1];
const uint l_416 = l_415 + l_411;
const float l_417 = l_arr_9[uint(10)];
buffer_2[l_416] = l_417;
}
const uint l_418 = l_3 + l_4;
const uint l_419 = l_418 + uint(32);
const uint l_420 = l_2 + l_5;
const uint l_421 = l_420 + uint(48);
const bool l_422 = l_419 < l_1;
const bool l_423 = l_421 < info.scalars_uint[1];
const bool l_424 = l_422 && l_423;
if (l_424) {
const uint l_425 = l_419 * info.scalars_uint[1];
const uint l_426 = l_425 + l_421;
const float l_427 = l_arr_9[uint(11)];
buffer_2[l_426] = l_427;
}
const uint l_428 = l_3 + l_4;
const uint l_429 = l_428 + uint(48);
const uint l_430 = l_2 + l_5;
const uint l_431 = l_430 + uint(0);
const bool l_432 = l_429 < l_1;
const bool l_433 = l_431 < info.scalars_uint[1];
const bool l_434 = l_432 && l_433;
if (l_434) {
const uint l_435 = l_429 * info.scalars_uint[1];
const uint l_436 = l_435 + l_431;
const float l_437 = l_arr_9[uint(12)];
buffer_2[l_436] = l_437;
}
const uint l_438 = l_3 + l_4;
const uint l_439 = l_438 + uint(48);
const uint l_440 = l_2 + l_5;
const uint l_441 = l_440 + uint(16);
const bool l_442 = l_439 < l_1;
const bool l_443 = l_441 < info.scalars_uint[1];
const bool l_444 = l_442 && l_443;
if (l_444) {
const uint l_445 = l_439 * info.scalars_uint[1];
const uint l_446 = l_445 + l_441;
const float l_447 = l_arr_9[uint(13)];
buffer_2[l_446] = l_447;
}
const uint l_448 = l_3 + l_4;
const uint l_449 = l_448 + uint(48);
const uint l_450 = l_2 + l_5;
const uint l_451 = l_450 + uint(32);
const bool l_452 = l_449 < l_1;
const bool l_453 = l_451 < info.scalars_uint[1];
const bool l_454 = l_452 && l_453;
if (l_454) {
const uint l_455 = l_449 * info.scalars_uint[1];
const uint l_456 = l_455 + l_451;
const float l_457 = l_arr_9[uint(14)];
buffer_2[l_456] = l_457;
}
const uint l_458 = l_3 + l_4;
const uint l_459 = l_458 + uint(48);
const uint l_460 = l_2 + l_5;
const uint l_461 = l_460 + uint(48);
const bool l_462 = l_459 < l_1;
const bool l_463 = l_461 < info.scalars_uint[1];
const bool l_464 = l_462 && l_463;
if (l_464) {
const uint l_465 = l_459 * info.scalars_uint[1];
const uint l_466 = l_465 + l_461;
const float l_467 = l_arr_9[uint(15)];
buffer_2[l_466] = l_467;
}

}
