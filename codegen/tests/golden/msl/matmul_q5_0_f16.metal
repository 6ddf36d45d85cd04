
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

float l_arr_133[4];

float l_arr_134[4];

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
const uint l_35 = l_26 * uint(4);
const uint l_36 = l_34 + l_35;
const uint l_37 = info.scalars_uint[0] * uint(2);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = uint(0) + l_40;
const uint l_42 = info.scalars_uint[0] * uint(4);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_26 * uint(16);
const uint l_48 = l_46 + l_47;
const uint l_49 = l_29 / uint(4);
const uint l_50 = buffer_0[l_49];
const uint l_51 = l_29 % uint(4);
const uint l_52 = l_51 * uint(8);
const uint l_53 = l_50 >> l_52;
const uint l_54 = l_53 & uint(65535);
const uint l_55 = l_54 & uint(32768);
const uint l_56 = l_55 << uint(16);
const uint l_57 = l_54 >> uint(10);
const uint l_58 = l_57 & uint(31);
const uint l_59 = l_54 & uint(1023);
const bool l_60 = l_58 == uint(31);
const uint l_61 = l_58 + uint(112);
const uint l_62 = (l_60) ? uint(255) : l_61;
const uint l_63 = l_62 << uint(23);
const uint l_64 = l_56 | l_63;
const uint l_65 = l_59 << uint(13);
const uint l_66 = l_64 | l_65;
const float l_67 = reinterpret_cast<thread float const&>(l_66);
const float l_68 = float(l_59);
const float l_69 = l_68 * float(5.960464477539063e-8);
const bool l_70 = l_56 == uint(0);
const float l_71 = -l_69;
const float l_72 = (l_70) ? l_69 : l_71;
const bool l_73 = l_58 == uint(0);
const float l_74 = (l_73) ? l_72 : l_67;
const int l_75 = int(l_27);
const uint l_76 = l_48 + uint(0);
const uint l_77 = uint(l_75);
const uint l_78 = l_77 / uint(32);
const uint l_79 = l_78 * uint(16);
const uint l_80 = l_76 + l_79;
const uint l_81 = l_77 % uint(16);
const uint l_82 = l_80 + l_81;
const uint l_83 = l_77 / uint(16);
const uint l_84 = l_83 % uint(2);
const uint l_85 = l_84 * uint(4);
const uint l_86 = l_82 / uint(4);
const uint l_87 = buffer_0[l_86];
const uint l_88 = l_82 % uint(4);
const uint l_89 = l_88 * uint(8);
const uint l_90 = l_89 + l_85;
const uint l_91 = l_87 >> l_90;
const uint l_92 = l_91 & uint(15);
const int l_93 = int(l_92);
const uint l_94 = l_36 + uint(0);
const uint l_95 = uint(l_75);
const uint l_96 = l_95 / uint(8);
const uint l_97 = l_96 * uint(1);
const uint l_98 = l_94 + l_97;
const uint l_99 = l_95 % uint(1);
const uint l_100 = l_98 + l_99;
const uint l_101 = l_95 / uint(1);
const uint l_102 = l_101 % uint(8);
const uint l_103 = l_102 * uint(1);
const uint l_104 = l_100 / uint(4);
const uint l_105 = buffer_0[l_104];
const uint l_106 = l_100 % uint(4);
const uint l_107 = l_106 * uint(8);
const uint l_108 = l_107 + l_103;
const uint l_109 = l_105 >> l_108;
const uint l_110 = l_109 & uint(1);
const int l_111 = int(l_110);
const uint l_112 = uint(l_111);
const uint l_113 = uint(int(4));
const uint l_114 = l_112 << l_113;
const int l_115 = int(l_114);
const int l_116 = l_93 | l_115;
const int l_117 = l_116 - int(16);
const float l_118 = float(l_117);
const float l_119 = l_74 * l_118;
l_mut_19 = l_119;
}
const uint l_120 = l_16 * uint(33);
const uint l_121 = l_120 + l_17;
shared_memory_7[l_121] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_122 = l_3 + l_16;
const bool l_123 = l_122 < l_1;
const bool l_124 = l_18 < info.scalars_uint[2];
const bool l_125 = l_123 && l_124;
if (l_125) {
const uint l_126 = l_122 * info.scalars_uint[2];
const uint l_127 = l_126 + l_18;
const half l_128 = buffer_1[l_127];
const float l_129 = float(l_128);
l_mut_19 = l_129;
}
const uint l_130 = l_16 * uint(33);
const uint l_131 = l_130 + l_17;
shared_memory_8[l_131] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_132 = uint(0); l_mut_132 < uint(32); ++l_mut_132) {
const uint l_135 = l_4 + uint(0);
const uint l_136 = l_135 * uint(33);
const uint l_137 = l_136 + l_mut_132;
const float l_138 = shared_memory_8[l_137];
l_arr_133[uint(0)] = l_138;
const uint l_139 = l_5 + uint(0);
const uint l_140 = l_139 * uint(33);
const uint l_141 = l_140 + l_mut_132;
const float l_142 = shared_memory_7[l_141];
l_arr_134[uint(0)] = l_142;
const uint l_143 = l_4 + uint(16);
const uint l_144 = l_143 * uint(33);
const uint l_145 = l_144 + l_mut_132;
const float l_146 = shared_memory_8[l_145];
l_arr_133[uint(1)] = l_146;
const uint l_147 = l_5 + uint(16);
const uint l_148 = l_147 * uint(33);
const uint l_149 = l_148 + l_mut_132;
const float l_150 = shared_memory_7[l_149];
l_arr_134[uint(1)] = l_150;
const uint l_151 = l_4 + uint(32);
const uint l_152 = l_151 * uint(33);
const uint l_153 = l_152 + l_mut_132;
const float l_154 = shared_memory_8[l_153];
l_arr_133[uint(2)] = l_154;
const uint l_155 = l_5 + uint(32);
const uint l_156 = l_155 * uint(33);
const uint l_157 = l_156 + l_mut_132;
const float l_158 = shared_memory_7[l_157];
l_arr_134[uint(2)] = l_158;
const uint l_159 = l_4 + uint(48);
const uint l_160 = l_159 * uint(33);
const uint l_161 = l_160 + l_mut_132;
const float l_162 = shared_memory_8[l_161];
l_arr_133[uint(3)] = l_162;
const uint l_163 = l_5 + uint(48);
const uint l_164 = l_163 * uint(33);
const uint l_165 = l_164 + l_mut_132;
const float l_166 = shared_memory_7[l_165];
l_arr_134[uint(3)] = l_166;
const float l_167 = l_arr_133[uint(0)];
const float l_168 = l_arr_134[uint(0)];
const float l_169 = l_167 * l_168;
const float l_170 = l_arr_9[uint(0)];
const float l_171 = l_170 + l_169;
l_arr_9[uint(0)] = l_171;
const float l_172 = l_arr_133[uint(0)];
const float l_173 = l_arr_134[uint(1)];
const float l_174 = l_172 * l_173;
const float l_175 = l_arr_9[uint(1)];
const float l_176 = l_175 + l_174;
l_arr_9[uint(1)] = l_176;
const float l_177 = l_arr_133[uint(0)];
const float l_178 = l_arr_134[uint(2)];
const float l_179 = l_177 * l_178;
const float l_180 = l_arr_9[uint(2)];
const float l_181 = l_180 + l_179;
l_arr_9[uint(2)] = l_181;
const float l_182 = l_arr_133[uint(0)];
const float l_183 = l_arr_134[uint(3)];
const float l_184 = l_182 * l_183;
const float l_185 = l_arr_9[uint(3)];
const float l_186 = l_185 + l_184;
l_arr_9[uint(3)] = l_186;
const float l_187 = l_arr_133[uint(1)];
const float l_188 = l_arr_134[uint(0)];
const float l_189 = l_187 * l_188;
const float l_190 = l_arr_9[uint(4)];
const float l_191 = l_190 + l_189;
l_arr_9[uint(4)] = l_191;
const float l_192 = l_arr_133[uint(1)];
const float l_193 = l_arr_134[uint(1)];
const float l_194 = l_192 * l_193;
const float l_195 = l_arr_9[uint(5)];
const float l_196 = l_195 + l_194;
l_arr_9[uint(5)] = l_196;
const float l_197 = l_arr_133[uint(1)];
const float l_198 = l_arr_134[uint(2)];
const float l_199 = l_197 * l_198;
const float l_200 = l_arr_9[uint(6)];
const float l_201 = l_200 + l_199;
l_arr_9[uint(6)] = l_201;
const float l_202 = l_arr_133[uint(1)];
const float l_203 = l_arr_134[uint(3)];
const float l_204 = l_202 * l_203;
const float l_205 = l_arr_9[uint(7)];
const float l_206 = l_205 + l_204;
l_arr_9[uint(7)] = l_206;
const float l_207 = l_arr_133[uint(2)];
const float l_208 = l_arr_134[uint(0)];
const float l_209 = l_207 * l_208;
const float l_210 = l_arr_9[uint(8)];
const float l_211 = l_210 + l_209;
l_arr_9[uint(8)] = l_211;
const float l_212 = l_arr_133[uint(2)];
const float l_213 = l_arr_134[uint(1)];
const float l_214 = l_212 * l_213;
const float l_215 = l_arr_9[uint(9)];
const float l_216 = l_215 + l_214;
l_arr_9[uint(9)] = l_216;
const float l_217 = l_arr_133[uint(2)];
const float l_218 = l_arr_134[uint(2)];
const float l_219 = l_217 * l_218;
const float l_220 = l_arr_9[uint(10)];
const float l_221 = l_220 + l_219;
l_arr_9[uint(10)] = l_221;
const float l_222 = l_arr_133[uint(2)];
const float l_223 = l_arr_134[uint(3)];
const float l_224 = l_222 * l_223;
const float l_225 = l_arr_9[uint(11)];
const float l_226 = l_225 + l_224;
l_arr_9[uint(11)] = l_226;
const float l_227 = l_arr_133[uint(3)];
const float l_228 = l_arr_134[uint(0)];
const float l_229 = l_227 * l_228;
const float l_230 = l_arr_9[uint(12)];
const float l_231 = l_230 + l_229;
l_arr_9[uint(12)] = l_231;
const float l_232 = l_arr_133[uint(3)];
const float l_233 = l_arr_134[uint(1)];
const float l_234 = l_232 * l_233;
const float l_235 = l_arr_9[uint(13)];
const float l_236 = l_235 + l_234;
l_arr_9[uint(13)] = l_236;
const float l_237 = l_arr_133[uint(3)];
const float l_238 = l_arr_134[uint(2)];
const float l_239 = l_237 * l_238;
const float l_240 = l_arr_9[uint(14)];
const float l_241 = l_240 + l_239;
l_arr_9[uint(14)] = l_241;
const float l_242 = l_arr_133[uint(3)];
const float l_243 = l_arr_134[uint(3)];
const float l_244 = l_242 * l_243;
const float l_245 = l_arr_9[uint(15)];
const float l_246 = l_245 + l_244;
l_arr_9[uint(15)] = l_246;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_247 = l_3 + l_4;
const uint l_248 = l_247 + uint(0);
const uint l_249 = l_2 + l_5;
const uint l_250 = l_249 + uint(0);
const bool l_251 = l_248 < l_1;
const bool l_252 = l_250 < info.scalars_uint[1];
const bool l_253 = l_251 && l_252;
if (l_253) {
const uint l_254 = l_248 * info.scalars_uint[1];
const uint l_255 = l_254 + l_250;
const float l_256 = l_arr_9[uint(0)];
const half l_257 = half(l_256);
buffer_2[l_255] = l_257;
}
const uint l_258 = l_3 + l_4;
const uint l_259 = l_258 + uint(0);
const uint l_260 = l_2 + l_5;
const uint l_261 = l_260 + uint(16);
const bool l_262 = l_259 < l_1;
const bool l_263 = l_261 < info.scalars_uint[1];
const bool l_264 = l_262 && l_263;
if (l_264) {
const uint l_265 = l_259 * info.scalars_uint[1];
const uint l_266 = l_265 + l_261;
const float l_267 = l_arr_9[uint(1)];
const half l_268 = half(l_267);
buffer_2[l_266] = l_268;
}
const uint l_269 = l_3 + l_4;
const uint l_270 = l_269 + uint(0);
const uint l_271 = l_2 + l_5;
const uint l_272 = l_271 + uint(32);
const bool l_273 = l_270 < l_1;
const bool l_274 = l_272 < info.scalars_uint[1];
const bool l_275 = l_273 && l_274;
if (l_275) {
const uint l_276 = l_270 * info.scalars_uint[1];
const uint l_277 = l_276 + l_272;
const float l_278 = l_arr_9[uint(2)];
const half l_279 = half(l_278);
buffer_2[l_277] = l_279;
}
const uint l_280 = l_3 + l_4;
const uint l_281 = l_280 + uint(0);
const uint l_282 = l_2 + l_5;
const uint l_283 = l_282 + uint(48);
const bool l_284 = l_281 < l_1;
const bool l_285 = l_283 < info.scalars_uint[1];
const bool l_286 = l_284 && l_285;
if (l_286) {
const uint l_287 = l_281 * info.scalars_uint[1];
const uint l_288 = l_287 + l_283;
const float l_289 = l_arr_9[uint(3)];
const half l_290 = half(l_289);
buffer_2[l_288] = l_290;
}
const uint l_291 = l_3 + l_4;
const uint l_292 = l_291 + uint(16);
const uint l_293 = l_2 + l_5;
const uint l_294 = l_293 + uint(0);
const bool l_295 = l_292 < l_1;
const bool l_296 = l_294 < info.scalars_uint[1];
const bool l_297 = l_295 && l_296;
if (l_297) {
const uint l_298 = l_292 * info.scalars_uint[1];
const uint l_299 = l_298 + l_294;
const float l_300 = l_arr_9[uint(4)];
const half l_301 = half(l_300);
buffer_2[l_299] = l_301;
}
const uint l_302 = l_3 + l_4;
const uint l_303 = l_302 + uint(16);
const uint l_304 = l_2 + l_5;
const uint l_305 = l_304 + uint(16);
const bool l_306 = l_303 < l_1;
const bool l_307 = l_305 < info.scalars_uint[1];
const bool l_308 = l_306 && l_307;
if (l_308) {
const uint l_309 = l_303 * info.scalars_uint[1];
const uint l_310 = l_309 + l_305;
const float l_311 = l_arr_9[uint(5)];
const half l_312 = half(l_311);
buffer_2[l_310] = l_312;
}
const uint l_313 = l_3 + l_4;
const uint l_314 = l_313 + uint(16);
const uint l_315 = l_2 + l_5;
const uint l_316 = l_315 + uint(32);
const bool l_317 = l_314 < l_1;
const bool l_318 = l_316 < info.scalars_uint[1];
const bool l_319 = l_317 && l_318;
if (l_319) {
const uint l_320 = l_314 * info.scalars_uint[1];
const uint l_321 = l_320 + l_316;
const float l_322 = l_arr_9[uint(6)];
const half l_323 = half(l_322);
buffer_2[l_321] = l_323;
}
const uint l_324 = l_3 + l_4;
const uint l_325 = l_324 + uint(16);
const uint l_326 = l_2 + l_5;
const uint l_327 = l_326 + uint(48);
const bool l_328 = l_325 < l_1;
const bool l_329 = l_327 < info.scalars_uint[1];
const bool l_330 = l_328 && l_329;
if (l_330) {
const uint l_331 = l_325 * info.scalars_uint[1];
const uint l_332 = l_331 + l_327;
const float l_333 = l_arr_9[uint(7)];
const half l_334 = half(l_333);
buffer_2[l_332] = l_334;
}
const uint l_335 = l_3 + l_4;
const uint l_336 = l_335 + uint(32);
const uint l_337 = l_2 + l_5;
const uint l_338 = l_337 + uint(0);
const bool l_339 = l_336 < l_1;
const bool l_340 = l_338 < info.scalars_uint[1];
const bool l_341 = l_339 && l_340;
if (l_341) {
const uint l_342 = l_336 * info.scalars_uint[1];
const uint l_343 = l_342 + l_338;
const float l_344 = l_arr_9[uint(8)];
const half l_345 = half(l_344);
buffer_2[l_343] = l_345;
}
const uint l_346 = l_3 + l_4;
const uint l_347 = l_346 + uint(32);
const uint l_348 = l_2 + l_5;
const uint l_349 = l_348 + uint(16);
const bool l_350 = l_347 < l_1;
const bool l_351 = l_349 < info.scalars_uint[1];
const bool l_352 = l_350 && l_351;
if (l_352) {
const uint l_353 = l_347 * info.scalars_uint[1];
const uint l_354 = l_353 + l_349;
const float l_355 = l_arr_9[uint(9)];
const half l_356 = half(l_355);
buffer_2[l_354] = l_356;
}
const uint l_357 = l_3 + l_4;
const uint l_358 = l_357 + uint(32);
const uint l_359 = l_2 + l_5;
const uint l_360 = l_359 + uint(32);
const bool l_361 = l_358 < l_1;
const bool l_362 = l_360 < info.scalars_uint[1];
const bool l_363 = l_361 && l_362;
if (l_363) {
const uint l_364 = l_358 * info.scalars_uint[1];
const uint l_365 = l_364 + l_360;
const float l_366 = l_arr_9[uint(10)];
const half l_367 = half(l_366);
buffer_2[l_365] = l_367;
}
const uint l_368 = l_3 + l_4;
const uint l_369 = l_368 + uint(32);
const uint l_370 = l_2 + l_5;
const uint l_371 = l_370 + uint(48);
const bool l_372 = l_369 < l_1;
const bool l_373 = l_371 < info.scalars_uint[1];
const bool l_374 = l_372 && l_373;
if (l_374) {
const uint l_375 = l_369 * info.scalars_uint[1];
const uint l_376 = l_375 + l_371;
const float l_377 = l_arr_9[uint(11)];
const half l_378 = half(l_377);
buffer_2[l_376] = l_378;
}
const uint l_379 = l_3 + l_4;
const uint l_380 = l_379 + uint(48);
const uint l_381 = l_2 + l_5;
const uint l_382 = l_381 + uint(0);
const bool l_383 = l_380 < l_1;
const bool l_384 = l_382 < info.scalars_uint[1];
const bool l_385 = l_383 && l_384;
if (l_385) {
const uint l_386 = l_380 * info.scalars_uint[1];
const uint l_387 = l_386 + l_382;
const float l_388 = l_arr_9[uint(12)];
const half l_389 = half(l_388);
buffer_2[l_387] = l_389;
}
const uint l_390 = l_3 + l_4;
const uint l_391 = l_390 + uint(48);
const uint l_392 = l_2 + l_5;
const uint l_393 = l_392 + uint(16);
const bool l_394 = l_391 < l_1;
const bool l_395 = l_393 < info.scalars_uint[1];
const bool l_396 = l_394 && l_395;
if (l_396) {
const uint l_397 = l_391 * info.scalars_uint[1];
const uint l_398 = l_397 + l_393;
const float l_399 = l_arr_9[uint(13)];
const half l_400 = half(l_399);
buffer_2[l_398] = l_400;
}
const uint l_401 = l_3 + l_4;
const uint l_402 = l_401 + uint(48);
const uint l_403 = l_2 + l_5;
const uint l_404 = l_403 + uint(32);
const bool l_405 = l_402 < l_1;
const bool l_406 = l_404 < info.scalars_uint[1];
const bool l_407 = l_405 && l_406;
if (l_407) {
const uint l_408 = l_402 * info.scalars_uint[1];
const uint l_409 = l_408 + l_404;
const float l_410 = l_arr_9[uint(14)];
const half l_411 = half(l_410);
buffer_2[l_409] = l_411;
}
const uint l_412 = l_3 + l_4;
const uint l_413 = l_412 + uint(48);
const uint l_414 = l_2 + l_5;
const uint l_415 = l_414 + uint(48);
const bool l_416 = l_413 < l_1;
const bool l_417 = l_415 < info.scalars_uint[1];
const bool l_418 = l_416 && l_417;
if (l_418) {
const uint l_419 = l_413 * info.scalars_uint[1];
const uint l_420 = l_419 + l_415;
const float l_421 = l_arr_9[uint(15)];
const half l_422 = half(l_421);
buffer_2[l_420] = l_422;
}

}
