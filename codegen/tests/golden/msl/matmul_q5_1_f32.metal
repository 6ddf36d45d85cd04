
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

float l_arr_175[4];

float l_arr_176[4];

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
const float l_171 = buffer_1[l_170];
l_mut_19 = l_171;
}
const uint l_172 = l_16 * uint(33);
const uint l_173 = l_172 + l_17;
shared_memory_8[l_173] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_174 = uint(0); l_mut_174 < uint(32); ++l_mut_174) {
const uint l_177 = l_4 + uint(0);
const uint l_178 = l_177 * uint(33);
const uint l_179 = l_178 + l_mut_174;
const float l_180 = shared_memory_8[l_179];
l_arr_175[uint(0)] = l_180;
const uint l_181 = l_5 + uint(0);
const uint l_182 = l_181 * uint(33);
const uint l_183 = l_182 + l_mut_174;
const float l_184 = shared_memory_7[l_183];
l_arr_176[uint(0)] = l_184;
const uint l_185 = l_4 + uint(16);
const uint l_186 = l_185 * uint(33);
const uint l_187 = l_186 + l_mut_174;
const float l_188 = shared_memory_8[l_187];
l_arr_175[uint(1)] = l_188;
const uint l_189 = l_5 + uint(16);
const uint l_190 = l_189 * uint(33);
const uint l_191 = l_190 + l_mut_174;
const float l_192 = shared_memory_7[l_191];
l_arr_176[uint(1)] = l_192;
const uint l_193 = l_4 + uint(32);
const uint l_194 = l_193 * uint(33);
const uint l_195 = l_194 + l_mut_174;
const float l_196 = shared_memory_8[l_195];
l_arr_175[uint(2)] = l_196;
const uint l_197 = l_5 + uint(32);
const uint l_198 = l_197 * uint(33);
const uint l_199 = l_198 + l_mut_174;
const float l_200 = shared_memory_7[l_199];
l_arr_176[uint(2)] = l_200;
const uint l_201 = l_4 + uint(48);
const uint l_202 = l_201 * uint(33);
const uint l_203 = l_202 + l_mut_174;
const float l_204 = shared_memory_8[l_203];
l_arr_175[uint(3)] = l_204;
const uint l_205 = l_5 + uint(48);
const uint l_206 = l_205 * uint(33);
const uint l_207 = l_206 + l_mut_174;
const float l_208 = shared_memory_7[l_207];
l_arr_176[uint(3)] = l_208;
const float l_209 = l_arr_175[uint(0)];
const float l_210 = l_arr_176[uint(0)];
const float l_211 = l_209 * l_210;
const float l_212 = l_arr_9[uint(0)];
const float l_213 = l_212 + l_211;
l_arr_9[uint(0)] = l_213;
const float l_214 = l_arr_175[uint(0)];
const float l_215 = l_arr_176[uint(1)];
const float l_216 = l_214 * l_215;
const float l_217 = l_arr_9[uint(1)];
const float l_218 = l_217 + l_216;
l_arr_9[uint(1)] = l_218;
const float l_219 = l_arr_175[uint(0)];
const float l_220 = l_arr_176[uint(2)];
const float l_221 = l_219 * l_220;
const float l_222 = l_arr_9[uint(2)];
const float l_223 = l_222 + l_221;
l_arr_9[uint(2)] = l_223;
const float l_224 = l_arr_175[uint(0)];
const float l_225 = l_arr_176[uint(3)];
const float l_226 = l_224 * l_225;
const float l_227 = l_arr_9[uint(3)];
const float l_228 = l_227 + l_226;
l_arr_9[uint(3)] = l_228;
const float l_229 = l_arr_175[uint(1)];
const float l_230 = l_arr_176[uint(0)];
const float l_231 = l_229 * l_230;
const float l_232 = l_arr_9[uint(4)];
const float l_233 = l_232 + l_231;
l_arr_9[uint(4)] = l_233;
const float l_234 = l_arr_175[uint(1)];
const float l_235 = l_arr_176[uint(1)];
const float l_236 = l_234 * l_235;
const float l_237 = l_arr_9[uint(5)];
const float l_238 = l_237 + l_236;
l_arr_9[uint(5)] = l_238;
const float l_239 = l_arr_175[uint(1)];
const float l_240 = l_arr_176[uint(2)];
const float l_241 = l_239 * l_240;
const float l_242 = l_arr_9[uint(6)];
const float l_243 = l_242 + l_241;
l_arr_9[uint(6)] = l_243;
const float l_244 = l_arr_175[uint(1)];
const float l_245 = l_arr_176[uint(3)];
const float l_246 = l_244 * l_245;
const float l_247 = l_arr_9[uint(7)];
const float l_248 = l_247 + l_246;
l_arr_9[uint(7)] = l_248;
const float l_249 = l_arr_175[uint(2)];
const float l_250 = l_arr_176[uint(0)];
const float l_251 = l_249 * l_250;
const float l_252 = l_arr_9[uint(8)];
const float l_253 = l_252 + l_251;
l_arr_9[uint(8)] = l_253;
const float l_254 = l_arr_175[uint(2)];
const float l_255 = l_arr_176[uint(1)];
const float l_256 = l_254 * l_255;
const float l_257 = l_arr_9[uint(9)];
const float l_258 = l_257 + l_256;
l_arr_9[uint(9)] = l_258;
const float l_259 = l_arr_175[uint(2)];
const float l_260 = l_arr_176[uint(2)];
const float l_261 = l_259 * l_260;
const float l_262 = l_arr_9[uint(10)];
const float l_263 = l_262 + l_261;
l_arr_9[uint(10)] = l_263;
const float l_264 = l_arr_175[uint(2)];
const float l_265 = l_arr_176[uint(3)];
const float l_266 = l_264 * l_265;
const float l_267 = l_arr_9[uint(11)];
const float l_268 = l_267 + l_266;
l_arr_9[uint(11)] = l_268;
const float l_269 = l_arr_175[uint(3)];
const float l_270 = l_arr_176[uint(0)];
const float l_271 = l_269 * l_270;
const float l_272 = l_arr_9[uint(12)];
const float l_273 = l_272 + l_271;
l_arr_9[uint(12)] = l_273;
const float l_274 = l_arr_175[uint(3)];
const float l_275 = l_arr_176[uint(1)];
const float l_276 = l_274 * l_275;
const float l_277 = l_arr_9[uint(13)];
const float l_278 = l_277 + l_276;
l_arr_9[uint(13)] = l_278;
const float l_279 = l_arr_175[uint(3)];
const float l_280 = l_arr_176[uint(2)];
const float l_281 = l_279 * l_280;
const float l_282 = l_arr_9[uint(14)];
const float l_283 = l_282 + l_281;
l_arr_9[uint(14)] = l_283;
const float l_284 = l_arr_175[uint(3)];
const float l_285 = l_arr_176[uint(3)];
const float l_286 = l_284 * l_285;
const float l_287 = l_arr_9[uint(15)];
const float l_288 = l_287 + l_286;
l_arr_9[uint(15)] = l_288;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_289 = l_3 + l_4;
const uint l_290 = l_289 + uint(0);
const uint l_291 = l_2 + l_5;
const uint l_292 = l_291 + uint(0);
const bool l_293 = l_290 < l_1;
const bool l_294 = l_292 < info.scalars_uint[1];
const bool l_295 = l_293 && l_294;
if (l_295) {
const uint l_296 = l_290 * info.scalars_uint[1];
const uint l_297 = l_296 + l_292;
const float l_298 = l_arr_9[uint(0)];
buffer_2[l_297] = l_298;
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
buffer_2[l_307] = l_308;
}
const uint l_309 = l_3 + l_4;
const uint l_310 = l_309 + uint(0);
const uint l_311 = l_2 + l_5;
const uint l_312 = l_311 + uint(32);
const bool l_313 = l_310 < l_1;
const bool l_314 = l_312 < info.scalars_uint[1];
const bool l_315 = l_313 && l_314;
if (l_315) {
const uint l_316 = l_310 * info.scalars_uint[1];
const uint l_317 = l_316 + l_312;
const float l_318 = l_arr_9[uint(2)];
buffer_2[l_317] = l_318;
}
const uint l_319 = l_3 + l_4;
const uint l_320 = l_319 + uint(0);
const uint l_321 = l_2 + l_5;
const uint l_322 = l_321 + uint(48);
const bool l_323 = l_320 < l_1;
const bool l_324 = l_322 < info.scalars_uint[1];
const bool l_325 = l_323 && l_324;
if (l_325) {
const uint l_326 = l_320 * info.scalars_uint[1];
const uint l_327 = l_326 + l_322;
const float l_328 = l_arr_9[uint(3)];
buffer_2[l_327] = l_328;
}
const uint l_329 = l_3 + l_4;
const uint l_330 = l_329 + uint(16);
const uint l_331 = l_2 + l_5;
const uint l_332 = l_331 + uint(0);
const bool l_333 = l_330 < l_1;
const bool l_334 = l_332 < info.scalars_uint[1];
const bool l_335 = l_333 && l_334;
if (l_335) {
const uint l_336 = l_330 * info.scalars_uint[1];
const uint l_337 = l_336 + l_332;
const float l_338 = l_arr_9[uint(4)];
buffer_2[l_337] = l_338;
}
const uint l_339 = l_3 + l_4;
const uint l_340 = l_339 + uint(16);
const uint l_341 = l_2 + l_5;
const uint l_342 = l_341 + uint(16);
const bool l_343 = l_340 < l_1;
const bool l_344 = l_342 < info.scalars_uint[1];
const bool l_345 = l_343 && l_344;
if (l_345) {
const uint l_346 = l_340 * info.scalars_uint[1];
const uint l_347 = l_346 + l_342;
const float l_348 = l_arr_9[uint(5)];
buffer_2[l_347] = l_348;
}
const uint l_349 = l_3 + l_4;
const uint l_350 = l_349 + uint(16);
const uint l_351 = l_2 + l_5;
const uint l_352 = l_351 + uint(32);
const bool l_353 = l_350 < l_1;
const bool l_354 = l_352 < info.scalars_uint[1];
const bool l_355 = l_353 && l_354;
if (l_355) {
const uint l_356 = l_350 * info.scalars_uint[1];
const uint l_357 = l_356 + l_352;
const float l_358 = l_arr_9[uint(6)];
buffer_2[l_357] = l_358;
}
const uint l_359 = l_3 + l_4;
const uint l_360 = l_359 + uint(16);
const uint l_361 = l_2 + l_5;
const uint l_362 = l_361 + uint(48);
const bool l_363 = l_360 < l_1;
const bool l_364 = l_362 < info.scalars_uint[1];
const bool l_365 = l_363 && l_364;
if (l_365) {
const uint l_366 = l_360 * info.scalars_uint[1];
const uint l_367 = l_366 + l_362;
const float l_368 = l_arr_9[uint(7)];
buffer_2[l_367] = l_368;
}
const uint l_369 = l_3 + l_4;
const uint l_370 = l_369 + uint(32);
const uint l_371 = l_2 + l_5;
const uint l_372 = l_371 + uint(0);
const bool l_373 = l_370 < l_1;
const bool l_374 = l_372 < info.scalars_uint[1];
const bool l_375 = l_373 && l_374;
if (l_375) {
const uint l_376 = l_370 * info.scalars_uint[1];
const uint l_377 = l_376 + l_372;
const float l_378 = l_arr_9[uint(8)];
buffer_2[l_377] = l_378;
}
const uint l_379 = l_3 + l_4;
const uint l_380 = l_379 + uint(32);
const uint l_381 = l_2 + l_5;
const uint l_382 = l_381 + uint(16);
const bool l_383 = l_380 < l_1;
const bool l_384 = l_382 < info.scalars_uint[1];
const bool l_385 = l_383 && l_384;
if (l_385) {
const uint l_386 = l_380 * info.scalars_uint[1];
const uint l_387 = l_386 + l_382;
const float l_388 = l_arr_9[uint(9)];
buffer_2[l_387] = l_388;
}
const uint l_389 = l_3 + l_4;
const uint l_390 = l_389 + uint(32);
const uint l_391 = l_2 + l_5;
const uint l_392 = l_391 + uint(32);
const bool l_393 = l_390 < l_1;
const bool l_394 = l_392 < info.scalars_uint[1];
const bool l_395 = l_393 && l_394;
if (l_395) {
const uint l_396 = l_390 * info.scalars_uint[1];
const uint l_397 = l_396 + l_392;
const float l_398 = l_arr_9[uint(10)];
buffer_2[l_397] = l_398;
}
const uint l_399 = l_3 + l_4;
const uint l_400 = l_399 + uint(32);
const uint l_401 = l_2 + l_5;
const uint l_402 = l_401 + uint(48);
const bool l_403 = l_400 < l_1;
const bool l_404 = l_402 < info.scalars_uint[1];
const bool l_405 = l_403 && l_404;
if (l_405) {
const uint l_406 = l_400 * info.scalars_uint[1];
const uint l_407 = l_406 + l_402;
const float l_408 = l_arr_9[uint(11)];
buffer_2[l_407] = l_408;
}
const uint l_409 = l_3 + l_4;
const uint l_410 = l_409 + uint(48);
const uint l_411 = l_2 + l_5;
const uint l_412 = l_411 + uint(0);
const bool l_413 = l_410 < l_1;
const bool l_414 = l_412 < info.scalars_uint[1];
const bool l_415 = l_413 && l_414;
if (l_415) {
const uint l_416 = l_410 * info.scalars_uint[1];
const uint l_417 = l_416 + l_412;
const float l_418 = l_arr_9[uint(12)];
buffer_2[l_417] = l_418;
}
const uint l_419 = l_3 + l_4;
const uint l_420 = l_419 + uint(48);
const uint l_421 = l_2 + l_5;
const uint l_422 = l_421 + uint(16);
const bool l_423 = l_420 < l_1;
const bool l_424 = l_422 < info.scalars_uint[1];
const bool l_425 = l_423 && l_424;
if (l_425) {
const uint l_426 = l_420 * info.scalars_uint[1];
const uint l_427 = l_426 + l_422;
const float l_428 = l_arr_9[uint(13)];
buffer_2[l_427] = l_428;
}
const uint l_429 = l_3 + l_4;
const uint l_430 = l_429 + uint(48);
const uint l_431 = l_2 + l_5;
const uint l_432 = l_431 + uint(32);
const bool l_433 = l_430 < l_1;
const bool l_434 = l_432 < info.scalars_uint[1];
const bool l_435 = l_433 && l_434;
if (l_435) {
const uint l_436 = l_430 * info.scalars_uint[1];
const uint l_437 = l_436 + l_432;
const float l_438 = l_arr_9[uint(14)];
buffer_2[l_437] = l_438;
}
const uint l_439 = l_3 + l_4;
const uint l_440 = l_439 + uint(48);
const uint l_441 = l_2 + l_5;
const uint l_442 = l_441 + uint(48);
const bool l_443 = l_440 < l_1;
const bool l_444 = l_442 < info.scalars_uint[1];
const bool l_445 = l_443 && l_444;
if (l_445) {
const uint l_446 = l_440 * info.scalars_uint[1];
const uint l_447 = l_446 + l_442;
const float l_448 = l_arr_9[uint(15)];
buffer_2[l_447] = l_448;
}

}
