
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

float l_arr_295[4];

float l_arr_296[4];

float l_mut_19;
int l_mut_142;
int l_mut_187;
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
const bool l_99 = l_97 == uint(31);
const uint l_100 = l_97 + uint(112);
const uint l_101 = (l_99) ? uint(255) : l_100;
const uint l_102 = l_101 << uint(23);
const uint l_103 = l_95 | l_102;
const uint l_104 = l_98 << uint(13);
const uint l_105 = l_103 | l_104;
const float l_106 = reinterpret_cast<thread float const&>(l_105);
const float l_107 = float(l_98);
const float l_108 = l_107 * float(5.960464477539063e-8);
const bool l_109 = l_95 == uint(0);
const float l_110 = -l_108;
const float l_111 = (l_109) ? l_108 : l_110;
const bool l_112 = l_97 == uint(0);
const float l_113 = (l_112) ? l_111 : l_106;
const uint l_114 = l_36 / uint(4);
const uint l_115 = buffer_0[l_114];
const uint l_116 = l_36 % uint(4);
const uint l_117 = l_116 * uint(8);
const uint l_118 = l_115 >> l_117;
const uint l_119 = l_118 & uint(65535);
const uint l_120 = l_119 & uint(32768);
const uint l_121 = l_120 << uint(16);
const uint l_122 = l_119 >> uint(10);
const uint l_123 = l_122 & uint(31);
const uint l_124 = l_119 & uint(1023);
const bool l_125 = l_123 == uint(31);
const uint l_126 = l_123 + uint(112);
const uint l_127 = (l_125) ? uint(255) : l_126;
const uint l_128 = l_127 << uint(23);
const uint l_129 = l_121 | l_128;
const uint l_130 = l_124 << uint(13);
const uint l_131 = l_129 | l_130;
const float l_132 = reinterpret_cast<thread float const&>(l_131);
const float l_133 = float(l_124);
const float l_134 = l_133 * float(5.960464477539063e-8);
const bool l_135 = l_121 == uint(0);
const float l_136 = -l_134;
const float l_137 = (l_135) ? l_134 : l_136;
const bool l_138 = l_123 == uint(0);
const float l_139 = (l_138) ? l_137 : l_132;
const int l_140 = int(l_27);
const int l_141 = l_140 / int(32);
l_mut_142 = int(0);
const bool l_143 = l_141 < int(4);
if (l_143) {
const uint l_144 = uint(l_141);
const uint l_145 = l_48 + l_144;
const uint l_146 = l_145 / uint(4);
const uint l_147 = buffer_0[l_146];
const uint l_148 = l_145 % uint(4);
const uint l_149 = l_148 * uint(8);
const uint l_150 = l_149 + uint(0);
const uint l_151 = l_147 >> l_150;
const uint l_152 = l_151 & uint(255);
const int l_153 = int(l_152);
const int l_154 = l_153 & int(63);
l_mut_142 = l_154;
} else {
const int l_155 = l_141 + int(4);
const uint l_156 = uint(l_155);
const uint l_157 = l_48 + l_156;
const uint l_158 = l_157 / uint(4);
const uint l_159 = buffer_0[l_158];
const uint l_160 = l_157 % uint(4);
const uint l_161 = l_160 * uint(8);
const uint l_162 = l_161 + uint(0);
const uint l_163 = l_159 >> l_162;
const uint l_164 = l_163 & uint(255);
const int l_165 = int(l_164);
const int l_166 = l_165 & int(15);
const int l_167 = l_141 - int(4);
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
const uint l_178 = uint(l_177);
const uint l_179 = uint(int(6));
const uint l_180 = l_178 >> l_179;
const int l_181 = int(l_180);
const uint l_182 = uint(l_181);
const uint l_183 = uint(int(4));
const uint l_184 = l_182 << l_183;
const int l_185 = int(l_184);
const int l_186 = l_166 | l_185;
l_mut_142 = l_186;
}
l_mut_187 = int(0);
const bool l_188 = l_141 < int(4);
if (l_188) {
const int l_189 = l_141 + int(4);
const uint l_190 = uint(l_189);
const uint l_191 = l_48 + l_190;
const uint l_192 = l_191 / uint(4);
const uint l_193 = buffer_0[l_192];
const uint l_194 = l_191 % uint(4);
const uint l_195 = l_194 * uint(8);
const uint l_196 = l_195 + uint(0);
const uint l_197 = l_193 >> l_196;
const uint l_198 = l_197 & uint(255);
const int l_199 = int(l_198);
const int l_200 = l_199 & int(63);
l_mut_187 = l_200;
} else {
const int l_201 = l_141 + int(4);
const uint l_202 = uint(l_201);
const uint l_203 = l_48 + l_202;
const uint l_204 = l_203 / uint(4);
const uint l_205 = buffer_0[l_204];
const uint l_206 = l_203 % uint(4);
const uint l_207 = l_206 * uint(8);
const uint l_208 = l_207 + uint(0);
const uint l_209 = l_205 >> l_208;
const uint l_210 = l_209 & uint(255);
const int l_211 = int(l_210);
const uint l_212 = uint(l_211);
const uint l_213 = uint(int(4));
const uint l_214 = l_212 >> l_213;
const int l_215 = int(l_214);
const uint l_216 = uint(l_141);
const uint l_217 = l_48 + l_216;
const uint l_218 = l_217 / uint(4);
const uint l_219 = buffer_0[l_218];
const uint l_220 = l_217 % uint(4);
const uint l_221 = l_220 * uint(8);
const uint l_222 = l_221 + uint(0);
const uint l_223 = l_219 >> l_222;
const uint l_224 = l_223 & uint(255);
const int l_225 = int(l_224);
const uint l_226 = uint(l_225);
const uint l_227 = uint(int(6));
const uint l_228 = l_226 >> l_227;
const int l_229 = int(l_228);
const uint l_230 = uint(l_229);
const uint l_231 = uint(int(4));
const uint l_232 = l_230 << l_231;
const int l_233 = int(l_232);
const int l_234 = l_215 | l_233;
l_mut_187 = l_234;
}
const uint l_235 = l_87 + uint(0);
const uint l_236 = uint(l_140);
const uint l_237 = l_236 / uint(64);
const uint l_238 = l_237 * uint(32);
const uint l_239 = l_235 + l_238;
const uint l_240 = l_236 % uint(32);
const uint l_241 = l_239 + l_240;
const uint l_242 = l_236 / uint(32);
const uint l_243 = l_242 % uint(2);
const uint l_244 = l_243 * uint(4);
const uint l_245 = l_241 / uint(4);
const uint l_246 = buffer_0[l_245];
const uint l_247 = l_241 % uint(4);
const uint l_248 = l_247 * uint(8);
const uint l_249 = l_248 + l_244;
const uint l_250 = l_246 >> l_249;
const uint l_251 = l_250 & uint(15);
const int l_252 = int(l_251);
const uint l_253 = l_65 + uint(0);
const uint l_254 = uint(l_140);
const uint l_255 = l_254 / uint(256);
const uint l_256 = l_255 * uint(32);
const uint l_257 = l_253 + l_256;
const uint l_258 = l_254 % uint(32);
const uint l_259 = l_257 + l_258;
const uint l_260 = l_254 / uint(32);
const uint l_261 = l_260 % uint(8);
const uint l_262 = l_261 * uint(1);
const uint l_263 = l_259 / uint(4);
const uint l_264 = buffer_0[l_263];
const uint l_265 = l_259 % uint(4);
const uint l_266 = l_265 * uint(8);
const uint l_267 = l_266 + l_262;
const uint l_268 = l_264 >> l_267;
const uint l_269 = l_268 & uint(1);
const int l_270 = int(l_269);
const uint l_271 = uint(l_270);
const uint l_272 = uint(int(4));
const uint l_273 = l_271 << l_272;
const int l_274 = int(l_273);
const int l_275 = l_252 | l_274;
const float l_276 = float(l_mut_142);
const float l_277 = l_113 * l_276;
const float l_278 = float(l_275);
const float l_279 = l_277 * l_278;
const float l_280 = float(l_mut_187);
const float l_281 = l_139 * l_280;
const float l_282 = l_279 - l_281;
l_mut_19 = l_282;
}
const uint l_283 = l_16 * uint(33);
const uint l_284 = l_283 + l_17;
shared_memory_7[l_284] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_285 = l_3 + l_16;
const bool l_286 = l_285 < l_1;
const bool l_287 = l_18 < info.scalars_uint[2];
const bool l_288 = l_286 && l_287;
if (l_288) {
const uint l_289 = l_285 * info.scalars_uint[2];
const uint l_290 = l_289 + l_18;
const float l_291 = buffer_1[l_290];
l_mut_19 = l_291;
}
const uint l_292 = l_16 * uint(33);
const uint l_293 = l_292 + l_17;
shared_memory_8[l_293] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_294 = uint(0); l_mut_294 < uint(32); ++l_mut_294) {
const uint l_297 = l_4 + uint(0);
const uint l_298 = l_297 * uint(33);
const uint l_299 = l_298 + l_mut_294;
const float l_300 = shared_memory_8[l_299];
l_arr_295[uint(0)] = l_300;
const uint l_301 = l_5 + uint(0);
const uint l_302 = l_301 * uint(33);
const uint l_303 = l_302 + l_mut_294;
const float l_304 = shared_memory_7[l_303];
l_arr_296[uint(0)] = l_304;
const uint l_305 = l_4 + uint(16);
const uint l_306 = l_305 * uint(33);
const uint l_307 = l_306 + l_mut_294;
const float l_308 = shared_memory_8[l_307];
l_arr_295[uint(1)] = l_308;
const uint l_309 = l_5 + uint(16);
const uint l_310 = l_309 * uint(33);
const uint l_311 = l_310 + l_mut_294;
const float l_312 = shared_memory_7[l_311];
l_arr_296[uint(1)] = l_312;
const uint l_313 = l_4 + uint(32);
const uint l_314 = l_313 * uint(33);
const uint l_315 = l_314 + l_mut_294;
const float l_316 = shared_memory_8[l_315];
l_arr_295[uint(2)] = l_316;
const uint l_317 = l_5 + uint(32);
const uint l_318 = l_317 * uint(33);
const uint l_319 = l_318 + l_mut_294;
const float l_320 = shared_memory_7[l_319];
l_arr_296[uint(2)] = l_320;
const uint l_321 = l_4 + uint(48);
const uint l_322 = l_321 * uint(33);
const uint l_323 = l_322 + l_mut_294;
const float l_324 = shared_memory_8[l_323];
l_arr_295[uint(3)] = l_324;
const uint l_325 = l_5 + uint(48);
const uint l_326 = l_325 * uint(33);
const uint l_327 = l_326 + l_mut_294;
const float l_328 = shared_memory_7[l_327];
l_arr_296[uint(3)] = l_328;
const float l_329 = l_arr_295[uint(0)];
const float l_330 = l_arr_296[uint(0)];
const float l_331 = l_329 * l_330;
const float l_332 = l_arr_9[uint(0)];
const float l_333 = l_332 + l_331;
l_arr_9[uint(0)] = l_333;
const float l_334 = l_arr_295[uint(0)];
const float l_335 = l_arr_296[uint(1)];
const float l_336 = l_334 * l_335;
const float l_337 = l_arr_9[uint(1)];
const float l_338 = l_337 + l_336;
l_arr_9[uint(1)] = l_338;
const float l_339 = l_arr_295[uint(0)];
const float l_340 = l_arr_296[uint(2)];
const float l_341 = l_339 * l_340;
const float l_342 = l_arr_9[uint(2)];
const float l_343 = l_342 + l_341;
l_arr_9[uint(2)] = l_343;
const float l_344 = l_arr_295[uint(0)];
const float l_345 = l_arr_296[uint(3)];
const float l_346 = l_344 * l_345;
const float l_347 = l_arr_9[uint(3)];
const float l_348 = l_347 + l_346;
l_arr_9[uint(3)] = l_348;
const float l_349 = l_arr_295[uint(1)];
const float l_350 = l_arr_296[uint(0)];
const float l_351 = l_349 * l_350;
const float l_352 = l_arr_9[uint(4)];
const float l_353 = l_352 + l_351;
l_arr_9[uint(4)] = l_353;
const float l_354 = l_arr_295[uint(1)];
const float l_355 = l_arr_296[uint(1)];
const float l_356 = l_354 * l_355;
const float l_357 = l_arr_9[uint(5)];
const float l_358 = l_357 + l_356;
l_arr_9[uint(5)] = l_358;
const float l_359 = l_arr_295[uint(1)];
const float l_360 = l_arr_296[uint(2)];
const float l_361 = l_359 * l_360;
const float l_362 = l_arr_9[uint(6)];
const float l_363 = l_362 + l_361;
l_arr_9[uint(6)] = l_363;
const float l_364 = l_arr_295[uint(1)];
const float l_365 = l_arr_296[uint(3)];
const float l_366 = l_364 * l_365;
const float l_367 = l_arr_9[uint(7)];
const float l_368 = l_367 + l_366;
l_arr_9[uint(7)] = l_368;
const float l_369 = l_arr_295[uint(2)];
const float l_370 = l_arr_296[uint(0)];
const float l_371 = l_369 * l_370;
const float l_372 = l_arr_9[uint(8)];
const float l_373 = l_372 + l_371;
l_arr_9[uint(8)] = l_373;
const float l_374 = l_arr_295[uint(2)];
const float l_375 = l_arr_296[uint(1)];
const float l_376 = l_374 * l_375;
const float l_377 = l_arr_9[uint(9)];
const float l_378 = l_377 + l_376;
l_arr_9[uint(9)] = l_378;
const float l_379 = l_arr_295[uint(2)];
const float l_380 = l_arr_296[uint(2)];
const float l_381 = l_379 * l_380;
const float l_382 = l_arr_9[uint(10)];
const float l_383 = l_382 + l_381;
l_arr_9[uint(10)] = l_383;
const float l_384 = l_arr_295[uint(2)];
const float l_385 = l_arr_296[uint(3)];
const float l_386 = l_384 * l_385;
const float l_387 = l_arr_9[uint(11)];
const float l_388 = l_387 + l_386;
l_arr_9[uint(11)] = l_388;
const float l_389 = l_arr_295[uint(3)];
const float l_390 = l_arr_296[uint(0)];
const float l_391 = l_389 * l_390;
const float l_392 = l_arr_9[uint(12)];
const float l_393 = l_392 + l_391;
l_arr_9[uint(12)] = l_393;
const float l_394 = l_arr_295[uint(3)];
const float l_395 = l_arr_296[uint(1)];
const float l_396 = l_394 * l_395;
const float l_397 = l_arr_9[uint(13)];
const float l_398 = l_397 + l_396;
l_arr_9[uint(13)] = l_398;
const float l_399 = l_arr_295[uint(3)];
const float l_400 = l_arr_296[uint(2)];
const float l_401 = l_399 * l_400;
const float l_402 = l_arr_9[uint(14)];
const float l_403 = l_402 + l_401;
l_arr_9[uint(14)] = l_403;
const float l_404 = l_arr_295[uint(3)];
const float l_405 = l_arr_296[uint(3)];
const float l_406 = l_404 * l_405;
const float l_407 = l_arr_9[uint(15)];
const float l_408 = l_407 + l_406;
l_arr_9[uint(15)] = l_408;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_409 = l_3 + l_4;
const uint l_410 = l_409 + uint(0);
const uint l_411 = l_2 + l_5;
const uint l_412 = l_411 + uint(0);
const bool l_413 = l_410 < l_1;
const bool l_414 = l_412 < info.scalars_uint[1];
const bool l_415 = l_413 && l_414;
if (l_415) {
const uint l_416 = l_410 * info.scalars_uint[1];
const uint l_417 = l_416 + l_412;
const float l_418 = l_arr_9[uint(0)];
buffer_2[l_417] = l_418;
}
const uint l_419 = l_3 + l_4;
const uint l_420 = l_419 + uint(0);
const uint l_421 = l_2 + l_5;
const uint l_422 = l_421 + uint(16);
const bool l_423 = l_420 < l_1;
const bool l_424 = l_422 < info.scalars_uint[1];
const bool l_425 = l_423 && l_424;
if (l_425) {
const uint l_426 = l_420 * info.scalars_uint[1];
const uint l_427 = l_426 + l_422;
const float l_428 = l_arr_9[uint(1)];
buffer_2[l_427] = l_428;
}
const uint l_429 = l_3 + l_4;
const uint l_430 = l_429 + uint(0);
const uint l_431 = l_2 + l_5;
const uint l_432 = l_431 + uint(32);
const bool l_433 = l_430 < l_1;
const bool l_434 = l_432 < info.scalars_uint[1];
const bool l_435 = l_433 && l_434;
if (l_435) {
const uint l_436 = l_430 * info.scalars_uint[1];
const uint l_437 = l_436 + l_432;
const float l_438 = l_arr_9[uint(2)];
buffer_2[l_437] = l_438;
}
const uint l_439 = l_3 + l_4;
const uint l_440 = l_439 + uint(0);
const uint l_441 = l_2 + l_5;
const uint l_442 = l_441 + uint(48);
const bool l_443 = l_440 < l_1;
const bool l_444 = l_442 < info.scalars_uint[1];
const bool l_445 = l_443 && l_444;
if (l_445) {
const uint l_446 = l_440 * info.scalars_uint[1];
const uint l_447 = l_446 + l_442;
const float l_448 = l_arr_9[uint(3)];
buffer_2[l_447] = l_448;
}
const uint l_449 = l_3 + l_4;
const uint l_450 = l_449 + uint(16);
const uint l_451 = l_2 + l_5;
const uint l_452 = l_451 + uint(0);
const bool l_453 = l_450 < l_1;
const bool l_454 = l_452 < info.scalars_uint[1];
const bool l_455 = l_453 && l_454;
if (l_455) {
const uint l_456 = l_450 * info.scalars_uint[1];
const uint l_457 = l_456 + l_452;
const float l_458 = l_arr_9[uint(4)];
buffer_2[l_457] = l_458;
}
const uint l_459 = l_3 + l_4;
const uint l_460 = l_459 + uint(16);
const uint l_461 = l_2 + l_5;
const uint l_462 = l_461 + uint(16);
const bool l_463 = l_460 < l_1;
const bool l_464 = l_462 < info.scalars_uint[1];
const bool l_465 = l_463 && l_464;
if (l_465) {
const uint l_466 = l_460 * info.scalars_uint[1];
const uint l_467 = l_466 + l_462;
const float l_468 = l_arr_9[uint(5)];
buffer_2[l_467] = l_468;
}
const uint l_469 = l_3 + l_4;
const uint l_470 = l_469 + uint(16);
const uint l_471 = l_2 + l_5;
const uint l_472 = l_471 + uint(32);
const bool l_473 = l_470 < l_1;
const bool l_474 = l_472 < info.scalars_uint[1];
const bool l_475 = l_473 && l_474;
if (l_475) {
const uint l_476 = l_470 * info.scalars_uint[1];
const uint l_477 = l_476 + l_472;
const float l_478 = l_arr_9[uint(6)];
buffer_2[l_477] = l_478;
}
const uint l_479 = l_3 + l_4;
const uint l_480 = l_479 + uint(16);
const uint l_481 = l_2 + l_5;
const uint l_482 = l_481 + uint(48);
const bool l_483 = l_480 < l_1;
const bool l_484 = l_482 < info.scalars_uint[1];
const bool l_485 = l_483 && l_484;
if (l_485) {
const uint l_486 = l_480 * info.scalars_uint[1];
const uint l_487 = l_486 + l_482;
const float l_488 = l_arr_9[uint(7)];
buffer_2[l_487] = l_488;
}
const uint l_489 = l_3 + l_4;
const uint l_490 = l_489 + uint(32);
const uint l_491 = l_2 + l_5;
const uint l_492 = l_491 + uint(0);
const bool l_493 = l_490 < l_1;
const bool l_494 = l_492 < info.scalars_uint[1];
const bool l_495 = l_493 && l_494;
if (l_495) {
const uint l_496 = l_490 * info.scalars_uint[1];
const uint l_497 = l_496 + l_492;
const float l_498 = l_arr_9[uint(8)];
buffer_2[l_497] = l_498;
}
const uint l_499 = l_3 + l_4;
const uint l_500 = l_499 + uint(32);
const uint l_501 = l_2 + l_5;
const uint l_502 = l_501 + uint(16);
const bool l_503 = l_500 < l_1;
const bool l_504 = l_502 < info.scalars_uint[1];
const bool l_505 = l_503 && l_504;
if (l_505) {
const uint l_506 = l_500 * info.scalars_uint[1];
const uint l_507 = l_506 + l_502;
const float l_508 = l_arr_9[uint(9)];
buffer_2[l_507] = l_508;
}
const uint l_509 = l_3 + l_4;
const uint l_510 = l_509 + uint(32);
const uint l_511 = l_2 + l_5;
const uint l_512 = l_511 + uint(32);
const bool l_513 = l_510 < l_1;
const bool l_514 = l_512 < info.scalars_uint[1];
const bool l_515 = l_513 && l_514;
if (l_515) {
const uint l_516 = l_510 * info.scalars_uint[1];
const uint l_517 = l_516 + l_512;
const float l_518 = l_arr_9[uint(10)];
buffer_2[l_517] = l_518;
}
const uint l_519 = l_3 + l_4;
const uint l_520 = l_519 + uint(32);
const uint l_521 = l_2 + l_5;
const uint l_522 = l_521 + uint(48);
const bool l_523 = l_520 < l_1;
const bool l_524 = l_522 < info.scalars_uint[1];
const bool l_525 = l_523 && l_524;
if (l_525) {
const uint l_526 = l_520 * info.scalars_uint[1];
const uint l_527 = l_526 + l_522;
const float l_528 = l_arr_9[uint(11)];
buffer_2[l_527] = l_528;
}
const uint l_529 = l_3 + l_4;
const uint l_530 = l_529 + uint(48);
const uint l_531 = l_2 + l_5;
const uint l_532 = l_531 + uint(0);
const bool l_533 = l_530 < l_1;
const bool l_534 = l_532 < info.scalars_uint[1];
const bool l_535 = l_533 && l_534;
if (l_535) {
const uint l_536 = l_530 * info.scalars_uint[1];
const uint l_537 = l_536 + l_532;
const float l_538 = l_arr_9[uint(12)];
buffer_2[l_537] = l_538;
}
const uint l_539 = l_3 + l_4;
const uint l_540 = l_539 + uint(48);
const uint l_541 = l_2 + l_5;
const uint l_542 = l_541 + uint(16);
const bool l_543 = l_540 < l_1;
const bool l_544 = l_542 < info.scalars_uint[1];
const bool l_545 = l_543 && l_544;
if (l_545) {
const uint l_546 = l_540 * info.scalars_uint[1];
const uint l_547 = l_546 + l_542;
const float l_548 = l_arr_9[uint(13)];
buffer_2[l_547] = l_548;
}
const uint l_549 = l_3 + l_4;
const uint l_550 = l_549 + uint(48);
const uint l_551 = l_2 + l_5;
const uint l_552 = l_551 + uint(32);
const bool l_553 = l_550 < l_1;
const bool l_554 = l_552 < info.scalars_uint[1];
const bool l_555 = l_553 && l_554;
if (l_555) {
const uint l_556 = l_550 * info.scalars_uint[1];
const uint l_557 = l_556 + l_552;
const float l_558 = l_arr_9[uint(14)];
buffer_2[l_557] = l_558;
}
const uint l_559 = l_3 + l_4;
const uint l_560 = l_559 + uint(48);
const uint l_561 = l_2 + l_5;
const uint l_562 = l_561 + uint(48);
const bool l_563 = l_560 < l_1;
const bool l_564 = l_562 < info.scalars_uint[1];
const bool l_565 = l_563 && l_564;
if (l_565) {
const uint l_566 = l_560 * info.scalars_uint[1];
const uint l_567 = l_566 + l_562;
const float l_568 = l_arr_9[uint(15)];
buffer_2[l_567] = l_568;
}

}
