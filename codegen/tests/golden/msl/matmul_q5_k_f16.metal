
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

float l_arr_296[4];

float l_arr_297[4];

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
const half l_291 = buffer_1[l_290];
const float l_292 = float(l_291);
l_mut_19 = l_292;
}
const uint l_293 = l_16 * uint(33);
const uint l_294 = l_293 + l_17;
shared_memory_8[l_294] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_295 = uint(0); l_mut_295 < uint(32); ++l_mut_295) {
const uint l_298 = l_4 + uint(0);
const uint l_299 = l_298 * uint(33);
const uint l_300 = l_299 + l_mut_295;
const float l_301 = shared_memory_8[l_300];
l_arr_296[uint(0)] = l_301;
const uint l_302 = l_5 + uint(0);
const uint l_303 = l_302 * uint(33);
const uint l_304 = l_303 + l_mut_295;
const float l_305 = shared_memory_7[l_304];
l_arr_297[uint(0)] = l_305;
const uint l_306 = l_4 + uint(16);
const uint l_307 = l_306 * uint(33);
const uint l_308 = l_307 + l_mut_295;
const float l_309 = shared_memory_8[l_308];
l_arr_296[uint(1)] = l_309;
const uint l_310 = l_5 + uint(16);
const uint l_311 = l_310 * uint(33);
const uint l_312 = l_311 + l_mut_295;
const float l_313 = shared_memory_7[l_312];
l_arr_297[uint(1)] = l_313;
const uint l_314 = l_4 + uint(32);
const uint l_315 = l_314 * uint(33);
const uint l_316 = l_315 + l_mut_295;
const float l_317 = shared_memory_8[l_316];
l_arr_296[uint(2)] = l_317;
const uint l_318 = l_5 + uint(32);
const uint l_319 = l_318 * uint(33);
const uint l_320 = l_319 + l_mut_295;
const float l_321 = shared_memory_7[l_320];
l_arr_297[uint(2)] = l_321;
const uint l_322 = l_4 + uint(48);
const uint l_323 = l_322 * uint(33);
const uint l_324 = l_323 + l_mut_295;
const float l_325 = shared_memory_8[l_324];
l_arr_296[uint(3)] = l_325;
const uint l_326 = l_5 + uint(48);
const uint l_327 = l_326 * uint(33);
const uint l_328 = l_327 + l_mut_295;
const float l_329 = shared_memory_7[l_328];
l_arr_297[uint(3)] = l_329;
const float l_330 = l_arr_296[uint(0)];
const float l_331 = l_arr_297[uint(0)];
const float l_332 = l_330 * l_331;
const float l_333 = l_arr_9[uint(0)];
const float l_334 = l_333 + l_332;
l_arr_9[uint(0)] = l_334;
const float l_335 = l_arr_296[uint(0)];
const float l_336 = l_arr_297[uint(1)];
const float l_337 = l_335 * l_336;
const float l_338 = l_arr_9[uint(1)];
const float l_339 = l_338 + l_337;
l_arr_9[uint(1)] = l_339;
const float l_340 = l_arr_296[uint(0)];
const float l_341 = l_arr_297[uint(2)];
const float l_342 = l_340 * l_341;
const float l_343 = l_arr_9[uint(2)];
const float l_344 = l_343 + l_342;
l_arr_9[uint(2)] = l_344;
const float l_345 = l_arr_296[uint(0)];
const float l_346 = l_arr_297[uint(3)];
const float l_347 = l_345 * l_346;
const float l_348 = l_arr_9[uint(3)];
const float l_349 = l_348 + l_347;
l_arr_9[uint(3)] = l_349;
const float l_350 = l_arr_296[uint(1)];
const float l_351 = l_arr_297[uint(0)];
const float l_352 = l_350 * l_351;
const float l_353 = l_arr_9[uint(4)];
const float l_354 = l_353 + l_352;
l_arr_9[uint(4)] = l_354;
const float l_355 = l_arr_296[uint(1)];
const float l_356 = l_arr_297[uint(1)];
const float l_357 = l_355 * l_356;
const float l_358 = l_arr_9[uint(5)];
const float l_359 = l_358 + l_357;
l_arr_9[uint(5)] = l_359;
const float l_360 = l_arr_296[uint(1)];
const float l_361 = l_arr_297[uint(2)];
const float l_362 = l_360 * l_361;
const float l_363 = l_arr_9[uint(6)];
const float l_364 = l_363 + l_362;
l_arr_9[uint(6)] = l_364;
const float l_365 = l_arr_296[uint(1)];
const float l_366 = l_arr_297[uint(3)];
const float l_367 = l_365 * l_366;
const float l_368 = l_arr_9[uint(7)];
const float l_369 = l_368 + l_367;
l_arr_9[uint(7)] = l_369;
const float l_370 = l_arr_296[uint(2)];
const float l_371 = l_arr_297[uint(0)];
const float l_372 = l_370 * l_371;
const float l_373 = l_arr_9[uint(8)];
const float l_374 = l_373 + l_372;
l_arr_9[uint(8)] = l_374;
const float l_375 = l_arr_296[uint(2)];
const float l_376 = l_arr_297[uint(1)];
const float l_377 = l_375 * l_376;
const float l_378 = l_arr_9[uint(9)];
const float l_379 = l_378 + l_377;
l_arr_9[uint(9)] = l_379;
const float l_380 = l_arr_296[uint(2)];
const float l_381 = l_arr_297[uint(2)];
const float l_382 = l_380 * l_381;
const float l_383 = l_arr_9[uint(10)];
const float l_384 = l_383 + l_382;
l_arr_9[uint(10)] = l_384;
const float l_385 = l_arr_296[uint(2)];
const float l_386 = l_arr_297[uint(3)];
const float l_387 = l_385 * l_386;
const float l_388 = l_arr_9[uint(11)];
const float l_389 = l_388 + l_387;
l_arr_9[uint(11)] = l_389;
const float l_390 = l_arr_296[uint(3)];
const float l_391 = l_arr_297[uint(0)];
const float l_392 = l_390 * l_391;
const float l_393 = l_arr_9[uint(12)];
const float l_394 = l_393 + l_392;
l_arr_9[uint(12)] = l_394;
const float l_395 = l_arr_296[uint(3)];
const float l_396 = l_arr_297[uint(1)];
const float l_397 = l_395 * l_396;
const float l_398 = l_arr_9[uint(13)];
const float l_399 = l_398 + l_397;
l_arr_9[uint(13)] = l_399;
const float l_400 = l_arr_296[uint(3)];
const float l_401 = l_arr_297[uint(2)];
const float l_402 = l_400 * l_401;
const float l_403 = l_arr_9[uint(14)];
const float l_404 = l_403 + l_402;
l_arr_9[uint(14)] = l_404;
const float l_405 = l_arr_296[uint(3)];
const float l_406 = l_arr_297[uint(3)];
const float l_407 = l_405 * l_406;
const float l_408 = l_arr_9[uint(15)];
const float l_409 = l_408 + l_407;
l_arr_9[uint(15)] = l_409;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_410 = l_3 + l_4;
const uint l_411 = l_410 + uint(0);
const uint l_412 = l_2 + l_5;
const uint l_413 = l_412 + uint(0);
const bool l_414 = l_411 < l_1;
const bool l_415 = l_413 < info.scalars_uint[1];
const bool l_416 = l_414 && l_415;
if (l_416) {
const uint l_417 = l_411 * info.scalars_uint[1];
const uint l_418 = l_417 + l_413;
const float l_419 = l_arr_9[uint(0)];
const half l_420 = half(l_419);
buffer_2[l_418] = l_420;
}
const uint l_421 = l_3 + l_4;
const uint l_422 = l_421 + uint(0);
const uint l_423 = l_2 + l_5;
const uint l_424 = l_423 + uint(16);
const bool l_425 = l_422 < l_1;
const bool l_426 = l_424 < info.scalars_uint[1];
const bool l_427 = l_425 && l_426;
if (l_427) {
const uint l_428 = l_422 * info.scalars_uint[1];
const uint l_429 = l_428 + l_424;
const float l_430 = l_arr_9[uint(1)];
const half l_431 = half(l_430);
buffer_2[l_429] = l_431;
}
const uint l_432 = l_3 + l_4;
const uint l_433 = l_432 + uint(0);
const uint l_434 = l_2 + l_5;
const uint l_435 = l_434 + uint(32);
const bool l_436 = l_433 < l_1;
const bool l_437 = l_435 < info.scalars_uint[1];
const bool l_438 = l_436 && l_437;
if (l_438) {
const uint l_439 = l_433 * info.scalars_uint[1];
const uint l_440 = l_439 + l_435;
const float l_441 = l_arr_9[uint(2)];
const half l_442 = half(l_441);
buffer_2[l_440] = l_442;
}
const uint l_443 = l_3 + l_4;
const uint l_444 = l_443 + uint(0);
const uint l_445 = l_2 + l_5;
const uint l_446 = l_445 + uint(48);
const bool l_447 = l_444 < l_1;
const bool l_448 = l_446 < info.scalars_uint[1];
const bool l_449 = l_447 && l_448;
if (l_449) {
const uint l_450 = l_444 * info.scalars_uint[1];
const uint l_451 = l_450 + l_446;
const float l_452 = l_arr_9[uint(3)];
const half l_453 = half(l_452);
buffer_2[l_451] = l_453;
}
const uint l_454 = l_3 + l_4;
const uint l_455 = l_454 + uint(16);
const uint l_456 = l_2 + l_5;
const uint l_457 = l_456 + uint(0);
const bool l_458 = l_455 < l_1;
const bool l_459 = l_457 < info.scalars_uint[1];
const bool l_460 = l_458 && l_459;
if (l_460) {
const uint l_461 = l_455 * info.scalars_uint[1];
const uint l_462 = l_461 + l_457;
const float l_463 = l_arr_9[uint(4)];
const half l_464 = half(l_463);
buffer_2[l_462] = l_464;
}
const uint l_465 = l_3 + l_4;
const uint l_466 = l_465 + uint(16);
const uint l_467 = l_2 + l_5;
const uint l_468 = l_467 + uint(16);
const bool l_469 = l_466 < l_1;
const bool l_470 = l_468 < info.scalars_uint[1];
const bool l_471 = l_469 && l_470;
if (l_471) {
const uint l_472 = l_466 * info.scalars_uint[1];
const uint l_473 = l_472 + l_468;
const float l_474 = l_arr_9[uint(5)];
const half l_475 = half(l_474);
buffer_2[l_473] = l_475;
}
const uint l_476 = l_3 + l_4;
const uint l_477 = l_476 + uint(16);
const uint l_478 = l_2 + l_5;
const uint l_479 = l_478 + uint(32);
const bool l_480 = l_477 < l_1;
const bool l_481 = l_479 < info.scalars_uint[1];
const bool l_482 = l_480 && l_481;
if (l_482) {
const uint l_483 = l_477 * info.scalars_uint[1];
const uint l_484 = l_483 + l_479;
const float l_485 = l_arr_9[uint(6)];
const half l_486 = half(l_485);
buffer_2[l_484] = l_486;
}
const uint l_487 = l_3 + l_4;
const uint l_488 = l_487 + uint(16);
const uint l_489 = l_2 + l_5;
const uint l_490 = l_489 + uint(48);
const bool l_491 = l_488 < l_1;
const bool l_492 = l_490 < info.scalars_uint[1];
const bool l_493 = l_491 && l_492;
if (l_493) {
const uint l_494 = l_488 * info.scalars_uint[1];
const uint l_495 = l_494 + l_490;
const float l_496 = l_arr_9[uint(7)];
const half l_497 = half(l_496);
buffer_2[l_495] = l_497;
}
const uint l_498 = l_3 + l_4;
const uint l_499 = l_498 + uint(32);
const uint l_500 = l_2 + l_5;
const uint l_501 = l_500 + uint(0);
const bool l_502 = l_499 < l_1;
const bool l_503 = l_501 < info.scalars_uint[1];
const bool l_504 = l_502 && l_503;
if (l_504) {
const uint l_505 = l_499 * info.scalars_uint[1];
const uint l_506 = l_505 + l_501;
const float l_507 = l_arr_9[uint(8)];
const half l_508 = half(l_507);
buffer_2[l_506] = l_508;
}
const uint l_509 = l_3 + l_4;
const uint l_510 = l_509 + uint(32);
const uint l_511 = l_2 + l_5;
const uint l_512 = l_511 + uint(16);
const bool l_513 = l_510 < l_1;
const bool l_514 = l_512 < info.scalars_uint[1];
const bool l_515 = l_513 && l_514;
if (l_515) {
const uint l_516 = l_510 * info.scalars_uint[1];
const uint l_517 = l_516 + l_512;
const float l_518 = l_arr_9[uint(9)];
const half l_519 = half(l_518);
buffer_2[l_517] = l_519;
}
const uint l_520 = l_3 + l_4;
const uint l_521 = l_520 + uint(32);
const uint l_522 = l_2 + l_5;
const uint l_523 = l_522 + uint(32);
const bool l_524 = l_521 < l_1;
const bool l_525 = l_523 < info.scalars_uint[1];
const bool l_526 = l_524 && l_525;
if (l_526) {
const uint l_527 = l_521 * info.scalars_uint[1];
const uint l_528 = l_527 + l_523;
const float l_529 = l_arr_9[uint(10)];
const half l_530 = half(l_529);
buffer_2[l_528] = l_530;
}
const uint l_531 = l_3 + l_4;
const uint l_532 = l_531 + uint(32);
const uint l_533 = l_2 + l_5;
const uint l_534 = l_533 + uint(48);
const bool l_535 = l_532 < l_1;
const bool l_536 = l_534 < info.scalars_uint[1];
const bool l_537 = l_535 && l_536;
if (l_537) {
const uint l_538 = l_532 * info.scalars_uint[1];
const uint l_539 = l_538 + l_534;
const float l_540 = l_arr_9[uint(11)];
const half l_541 = half(l_540);
buffer_2[l_539] = l_541;
}
const uint l_542 = l_3 + l_4;
const uint l_543 = l_542 + uint(48);
const uint l_544 = l_2 + l_5;
const uint l_545 = l_544 + uint(0);
const bool l_546 = l_543 < l_1;
const bool l_547 = l_545 < info.scalars_uint[1];
const bool l_548 = l_546 && l_547;
if (l_548) {
const uint l_549 = l_543 * info.scalars_uint[1];
const uint l_550 = l_549 + l_545;
const float l_551 = l_arr_9[uint(12)];
const half l_552 = half(l_551);
buffer_2[l_550] = l_552;
}
const uint l_553 = l_3 + l_4;
const uint l_554 = l_553 + uint(48);
const uint l_555 = l_2 + l_5;
const uint l_556 = l_555 + uint(16);
const bool l_557 = l_554 < l_1;
const bool l_558 = l_556 < info.scalars_uint[1];
const bool l_559 = l_557 && l_558;
if (l_559) {
const uint l_560 = l_554 * info.scalars_uint[1];
const uint l_561 = l_560 + l_556;
const float l_562 = l_arr_9[uint(13)];
const half l_563 = half(l_562);
buffer_2[l_561] = l_563;
}
const uint l_564 = l_3 + l_4;
const uint l_565 = l_564 + uint(48);
const uint l_566 = l_2 + l_5;
const uint l_567 = l_566 + uint(32);
const bool l_568 = l_565 < l_1;
const bool l_569 = l_567 < info.scalars_uint[1];
const bool l_570 = l_568 && l_569;
if (l_570) {
const uint l_571 = l_565 * info.scalars_uint[1];
const uint l_572 = l_571 + l_567;
const float l_573 = l_arr_9[uint(14)];
const half l_574 = half(l_573);
buffer_2[l_572] = l_574;
}
const uint l_575 = l_3 + l_4;
const uint l_576 = l_575 + uint(48);
const uint l_577 = l_2 + l_5;
const uint l_578 = l_577 + uint(48);
const bool l_579 = l_576 < l_1;
const bool l_580 = l_578 < info.scalars_uint[1];
const bool l_581 = l_579 && l_580;
if (l_581) {
const uint l_582 = l_576 * info.scalars_uint[1];
const uint l_583 = l_582 + l_578;
const float l_584 = l_arr_9[uint(15)];
const half l_585 = half(l_584);
buffer_2[l_583] = l_585;
}

}
