
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

float l_arr_132[4];

float l_arr_133[4];

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
const float l_128 = buffer_1[l_127];
l_mut_19 = l_128;
}
const uint l_129 = l_16 * uint(33);
const uint l_130 = l_129 + l_17;
shared_memory_8[l_130] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_131 = uint(0); l_mut_131 < uint(32); ++l_mut_131) {
const uint l_134 = l_4 + uint(0);
const uint l_135 = l_134 * uint(33);
const uint l_136 = l_135 + l_mut_131;
const float l_137 = shared_memory_8[l_136];
l_arr_132[uint(0)] = l_137;
const uint l_138 = l_5 + uint(0);
const uint l_139 = l_138 * uint(33);
const uint l_140 = l_139 + l_mut_131;
const float l_141 = shared_memory_7[l_140];
l_arr_133[uint(0)] = l_141;
const uint l_142 = l_4 + uint(16);
const uint l_143 = l_142 * uint(33);
const uint l_144 = l_143 + l_mut_131;
const float l_145 = shared_memory_8[l_144];
l_arr_132[uint(1)] = l_145;
const uint l_146 = l_5 + uint(16);
const uint l_147 = l_146 * uint(33);
const uint l_148 = l_147 + l_mut_131;
const float l_149 = shared_memory_7[l_148];
l_arr_133[uint(1)] = l_149;
const uint l_150 = l_4 + uint(32);
const uint l_151 = l_150 * uint(33);
const uint l_152 = l_151 + l_mut_131;
const float l_153 = shared_memory_8[l_152];
l_arr_132[uint(2)] = l_153;
const uint l_154 = l_5 + uint(32);
const uint l_155 = l_154 * uint(33);
const uint l_156 = l_155 + l_mut_131;
const float l_157 = shared_memory_7[l_156];
l_arr_133[uint(2)] = l_157;
const uint l_158 = l_4 + uint(48);
const uint l_159 = l_158 * uint(33);
const uint l_160 = l_159 + l_mut_131;
const float l_161 = shared_memory_8[l_160];
l_arr_132[uint(3)] = l_161;
const uint l_162 = l_5 + uint(48);
const uint l_163 = l_162 * uint(33);
const uint l_164 = l_163 + l_mut_131;
const float l_165 = shared_memory_7[l_164];
l_arr_133[uint(3)] = l_165;
const float l_166 = l_arr_132[uint(0)];
const float l_167 = l_arr_133[uint(0)];
const float l_168 = l_166 * l_167;
const float l_169 = l_arr_9[uint(0)];
const float l_170 = l_169 + l_168;
l_arr_9[uint(0)] = l_170;
const float l_171 = l_arr_132[uint(0)];
const float l_172 = l_arr_133[uint(1)];
const float l_173 = l_171 * l_172;
const float l_174 = l_arr_9[uint(1)];
const float l_175 = l_174 + l_173;
l_arr_9[uint(1)] = l_175;
const float l_176 = l_arr_132[uint(0)];
const float l_177 = l_arr_133[uint(2)];
const float l_178 = l_176 * l_177;
const float l_179 = l_arr_9[uint(2)];
const float l_180 = l_179 + l_178;
l_arr_9[uint(2)] = l_180;
const float l_181 = l_arr_132[uint(0)];
const float l_182 = l_arr_133[uint(3)];
const float l_183 = l_181 * l_182;
const float l_184 = l_arr_9[uint(3)];
const float l_185 = l_184 + l_183;
l_arr_9[uint(3)] = l_185;
const float l_186 = l_arr_132[uint(1)];
const float l_187 = l_arr_133[uint(0)];
const float l_188 = l_186 * l_187;
const float l_189 = l_arr_9[uint(4)];
const float l_190 = l_189 + l_188;
l_arr_9[uint(4)] = l_190;
const float l_191 = l_arr_132[uint(1)];
const float l_192 = l_arr_133[uint(1)];
const float l_193 = l_191 * l_192;
const float l_194 = l_arr_9[uint(5)];
const float l_195 = l_194 + l_193;
l_arr_9[uint(5)] = l_195;
const float l_196 = l_arr_132[uint(1)];
const float l_197 = l_arr_133[uint(2)];
const float l_198 = l_196 * l_197;
const float l_199 = l_arr_9[uint(6)];
const float l_200 = l_199 + l_198;
l_arr_9[uint(6)] = l_200;
const float l_201 = l_arr_132[uint(1)];
const float l_202 = l_arr_133[uint(3)];
const float l_203 = l_201 * l_202;
const float l_204 = l_arr_9[uint(7)];
const float l_205 = l_204 + l_203;
l_arr_9[uint(7)] = l_205;
const float l_206 = l_arr_132[uint(2)];
const float l_207 = l_arr_133[uint(0)];
const float l_208 = l_206 * l_207;
const float l_209 = l_arr_9[uint(8)];
const float l_210 = l_209 + l_208;
l_arr_9[uint(8)] = l_210;
const float l_211 = l_arr_132[uint(2)];
const float l_212 = l_arr_133[uint(1)];
const float l_213 = l_211 * l_212;
const float l_214 = l_arr_9[uint(9)];
const float l_215 = l_214 + l_213;
l_arr_9[uint(9)] = l_215;
const float l_216 = l_arr_132[uint(2)];
const float l_217 = l_arr_133[uint(2)];
const float l_218 = l_216 * l_217;
const float l_219 = l_arr_9[uint(10)];
const float l_220 = l_219 + l_218;
l_arr_9[uint(10)] = l_220;
const float l_221 = l_arr_132[uint(2)];
const float l_222 = l_arr_133[uint(3)];
const float l_223 = l_221 * l_222;
const float l_224 = l_arr_9[uint(11)];
const float l_225 = l_224 + l_223;
l_arr_9[uint(11)] = l_225;
const float l_226 = l_arr_132[uint(3)];
const float l_227 = l_arr_133[uint(0)];
const float l_228 = l_226 * l_227;
const float l_229 = l_arr_9[uint(12)];
const float l_230 = l_229 + l_228;
l_arr_9[uint(12)] = l_230;
const float l_231 = l_arr_132[uint(3)];
const float l_232 = l_arr_133[uint(1)];
const float l_233 = l_231 * l_232;
const float l_234 = l_arr_9[uint(13)];
const float l_235 = l_234 + l_233;
l_arr_9[uint(13)] = l_235;
const float l_236 = l_arr_132[uint(3)];
const float l_237 = l_arr_133[uint(2)];
const float l_238 = l_236 * l_237;
const float l_239 = l_arr_9[uint(14)];
const float l_240 = l_239 + l_238;
l_arr_9[uint(14)] = l_240;
const float l_241 = l_arr_132[uint(3)];
const float l_242 = l_arr_133[uint(3)];
const float l_243 = l_241 * l_242;
const float l_244 = l_arr_9[uint(15)];
const float l_245 = l_244 + l_243;
l_arr_9[uint(15)] = l_245;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_246 = l_3 + l_4;
const uint l_247 = l_246 + uint(0);
const uint l_248 = l_2 + l_5;
const uint l_249 = l_248 + uint(0);
const bool l_250 = l_247 < l_1;
const bool l_251 = l_249 < info.scalars_uint[1];
const bool l_252 = l_250 && l_251;
if (l_252) {
const uint l_253 = l_247 * info.scalars_uint[1];
const uint l_254 = l_253 + l_249;
const float l_255 = l_arr_9[uint(0)];
buffer_2[l_254] = l_255;
}
const uint l_256 = l_3 + l_4;
const uint l_257 = l_256 + uint(0);
const uint l_258 = l_2 + l_5;
const uint l_259 = l_258 + uint(16);
const bool l_260 = l_257 < l_1;
const bool l_261 = l_259 < info.scalars_uint[1];
const bool l_262 = l_260 && l_261;
if (l_262) {
const uint l_263 = l_257 * info.scalars_uint[1];
const uint l_264 = l_263 + l_259;
const float l_265 = l_arr_9[uint(1)];
buffer_2[l_264] = l_265;
}
const uint l_266 = l_3 + l_4;
const uint l_267 = l_266 + uint(0);
const uint l_268 = l_2 + l_5;
const uint l_269 = l_268 + uint(32);
const bool l_270 = l_267 < l_1;
const bool l_271 = l_269 < info.scalars_uint[1];
const bool l_272 = l_270 && l_271;
if (l_272) {
const uint l_273 = l_267 * info.scalars_uint[1];
const uint l_274 = l_273 + l_269;
const float l_275 = l_arr_9[uint(2)];
buffer_2[l_274] = l_275;
}
const uint l_276 = l_3 + l_4;
const uint l_277 = l_276 + uint(0);
const uint l_278 = l_2 + l_5;
const uint l_279 = l_278 + uint(48);
const bool l_280 = l_277 < l_1;
const bool l_281 = l_279 < info.scalars_uint[1];
const bool l_282 = l_280 && l_281;
if (l_282) {
const uint l_283 = l_277 * info.scalars_uint[1];
const uint l_284 = l_283 + l_279;
const float l_285 = l_arr_9[uint(3)];
buffer_2[l_284] = l_285;
}
const uint l_286 = l_3 + l_4;
const uint l_287 = l_286 + uint(16);
const uint l_288 = l_2 + l_5;
const uint l_289 = l_288 + uint(0);
const bool l_290 = l_287 < l_1;
const bool l_291 = l_289 < info.scalars_uint[1];
const bool l_292 = l_290 && l_291;
if (l_292) {
const uint l_293 = l_287 * info.scalars_uint[1];
const uint l_294 = l_293 + l_289;
const float l_295 = l_arr_9[uint(4)];
buffer_2[l_294] = l_295;
}
const uint l_296 = l_3 + l_4;
const uint l_297 = l_296 + uint(16);
const uint l_298 = l_2 + l_5;
const uint l_299 = l_298 + uint(16);
const bool l_300 = l_297 < l_1;
const bool l_301 = l_299 < info.scalars_uint[1];
const bool l_302 = l_300 && l_301;
if (l_302) {
const uint l_303 = l_297 * info.scalars_uint[1];
const uint l_304 = l_303 + l_299;
const float l_305 = l_arr_9[uint(5)];
buffer_2[l_304] = l_305;
}
const uint l_306 = l_3 + l_4;
const uint l_307 = l_306 + uint(16);
const uint l_308 = l_2 + l_5;
const uint l_309 = l_308 + uint(32);
const bool l_310 = l_307 < l_1;
const bool l_311 = l_309 < info.scalars_uint[1];
const bool l_312 = l_310 && l_311;
if (l_312) {
const uint l_313 = l_307 * info.scalars_uint[1];
const uint l_314 = l_313 + l_309;
const float l_315 = l_arr_9[uint(6)];
buffer_2[l_314] = l_315;
}
const uint l_316 = l_3 + l_4;
const uint l_317 = l_316 + uint(16);
const uint l_318 = l_2 + l_5;
const uint l_319 = l_318 + uint(48);
const bool l_320 = l_317 < l_1;
const bool l_321 = l_319 < info.scalars_uint[1];
const bool l_322 = l_320 && l_321;
if (l_322) {
const uint l_323 = l_317 * info.scalars_uint[1];
const uint l_324 = l_323 + l_319;
const float l_325 = l_arr_9[uint(7)];
buffer_2[l_324] = l_325;
}
const uint l_326 = l_3 + l_4;
const uint l_327 = l_326 + uint(32);
const uint l_328 = l_2 + l_5;
const uint l_329 = l_328 + uint(0);
const bool l_330 = l_327 < l_1;
const bool l_331 = l_329 < info.scalars_uint[1];
const bool l_332 = l_330 && l_331;
if (l_332) {
const uint l_333 = l_327 * info.scalars_uint[1];
const uint l_334 = l_333 + l_329;
const float l_335 = l_arr_9[uint(8)];
buffer_2[l_334] = l_335;
}
const uint l_336 = l_3 + l_4;
const uint l_337 = l_336 + uint(32);
const uint l_338 = l_2 + l_5;
const uint l_339 = l_338 + uint(16);
const bool l_340 = l_337 < l_1;
const bool l_341 = l_339 < info.scalars_uint[1];
const bool l_342 = l_340 && l_341;
if (l_342) {
const uint l_343 = l_337 * info.scalars_uint[1];
const uint l_344 = l_343 + l_339;
const float l_345 = l_arr_9[uint(9)];
buffer_2[l_344] = l_345;
}
const uint l_346 = l_3 + l_4;
const uint l_347 = l_346 + uint(32);
const uint l_348 = l_2 + l_5;
const uint l_349 = l_348 + uint(32);
const bool l_350 = l_347 < l_1;
const bool l_351 = l_349 < info.scalars_uint[1];
const bool l_352 = l_350 && l_351;
if (l_352) {
const uint l_353 = l_347 * info.scalars_uint[1];
const uint l_354 = l_353 + l_349;
const float l_355 = l_arr_9[uint(10)];
buffer_2[l_354] = l_355;
}
const uint l_356 = l_3 + l_4;
const uint l_357 = l_356 + uint(32);
const uint l_358 = l_2 + l_5;
const uint l_359 = l_358 + uint(48);
const bool l_360 = l_357 < l_1;
const bool l_361 = l_359 < info.scalars_uint[1];
const bool l_362 = l_360 && l_361;
if (l_362) {
const uint l_363 = l_357 * info.scalars_uint[1];
const uint l_364 = l_363 + l_359;
const float l_365 = l_arr_9[uint(11)];
buffer_2[l_364] = l_365;
}
const uint l_366 = l_3 + l_4;
const uint l_367 = l_366 + uint(48);
const uint l_368 = l_2 + l_5;
const uint l_369 = l_368 + uint(0);
const bool l_370 = l_367 < l_1;
const bool l_371 = l_369 < info.scalars_uint[1];
const bool l_372 = l_370 && l_371;
if (l_372) {
const uint l_373 = l_367 * info.scalars_uint[1];
const uint l_374 = l_373 + l_369;
const float l_375 = l_arr_9[uint(12)];
buffer_2[l_374] = l_375;
}
const uint l_376 = l_3 + l_4;
const uint l_377 = l_376 + uint(48);
const uint l_378 = l_2 + l_5;
const uint l_379 = l_378 + uint(16);
const bool l_380 = l_377 < l_1;
const bool l_381 = l_379 < info.scalars_uint[1];
const bool l_382 = l_380 && l_381;
if (l_382) {
const uint l_383 = l_377 * info.scalars_uint[1];
const uint l_384 = l_383 + l_379;
const float l_385 = l_arr_9[uint(13)];
buffer_2[l_384] = l_385;
}
const uint l_386 = l_3 + l_4;
const uint l_387 = l_386 + uint(48);
const uint l_388 = l_2 + l_5;
const uint l_389 = l_388 + uint(32);
const bool l_390 = l_387 < l_1;
const bool l_391 = l_389 < info.scalars_uint[1];
const bool l_392 = l_390 && l_391;
if (l_392) {
const uint l_393 = l_387 * info.scalars_uint[1];
const uint l_394 = l_393 + l_389;
const float l_395 = l_arr_9[uint(14)];
buffer_2[l_394] = l_395;
}
const uint l_396 = l_3 + l_4;
const uint l_397 = l_396 + uint(48);
const uint l_398 = l_2 + l_5;
const uint l_399 = l_398 + uint(48);
const bool l_400 = l_397 < l_1;
const bool l_401 = l_399 < info.scalars_uint[1];
const bool l_402 = l_400 && l_401;
if (l_402) {
const uint l_403 = l_397 * info.scalars_uint[1];
const uint l_404 = l_403 + l_399;
const float l_405 = l_arr_9[uint(15)];
buffer_2[l_404] = l_405;
}

}
