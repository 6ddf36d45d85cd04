
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

float l_arr_97[4];

float l_arr_98[4];

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
const uint l_35 = l_26 * uint(16);
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
const uint l_66 = l_65 / uint(32);
const uint l_67 = l_66 * uint(16);
const uint l_68 = l_64 + l_67;
const uint l_69 = l_65 % uint(16);
const uint l_70 = l_68 + l_69;
const uint l_71 = l_65 / uint(16);
const uint l_72 = l_71 % uint(2);
const uint l_73 = l_72 * uint(4);
const uint l_74 = l_70 / uint(4);
const uint l_75 = buffer_0[l_74];
const uint l_76 = l_70 % uint(4);
const uint l_77 = l_76 * uint(8);
const uint l_78 = l_77 + l_73;
const uint l_79 = l_75 >> l_78;
const uint l_80 = l_79 & uint(15);
const int l_81 = int(l_80);
const int l_82 = l_81 - int(8);
const float l_83 = float(l_82);
const float l_84 = l_62 * l_83;
l_mut_19 = l_84;
}
const uint l_85 = l_16 * uint(33);
const uint l_86 = l_85 + l_17;
shared_memory_7[l_86] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_87 = l_3 + l_16;
const bool l_88 = l_87 < l_1;
const bool l_89 = l_18 < info.scalars_uint[2];
const bool l_90 = l_88 && l_89;
if (l_90) {
const uint l_91 = l_87 * info.scalars_uint[2];
const uint l_92 = l_91 + l_18;
const float l_93 = buffer_1[l_92];
l_mut_19 = l_93;
}
const uint l_94 = l_16 * uint(33);
const uint l_95 = l_94 + l_17;
shared_memory_8[l_95] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_96 = uint(0); l_mut_96 < uint(32); ++l_mut_96) {
const uint l_99 = l_4 + uint(0);
const uint l_100 = l_99 * uint(33);
const uint l_101 = l_100 + l_mut_96;
const float l_102 = shared_memory_8[l_101];
l_arr_97[uint(0)] = l_102;
const uint l_103 = l_5 + uint(0);
const uint l_104 = l_103 * uint(33);
const uint l_105 = l_104 + l_mut_96;
const float l_106 = shared_memory_7[l_105];
l_arr_98[uint(0)] = l_106;
const uint l_107 = l_4 + uint(16);
const uint l_108 = l_107 * uint(33);
const uint l_109 = l_108 + l_mut_96;
const float l_110 = shared_memory_8[l_109];
l_arr_97[uint(1)] = l_110;
const uint l_111 = l_5 + uint(16);
const uint l_112 = l_111 * uint(33);
const uint l_113 = l_112 + l_mut_96;
const float l_114 = shared_memory_7[l_113];
l_arr_98[uint(1)] = l_114;
const uint l_115 = l_4 + uint(32);
const uint l_116 = l_115 * uint(33);
const uint l_117 = l_116 + l_mut_96;
const float l_118 = shared_memory_8[l_117];
l_arr_97[uint(2)] = l_118;
const uint l_119 = l_5 + uint(32);
const uint l_120 = l_119 * uint(33);
const uint l_121 = l_120 + l_mut_96;
const float l_122 = shared_memory_7[l_121];
l_arr_98[uint(2)] = l_122;
const uint l_123 = l_4 + uint(48);
const uint l_124 = l_123 * uint(33);
const uint l_125 = l_124 + l_mut_96;
const float l_126 = shared_memory_8[l_125];
l_arr_97[uint(3)] = l_126;
const uint l_127 = l_5 + uint(48);
const uint l_128 = l_127 * uint(33);
const uint l_129 = l_128 + l_mut_96;
const float l_130 = shared_memory_7[l_129];
l_arr_98[uint(3)] = l_130;
const float l_131 = l_arr_97[uint(0)];
const float l_132 = l_arr_98[uint(0)];
const float l_133 = l_131 * l_132;
const float l_134 = l_arr_9[uint(0)];
const float l_135 = l_134 + l_133;
l_arr_9[uint(0)] = l_135;
const float l_136 = l_arr_97[uint(0)];
const float l_137 = l_arr_98[uint(1)];
const float l_138 = l_136 * l_137;
const float l_139 = l_arr_9[uint(1)];
const float l_140 = l_139 + l_138;
l_arr_9[uint(1)] = l_140;
const float l_141 = l_arr_97[uint(0)];
const float l_142 = l_arr_98[uint(2)];
const float l_143 = l_141 * l_142;
const float l_144 = l_arr_9[uint(2)];
const float l_145 = l_144 + l_143;
l_arr_9[uint(2)] = l_145;
const float l_146 = l_arr_97[uint(0)];
const float l_147 = l_arr_98[uint(3)];
const float l_148 = l_146 * l_147;
const float l_149 = l_arr_9[uint(3)];
const float l_150 = l_149 + l_148;
l_arr_9[uint(3)] = l_150;
const float l_151 = l_arr_97[uint(1)];
const float l_152 = l_arr_98[uint(0)];
const float l_153 = l_151 * l_152;
const float l_154 = l_arr_9[uint(4)];
const float l_155 = l_154 + l_153;
l_arr_9[uint(4)] = l_155;
const float l_156 = l_arr_97[uint(1)];
const float l_157 = l_arr_98[uint(1)];
const float l_158 = l_156 * l_157;
const float l_159 = l_arr_9[uint(5)];
const float l_160 = l_159 + l_158;
l_arr_9[uint(5)] = l_160;
const float l_161 = l_arr_97[uint(1)];
const float l_162 = l_arr_98[uint(2)];
const float l_163 = l_161 * l_162;
const float l_164 = l_arr_9[uint(6)];
const float l_165 = l_164 + l_163;
l_arr_9[uint(6)] = l_165;
const float l_166 = l_arr_97[uint(1)];
const float l_167 = l_arr_98[uint(3)];
const float l_168 = l_166 * l_167;
const float l_169 = l_arr_9[uint(7)];
const float l_170 = l_169 + l_168;
l_arr_9[uint(7)] = l_170;
const float l_171 = l_arr_97[uint(2)];
const float l_172 = l_arr_98[uint(0)];
const float l_173 = l_171 * l_172;
const float l_174 = l_arr_9[uint(8)];
const float l_175 = l_174 + l_173;
l_arr_9[uint(8)] = l_175;
const float l_176 = l_arr_97[uint(2)];
const float l_177 = l_arr_98[uint(1)];
const float l_178 = l_176 * l_177;
const float l_179 = l_arr_9[uint(9)];
const float l_180 = l_179 + l_178;
l_arr_9[uint(9)] = l_180;
const float l_181 = l_arr_97[uint(2)];
const float l_182 = l_arr_98[uint(2)];
const float l_183 = l_181 * l_182;
const float l_184 = l_arr_9[uint(10)];
const float l_185 = l_184 + l_183;
l_arr_9[uint(10)] = l_185;
const float l_186 = l_arr_97[uint(2)];
const float l_187 = l_arr_98[uint(3)];
const float l_188 = l_186 * l_187;
const float l_189 = l_arr_9[uint(11)];
const float l_190 = l_189 + l_188;
l_arr_9[uint(11)] = l_190;
const float l_191 = l_arr_97[uint(3)];
const float l_192 = l_arr_98[uint(0)];
const float l_193 = l_191 * l_192;
const float l_194 = l_arr_9[uint(12)];
const float l_195 = l_194 + l_193;
l_arr_9[uint(12)] = l_195;
const float l_196 = l_arr_97[uint(3)];
const float l_197 = l_arr_98[uint(1)];
const float l_198 = l_196 * l_197;
const float l_199 = l_arr_9[uint(13)];
const float l_200 = l_199 + l_198;
l_arr_9[uint(13)] = l_200;
const float l_201 = l_arr_97[uint(3)];
const float l_202 = l_arr_98[uint(2)];
const float l_203 = l_201 * l_202;
const float l_204 = l_arr_9[uint(14)];
const float l_205 = l_204 + l_203;
l_arr_9[uint(14)] = l_205;
const float l_206 = l_arr_97[uint(3)];
const float l_207 = l_arr_98[uint(3)];
const float l_208 = l_206 * l_207;
const float l_209 = l_arr_9[uint(15)];
const float l_210 = l_209 + l_208;
l_arr_9[uint(15)] = l_210;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_211 = l_3 + l_4;
const uint l_212 = l_211 + uint(0);
const uint l_213 = l_2 + l_5;
const uint l_214 = l_213 + uint(0);
const bool l_215 = l_212 < l_1;
const bool l_216 = l_214 < info.scalars_uint[1];
const bool l_217 = l_215 && l_216;
if (l_217) {
const uint l_218 = l_212 * info.scalars_uint[1];
const uint l_219 = l_218 + l_214;
const float l_220 = l_arr_9[uint(0)];
buffer_2[l_219] = l_220;
}
const uint l_221 = l_3 + l_4;
const uint l_222 = l_221 + uint(0);
const uint l_223 = l_2 + l_5;
const uint l_224 = l_223 + uint(16);
const bool l_225 = l_222 < l_1;
const bool l_226 = l_224 < info.scalars_uint[1];
const bool l_227 = l_225 && l_226;
if (l_227) {
const uint l_228 = l_222 * info.scalars_uint[1];
const uint l_229 = l_228 + l_224;
const float l_230 = l_arr_9[uint(1)];
buffer_2[l_229] = l_230;
}
const uint l_231 = l_3 + l_4;
const uint l_232 = l_231 + uint(0);
const uint l_233 = l_2 + l_5;
const uint l_234 = l_233 + uint(32);
const bool l_235 = l_232 < l_1;
const bool l_236 = l_234 < info.scalars_uint[1];
const bool l_237 = l_235 && l_236;
if (l_237) {
const uint l_238 = l_232 * info.scalars_uint[1];
const uint l_239 = l_238 + l_234;
const float l_240 = l_arr_9[uint(2)];
buffer_2[l_239] = l_240;
}
const uint l_241 = l_3 + l_4;
const uint l_242 = l_241 + uint(0);
const uint l_243 = l_2 + l_5;
const uint l_244 = l_243 + uint(48);
const bool l_245 = l_242 < l_1;
const bool l_246 = l_244 < info.scalars_uint[1];
const bool l_247 = l_245 && l_246;
if (l_247) {
const uint l_248 = l_242 * info.scalars_uint[1];
const uint l_249 = l_248 + l_244;
const float l_250 = l_arr_9[uint(3)];
buffer_2[l_249] = l_250;
}
const uint l_251 = l_3 + l_4;
const uint l_252 = l_251 + uint(16);
const uint l_253 = l_2 + l_5;
const uint l_254 = l_253 + uint(0);
const bool l_255 = l_252 < l_1;
const bool l_256 = l_254 < info.scalars_uint[1];
const bool l_257 = l_255 && l_256;
if (l_257) {
const uint l_258 = l_252 * info.scalars_uint[1];
const uint l_259 = l_258 + l_254;
const float l_260 = l_arr_9[uint(4)];
buffer_2[l_259] = l_260;
}
const uint l_261 = l_3 + l_4;
const uint l_262 = l_261 + uint(16);
const uint l_263 = l_2 + l_5;
const uint l_264 = l_263 + uint(16);
const bool l_265 = l_262 < l_1;
const bool l_266 = l_264 < info.scalars_uint[1];
const bool l_267 = l_265 && l_266;
if (l_267) {
const uint l_268 = l_262 * info.scalars_uint[1];
const uint l_269 = l_268 + l_264;
const float l_270 = l_arr_9[uint(5)];
buffer_2[l_269] = l_270;
}
const uint l_271 = l_3 + l_4;
const uint l_272 = l_271 + uint(16);
const uint l_273 = l_2 + l_5;
const uint l_274 = l_273 + uint(32);
const bool l_275 = l_272 < l_1;
const bool l_276 = l_274 < info.scalars_uint[1];
const bool l_277 = l_275 && l_276;
if (l_277) {
const uint l_278 = l_272 * info.scalars_uint[1];
const uint l_279 = l_278 + l_274;
const float l_280 = l_arr_9[uint(6)];
buffer_2[l_279] = l_280;
}
const uint l_281 = l_3 + l_4;
const uint l_282 = l_281 + uint(16);
const uint l_283 = l_2 + l_5;
const uint l_284 = l_283 + uint(48);
const bool l_285 = l_282 < l_1;
const bool l_286 = l_284 < info.scalars_uint[1];
const bool l_287 = l_285 && l_286;
if (l_287) {
const uint l_288 = l_282 * info.scalars_uint[1];
const uint l_289 = l_288 + l_284;
const float l_290 = l_arr_9[uint(7)];
buffer_2[l_289] = l_290;
}
const uint l_291 = l_3 + l_4;
const uint l_292 = l_291 + uint(32);
const uint l_293 = l_2 + l_5;
const uint l_294 = l_293 + uint(0);
const bool l_295 = l_292 < l_1;
const bool l_296 = l_294 < info.scalars_uint[1];
const bool l_297 = l_295 && l_296;
if (l_297) {
const uint l_298 = l_292 * info.scalars_uint[1];
const uint l_299 = l_298 + l_294;
const float l_300 = l_arr_9[uint(8)];
buffer_2[l_299] = l_300;
}
const uint l_301 = l_3 + l_4;
const uint l_302 = l_301 + uint(32);
const uint l_303 = l_2 + l_5;
const uint l_304 = l_303 + uint(16);
const bool l_305 = l_302 < l_1;
const bool l_306 = l_304 < info.scalars_uint[1];
const bool l_307 = l_305 && l_306;
if (l_307) {
const uint l_308 = l_302 * info.scalars_uint[1];
const uint l_309 = l_308 + l_304;
const float l_310 = l_arr_9[uint(9)];
buffer_2[l_309] = l_310;
}
const uint l_311 = l_3 + l_4;
const uint l_312 = l_311 + uint(32);
const uint l_313 = l_2 + l_5;
const uint l_314 = l_313 + uint(32);
const bool l_315 = l_312 < l_1;
const bool l_316 = l_314 < info.scalars_uint[1];
const bool l_317 = l_315 && l_316;
if (l_317) {
const uint l_318 = l_312 * info.scalars_uint[1];
const uint l_319 = l_318 + l_314;
const float l_320 = l_arr_9[uint(10)];
buffer_2[l_319] = l_320;
}
const uint l_321 = l_3 + l_4;
const uint l_322 = l_321 + uint(32);
const uint l_323 = l_2 + l_5;
const uint l_324 = l_323 + uint(48);
const bool l_325 = l_322 < l_1;
const bool l_326 = l_324 < info.scalars_uint[1];
const bool l_327 = l_325 && l_326;
if (l_327) {
const uint l_328 = l_322 * info.scalars_uint[1];
const uint l_329 = l_328 + l_324;
const float l_330 = l_arr_9[uint(11)];
buffer_2[l_329] = l_330;
}
const uint l_331 = l_3 + l_4;
const uint l_332 = l_331 + uint(48);
const uint l_333 = l_2 + l_5;
const uint l_334 = l_333 + uint(0);
const bool l_335 = l_332 < l_1;
const bool l_336 = l_334 < info.scalars_uint[1];
const bool l_337 = l_335 && l_336;
if (l_337) {
const uint l_338 = l_332 * info.scalars_uint[1];
const uint l_339 = l_338 + l_334;
const float l_340 = l_arr_9[uint(12)];
buffer_2[l_339] = l_340;
}
const uint l_341 = l_3 + l_4;
const uint l_342 = l_341 + uint(48);
const uint l_343 = l_2 + l_5;
const uint l_344 = l_343 + uint(16);
const bool l_345 = l_342 < l_1;
const bool l_346 = l_344 < info.scalars_uint[1];
const bool l_347 = l_345 && l_346;
if (l_347) {
const uint l_348 = l_342 * info.scalars_uint[1];
const uint l_349 = l_348 + l_344;
const float l_350 = l_arr_9[uint(13)];
buffer_2[l_349] = l_350;
}
const uint l_351 = l_3 + l_4;
const uint l_352 = l_351 + uint(48);
const uint l_353 = l_2 + l_5;
const uint l_354 = l_353 + uint(32);
const bool l_355 = l_352 < l_1;
const bool l_356 = l_354 < info.scalars_uint[1];
const bool l_357 = l_355 && l_356;
if (l_357) {
const uint l_358 = l_352 * info.scalars_uint[1];
const uint l_359 = l_358 + l_354;
const float l_360 = l_arr_9[uint(14)];
buffer_2[l_359] = l_360;
}
const uint l_361 = l_3 + l_4;
const uint l_362 = l_361 + uint(48);
const uint l_363 = l_2 + l_5;
const uint l_364 = l_363 + uint(48);
const bool l_365 = l_362 < l_1;
const bool l_366 = l_364 < info.scalars_uint[1];
const bool l_367 = l_365 && l_366;
if (l_367) {
const uint l_368 = l_362 * info.scalars_uint[1];
const uint l_369 = l_368 + l_364;
const float l_370 = l_arr_9[uint(15)];
buffer_2[l_369] = l_370;
}

}
