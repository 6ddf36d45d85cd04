
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

float l_arr_649[4];

float l_arr_650[4];

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
const uint l_33 = l_24 * uint(32);
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
const uint l_63 = l_62 / uint(1);
const uint l_64 = l_63 * uint(1);
const uint l_65 = l_61 + l_64;
const uint l_66 = l_62 % uint(1);
const uint l_67 = l_65 + l_66;
const uint l_68 = l_62 / uint(1);
const uint l_69 = l_68 % uint(1);
const uint l_70 = l_69 * uint(8);
const uint l_71 = l_67 / uint(4);
const uint l_72 = buffer_0[l_71];
const uint l_73 = l_67 % uint(4);
const uint l_74 = l_73 * uint(8);
const uint l_75 = l_74 + l_70;
const uint l_76 = l_72 >> l_75;
const uint l_77 = l_76 & uint(255);
const int l_78 = int(l_77);
const int l_79 = l_78 ^ int(128);
const int l_80 = l_79 - int(128);
const float l_81 = float(l_80);
const float l_82 = l_mut_54 * l_81;
l_mut_17 = l_82;
}
const uint l_83 = l_14 * uint(33);
const uint l_84 = l_83 + l_15;
shared_memory_7[l_84] = l_mut_17;
l_mut_54 = float(0.0);
const uint l_85 = l_3 + l_14;
const bool l_86 = l_85 < l_1;
const bool l_87 = l_16 < info.scalars_uint[2];
const bool l_88 = l_86 && l_87;
if (l_88) {
const uint l_89 = l_85 * info.scalars_uint[2];
const uint l_90 = l_89 + l_16;
const half l_91 = buffer_1[l_90];
const float l_92 = float(l_91);
l_mut_54 = l_92;
}
const uint l_93 = l_14 * uint(33);
const uint l_94 = l_93 + l_15;
shared_memory_8[l_94] = l_mut_54;
const uint l_95 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_96 = l_95 / uint(32);
const uint l_97 = l_95 % uint(32);
const uint l_98 = l_mut_10 + l_97;
l_mut_54 = float(0.0);
const uint l_99 = l_2 + l_96;
const bool l_100 = l_99 < info.scalars_uint[1];
const bool l_101 = l_98 < info.scalars_uint[2];
const bool l_102 = l_100 && l_101;
if (l_102) {
const uint l_103 = l_99 * l_6;
const uint l_104 = l_98 / uint(32);
const uint l_105 = l_103 + l_104;
const uint l_106 = l_98 % uint(32);
const uint l_107 = l_105 * uint(2);
const uint l_108 = uint(0) + l_107;
const uint l_109 = info.scalars_uint[0] * uint(2);
const uint l_110 = l_109 + uint(3);
const uint l_111 = l_110 / uint(4);
const uint l_112 = l_111 * uint(4);
const uint l_113 = uint(0) + l_112;
const uint l_114 = l_105 * uint(32);
const uint l_115 = l_113 + l_114;
const uint l_116 = l_108 / uint(4);
const uint l_117 = buffer_0[l_116];
const uint l_118 = l_108 % uint(4);
const uint l_119 = l_118 * uint(8);
const uint l_120 = l_117 >> l_119;
const uint l_121 = l_120 & uint(65535);
const uint l_122 = l_121 & uint(32768);
const uint l_123 = l_122 << uint(16);
const uint l_124 = l_121 >> uint(10);
const uint l_125 = l_124 & uint(31);
const uint l_126 = l_121 & uint(1023);
const uint l_127 = l_125 + uint(112);
l_mut_47 = l_127;
const bool l_128 = l_125 == uint(31);
if (l_128) {
l_mut_47 = uint(255);
}
const uint l_129 = l_mut_47 << uint(23);
const uint l_130 = l_123 | l_129;
const uint l_131 = l_126 << uint(13);
const uint l_132 = l_130 | l_131;
const float l_133 = reinterpret_cast<thread float const&>(l_132);
l_mut_17 = l_133;
const bool l_134 = l_125 == uint(0);
if (l_134) {
const float l_135 = float(l_126);
const float l_136 = l_135 * float(5.960464477539063e-8);
const bool l_137 = l_123 == uint(0);
if (l_137) {
l_mut_17 = l_136;
} else {
const float l_138 = -l_136;
l_mut_17 = l_138;
}
}
const int l_139 = int(l_106);
const uint l_140 = l_115 + uint(0);
const uint l_141 = uint(l_139);
const uint l_142 = l_141 / uint(1);
const uint l_143 = l_142 * uint(1);
const uint l_144 = l_140 + l_143;
const uint l_145 = l_141 % uint(1);
const uint l_146 = l_144 + l_145;
const uint l_147 = l_141 / uint(1);
const uint l_148 = l_147 % uint(1);
const uint l_149 = l_148 * uint(8);
const uint l_150 = l_146 / uint(4);
const uint l_151 = buffer_0[l_150];
const uint l_152 = l_146 % uint(4);
const uint l_153 = l_152 * uint(8);
const uint l_154 = l_153 + l_149;
const uint l_155 = l_151 >> l_154;
const uint l_156 = l_155 & uint(255);
const int l_157 = int(l_156);
const int l_158 = l_157 ^ int(128);
const int l_159 = l_158 - int(128);
const float l_160 = float(l_159);
const float l_161 = l_mut_17 * l_160;
l_mut_54 = l_161;
}
const uint l_162 = l_96 * uint(33);
const uint l_163 = l_162 + l_97;
shared_memory_7[l_163] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_164 = l_3 + l_96;
const bool l_165 = l_164 < l_1;
const bool l_166 = l_98 < info.scalars_uint[2];
const bool l_167 = l_165 && l_166;
if (l_167) {
const uint l_168 = l_164 * info.scalars_uint[2];
const uint l_169 = l_168 + l_98;
const half l_170 = buffer_1[l_169];
const float l_171 = float(l_170);
l_mut_54 = l_171;
}
const uint l_172 = l_96 * uint(33);
const uint l_173 = l_172 + l_97;
shared_memory_8[l_173] = l_mut_54;
const uint l_174 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_175 = l_174 / uint(32);
const uint l_176 = l_174 % uint(32);
const uint l_177 = l_mut_10 + l_176;
l_mut_54 = float(0.0);
const uint l_178 = l_2 + l_175;
const bool l_179 = l_178 < info.scalars_uint[1];
const bool l_180 = l_177 < info.scalars_uint[2];
const bool l_181 = l_179 && l_180;
if (l_181) {
const uint l_182 = l_178 * l_6;
const uint l_183 = l_177 / uint(32);
const uint l_184 = l_182 + l_183;
const uint l_185 = l_177 % uint(32);
const uint l_186 = l_184 * uint(2);
const uint l_187 = uint(0) + l_186;
const uint l_188 = info.scalars_uint[0] * uint(2);
const uint l_189 = l_188 + uint(3);
const uint l_190 = l_189 / uint(4);
const uint l_191 = l_190 * uint(4);
const uint l_192 = uint(0) + l_191;
const uint l_193 = l_184 * uint(32);
const uint l_194 = l_192 + l_193;
const uint l_195 = l_187 / uint(4);
const uint l_196 = buffer_0[l_195];
const uint l_197 = l_187 % uint(4);
const uint l_198 = l_197 * uint(8);
const uint l_199 = l_196 >> l_198;
const uint l_200 = l_199 & uint(65535);
const uint l_201 = l_200 & uint(32768);
const uint l_202 = l_201 << uint(16);
const uint l_203 = l_200 >> uint(10);
const uint l_204 = l_203 & uint(31);
const uint l_205 = l_200 & uint(1023);
const uint l_206 = l_204 + uint(112);
l_mut_47 = l_206;
const bool l_207 = l_204 == uint(31);
if (l_207) {
l_mut_47 = uint(255);
}
const uint l_208 = l_mut_47 << uint(23);
const uint l_209 = l_202 | l_208;
const uint l_210 = l_205 << uint(13);
const uint l_211 = l_209 | l_210;
const float l_212 = reinterpret_cast<thread float const&>(l_211);
l_mut_17 = l_212;
const bool l_213 = l_204 == uint(0);
if (l_213) {
const float l_214 = float(l_205);
const float l_215 = l_214 * float(5.960464477539063e-8);
const bool l_216 = l_202 == uint(0);
if (l_216) {
l_mut_17 = l_215;
} else {
const float l_217 = -l_215;
l_mut_17 = l_217;
}
}
const int l_218 = int(l_185);
const uint l_219 = l_194 + uint(0);
const uint l_220 = uint(l_218);
const uint l_221 = l_220 / uint(1);
const uint l_222 = l_221 * uint(1);
const uint l_223 = l_219 + l_222;
const uint l_224 = l_220 % uint(1);
const uint l_225 = l_223 + l_224;
const uint l_226 = l_220 / uint(1);
const uint l_227 = l_226 % uint(1);
const uint l_228 = l_227 * uint(8);
const uint l_229 = l_225 / uint(4);
const uint l_230 = buffer_0[l_229];
const uint l_231 = l_225 % uint(4);
const uint l_232 = l_231 * uint(8);
const uint l_233 = l_232 + l_228;
const uint l_234 = l_230 >> l_233;
const uint l_235 = l_234 & uint(255);
const int l_236 = int(l_235);
const int l_237 = l_236 ^ int(128);
const int l_238 = l_237 - int(128);
const float l_239 = float(l_238);
const float l_240 = l_mut_17 * l_239;
l_mut_54 = l_240;
}
const uint l_241 = l_175 * uint(33);
const uint l_242 = l_241 + l_176;
shared_memory_7[l_242] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_243 = l_3 + l_175;
const bool l_244 = l_243 < l_1;
const bool l_245 = l_177 < info.scalars_uint[2];
const bool l_246 = l_244 && l_245;
if (l_246) {
const uint l_247 = l_243 * info.scalars_uint[2];
const uint l_248 = l_247 + l_177;
const half l_249 = buffer_1[l_248];
const float l_250 = float(l_249);
l_mut_54 = l_250;
}
const uint l_251 = l_175 * uint(33);
const uint l_252 = l_251 + l_176;
shared_memory_8[l_252] = l_mut_54;
const uint l_253 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_254 = l_253 / uint(32);
const uint l_255 = l_253 % uint(32);
const uint l_256 = l_mut_10 + l_255;
l_mut_54 = float(0.0);
const uint l_257 = l_2 + l_254;
const bool l_258 = l_257 < info.scalars_uint[1];
const bool l_259 = l_256 < info.scalars_uint[2];
const bool l_260 = l_258 && l_259;
if (l_260) {
const uint l_261 = l_257 * l_6;
const uint l_262 = l_256 / uint(32);
const uint l_263 = l_261 + l_262;
const uint l_264 = l_256 % uint(32);
const uint l_265 = l_263 * uint(2);
const uint l_266 = uint(0) + l_265;
const uint l_267 = info.scalars_uint[0] * uint(2);
const uint l_268 = l_267 + uint(3);
const uint l_269 = l_268 / uint(4);
const uint l_270 = l_269 * uint(4);
const uint l_271 = uint(0) + l_270;
const uint l_272 = l_263 * uint(32);
const uint l_273 = l_271 + l_272;
const uint l_274 = l_266 / uint(4);
const uint l_275 = buffer_0[l_274];
const uint l_276 = l_266 % uint(4);
const uint l_277 = l_276 * uint(8);
const uint l_278 = l_275 >> l_277;
const uint l_279 = l_278 & uint(65535);
const uint l_280 = l_279 & uint(32768);
const uint l_281 = l_280 << uint(16);
const uint l_282 = l_279 >> uint(10);
const uint l_283 = l_282 & uint(31);
const uint l_284 = l_279 & uint(1023);
const uint l_285 = l_283 + uint(112);
l_mut_47 = l_285;
const bool l_286 = l_283 == uint(31);
if (l_286) {
l_mut_47 = uint(255);
}
const uint l_287 = l_mut_47 << uint(23);
const uint l_288 = l_281 | l_287;
const uint l_289 = l_284 << uint(13);
const uint l_290 = l_288 | l_289;
const float l_291 = reinterpret_cast<thread float const&>(l_290);
l_mut_17 = l_291;
const bool l_292 = l_283 == uint(0);
if (l_292) {
const float l_293 = float(l_284);
const float l_294 = l_293 * float(5.960464477539063e-8);
const bool l_295 = l_281 == uint(0);
if (l_295) {
l_mut_17 = l_294;
} else {
const float l_296 = -l_294;
l_mut_17 = l_296;
}
}
const int l_297 = int(l_264);
const uint l_298 = l_273 + uint(0);
const uint l_299 = uint(l_297);
const uint l_300 = l_299 / uint(1);
const uint l_301 = l_300 * uint(1);
const uint l_302 = l_298 + l_301;
const uint l_303 = l_299 % uint(1);
const uint l_304 = l_302 + l_303;
const uint l_305 = l_299 / uint(1);
const uint l_306 = l_305 % uint(1);
const uint l_307 = l_306 * uint(8);
const uint l_308 = l_304 / uint(4);
const uint l_309 = buffer_0[l_308];
const uint l_310 = l_304 % uint(4);
const uint l_311 = l_310 * uint(8);
const uint l_312 = l_311 + l_307;
const uint l_313 = l_309 >> l_312;
const uint l_314 = l_313 & uint(255);
const int l_315 = int(l_314);
const int l_316 = l_315 ^ int(128);
const int l_317 = l_316 - int(128);
const float l_318 = float(l_317);
const float l_319 = l_mut_17 * l_318;
l_mut_54 = l_319;
}
const uint l_320 = l_254 * uint(33);
const uint l_321 = l_320 + l_255;
shared_memory_7[l_321] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_322 = l_3 + l_254;
const bool l_323 = l_322 < l_1;
const bool l_324 = l_256 < info.scalars_uint[2];
const bool l_325 = l_323 && l_324;
if (l_325) {
const uint l_326 = l_322 * info.scalars_uint[2];
const uint l_327 = l_326 + l_256;
const half l_328 = buffer_1[l_327];
const float l_329 = float(l_328);
l_mut_54 = l_329;
}
const uint l_330 = l_254 * uint(33);
const uint l_331 = l_330 + l_255;
shared_memory_8[l_331] = l_mut_54;
const uint l_332 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_333 = l_332 / uint(32);
const uint l_334 = l_332 % uint(32);
const uint l_335 = l_mut_10 + l_334;
l_mut_54 = float(0.0);
const uint l_336 = l_2 + l_333;
const bool l_337 = l_336 < info.scalars_uint[1];
const bool l_338 = l_335 < info.scalars_uint[2];
const bool l_339 = l_337 && l_338;
if (l_339) {
const uint l_340 = l_336 * l_6;
const uint l_341 = l_335 / uint(32);
const uint l_342 = l_340 + l_341;
const uint l_343 = l_335 % uint(32);
const uint l_344 = l_342 * uint(2);
const uint l_345 = uint(0) + l_344;
const uint l_346 = info.scalars_uint[0] * uint(2);
const uint l_347 = l_346 + uint(3);
const uint l_348 = l_347 / uint(4);
const uint l_349 = l_348 * uint(4);
const uint l_350 = uint(0) + l_349;
const uint l_351 = l_342 * uint(32);
const uint l_352 = l_350 + l_351;
const uint l_353 = l_345 / uint(4);
const uint l_354 = buffer_0[l_353];
const uint l_355 = l_345 % uint(4);
const uint l_356 = l_355 * uint(8);
const uint l_357 = l_354 >> l_356;
const uint l_358 = l_357 & uint(65535);
const uint l_359 = l_358 & uint(32768);
const uint l_360 = l_359 << uint(16);
const uint l_361 = l_358 >> uint(10);
const uint l_362 = l_361 & uint(31);
const uint l_363 = l_358 & uint(1023);
const uint l_364 = l_362 + uint(112);
l_mut_47 = l_364;
const bool l_365 = l_362 == uint(31);
if (l_365) {
l_mut_47 = uint(255);
}
const uint l_366 = l_mut_47 << uint(23);
const uint l_367 = l_360 | l_366;
const uint l_368 = l_363 << uint(13);
const uint l_369 = l_367 | l_368;
const float l_370 = reinterpret_cast<thread float const&>(l_369);
l_mut_17 = l_370;
const bool l_371 = l_362 == uint(0);
if (l_371) {
const float l_372 = float(l_363);
const float l_373 = l_372 * float(5.960464477539063e-8);
const bool l_374 = l_360 == uint(0);
if (l_374) {
l_mut_17 = l_373;
} else {
const float l_375 = -l_373;
l_mut_17 = l_375;
}
}
const int l_376 = int(l_343);
const uint l_377 = l_352 + uint(0);
const uint l_378 = uint(l_376);
const uint l_379 = l_378 / uint(1);
const uint l_380 = l_379 * uint(1);
const uint l_381 = l_377 + l_380;
const uint l_382 = l_378 % uint(1);
const uint l_383 = l_381 + l_382;
const uint l_384 = l_378 / uint(1);
const uint l_385 = l_384 % uint(1);
const uint l_386 = l_385 * uint(8);
const uint l_387 = l_383 / uint(4);
const uint l_388 = buffer_0[l_387];
const uint l_389 = l_383 % uint(4);
const uint l_390 = l_389 * uint(8);
const uint l_391 = l_390 + l_386;
const uint l_392 = l_388 >> l_391;
const uint l_393 = l_392 & uint(255);
const int l_394 = int(l_393);
const int l_395 = l_394 ^ int(128);
const int l_396 = l_395 - int(128);
const float l_397 = float(l_396);
const float l_398 = l_mut_17 * l_397;
l_mut_54 = l_398;
}
const uint l_399 = l_333 * uint(33);
const uint l_400 = l_399 + l_334;
shared_memory_7[l_400] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_401 = l_3 + l_333;
const bool l_402 = l_401 < l_1;
const bool l_403 = l_335 < info.scalars_uint[2];
const bool l_404 = l_402 && l_403;
if (l_404) {
const uint l_405 = l_401 * info.scalars_uint[2];
const uint l_406 = l_405 + l_335;
const half l_407 = buffer_1[l_406];
const float l_408 = float(l_407);
l_mut_54 = l_408;
}
const uint l_409 = l_333 * uint(33);
const uint l_410 = l_409 + l_334;
shared_memory_8[l_410] = l_mut_54;
const uint l_411 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_412 = l_411 / uint(32);
const uint l_413 = l_411 % uint(32);
const uint l_414 = l_mut_10 + l_413;
l_mut_54 = float(0.0);
const uint l_415 = l_2 + l_412;
const bool l_416 = l_415 < info.scalars_uint[1];
const bool l_417 = l_414 < info.scalars_uint[2];
const bool l_418 = l_416 && l_417;
if (l_418) {
const uint l_419 = l_415 * l_6;
const uint l_420 = l_414 / uint(32);
const uint l_421 = l_419 + l_420;
const uint l_422 = l_414 % uint(32);
const uint l_423 = l_421 * uint(2);
const uint l_424 = uint(0) + l_423;
const uint l_425 = info.scalars_uint[0] * uint(2);
const uint l_426 = l_425 + uint(3);
const uint l_427 = l_426 / uint(4);
const uint l_428 = l_427 * uint(4);
const uint l_429 = uint(0) + l_428;
const uint l_430 = l_421 * uint(32);
const uint l_431 = l_429 + l_430;
const uint l_432 = l_424 / uint(4);
const uint l_433 = buffer_0[l_432];
const uint l_434 = l_424 % uint(4);
const uint l_435 = l_434 * uint(8);
const uint l_436 = l_433 >> l_435;
const uint l_437 = l_436 & uint(65535);
const uint l_438 = l_437 & uint(32768);
const uint l_439 = l_438 << uint(16);
const uint l_440 = l_437 >> uint(10);
const uint l_441 = l_440 & uint(31);
const uint l_442 = l_437 & uint(1023);
const uint l_443 = l_441 + uint(112);
l_mut_47 = l_443;
const bool l_444 = l_441 == uint(31);
if (l_444) {
l_mut_47 = uint(255);
}
const uint l_445 = l_mut_47 << uint(23);
const uint l_446 = l_439 | l_445;
const uint l_447 = l_442 << uint(13);
const uint l_448 = l_446 | l_447;
const float l_449 = reinterpret_cast<thread float const&>(l_448);
l_mut_17 = l_449;
const bool l_450 = l_441 == uint(0);
if (l_450) {
const float l_451 = float(l_442);
const float l_452 = l_451 * float(5.960464477539063e-8);
const bool l_453 = l_439 == uint(0);
if (l_453) {
l_mut_17 = l_452;
} else {
const float l_454 = -l_452;
l_mut_17 = l_454;
}
}
const int l_455 = int(l_422);
const uint l_456 = l_431 + uint(0);
const uint l_457 = uint(l_455);
const uint l_458 = l_457 / uint(1);
const uint l_459 = l_458 * uint(1);
const uint l_460 = l_456 + l_459;
const uint l_461 = l_457 % uint(1);
const uint l_462 = l_460 + l_461;
const uint l_463 = l_457 / uint(1);
const uint l_464 = l_463 % uint(1);
const uint l_465 = l_464 * uint(8);
const uint l_466 = l_462 / uint(4);
const uint l_467 = buffer_0[l_466];
const uint l_468 = l_462 % uint(4);
const uint l_469 = l_468 * uint(8);
const uint l_470 = l_469 + l_465;
const uint l_471 = l_467 >> l_470;
const uint l_472 = l_471 & uint(255);
const int l_473 = int(l_472);
const int l_474 = l_473 ^ int(128);
const int l_475 = l_474 - int(128);
const float l_476 = float(l_475);
const float l_477 = l_mut_17 * l_476;
l_mut_54 = l_477;
}
const uint l_478 = l_412 * uint(33);
const uint l_479 = l_478 + l_413;
shared_memory_7[l_479] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_480 = l_3 + l_412;
const bool l_481 = l_480 < l_1;
const bool l_482 = l_414 < info.scalars_uint[2];
const bool l_483 = l_481 && l_482;
if (l_483) {
const uint l_484 = l_480 * info.scalars_uint[2];
const uint l_485 = l_484 + l_414;
const half l_486 = buffer_1[l_485];
const float l_487 = float(l_486);
l_mut_54 = l_487;
}
const uint l_488 = l_412 * uint(33);
const uint l_489 = l_488 + l_413;
shared_memory_8[l_489] = l_mut_54;
const uint l_490 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_491 = l_490 / uint(32);
const uint l_492 = l_490 % uint(32);
const uint l_493 = l_mut_10 + l_492;
l_mut_54 = float(0.0);
const uint l_494 = l_2 + l_491;
const bool l_495 = l_494 < info.scalars_uint[1];
const bool l_496 = l_493 < info.scalars_uint[2];
const bool l_497 = l_495 && l_496;
if (l_497) {
const uint l_498 = l_494 * l_6;
const uint l_499 = l_493 / uint(32);
const uint l_500 = l_498 + l_499;
const uint l_501 = l_493 % uint(32);
const uint l_502 = l_500 * uint(2);
const uint l_503 = uint(0) + l_502;
const uint l_504 = info.scalars_uint[0] * uint(2);
const uint l_505 = l_504 + uint(3);
const uint l_506 = l_505 / uint(4);
const uint l_507 = l_506 * uint(4);
const uint l_508 = uint(0) + l_507;
const uint l_509 = l_500 * uint(32);
const uint l_510 = l_508 + l_509;
const uint l_511 = l_503 / uint(4);
const uint l_512 = buffer_0[l_511];
const uint l_513 = l_503 % uint(4);
const uint l_514 = l_513 * uint(8);
const uint l_515 = l_512 >> l_514;
const uint l_516 = l_515 & uint(65535);
const uint l_517 = l_516 & uint(32768);
const uint l_518 = l_517 << uint(16);
const uint l_519 = l_516 >> uint(10);
const uint l_520 = l_519 & uint(31);
const uint l_521 = l_516 & uint(1023);
const uint l_522 = l_520 + uint(112);
l_mut_47 = l_522;
const bool l_523 = l_520 == uint(31);
if (l_523) {
l_mut_47 = uint(255);
}
const uint l_524 = l_mut_47 << uint(23);
const uint l_525 = l_518 | l_524;
const uint l_526 = l_521 << uint(13);
const uint l_527 = l_525 | l_526;
const float l_528 = reinterpret_cast<thread float const&>(l_527);
l_mut_17 = l_528;
const bool l_529 = l_520 == uint(0);
if (l_529) {
const float l_530 = float(l_521);
const float l_531 = l_530 * float(5.960464477539063e-8);
const bool l_532 = l_518 == uint(0);
if (l_532) {
l_mut_17 = l_531;
} else {
const float l_533 = -l_531;
l_mut_17 = l_533;
}
}
const int l_534 = int(l_501);
const uint l_535 = l_510 + uint(0);
const uint l_536 = uint(l_534);
const uint l_537 = l_536 / uint(1);
const uint l_538 = l_537 * uint(1);
const uint l_539 = l_535 + l_538;
const uint l_540 = l_536 % uint(1);
const uint l_541 = l_539 + l_540;
const uint l_542 = l_536 / uint(1);
const uint l_543 = l_542 % uint(1);
const uint l_544 = l_543 * uint(8);
const uint l_545 = l_541 / uint(4);
const uint l_546 = buffer_0[l_545];
const uint l_547 = l_541 % uint(4);
const uint l_548 = l_547 * uint(8);
const uint l_549 = l_548 + l_544;
const uint l_550 = l_546 >> l_549;
const uint l_551 = l_550 & uint(255);
const int l_552 = int(l_551);
const int l_553 = l_552 ^ int(128);
const int l_554 = l_553 - int(128);
const float l_555 = float(l_554);
const float l_556 = l_mut_17 * l_555;
l_mut_54 = l_556;
}
const uint l_557 = l_491 * uint(33);
const uint l_558 = l_557 + l_492;
shared_memory_7[l_558] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_559 = l_3 + l_491;
const bool l_560 = l_559 < l_1;
const bool l_561 = l_493 < info.scalars_uint[2];
const bool l_562 = l_560 && l_561;
if (l_562) {
const uint l_563 = l_559 * info.scalars_uint[2];
const uint l_564 = l_563 + l_493;
const half l_565 = buffer_1[l_564];
const float l_566 = float(l_565);
l_mut_54 = l_566;
}
const uint l_567 = l_491 * uint(33);
const uint l_568 = l_567 + l_492;
shared_memory_8[l_568] = l_mut_54;
const uint l_569 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_570 = l_569 / uint(32);
const uint l_571 = l_569 % uint(32);
const uint l_572 = l_mut_10 + l_571;
l_mut_54 = float(0.0);
const uint l_573 = l_2 + l_570;
const bool l_574 = l_573 < info.scalars_uint[1];
const bool l_575 = l_572 < info.scalars_uint[2];
const bool l_576 = l_574 && l_575;
if (l_576) {
const uint l_577 = l_573 * l_6;
const uint l_578 = l_572 / uint(32);
const uint l_579 = l_577 + l_578;
const uint l_580 = l_572 % uint(32);
const uint l_581 = l_579 * uint(2);
const uint l_582 = uint(0) + l_581;
const uint l_583 = info.scalars_uint[0] * uint(2);
const uint l_584 = l_583 + uint(3);
const uint l_585 = l_584 / uint(4);
const uint l_586 = l_585 * uint(4);
const uint l_587 = uint(0) + l_586;
const uint l_588 = l_579 * uint(32);
const uint l_589 = l_587 + l_588;
const uint l_590 = l_582 / uint(4);
const uint l_591 = buffer_0[l_590];
const uint l_592 = l_582 % uint(4);
const uint l_593 = l_592 * uint(8);
const uint l_594 = l_591 >> l_593;
const uint l_595 = l_594 & uint(65535);
const uint l_596 = l_595 & uint(32768);
const uint l_597 = l_596 << uint(16);
const uint l_598 = l_595 >> uint(10);
const uint l_599 = l_598 & uint(31);
const uint l_600 = l_595 & uint(1023);
const uint l_601 = l_599 + uint(112);
l_mut_47 = l_601;
const bool l_602 = l_599 == uint(31);
if (l_602) {
l_mut_47 = uint(255);
}
const uint l_603 = l_mut_47 << uint(23);
const uint l_604 = l_597 | l_603;
const uint l_605 = l_600 << uint(13);
const uint l_606 = l_604 | l_605;
const float l_607 = reinterpret_cast<thread float const&>(l_606);
l_mut_17 = l_607;
const bool l_608 = l_599 == uint(0);
if (l_608) {
const float l_609 = float(l_600);
const float l_610 = l_609 * float(5.960464477539063e-8);
const bool l_611 = l_597 == uint(0);
if (l_611) {
l_mut_17 = l_610;
} else {
const float l_612 = -l_610;
l_mut_17 = l_612;
}
}
const int l_613 = int(l_580);
const uint l_614 = l_589 + uint(0);
const uint l_615 = uint(l_613);
const uint l_616 = l_615 / uint(1);
const uint l_617 = l_616 * uint(1);
const uint l_618 = l_614 + l_617;
const uint l_619 = l_615 % uint(1);
const uint l_620 = l_618 + l_619;
const uint l_621 = l_615 / uint(1);
const uint l_622 = l_621 % uint(1);
const uint l_623 = l_622 * uint(8);
const uint l_624 = l_620 / uint(4);
const uint l_625 = buffer_0[l_624];
const uint l_626 = l_620 % uint(4);
const uint l_627 = l_626 * uint(8);
const uint l_628 = l_627 + l_623;
const uint l_629 = l_625 >> l_628;
const uint l_630 = l_629 & uint(255);
const int l_631 = int(l_630);
const int l_632 = l_631 ^ int(128);
const int l_633 = l_632 - int(128);
const float l_634 = float(l_633);
const float l_635 = l_mut_17 * l_634;
l_mut_54 = l_635;
}
const uint l_636 = l_570 * uint(33);
const uint l_637 = l_636 + l_571;
shared_memory_7[l_637] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_638 = l_3 + l_570;
const bool l_639 = l_638 < l_1;
const bool l_640 = l_572 < info.scalars_uint[2];
const bool l_641 = l_639 && l_640;
if (l_641) {
const uint l_642 = l_638 * info.scalars_uint[2];
const uint l_643 = l_642 + l_572;
const half l_644 = buffer_1[l_643];
const float l_645 = float(l_644);
l_mut_54 = l_645;
}
const uint l_646 = l_570 * uint(33);
const uint l_647 = l_646 + l_571;
shared_memory_8[l_647] = l_mut_54;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_648 = uint(0); l_mut_648 < uint(32); ++l_mut_648) {
const uint l_651 = l_4 + uint(0);
const uint l_652 = l_651 * uint(33);
const uint l_653 = l_652 + l_mut_648;
const float l_654 = shared_memory_8[l_653];
l_arr_649[uint(0)] = l_654;
const uint l_655 = l_5 + uint(0);
const uint l_656 = l_655 * uint(33);
const uint l_657 = l_656 + l_mut_648;
const float l_658 = shared_memory_7[l_657];
l_arr_650[uint(0)] = l_658;
const uint l_659 = l_4 + uint(16);
const uint l_660 = l_659 * uint(33);
const uint l_661 = l_660 + l_mut_648;
const float l_662 = shared_memory_8[l_661];
l_arr_649[uint(1)] = l_662;
const uint l_663 = l_5 + uint(16);
const uint l_664 = l_663 * uint(33);
const uint l_665 = l_664 + l_mut_648;
const float l_666 = shared_memory_7[l_665];
l_arr_650[uint(1)] = l_666;
const uint l_667 = l_4 + uint(32);
const uint l_668 = l_667 * uint(33);
const uint l_669 = l_668 + l_mut_648;
const float l_670 = shared_memory_8[l_669];
l_arr_649[uint(2)] = l_670;
const uint l_671 = l_5 + uint(32);
const uint l_672 = l_671 * uint(33);
const uint l_673 = l_672 + l_mut_648;
const float l_674 = shared_memory_7[l_673];
l_arr_650[uint(2)] = l_674;
const uint l_675 = l_4 + uint(48);
const uint l_676 = l_675 * uint(33);
const uint l_677 = l_676 + l_mut_648;
const float l_678 = shared_memory_8[l_677];
l_arr_649[uint(3)] = l_678;
const uint l_679 = l_5 + uint(48);
const uint l_680 = l_679 * uint(33);
const uint l_681 = l_680 + l_mut_648;
const float l_682 = shared_memory_7[l_681];
l_arr_650[uint(3)] = l_682;
const float l_683 = l_arr_649[uint(0)];
const float l_684 = l_arr_650[uint(0)];
const float l_685 = l_683 * l_684;
const float l_686 = l_arr_9[uint(0)];
const float l_687 = l_686 + l_685;
l_arr_9[uint(0)] = l_687;
const float l_688 = l_arr_649[uint(0)];
const float l_689 = l_arr_650[uint(1)];
const float l_690 = l_688 * l_689;
const float l_691 = l_arr_9[uint(1)];
const float l_692 = l_691 + l_690;
l_arr_9[uint(1)] = l_692;
const float l_693 = l_arr_649[uint(0)];
const float l_694 = l_arr_650[uint(2)];
const float l_695 = l_693 * l_694;
const float l_696 = l_arr_9[uint(2)];
const float l_697 = l_696 + l_695;
l_arr_9[uint(2)] = l_697;
const float l_698 = l_arr_649[uint(0)];
const float l_699 = l_arr_650[uint(3)];
const float l_700 = l_698 * l_699;
const float l_701 = l_arr_9[uint(3)];
const float l_702 = l_701 + l_700;
l_arr_9[uint(3)] = l_702;
const float l_703 = l_arr_649[uint(1)];
const float l_704 = l_arr_650[uint(0)];
const float l_705 = l_703 * l_704;
const float l_706 = l_arr_9[uint(4)];
const float l_707 = l_706 + l_705;
l_arr_9[uint(4)] = l_707;
const float l_708 = l_arr_649[uint(1)];
const float l_709 = l_arr_650[uint(1)];
const float l_710 = l_708 * l_709;
const float l_711 = l_arr_9[uint(5)];
const float l_712 = l_711 + l_710;
l_arr_9[uint(5)] = l_712;
const float l_713 = l_arr_649[uint(1)];
const float l_714 = l_arr_650[uint(2)];
const float l_715 = l_713 * l_714;
const float l_716 = l_arr_9[uint(6)];
const float l_717 = l_716 + l_715;
l_arr_9[uint(6)] = l_717;
const float l_718 = l_arr_649[uint(1)];
const float l_719 = l_arr_650[uint(3)];
const float l_720 = l_718 * l_719;
const float l_721 = l_arr_9[uint(7)];
const float l_722 = l_721 + l_720;
l_arr_9[uint(7)] = l_722;
const float l_723 = l_arr_649[uint(2)];
const float l_724 = l_arr_650[uint(0)];
const float l_725 = l_723 * l_724;
const float l_726 = l_arr_9[uint(8)];
const float l_727 = l_726 + l_725;
l_arr_9[uint(8)] = l_727;
const float l_728 = l_arr_649[uint(2)];
const float l_729 = l_arr_650[uint(1)];
const float l_730 = l_728 * l_729;
const float l_731 = l_arr_9[uint(9)];
const float l_732 = l_731 + l_730;
l_arr_9[uint(9)] = l_732;
const float l_733 = l_arr_649[uint(2)];
const float l_734 = l_arr_650[uint(2)];
const float l_735 = l_733 * l_734;
const float l_736 = l_arr_9[uint(10)];
const float l_737 = l_736 + l_735;
l_arr_9[uint(10)] = l_737;
const float l_738 = l_arr_649[uint(2)];
const float l_739 = l_arr_650[uint(3)];
const float l_740 = l_738 * l_739;
const float l_741 = l_arr_9[uint(11)];
const float l_742 = l_741 + l_740;
l_arr_9[uint(11)] = l_742;
const float l_743 = l_arr_649[uint(3)];
const float l_744 = l_arr_650[uint(0)];
const float l_745 = l_743 * l_744;
const float l_746 = l_arr_9[uint(12)];
const float l_747 = l_746 + l_745;
l_arr_9[uint(12)] = l_747;
const float l_748 = l_arr_649[uint(3)];
const float l_749 = l_arr_650[uint(1)];
const float l_750 = l_748 * l_749;
const float l_751 = l_arr_9[uint(13)];
const float l_752 = l_751 + l_750;
l_arr_9[uint(13)] = l_752;
const float l_753 = l_arr_649[uint(3)];
const float l_754 = l_arr_650[uint(2)];
const float l_755 = l_753 * l_754;
const float l_756 = l_arr_9[uint(14)];
const float l_757 = l_756 + l_755;
l_arr_9[uint(14)] = l_757;
const float l_758 = l_arr_649[uint(3)];
const float l_759 = l_arr_650[uint(3)];
const float l_760 = l_758 * l_759;
const float l_761 = l_arr_9[uint(15)];
const float l_762 = l_761 + l_760;
l_arr_9[uint(15)] = l_762;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_763 = l_3 + l_4;
const uint l_764 = l_763 + uint(0);
const uint l_765 = l_2 + l_5;
const uint l_766 = l_765 + uint(0);
const bool l_767 = l_764 < l_1;
const bool l_768 = l_766 < info.scalars_uint[1];
const bool l_769 = l_767 && l_768;
if (l_769) {
const uint l_770 = l_764 * info.scalars_uint[1];
const uint l_771 = l_770 + l_766;
const float l_772 = l_arr_9[uint(0)];
const half l_773 = half(l_772);
buffer_2[l_771] = l_773;
}
const uint l_774 = l_3 + l_4;
const uint l_775 = l_774 + uint(0);
const uint l_776 = l_2 + l_5;
const uint l_777 = l_776 + uint(16);
const bool l_778 = l_775 < l_1;
const bool l_779 = l_777 < info.scalars_uint[1];
const bool l_780 = l_778 && l_779;
if (l_780) {
const uint l_781 = l_775 * info.scalars_uint[1];
const uint l_782 = l_781 + l_777;
const float l_783 = l_arr_9[uint(1)];
const half l_784 = half(l_783);
buffer_2[l_782] = l_784;
}
const uint l_785 = l_3 + l_4;
const uint l_786 = l_785 + uint(0);
const uint l_787 = l_2 + l_5;
const uint l_788 = l_787 + uint(32);
const bool l_789 = l_786 < l_1;
const bool l_790 = l_788 < info.scalars_uint[1];
const bool l_791 = l_789 && l_790;
if (l_791) {
const uint l_792 = l_786 * info.scalars_uint[1];
const uint l_793 = l_792 + l_788;
const float l_794 = l_arr_9[uint(2)];
const half l_795 = half(l_794);
buffer_2[l_793] = l_795;
}
const uint l_796 = l_3 + l_4;
const uint l_797 = l_796 + uint(0);
const uint l_798 = l_2 + l_5;
const uint l_799 = l_798 + uint(48);
const bool l_800 = l_797 < l_1;
const bool l_801 = l_799 < info.scalars_uint[1];
const bool l_802 = l_800 && l_801;
if (l_802) {
const uint l_803 = l_797 * info.scalars_uint[1];
const uint l_804 = l_803 + l_799;
const float l_805 = l_arr_9[uint(3)];
const half l_806 = half(l_805);
buffer_2[l_804] = l_806;
}
const uint l_807 = l_3 + l_4;
const uint l_808 = l_807 + uint(16);
const uint l_809 = l_2 + l_5;
const uint l_810 = l_809 + uint(0);
const bool l_811 = l_808 < l_1;
const bool l_812 = l_810 < info.scalars_uint[1];
const bool l_813 = l_811 && l_812;
if (l_813) {
const uint l_814 = l_808 * info.scalars_uint[1];
const uint l_815 = l_814 + l_810;
const float l_816 = l_arr_9[uint(4)];
const half l_817 = half(l_816);
buffer_2[l_815] = l_817;
}
const uint l_818 = l_3 + l_4;
const uint l_819 = l_818 + uint(16);
const uint l_820 = l_2 + l_5;
const uint l_821 = l_820 + uint(16);
const bool l_822 = l_819 < l_1;
const bool l_823 = l_821 < info.scalars_uint[1];
const bool l_824 = l_822 && l_823;
if (l_824) {
const uint l_825 = l_819 * info.scalars_uint[1];
const uint l_826 = l_825 + l_821;
const float l_827 = l_arr_9[uint(5)];
const half l_828 = half(l_827);
buffer_2[l_826] = l_828;
}
const uint l_829 = l_3 + l_4;
const uint l_830 = l_829 + uint(16);
const uint l_831 = l_2 + l_5;
const uint l_832 = l_831 + uint(32);
const bool l_833 = l_830 < l_1;
const bool l_834 = l_832 < info.scalars_uint[1];
const bool l_835 = l_833 && l_834;
if (l_835) {
const uint l_836 = l_830 * info.scalars_uint[1];
const uint l_837 = l_836 + l_832;
const float l_838 = l_arr_9[uint(6)];
const half l_839 = half(l_838);
buffer_2[l_837] = l_839;
}
const uint l_840 = l_3 + l_4;
const uint l_841 = l_840 + uint(16);
const uint l_842 = l_2 + l_5;
const uint l_843 = l_842 + uint(48);
const bool l_844 = l_841 < l_1;
const bool l_845 = l_843 < info.scalars_uint[1];
const bool l_846 = l_844 && l_845;
if (l_846) {
const uint l_847 = l_841 * info.scalars_uint[1];
const uint l_848 = l_847 + l_843;
const float l_849 = l_arr_9[uint(7)];
const half l_850 = half(l_849);
buffer_2[l_848] = l_850;
}
const uint l_851 = l_3 + l_4;
const uint l_852 = l_851 + uint(32);
const uint l_853 = l_2 + l_5;
const uint l_854 = l_853 + uint(0);
const bool l_855 = l_852 < l_1;
const bool l_856 = l_854 < info.scalars_uint[1];
const bool l_857 = l_855 && l_856;
if (l_857) {
const uint l_858 = l_852 * info.scalars_uint[1];
const uint l_859 = l_858 + l_854;
const float l_860 = l_arr_9[uint(8)];
const half l_861 = half(l_860);
buffer_2[l_859] = l_861;
}
const uint l_862 = l_3 + l_4;
const uint l_863 = l_862 + uint(32);
const uint l_864 = l_2 + l_5;
const uint l_865 = l_864 + uint(16);
const bool l_866 = l_863 < l_1;
const bool l_867 = l_865 < info.scalars_uint[1];
const bool l_868 = l_866 && l_867;
if (l_868) {
const uint l_869 = l_863 * info.scalars_uint[1];
const uint l_870 = l_869 + l_865;
const float l_871 = l_arr_9[uint(9)];
const half l_872 = half(l_871);
buffer_2[l_870] = l_872;
}
const uint l_873 = l_3 + l_4;
const uint l_874 = l_873 + uint(32);
const uint l_875 = l_2 + l_5;
const uint l_876 = l_875 + uint(32);
const bool l_877 = l_874 < l_1;
const bool l_878 = l_876 < info.scalars_uint[1];
const bool l_879 = l_877 && l_878;
if (l_879) {
const uint l_880 = l_874 * info.scalars_uint[1];
const uint l_881 = l_880 + l_876;
const float l_882 = l_arr_9[uint(10)];
const half l_883 = half(l_882);
buffer_2[l_881] = l_883;
}
const uint l_884 = l_3 + l_4;
const uint l_885 = l_884 + uint(32);
const uint l_886 = l_2 + l_5;
const uint l_887 = l_886 + uint(48);
const bool l_888 = l_885 < l_1;
const bool l_889 = l_887 < info.scalars_uint[1];
const bool l_890 = l_888 && l_889;
if (l_890) {
const uint l_891 = l_885 * info.scalars_uint[1];
const uint l_892 = l_891 + l_887;
const float l_893 = l_arr_9[uint(11)];
const half l_894 = half(l_893);
buffer_2[l_892] = l_894;
}
const uint l_895 = l_3 + l_4;
const uint l_896 = l_895 + uint(48);
const uint l_897 = l_2 + l_5;
const uint l_898 = l_897 + uint(0);
const bool l_899 = l_896 < l_1;
const bool l_900 = l_898 < info.scalars_uint[1];
const bool l_901 = l_899 && l_900;
if (l_901) {
const uint l_902 = l_896 * info.scalars_uint[1];
const uint l_903 = l_902 + l_898;
const float l_904 = l_arr_9[uint(12)];
const half l_905 = half(l_904);
buffer_2[l_903] = l_905;
}
const uint l_906 = l_3 + l_4;
const uint l_907 = l_906 + uint(48);
const uint l_908 = l_2 + l_5;
const uint l_909 = l_908 + uint(16);
const bool l_910 = l_907 < l_1;
const bool l_911 = l_909 < info.scalars_uint[1];
const bool l_912 = l_910 && l_911;
if (l_912) {
const uint l_913 = l_907 * info.scalars_uint[1];
const uint l_914 = l_913 + l_909;
const float l_915 = l_arr_9[uint(13)];
const half l_916 = half(l_915);
buffer_2[l_914] = l_916;
}
const uint l_917 = l_3 + l_4;
const uint l_918 = l_917 + uint(48);
const uint l_919 = l_2 + l_5;
const uint l_920 = l_919 + uint(32);
const bool l_921 = l_918 < l_1;
const bool l_922 = l_920 < info.scalars_uint[1];
const bool l_923 = l_921 && l_922;
if (l_923) {
const uint l_924 = l_918 * info.scalars_uint[1];
const uint l_925 = l_924 + l_920;
const float l_926 = l_arr_9[uint(14)];
const half l_927 = half(l_926);
buffer_2[l_925] = l_927;
}
const uint l_928 = l_3 + l_4;
const uint l_929 = l_928 + uint(48);
const uint l_930 = l_2 + l_5;
const uint l_931 = l_930 + uint(48);
const bool l_932 = l_929 < l_1;
const bool l_933 = l_931 < info.scalars_uint[1];
const bool l_934 = l_932 && l_933;
if (l_934) {
const uint l_935 = l_929 * info.scalars_uint[1];
const uint l_936 = l_935 + l_931;
const float l_937 = l_arr_9[uint(15)];
const half l_938 = half(l_937);
buffer_2[l_936] = l_938;
}

}
