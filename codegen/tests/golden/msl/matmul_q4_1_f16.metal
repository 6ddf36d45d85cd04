
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

float l_arr_922[4];

float l_arr_923[4];

float l_mut_17;
float l_mut_66;
float l_mut_90;
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
const uint l_72 = l_34 / uint(4);
const uint l_73 = buffer_0[l_72];
const uint l_74 = l_34 % uint(4);
const uint l_75 = l_74 * uint(8);
const uint l_76 = l_73 >> l_75;
const uint l_77 = l_76 & uint(65535);
const uint l_78 = l_77 & uint(32768);
const uint l_79 = l_78 << uint(16);
const uint l_80 = l_77 >> uint(10);
const uint l_81 = l_80 & uint(31);
const uint l_82 = l_77 & uint(1023);
const uint l_83 = l_81 + uint(112);
l_mut_59 = l_83;
const bool l_84 = l_81 == uint(31);
if (l_84) {
l_mut_59 = uint(255);
}
const uint l_85 = l_mut_59 << uint(23);
const uint l_86 = l_79 | l_85;
const uint l_87 = l_82 << uint(13);
const uint l_88 = l_86 | l_87;
const float l_89 = reinterpret_cast<thread float const&>(l_88);
l_mut_90 = l_89;
const bool l_91 = l_81 == uint(0);
if (l_91) {
const float l_92 = float(l_82);
const float l_93 = l_92 * float(5.960464477539063e-8);
const bool l_94 = l_79 == uint(0);
if (l_94) {
l_mut_90 = l_93;
} else {
const float l_95 = -l_93;
l_mut_90 = l_95;
}
}
const int l_96 = int(l_25);
const uint l_97 = l_46 + uint(0);
const uint l_98 = uint(l_96);
const uint l_99 = l_98 / uint(32);
const uint l_100 = l_99 * uint(16);
const uint l_101 = l_97 + l_100;
const uint l_102 = l_98 % uint(16);
const uint l_103 = l_101 + l_102;
const uint l_104 = l_98 / uint(16);
const uint l_105 = l_104 % uint(2);
const uint l_106 = l_105 * uint(4);
const uint l_107 = l_103 / uint(4);
const uint l_108 = buffer_0[l_107];
const uint l_109 = l_103 % uint(4);
const uint l_110 = l_109 * uint(8);
const uint l_111 = l_110 + l_106;
const uint l_112 = l_108 >> l_111;
const uint l_113 = l_112 & uint(15);
const int l_114 = int(l_113);
const float l_115 = float(l_114);
const float l_116 = l_mut_66 * l_115;
const float l_117 = l_116 + l_mut_90;
l_mut_17 = l_117;
}
const uint l_118 = l_14 * uint(33);
const uint l_119 = l_118 + l_15;
shared_memory_7[l_119] = l_mut_17;
l_mut_90 = float(0.0);
const uint l_120 = l_3 + l_14;
const bool l_121 = l_120 < l_1;
const bool l_122 = l_16 < info.scalars_uint[2];
const bool l_123 = l_121 && l_122;
if (l_123) {
const uint l_124 = l_120 * info.scalars_uint[2];
const uint l_125 = l_124 + l_16;
const half l_126 = buffer_1[l_125];
const float l_127 = float(l_126);
l_mut_90 = l_127;
}
const uint l_128 = l_14 * uint(33);
const uint l_129 = l_128 + l_15;
shared_memory_8[l_129] = l_mut_90;
const uint l_130 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_131 = l_130 / uint(32);
const uint l_132 = l_130 % uint(32);
const uint l_133 = l_mut_10 + l_132;
l_mut_90 = float(0.0);
const uint l_134 = l_2 + l_131;
const bool l_135 = l_134 < info.scalars_uint[1];
const bool l_136 = l_133 < info.scalars_uint[2];
const bool l_137 = l_135 && l_136;
if (l_137) {
const uint l_138 = l_134 * l_6;
const uint l_139 = l_133 / uint(32);
const uint l_140 = l_138 + l_139;
const uint l_141 = l_133 % uint(32);
const uint l_142 = l_140 * uint(2);
const uint l_143 = uint(0) + l_142;
const uint l_144 = info.scalars_uint[0] * uint(2);
const uint l_145 = l_144 + uint(3);
const uint l_146 = l_145 / uint(4);
const uint l_147 = l_146 * uint(4);
const uint l_148 = uint(0) + l_147;
const uint l_149 = l_140 * uint(2);
const uint l_150 = l_148 + l_149;
const uint l_151 = info.scalars_uint[0] * uint(2);
const uint l_152 = l_151 + uint(3);
const uint l_153 = l_152 / uint(4);
const uint l_154 = l_153 * uint(4);
const uint l_155 = uint(0) + l_154;
const uint l_156 = info.scalars_uint[0] * uint(2);
const uint l_157 = l_156 + uint(3);
const uint l_158 = l_157 / uint(4);
const uint l_159 = l_158 * uint(4);
const uint l_160 = l_155 + l_159;
const uint l_161 = l_140 * uint(16);
const uint l_162 = l_160 + l_161;
const uint l_163 = l_143 / uint(4);
const uint l_164 = buffer_0[l_163];
const uint l_165 = l_143 % uint(4);
const uint l_166 = l_165 * uint(8);
const uint l_167 = l_164 >> l_166;
const uint l_168 = l_167 & uint(65535);
const uint l_169 = l_168 & uint(32768);
const uint l_170 = l_169 << uint(16);
const uint l_171 = l_168 >> uint(10);
const uint l_172 = l_171 & uint(31);
const uint l_173 = l_168 & uint(1023);
const uint l_174 = l_172 + uint(112);
l_mut_59 = l_174;
const bool l_175 = l_172 == uint(31);
if (l_175) {
l_mut_59 = uint(255);
}
const uint l_176 = l_mut_59 << uint(23);
const uint l_177 = l_170 | l_176;
const uint l_178 = l_173 << uint(13);
const uint l_179 = l_177 | l_178;
const float l_180 = reinterpret_cast<thread float const&>(l_179);
l_mut_66 = l_180;
const bool l_181 = l_172 == uint(0);
if (l_181) {
const float l_182 = float(l_173);
const float l_183 = l_182 * float(5.960464477539063e-8);
const bool l_184 = l_170 == uint(0);
if (l_184) {
l_mut_66 = l_183;
} else {
const float l_185 = -l_183;
l_mut_66 = l_185;
}
}
const uint l_186 = l_150 / uint(4);
const uint l_187 = buffer_0[l_186];
const uint l_188 = l_150 % uint(4);
const uint l_189 = l_188 * uint(8);
const uint l_190 = l_187 >> l_189;
const uint l_191 = l_190 & uint(65535);
const uint l_192 = l_191 & uint(32768);
const uint l_193 = l_192 << uint(16);
const uint l_194 = l_191 >> uint(10);
const uint l_195 = l_194 & uint(31);
const uint l_196 = l_191 & uint(1023);
const uint l_197 = l_195 + uint(112);
l_mut_59 = l_197;
const bool l_198 = l_195 == uint(31);
if (l_198) {
l_mut_59 = uint(255);
}
const uint l_199 = l_mut_59 << uint(23);
const uint l_200 = l_193 | l_199;
const uint l_201 = l_196 << uint(13);
const uint l_202 = l_200 | l_201;
const float l_203 = reinterpret_cast<thread float const&>(l_202);
l_mut_17 = l_203;
const bool l_204 = l_195 == uint(0);
if (l_204) {
const float l_205 = float(l_196);
const float l_206 = l_205 * float(5.960464477539063e-8);
const bool l_207 = l_193 == uint(0);
if (l_207) {
l_mut_17 = l_206;
} else {
const float l_208 = -l_206;
l_mut_17 = l_208;
}
}
const int l_209 = int(l_141);
const uint l_210 = l_162 + uint(0);
const uint l_211 = uint(l_209);
const uint l_212 = l_211 / uint(32);
const uint l_213 = l_212 * uint(16);
const uint l_214 = l_210 + l_213;
const uint l_215 = l_211 % uint(16);
const uint l_216 = l_214 + l_215;
const uint l_217 = l_211 / uint(16);
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
const float l_228 = float(l_227);
const float l_229 = l_mut_66 * l_228;
const float l_230 = l_229 + l_mut_17;
l_mut_90 = l_230;
}
const uint l_231 = l_131 * uint(33);
const uint l_232 = l_231 + l_132;
shared_memory_7[l_232] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_233 = l_3 + l_131;
const bool l_234 = l_233 < l_1;
const bool l_235 = l_133 < info.scalars_uint[2];
const bool l_236 = l_234 && l_235;
if (l_236) {
const uint l_237 = l_233 * info.scalars_uint[2];
const uint l_238 = l_237 + l_133;
const half l_239 = buffer_1[l_238];
const float l_240 = float(l_239);
l_mut_90 = l_240;
}
const uint l_241 = l_131 * uint(33);
const uint l_242 = l_241 + l_132;
shared_memory_8[l_242] = l_mut_90;
const uint l_243 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_244 = l_243 / uint(32);
const uint l_245 = l_243 % uint(32);
const uint l_246 = l_mut_10 + l_245;
l_mut_90 = float(0.0);
const uint l_247 = l_2 + l_244;
const bool l_248 = l_247 < info.scalars_uint[1];
const bool l_249 = l_246 < info.scalars_uint[2];
const bool l_250 = l_248 && l_249;
if (l_250) {
const uint l_251 = l_247 * l_6;
const uint l_252 = l_246 / uint(32);
const uint l_253 = l_251 + l_252;
const uint l_254 = l_246 % uint(32);
const uint l_255 = l_253 * uint(2);
const uint l_256 = uint(0) + l_255;
const uint l_257 = info.scalars_uint[0] * uint(2);
const uint l_258 = l_257 + uint(3);
const uint l_259 = l_258 / uint(4);
const uint l_260 = l_259 * uint(4);
const uint l_261 = uint(0) + l_260;
const uint l_262 = l_253 * uint(2);
const uint l_263 = l_261 + l_262;
const uint l_264 = info.scalars_uint[0] * uint(2);
const uint l_265 = l_264 + uint(3);
const uint l_266 = l_265 / uint(4);
const uint l_267 = l_266 * uint(4);
const uint l_268 = uint(0) + l_267;
const uint l_269 = info.scalars_uint[0] * uint(2);
const uint l_270 = l_269 + uint(3);
const uint l_271 = l_270 / uint(4);
const uint l_272 = l_271 * uint(4);
const uint l_273 = l_268 + l_272;
const uint l_274 = l_253 * uint(16);
const uint l_275 = l_273 + l_274;
const uint l_276 = l_256 / uint(4);
const uint l_277 = buffer_0[l_276];
const uint l_278 = l_256 % uint(4);
const uint l_279 = l_278 * uint(8);
const uint l_280 = l_277 >> l_279;
const uint l_281 = l_280 & uint(65535);
const uint l_282 = l_281 & uint(32768);
const uint l_283 = l_282 << uint(16);
const uint l_284 = l_281 >> uint(10);
const uint l_285 = l_284 & uint(31);
const uint l_286 = l_281 & uint(1023);
const uint l_287 = l_285 + uint(112);
l_mut_59 = l_287;
const bool l_288 = l_285 == uint(31);
if (l_288) {
l_mut_59 = uint(255);
}
const uint l_289 = l_mut_59 << uint(23);
const uint l_290 = l_283 | l_289;
const uint l_291 = l_286 << uint(13);
const uint l_292 = l_290 | l_291;
const float l_293 = reinterpret_cast<thread float const&>(l_292);
l_mut_66 = l_293;
const bool l_294 = l_285 == uint(0);
if (l_294) {
const float l_295 = float(l_286);
const float l_296 = l_295 * float(5.960464477539063e-8);
const bool l_297 = l_283 == uint(0);
if (l_297) {
l_mut_66 = l_296;
} else {
const float l_298 = -l_296;
l_mut_66 = l_298;
}
}
const uint l_299 = l_263 / uint(4);
const uint l_300 = buffer_0[l_299];
const uint l_301 = l_263 % uint(4);
const uint l_302 = l_301 * uint(8);
const uint l_303 = l_300 >> l_302;
const uint l_304 = l_303 & uint(65535);
const uint l_305 = l_304 & uint(32768);
const uint l_306 = l_305 << uint(16);
const uint l_307 = l_304 >> uint(10);
const uint l_308 = l_307 & uint(31);
const uint l_309 = l_304 & uint(1023);
const uint l_310 = l_308 + uint(112);
l_mut_59 = l_310;
const bool l_311 = l_308 == uint(31);
if (l_311) {
l_mut_59 = uint(255);
}
const uint l_312 = l_mut_59 << uint(23);
const uint l_313 = l_306 | l_312;
const uint l_314 = l_309 << uint(13);
const uint l_315 = l_313 | l_314;
const float l_316 = reinterpret_cast<thread float const&>(l_315);
l_mut_17 = l_316;
const bool l_317 = l_308 == uint(0);
if (l_317) {
const float l_318 = float(l_309);
const float l_319 = l_318 * float(5.960464477539063e-8);
const bool l_320 = l_306 == uint(0);
if (l_320) {
l_mut_17 = l_319;
} else {
const float l_321 = -l_319;
l_mut_17 = l_321;
}
}
const int l_322 = int(l_254);
const uint l_323 = l_275 + uint(0);
const uint l_324 = uint(l_322);
const uint l_325 = l_324 / uint(32);
const uint l_326 = l_325 * uint(16);
const uint l_327 = l_323 + l_326;
const uint l_328 = l_324 % uint(16);
const uint l_329 = l_327 + l_328;
const uint l_330 = l_324 / uint(16);
const uint l_331 = l_330 % uint(2);
const uint l_332 = l_331 * uint(4);
const uint l_333 = l_329 / uint(4);
const uint l_334 = buffer_0[l_333];
const uint l_335 = l_329 % uint(4);
const uint l_336 = l_335 * uint(8);
const uint l_337 = l_336 + l_332;
const uint l_338 = l_334 >> l_337;
const uint l_339 = l_338 & uint(15);
const int l_340 = int(l_339);
const float l_341 = float(l_340);
const float l_342 = l_mut_66 * l_341;
const float l_343 = l_342 + l_mut_17;
l_mut_90 = l_343;
}
const uint l_344 = l_244 * uint(33);
const uint l_345 = l_344 + l_245;
shared_memory_7[l_345] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_346 = l_3 + l_244;
const bool l_347 = l_346 < l_1;
const bool l_348 = l_246 < info.scalars_uint[2];
const bool l_349 = l_347 && l_348;
if (l_349) {
const uint l_350 = l_346 * info.scalars_uint[2];
const uint l_351 = l_350 + l_246;
const half l_352 = buffer_1[l_351];
const float l_353 = float(l_352);
l_mut_90 = l_353;
}
const uint l_354 = l_244 * uint(33);
const uint l_355 = l_354 + l_245;
shared_memory_8[l_355] = l_mut_90;
const uint l_356 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_357 = l_356 / uint(32);
const uint l_358 = l_356 % uint(32);
const uint l_359 = l_mut_10 + l_358;
l_mut_90 = float(0.0);
const uint l_360 = l_2 + l_357;
const bool l_361 = l_360 < info.scalars_uint[1];
const bool l_362 = l_359 < info.scalars_uint[2];
const bool l_363 = l_361 && l_362;
if (l_363) {
const uint l_364 = l_360 * l_6;
const uint l_365 = l_359 / uint(32);
const uint l_366 = l_364 + l_365;
const uint l_367 = l_359 % uint(32);
const uint l_368 = l_366 * uint(2);
const uint l_369 = uint(0) + l_368;
const uint l_370 = info.scalars_uint[0] * uint(2);
const uint l_371 = l_370 + uint(3);
const uint l_372 = l_371 / uint(4);
const uint l_373 = l_372 * uint(4);
const uint l_374 = uint(0) + l_373;
const uint l_375 = l_366 * uint(2);
const uint l_376 = l_374 + l_375;
const uint l_377 = info.scalars_uint[0] * uint(2);
const uint l_378 = l_377 + uint(3);
const uint l_379 = l_378 / uint(4);
const uint l_380 = l_379 * uint(4);
const uint l_381 = uint(0) + l_380;
const uint l_382 = info.scalars_uint[0] * uint(2);
const uint l_383 = l_382 + uint(3);
const uint l_384 = l_383 / uint(4);
const uint l_385 = l_384 * uint(4);
const uint l_386 = l_381 + l_385;
const uint l_387 = l_366 * uint(16);
const uint l_388 = l_386 + l_387;
const uint l_389 = l_369 / uint(4);
const uint l_390 = buffer_0[l_389];
const uint l_391 = l_369 % uint(4);
const uint l_392 = l_391 * uint(8);
const uint l_393 = l_390 >> l_392;
const uint l_394 = l_393 & uint(65535);
const uint l_395 = l_394 & uint(32768);
const uint l_396 = l_395 << uint(16);
const uint l_397 = l_394 >> uint(10);
const uint l_398 = l_397 & uint(31);
const uint l_399 = l_394 & uint(1023);
const uint l_400 = l_398 + uint(112);
l_mut_59 = l_400;
const bool l_401 = l_398 == uint(31);
if (l_401) {
l_mut_59 = uint(255);
}
const uint l_402 = l_mut_59 << uint(23);
const uint l_403 = l_396 | l_402;
const uint l_404 = l_399 << uint(13);
const uint l_405 = l_403 | l_404;
const float l_406 = reinterpret_cast<thread float const&>(l_405);
l_mut_66 = l_406;
const bool l_407 = l_398 == uint(0);
if (l_407) {
const float l_408 = float(l_399);
const float l_409 = l_408 * float(5.960464477539063e-8);
const bool l_410 = l_396 == uint(0);
if (l_410) {
l_mut_66 = l_409;
} else {
const float l_411 = -l_409;
l_mut_66 = l_411;
}
}
const uint l_412 = l_376 / uint(4);
const uint l_413 = buffer_0[l_412];
const uint l_414 = l_376 % uint(4);
const uint l_415 = l_414 * uint(8);
const uint l_416 = l_413 >> l_415;
const uint l_417 = l_416 & uint(65535);
const uint l_418 = l_417 & uint(32768);
const uint l_419 = l_418 << uint(16);
const uint l_420 = l_417 >> uint(10);
const uint l_421 = l_420 & uint(31);
const uint l_422 = l_417 & uint(1023);
const uint l_423 = l_421 + uint(112);
l_mut_59 = l_423;
const bool l_424 = l_421 == uint(31);
if (l_424) {
l_mut_59 = uint(255);
}
const uint l_425 = l_mut_59 << uint(23);
const uint l_426 = l_419 | l_425;
const uint l_427 = l_422 << uint(13);
const uint l_428 = l_426 | l_427;
const float l_429 = reinterpret_cast<thread float const&>(l_428);
l_mut_17 = l_429;
const bool l_430 = l_421 == uint(0);
if (l_430) {
const float l_431 = float(l_422);
const float l_432 = l_431 * float(5.960464477539063e-8);
const bool l_433 = l_419 == uint(0);
if (l_433) {
l_mut_17 = l_432;
} else {
const float l_434 = -l_432;
l_mut_17 = l_434;
}
}
const int l_435 = int(l_367);
const uint l_436 = l_388 + uint(0);
const uint l_437 = uint(l_435);
const uint l_438 = l_437 / uint(32);
const uint l_439 = l_438 * uint(16);
const uint l_440 = l_436 + l_439;
const uint l_441 = l_437 % uint(16);
const uint l_442 = l_440 + l_441;
const uint l_443 = l_437 / uint(16);
const uint l_444 = l_443 % uint(2);
const uint l_445 = l_444 * uint(4);
const uint l_446 = l_442 / uint(4);
const uint l_447 = buffer_0[l_446];
const uint l_448 = l_442 % uint(4);
const uint l_449 = l_448 * uint(8);
const uint l_450 = l_449 + l_445;
const uint l_451 = l_447 >> l_450;
const uint l_452 = l_451 & uint(15);
const int l_453 = int(l_452);
const float l_454 = float(l_453);
const float l_455 = l_mut_66 * l_454;
const float l_456 = l_455 + l_mut_17;
l_mut_90 = l_456;
}
const uint l_457 = l_357 * uint(33);
const uint l_458 = l_457 + l_358;
shared_memory_7[l_458] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_459 = l_3 + l_357;
const bool l_460 = l_459 < l_1;
const bool l_461 = l_359 < info.scalars_uint[2];
const bool l_462 = l_460 && l_461;
if (l_462) {
const uint l_463 = l_459 * info.scalars_uint[2];
const uint l_464 = l_463 + l_359;
const half l_465 = buffer_1[l_464];
const float l_466 = float(l_465);
l_mut_90 = l_466;
}
const uint l_467 = l_357 * uint(33);
const uint l_468 = l_467 + l_358;
shared_memory_8[l_468] = l_mut_90;
const uint l_469 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_470 = l_469 / uint(32);
const uint l_471 = l_469 % uint(32);
const uint l_472 = l_mut_10 + l_471;
l_mut_90 = float(0.0);
const uint l_473 = l_2 + l_470;
const bool l_474 = l_473 < info.scalars_uint[1];
const bool l_475 = l_472 < info.scalars_uint[2];
const bool l_476 = l_474 && l_475;
if (l_476) {
const uint l_477 = l_473 * l_6;
const uint l_478 = l_472 / uint(32);
const uint l_479 = l_477 + l_478;
const uint l_480 = l_472 % uint(32);
const uint l_481 = l_479 * uint(2);
const uint l_482 = uint(0) + l_481;
const uint l_483 = info.scalars_uint[0] * uint(2);
const uint l_484 = l_483 + uint(3);
const uint l_485 = l_484 / uint(4);
const uint l_486 = l_485 * uint(4);
const uint l_487 = uint(0) + l_486;
const uint l_488 = l_479 * uint(2);
const uint l_489 = l_487 + l_488;
const uint l_490 = info.scalars_uint[0] * uint(2);
const uint l_491 = l_490 + uint(3);
const uint l_492 = l_491 / uint(4);
const uint l_493 = l_492 * uint(4);
const uint l_494 = uint(0) + l_493;
const uint l_495 = info.scalars_uint[0] * uint(2);
const uint l_496 = l_495 + uint(3);
const uint l_497 = l_496 / uint(4);
const uint l_498 = l_497 * uint(4);
const uint l_499 = l_494 + l_498;
const uint l_500 = l_479 * uint(16);
const uint l_501 = l_499 + l_500;
const uint l_502 = l_482 / uint(4);
const uint l_503 = buffer_0[l_502];
const uint l_504 = l_482 % uint(4);
const uint l_505 = l_504 * uint(8);
const uint l_506 = l_503 >> l_505;
const uint l_507 = l_506 & uint(65535);
const uint l_508 = l_507 & uint(32768);
const uint l_509 = l_508 << uint(16);
const uint l_510 = l_507 >> uint(10);
const uint l_511 = l_510 & uint(31);
const uint l_512 = l_507 & uint(1023);
const uint l_513 = l_511 + uint(112);
l_mut_59 = l_513;
const bool l_514 = l_511 == uint(31);
if (l_514) {
l_mut_59 = uint(255);
}
const uint l_515 = l_mut_59 << uint(23);
const uint l_516 = l_509 | l_515;
const uint l_517 = l_512 << uint(13);
const uint l_518 = l_516 | l_517;
const float l_519 = reinterpret_cast<thread float const&>(l_518);
l_mut_66 = l_519;
const bool l_520 = l_511 == uint(0);
if (l_520) {
const float l_521 = float(l_512);
const float l_522 = l_521 * float(5.960464477539063e-8);
const bool l_523 = l_509 == uint(0);
if (l_523) {
l_mut_66 = l_522;
} else {
const float l_524 = -l_522;
l_mut_66 = l_524;
}
}
const uint l_525 = l_489 / uint(4);
const uint l_526 = buffer_0[l_525];
const uint l_527 = l_489 % uint(4);
const uint l_528 = l_527 * uint(8);
const uint l_529 = l_526 >> l_528;
const uint l_530 = l_529 & uint(65535);
const uint l_531 = l_530 & uint(32768);
const uint l_532 = l_531 << uint(16);
const uint l_533 = l_530 >> uint(10);
const uint l_534 = l_533 & uint(31);
const uint l_535 = l_530 & uint(1023);
const uint l_536 = l_534 + uint(112);
l_mut_59 = l_536;
const bool l_537 = l_534 == uint(31);
if (l_537) {
l_mut_59 = uint(255);
}
const uint l_538 = l_mut_59 << uint(23);
const uint l_539 = l_532 | l_538;
const uint l_540 = l_535 << uint(13);
const uint l_541 = l_539 | l_540;
const float l_542 = reinterpret_cast<thread float const&>(l_541);
l_mut_17 = l_542;
const bool l_543 = l_534 == uint(0);
if (l_543) {
const float l_544 = float(l_535);
const float l_545 = l_544 * float(5.960464477539063e-8);
const bool l_546 = l_532 == uint(0);
if (l_546) {
l_mut_17 = l_545;
} else {
const float l_547 = -l_545;
l_mut_17 = l_547;
}
}
const int l_548 = int(l_480);
const uint l_549 = l_501 + uint(0);
const uint l_550 = uint(l_548);
const uint l_551 = l_550 / uint(32);
const uint l_552 = l_551 * uint(16);
const uint l_553 = l_549 + l_552;
const uint l_554 = l_550 % uint(16);
const uint l_555 = l_553 + l_554;
const uint l_556 = l_550 / uint(16);
const uint l_557 = l_556 % uint(2);
const uint l_558 = l_557 * uint(4);
const uint l_559 = l_555 / uint(4);
const uint l_560 = buffer_0[l_559];
const uint l_561 = l_555 % uint(4);
const uint l_562 = l_561 * uint(8);
const uint l_563 = l_562 + l_558;
const uint l_564 = l_560 >> l_563;
const uint l_565 = l_564 & uint(15);
const int l_566 = int(l_565);
const float l_567 = float(l_566);
const float l_568 = l_mut_66 * l_567;
const float l_569 = l_568 + l_mut_17;
l_mut_90 = l_569;
}
const uint l_570 = l_470 * uint(33);
const uint l_571 = l_570 + l_471;
shared_memory_7[l_571] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_572 = l_3 + l_470;
const bool l_573 = l_572 < l_1;
const bool l_574 = l_472 < info.scalars_uint[2];
const bool l_575 = l_573 && l_574;
if (l_575) {
const uint l_576 = l_572 * info.scalars_uint[2];
const uint l_577 = l_576 + l_472;
const half l_578 = buffer_1[l_577];
const float l_579 = float(l_578);
l_mut_90 = l_579;
}
const uint l_580 = l_470 * uint(33);
const uint l_581 = l_580 + l_471;
shared_memory_8[l_581] = l_mut_90;
const uint l_582 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_583 = l_582 / uint(32);
const uint l_584 = l_582 % uint(32);
const uint l_585 = l_mut_10 + l_584;
l_mut_90 = float(0.0);
const uint l_586 = l_2 + l_583;
const bool l_587 = l_586 < info.scalars_uint[1];
const bool l_588 = l_585 < info.scalars_uint[2];
const bool l_589 = l_587 && l_588;
if (l_589) {
const uint l_590 = l_586 * l_6;
const uint l_591 = l_585 / uint(32);
const uint l_592 = l_590 + l_591;
const uint l_593 = l_585 % uint(32);
const uint l_594 = l_592 * uint(2);
const uint l_595 = uint(0) + l_594;
const uint l_596 = info.scalars_uint[0] * uint(2);
const uint l_597 = l_596 + uint(3);
const uint l_598 = l_597 / uint(4);
const uint l_599 = l_598 * uint(4);
const uint l_600 = uint(0) + l_599;
const uint l_601 = l_592 * uint(2);
const uint l_602 = l_600 + l_601;
const uint l_603 = info.scalars_uint[0] * uint(2);
const uint l_604 = l_603 + uint(3);
const uint l_605 = l_604 / uint(4);
const uint l_606 = l_605 * uint(4);
const uint l_607 = uint(0) + l_606;
const uint l_608 = info.scalars_uint[0] * uint(2);
const uint l_609 = l_608 + uint(3);
const uint l_610 = l_609 / uint(4);
const uint l_611 = l_610 * uint(4);
const uint l_612 = l_607 + l_611;
const uint l_613 = l_592 * uint(16);
const uint l_614 = l_612 + l_613;
const uint l_615 = l_595 / uint(4);
const uint l_616 = buffer_0[l_615];
const uint l_617 = l_595 % uint(4);
const uint l_618 = l_617 * uint(8);
const uint l_619 = l_616 >> l_618;
const uint l_620 = l_619 & uint(65535);
const uint l_621 = l_620 & uint(32768);
const uint l_622 = l_621 << uint(16);
const uint l_623 = l_620 >> uint(10);
const uint l_624 = l_623 & uint(31);
const uint l_625 = l_620 & uint(1023);
const uint l_626 = l_624 + uint(112);
l_mut_59 = l_626;
const bool l_627 = l_624 == uint(31);
if (l_627) {
l_mut_59 = uint(255);
}
const uint l_628 = l_mut_59 << uint(23);
const uint l_629 = l_622 | l_628;
const uint l_630 = l_625 << uint(13);
const uint l_631 = l_629 | l_630;
const float l_632 = reinterpret_cast<thread float const&>(l_631);
l_mut_66 = l_632;
const bool l_633 = l_624 == uint(0);
if (l_633) {
const float l_634 = float(l_625);
const float l_635 = l_634 * float(5.960464477539063e-8);
const bool l_636 = l_622 == uint(0);
if (l_636) {
l_mut_66 = l_635;
} else {
const float l_637 = -l_635;
l_mut_66 = l_637;
}
}
const uint l_638 = l_602 / uint(4);
const uint l_639 = buffer_0[l_638];
const uint l_640 = l_602 % uint(4);
const uint l_641 = l_640 * uint(8);
const uint l_642 = l_639 >> l_641;
const uint l_643 = l_642 & uint(65535);
const uint l_644 = l_643 & uint(32768);
const uint l_645 = l_644 << uint(16);
const uint l_646 = l_643 >> uint(10);
const uint l_647 = l_646 & uint(31);
const uint l_648 = l_643 & uint(1023);
const uint l_649 = l_647 + uint(112);
l_mut_59 = l_649;
const bool l_650 = l_647 == uint(31);
if (l_650) {
l_mut_59 = uint(255);
}
const uint l_651 = l_mut_59 << uint(23);
const uint l_652 = l_645 | l_651;
const uint l_653 = l_648 << uint(13);
const uint l_654 = l_652 | l_653;
const float l_655 = reinterpret_cast<thread float const&>(l_654);
l_mut_17 = l_655;
const bool l_656 = l_647 == uint(0);
if (l_656) {
const float l_657 = float(l_648);
const float l_658 = l_657 * float(5.960464477539063e-8);
const bool l_659 = l_645 == uint(0);
if (l_659) {
l_mut_17 = l_658;
} else {
const float l_660 = -l_658;
l_mut_17 = l_660;
}
}
const int l_661 = int(l_593);
const uint l_662 = l_614 + uint(0);
const uint l_663 = uint(l_661);
const uint l_664 = l_663 / uint(32);
const uint l_665 = l_664 * uint(16);
const uint l_666 = l_662 + l_665;
const uint l_667 = l_663 % uint(16);
const uint l_668 = l_666 + l_667;
const uint l_669 = l_663 / uint(16);
const uint l_670 = l_669 % uint(2);
const uint l_671 = l_670 * uint(4);
const uint l_672 = l_668 / uint(4);
const uint l_673 = buffer_0[l_672];
const uint l_674 = l_668 % uint(4);
const uint l_675 = l_674 * uint(8);
const uint l_676 = l_675 + l_671;
const uint l_677 = l_673 >> l_676;
const uint l_678 = l_677 & uint(15);
const int l_679 = int(l_678);
const float l_680 = float(l_679);
const float l_681 = l_mut_66 * l_680;
const float l_682 = l_681 + l_mut_17;
l_mut_90 = l_682;
}
const uint l_683 = l_583 * uint(33);
const uint l_684 = l_683 + l_584;
shared_memory_7[l_684] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_685 = l_3 + l_583;
const bool l_686 = l_685 < l_1;
const bool l_687 = l_585 < info.scalars_uint[2];
const bool l_688 = l_686 && l_687;
if (l_688) {
const uint l_689 = l_685 * info.scalars_uint[2];
const uint l_690 = l_689 + l_585;
const half l_691 = buffer_1[l_690];
const float l_692 = float(l_691);
l_mut_90 = l_692;
}
const uint l_693 = l_583 * uint(33);
const uint l_694 = l_693 + l_584;
shared_memory_8[l_694] = l_mut_90;
const uint l_695 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_696 = l_695 / uint(32);
const uint l_697 = l_695 % uint(32);
const uint l_698 = l_mut_10 + l_697;
l_mut_90 = float(0.0);
const uint l_699 = l_2 + l_696;
const bool l_700 = l_699 < info.scalars_uint[1];
const bool l_701 = l_698 < info.scalars_uint[2];
const bool l_702 = l_700 && l_701;
if (l_702) {
const uint l_703 = l_699 * l_6;
const uint l_704 = l_698 / uint(32);
const uint l_705 = l_703 + l_704;
const uint l_706 = l_698 % uint(32);
const uint l_707 = l_705 * uint(2);
const uint l_708 = uint(0) + l_707;
const uint l_709 = info.scalars_uint[0] * uint(2);
const uint l_710 = l_709 + uint(3);
const uint l_711 = l_710 / uint(4);
const uint l_712 = l_711 * uint(4);
const uint l_713 = uint(0) + l_712;
const uint l_714 = l_705 * uint(2);
const uint l_715 = l_713 + l_714;
const uint l_716 = info.scalars_uint[0] * uint(2);
const uint l_717 = l_716 + uint(3);
const uint l_718 = l_717 / uint(4);
const uint l_719 = l_718 * uint(4);
const uint l_720 = uint(0) + l_719;
const uint l_721 = info.scalars_uint[0] * uint(2);
const uint l_722 = l_721 + uint(3);
const uint l_723 = l_722 / uint(4);
const uint l_724 = l_723 * uint(4);
const uint l_725 = l_720 + l_724;
const uint l_726 = l_705 * uint(16);
const uint l_727 = l_725 + l_726;
const uint l_728 = l_708 / uint(4);
const uint l_729 = buffer_0[l_728];
const uint l_730 = l_708 % uint(4);
const uint l_731 = l_730 * uint(8);
const uint l_732 = l_729 >> l_731;
const uint l_733 = l_732 & uint(65535);
const uint l_734 = l_733 & uint(32768);
const uint l_735 = l_734 << uint(16);
const uint l_736 = l_733 >> uint(10);
const uint l_737 = l_736 & uint(31);
const uint l_738 = l_733 & uint(1023);
const uint l_739 = l_737 + uint(112);
l_mut_59 = l_739;
const bool l_740 = l_737 == uint(31);
if (l_740) {
l_mut_59 = uint(255);
}
const uint l_741 = l_mut_59 << uint(23);
const uint l_742 = l_735 | l_741;
const uint l_743 = l_738 << uint(13);
const uint l_744 = l_742 | l_743;
const float l_745 = reinterpret_cast<thread float const&>(l_744);
l_mut_66 = l_745;
const bool l_746 = l_737 == uint(0);
if (l_746) {
const float l_747 = float(l_738);
const float l_748 = l_747 * float(5.960464477539063e-8);
const bool l_749 = l_735 == uint(0);
if (l_749) {
l_mut_66 = l_748;
} else {
const float l_750 = -l_748;
l_mut_66 = l_750;
}
}
const uint l_751 = l_715 / uint(4);
const uint l_752 = buffer_0[l_751];
const uint l_753 = l_715 % uint(4);
const uint l_754 = l_753 * uint(8);
const uint l_755 = l_752 >> l_754;
const uint l_756 = l_755 & uint(65535);
const uint l_757 = l_756 & uint(32768);
const uint l_758 = l_757 << uint(16);
const uint l_759 = l_756 >> uint(10);
const uint l_760 = l_759 & uint(31);
const uint l_761 = l_756 & uint(1023);
const uint l_762 = l_760 + uint(112);
l_mut_59 = l_762;
const bool l_763 = l_760 == uint(31);
if (l_763) {
l_mut_59 = uint(255);
}
const uint l_764 = l_mut_59 << uint(23);
const uint l_765 = l_758 | l_764;
const uint l_766 = l_761 << uint(13);
const uint l_767 = l_765 | l_766;
const float l_768 = reinterpret_cast<thread float const&>(l_767);
l_mut_17 = l_768;
const bool l_769 = l_760 == uint(0);
if (l_769) {
const float l_770 = float(l_761);
const float l_771 = l_770 * float(5.960464477539063e-8);
const bool l_772 = l_758 == uint(0);
if (l_772) {
l_mut_17 = l_771;
} else {
const float l_773 = -l_771;
l_mut_17 = l_773;
}
}
const int l_774 = int(l_706);
const uint l_775 = l_727 + uint(0);
const uint l_776 = uint(l_774);
const uint l_777 = l_776 / uint(32);
const uint l_778 = l_777 * uint(16);
const uint l_779 = l_775 + l_778;
const uint l_780 = l_776 % uint(16);
const uint l_781 = l_779 + l_780;
const uint l_782 = l_776 / uint(16);
const uint l_783 = l_782 % uint(2);
const uint l_784 = l_783 * uint(4);
const uint l_785 = l_781 / uint(4);
const uint l_786 = buffer_0[l_785];
const uint l_787 = l_781 % uint(4);
const uint l_788 = l_787 * uint(8);
const uint l_789 = l_788 + l_784;
const uint l_790 = l_786 >> l_789;
const uint l_791 = l_790 & uint(15);
const int l_792 = int(l_791);
const float l_793 = float(l_792);
const float l_794 = l_mut_66 * l_793;
const float l_795 = l_794 + l_mut_17;
l_mut_90 = l_795;
}
const uint l_796 = l_696 * uint(33);
const uint l_797 = l_796 + l_697;
shared_memory_7[l_797] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_798 = l_3 + l_696;
const bool l_799 = l_798 < l_1;
const bool l_800 = l_698 < info.scalars_uint[2];
const bool l_801 = l_799 && l_800;
if (l_801) {
const uint l_802 = l_798 * info.scalars_uint[2];
const uint l_803 = l_802 + l_698;
const half l_804 = buffer_1[l_803];
const float l_805 = float(l_804);
l_mut_90 = l_805;
}
const uint l_806 = l_696 * uint(33);
const uint l_807 = l_806 + l_697;
shared_memory_8[l_807] = l_mut_90;
const uint l_808 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_809 = l_808 / uint(32);
const uint l_810 = l_808 % uint(32);
const uint l_811 = l_mut_10 + l_810;
l_mut_90 = float(0.0);
const uint l_812 = l_2 + l_809;
const bool l_813 = l_812 < info.scalars_uint[1];
const bool l_814 = l_811 < info.scalars_uint[2];
const bool l_815 = l_813 && l_814;
if (l_815) {
const uint l_816 = l_812 * l_6;
const uint l_817 = l_811 / uint(32);
const uint l_818 = l_816 + l_817;
const uint l_819 = l_811 % uint(32);
const uint l_820 = l_818 * uint(2);
const uint l_821 = uint(0) + l_820;
const uint l_822 = info.scalars_uint[0] * uint(2);
const uint l_823 = l_822 + uint(3);
const uint l_824 = l_823 / uint(4);
const uint l_825 = l_824 * uint(4);
const uint l_826 = uint(0) + l_825;
const uint l_827 = l_818 * uint(2);
const uint l_828 = l_826 + l_827;
const uint l_829 = info.scalars_uint[0] * uint(2);
const uint l_830 = l_829 + uint(3);
const uint l_831 = l_830 / uint(4);
const uint l_832 = l_831 * uint(4);
const uint l_833 = uint(0) + l_832;
const uint l_834 = info.scalars_uint[0] * uint(2);
const uint l_835 = l_834 + uint(3);
const uint l_836 = l_835 / uint(4);
const uint l_837 = l_836 * uint(4);
const uint l_838 = l_833 + l_837;
const uint l_839 = l_818 * uint(16);
const uint l_840 = l_838 + l_839;
const uint l_841 = l_821 / uint(4);
const uint l_842 = buffer_0[l_841];
const uint l_843 = l_821 % uint(4);
const uint l_844 = l_843 * uint(8);
const uint l_845 = l_842 >> l_844;
const uint l_846 = l_845 & uint(65535);
const uint l_847 = l_846 & uint(32768);
const uint l_848 = l_847 << uint(16);
const uint l_849 = l_846 >> uint(10);
const uint l_850 = l_849 & uint(31);
const uint l_851 = l_846 & uint(1023);
const uint l_852 = l_850 + uint(112);
l_mut_59 = l_852;
const bool l_853 = l_850 == uint(31);
if (l_853) {
l_mut_59 = uint(255);
}
const uint l_854 = l_mut_59 << uint(23);
const uint l_855 = l_848 | l_854;
const uint l_856 = l_851 << uint(13);
const uint l_857 = l_855 | l_856;
const float l_858 = reinterpret_cast<thread float const&>(l_857);
l_mut_66 = l_858;
const bool l_859 = l_850 == uint(0);
if (l_859) {
const float l_860 = float(l_851);
const float l_861 = l_860 * float(5.960464477539063e-8);
const bool l_862 = l_848 == uint(0);
if (l_862) {
l_mut_66 = l_861;
} else {
const float l_863 = -l_861;
l_mut_66 = l_863;
}
}
const uint l_864 = l_828 / uint(4);
const uint l_865 = buffer_0[l_864];
const uint l_866 = l_828 % uint(4);
const uint l_867 = l_866 * uint(8);
const uint l_868 = l_865 >> l_867;
const uint l_869 = l_868 & uint(65535);
const uint l_870 = l_869 & uint(32768);
const uint l_871 = l_870 << uint(16);
const uint l_872 = l_869 >> uint(10);
const uint l_873 = l_872 & uint(31);
const uint l_874 = l_869 & uint(1023);
const uint l_875 = l_873 + uint(112);
l_mut_59 = l_875;
const bool l_876 = l_873 == uint(31);
if (l_876) {
l_mut_59 = uint(255);
}
const uint l_877 = l_mut_59 << uint(23);
const uint l_878 = l_871 | l_877;
const uint l_879 = l_874 << uint(13);
const uint l_880 = l_878 | l_879;
const float l_881 = reinterpret_cast<thread float const&>(l_880);
l_mut_17 = l_881;
const bool l_882 = l_873 == uint(0);
if (l_882) {
const float l_883 = float(l_874);
const float l_884 = l_883 * float(5.960464477539063e-8);
const bool l_885 = l_871 == uint(0);
if (l_885) {
l_mut_17 = l_884;
} else {
const float l_886 = -l_884;
l_mut_17 = l_886;
}
}
const int l_887 = int(l_819);
const uint l_888 = l_840 + uint(0);
const uint l_889 = uint(l_887);
const uint l_890 = l_889 / uint(32);
const uint l_891 = l_890 * uint(16);
const uint l_892 = l_888 + l_891;
const uint l_893 = l_889 % uint(16);
const uint l_894 = l_892 + l_893;
const uint l_895 = l_889 / uint(16);
const uint l_896 = l_895 % uint(2);
const uint l_897 = l_896 * uint(4);
const uint l_898 = l_894 / uint(4);
const uint l_899 = buffer_0[l_898];
const uint l_900 = l_894 % uint(4);
const uint l_901 = l_900 * uint(8);
const uint l_902 = l_901 + l_897;
const uint l_903 = l_899 >> l_902;
const uint l_904 = l_903 & uint(15);
const int l_905 = int(l_904);
const float l_906 = float(l_905);
const float l_907 = l_mut_66 * l_906;
const float l_908 = l_907 + l_mut_17;
l_mut_90 = l_908;
}
const uint l_909 = l_809 * uint(33);
const uint l_910 = l_909 + l_810;
shared_memory_7[l_910] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_911 = l_3 + l_809;
const bool l_912 = l_911 < l_1;
const bool l_913 = l_811 < info.scalars_uint[2];
const bool l_914 = l_912 && l_913;
if (l_914) {
const uint l_915 = l_911 * info.scalars_uint[2];
const uint l_916 = l_915 + l_811;
const half l_917 = buffer_1[l_916];
const float l_918 = float(l_917);
l_mut_90 = l_918;
}
const uint l_919 = l_809 * uint(33);
const uint l_920 = l_919 + l_810;
shared_memory_8[l_920] = l_mut_90;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_921 = uint(0); l_mut_921 < uint(32); ++l_mut_921) {
const uint l_924 = l_4 + uint(0);
const uint l_925 = l_924 * uint(33);
const uint l_926 = l_925 + l_mut_921;
const float l_927 = shared_memory_8[l_926];
l_arr_922[uint(0)] = l_927;
const uint l_928 = l_5 + uint(0);
const uint l_929 = l_928 * uint(33);
const uint l_930 = l_929 + l_mut_921;
const float l_931 = shared_memory_7[l_930];
l_arr_923[uint(0)] = l_931;
const uint l_932 = l_4 + uint(16);
const uint l_933 = l_932 * uint(33);
const uint l_934 = l_933 + l_mut_921;
const float l_935 = shared_memory_8[l_934];
l_arr_922[uint(1)] = l_935;
const uint l_936 = l_5 + uint(16);
const uint l_937 = l_936 * uint(33);
const uint l_938 = l_937 + l_mut_921;
const float l_939 = shared_memory_7[l_938];
l_arr_923[uint(1)] = l_939;
const uint l_940 = l_4 + uint(32);
const uint l_941 = l_940 * uint(33);
const uint l_942 = l_941 + l_mut_921;
const float l_943 = shared_memory_8[l_942];
l_arr_922[uint(2)] = l_943;
const uint l_944 = l_5 + uint(32);
const uint l_945 = l_944 * uint(33);
const uint l_946 = l_945 + l_mut_921;
const float l_947 = shared_memory_7[l_946];
l_arr_923[uint(2)] = l_947;
const uint l_948 = l_4 + uint(48);
const uint l_949 = l_948 * uint(33);
const uint l_950 = l_949 + l_mut_921;
const float l_951 = shared_memory_8[l_950];
l_arr_922[uint(3)] = l_951;
const uint l_952 = l_5 + uint(48);
const uint l_953 = l_952 * uint(33);
const uint l_954 = l_953 + l_mut_921;
const float l_955 = shared_memory_7[l_954];
l_arr_923[uint(3)] = l_955;
const float l_956 = l_arr_922[uint(0)];
const float l_957 = l_arr_923[uint(0)];
const float l_958 = l_956 * l_957;
const float l_959 = l_arr_9[uint(0)];
const float l_960 = l_959 + l_958;
l_arr_9[uint(0)] = l_960;
const float l_961 = l_arr_922[uint(0)];
const float l_962 = l_arr_923[uint(1)];
const float l_963 = l_961 * l_962;
const float l_964 = l_arr_9[uint(1)];
const float l_965 = l_964 + l_963;
l_arr_9[uint(1)] = l_965;
const float l_966 = l_arr_922[uint(0)];
const float l_967 = l_arr_923[uint(2)];
const float l_968 = l_966 * l_967;
const float l_969 = l_arr_9[uint(2)];
const float l_970 = l_969 + l_968;
l_arr_9[uint(2)] = l_970;
const float l_971 = l_arr_922[uint(0)];
const float l_972 = l_arr_923[uint(3)];
const float l_973 = l_971 * l_972;
const float l_974 = l_arr_9[uint(3)];
const float l_975 = l_974 + l_973;
l_arr_9[uint(3)] = l_975;
const float l_976 = l_arr_922[uint(1)];
const float l_977 = l_arr_923[uint(0)];
const float l_978 = l_976 * l_977;
const float l_979 = l_arr_9[uint(4)];
const float l_980 = l_979 + l_978;
l_arr_9[uint(4)] = l_980;
const float l_981 = l_arr_922[uint(1)];
const float l_982 = l_arr_923[uint(1)];
const float l_983 = l_981 * l_982;
const float l_984 = l_arr_9[uint(5)];
const float l_985 = l_984 + l_983;
l_arr_9[uint(5)] = l_985;
const float l_986 = l_arr_922[uint(1)];
const float l_987 = l_arr_923[uint(2)];
const float l_988 = l_986 * l_987;
const float l_989 = l_arr_9[uint(6)];
const float l_990 = l_989 + l_988;
l_arr_9[uint(6)] = l_990;
const float l_991 = l_arr_922[uint(1)];
const float l_992 = l_arr_923[uint(3)];
const float l_993 = l_991 * l_992;
const float l_994 = l_arr_9[uint(7)];
const float l_995 = l_994 + l_993;
l_arr_9[uint(7)] = l_995;
const float l_996 = l_arr_922[uint(2)];
const float l_997 = l_arr_923[uint(0)];
const float l_998 = l_996 * l_997;
const float l_999 = l_arr_9[uint(8)];
const float l_1000 = l_999 + l_998;
l_arr_9[uint(8)] = l_1000;
const float l_1001 = l_arr_922[uint(2)];
const float l_1002 = l_arr_923[uint(1)];
const float l_1003 = l_1001 * l_1002;
const float l_1004 = l_arr_9[uint(9)];
const float l_1005 = l_1004 + l_1003;
l_arr_9[uint(9)] = l_1005;
const float l_1006 = l_arr_922[uint(2)];
const float l_1007 = l_arr_923[uint(2)];
const float l_1008 = l_1006 * l_1007;
const float l_1009 = l_arr_9[uint(10)];
const float l_1010 = l_1009 + l_1008;
l_arr_9[uint(10)] = l_1010;
const float l_1011 = l_arr_922[uint(2)];
const float l_1012 = l_arr_923[uint(3)];
const float l_1013 = l_1011 * l_1012;
const float l_1014 = l_arr_9[uint(11)];
const float l_1015 = l_1014 + l_1013;
l_arr_9[uint(11)] = l_1015;
const float l_1016 = l_arr_922[uint(3)];
const float l_1017 = l_arr_923[uint(0)];
const float l_1018 = l_1016 * l_1017;
const float l_1019 = l_arr_9[uint(12)];
const float l_1020 = l_1019 + l_1018;
l_arr_9[uint(12)] = l_1020;
const float l_1021 = l_arr_922[uint(3)];
const float l_1022 = l_arr_923[uint(1)];
const float l_1023 = l_1021 * l_1022;
const float l_1024 = l_arr_9[uint(13)];
const float l_1025 = l_1024 + l_1023;
l_arr_9[uint(13)] = l_1025;
const float l_1026 = l_arr_922[uint(3)];
const float l_1027 = l_arr_923[uint(2)];
const float l_1028 = l_1026 * l_1027;
const float l_1029 = l_arr_9[uint(14)];
const float l_1030 = l_1029 + l_1028;
l_arr_9[uint(14)] = l_1030;
const float l_1031 = l_arr_922[uint(3)];
const float l_1032 = l_arr_923[uint(3)];
const float l_1033 = l_1031 * l_1032;
const float l_1034 = l_arr_9[uint(15)];
const float l_1035 = l_1034 + l_1033;
l_arr_9[uint(15)] = l_1035;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_1036 = l_3 + l_4;
const uint l_1037 = l_1036 + uint(0);
const uint l_1038 = l_2 + l_5;
const uint l_1039 = l_1038 + uint(0);
const bool l_1040 = l_1037 < l_1;
const bool l_1041 = l_1039 < info.scalars_uint[1];
const bool l_1042 = l_1040 && l_1041;
if (l_1042) {
const uint l_1043 = l_1037 * info.scalars_uint[1];
const uint l_1044 = l_1043 + l_1039;
const float l_1045 = l_arr_9[uint(0)];
const half l_1046 = half(l_1045);
buffer_2[l_1044] = l_1046;
}
const uint l_1047 = l_3 + l_4;
const uint l_1048 = l_1047 + uint(0);
const uint l_1049 = l_2 + l_5;
const uint l_1050 = l_1049 + uint(16);
const bool l_1051 = l_1048 < l_1;
const bool l_1052 = l_1050 < info.scalars_uint[1];
const bool l_1053 = l_1051 && l_1052;
if (l_1053) {
const uint l_1054 = l_1048 * info.scalars_uint[1];
const uint l_1055 = l_1054 + l_1050;
const float l_1056 = l_arr_9[uint(1)];
const half l_1057 = half(l_1056);
buffer_2[l_1055] = l_1057;
}
const uint l_1058 = l_3 + l_4;
const uint l_1059 = l_1058 + uint(0);
const uint l_1060 = l_2 + l_5;
const uint l_1061 = l_1060 + uint(32);
const bool l_1062 = l_1059 < l_1;
const bool l_1063 = l_1061 < info.scalars_uint[1];
const bool l_1064 = l_1062 && l_1063;
if (l_1064) {
const uint l_1065 = l_1059 * info.scalars_uint[1];
const uint l_1066 = l_1065 + l_1061;
const float l_1067 = l_arr_9[uint(2)];
const half l_1068 = half(l_1067);
buffer_2[l_1066] = l_1068;
}
const uint l_1069 = l_3 + l_4;
const uint l_1070 = l_1069 + uint(0);
const uint l_1071 = l_2 + l_5;
const uint l_1072 = l_1071 + uint(48);
const bool l_1073 = l_1070 < l_1;
const bool l_1074 = l_1072 < info.scalars_uint[1];
const bool l_1075 = l_1073 && l_1074;
if (l_1075) {
const uint l_1076 = l_1070 * info.scalars_uint[1];
const uint l_1077 = l_1076 + l_1072;
const float l_1078 = l_arr_9[uint(3)];
const half l_1079 = half(l_1078);
buffer_2[l_1077] = l_1079;
}
const uint l_1080 = l_3 + l_4;
const uint l_1081 = l_1080 + uint(16);
const uint l_1082 = l_2 + l_5;
const uint l_1083 = l_1082 + uint(0);
const bool l_1084 = l_1081 < l_1;
const bool l_1085 = l_1083 < info.scalars_uint[1];
const bool l_1086 = l_1084 && l_1085;
if (l_1086) {
const uint l_1087 = l_1081 * info.scalars_uint[1];
const uint l_1088 = l_1087 + l_1083;
const float l_1089 = l_arr_9[uint(4)];
const half l_1090 = half(l_1089);
buffer_2[l_1088] = l_1090;
}
const uint l_1091 = l_3 + l_4;
const uint l_1092 = l_1091 + uint(16);
const uint l_1093 = l_2 + l_5;
const uint l_1094 = l_1093 + uint(16);
const bool l_1095 = l_1092 < l_1;
const bool l_1096 = l_1094 < info.scalars_uint[1];
const bool l_1097 = l_1095 && l_1096;
if (l_1097) {
const uint l_1098 = l_1092 * info.scalars_uint[1];
const uint l_1099 = l_1098 + l_1094;
const float l_1100 = l_arr_9[uint(5)];
const half l_1101 = half(l_1100);
buffer_2[l_1099] = l_1101;
}
const uint l_1102 = l_3 + l_4;
const uint l_1103 = l_1102 + uint(16);
const uint l_1104 = l_2 + l_5;
const uint l_1105 = l_1104 + uint(32);
const bool l_1106 = l_1103 < l_1;
const bool l_1107 = l_1105 < info.scalars_uint[1];
const bool l_1108 = l_1106 && l_1107;
if (l_1108) {
const uint l_1109 = l_1103 * info.scalars_uint[1];
const uint l_1110 = l_1109 + l_1105;
const float l_1111 = l_arr_9[uint(6)];
const half l_1112 = half(l_1111);
buffer_2[l_1110] = l_1112;
}
const uint l_1113 = l_3 + l_4;
const uint l_1114 = l_1113 + uint(16);
const uint l_1115 = l_2 + l_5;
const uint l_1116 = l_1115 + uint(48);
const bool l_1117 = l_1114 < l_1;
const bool l_1118 = l_1116 < info.scalars_uint[1];
const bool l_1119 = l_1117 && l_1118;
if (l_1119) {
const uint l_1120 = l_1114 * info.scalars_uint[1];
const uint l_1121 = l_1120 + l_1116;
const float l_1122 = l_arr_9[uint(7)];
const half l_1123 = half(l_1122);
buffer_2[l_1121] = l_1123;
}
const uint l_1124 = l_3 + l_4;
const uint l_1125 = l_1124 + uint(32);
const uint l_1126 = l_2 + l_5;
const uint l_1127 = l_1126 + uint(0);
const bool l_1128 = l_1125 < l_1;
const bool l_1129 = l_1127 < info.scalars_uint[1];
const bool l_1130 = l_1128 && l_1129;
if (l_1130) {
const uint l_1131 = l_1125 * info.scalars_uint[1];
const uint l_1132 = l_1131 + l_1127;
const float l_1133 = l_arr_9[uint(8)];
const half l_1134 = half(l_1133);
buffer_2[l_1132] = l_1134;
}
const uint l_1135 = l_3 + l_4;
const uint l_1136 = l_1135 + uint(32);
const uint l_1137 = l_2 + l_5;
const uint l_1138 = l_1137 + uint(16);
const bool l_1139 = l_1136 < l_1;
const bool l_1140 = l_1138 < info.scalars_uint[1];
const bool l_1141 = l_1139 && l_1140;
if (l_1141) {
const uint l_1142 = l_1136 * info.scalars_uint[1];
const uint l_1143 = l_1142 + l_1138;
const float l_1144 = l_arr_9[uint(9)];
const half l_1145 = half(l_1144);
buffer_2[l_1143] = l_1145;
}
const uint l_1146 = l_3 + l_4;
const uint l_1147 = l_1146 + uint(32);
const uint l_1148 = l_2 + l_5;
const uint l_1149 = l_1148 + uint(32);
const bool l_1150 = l_1147 < l_1;
const bool l_1151 = l_1149 < info.scalars_uint[1];
const bool l_1152 = l_1150 && l_1151;
if (l_1152) {
const uint l_1153 = l_1147 * info.scalars_uint[1];
const uint l_1154 = l_1153 + l_1149;
const float l_1155 = l_arr_9[uint(10)];
const half l_1156 = half(l_1155);
buffer_2[l_1154] = l_1156;
}
const uint l_1157 = l_3 + l_4;
const uint l_1158 = l_1157 + uint(32);
const uint l_1159 = l_2 + l_5;
const uint l_1160 = l_1159 + uint(48);
const bool l_1161 = l_1158 < l_1;
const bool l_1162 = l_1160 < info.scalars_uint[1];
const bool l_1163 = l_1161 && l_1162;
if (l_1163) {
const uint l_1164 = l_1158 * info.scalars_uint[1];
const uint l_1165 = l_1164 + l_1160;
const float l_1166 = l_arr_9[uint(11)];
const half l_1167 = half(l_1166);
buffer_2[l_1165] = l_1167;
}
const uint l_1168 = l_3 + l_4;
const uint l_1169 = l_1168 + uint(48);
const uint l_1170 = l_2 + l_5;
const uint l_1171 = l_1170 + uint(0);
const bool l_1172 = l_1169 < l_1;
const bool l_1173 = l_1171 < info.scalars_uint[1];
const bool l_1174 = l_1172 && l_1173;
if (l_1174) {
const uint l_1175 = l_1169 * info.scalars_uint[1];
const uint l_1176 = l_1175 + l_1171;
const float l_1177 = l_arr_9[uint(12)];
const half l_1178 = half(l_1177);
buffer_2[l_1176] = l_1178;
}
const uint l_1179 = l_3 + l_4;
const uint l_1180 = l_1179 + uint(48);
const uint l_1181 = l_2 + l_5;
const uint l_1182 = l_1181 + uint(16);
const bool l_1183 = l_1180 < l_1;
const bool l_1184 = l_1182 < info.scalars_uint[1];
const bool l_1185 = l_1183 && l_1184;
if (l_1185) {
const uint l_1186 = l_1180 * info.scalars_uint[1];
const uint l_1187 = l_1186 + l_1182;
const float l_1188 = l_arr_9[uint(13)];
const half l_1189 = half(l_1188);
buffer_2[l_1187] = l_1189;
}
const uint l_1190 = l_3 + l_4;
const uint l_1191 = l_1190 + uint(48);
const uint l_1192 = l_2 + l_5;
const uint l_1193 = l_1192 + uint(32);
const bool l_1194 = l_1191 < l_1;
const bool l_1195 = l_1193 < info.scalars_uint[1];
const bool l_1196 = l_1194 && l_1195;
if (l_1196) {
const uint l_1197 = l_1191 * info.scalars_uint[1];
const uint l_1198 = l_1197 + l_1193;
const float l_1199 = l_arr_9[uint(14)];
const half l_1200 = half(l_1199);
buffer_2[l_1198] = l_1200;
}
const uint l_1201 = l_3 + l_4;
const uint l_1202 = l_1201 + uint(48);
const uint l_1203 = l_2 + l_5;
const uint l_1204 = l_1203 + uint(48);
const bool l_1205 = l_1202 < l_1;
const bool l_1206 = l_1204 < info.scalars_uint[1];
const bool l_1207 = l_1205 && l_1206;
if (l_1207) {
const uint l_1208 = l_1202 * info.scalars_uint[1];
const uint l_1209 = l_1208 + l_1204;
const float l_1210 = l_arr_9[uint(15)];
const half l_1211 = half(l_1210);
buffer_2[l_1209] = l_1211;
}

}
