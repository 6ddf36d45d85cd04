
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

float l_arr_633[4];

float l_arr_634[4];

float l_mut_17;
float l_mut_54;
uint l_mut_10;
uint l_mut_47;
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
const uint l_33 = l_24 * uint(16);
const uint l_34 = l_32 + l_33;
const uint l_35 = l_27 / uint(4);
const uint l_36 = buffer_0[l_35];
const uint l_37 = l_27 % uint(4);
const uint l_38 = l_37 * uint(8);
const uint l_39 = l_36 >> l_38;
const uint l_40 = l_39 & uint(65535);
const uint l_41 = l_40 & uint(32768);
const uint l_42 = l_41 << uint(16);
const uint l_43 = l_40 >> uint(10);
const uint l_44 = l_43 & uint(31);
const uint l_45 = l_40 & uint(1023);
const uint l_46 = l_44 + uint(112);
l_mut_47 = l_46;
const bool l_48 = l_44 == uint(31);
if (l_48) {
l_mut_47 = uint(255);
}
const uint l_49 = l_mut_47 << uint(23);
const uint l_50 = l_42 | l_49;
const uint l_51 = l_45 << uint(13);
const uint l_52 = l_50 | l_51;
const float l_53 = reinterpret_cast<thread float const&>(l_52);
l_mut_54 = l_53;
const bool l_55 = l_44 == uint(0);
if (l_55) {
const float l_56 = float(l_45);
const float l_57 = l_56 * float(5.960464477539063e-8);
const bool l_58 = l_42 == uint(0);
if (l_58) {
l_mut_54 = l_57;
} else {
const float l_59 = -l_57;
l_mut_54 = l_59;
}
}
const int l_60 = int(l_25);
const uint l_61 = l_34 + uint(0);
const uint l_62 = uint(l_60);
const uint l_63 = l_62 / uint(32);
const uint l_64 = l_63 * uint(16);
const uint l_65 = l_61 + l_64;
const uint l_66 = l_62 % uint(16);
const uint l_67 = l_65 + l_66;
const uint l_68 = l_62 / uint(16);
const uint l_69 = l_68 % uint(2);
const uint l_70 = l_69 * uint(4);
const uint l_71 = l_67 / uint(4);
const uint l_72 = buffer_0[l_71];
const uint l_73 = l_67 % uint(4);
const uint l_74 = l_73 * uint(8);
const uint l_75 = l_74 + l_70;
const uint l_76 = l_72 >> l_75;
const uint l_77 = l_76 & uint(15);
const int l_78 = int(l_77);
const int l_79 = l_78 - int(8);
const float l_80 = float(l_79);
const float l_81 = l_mut_54 * l_80;
l_mut_17 = l_81;
}
const uint l_82 = l_14 * uint(33);
const uint l_83 = l_82 + l_15;
shared_memory_7[l_83] = l_mut_17;
l_mut_54 = float(0.0);
const uint l_84 = l_3 + l_14;
const bool l_85 = l_84 < l_1;
const bool l_86 = l_16 < info.scalars_uint[2];
const bool l_87 = l_85 && l_86;
if (l_87) {
const uint l_88 = l_84 * info.scalars_uint[2];
const uint l_89 = l_88 + l_16;
const float l_90 = buffer_1[l_89];
l_mut_54 = l_90;
}
const uint l_91 = l_14 * uint(33);
const uint l_92 = l_91 + l_15;
shared_memory_8[l_92] = l_mut_54;
const uint l_93 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_94 = l_93 / uint(32);
const uint l_95 = l_93 % uint(32);
const uint l_96 = l_mut_10 + l_95;
l_mut_54 = float(0.0);
const uint l_97 = l_2 + l_94;
const bool l_98 = l_97 < info.scalars_uint[1];
const bool l_99 = l_96 < info.scalars_uint[2];
const bool l_100 = l_98 && l_99;
if (l_100) {
const uint l_101 = l_97 * l_6;
const uint l_102 = l_96 / uint(32);
const uint l_103 = l_101 + l_102;
const uint l_104 = l_96 % uint(32);
const uint l_105 = l_103 * uint(2);
const uint l_106 = uint(0) + l_105;
const uint l_107 = info.scalars_uint[0] * uint(2);
const uint l_108 = l_107 + uint(3);
const uint l_109 = l_108 / uint(4);
const uint l_110 = l_109 * uint(4);
const uint l_111 = uint(0) + l_110;
const uint l_112 = l_103 * uint(16);
const uint l_113 = l_111 + l_112;
const uint l_114 = l_106 / uint(4);
const uint l_115 = buffer_0[l_114];
const uint l_116 = l_106 % uint(4);
const uint l_117 = l_116 * uint(8);
const uint l_118 = l_115 >> l_117;
const uint l_119 = l_118 & uint(65535);
const uint l_120 = l_119 & uint(32768);
const uint l_121 = l_120 << uint(16);
const uint l_122 = l_119 >> uint(10);
const uint l_123 = l_122 & uint(31);
const uint l_124 = l_119 & uint(1023);
const uint l_125 = l_123 + uint(112);
l_mut_47 = l_125;
const bool l_126 = l_123 == uint(31);
if (l_126) {
l_mut_47 = uint(255);
}
const uint l_127 = l_mut_47 << uint(23);
const uint l_128 = l_121 | l_127;
const uint l_129 = l_124 << uint(13);
const uint l_130 = l_128 | l_129;
const float l_131 = reinterpret_cast<thread float const&>(l_130);
l_mut_17 = l_131;
const bool l_132 = l_123 == uint(0);
if (l_132) {
const float l_133 = float(l_124);
const float l_134 = l_133 * float(5.960464477539063e-8);
const bool l_135 = l_121 == uint(0);
if (l_135) {
l_mut_17 = l_134;
} else {
const float l_136 = -l_134;
l_mut_17 = l_136;
}
}
const int l_137 = int(l_104);
const uint l_138 = l_113 + uint(0);
const uint l_139 = uint(l_137);
const uint l_140 = l_139 / uint(32);
const uint l_141 = l_140 * uint(16);
const uint l_142 = l_138 + l_141;
const uint l_143 = l_139 % uint(16);
const uint l_144 = l_142 + l_143;
const uint l_145 = l_139 / uint(16);
const uint l_146 = l_145 % uint(2);
const uint l_147 = l_146 * uint(4);
const uint l_148 = l_144 / uint(4);
const uint l_149 = buffer_0[l_148];
const uint l_150 = l_144 % uint(4);
const uint l_151 = l_150 * uint(8);
const uint l_152 = l_151 + l_147;
const uint l_153 = l_149 >> l_152;
const uint l_154 = l_153 & uint(15);
const int l_155 = int(l_154);
const int l_156 = l_155 - int(8);
const float l_157 = float(l_156);
const float l_158 = l_mut_17 * l_157;
l_mut_54 = l_158;
}
const uint l_159 = l_94 * uint(33);
const uint l_160 = l_159 + l_95;
shared_memory_7[l_160] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_161 = l_3 + l_94;
const bool l_162 = l_161 < l_1;
const bool l_163 = l_96 < info.scalars_uint[2];
const bool l_164 = l_162 && l_163;
if (l_164) {
const uint l_165 = l_161 * info.scalars_uint[2];
const uint l_166 = l_165 + l_96;
const float l_167 = buffer_1[l_166];
l_mut_54 = l_167;
}
const uint l_168 = l_94 * uint(33);
const uint l_169 = l_168 + l_95;
shared_memory_8[l_169] = l_mut_54;
const uint l_170 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_171 = l_170 / uint(32);
const uint l_172 = l_170 % uint(32);
const uint l_173 = l_mut_10 + l_172;
l_mut_54 = float(0.0);
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
const uint l_189 = l_180 * uint(16);
const uint l_190 = l_188 + l_189;
const uint l_191 = l_183 / uint(4);
const uint l_192 = buffer_0[l_191];
const uint l_193 = l_183 % uint(4);
const uint l_194 = l_193 * uint(8);
const uint l_195 = l_192 >> l_194;
const uint l_196 = l_195 & uint(65535);
const uint l_197 = l_196 & uint(32768);
const uint l_198 = l_197 << uint(16);
const uint l_199 = l_196 >> uint(10);
const uint l_200 = l_199 & uint(31);
const uint l_201 = l_196 & uint(1023);
const uint l_202 = l_200 + uint(112);
l_mut_47 = l_202;
const bool l_203 = l_200 == uint(31);
if (l_203) {
l_mut_47 = uint(255);
}
const uint l_204 = l_mut_47 << uint(23);
const uint l_205 = l_198 | l_204;
const uint l_206 = l_201 << uint(13);
const uint l_207 = l_205 | l_206;
const float l_208 = reinterpret_cast<thread float const&>(l_207);
l_mut_17 = l_208;
const bool l_209 = l_200 == uint(0);
if (l_209) {
const float l_210 = float(l_201);
const float l_211 = l_210 * float(5.960464477539063e-8);
const bool l_212 = l_198 == uint(0);
if (l_212) {
l_mut_17 = l_211;
} else {
const float l_213 = -l_211;
l_mut_17 = l_213;
}
}
const int l_214 = int(l_181);
const uint l_215 = l_190 + uint(0);
const uint l_216 = uint(l_214);
const uint l_217 = l_216 / uint(32);
const uint l_218 = l_217 * uint(16);
const uint l_219 = l_215 + l_218;
const uint l_220 = l_216 % uint(16);
const uint l_221 = l_219 + l_220;
const uint l_222 = l_216 / uint(16);
const uint l_223 = l_222 % uint(2);
const uint l_224 = l_223 * uint(4);
const uint l_225 = l_221 / uint(4);
const uint l_226 = buffer_0[l_225];
const uint l_227 = l_221 % uint(4);
const uint l_228 = l_227 * uint(8);
const uint l_229 = l_228 + l_224;
const uint l_230 = l_226 >> l_229;
const uint l_231 = l_230 & uint(15);
const int l_232 = int(l_231);
const int l_233 = l_232 - int(8);
const float l_234 = float(l_233);
const float l_235 = l_mut_17 * l_234;
l_mut_54 = l_235;
}
const uint l_236 = l_171 * uint(33);
const uint l_237 = l_236 + l_172;
shared_memory_7[l_237] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_238 = l_3 + l_171;
const bool l_239 = l_238 < l_1;
const bool l_240 = l_173 < info.scalars_uint[2];
const bool l_241 = l_239 && l_240;
if (l_241) {
const uint l_242 = l_238 * info.scalars_uint[2];
const uint l_243 = l_242 + l_173;
const float l_244 = buffer_1[l_243];
l_mut_54 = l_244;
}
const uint l_245 = l_171 * uint(33);
const uint l_246 = l_245 + l_172;
shared_memory_8[l_246] = l_mut_54;
const uint l_247 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_248 = l_247 / uint(32);
const uint l_249 = l_247 % uint(32);
const uint l_250 = l_mut_10 + l_249;
l_mut_54 = float(0.0);
const uint l_251 = l_2 + l_248;
const bool l_252 = l_251 < info.scalars_uint[1];
const bool l_253 = l_250 < info.scalars_uint[2];
const bool l_254 = l_252 && l_253;
if (l_254) {
const uint l_255 = l_251 * l_6;
const uint l_256 = l_250 / uint(32);
const uint l_257 = l_255 + l_256;
const uint l_258 = l_250 % uint(32);
const uint l_259 = l_257 * uint(2);
const uint l_260 = uint(0) + l_259;
const uint l_261 = info.scalars_uint[0] * uint(2);
const uint l_262 = l_261 + uint(3);
const uint l_263 = l_262 / uint(4);
const uint l_264 = l_263 * uint(4);
const uint l_265 = uint(0) + l_264;
const uint l_266 = l_257 * uint(16);
const uint l_267 = l_265 + l_266;
const uint l_268 = l_260 / uint(4);
const uint l_269 = buffer_0[l_268];
const uint l_270 = l_260 % uint(4);
const uint l_271 = l_270 * uint(8);
const uint l_272 = l_269 >> l_271;
const uint l_273 = l_272 & uint(65535);
const uint l_274 = l_273 & uint(32768);
const uint l_275 = l_274 << uint(16);
const uint l_276 = l_273 >> uint(10);
const uint l_277 = l_276 & uint(31);
const uint l_278 = l_273 & uint(1023);
const uint l_279 = l_277 + uint(112);
l_mut_47 = l_279;
const bool l_280 = l_277 == uint(31);
if (l_280) {
l_mut_47 = uint(255);
}
const uint l_281 = l_mut_47 << uint(23);
const uint l_282 = l_275 | l_281;
const uint l_283 = l_278 << uint(13);
const uint l_284 = l_282 | l_283;
const float l_285 = reinterpret_cast<thread float const&>(l_284);
l_mut_17 = l_285;
const bool l_286 = l_277 == uint(0);
if (l_286) {
const float l_287 = float(l_278);
const float l_288 = l_287 * float(5.960464477539063e-8);
const bool l_289 = l_275 == uint(0);
if (l_289) {
l_mut_17 = l_288;
} else {
const float l_290 = -l_288;
l_mut_17 = l_290;
}
}
const int l_291 = int(l_258);
const uint l_292 = l_267 + uint(0);
const uint l_293 = uint(l_291);
const uint l_294 = l_293 / uint(32);
const uint l_295 = l_294 * uint(16);
const uint l_296 = l_292 + l_295;
const uint l_297 = l_293 % uint(16);
const uint l_298 = l_296 + l_297;
const uint l_299 = l_293 / uint(16);
const uint l_300 = l_299 % uint(2);
const uint l_301 = l_300 * uint(4);
const uint l_302 = l_298 / uint(4);
const uint l_303 = buffer_0[l_302];
const uint l_304 = l_298 % uint(4);
const uint l_305 = l_304 * uint(8);
const uint l_306 = l_305 + l_301;
const uint l_307 = l_303 >> l_306;
const uint l_308 = l_307 & uint(15);
const int l_309 = int(l_308);
const int l_310 = l_309 - int(8);
const float l_311 = float(l_310);
const float l_312 = l_mut_17 * l_311;
l_mut_54 = l_312;
}
const uint l_313 = l_248 * uint(33);
const uint l_314 = l_313 + l_249;
shared_memory_7[l_314] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_315 = l_3 + l_248;
const bool l_316 = l_315 < l_1;
const bool l_317 = l_250 < info.scalars_uint[2];
const bool l_318 = l_316 && l_317;
if (l_318) {
const uint l_319 = l_315 * info.scalars_uint[2];
const uint l_320 = l_319 + l_250;
const float l_321 = buffer_1[l_320];
l_mut_54 = l_321;
}
const uint l_322 = l_248 * uint(33);
const uint l_323 = l_322 + l_249;
shared_memory_8[l_323] = l_mut_54;
const uint l_324 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_325 = l_324 / uint(32);
const uint l_326 = l_324 % uint(32);
const uint l_327 = l_mut_10 + l_326;
l_mut_54 = float(0.0);
const uint l_328 = l_2 + l_325;
const bool l_329 = l_328 < info.scalars_uint[1];
const bool l_330 = l_327 < info.scalars_uint[2];
const bool l_331 = l_329 && l_330;
if (l_331) {
const uint l_332 = l_328 * l_6;
const uint l_333 = l_327 / uint(32);
const uint l_334 = l_332 + l_333;
const uint l_335 = l_327 % uint(32);
const uint l_336 = l_334 * uint(2);
const uint l_337 = uint(0) + l_336;
const uint l_338 = info.scalars_uint[0] * uint(2);
const uint l_339 = l_338 + uint(3);
const uint l_340 = l_339 / uint(4);
const uint l_341 = l_340 * uint(4);
const uint l_342 = uint(0) + l_341;
const uint l_343 = l_334 * uint(16);
const uint l_344 = l_342 + l_343;
const uint l_345 = l_337 / uint(4);
const uint l_346 = buffer_0[l_345];
const uint l_347 = l_337 % uint(4);
const uint l_348 = l_347 * uint(8);
const uint l_349 = l_346 >> l_348;
const uint l_350 = l_349 & uint(65535);
const uint l_351 = l_350 & uint(32768);
const uint l_352 = l_351 << uint(16);
const uint l_353 = l_350 >> uint(10);
const uint l_354 = l_353 & uint(31);
const uint l_355 = l_350 & uint(1023);
const uint l_356 = l_354 + uint(112);
l_mut_47 = l_356;
const bool l_357 = l_354 == uint(31);
if (l_357) {
l_mut_47 = uint(255);
}
const uint l_358 = l_mut_47 << uint(23);
const uint l_359 = l_352 | l_358;
const uint l_360 = l_355 << uint(13);
const uint l_361 = l_359 | l_360;
const float l_362 = reinterpret_cast<thread float const&>(l_361);
l_mut_17 = l_362;
const bool l_363 = l_354 == uint(0);
if (l_363) {
const float l_364 = float(l_355);
const float l_365 = l_364 * float(5.960464477539063e-8);
const bool l_366 = l_352 == uint(0);
if (l_366) {
l_mut_17 = l_365;
} else {
const float l_367 = -l_365;
l_mut_17 = l_367;
}
}
const int l_368 = int(l_335);
const uint l_369 = l_344 + uint(0);
const uint l_370 = uint(l_368);
const uint l_371 = l_370 / uint(32);
const uint l_372 = l_371 * uint(16);
const uint l_373 = l_369 + l_372;
const uint l_374 = l_370 % uint(16);
const uint l_375 = l_373 + l_374;
const uint l_376 = l_370 / uint(16);
const uint l_377 = l_376 % uint(2);
const uint l_378 = l_377 * uint(4);
const uint l_379 = l_375 / uint(4);
const uint l_380 = buffer_0[l_379];
const uint l_381 = l_375 % uint(4);
const uint l_382 = l_381 * uint(8);
const uint l_383 = l_382 + l_378;
const uint l_384 = l_380 >> l_383;
const uint l_385 = l_384 & uint(15);
const int l_386 = int(l_385);
const int l_387 = l_386 - int(8);
const float l_388 = float(l_387);
const float l_389 = l_mut_17 * l_388;
l_mut_54 = l_389;
}
const uint l_390 = l_325 * uint(33);
const uint l_391 = l_390 + l_326;
shared_memory_7[l_391] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_392 = l_3 + l_325;
const bool l_393 = l_392 < l_1;
const bool l_394 = l_327 < info.scalars_uint[2];
const bool l_395 = l_393 && l_394;
if (l_395) {
const uint l_396 = l_392 * info.scalars_uint[2];
const uint l_397 = l_396 + l_327;
const float l_398 = buffer_1[l_397];
l_mut_54 = l_398;
}
const uint l_399 = l_325 * uint(33);
const uint l_400 = l_399 + l_326;
shared_memory_8[l_400] = l_mut_54;
const uint l_401 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_402 = l_401 / uint(32);
const uint l_403 = l_401 % uint(32);
const uint l_404 = l_mut_10 + l_403;
l_mut_54 = float(0.0);
const uint l_405 = l_2 + l_402;
const bool l_406 = l_405 < info.scalars_uint[1];
const bool l_407 = l_404 < info.scalars_uint[2];
const bool l_408 = l_406 && l_407;
if (l_408) {
const uint l_409 = l_405 * l_6;
const uint l_410 = l_404 / uint(32);
const uint l_411 = l_409 + l_410;
const uint l_412 = l_404 % uint(32);
const uint l_413 = l_411 * uint(2);
const uint l_414 = uint(0) + l_413;
const uint l_415 = info.scalars_uint[0] * uint(2);
const uint l_416 = l_415 + uint(3);
const uint l_417 = l_416 / uint(4);
const uint l_418 = l_417 * uint(4);
const uint l_419 = uint(0) + l_418;
const uint l_420 = l_411 * uint(16);
const uint l_421 = l_419 + l_420;
const uint l_422 = l_414 / uint(4);
const uint l_423 = buffer_0[l_422];
const uint l_424 = l_414 % uint(4);
const uint l_425 = l_424 * uint(8);
const uint l_426 = l_423 >> l_425;
const uint l_427 = l_426 & uint(65535);
const uint l_428 = l_427 & uint(32768);
const uint l_429 = l_428 << uint(16);
const uint l_430 = l_427 >> uint(10);
const uint l_431 = l_430 & uint(31);
const uint l_432 = l_427 & uint(1023);
const uint l_433 = l_431 + uint(112);
l_mut_47 = l_433;
const bool l_434 = l_431 == uint(31);
if (l_434) {
l_mut_47 = uint(255);
}
const uint l_435 = l_mut_47 << uint(23);
const uint l_436 = l_429 | l_435;
const uint l_437 = l_432 << uint(13);
const uint l_438 = l_436 | l_437;
const float l_439 = reinterpret_cast<thread float const&>(l_438);
l_mut_17 = l_439;
const bool l_440 = l_431 == uint(0);
if (l_440) {
const float l_441 = float(l_432);
const float l_442 = l_441 * float(5.960464477539063e-8);
const bool l_443 = l_429 == uint(0);
if (l_443) {
l_mut_17 = l_442;
} else {
const float l_444 = -l_442;
l_mut_17 = l_444;
}
}
const int l_445 = int(l_412);
const uint l_446 = l_421 + uint(0);
const uint l_447 = uint(l_445);
const uint l_448 = l_447 / uint(32);
const uint l_449 = l_448 * uint(16);
const uint l_450 = l_446 + l_449;
const uint l_451 = l_447 % uint(16);
const uint l_452 = l_450 + l_451;
const uint l_453 = l_447 / uint(16);
const uint l_454 = l_453 % uint(2);
const uint l_455 = l_454 * uint(4);
const uint l_456 = l_452 / uint(4);
const uint l_457 = buffer_0[l_456];
const uint l_458 = l_452 % uint(4);
const uint l_459 = l_458 * uint(8);
const uint l_460 = l_459 + l_455;
const uint l_461 = l_457 >> l_460;
const uint l_462 = l_461 & uint(15);
const int l_463 = int(l_462);
const int l_464 = l_463 - int(8);
const float l_465 = float(l_464);
const float l_466 = l_mut_17 * l_465;
l_mut_54 = l_466;
}
const uint l_467 = l_402 * uint(33);
const uint l_468 = l_467 + l_403;
shared_memory_7[l_468] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_469 = l_3 + l_402;
const bool l_470 = l_469 < l_1;
const bool l_471 = l_404 < info.scalars_uint[2];
const bool l_472 = l_470 && l_471;
if (l_472) {
const uint l_473 = l_469 * info.scalars_uint[2];
const uint l_474 = l_473 + l_404;
const float l_475 = buffer_1[l_474];
l_mut_54 = l_475;
}
const uint l_476 = l_402 * uint(33);
const uint l_477 = l_476 + l_403;
shared_memory_8[l_477] = l_mut_54;
const uint l_478 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_479 = l_478 / uint(32);
const uint l_480 = l_478 % uint(32);
const uint l_481 = l_mut_10 + l_480;
l_mut_54 = float(0.0);
const uint l_482 = l_2 + l_479;
const bool l_483 = l_482 < info.scalars_uint[1];
const bool l_484 = l_481 < info.scalars_uint[2];
const bool l_485 = l_483 && l_484;
if (l_485) {
const uint l_486 = l_482 * l_6;
const uint l_487 = l_481 / uint(32);
const uint l_488 = l_486 + l_487;
const uint l_489 = l_481 % uint(32);
const uint l_490 = l_488 * uint(2);
const uint l_491 = uint(0) + l_490;
const uint l_492 = info.scalars_uint[0] * uint(2);
const uint l_493 = l_492 + uint(3);
const uint l_494 = l_493 / uint(4);
const uint l_495 = l_494 * uint(4);
const uint l_496 = uint(0) + l_495;
const uint l_497 = l_488 * uint(16);
const uint l_498 = l_496 + l_497;
const uint l_499 = l_491 / uint(4);
const uint l_500 = buffer_0[l_499];
const uint l_501 = l_491 % uint(4);
const uint l_502 = l_501 * uint(8);
const uint l_503 = l_500 >> l_502;
const uint l_504 = l_503 & uint(65535);
const uint l_505 = l_504 & uint(32768);
const uint l_506 = l_505 << uint(16);
const uint l_507 = l_504 >> uint(10);
const uint l_508 = l_507 & uint(31);
const uint l_509 = l_504 & uint(1023);
const uint l_510 = l_508 + uint(112);
l_mut_47 = l_510;
const bool l_511 = l_508 == uint(31);
if (l_511) {
l_mut_47 = uint(255);
}
const uint l_512 = l_mut_47 << uint(23);
const uint l_513 = l_506 | l_512;
const uint l_514 = l_509 << uint(13);
const uint l_515 = l_513 | l_514;
const float l_516 = reinterpret_cast<thread float const&>(l_515);
l_mut_17 = l_516;
const bool l_517 = l_508 == uint(0);
if (l_517) {
const float l_518 = float(l_509);
const float l_519 = l_518 * float(5.960464477539063e-8);
const bool l_520 = l_506 == uint(0);
if (l_520) {
l_mut_17 = l_519;
} else {
const float l_521 = -l_519;
l_mut_17 = l_521;
}
}
const int l_522 = int(l_489);
const uint l_523 = l_498 + uint(0);
const uint l_524 = uint(l_522);
const uint l_525 = l_524 / uint(32);
const uint l_526 = l_525 * uint(16);
const uint l_527 = l_523 + l_526;
const uint l_528 = l_524 % uint(16);
const uint l_529 = l_527 + l_528;
const uint l_530 = l_524 / uint(16);
const uint l_531 = l_530 % uint(2);
const uint l_532 = l_531 * uint(4);
const uint l_533 = l_529 / uint(4);
const uint l_534 = buffer_0[l_533];
const uint l_535 = l_529 % uint(4);
const uint l_536 = l_535 * uint(8);
const uint l_537 = l_536 + l_532;
const uint l_538 = l_534 >> l_537;
const uint l_539 = l_538 & uint(15);
const int l_540 = int(l_539);
const int l_541 = l_540 - int(8);
const float l_542 = float(l_541);
const float l_543 = l_mut_17 * l_542;
l_mut_54 = l_543;
}
const uint l_544 = l_479 * uint(33);
const uint l_545 = l_544 + l_480;
shared_memory_7[l_545] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_546 = l_3 + l_479;
const bool l_547 = l_546 < l_1;
const bool l_548 = l_481 < info.scalars_uint[2];
const bool l_549 = l_547 && l_548;
if (l_549) {
const uint l_550 = l_546 * info.scalars_uint[2];
const uint l_551 = l_550 + l_481;
const float l_552 = buffer_1[l_551];
l_mut_54 = l_552;
}
const uint l_553 = l_479 * uint(33);
const uint l_554 = l_553 + l_480;
shared_memory_8[l_554] = l_mut_54;
const uint l_555 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_556 = l_555 / uint(32);
const uint l_557 = l_555 % uint(32);
const uint l_558 = l_mut_10 + l_557;
l_mut_54 = float(0.0);
const uint l_559 = l_2 + l_556;
const bool l_560 = l_559 < info.scalars_uint[1];
const bool l_561 = l_558 < info.scalars_uint[2];
const bool l_562 = l_560 && l_561;
if (l_562) {
const uint l_563 = l_559 * l_6;
const uint l_564 = l_558 / uint(32);
const uint l_565 = l_563 + l_564;
const uint l_566 = l_558 % uint(32);
const uint l_567 = l_565 * uint(2);
const uint l_568 = uint(0) + l_567;
const uint l_569 = info.scalars_uint[0] * uint(2);
const uint l_570 = l_569 + uint(3);
const uint l_571 = l_570 / uint(4);
const uint l_572 = l_571 * uint(4);
const uint l_573 = uint(0) + l_572;
const uint l_574 = l_565 * uint(16);
const uint l_575 = l_573 + l_574;
const uint l_576 = l_568 / uint(4);
const uint l_577 = buffer_0[l_576];
const uint l_578 = l_568 % uint(4);
const uint l_579 = l_578 * uint(8);
const uint l_580 = l_577 >> l_579;
const uint l_581 = l_580 & uint(65535);
const uint l_582 = l_581 & uint(32768);
const uint l_583 = l_582 << uint(16);
const uint l_584 = l_581 >> uint(10);
const uint l_585 = l_584 & uint(31);
const uint l_586 = l_581 & uint(1023);
const uint l_587 = l_585 + uint(112);
l_mut_47 = l_587;
const bool l_588 = l_585 == uint(31);
if (l_588) {
l_mut_47 = uint(255);
}
const uint l_589 = l_mut_47 << uint(23);
const uint l_590 = l_583 | l_589;
const uint l_591 = l_586 << uint(13);
const uint l_592 = l_590 | l_591;
const float l_593 = reinterpret_cast<thread float const&>(l_592);
l_mut_17 = l_593;
const bool l_594 = l_585 == uint(0);
if (l_594) {
const float l_595 = float(l_586);
const float l_596 = l_595 * float(5.960464477539063e-8);
const bool l_597 = l_583 == uint(0);
if (l_597) {
l_mut_17 = l_596;
} else {
const float l_598 = -l_596;
l_mut_17 = l_598;
}
}
const int l_599 = int(l_566);
const uint l_600 = l_575 + uint(0);
const uint l_601 = uint(l_599);
const uint l_602 = l_601 / uint(32);
const uint l_603 = l_602 * uint(16);
const uint l_604 = l_600 + l_603;
const uint l_605 = l_601 % uint(16);
const uint l_606 = l_604 + l_605;
const uint l_607 = l_601 / uint(16);
const uint l_608 = l_607 % uint(2);
const uint l_609 = l_608 * uint(4);
const uint l_610 = l_606 / uint(4);
const uint l_611 = buffer_0[l_610];
const uint l_612 = l_606 % uint(4);
const uint l_613 = l_612 * uint(8);
const uint l_614 = l_613 + l_609;
const uint l_615 = l_611 >> l_614;
const uint l_616 = l_615 & uint(15);
const int l_617 = int(l_616);
const int l_618 = l_617 - int(8);
const float l_619 = float(l_618);
const float l_620 = l_mut_17 * l_619;
l_mut_54 = l_620;
}
const uint l_621 = l_556 * uint(33);
const uint l_622 = l_621 + l_557;
shared_memory_7[l_622] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_623 = l_3 + l_556;
const bool l_624 = l_623 < l_1;
const bool l_625 = l_558 < info.scalars_uint[2];
const bool l_626 = l_624 && l_625;
if (l_626) {
const uint l_627 = l_623 * info.scalars_uint[2];
const uint l_628 = l_627 + l_558;
const float l_629 = buffer_1[l_628];
l_mut_54 = l_629;
}
const uint l_630 = l_556 * uint(33);
const uint l_631 = l_630 + l_557;
shared_memory_8[l_631] = l_mut_54;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_632 = uint(0); l_mut_632 < uint(32); ++l_mut_632) {
const uint l_635 = l_4 + uint(0);
const uint l_636 = l_635 * uint(33);
const uint l_637 = l_636 + l_mut_632;
const float l_638 = shared_memory_8[l_637];
l_arr_633[uint(0)] = l_638;
const uint l_639 = l_5 + uint(0);
const uint l_640 = l_639 * uint(33);
const uint l_641 = l_640 + l_mut_632;
const float l_642 = shared_memory_7[l_641];
l_arr_634[uint(0)] = l_642;
const uint l_643 = l_4 + uint(16);
const uint l_644 = l_643 * uint(33);
const uint l_645 = l_644 + l_mut_632;
const float l_646 = shared_memory_8[l_645];
l_arr_633[uint(1)] = l_646;
const uint l_647 = l_5 + uint(16);
const uint l_648 = l_647 * uint(33);
const uint l_649 = l_648 + l_mut_632;
const float l_650 = shared_memory_7[l_649];
l_arr_634[uint(1)] = l_650;
const uint l_651 = l_4 + uint(32);
const uint l_652 = l_651 * uint(33);
const uint l_653 = l_652 + l_mut_632;
const float l_654 = shared_memory_8[l_653];
l_arr_633[uint(2)] = l_654;
const uint l_655 = l_5 + uint(32);
const uint l_656 = l_655 * uint(33);
const uint l_657 = l_656 + l_mut_632;
const float l_658 = shared_memory_7[l_657];
l_arr_634[uint(2)] = l_658;
const uint l_659 = l_4 + uint(48);
const uint l_660 = l_659 * uint(33);
const uint l_661 = l_660 + l_mut_632;
const float l_662 = shared_memory_8[l_661];
l_arr_633[uint(3)] = l_662;
const uint l_663 = l_5 + uint(48);
const uint l_664 = l_663 * uint(33);
const uint l_665 = l_664 + l_mut_632;
const float l_666 = shared_memory_7[l_665];
l_arr_634[uint(3)] = l_666;
const float l_667 = l_arr_633[uint(0)];
const float l_668 = l_arr_634[uint(0)];
const float l_669 = l_667 * l_668;
const float l_670 = l_arr_9[uint(0)];
const float l_671 = l_670 + l_669;
l_arr_9[uint(0)] = l_671;
const float l_672 = l_arr_633[uint(0)];
const float l_673 = l_arr_634[uint(1)];
const float l_674 = l_672 * l_673;
const float l_675 = l_arr_9[uint(1)];
const float l_676 = l_675 + l_674;
l_arr_9[uint(1)] = l_676;
const float l_677 = l_arr_633[uint(0)];
const float l_678 = l_arr_634[uint(2)];
const float l_679 = l_677 * l_678;
const float l_680 = l_arr_9[uint(2)];
const float l_681 = l_680 + l_679;
l_arr_9[uint(2)] = l_681;
const float l_682 = l_arr_633[uint(0)];
const float l_683 = l_arr_634[uint(3)];
const float l_684 = l_682 * l_683;
const float l_685 = l_arr_9[uint(3)];
const float l_686 = l_685 + l_684;
l_arr_9[uint(3)] = l_686;
const float l_687 = l_arr_633[uint(1)];
const float l_688 = l_arr_634[uint(0)];
const float l_689 = l_687 * l_688;
const float l_690 = l_arr_9[uint(4)];
const float l_691 = l_690 + l_689;
l_arr_9[uint(4)] = l_691;
const float l_692 = l_arr_633[uint(1)];
const float l_693 = l_arr_634[uint(1)];
const float l_694 = l_692 * l_693;
const float l_695 = l_arr_9[uint(5)];
const float l_696 = l_695 + l_694;
l_arr_9[uint(5)] = l_696;
const float l_697 = l_arr_633[uint(1)];
const float l_698 = l_arr_634[uint(2)];
const float l_699 = l_697 * l_698;
const float l_700 = l_arr_9[uint(6)];
const float l_701 = l_700 + l_699;
l_arr_9[uint(6)] = l_701;
const float l_702 = l_arr_633[uint(1)];
const float l_703 = l_arr_634[uint(3)];
const float l_704 = l_702 * l_703;
const float l_705 = l_arr_9[uint(7)];
const float l_706 = l_705 + l_704;
l_arr_9[uint(7)] = l_706;
const float l_707 = l_arr_633[uint(2)];
const float l_708 = l_arr_634[uint(0)];
const float l_709 = l_707 * l_708;
const float l_710 = l_arr_9[uint(8)];
const float l_711 = l_710 + l_709;
l_arr_9[uint(8)] = l_711;
const float l_712 = l_arr_633[uint(2)];
const float l_713 = l_arr_634[uint(1)];
const float l_714 = l_712 * l_713;
const float l_715 = l_arr_9[uint(9)];
const float l_716 = l_715 + l_714;
l_arr_9[uint(9)] = l_716;
const float l_717 = l_arr_633[uint(2)];
const float l_718 = l_arr_634[uint(2)];
const float l_719 = l_717 * l_718;
const float l_720 = l_arr_9[uint(10)];
const float l_721 = l_720 + l_719;
l_arr_9[uint(10)] = l_721;
const float l_722 = l_arr_633[uint(2)];
const float l_723 = l_arr_634[uint(3)];
const float l_724 = l_722 * l_723;
const float l_725 = l_arr_9[uint(11)];
const float l_726 = l_725 + l_724;
l_arr_9[uint(11)] = l_726;
const float l_727 = l_arr_633[uint(3)];
const float l_728 = l_arr_634[uint(0)];
const float l_729 = l_727 * l_728;
const float l_730 = l_arr_9[uint(12)];
const float l_731 = l_730 + l_729;
l_arr_9[uint(12)] = l_731;
const float l_732 = l_arr_633[uint(3)];
const float l_733 = l_arr_634[uint(1)];
const float l_734 = l_732 * l_733;
const float l_735 = l_arr_9[uint(13)];
const float l_736 = l_735 + l_734;
l_arr_9[uint(13)] = l_736;
const float l_737 = l_arr_633[uint(3)];
const float l_738 = l_arr_634[uint(2)];
const float l_739 = l_737 * l_738;
const float l_740 = l_arr_9[uint(14)];
const float l_741 = l_740 + l_739;
l_arr_9[uint(14)] = l_741;
const float l_742 = l_arr_633[uint(3)];
const float l_743 = l_arr_634[uint(3)];
const float l_744 = l_742 * l_743;
const float l_745 = l_arr_9[uint(15)];
const float l_746 = l_745 + l_744;
l_arr_9[uint(15)] = l_746;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_747 = l_3 + l_4;
const uint l_748 = l_747 + uint(0);
const uint l_749 = l_2 + l_5;
const uint l_750 = l_749 + uint(0);
const bool l_751 = l_748 < l_1;
const bool l_752 = l_750 < info.scalars_uint[1];
const bool l_753 = l_751 && l_752;
if (l_753) {
const uint l_754 = l_748 * info.scalars_uint[1];
const uint l_755 = l_754 + l_750;
const float l_756 = l_arr_9[uint(0)];
buffer_2[l_755] = l_756;
}
const uint l_757 = l_3 + l_4;
const uint l_758 = l_757 + uint(0);
const uint l_759 = l_2 + l_5;
const uint l_760 = l_759 + uint(16);
const bool l_761 = l_758 < l_1;
const bool l_762 = l_760 < info.scalars_uint[1];
const bool l_763 = l_761 && l_762;
if (l_763) {
const uint l_764 = l_758 * info.scalars_uint[1];
const uint l_765 = l_764 + l_760;
const float l_766 = l_arr_9[uint(1)];
buffer_2[l_765] = l_766;
}
const uint l_767 = l_3 + l_4;
const uint l_768 = l_767 + uint(0);
const uint l_769 = l_2 + l_5;
const uint l_770 = l_769 + uint(32);
const bool l_771 = l_768 < l_1;
const bool l_772 = l_770 < info.scalars_uint[1];
const bool l_773 = l_771 && l_772;
if (l_773) {
const uint l_774 = l_768 * info.scalars_uint[1];
const uint l_775 = l_774 + l_770;
const float l_776 = l_arr_9[uint(2)];
buffer_2[l_775] = l_776;
}
const uint l_777 = l_3 + l_4;
const uint l_778 = l_777 + uint(0);
const uint l_779 = l_2 + l_5;
const uint l_780 = l_779 + uint(48);
const bool l_781 = l_778 < l_1;
const bool l_782 = l_780 < info.scalars_uint[1];
const bool l_783 = l_781 && l_782;
if (l_783) {
const uint l_784 = l_778 * info.scalars_uint[1];
const uint l_785 = l_784 + l_780;
const float l_786 = l_arr_9[uint(3)];
buffer_2[l_785] = l_786;
}
const uint l_787 = l_3 + l_4;
const uint l_788 = l_787 + uint(16);
const uint l_789 = l_2 + l_5;
const uint l_790 = l_789 + uint(0);
const bool l_791 = l_788 < l_1;
const bool l_792 = l_790 < info.scalars_uint[1];
const bool l_793 = l_791 && l_792;
if (l_793) {
const uint l_794 = l_788 * info.scalars_uint[1];
const uint l_795 = l_794 + l_790;
const float l_796 = l_arr_9[uint(4)];
buffer_2[l_795] = l_796;
}
const uint l_797 = l_3 + l_4;
const uint l_798 = l_797 + uint(16);
const uint l_799 = l_2 + l_5;
const uint l_800 = l_799 + uint(16);
const bool l_801 = l_798 < l_1;
const bool l_802 = l_800 < info.scalars_uint[1];
const bool l_803 = l_801 && l_802;
if (l_803) {
const uint l_804 = l_798 * info.scalars_uint[1];
const uint l_805 = l_804 + l_800;
const float l_806 = l_arr_9[uint(5)];
buffer_2[l_805] = l_806;
}
const uint l_807 = l_3 + l_4;
const uint l_808 = l_807 + uint(16);
const uint l_809 = l_2 + l_5;
const uint l_810 = l_809 + uint(32);
const bool l_811 = l_808 < l_1;
const bool l_812 = l_810 < info.scalars_uint[1];
const bool l_813 = l_811 && l_812;
if (l_813) {
const uint l_814 = l_808 * info.scalars_uint[1];
const uint l_815 = l_814 + l_810;
const float l_816 = l_arr_9[uint(6)];
buffer_2[l_815] = l_816;
}
const uint l_817 = l_3 + l_4;
const uint l_818 = l_817 + uint(16);
const uint l_819 = l_2 + l_5;
const uint l_820 = l_819 + uint(48);
const bool l_821 = l_818 < l_1;
const bool l_822 = l_820 < info.scalars_uint[1];
const bool l_823 = l_821 && l_822;
if (l_823) {
const uint l_824 = l_818 * info.scalars_uint[1];
const uint l_825 = l_824 + l_820;
const float l_826 = l_arr_9[uint(7)];
buffer_2[l_825] = l_826;
}
const uint l_827 = l_3 + l_4;
const uint l_828 = l_827 + uint(32);
const uint l_829 = l_2 + l_5;
const uint l_830 = l_829 + uint(0);
const bool l_831 = l_828 < l_1;
const bool l_832 = l_830 < info.scalars_uint[1];
const bool l_833 = l_831 && l_832;
if (l_833) {
const uint l_834 = l_828 * info.scalars_uint[1];
const uint l_835 = l_834 + l_830;
const float l_836 = l_arr_9[uint(8)];
buffer_2[l_835] = l_836;
}
const uint l_837 = l_3 + l_4;
const uint l_838 = l_837 + uint(32);
const uint l_839 = l_2 + l_5;
const uint l_840 = l_839 + uint(16);
const bool l_841 = l_838 < l_1;
const bool l_842 = l_840 < info.scalars_uint[1];
const bool l_843 = l_841 && l_842;
if (l_843) {
const uint l_844 = l_838 * info.scalars_uint[1];
const uint l_845 = l_844 + l_840;
const float l_846 = l_arr_9[uint(9)];
buffer_2[l_845] = l_846;
}
const uint l_847 = l_3 + l_4;
const uint l_848 = l_847 + uint(32);
const uint l_849 = l_2 + l_5;
const uint l_850 = l_849 + uint(32);
const bool l_851 = l_848 < l_1;
const bool l_852 = l_850 < info.scalars_uint[1];
const bool l_853 = l_851 && l_852;
if (l_853) {
const uint l_854 = l_848 * info.scalars_uint[1];
const uint l_855 = l_854 + l_850;
const float l_856 = l_arr_9[uint(10)];
buffer_2[l_855] = l_856;
}
const uint l_857 = l_3 + l_4;
const uint l_858 = l_857 + uint(32);
const uint l_859 = l_2 + l_5;
const uint l_860 = l_859 + uint(48);
const bool l_861 = l_858 < l_1;
const bool l_862 = l_860 < info.scalars_uint[1];
const bool l_863 = l_861 && l_862;
if (l_863) {
const uint l_864 = l_858 * info.scalars_uint[1];
const uint l_865 = l_864 + l_860;
const float l_866 = l_arr_9[uint(11)];
buffer_2[l_865] = l_866;
}
const uint l_867 = l_3 + l_4;
const uint l_868 = l_867 + uint(48);
const uint l_869 = l_2 + l_5;
const uint l_870 = l_869 + uint(0);
const bool l_871 = l_868 < l_1;
const bool l_872 = l_870 < info.scalars_uint[1];
const bool l_873 = l_871 && l_872;
if (l_873) {
const uint l_874 = l_868 * info.scalars_uint[1];
const uint l_875 = l_874 + l_870;
const float l_876 = l_arr_9[uint(12)];
buffer_2[l_875] = l_876;
}
const uint l_877 = l_3 + l_4;
const uint l_878 = l_877 + uint(48);
const uint l_879 = l_2 + l_5;
const uint l_880 = l_879 + uint(16);
const bool l_881 = l_878 < l_1;
const bool l_882 = l_880 < info.scalars_uint[1];
const bool l_883 = l_881 && l_882;
if (l_883) {
const uint l_884 = l_878 * info.scalars_uint[1];
const uint l_885 = l_884 + l_880;
const float l_886 = l_arr_9[uint(13)];
buffer_2[l_885] = l_886;
}
const uint l_887 = l_3 + l_4;
const uint l_888 = l_887 + uint(48);
const uint l_889 = l_2 + l_5;
const uint l_890 = l_889 + uint(32);
const bool l_891 = l_888 < l_1;
const bool l_892 = l_890 < info.scalars_uint[1];
const bool l_893 = l_891 && l_892;
if (l_893) {
const uint l_894 = l_888 * info.scalars_uint[1];
const uint l_895 = l_894 + l_890;
const float l_896 = l_arr_9[uint(14)];
buffer_2[l_895] = l_896;
}
const uint l_897 = l_3 + l_4;
const uint l_898 = l_897 + uint(48);
const uint l_899 = l_2 + l_5;
const uint l_900 = l_899 + uint(48);
const bool l_901 = l_898 < l_1;
const bool l_902 = l_900 < info.scalars_uint[1];
const bool l_903 = l_901 && l_902;
if (l_903) {
const uint l_904 = l_898 * info.scalars_uint[1];
const uint l_905 = l_904 + l_900;
const float l_906 = l_arr_9[uint(15)];
buffer_2[l_905] = l_906;
}

}
