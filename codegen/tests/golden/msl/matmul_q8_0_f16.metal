
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

float l_arr_99[4];

float l_arr_100[4];

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
const uint l_35 = l_26 * uint(32);
const uint l_36 = l_34 + l_35;
const uint l_37 = l_29 / uint(4);
const uint l_38 = buffer_0[l_37];
const uint l_39 = l_29 % uint(4);
const uint l_40 = l_39 * uint(8);
const uint l_41 = l_38 >> l_40;
const uint l_42 = l_41 & uint(65535);
const uint l_43 = l_42 & uint(32768);
const uint l_44 = l_43 << uint(16);
const uint l_45 = l_42 >> uint(10);
const uint l_46 = l_45 & uint(31);
const uint l_47 = l_42 & uint(1023);
const bool l_48 = l_46 == uint(31);
const uint l_49 = l_46 + uint(112);
const uint l_50 = (l_48) ? uint(255) : l_49;
const uint l_51 = l_50 << uint(23);
const uint l_52 = l_44 | l_51;
const uint l_53 = l_47 << uint(13);
const uint l_54 = l_52 | l_53;
const float l_55 = reinterpret_cast<thread float const&>(l_54);
const float l_56 = float(l_47);
const float l_57 = l_56 * float(5.960464477539063e-8);
const bool l_58 = l_44 == uint(0);
const float l_59 = -l_57;
const float l_60 = (l_58) ? l_57 : l_59;
const bool l_61 = l_46 == uint(0);
const float l_62 = (l_61) ? l_60 : l_55;
const int l_63 = int(l_27);
const uint l_64 = l_36 + uint(0);
const uint l_65 = uint(l_63);
const uint l_66 = l_65 / uint(1);
const uint l_67 = l_66 * uint(1);
const uint l_68 = l_64 + l_67;
const uint l_69 = l_65 % uint(1);
const uint l_70 = l_68 + l_69;
const uint l_71 = l_65 / uint(1);
const uint l_72 = l_71 % uint(1);
const uint l_73 = l_72 * uint(8);
const uint l_74 = l_70 / uint(4);
const uint l_75 = buffer_0[l_74];
const uint l_76 = l_70 % uint(4);
const uint l_77 = l_76 * uint(8);
const uint l_78 = l_77 + l_73;
const uint l_79 = l_75 >> l_78;
const uint l_80 = l_79 & uint(255);
const int l_81 = int(l_80);
const int l_82 = l_81 ^ int(128);
const int l_83 = l_82 - int(128);
const float l_84 = float(l_83);
const float l_85 = l_62 * l_84;
l_mut_19 = l_85;
}
const uint l_86 = l_16 * uint(33);
const uint l_87 = l_86 + l_17;
shared_memory_7[l_87] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_88 = l_3 + l_16;
const bool l_89 = l_88 < l_1;
const bool l_90 = l_18 < info.scalars_uint[2];
const bool l_91 = l_89 && l_90;
if (l_91) {
const uint l_92 = l_88 * info.scalars_uint[2];
const uint l_93 = l_92 + l_18;
const half l_94 = buffer_1[l_93];
const float l_95 = float(l_94);
l_mut_19 = l_95;
}
const uint l_96 = l_16 * uint(33);
const uint l_97 = l_96 + l_17;
shared_memory_8[l_97] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_98 = uint(0); l_mut_98 < uint(32); ++l_mut_98) {
const uint l_101 = l_4 + uint(0);
const uint l_102 = l_101 * uint(33);
const uint l_103 = l_102 + l_mut_98;
const float l_104 = shared_memory_8[l_103];
l_arr_99[uint(0)] = l_104;
const uint l_105 = l_5 + uint(0);
const uint l_106 = l_105 * uint(33);
const uint l_107 = l_106 + l_mut_98;
const float l_108 = shared_memory_7[l_107];
l_arr_100[uint(0)] = l_108;
const uint l_109 = l_4 + uint(16);
const uint l_110 = l_109 * uint(33);
const uint l_111 = l_110 + l_mut_98;
const float l_112 = shared_memory_8[l_111];
l_arr_99[uint(1)] = l_112;
const uint l_113 = l_5 + uint(16);
const uint l_114 = l_113 * uint(33);
const uint l_115 = l_114 + l_mut_98;
const float l_116 = shared_memory_7[l_115];
l_arr_100[uint(1)] = l_116;
const uint l_117 = l_4 + uint(32);
const uint l_118 = l_117 * uint(33);
const uint l_119 = l_118 + l_mut_98;
const float l_120 = shared_memory_8[l_119];
l_arr_99[uint(2)] = l_120;
const uint l_121 = l_5 + uint(32);
const uint l_122 = l_121 * uint(33);
const uint l_123 = l_122 + l_mut_98;
const float l_124 = shared_memory_7[l_123];
l_arr_100[uint(2)] = l_124;
const uint l_125 = l_4 + uint(48);
const uint l_126 = l_125 * uint(33);
const uint l_127 = l_126 + l_mut_98;
const float l_128 = shared_memory_8[l_127];
l_arr_99[uint(3)] = l_128;
const uint l_129 = l_5 + uint(48);
const uint l_130 = l_129 * uint(33);
const uint l_131 = l_130 + l_mut_98;
const float l_132 = shared_memory_7[l_131];
l_arr_100[uint(3)] = l_132;
const float l_133 = l_arr_99[uint(0)];
const float l_134 = l_arr_100[uint(0)];
const float l_135 = l_133 * l_134;
const float l_136 = l_arr_9[uint(0)];
const float l_137 = l_136 + l_135;
l_arr_9[uint(0)] = l_137;
const float l_138 = l_arr_99[uint(0)];
const float l_139 = l_arr_100[uint(1)];
const float l_140 = l_138 * l_139;
const float l_141 = l_arr_9[uint(1)];
const float l_142 = l_141 + l_140;
l_arr_9[uint(1)] = l_142;
const float l_143 = l_arr_99[uint(0)];
const float l_144 = l_arr_100[uint(2)];
const float l_145 = l_143 * l_144;
const float l_146 = l_arr_9[uint(2)];
const float l_147 = l_146 + l_145;
l_arr_9[uint(2)] = l_147;
const float l_148 = l_arr_99[uint(0)];
const float l_149 = l_arr_100[uint(3)];
const float l_150 = l_148 * l_149;
const float l_151 = l_arr_9[uint(3)];
const float l_152 = l_151 + l_150;
l_arr_9[uint(3)] = l_152;
const float l_153 = l_arr_99[uint(1)];
const float l_154 = l_arr_100[uint(0)];
const float l_155 = l_153 * l_154;
const float l_156 = l_arr_9[uint(4)];
const float l_157 = l_156 + l_155;
l_arr_9[uint(4)] = l_157;
const float l_158 = l_arr_99[uint(1)];
const float l_159 = l_arr_100[uint(1)];
const float l_160 = l_158 * l_159;
const float l_161 = l_arr_9[uint(5)];
const float l_162 = l_161 + l_160;
l_arr_9[uint(5)] = l_162;
const float l_163 = l_arr_99[uint(1)];
const float l_164 = l_arr_100[uint(2)];
const float l_165 = l_163 * l_164;
const float l_166 = l_arr_9[uint(6)];
const float l_167 = l_166 + l_165;
l_arr_9[uint(6)] = l_167;
const float l_168 = l_arr_99[uint(1)];
const float l_169 = l_arr_100[uint(3)];
const float l_170 = l_168 * l_169;
const float l_171 = l_arr_9[uint(7)];
const float l_172 = l_171 + l_170;
l_arr_9[uint(7)] = l_172;
const float l_173 = l_arr_99[uint(2)];
const float l_174 = l_arr_100[uint(0)];
const float l_175 = l_173 * l_174;
const float l_176 = l_arr_9[uint(8)];
const float l_177 = l_176 + l_175;
l_arr_9[uint(8)] = l_177;
const float l_178 = l_arr_99[uint(2)];
const float l_179 = l_arr_100[uint(1)];
const float l_180 = l_178 * l_179;
const float l_181 = l_arr_9[uint(9)];
const float l_182 = l_181 + l_180;
l_arr_9[uint(9)] = l_182;
const float l_183 = l_arr_99[uint(2)];
const float l_184 = l_arr_100[uint(2)];
const float l_185 = l_183 * l_184;
const float l_186 = l_arr_9[uint(10)];
const float l_187 = l_186 + l_185;
l_arr_9[uint(10)] = l_187;
const float l_188 = l_arr_99[uint(2)];
const float l_189 = l_arr_100[uint(3)];
const float l_190 = l_188 * l_189;
const float l_191 = l_arr_9[uint(11)];
const float l_192 = l_191 + l_190;
l_arr_9[uint(11)] = l_192;
const float l_193 = l_arr_99[uint(3)];
const float l_194 = l_arr_100[uint(0)];
const float l_195 = l_193 * l_194;
const float l_196 = l_arr_9[uint(12)];
const float l_197 = l_196 + l_195;
l_arr_9[uint(12)] = l_197;
const float l_198 = l_arr_99[uint(3)];
const float l_199 = l_arr_100[uint(1)];
const float l_200 = l_198 * l_199;
const float l_201 = l_arr_9[uint(13)];
const float l_202 = l_201 + l_200;
l_arr_9[uint(13)] = l_202;
const float l_203 = l_arr_99[uint(3)];
const float l_204 = l_arr_100[uint(2)];
const float l_205 = l_203 * l_204;
const float l_206 = l_arr_9[uint(14)];
const float l_207 = l_206 + l_205;
l_arr_9[uint(14)] = l_207;
const float l_208 = l_arr_99[uint(3)];
const float l_209 = l_arr_100[uint(3)];
const float l_210 = l_208 * l_209;
const float l_211 = l_arr_9[uint(15)];
const float l_212 = l_211 + l_210;
l_arr_9[uint(15)] = l_212;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_213 = l_3 + l_4;
const uint l_214 = l_213 + uint(0);
const uint l_215 = l_2 + l_5;
const uint l_216 = l_215 + uint(0);
const bool l_217 = l_214 < l_1;
const bool l_218 = l_216 < info.scalars_uint[1];
const bool l_219 = l_217 && l_218;
if (l_219) {
const uint l_220 = l_214 * info.scalars_uint[1];
const uint l_221 = l_220 + l_216;
const float l_222 = l_arr_9[uint(0)];
const half l_223 = half(l_222);
buffer_2[l_221] = l_223;
}
const uint l_224 = l_3 + l_4;
const uint l_225 = l_224 + uint(0);
const uint l_226 = l_2 + l_5;
const uint l_227 = l_226 + uint(16);
const bool l_228 = l_225 < l_1;
const bool l_229 = l_227 < info.scalars_uint[1];
const bool l_230 = l_228 && l_229;
if (l_230) {
const uint l_231 = l_225 * info.scalars_uint[1];
const uint l_232 = l_231 + l_227;
const float l_233 = l_arr_9[uint(1)];
const half l_234 = half(l_233);
buffer_2[l_232] = l_234;
}
const uint l_235 = l_3 + l_4;
const uint l_236 = l_235 + uint(0);
const uint l_237 = l_2 + l_5;
const uint l_238 = l_237 + uint(32);
const bool l_239 = l_236 < l_1;
const bool l_240 = l_238 < info.scalars_uint[1];
const bool l_241 = l_239 && l_240;
if (l_241) {
const uint l_242 = l_236 * info.scalars_uint[1];
const uint l_243 = l_242 + l_238;
const float l_244 = l_arr_9[uint(2)];
const half l_245 = half(l_244);
buffer_2[l_243] = l_245;
}
const uint l_246 = l_3 + l_4;
const uint l_247 = l_246 + uint(0);
const uint l_248 = l_2 + l_5;
const uint l_249 = l_248 + uint(48);
const bool l_250 = l_247 < l_1;
const bool l_251 = l_249 < info.scalars_uint[1];
const bool l_252 = l_250 && l_251;
if (l_252) {
const uint l_253 = l_247 * info.scalars_uint[1];
const uint l_254 = l_253 + l_249;
const float l_255 = l_arr_9[uint(3)];
const half l_256 = half(l_255);
buffer_2[l_254] = l_256;
}
const uint l_257 = l_3 + l_4;
const uint l_258 = l_257 + uint(16);
const uint l_259 = l_2 + l_5;
const uint l_260 = l_259 + uint(0);
const bool l_261 = l_258 < l_1;
const bool l_262 = l_260 < info.scalars_uint[1];
const bool l_263 = l_261 && l_262;
if (l_263) {
const uint l_264 = l_258 * info.scalars_uint[1];
const uint l_265 = l_264 + l_260;
const float l_266 = l_arr_9[uint(4)];
const half l_267 = half(l_266);
buffer_2[l_265] = l_267;
}
const uint l_268 = l_3 + l_4;
const uint l_269 = l_268 + uint(16);
const uint l_270 = l_2 + l_5;
const uint l_271 = l_270 + uint(16);
const bool l_272 = l_269 < l_1;
const bool l_273 = l_271 < info.scalars_uint[1];
const bool l_274 = l_272 && l_273;
if (l_274) {
const uint l_275 = l_269 * info.scalars_uint[1];
const uint l_276 = l_275 + l_271;
const float l_277 = l_arr_9[uint(5)];
const half l_278 = half(l_277);
buffer_2[l_276] = l_278;
}
const uint l_279 = l_3 + l_4;
const uint l_280 = l_279 + uint(16);
const uint l_281 = l_2 + l_5;
const uint l_282 = l_281 + uint(32);
const bool l_283 = l_280 < l_1;
const bool l_284 = l_282 < info.scalars_uint[1];
const bool l_285 = l_283 && l_284;
if (l_285) {
const uint l_286 = l_280 * info.scalars_uint[1];
const uint l_287 = l_286 + l_282;
const float l_288 = l_arr_9[uint(6)];
const half l_289 = half(l_288);
buffer_2[l_287] = l_289;
}
const uint l_290 = l_3 + l_4;
const uint l_291 = l_290 + uint(16);
const uint l_292 = l_2 + l_5;
const uint l_293 = l_292 + uint(48);
const bool l_294 = l_291 < l_1;
const bool l_295 = l_293 < info.scalars_uint[1];
const bool l_296 = l_294 && l_295;
if (l_296) {
const uint l_297 = l_291 * info.scalars_uint[1];
const uint l_298 = l_297 + l_293;
const float l_299 = l_arr_9[uint(7)];
const half l_300 = half(l_299);
buffer_2[l_298] = l_300;
}
const uint l_301 = l_3 + l_4;
const uint l_302 = l_301 + uint(32);
const uint l_303 = l_2 + l_5;
const uint l_304 = l_303 + uint(0);
const bool l_305 = l_302 < l_1;
const bool l_306 = l_304 < info.scalars_uint[1];
const bool l_307 = l_305 && l_306;
if (l_307) {
const uint l_308 = l_302 * info.scalars_uint[1];
const uint l_309 = l_308 + l_304;
const float l_310 = l_arr_9[uint(8)];
const half l_311 = half(l_310);
buffer_2[l_309] = l_311;
}
const uint l_312 = l_3 + l_4;
const uint l_313 = l_312 + uint(32);
const uint l_314 = l_2 + l_5;
const uint l_315 = l_314 + uint(16);
const bool l_316 = l_313 < l_1;
const bool l_317 = l_315 < info.scalars_uint[1];
const bool l_318 = l_316 && l_317;
if (l_318) {
const uint l_319 = l_313 * info.scalars_uint[1];
const uint l_320 = l_319 + l_315;
const float l_321 = l_arr_9[uint(9)];
const half l_322 = half(l_321);
buffer_2[l_320] = l_322;
}
const uint l_323 = l_3 + l_4;
const uint l_324 = l_323 + uint(32);
const uint l_325 = l_2 + l_5;
const uint l_326 = l_325 + uint(32);
const bool l_327 = l_324 < l_1;
const bool l_328 = l_326 < info.scalars_uint[1];
const bool l_329 = l_327 && l_328;
if (l_329) {
const uint l_330 = l_324 * info.scalars_uint[1];
const uint l_331 = l_330 + l_326;
const float l_332 = l_arr_9[uint(10)];
const half l_333 = half(l_332);
buffer_2[l_331] = l_333;
}
const uint l_334 = l_3 + l_4;
const uint l_335 = l_334 + uint(32);
const uint l_336 = l_2 + l_5;
const uint l_337 = l_336 + uint(48);
const bool l_338 = l_335 < l_1;
const bool l_339 = l_337 < info.scalars_uint[1];
const bool l_340 = l_338 && l_339;
if (l_340) {
const uint l_341 = l_335 * info.scalars_uint[1];
const uint l_342 = l_341 + l_337;
const float l_343 = l_arr_9[uint(11)];
const half l_344 = half(l_343);
buffer_2[l_342] = l_344;
}
const uint l_345 = l_3 + l_4;
const uint l_346 = l_345 + uint(48);
const uint l_347 = l_2 + l_5;
const uint l_348 = l_347 + uint(0);
const bool l_349 = l_346 < l_1;
const bool l_350 = l_348 < info.scalars_uint[1];
const bool l_351 = l_349 && l_350;
if (l_351) {
const uint l_352 = l_346 * info.scalars_uint[1];
const uint l_353 = l_352 + l_348;
const float l_354 = l_arr_9[uint(12)];
const half l_355 = half(l_354);
buffer_2[l_353] = l_355;
}
const uint l_356 = l_3 + l_4;
const uint l_357 = l_356 + uint(48);
const uint l_358 = l_2 + l_5;
const uint l_359 = l_358 + uint(16);
const bool l_360 = l_357 < l_1;
const bool l_361 = l_359 < info.scalars_uint[1];
const bool l_362 = l_360 && l_361;
if (l_362) {
const uint l_363 = l_357 * info.scalars_uint[1];
const uint l_364 = l_363 + l_359;
const float l_365 = l_arr_9[uint(13)];
const half l_366 = half(l_365);
buffer_2[l_364] = l_366;
}
const uint l_367 = l_3 + l_4;
const uint l_368 = l_367 + uint(48);
const uint l_369 = l_2 + l_5;
const uint l_370 = l_369 + uint(32);
const bool l_371 = l_368 < l_1;
const bool l_372 = l_370 < info.scalars_uint[1];
const bool l_373 = l_371 && l_372;
if (l_373) {
const uint l_374 = l_368 * info.scalars_uint[1];
const uint l_375 = l_374 + l_370;
const float l_376 = l_arr_9[uint(14)];
const half l_377 = half(l_376);
buffer_2[l_375] = l_377;
}
const uint l_378 = l_3 + l_4;
const uint l_379 = l_378 + uint(48);
const uint l_380 = l_2 + l_5;
const uint l_381 = l_380 + uint(48);
const bool l_382 = l_379 < l_1;
const bool l_383 = l_381 < info.scalars_uint[1];
const bool l_384 = l_382 && l_383;
if (l_384) {
const uint l_385 = l_379 * info.scalars_uint[1];
const uint l_386 = l_385 + l_381;
const float l_387 = l_arr_9[uint(15)];
const half l_388 = half(l_387);
buffer_2[l_386] = l_388;
}

}
