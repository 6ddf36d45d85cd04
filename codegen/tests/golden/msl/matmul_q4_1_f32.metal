
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

float l_arr_914[4];

float l_arr_915[4];

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
const float l_126 = buffer_1[l_125];
l_mut_90 = l_126;
}
const uint l_127 = l_14 * uint(33);
const uint l_128 = l_127 + l_15;
shared_memory_8[l_128] = l_mut_90;
const uint l_129 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_130 = l_129 / uint(32);
const uint l_131 = l_129 % uint(32);
const uint l_132 = l_mut_10 + l_131;
l_mut_90 = float(0.0);
const uint l_133 = l_2 + l_130;
const bool l_134 = l_133 < info.scalars_uint[1];
const bool l_135 = l_132 < info.scalars_uint[2];
const bool l_136 = l_134 && l_135;
if (l_136) {
const uint l_137 = l_133 * l_6;
const uint l_138 = l_132 / uint(32);
const uint l_139 = l_137 + l_138;
const uint l_140 = l_132 % uint(32);
const uint l_141 = l_139 * uint(2);
const uint l_142 = uint(0) + l_141;
const uint l_143 = info.scalars_uint[0] * uint(2);
const uint l_144 = l_143 + uint(3);
const uint l_145 = l_144 / uint(4);
const uint l_146 = l_145 * uint(4);
const uint l_147 = uint(0) + l_146;
const uint l_148 = l_139 * uint(2);
const uint l_149 = l_147 + l_148;
const uint l_150 = info.scalars_uint[0] * uint(2);
const uint l_151 = l_150 + uint(3);
const uint l_152 = l_151 / uint(4);
const uint l_153 = l_152 * uint(4);
const uint l_154 = uint(0) + l_153;
const uint l_155 = info.scalars_uint[0] * uint(2);
const uint l_156 = l_155 + uint(3);
const uint l_157 = l_156 / uint(4);
const uint l_158 = l_157 * uint(4);
const uint l_159 = l_154 + l_158;
const uint l_160 = l_139 * uint(16);
const uint l_161 = l_159 + l_160;
const uint l_162 = l_142 / uint(4);
const uint l_163 = buffer_0[l_162];
const uint l_164 = l_142 % uint(4);
const uint l_165 = l_164 * uint(8);
const uint l_166 = l_163 >> l_165;
const uint l_167 = l_166 & uint(65535);
const uint l_168 = l_167 & uint(32768);
const uint l_169 = l_168 << uint(16);
const uint l_170 = l_167 >> uint(10);
const uint l_171 = l_170 & uint(31);
const uint l_172 = l_167 & uint(1023);
const uint l_173 = l_171 + uint(112);
l_mut_59 = l_173;
const bool l_174 = l_171 == uint(31);
if (l_174) {
l_mut_59 = uint(255);
}
const uint l_175 = l_mut_59 << uint(23);
const uint l_176 = l_169 | l_175;
const uint l_177 = l_172 << uint(13);
const uint l_178 = l_176 | l_177;
const float l_179 = reinterpret_cast<thread float const&>(l_178);
l_mut_66 = l_179;
const bool l_180 = l_171 == uint(0);
if (l_180) {
const float l_181 = float(l_172);
const float l_182 = l_181 * float(5.960464477539063e-8);
const bool l_183 = l_169 == uint(0);
if (l_183) {
l_mut_66 = l_182;
} else {
const float l_184 = -l_182;
l_mut_66 = l_184;
}
}
const uint l_185 = l_149 / uint(4);
const uint l_186 = buffer_0[l_185];
const uint l_187 = l_149 % uint(4);
const uint l_188 = l_187 * uint(8);
const uint l_189 = l_186 >> l_188;
const uint l_190 = l_189 & uint(65535);
const uint l_191 = l_190 & uint(32768);
const uint l_192 = l_191 << uint(16);
const uint l_193 = l_190 >> uint(10);
const uint l_194 = l_193 & uint(31);
const uint l_195 = l_190 & uint(1023);
const uint l_196 = l_194 + uint(112);
l_mut_59 = l_196;
const bool l_197 = l_194 == uint(31);
if (l_197) {
l_mut_59 = uint(255);
}
const uint l_198 = l_mut_59 << uint(23);
const uint l_199 = l_192 | l_198;
const uint l_200 = l_195 << uint(13);
const uint l_201 = l_199 | l_200;
const float l_202 = reinterpret_cast<thread float const&>(l_201);
l_mut_17 = l_202;
const bool l_203 = l_194 == uint(0);
if (l_203) {
const float l_204 = float(l_195);
const float l_205 = l_204 * float(5.960464477539063e-8);
const bool l_206 = l_192 == uint(0);
if (l_206) {
l_mut_17 = l_205;
} else {
const float l_207 = -l_205;
l_mut_17 = l_207;
}
}
const int l_208 = int(l_140);
const uint l_209 = l_161 + uint(0);
const uint l_210 = uint(l_208);
const uint l_211 = l_210 / uint(32);
const uint l_212 = l_211 * uint(16);
const uint l_213 = l_209 + l_212;
const uint l_214 = l_210 % uint(16);
const uint l_215 = l_213 + l_214;
const uint l_216 = l_210 / uint(16);
const uint l_217 = l_216 % uint(2);
const uint l_218 = l_217 * uint(4);
const uint l_219 = l_215 / uint(4);
const uint l_220 = buffer_0[l_219];
const uint l_221 = l_215 % uint(4);
const uint l_222 = l_221 * uint(8);
const uint l_223 = l_222 + l_218;
const uint l_224 = l_220 >> l_223;
const uint l_225 = l_224 & uint(15);
const int l_226 = int(l_225);
const float l_227 = float(l_226);
const float l_228 = l_mut_66 * l_227;
const float l_229 = l_228 + l_mut_17;
l_mut_90 = l_229;
}
const uint l_230 = l_130 * uint(33);
const uint l_231 = l_230 + l_131;
shared_memory_7[l_231] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_232 = l_3 + l_130;
const bool l_233 = l_232 < l_1;
const bool l_234 = l_132 < info.scalars_uint[2];
const bool l_235 = l_233 && l_234;
if (l_235) {
const uint l_236 = l_232 * info.scalars_uint[2];
const uint l_237 = l_236 + l_132;
const float l_238 = buffer_1[l_237];
l_mut_90 = l_238;
}
const uint l_239 = l_130 * uint(33);
const uint l_240 = l_239 + l_131;
shared_memory_8[l_240] = l_mut_90;
const uint l_241 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_242 = l_241 / uint(32);
const uint l_243 = l_241 % uint(32);
const uint l_244 = l_mut_10 + l_243;
l_mut_90 = float(0.0);
const uint l_245 = l_2 + l_242;
const bool l_246 = l_245 < info.scalars_uint[1];
const bool l_247 = l_244 < info.scalars_uint[2];
const bool l_248 = l_246 && l_247;
if (l_248) {
const uint l_249 = l_245 * l_6;
const uint l_250 = l_244 / uint(32);
const uint l_251 = l_249 + l_250;
const uint l_252 = l_244 % uint(32);
const uint l_253 = l_251 * uint(2);
const uint l_254 = uint(0) + l_253;
const uint l_255 = info.scalars_uint[0] * uint(2);
const uint l_256 = l_255 + uint(3);
const uint l_257 = l_256 / uint(4);
const uint l_258 = l_257 * uint(4);
const uint l_259 = uint(0) + l_258;
const uint l_260 = l_251 * uint(2);
const uint l_261 = l_259 + l_260;
const uint l_262 = info.scalars_uint[0] * uint(2);
const uint l_263 = l_262 + uint(3);
const uint l_264 = l_263 / uint(4);
const uint l_265 = l_264 * uint(4);
const uint l_266 = uint(0) + l_265;
const uint l_267 = info.scalars_uint[0] * uint(2);
const uint l_268 = l_267 + uint(3);
const uint l_269 = l_268 / uint(4);
const uint l_270 = l_269 * uint(4);
const uint l_271 = l_266 + l_270;
const uint l_272 = l_251 * uint(16);
const uint l_273 = l_271 + l_272;
const uint l_274 = l_254 / uint(4);
const uint l_275 = buffer_0[l_274];
const uint l_276 = l_254 % uint(4);
const uint l_277 = l_276 * uint(8);
const uint l_278 = l_275 >> l_277;
const uint l_279 = l_278 & uint(65535);
const uint l_280 = l_279 & uint(32768);
const uint l_281 = l_280 << uint(16);
const uint l_282 = l_279 >> uint(10);
const uint l_283 = l_282 & uint(31);
const uint l_284 = l_279 & uint(1023);
const uint l_285 = l_283 + uint(112);
l_mut_59 = l_285;
const bool l_286 = l_283 == uint(31);
if (l_286) {
l_mut_59 = uint(255);
}
const uint l_287 = l_mut_59 << uint(23);
const uint l_288 = l_281 | l_287;
const uint l_289 = l_284 << uint(13);
const uint l_290 = l_288 | l_289;
const float l_291 = reinterpret_cast<thread float const&>(l_290);
l_mut_66 = l_291;
const bool l_292 = l_283 == uint(0);
if (l_292) {
const float l_293 = float(l_284);
const float l_294 = l_293 * float(5.960464477539063e-8);
const bool l_295 = l_281 == uint(0);
if (l_295) {
l_mut_66 = l_294;
} else {
const float l_296 = -l_294;
l_mut_66 = l_296;
}
}
const uint l_297 = l_261 / uint(4);
const uint l_298 = buffer_0[l_297];
const uint l_299 = l_261 % uint(4);
const uint l_300 = l_299 * uint(8);
const uint l_301 = l_298 >> l_300;
const uint l_302 = l_301 & uint(65535);
const uint l_303 = l_302 & uint(32768);
const uint l_304 = l_303 << uint(16);
const uint l_305 = l_302 >> uint(10);
const uint l_306 = l_305 & uint(31);
const uint l_307 = l_302 & uint(1023);
const uint l_308 = l_306 + uint(112);
l_mut_59 = l_308;
const bool l_309 = l_306 == uint(31);
if (l_309) {
l_mut_59 = uint(255);
}
const uint l_310 = l_mut_59 << uint(23);
const uint l_311 = l_304 | l_310;
const uint l_312 = l_307 << uint(13);
const uint l_313 = l_311 | l_312;
const float l_314 = reinterpret_cast<thread float const&>(l_313);
l_mut_17 = l_314;
const bool l_315 = l_306 == uint(0);
if (l_315) {
const float l_316 = float(l_307);
const float l_317 = l_316 * float(5.960464477539063e-8);
const bool l_318 = l_304 == uint(0);
if (l_318) {
l_mut_17 = l_317;
} else {
const float l_319 = -l_317;
l_mut_17 = l_319;
}
}
const int l_320 = int(l_252);
const uint l_321 = l_273 + uint(0);
const uint l_322 = uint(l_320);
const uint l_323 = l_322 / uint(32);
const uint l_324 = l_323 * uint(16);
const uint l_325 = l_321 + l_324;
const uint l_326 = l_322 % uint(16);
const uint l_327 = l_325 + l_326;
const uint l_328 = l_322 / uint(16);
const uint l_329 = l_328 % uint(2);
const uint l_330 = l_329 * uint(4);
const uint l_331 = l_327 / uint(4);
const uint l_332 = buffer_0[l_331];
const uint l_333 = l_327 % uint(4);
const uint l_334 = l_333 * uint(8);
const uint l_335 = l_334 + l_330;
const uint l_336 = l_332 >> l_335;
const uint l_337 = l_336 & uint(15);
const int l_338 = int(l_337);
const float l_339 = float(l_338);
const float l_340 = l_mut_66 * l_339;
const float l_341 = l_340 + l_mut_17;
l_mut_90 = l_341;
}
const uint l_342 = l_242 * uint(33);
const uint l_343 = l_342 + l_243;
shared_memory_7[l_343] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_344 = l_3 + l_242;
const bool l_345 = l_344 < l_1;
const bool l_346 = l_244 < info.scalars_uint[2];
const bool l_347 = l_345 && l_346;
if (l_347) {
const uint l_348 = l_344 * info.scalars_uint[2];
const uint l_349 = l_348 + l_244;
const float l_350 = buffer_1[l_349];
l_mut_90 = l_350;
}
const uint l_351 = l_242 * uint(33);
const uint l_352 = l_351 + l_243;
shared_memory_8[l_352] = l_mut_90;
const uint l_353 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_354 = l_353 / uint(32);
const uint l_355 = l_353 % uint(32);
const uint l_356 = l_mut_10 + l_355;
l_mut_90 = float(0.0);
const uint l_357 = l_2 + l_354;
const bool l_358 = l_357 < info.scalars_uint[1];
const bool l_359 = l_356 < info.scalars_uint[2];
const bool l_360 = l_358 && l_359;
if (l_360) {
const uint l_361 = l_357 * l_6;
const uint l_362 = l_356 / uint(32);
const uint l_363 = l_361 + l_362;
const uint l_364 = l_356 % uint(32);
const uint l_365 = l_363 * uint(2);
const uint l_366 = uint(0) + l_365;
const uint l_367 = info.scalars_uint[0] * uint(2);
const uint l_368 = l_367 + uint(3);
const uint l_369 = l_368 / uint(4);
const uint l_370 = l_369 * uint(4);
const uint l_371 = uint(0) + l_370;
const uint l_372 = l_363 * uint(2);
const uint l_373 = l_371 + l_372;
const uint l_374 = info.scalars_uint[0] * uint(2);
const uint l_375 = l_374 + uint(3);
const uint l_376 = l_375 / uint(4);
const uint l_377 = l_376 * uint(4);
const uint l_378 = uint(0) + l_377;
const uint l_379 = info.scalars_uint[0] * uint(2);
const uint l_380 = l_379 + uint(3);
const uint l_381 = l_380 / uint(4);
const uint l_382 = l_381 * uint(4);
const uint l_383 = l_378 + l_382;
const uint l_384 = l_363 * uint(16);
const uint l_385 = l_383 + l_384;
const uint l_386 = l_366 / uint(4);
const uint l_387 = buffer_0[l_386];
const uint l_388 = l_366 % uint(4);
const uint l_389 = l_388 * uint(8);
const uint l_390 = l_387 >> l_389;
const uint l_391 = l_390 & uint(65535);
const uint l_392 = l_391 & uint(32768);
const uint l_393 = l_392 << uint(16);
const uint l_394 = l_391 >> uint(10);
const uint l_395 = l_394 & uint(31);
const uint l_396 = l_391 & uint(1023);
const uint l_397 = l_395 + uint(112);
l_mut_59 = l_397;
const bool l_398 = l_395 == uint(31);
if (l_398) {
l_mut_59 = uint(255);
}
const uint l_399 = l_mut_59 << uint(23);
const uint l_400 = l_393 | l_399;
const uint l_401 = l_396 << uint(13);
const uint l_402 = l_400 | l_401;
const float l_403 = reinterpret_cast<thread float const&>(l_402);
l_mut_66 = l_403;
const bool l_404 = l_395 == uint(0);
if (l_404) {
const float l_405 = float(l_396);
const float l_406 = l_405 * float(5.960464477539063e-8);
const bool l_407 = l_393 == uint(0);
if (l_407) {
l_mut_66 = l_406;
} else {
const float l_408 = -l_406;
l_mut_66 = l_408;
}
}
const uint l_409 = l_373 / uint(4);
const uint l_410 = buffer_0[l_409];
const uint l_411 = l_373 % uint(4);
const uint l_412 = l_411 * uint(8);
const uint l_413 = l_410 >> l_412;
const uint l_414 = l_413 & uint(65535);
const uint l_415 = l_414 & uint(32768);
const uint l_416 = l_415 << uint(16);
const uint l_417 = l_414 >> uint(10);
const uint l_418 = l_417 & uint(31);
const uint l_419 = l_414 & uint(1023);
const uint l_420 = l_418 + uint(112);
l_mut_59 = l_420;
const bool l_421 = l_418 == uint(31);
if (l_421) {
l_mut_59 = uint(255);
}
const uint l_422 = l_mut_59 << uint(23);
const uint l_423 = l_416 | l_422;
const uint l_424 = l_419 << uint(13);
const uint l_425 = l_423 | l_424;
const float l_426 = reinterpret_cast<thread float const&>(l_425);
l_mut_17 = l_426;
const bool l_427 = l_418 == uint(0);
if (l_427) {
const float l_428 = float(l_419);
const float l_429 = l_428 * float(5.960464477539063e-8);
const bool l_430 = l_416 == uint(0);
if (l_430) {
l_mut_17 = l_429;
} else {
const float l_431 = -l_429;
l_mut_17 = l_431;
}
}
const int l_432 = int(l_364);
const uint l_433 = l_385 + uint(0);
const uint l_434 = uint(l_432);
const uint l_435 = l_434 / uint(32);
const uint l_436 = l_435 * uint(16);
const uint l_437 = l_433 + l_436;
const uint l_438 = l_434 % uint(16);
const uint l_439 = l_437 + l_438;
const uint l_440 = l_434 / uint(16);
const uint l_441 = l_440 % uint(2);
const uint l_442 = l_441 * uint(4);
const uint l_443 = l_439 / uint(4);
const uint l_444 = buffer_0[l_443];
const uint l_445 = l_439 % uint(4);
const uint l_446 = l_445 * uint(8);
const uint l_447 = l_446 + l_442;
const uint l_448 = l_444 >> l_447;
const uint l_449 = l_448 & uint(15);
const int l_450 = int(l_449);
const float l_451 = float(l_450);
const float l_452 = l_mut_66 * l_451;
const float l_453 = l_452 + l_mut_17;
l_mut_90 = l_453;
}
const uint l_454 = l_354 * uint(33);
const uint l_455 = l_454 + l_355;
shared_memory_7[l_455] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_456 = l_3 + l_354;
const bool l_457 = l_456 < l_1;
const bool l_458 = l_356 < info.scalars_uint[2];
const bool l_459 = l_457 && l_458;
if (l_459) {
const uint l_460 = l_456 * info.scalars_uint[2];
const uint l_461 = l_460 + l_356;
const float l_462 = buffer_1[l_461];
l_mut_90 = l_462;
}
const uint l_463 = l_354 * uint(33);
const uint l_464 = l_463 + l_355;
shared_memory_8[l_464] = l_mut_90;
const uint l_465 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_466 = l_465 / uint(32);
const uint l_467 = l_465 % uint(32);
const uint l_468 = l_mut_10 + l_467;
l_mut_90 = float(0.0);
const uint l_469 = l_2 + l_466;
const bool l_470 = l_469 < info.scalars_uint[1];
const bool l_471 = l_468 < info.scalars_uint[2];
const bool l_472 = l_470 && l_471;
if (l_472) {
const uint l_473 = l_469 * l_6;
const uint l_474 = l_468 / uint(32);
const uint l_475 = l_473 + l_474;
const uint l_476 = l_468 % uint(32);
const uint l_477 = l_475 * uint(2);
const uint l_478 = uint(0) + l_477;
const uint l_479 = info.scalars_uint[0] * uint(2);
const uint l_480 = l_479 + uint(3);
const uint l_481 = l_480 / uint(4);
const uint l_482 = l_481 * uint(4);
const uint l_483 = uint(0) + l_482;
const uint l_484 = l_475 * uint(2);
const uint l_485 = l_483 + l_484;
const uint l_486 = info.scalars_uint[0] * uint(2);
const uint l_487 = l_486 + uint(3);
const uint l_488 = l_487 / uint(4);
const uint l_489 = l_488 * uint(4);
const uint l_490 = uint(0) + l_489;
const uint l_491 = info.scalars_uint[0] * uint(2);
const uint l_492 = l_491 + uint(3);
const uint l_493 = l_492 / uint(4);
const uint l_494 = l_493 * uint(4);
const uint l_495 = l_490 + l_494;
const uint l_496 = l_475 * uint(16);
const uint l_497 = l_495 + l_496;
const uint l_498 = l_478 / uint(4);
const uint l_499 = buffer_0[l_498];
const uint l_500 = l_478 % uint(4);
const uint l_501 = l_500 * uint(8);
const uint l_502 = l_499 >> l_501;
const uint l_503 = l_502 & uint(65535);
const uint l_504 = l_503 & uint(32768);
const uint l_505 = l_504 << uint(16);
const uint l_506 = l_503 >> uint(10);
const uint l_507 = l_506 & uint(31);
const uint l_508 = l_503 & uint(1023);
const uint l_509 = l_507 + uint(112);
l_mut_59 = l_509;
const bool l_510 = l_507 == uint(31);
if (l_510) {
l_mut_59 = uint(255);
}
const uint l_511 = l_mut_59 << uint(23);
const uint l_512 = l_505 | l_511;
const uint l_513 = l_508 << uint(13);
const uint l_514 = l_512 | l_513;
const float l_515 = reinterpret_cast<thread float const&>(l_514);
l_mut_66 = l_515;
const bool l_516 = l_507 == uint(0);
if (l_516) {
const float l_517 = float(l_508);
const float l_518 = l_517 * float(5.960464477539063e-8);
const bool l_519 = l_505 == uint(0);
if (l_519) {
l_mut_66 = l_518;
} else {
const float l_520 = -l_518;
l_mut_66 = l_520;
}
}
const uint l_521 = l_485 / uint(4);
const uint l_522 = buffer_0[l_521];
const uint l_523 = l_485 % uint(4);
const uint l_524 = l_523 * uint(8);
const uint l_525 = l_522 >> l_524;
const uint l_526 = l_525 & uint(65535);
const uint l_527 = l_526 & uint(32768);
const uint l_528 = l_527 << uint(16);
const uint l_529 = l_526 >> uint(10);
const uint l_530 = l_529 & uint(31);
const uint l_531 = l_526 & uint(1023);
const uint l_532 = l_530 + uint(112);
l_mut_59 = l_532;
const bool l_533 = l_530 == uint(31);
if (l_533) {
l_mut_59 = uint(255);
}
const uint l_534 = l_mut_59 << uint(23);
const uint l_535 = l_528 | l_534;
const uint l_536 = l_531 << uint(13);
const uint l_537 = l_535 | l_536;
const float l_538 = reinterpret_cast<thread float const&>(l_537);
l_mut_17 = l_538;
const bool l_539 = l_530 == uint(0);
if (l_539) {
const float l_540 = float(l_531);
const float l_541 = l_540 * float(5.960464477539063e-8);
const bool l_542 = l_528 == uint(0);
if (l_542) {
l_mut_17 = l_541;
} else {
const float l_543 = -l_541;
l_mut_17 = l_543;
}
}
const int l_544 = int(l_476);
const uint l_545 = l_497 + uint(0);
const uint l_546 = uint(l_544);
const uint l_547 = l_546 / uint(32);
const uint l_548 = l_547 * uint(16);
const uint l_549 = l_545 + l_548;
const uint l_550 = l_546 % uint(16);
const uint l_551 = l_549 + l_550;
const uint l_552 = l_546 / uint(16);
const uint l_553 = l_552 % uint(2);
const uint l_554 = l_553 * uint(4);
const uint l_555 = l_551 / uint(4);
const uint l_556 = buffer_0[l_555];
const uint l_557 = l_551 % uint(4);
const uint l_558 = l_557 * uint(8);
const uint l_559 = l_558 + l_554;
const uint l_560 = l_556 >> l_559;
const uint l_561 = l_560 & uint(15);
const int l_562 = int(l_561);
const float l_563 = float(l_562);
const float l_564 = l_mut_66 * l_563;
const float l_565 = l_564 + l_mut_17;
l_mut_90 = l_565;
}
const uint l_566 = l_466 * uint(33);
const uint l_567 = l_566 + l_467;
shared_memory_7[l_567] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_568 = l_3 + l_466;
const bool l_569 = l_568 < l_1;
const bool l_570 = l_468 < info.scalars_uint[2];
const bool l_571 = l_569 && l_570;
if (l_571) {
const uint l_572 = l_568 * info.scalars_uint[2];
const uint l_573 = l_572 + l_468;
const float l_574 = buffer_1[l_573];
l_mut_90 = l_574;
}
const uint l_575 = l_466 * uint(33);
const uint l_576 = l_575 + l_467;
shared_memory_8[l_576] = l_mut_90;
const uint l_577 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_578 = l_577 / uint(32);
const uint l_579 = l_577 % uint(32);
const uint l_580 = l_mut_10 + l_579;
l_mut_90 = float(0.0);
const uint l_581 = l_2 + l_578;
const bool l_582 = l_581 < info.scalars_uint[1];
const bool l_583 = l_580 < info.scalars_uint[2];
const bool l_584 = l_582 && l_583;
if (l_584) {
const uint l_585 = l_581 * l_6;
const uint l_586 = l_580 / uint(32);
const uint l_587 = l_585 + l_586;
const uint l_588 = l_580 % uint(32);
const uint l_589 = l_587 * uint(2);
const uint l_590 = uint(0) + l_589;
const uint l_591 = info.scalars_uint[0] * uint(2);
const uint l_592 = l_591 + uint(3);
const uint l_593 = l_592 / uint(4);
const uint l_594 = l_593 * uint(4);
const uint l_595 = uint(0) + l_594;
const uint l_596 = l_587 * uint(2);
const uint l_597 = l_595 + l_596;
const uint l_598 = info.scalars_uint[0] * uint(2);
const uint l_599 = l_598 + uint(3);
const uint l_600 = l_599 / uint(4);
const uint l_601 = l_600 * uint(4);
const uint l_602 = uint(0) + l_601;
const uint l_603 = info.scalars_uint[0] * uint(2);
const uint l_604 = l_603 + uint(3);
const uint l_605 = l_604 / uint(4);
const uint l_606 = l_605 * uint(4);
const uint l_607 = l_602 + l_606;
const uint l_608 = l_587 * uint(16);
const uint l_609 = l_607 + l_608;
const uint l_610 = l_590 / uint(4);
const uint l_611 = buffer_0[l_610];
const uint l_612 = l_590 % uint(4);
const uint l_613 = l_612 * uint(8);
const uint l_614 = l_611 >> l_613;
const uint l_615 = l_614 & uint(65535);
const uint l_616 = l_615 & uint(32768);
const uint l_617 = l_616 << uint(16);
const uint l_618 = l_615 >> uint(10);
const uint l_619 = l_618 & uint(31);
const uint l_620 = l_615 & uint(1023);
const uint l_621 = l_619 + uint(112);
l_mut_59 = l_621;
const bool l_622 = l_619 == uint(31);
if (l_622) {
l_mut_59 = uint(255);
}
const uint l_623 = l_mut_59 << uint(23);
const uint l_624 = l_617 | l_623;
const uint l_625 = l_620 << uint(13);
const uint l_626 = l_624 | l_625;
const float l_627 = reinterpret_cast<thread float const&>(l_626);
l_mut_66 = l_627;
const bool l_628 = l_619 == uint(0);
if (l_628) {
const float l_629 = float(l_620);
const float l_630 = l_629 * float(5.960464477539063e-8);
const bool l_631 = l_617 == uint(0);
if (l_631) {
l_mut_66 = l_630;
} else {
const float l_632 = -l_630;
l_mut_66 = l_632;
}
}
const uint l_633 = l_597 / uint(4);
const uint l_634 = buffer_0[l_633];
const uint l_635 = l_597 % uint(4);
const uint l_636 = l_635 * uint(8);
const uint l_637 = l_634 >> l_636;
const uint l_638 = l_637 & uint(65535);
const uint l_639 = l_638 & uint(32768);
const uint l_640 = l_639 << uint(16);
const uint l_641 = l_638 >> uint(10);
const uint l_642 = l_641 & uint(31);
const uint l_643 = l_638 & uint(1023);
const uint l_644 = l_642 + uint(112);
l_mut_59 = l_644;
const bool l_645 = l_642 == uint(31);
if (l_645) {
l_mut_59 = uint(255);
}
const uint l_646 = l_mut_59 << uint(23);
const uint l_647 = l_640 | l_646;
const uint l_648 = l_643 << uint(13);
const uint l_649 = l_647 | l_648;
const float l_650 = reinterpret_cast<thread float const&>(l_649);
l_mut_17 = l_650;
const bool l_651 = l_642 == uint(0);
if (l_651) {
const float l_652 = float(l_643);
const float l_653 = l_652 * float(5.960464477539063e-8);
const bool l_654 = l_640 == uint(0);
if (l_654) {
l_mut_17 = l_653;
} else {
const float l_655 = -l_653;
l_mut_17 = l_655;
}
}
const int l_656 = int(l_588);
const uint l_657 = l_609 + uint(0);
const uint l_658 = uint(l_656);
const uint l_659 = l_658 / uint(32);
const uint l_660 = l_659 * uint(16);
const uint l_661 = l_657 + l_660;
const uint l_662 = l_658 % uint(16);
const uint l_663 = l_661 + l_662;
const uint l_664 = l_658 / uint(16);
const uint l_665 = l_664 % uint(2);
const uint l_666 = l_665 * uint(4);
const uint l_667 = l_663 / uint(4);
const uint l_668 = buffer_0[l_667];
const uint l_669 = l_663 % uint(4);
const uint l_670 = l_669 * uint(8);
const uint l_671 = l_670 + l_666;
const uint l_672 = l_668 >> l_671;
const uint l_673 = l_672 & uint(15);
const int l_674 = int(l_673);
const float l_675 = float(l_674);
const float l_676 = l_mut_66 * l_675;
const float l_677 = l_676 + l_mut_17;
l_mut_90 = l_677;
}
const uint l_678 = l_578 * uint(33);
const uint l_679 = l_678 + l_579;
shared_memory_7[l_679] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_680 = l_3 + l_578;
const bool l_681 = l_680 < l_1;
const bool l_682 = l_580 < info.scalars_uint[2];
const bool l_683 = l_681 && l_682;
if (l_683) {
const uint l_684 = l_680 * info.scalars_uint[2];
const uint l_685 = l_684 + l_580;
const float l_686 = buffer_1[l_685];
l_mut_90 = l_686;
}
const uint l_687 = l_578 * uint(33);
const uint l_688 = l_687 + l_579;
shared_memory_8[l_688] = l_mut_90;
const uint l_689 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_690 = l_689 / uint(32);
const uint l_691 = l_689 % uint(32);
const uint l_692 = l_mut_10 + l_691;
l_mut_90 = float(0.0);
const uint l_693 = l_2 + l_690;
const bool l_694 = l_693 < info.scalars_uint[1];
const bool l_695 = l_692 < info.scalars_uint[2];
const bool l_696 = l_694 && l_695;
if (l_696) {
const uint l_697 = l_693 * l_6;
const uint l_698 = l_692 / uint(32);
const uint l_699 = l_697 + l_698;
const uint l_700 = l_692 % uint(32);
const uint l_701 = l_699 * uint(2);
const uint l_702 = uint(0) + l_701;
const uint l_703 = info.scalars_uint[0] * uint(2);
const uint l_704 = l_703 + uint(3);
const uint l_705 = l_704 / uint(4);
const uint l_706 = l_705 * uint(4);
const uint l_707 = uint(0) + l_706;
const uint l_708 = l_699 * uint(2);
const uint l_709 = l_707 + l_708;
const uint l_710 = info.scalars_uint[0] * uint(2);
const uint l_711 = l_710 + uint(3);
const uint l_712 = l_711 / uint(4);
const uint l_713 = l_712 * uint(4);
const uint l_714 = uint(0) + l_713;
const uint l_715 = info.scalars_uint[0] * uint(2);
const uint l_716 = l_715 + uint(3);
const uint l_717 = l_716 / uint(4);
const uint l_718 = l_717 * uint(4);
const uint l_719 = l_714 + l_718;
const uint l_720 = l_699 * uint(16);
const uint l_721 = l_719 + l_720;
const uint l_722 = l_702 / uint(4);
const uint l_723 = buffer_0[l_722];
const uint l_724 = l_702 % uint(4);
const uint l_725 = l_724 * uint(8);
const uint l_726 = l_723 >> l_725;
const uint l_727 = l_726 & uint(65535);
const uint l_728 = l_727 & uint(32768);
const uint l_729 = l_728 << uint(16);
const uint l_730 = l_727 >> uint(10);
const uint l_731 = l_730 & uint(31);
const uint l_732 = l_727 & uint(1023);
const uint l_733 = l_731 + uint(112);
l_mut_59 = l_733;
const bool l_734 = l_731 == uint(31);
if (l_734) {
l_mut_59 = uint(255);
}
const uint l_735 = l_mut_59 << uint(23);
const uint l_736 = l_729 | l_735;
const uint l_737 = l_732 << uint(13);
const uint l_738 = l_736 | l_737;
const float l_739 = reinterpret_cast<thread float const&>(l_738);
l_mut_66 = l_739;
const bool l_740 = l_731 == uint(0);
if (l_740) {
const float l_741 = float(l_732);
const float l_742 = l_741 * float(5.960464477539063e-8);
const bool l_743 = l_729 == uint(0);
if (l_743) {
l_mut_66 = l_742;
} else {
const float l_744 = -l_742;
l_mut_66 = l_744;
}
}
const uint l_745 = l_709 / uint(4);
const uint l_746 = buffer_0[l_745];
const uint l_747 = l_709 % uint(4);
const uint l_748 = l_747 * uint(8);
const uint l_749 = l_746 >> l_748;
const uint l_750 = l_749 & uint(65535);
const uint l_751 = l_750 & uint(32768);
const uint l_752 = l_751 << uint(16);
const uint l_753 = l_750 >> uint(10);
const uint l_754 = l_753 & uint(31);
const uint l_755 = l_750 & uint(1023);
const uint l_756 = l_754 + uint(112);
l_mut_59 = l_756;
const bool l_757 = l_754 == uint(31);
if (l_757) {
l_mut_59 = uint(255);
}
const uint l_758 = l_mut_59 << uint(23);
const uint l_759 = l_752 | l_758;
const uint l_760 = l_755 << uint(13);
const uint l_761 = l_759 | l_760;
const float l_762 = reinterpret_cast<thread float const&>(l_761);
l_mut_17 = l_762;
const bool l_763 = l_754 == uint(0);
if (l_763) {
const float l_764 = float(l_755);
const float l_765 = l_764 * float(5.960464477539063e-8);
const bool l_766 = l_752 == uint(0);
if (l_766) {
l_mut_17 = l_765;
} else {
const float l_767 = -l_765;
l_mut_17 = l_767;
}
}
const int l_768 = int(l_700);
const uint l_769 = l_721 + uint(0);
const uint l_770 = uint(l_768);
const uint l_771 = l_770 / uint(32);
const uint l_772 = l_771 * uint(16);
const uint l_773 = l_769 + l_772;
const uint l_774 = l_770 % uint(16);
const uint l_775 = l_773 + l_774;
const uint l_776 = l_770 / uint(16);
const uint l_777 = l_776 % uint(2);
const uint l_778 = l_777 * uint(4);
const uint l_779 = l_775 / uint(4);
const uint l_780 = buffer_0[l_779];
const uint l_781 = l_775 % uint(4);
const uint l_782 = l_781 * uint(8);
const uint l_783 = l_782 + l_778;
const uint l_784 = l_780 >> l_783;
const uint l_785 = l_784 & uint(15);
const int l_786 = int(l_785);
const float l_787 = float(l_786);
const float l_788 = l_mut_66 * l_787;
const float l_789 = l_788 + l_mut_17;
l_mut_90 = l_789;
}
const uint l_790 = l_690 * uint(33);
const uint l_791 = l_790 + l_691;
shared_memory_7[l_791] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_792 = l_3 + l_690;
const bool l_793 = l_792 < l_1;
const bool l_794 = l_692 < info.scalars_uint[2];
const bool l_795 = l_793 && l_794;
if (l_795) {
const uint l_796 = l_792 * info.scalars_uint[2];
const uint l_797 = l_796 + l_692;
const float l_798 = buffer_1[l_797];
l_mut_90 = l_798;
}
const uint l_799 = l_690 * uint(33);
const uint l_800 = l_799 + l_691;
shared_memory_8[l_800] = l_mut_90;
const uint l_801 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_802 = l_801 / uint(32);
const uint l_803 = l_801 % uint(32);
const uint l_804 = l_mut_10 + l_803;
l_mut_90 = float(0.0);
const uint l_805 = l_2 + l_802;
const bool l_806 = l_805 < info.scalars_uint[1];
const bool l_807 = l_804 < info.scalars_uint[2];
const bool l_808 = l_806 && l_807;
if (l_808) {
const uint l_809 = l_805 * l_6;
const uint l_810 = l_804 / uint(32);
const uint l_811 = l_809 + l_810;
const uint l_812 = l_804 % uint(32);
const uint l_813 = l_811 * uint(2);
const uint l_814 = uint(0) + l_813;
const uint l_815 = info.scalars_uint[0] * uint(2);
const uint l_816 = l_815 + uint(3);
const uint l_817 = l_816 / uint(4);
const uint l_818 = l_817 * uint(4);
const uint l_819 = uint(0) + l_818;
const uint l_820 = l_811 * uint(2);
const uint l_821 = l_819 + l_820;
const uint l_822 = info.scalars_uint[0] * uint(2);
const uint l_823 = l_822 + uint(3);
const uint l_824 = l_823 / uint(4);
const uint l_825 = l_824 * uint(4);
const uint l_826 = uint(0) + l_825;
const uint l_827 = info.scalars_uint[0] * uint(2);
const uint l_828 = l_827 + uint(3);
const uint l_829 = l_828 / uint(4);
const uint l_830 = l_829 * uint(4);
const uint l_831 = l_826 + l_830;
const uint l_832 = l_811 * uint(16);
const uint l_833 = l_831 + l_832;
const uint l_834 = l_814 / uint(4);
const uint l_835 = buffer_0[l_834];
const uint l_836 = l_814 % uint(4);
const uint l_837 = l_836 * uint(8);
const uint l_838 = l_835 >> l_837;
const uint l_839 = l_838 & uint(65535);
const uint l_840 = l_839 & uint(32768);
const uint l_841 = l_840 << uint(16);
const uint l_842 = l_839 >> uint(10);
const uint l_843 = l_842 & uint(31);
const uint l_844 = l_839 & uint(1023);
const uint l_845 = l_843 + uint(112);
l_mut_59 = l_845;
const bool l_846 = l_843 == uint(31);
if (l_846) {
l_mut_59 = uint(255);
}
const uint l_847 = l_mut_59 << uint(23);
const uint l_848 = l_841 | l_847;
const uint l_849 = l_844 << uint(13);
const uint l_850 = l_848 | l_849;
const float l_851 = reinterpret_cast<thread float const&>(l_850);
l_mut_66 = l_851;
const bool l_852 = l_843 == uint(0);
if (l_852) {
const float l_853 = float(l_844);
const float l_854 = l_853 * float(5.960464477539063e-8);
const bool l_855 = l_841 == uint(0);
if (l_855) {
l_mut_66 = l_854;
} else {
const float l_856 = -l_854;
l_mut_66 = l_856;
}
}
const uint l_857 = l_821 / uint(4);
const uint l_858 = buffer_0[l_857];
const uint l_859 = l_821 % uint(4);
const uint l_860 = l_859 * uint(8);
const uint l_861 = l_858 >> l_860;
const uint l_862 = l_861 & uint(65535);
const uint l_863 = l_862 & uint(32768);
const uint l_864 = l_863 << uint(16);
const uint l_865 = l_862 >> uint(10);
const uint l_866 = l_865 & uint(31);
const uint l_867 = l_862 & uint(1023);
const uint l_868 = l_866 + uint(112);
l_mut_59 = l_868;
const bool l_869 = l_866 == uint(31);
if (l_869) {
l_mut_59 = uint(255);
}
const uint l_870 = l_mut_59 << uint(23);
const uint l_871 = l_864 | l_870;
const uint l_872 = l_867 << uint(13);
const uint l_873 = l_871 | l_872;
const float l_874 = reinterpret_cast<thread float const&>(l_873);
l_mut_17 = l_874;
const bool l_875 = l_866 == uint(0);
if (l_875) {
const float l_876 = float(l_867);
const float l_877 = l_876 * float(5.960464477539063e-8);
const bool l_878 = l_864 == uint(0);
if (l_878) {
l_mut_17 = l_877;
} else {
const float l_879 = -l_877;
l_mut_17 = l_879;
}
}
const int l_880 = int(l_812);
const uint l_881 = l_833 + uint(0);
const uint l_882 = uint(l_880);
const uint l_883 = l_882 / uint(32);
const uint l_884 = l_883 * uint(16);
const uint l_885 = l_881 + l_884;
const uint l_886 = l_882 % uint(16);
const uint l_887 = l_885 + l_886;
const uint l_888 = l_882 / uint(16);
const uint l_889 = l_888 % uint(2);
const uint l_890 = l_889 * uint(4);
const uint l_891 = l_887 / uint(4);
const uint l_892 = buffer_0[l_891];
const uint l_893 = l_887 % uint(4);
const uint l_894 = l_893 * uint(8);
const uint l_895 = l_894 + l_890;
const uint l_896 = l_892 >> l_895;
const uint l_897 = l_896 & uint(15);
const int l_898 = int(l_897);
const float l_899 = float(l_898);
const float l_900 = l_mut_66 * l_899;
const float l_901 = l_900 + l_mut_17;
l_mut_90 = l_901;
}
const uint l_902 = l_802 * uint(33);
const uint l_903 = l_902 + l_803;
shared_memory_7[l_903] = l_mut_90;
l_mut_90 = float(0.0);
const uint l_904 = l_3 + l_802;
const bool l_905 = l_904 < l_1;
const bool l_906 = l_804 < info.scalars_uint[2];
const bool l_907 = l_905 && l_906;
if (l_907) {
const uint l_908 = l_904 * info.scalars_uint[2];
const uint l_909 = l_908 + l_804;
const float l_910 = buffer_1[l_909];
l_mut_90 = l_910;
}
const uint l_911 = l_802 * uint(33);
const uint l_912 = l_911 + l_803;
shared_memory_8[l_912] = l_mut_90;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_913 = uint(0); l_mut_913 < uint(32); ++l_mut_913) {
const uint l_916 = l_4 + uint(0);
const uint l_917 = l_916 * uint(33);
const uint l_918 = l_917 + l_mut_913;
const float l_919 = shared_memory_8[l_918];
l_arr_914[uint(0)] = l_919;
const uint l_920 = l_5 + uint(0);
const uint l_921 = l_920 * uint(33);
const uint l_922 = l_921 + l_mut_913;
const float l_923 = shared_memory_7[l_922];
l_arr_915[uint(0)] = l_923;
const uint l_924 = l_4 + uint(16);
const uint l_925 = l_924 * uint(33);
const uint l_926 = l_925 + l_mut_913;
const float l_927 = shared_memory_8[l_926];
l_arr_914[uint(1)] = l_927;
const uint l_928 = l_5 + uint(16);
const uint l_929 = l_928 * uint(33);
const uint l_930 = l_929 + l_mut_913;
const float l_931 = shared_memory_7[l_930];
l_arr_915[uint(1)] = l_931;
const uint l_932 = l_4 + uint(32);
const uint l_933 = l_932 * uint(33);
const uint l_934 = l_933 + l_mut_913;
const float l_935 = shared_memory_8[l_934];
l_arr_914[uint(2)] = l_935;
const uint l_936 = l_5 + uint(32);
const uint l_937 = l_936 * uint(33);
const uint l_938 = l_937 + l_mut_913;
const float l_939 = shared_memory_7[l_938];
l_arr_915[uint(2)] = l_939;
const uint l_940 = l_4 + uint(48);
const uint l_941 = l_940 * uint(33);
const uint l_942 = l_941 + l_mut_913;
const float l_943 = shared_memory_8[l_942];
l_arr_914[uint(3)] = l_943;
const uint l_944 = l_5 + uint(48);
const uint l_945 = l_944 * uint(33);
const uint l_946 = l_945 + l_mut_913;
const float l_947 = shared_memory_7[l_946];
l_arr_915[uint(3)] = l_947;
const float l_948 = l_arr_914[uint(0)];
const float l_949 = l_arr_915[uint(0)];
const float l_950 = l_948 * l_949;
const float l_951 = l_arr_9[uint(0)];
const float l_952 = l_951 + l_950;
l_arr_9[uint(0)] = l_952;
const float l_953 = l_arr_914[uint(0)];
const float l_954 = l_arr_915[uint(1)];
const float l_955 = l_953 * l_954;
const float l_956 = l_arr_9[uint(1)];
const float l_957 = l_956 + l_955;
l_arr_9[uint(1)] = l_957;
const float l_958 = l_arr_914[uint(0)];
const float l_959 = l_arr_915[uint(2)];
const float l_960 = l_958 * l_959;
const float l_961 = l_arr_9[uint(2)];
const float l_962 = l_961 + l_960;
l_arr_9[uint(2)] = l_962;
const float l_963 = l_arr_914[uint(0)];
const float l_964 = l_arr_915[uint(3)];
const float l_965 = l_963 * l_964;
const float l_966 = l_arr_9[uint(3)];
const float l_967 = l_966 + l_965;
l_arr_9[uint(3)] = l_967;
const float l_968 = l_arr_914[uint(1)];
const float l_969 = l_arr_915[uint(0)];
const float l_970 = l_968 * l_969;
const float l_971 = l_arr_9[uint(4)];
const float l_972 = l_971 + l_970;
l_arr_9[uint(4)] = l_972;
const float l_973 = l_arr_914[uint(1)];
const float l_974 = l_arr_915[uint(1)];
const float l_975 = l_973 * l_974;
const float l_976 = l_arr_9[uint(5)];
const float l_977 = l_976 + l_975;
l_arr_9[uint(5)] = l_977;
const float l_978 = l_arr_914[uint(1)];
const float l_979 = l_arr_915[uint(2)];
const float l_980 = l_978 * l_979;
const float l_981 = l_arr_9[uint(6)];
const float l_982 = l_981 + l_980;
l_arr_9[uint(6)] = l_982;
const float l_983 = l_arr_914[uint(1)];
const float l_984 = l_arr_915[uint(3)];
const float l_985 = l_983 * l_984;
const float l_986 = l_arr_9[uint(7)];
const float l_987 = l_986 + l_985;
l_arr_9[uint(7)] = l_987;
const float l_988 = l_arr_914[uint(2)];
const float l_989 = l_arr_915[uint(0)];
const float l_990 = l_988 * l_989;
const float l_991 = l_arr_9[uint(8)];
const float l_992 = l_991 + l_990;
l_arr_9[uint(8)] = l_992;
const float l_993 = l_arr_914[uint(2)];
const float l_994 = l_arr_915[uint(1)];
const float l_995 = l_993 * l_994;
const float l_996 = l_arr_9[uint(9)];
const float l_997 = l_996 + l_995;
l_arr_9[uint(9)] = l_997;
const float l_998 = l_arr_914[uint(2)];
const float l_999 = l_arr_915[uint(2)];
const float l_1000 = l_998 * l_999;
const float l_1001 = l_arr_9[uint(10)];
const float l_1002 = l_1001 + l_1000;
l_arr_9[uint(10)] = l_1002;
const float l_1003 = l_arr_914[uint(2)];
const float l_1004 = l_arr_915[uint(3)];
const float l_1005 = l_1003 * l_1004;
const float l_1006 = l_arr_9[uint(11)];
const float l_1007 = l_1006 + l_1005;
l_arr_9[uint(11)] = l_1007;
const float l_1008 = l_arr_914[uint(3)];
const float l_1009 = l_arr_915[uint(0)];
const float l_1010 = l_1008 * l_1009;
const float l_1011 = l_arr_9[uint(12)];
const float l_1012 = l_1011 + l_1010;
l_arr_9[uint(12)] = l_1012;
const float l_1013 = l_arr_914[uint(3)];
const float l_1014 = l_arr_915[uint(1)];
const float l_1015 = l_1013 * l_1014;
const float l_1016 = l_arr_9[uint(13)];
const float l_1017 = l_1016 + l_1015;
l_arr_9[uint(13)] = l_1017;
const float l_1018 = l_arr_914[uint(3)];
const float l_1019 = l_arr_915[uint(2)];
const float l_1020 = l_1018 * l_1019;
const float l_1021 = l_arr_9[uint(14)];
const float l_1022 = l_1021 + l_1020;
l_arr_9[uint(14)] = l_1022;
const float l_1023 = l_arr_914[uint(3)];
const float l_1024 = l_arr_915[uint(3)];
const float l_1025 = l_1023 * l_1024;
const float l_1026 = l_arr_9[uint(15)];
const float l_1027 = l_1026 + l_1025;
l_arr_9[uint(15)] = l_1027;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_1028 = l_3 + l_4;
const uint l_1029 = l_1028 + uint(0);
const uint l_1030 = l_2 + l_5;
const uint l_1031 = l_1030 + uint(0);
const bool l_1032 = l_1029 < l_1;
const bool l_1033 = l_1031 < info.scalars_uint[1];
const bool l_1034 = l_1032 && l_1033;
if (l_1034) {
const uint l_1035 = l_1029 * info.scalars_uint[1];
const uint l_1036 = l_1035 + l_1031;
const float l_1037 = l_arr_9[uint(0)];
buffer_2[l_1036] = l_1037;
}
const uint l_1038 = l_3 + l_4;
const uint l_1039 = l_1038 + uint(0);
const uint l_1040 = l_2 + l_5;
const uint l_1041 = l_1040 + uint(16);
const bool l_1042 = l_1039 < l_1;
const bool l_1043 = l_1041 < info.scalars_uint[1];
const bool l_1044 = l_1042 && l_1043;
if (l_1044) {
const uint l_1045 = l_1039 * info.scalars_uint[1];
const uint l_1046 = l_1045 + l_1041;
const float l_1047 = l_arr_9[uint(1)];
buffer_2[l_1046] = l_1047;
}
const uint l_1048 = l_3 + l_4;
const uint l_1049 = l_1048 + uint(0);
const uint l_1050 = l_2 + l_5;
const uint l_1051 = l_1050 + uint(32);
const bool l_1052 = l_1049 < l_1;
const bool l_1053 = l_1051 < info.scalars_uint[1];
const bool l_1054 = l_1052 && l_1053;
if (l_1054) {
const uint l_1055 = l_1049 * info.scalars_uint[1];
const uint l_1056 = l_1055 + l_1051;
const float l_1057 = l_arr_9[uint(2)];
buffer_2[l_1056] = l_1057;
}
const uint l_1058 = l_3 + l_4;
const uint l_1059 = l_1058 + uint(0);
const uint l_1060 = l_2 + l_5;
const uint l_1061 = l_1060 + uint(48);
const bool l_1062 = l_1059 < l_1;
const bool l_1063 = l_1061 < info.scalars_uint[1];
const bool l_1064 = l_1062 && l_1063;
if (l_1064) {
const uint l_1065 = l_1059 * info.scalars_uint[1];
const uint l_1066 = l_1065 + l_1061;
const float l_1067 = l_arr_9[uint(3)];
buffer_2[l_1066] = l_1067;
}
const uint l_1068 = l_3 + l_4;
const uint l_1069 = l_1068 + uint(16);
const uint l_1070 = l_2 + l_5;
const uint l_1071 = l_1070 + uint(0);
const bool l_1072 = l_1069 < l_1;
const bool l_1073 = l_1071 < info.scalars_uint[1];
const bool l_1074 = l_1072 && l_1073;
if (l_1074) {
const uint l_1075 = l_1069 * info.scalars_uint[1];
const uint l_1076 = l_1075 + l_1071;
const float l_1077 = l_arr_9[uint(4)];
buffer_2[l_1076] = l_1077;
}
const uint l_1078 = l_3 + l_4;
const uint l_1079 = l_1078 + uint(16);
const uint l_1080 = l_2 + l_5;
const uint l_1081 = l_1080 + uint(16);
const bool l_1082 = l_1079 < l_1;
const bool l_1083 = l_1081 < info.scalars_uint[1];
const bool l_1084 = l_1082 && l_1083;
if (l_1084) {
const uint l_1085 = l_1079 * info.scalars_uint[1];
const uint l_1086 = l_1085 + l_1081;
const float l_1087 = l_arr_9[uint(5)];
buffer_2[l_1086] = l_1087;
}
const uint l_1088 = l_3 + l_4;
const uint l_1089 = l_1088 + uint(16);
const uint l_1090 = l_2 + l_5;
const uint l_1091 = l_1090 + uint(32);
const bool l_1092 = l_1089 < l_1;
const bool l_1093 = l_1091 < info.scalars_uint[1];
const bool l_1094 = l_1092 && l_1093;
if (l_1094) {
const uint l_1095 = l_1089 * info.scalars_uint[1];
const uint l_1096 = l_1095 + l_1091;
const float l_1097 = l_arr_9[uint(6)];
buffer_2[l_1096] = l_1097;
}
const uint l_1098 = l_3 + l_4;
const uint l_1099 = l_1098 + uint(16);
const uint l_1100 = l_2 + l_5;
const uint l_1101 = l_1100 + uint(48);
const bool l_1102 = l_1099 < l_1;
const bool l_1103 = l_1101 < info.scalars_uint[1];
const bool l_1104 = l_1102 && l_1103;
if (l_1104) {
const uint l_1105 = l_1099 * info.scalars_uint[1];
const uint l_1106 = l_1105 + l_1101;
const float l_1107 = l_arr_9[uint(7)];
buffer_2[l_1106] = l_1107;
}
const uint l_1108 = l_3 + l_4;
const uint l_1109 = l_1108 + uint(32);
const uint l_1110 = l_2 + l_5;
const uint l_1111 = l_1110 + uint(0);
const bool l_1112 = l_1109 < l_1;
const bool l_1113 = l_1111 < info.scalars_uint[1];
const bool l_1114 = l_1112 && l_1113;
if (l_1114) {
const uint l_1115 = l_1109 * info.scalars_uint[1];
const uint l_1116 = l_1115 + l_1111;
const float l_1117 = l_arr_9[uint(8)];
buffer_2[l_1116] = l_1117;
}
const uint l_1118 = l_3 + l_4;
const uint l_1119 = l_1118 + uint(32);
const uint l_1120 = l_2 + l_5;
const uint l_1121 = l_1120 + uint(16);
const bool l_1122 = l_1119 < l_1;
const bool l_1123 = l_1121 < info.scalars_uint[1];
const bool l_1124 = l_1122 && l_1123;
if (l_1124) {
const uint l_1125 = l_1119 * info.scalars_uint[1];
const uint l_1126 = l_1125 + l_1121;
const float l_1127 = l_arr_9[uint(9)];
buffer_2[l_1126] = l_1127;
}
const uint l_1128 = l_3 + l_4;
const uint l_1129 = l_1128 + uint(32);
const uint l_1130 = l_2 + l_5;
const uint l_1131 = l_1130 + uint(32);
const bool l_1132 = l_1129 < l_1;
const bool l_1133 = l_1131 < info.scalars_uint[1];
const bool l_1134 = l_1132 && l_1133;
if (l_1134) {
const uint l_1135 = l_1129 * info.scalars_uint[1];
const uint l_1136 = l_1135 + l_1131;
const float l_1137 = l_arr_9[uint(10)];
buffer_2[l_1136] = l_1137;
}
const uint l_1138 = l_3 + l_4;
const uint l_1139 = l_1138 + uint(32);
const uint l_1140 = l_2 + l_5;
const uint l_1141 = l_1140 + uint(48);
const bool l_1142 = l_1139 < l_1;
const bool l_1143 = l_1141 < info.scalars_uint[1];
const bool l_1144 = l_1142 && l_1143;
if (l_1144) {
const uint l_1145 = l_1139 * info.scalars_uint[1];
const uint l_1146 = l_1145 + l_1141;
const float l_1147 = l_arr_9[uint(11)];
buffer_2[l_1146] = l_1147;
}
const uint l_1148 = l_3 + l_4;
const uint l_1149 = l_1148 + uint(48);
const uint l_1150 = l_2 + l_5;
const uint l_1151 = l_1150 + uint(0);
const bool l_1152 = l_1149 < l_1;
const bool l_1153 = l_1151 < info.scalars_uint[1];
const bool l_1154 = l_1152 && l_1153;
if (l_1154) {
const uint l_1155 = l_1149 * info.scalars_uint[1];
const uint l_1156 = l_1155 + l_1151;
const float l_1157 = l_arr_9[uint(12)];
buffer_2[l_1156] = l_1157;
}
const uint l_1158 = l_3 + l_4;
const uint l_1159 = l_1158 + uint(48);
const uint l_1160 = l_2 + l_5;
const uint l_1161 = l_1160 + uint(16);
const bool l_1162 = l_1159 < l_1;
const bool l_1163 = l_1161 < info.scalars_uint[1];
const bool l_1164 = l_1162 && l_1163;
if (l_1164) {
const uint l_1165 = l_1159 * info.scalars_uint[1];
const uint l_1166 = l_1165 + l_1161;
const float l_1167 = l_arr_9[uint(13)];
buffer_2[l_1166] = l_1167;
}
const uint l_1168 = l_3 + l_4;
const uint l_1169 = l_1168 + uint(48);
const uint l_1170 = l_2 + l_5;
const uint l_1171 = l_1170 + uint(32);
const bool l_1172 = l_1169 < l_1;
const bool l_1173 = l_1171 < info.scalars_uint[1];
const bool l_1174 = l_1172 && l_1173;
if (l_1174) {
const uint l_1175 = l_1169 * info.scalars_uint[1];
const uint l_1176 = l_1175 + l_1171;
const float l_1177 = l_arr_9[uint(14)];
buffer_2[l_1176] = l_1177;
}
const uint l_1178 = l_3 + l_4;
const uint l_1179 = l_1178 + uint(48);
const uint l_1180 = l_2 + l_5;
const uint l_1181 = l_1180 + uint(48);
const bool l_1182 = l_1179 < l_1;
const bool l_1183 = l_1181 < info.scalars_uint[1];
const bool l_1184 = l_1182 && l_1183;
if (l_1184) {
const uint l_1185 = l_1179 * info.scalars_uint[1];
const uint l_1186 = l_1185 + l_1181;
const float l_1187 = l_arr_9[uint(15)];
buffer_2[l_1186] = l_1187;
}

}
