
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
const int arrays_92[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
float l_arr_9[16];

float l_arr_174[4];

float l_arr_175[4];

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
const int l_93 = int(l_27);
const int l_94 = l_93 / int(32);
const uint l_95 = l_48 + uint(0);
const uint l_96 = uint(l_94);
const uint l_97 = l_96 / uint(2);
const uint l_98 = l_97 * uint(1);
const uint l_99 = l_95 + l_98;
const uint l_100 = l_96 % uint(1);
const uint l_101 = l_99 + l_100;
const uint l_102 = l_96 / uint(1);
const uint l_103 = l_102 % uint(2);
const uint l_104 = l_103 * uint(4);
const uint l_105 = l_101 / uint(4);
const uint l_106 = buffer_0[l_105];
const uint l_107 = l_101 % uint(4);
const uint l_108 = l_107 * uint(8);
const uint l_109 = l_108 + l_104;
const uint l_110 = l_106 >> l_109;
const uint l_111 = l_110 & uint(15);
const int l_112 = int(l_111);
const uint l_113 = l_36 + uint(0);
const uint l_114 = uint(l_94);
const uint l_115 = l_114 / uint(4);
const uint l_116 = l_115 * uint(1);
const uint l_117 = l_113 + l_116;
const uint l_118 = l_114 % uint(1);
const uint l_119 = l_117 + l_118;
const uint l_120 = l_114 / uint(1);
const uint l_121 = l_120 % uint(4);
const uint l_122 = l_121 * uint(2);
const uint l_123 = l_119 / uint(4);
const uint l_124 = buffer_0[l_123];
const uint l_125 = l_119 % uint(4);
const uint l_126 = l_125 * uint(8);
const uint l_127 = l_126 + l_122;
const uint l_128 = l_124 >> l_127;
const uint l_129 = l_128 & uint(3);
const int l_130 = int(l_129);
const uint l_131 = uint(l_130);
const uint l_132 = uint(int(4));
const uint l_133 = l_131 << l_132;
const int l_134 = int(l_133);
const int l_135 = l_112 | l_134;
const int l_136 = l_135 - int(32);
const uint l_137 = l_65 + uint(0);
const uint l_138 = uint(l_93);
const uint l_139 = l_138 / uint(32);
const uint l_140 = l_139 * uint(16);
const uint l_141 = l_137 + l_140;
const uint l_142 = l_138 % uint(16);
const uint l_143 = l_141 + l_142;
const uint l_144 = l_138 / uint(16);
const uint l_145 = l_144 % uint(2);
const uint l_146 = l_145 * uint(4);
const uint l_147 = l_143 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_143 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + l_146;
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(15);
const int l_154 = int(l_153);
const uint l_155 = uint(l_154);
const int l_156 = arrays_92[l_155];
const float l_157 = float(l_136);
const float l_158 = l_91 * l_157;
const float l_159 = float(l_156);
const float l_160 = l_158 * l_159;
l_mut_19 = l_160;
}
const uint l_161 = l_16 * uint(33);
const uint l_162 = l_161 + l_17;
shared_memory_7[l_162] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_163 = l_3 + l_16;
const bool l_164 = l_163 < l_1;
const bool l_165 = l_18 < info.scalars_uint[2];
const bool l_166 = l_164 && l_165;
if (l_166) {
const uint l_167 = l_163 * info.scalars_uint[2];
const uint l_168 = l_167 + l_18;
const half l_169 = buffer_1[l_168];
const float l_170 = float(l_169);
l_mut_19 = l_170;
}
const uint l_171 = l_16 * uint(33);
const uint l_172 = l_171 + l_17;
shared_memory_8[l_172] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_173 = uint(0); l_mut_173 < uint(32); ++l_mut_173) {
const uint l_176 = l_4 + uint(0);
const uint l_177 = l_176 * uint(33);
const uint l_178 = l_177 + l_mut_173;
const float l_179 = shared_memory_8[l_178];
l_arr_174[uint(0)] = l_179;
const uint l_180 = l_5 + uint(0);
const uint l_181 = l_180 * uint(33);
const uint l_182 = l_181 + l_mut_173;
const float l_183 = shared_memory_7[l_182];
l_arr_175[uint(0)] = l_183;
const uint l_184 = l_4 + uint(16);
const uint l_185 = l_184 * uint(33);
const uint l_186 = l_185 + l_mut_173;
const float l_187 = shared_memory_8[l_186];
l_arr_174[uint(1)] = l_187;
const uint l_188 = l_5 + uint(16);
const uint l_189 = l_188 * uint(33);
const uint l_190 = l_189 + l_mut_173;
const float l_191 = shared_memory_7[l_190];
l_arr_175[uint(1)] = l_191;
const uint l_192 = l_4 + uint(32);
const uint l_193 = l_192 * uint(33);
const uint l_194 = l_193 + l_mut_173;
const float l_195 = shared_memory_8[l_194];
l_arr_174[uint(2)] = l_195;
const uint l_196 = l_5 + uint(32);
const uint l_197 = l_196 * uint(33);
const uint l_198 = l_197 + l_mut_173;
const float l_199 = shared_memory_7[l_198];
l_arr_175[uint(2)] = l_199;
const uint l_200 = l_4 + uint(48);
const uint l_201 = l_200 * uint(33);
const uint l_202 = l_201 + l_mut_173;
const float l_203 = shared_memory_8[l_202];
l_arr_174[uint(3)] = l_203;
const uint l_204 = l_5 + uint(48);
const uint l_205 = l_204 * uint(33);
const uint l_206 = l_205 + l_mut_173;
const float l_207 = shared_memory_7[l_206];
l_arr_175[uint(3)] = l_207;
const float l_208 = l_arr_174[uint(0)];
const float l_209 = l_arr_175[uint(0)];
const float l_210 = l_208 * l_209;
const float l_211 = l_arr_9[uint(0)];
const float l_212 = l_211 + l_210;
l_arr_9[uint(0)] = l_212;
const float l_213 = l_arr_174[uint(0)];
const float l_214 = l_arr_175[uint(1)];
const float l_215 = l_213 * l_214;
const float l_216 = l_arr_9[uint(1)];
const float l_217 = l_216 + l_215;
l_arr_9[uint(1)] = l_217;
const float l_218 = l_arr_174[uint(0)];
const float l_219 = l_arr_175[uint(2)];
const float l_220 = l_218 * l_219;
const float l_221 = l_arr_9[uint(2)];
const float l_222 = l_221 + l_220;
l_arr_9[uint(2)] = l_222;
const float l_223 = l_arr_174[uint(0)];
const float l_224 = l_arr_175[uint(3)];
const float l_225 = l_223 * l_224;
const float l_226 = l_arr_9[uint(3)];
const float l_227 = l_226 + l_225;
l_arr_9[uint(3)] = l_227;
const float l_228 = l_arr_174[uint(1)];
const float l_229 = l_arr_175[uint(0)];
const float l_230 = l_228 * l_229;
const float l_231 = l_arr_9[uint(4)];
const float l_232 = l_231 + l_230;
l_arr_9[uint(4)] = l_232;
const float l_233 = l_arr_174[uint(1)];
const float l_234 = l_arr_175[uint(1)];
const float l_235 = l_233 * l_234;
const float l_236 = l_arr_9[uint(5)];
const float l_237 = l_236 + l_235;
l_arr_9[uint(5)] = l_237;
const float l_238 = l_arr_174[uint(1)];
const float l_239 = l_arr_175[uint(2)];
const float l_240 = l_238 * l_239;
const float l_241 = l_arr_9[uint(6)];
const float l_242 = l_241 + l_240;
l_arr_9[uint(6)] = l_242;
const float l_243 = l_arr_174[uint(1)];
const float l_244 = l_arr_175[uint(3)];
const float l_245 = l_243 * l_244;
const float l_246 = l_arr_9[uint(7)];
const float l_247 = l_246 + l_245;
l_arr_9[uint(7)] = l_247;
const float l_248 = l_arr_174[uint(2)];
const float l_249 = l_arr_175[uint(0)];
const float l_250 = l_248 * l_249;
const float l_251 = l_arr_9[uint(8)];
const float l_252 = l_251 + l_250;
l_arr_9[uint(8)] = l_252;
const float l_253 = l_arr_174[uint(2)];
const float l_254 = l_arr_175[uint(1)];
const float l_255 = l_253 * l_254;
const float l_256 = l_arr_9[uint(9)];
const float l_257 = l_256 + l_255;
l_arr_9[uint(9)] = l_257;
const float l_258 = l_arr_174[uint(2)];
const float l_259 = l_arr_175[uint(2)];
const float l_260 = l_258 * l_259;
const float l_261 = l_arr_9[uint(10)];
const float l_262 = l_261 + l_260;
l_arr_9[uint(10)] = l_262;
const float l_263 = l_arr_174[uint(2)];
const float l_264 = l_arr_175[uint(3)];
const float l_265 = l_263 * l_264;
const float l_266 = l_arr_9[uint(11)];
const float l_267 = l_266 + l_265;
l_arr_9[uint(11)] = l_267;
const float l_268 = l_arr_174[uint(3)];
const float l_269 = l_arr_175[uint(0)];
const float l_270 = l_268 * l_269;
const float l_271 = l_arr_9[uint(12)];
const float l_272 = l_271 + l_270;
l_arr_9[uint(12)] = l_272;
const float l_273 = l_arr_174[uint(3)];
const float l_274 = l_arr_175[uint(1)];
const float l_275 = l_273 * l_274;
const float l_276 = l_arr_9[uint(13)];
const float l_277 = l_276 + l_275;
l_arr_9[uint(13)] = l_277;
const float l_278 = l_arr_174[uint(3)];
const float l_279 = l_arr_175[uint(2)];
const float l_280 = l_278 * l_279;
const float l_281 = l_arr_9[uint(14)];
const float l_282 = l_281 + l_280;
l_arr_9[uint(14)] = l_282;
const float l_283 = l_arr_174[uint(3)];
const float l_284 = l_arr_175[uint(3)];
const float l_285 = l_283 * l_284;
const float l_286 = l_arr_9[uint(15)];
const float l_287 = l_286 + l_285;
l_arr_9[uint(15)] = l_287;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_288 = l_3 + l_4;
const uint l_289 = l_288 + uint(0);
const uint l_290 = l_2 + l_5;
const uint l_291 = l_290 + uint(0);
const bool l_292 = l_289 < l_1;
const bool l_293 = l_291 < info.scalars_uint[1];
const bool l_294 = l_292 && l_293;
if (l_294) {
const uint l_295 = l_289 * info.scalars_uint[1];
const uint l_296 = l_295 + l_291;
const float l_297 = l_arr_9[uint(0)];
const half l_298 = half(l_297);
buffer_2[l_296] = l_298;
}
const uint l_299 = l_3 + l_4;
const uint l_300 = l_299 + uint(0);
const uint l_301 = l_2 + l_5;
const uint l_302 = l_301 + uint(16);
const bool l_303 = l_300 < l_1;
const bool l_304 = l_302 < info.scalars_uint[1];
const bool l_305 = l_303 && l_304;
if (l_305) {
const uint l_306 = l_300 * info.scalars_uint[1];
const uint l_307 = l_306 + l_302;
const float l_308 = l_arr_9[uint(1)];
const half l_309 = half(l_308);
buffer_2[l_307] = l_309;
}
const uint l_310 = l_3 + l_4;
const uint l_311 = l_310 + uint(0);
const uint l_312 = l_2 + l_5;
const uint l_313 = l_312 + uint(32);
const bool l_314 = l_311 < l_1;
const bool l_315 = l_313 < info.scalars_uint[1];
const bool l_316 = l_314 && l_315;
if (l_316) {
const uint l_317 = l_311 * info.scalars_uint[1];
const uint l_318 = l_317 + l_313;
const float l_319 = l_arr_9[uint(2)];
const half l_320 = half(l_319);
buffer_2[l_318] = l_320;
}
const uint l_321 = l_3 + l_4;
const uint l_322 = l_321 + uint(0);
const uint l_323 = l_2 + l_5;
const uint l_324 = l_323 + uint(48);
const bool l_325 = l_322 < l_1;
const bool l_326 = l_324 < info.scalars_uint[1];
const bool l_327 = l_325 && l_326;
if (l_327) {
const uint l_328 = l_322 * info.scalars_uint[1];
const uint l_329 = l_328 + l_324;
const float l_330 = l_arr_9[uint(3)];
const half l_331 = half(l_330);
buffer_2[l_329] = l_331;
}
const uint l_332 = l_3 + l_4;
const uint l_333 = l_332 + uint(16);
const uint l_334 = l_2 + l_5;
const uint l_335 = l_334 + uint(0);
const bool l_336 = l_333 < l_1;
const bool l_337 = l_335 < info.scalars_uint[1];
const bool l_338 = l_336 && l_337;
if (l_338) {
const uint l_339 = l_333 * info.scalars_uint[1];
const uint l_340 = l_339 + l_335;
const float l_341 = l_arr_9[uint(4)];
const half l_342 = half(l_341);
buffer_2[l_340] = l_342;
}
const uint l_343 = l_3 + l_4;
const uint l_344 = l_343 + uint(16);
const uint l_345 = l_2 + l_5;
const uint l_346 = l_345 + uint(16);
const bool l_347 = l_344 < l_1;
const bool l_348 = l_346 < info.scalars_uint[1];
const bool l_349 = l_347 && l_348;
if (l_349) {
const uint l_350 = l_344 * info.scalars_uint[1];
const uint l_351 = l_350 + l_346;
const float l_352 = l_arr_9[uint(5)];
const half l_353 = half(l_352);
buffer_2[l_351] = l_353;
}
const uint l_354 = l_3 + l_4;
const uint l_355 = l_354 + uint(16);
const uint l_356 = l_2 + l_5;
const uint l_357 = l_356 + uint(32);
const bool l_358 = l_355 < l_1;
const bool l_359 = l_357 < info.scalars_uint[1];
const bool l_360 = l_358 && l_359;
if (l_360) {
const uint l_361 = l_355 * info.scalars_uint[1];
const uint l_362 = l_361 + l_357;
const float l_363 = l_arr_9[uint(6)];
const half l_364 = half(l_363);
buffer_2[l_362] = l_364;
}
const uint l_365 = l_3 + l_4;
const uint l_366 = l_365 + uint(16);
const uint l_367 = l_2 + l_5;
const uint l_368 = l_367 + uint(48);
const bool l_369 = l_366 < l_1;
const bool l_370 = l_368 < info.scalars_uint[1];
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint l_372 = l_366 * info.scalars_uint[1];
const uint l_373 = l_372 + l_368;
const float l_374 = l_arr_9[uint(7)];
const half l_375 = half(l_374);
buffer_2[l_373] = l_375;
}
const uint l_376 = l_3 + l_4;
const uint l_377 = l_376 + uint(32);
const uint l_378 = l_2 + l_5;
const uint l_379 = l_378 + uint(0);
const bool l_380 = l_377 < l_1;
const bool l_381 = l_379 < info.scalars_uint[1];
const bool l_382 = l_380 && l_381;
if (l_382) {
const uint l_383 = l_377 * info.scalars_uint[1];
const uint l_384 = l_383 + l_379;
const float l_385 = l_arr_9[uint(8)];
const half l_386 = half(l_385);
buffer_2[l_384] = l_386;
}
const uint l_387 = l_3 + l_4;
const uint l_388 = l_387 + uint(32);
const uint l_389 = l_2 + l_5;
const uint l_390 = l_389 + uint(16);
const bool l_391 = l_388 < l_1;
const bool l_392 = l_390 < info.scalars_uint[1];
const bool l_393 = l_391 && l_392;
if (l_393) {
const uint l_394 = l_388 * info.scalars_uint[1];
const uint l_395 = l_394 + l_390;
const float l_396 = l_arr_9[uint(9)];
const half l_397 = half(l_396);
buffer_2[l_395] = l_397;
}
const uint l_398 = l_3 + l_4;
const uint l_399 = l_398 + uint(32);
const uint l_400 = l_2 + l_5;
const uint l_401 = l_400 + uint(32);
const bool l_402 = l_399 < l_1;
const bool l_403 = l_401 < info.scalars_uint[1];
const bool l_404 = l_402 && l_403;
if (l_404) {
const uint l_405 = l_399 * info.scalars_uint[1];
const uint l_406 = l_405 + l_401;
const float l_407 = l_arr_9[uint(10)];
const half l_408 = half(l_407);
buffer_2[l_406] = l_408;
}
const uint l_409 = l_3 + l_4;
const uint l_410 = l_409 + uint(32);
const uint l_411 = l_2 + l_5;
const uint l_412 = l_411 + uint(48);
const bool l_413 = l_410 < l_1;
const bool l_414 = l_412 < info.scalars_uint[1];
const bool l_415 = l_413 && l_414;
if (l_415) {
const uint l_416 = l_410 * info.scalars_uint[1];
const uint l_417 = l_416 + l_412;
const float l_418 = l_arr_9[uint(11)];
const half l_419 = half(l_418);
buffer_2[l_417] = l_419;
}
const uint l_420 = l_3 + l_4;
const uint l_421 = l_420 + uint(48);
const uint l_422 = l_2 + l_5;
const uint l_423 = l_422 + uint(0);
const bool l_424 = l_421 < l_1;
const bool l_425 = l_423 < info.scalars_uint[1];
const bool l_426 = l_424 && l_425;
if (l_426) {
const uint l_427 = l_421 * info.scalars_uint[1];
const uint l_428 = l_427 + l_423;
const float l_429 = l_arr_9[uint(12)];
const half l_430 = half(l_429);
buffer_2[l_428] = l_430;
}
const uint l_431 = l_3 + l_4;
const uint l_432 = l_431 + uint(48);
const uint l_433 = l_2 + l_5;
const uint l_434 = l_433 + uint(16);
const bool l_435 = l_432 < l_1;
const bool l_436 = l_434 < info.scalars_uint[1];
const bool l_437 = l_435 && l_436;
if (l_437) {
const uint l_438 = l_432 * info.scalars_uint[1];
const uint l_439 = l_438 + l_434;
const float l_440 = l_arr_9[uint(13)];
const half l_441 = half(l_440);
buffer_2[l_439] = l_441;
}
const uint l_442 = l_3 + l_4;
const uint l_443 = l_442 + uint(48);
const uint l_444 = l_2 + l_5;
const uint l_445 = l_444 + uint(32);
const bool l_446 = l_443 < l_1;
const bool l_447 = l_445 < info.scalars_uint[1];
const bool l_448 = l_446 && l_447;
if (l_448) {
const uint l_449 = l_443 * info.scalars_uint[1];
const uint l_450 = l_449 + l_445;
const float l_451 = l_arr_9[uint(14)];
const half l_452 = half(l_451);
buffer_2[l_450] = l_452;
}
const uint l_453 = l_3 + l_4;
const uint l_454 = l_453 + uint(48);
const uint l_455 = l_2 + l_5;
const uint l_456 = l_455 + uint(48);
const bool l_457 = l_454 < l_1;
const bool l_458 = l_456 < info.scalars_uint[1];
const bool l_459 = l_457 && l_458;
if (l_459) {
const uint l_460 = l_454 * info.scalars_uint[1];
const uint l_461 = l_460 + l_456;
const float l_462 = l_arr_9[uint(15)];
const half l_463 = half(l_462);
buffer_2[l_461] = l_463;
}

}
