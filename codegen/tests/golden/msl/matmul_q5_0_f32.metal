
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

float l_arr_131[4];

float l_arr_132[4];

float l_mut_19;
float l_mut_68;
uint l_mut_10;
uint l_mut_61;
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
const uint l_60 = l_58 + uint(112);
l_mut_61 = l_60;
const bool l_62 = l_58 == uint(31);
if (l_62) {
l_mut_61 = uint(255);
}
const uint l_63 = l_mut_61 << uint(23);
const uint l_64 = l_56 | l_63;
const uint l_65 = l_59 << uint(13);
const uint l_66 = l_64 | l_65;
const float l_67 = reinterpret_cast<thread float const&>(l_66);
l_mut_68 = l_67;
const bool l_69 = l_58 == uint(0);
if (l_69) {
const float l_70 = float(l_59);
const float l_71 = l_70 * float(5.960464477539063e-8);
const bool l_72 = l_56 == uint(0);
if (l_72) {
l_mut_68 = l_71;
} else {
const float l_73 = -l_71;
l_mut_68 = l_73;
}
}
const int l_74 = int(l_27);
const uint l_75 = l_48 + uint(0);
const uint l_76 = uint(l_74);
const uint l_77 = l_76 / uint(32);
const uint l_78 = l_77 * uint(16);
const uint l_79 = l_75 + l_78;
const uint l_80 = l_76 % uint(16);
const uint l_81 = l_79 + l_80;
const uint l_82 = l_76 / uint(16);
const uint l_83 = l_82 % uint(2);
const uint l_84 = l_83 * uint(4);
const uint l_85 = l_81 / uint(4);
const uint l_86 = buffer_0[l_85];
const uint l_87 = l_81 % uint(4);
const uint l_88 = l_87 * uint(8);
const uint l_89 = l_88 + l_84;
const uint l_90 = l_86 >> l_89;
const uint l_91 = l_90 & uint(15);
const int l_92 = int(l_91);
const uint l_93 = l_36 + uint(0);
const uint l_94 = uint(l_74);
const uint l_95 = l_94 / uint(8);
const uint l_96 = l_95 * uint(1);
const uint l_97 = l_93 + l_96;
const uint l_98 = l_94 % uint(1);
const uint l_99 = l_97 + l_98;
const uint l_100 = l_94 / uint(1);
const uint l_101 = l_100 % uint(8);
const uint l_102 = l_101 * uint(1);
const uint l_103 = l_99 / uint(4);
const uint l_104 = buffer_0[l_103];
const uint l_105 = l_99 % uint(4);
const uint l_106 = l_105 * uint(8);
const uint l_107 = l_106 + l_102;
const uint l_108 = l_104 >> l_107;
const uint l_109 = l_108 & uint(1);
const int l_110 = int(l_109);
const uint l_111 = uint(l_110);
const uint l_112 = uint(int(4));
const uint l_113 = l_111 << l_112;
const int l_114 = int(l_113);
const int l_115 = l_92 | l_114;
const int l_116 = l_115 - int(16);
const float l_117 = float(l_116);
const float l_118 = l_mut_68 * l_117;
l_mut_19 = l_118;
}
const uint l_119 = l_16 * uint(33);
const uint l_120 = l_119 + l_17;
shared_memory_7[l_120] = l_mut_19;
l_mut_68 = float(0.0);
const uint l_121 = l_3 + l_16;
const bool l_122 = l_121 < l_1;
const bool l_123 = l_18 < info.scalars_uint[2];
const bool l_124 = l_122 && l_123;
if (l_124) {
const uint l_125 = l_121 * info.scalars_uint[2];
const uint l_126 = l_125 + l_18;
const float l_127 = buffer_1[l_126];
l_mut_68 = l_127;
}
const uint l_128 = l_16 * uint(33);
const uint l_129 = l_128 + l_17;
shared_memory_8[l_129] = l_mut_68;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_130 = uint(0); l_mut_130 < uint(32); ++l_mut_130) {
const uint l_133 = l_4 + uint(0);
const uint l_134 = l_133 * uint(33);
const uint l_135 = l_134 + l_mut_130;
const float l_136 = shared_memory_8[l_135];
l_arr_131[uint(0)] = l_136;
const uint l_137 = l_5 + uint(0);
const uint l_138 = l_137 * uint(33);
const uint l_139 = l_138 + l_mut_130;
const float l_140 = shared_memory_7[l_139];
l_arr_132[uint(0)] = l_140;
const uint l_141 = l_4 + uint(16);
const uint l_142 = l_141 * uint(33);
const uint l_143 = l_142 + l_mut_130;
const float l_144 = shared_memory_8[l_143];
l_arr_131[uint(1)] = l_144;
const uint l_145 = l_5 + uint(16);
const uint l_146 = l_145 * uint(33);
const uint l_147 = l_146 + l_mut_130;
const float l_148 = shared_memory_7[l_147];
l_arr_132[uint(1)] = l_148;
const uint l_149 = l_4 + uint(32);
const uint l_150 = l_149 * uint(33);
const uint l_151 = l_150 + l_mut_130;
const float l_152 = shared_memory_8[l_151];
l_arr_131[uint(2)] = l_152;
const uint l_153 = l_5 + uint(32);
const uint l_154 = l_153 * uint(33);
const uint l_155 = l_154 + l_mut_130;
const float l_156 = shared_memory_7[l_155];
l_arr_132[uint(2)] = l_156;
const uint l_157 = l_4 + uint(48);
const uint l_158 = l_157 * uint(33);
const uint l_159 = l_158 + l_mut_130;
const float l_160 = shared_memory_8[l_159];
l_arr_131[uint(3)] = l_160;
const uint l_161 = l_5 + uint(48);
const uint l_162 = l_161 * uint(33);
const uint l_163 = l_162 + l_mut_130;
const float l_164 = shared_memory_7[l_163];
l_arr_132[uint(3)] = l_164;
const float l_165 = l_arr_131[uint(0)];
const float l_166 = l_arr_132[uint(0)];
const float l_167 = l_165 * l_166;
const float l_168 = l_arr_9[uint(0)];
const float l_169 = l_168 + l_167;
l_arr_9[uint(0)] = l_169;
const float l_170 = l_arr_131[uint(0)];
const float l_171 = l_arr_132[uint(1)];
const float l_172 = l_170 * l_171;
const float l_173 = l_arr_9[uint(1)];
const float l_174 = l_173 + l_172;
l_arr_9[uint(1)] = l_174;
const float l_175 = l_arr_131[uint(0)];
const float l_176 = l_arr_132[uint(2)];
const float l_177 = l_175 * l_176;
const float l_178 = l_arr_9[uint(2)];
const float l_179 = l_178 + l_177;
l_arr_9[uint(2)] = l_179;
const float l_180 = l_arr_131[uint(0)];
const float l_181 = l_arr_132[uint(3)];
const float l_182 = l_180 * l_181;
const float l_183 = l_arr_9[uint(3)];
const float l_184 = l_183 + l_182;
l_arr_9[uint(3)] = l_184;
const float l_185 = l_arr_131[uint(1)];
const float l_186 = l_arr_132[uint(0)];
const float l_187 = l_185 * l_186;
const float l_188 = l_arr_9[uint(4)];
const float l_189 = l_188 + l_187;
l_arr_9[uint(4)] = l_189;
const float l_190 = l_arr_131[uint(1)];
const float l_191 = l_arr_132[uint(1)];
const float l_192 = l_190 * l_191;
const float l_193 = l_arr_9[uint(5)];
const float l_194 = l_193 + l_192;
l_arr_9[uint(5)] = l_194;
const float l_195 = l_arr_131[uint(1)];
const float l_196 = l_arr_132[uint(2)];
const float l_197 = l_195 * l_196;
const float l_198 = l_arr_9[uint(6)];
const float l_199 = l_198 + l_197;
l_arr_9[uint(6)] = l_199;
const float l_200 = l_arr_131[uint(1)];
const float l_201 = l_arr_132[uint(3)];
const float l_202 = l_200 * l_201;
const float l_203 = l_arr_9[uint(7)];
const float l_204 = l_203 + l_202;
l_arr_9[uint(7)] = l_204;
const float l_205 = l_arr_131[uint(2)];
const float l_206 = l_arr_132[uint(0)];
const float l_207 = l_205 * l_206;
const float l_208 = l_arr_9[uint(8)];
const float l_209 = l_208 + l_207;
l_arr_9[uint(8)] = l_209;
const float l_210 = l_arr_131[uint(2)];
const float l_211 = l_arr_132[uint(1)];
const float l_212 = l_210 * l_211;
const float l_213 = l_arr_9[uint(9)];
const float l_214 = l_213 + l_212;
l_arr_9[uint(9)] = l_214;
const float l_215 = l_arr_131[uint(2)];
const float l_216 = l_arr_132[uint(2)];
const float l_217 = l_215 * l_216;
const float l_218 = l_arr_9[uint(10)];
const float l_219 = l_218 + l_217;
l_arr_9[uint(10)] = l_219;
const float l_220 = l_arr_131[uint(2)];
const float l_221 = l_arr_132[uint(3)];
const float l_222 = l_220 * l_221;
const float l_223 = l_arr_9[uint(11)];
const float l_224 = l_223 + l_222;
l_arr_9[uint(11)] = l_224;
const float l_225 = l_arr_131[uint(3)];
const float l_226 = l_arr_132[uint(0)];
const float l_227 = l_225 * l_226;
const float l_228 = l_arr_9[uint(12)];
const float l_229 = l_228 + l_227;
l_arr_9[uint(12)] = l_229;
const float l_230 = l_arr_131[uint(3)];
const float l_231 = l_arr_132[uint(1)];
const float l_232 = l_230 * l_231;
const float l_233 = l_arr_9[uint(13)];
const float l_234 = l_233 + l_232;
l_arr_9[uint(13)] = l_234;
const float l_235 = l_arr_131[uint(3)];
const float l_236 = l_arr_132[uint(2)];
const float l_237 = l_235 * l_236;
const float l_238 = l_arr_9[uint(14)];
const float l_239 = l_238 + l_237;
l_arr_9[uint(14)] = l_239;
const float l_240 = l_arr_131[uint(3)];
const float l_241 = l_arr_132[uint(3)];
const float l_242 = l_240 * l_241;
const float l_243 = l_arr_9[uint(15)];
const float l_244 = l_243 + l_242;
l_arr_9[uint(15)] = l_244;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_245 = l_3 + l_4;
const uint l_246 = l_245 + uint(0);
const uint l_247 = l_2 + l_5;
const uint l_248 = l_247 + uint(0);
const bool l_249 = l_246 < l_1;
const bool l_250 = l_248 < info.scalars_uint[1];
const bool l_251 = l_249 && l_250;
if (l_251) {
const uint l_252 = l_246 * info.scalars_uint[1];
const uint l_253 = l_252 + l_248;
const float l_254 = l_arr_9[uint(0)];
buffer_2[l_253] = l_254;
}
const uint l_255 = l_3 + l_4;
const uint l_256 = l_255 + uint(0);
const uint l_257 = l_2 + l_5;
const uint l_258 = l_257 + uint(16);
const bool l_259 = l_256 < l_1;
const bool l_260 = l_258 < info.scalars_uint[1];
const bool l_261 = l_259 && l_260;
if (l_261) {
const uint l_262 = l_256 * info.scalars_uint[1];
const uint l_263 = l_262 + l_258;
const float l_264 = l_arr_9[uint(1)];
buffer_2[l_263] = l_264;
}
const uint l_265 = l_3 + l_4;
const uint l_266 = l_265 + uint(0);
const uint l_267 = l_2 + l_5;
const uint l_268 = l_267 + uint(32);
const bool l_269 = l_266 < l_1;
const bool l_270 = l_268 < info.scalars_uint[1];
const bool l_271 = l_269 && l_270;
if (l_271) {
const uint l_272 = l_266 * info.scalars_uint[1];
const uint l_273 = l_272 + l_268;
const float l_274 = l_arr_9[uint(2)];
buffer_2[l_273] = l_274;
}
const uint l_275 = l_3 + l_4;
const uint l_276 = l_275 + uint(0);
const uint l_277 = l_2 + l_5;
const uint l_278 = l_277 + uint(48);
const bool l_279 = l_276 < l_1;
const bool l_280 = l_278 < info.scalars_uint[1];
const bool l_281 = l_279 && l_280;
if (l_281) {
const uint l_282 = l_276 * info.scalars_uint[1];
const uint l_283 = l_282 + l_278;
const float l_284 = l_arr_9[uint(3)];
buffer_2[l_283] = l_284;
}
const uint l_285 = l_3 + l_4;
const uint l_286 = l_285 + uint(16);
const uint l_287 = l_2 + l_5;
const uint l_288 = l_287 + uint(0);
const bool l_289 = l_286 < l_1;
const bool l_290 = l_288 < info.scalars_uint[1];
const bool l_291 = l_289 && l_290;
if (l_291) {
const uint l_292 = l_286 * info.scalars_uint[1];
const uint l_293 = l_292 + l_288;
const float l_294 = l_arr_9[uint(4)];
buffer_2[l_293] = l_294;
}
const uint l_295 = l_3 + l_4;
const uint l_296 = l_295 + uint(16);
const uint l_297 = l_2 + l_5;
const uint l_298 = l_297 + uint(16);
const bool l_299 = l_296 < l_1;
const bool l_300 = l_298 < info.scalars_uint[1];
const bool l_301 = l_299 && l_300;
if (l_301) {
const uint l_302 = l_296 * info.scalars_uint[1];
const uint l_303 = l_302 + l_298;
const float l_304 = l_arr_9[uint(5)];
buffer_2[l_303] = l_304;
}
const uint l_305 = l_3 + l_4;
const uint l_306 = l_305 + uint(16);
const uint l_307 = l_2 + l_5;
const uint l_308 = l_307 + uint(32);
const bool l_309 = l_306 < l_1;
const bool l_310 = l_308 < info.scalars_uint[1];
const bool l_311 = l_309 && l_310;
if (l_311) {
const uint l_312 = l_306 * info.scalars_uint[1];
const uint l_313 = l_312 + l_308;
const float l_314 = l_arr_9[uint(6)];
buffer_2[l_313] = l_314;
}
const uint l_315 = l_3 + l_4;
const uint l_316 = l_315 + uint(16);
const uint l_317 = l_2 + l_5;
const uint l_318 = l_317 + uint(48);
const bool l_319 = l_316 < l_1;
const bool l_320 = l_318 < info.scalars_uint[1];
const bool l_321 = l_319 && l_320;
if (l_321) {
const uint l_322 = l_316 * info.scalars_uint[1];
const uint l_323 = l_322 + l_318;
const float l_324 = l_arr_9[uint(7)];
buffer_2[l_323] = l_324;
}
const uint l_325 = l_3 + l_4;
const uint l_326 = l_325 + uint(32);
const uint l_327 = l_2 + l_5;
const uint l_328 = l_327 + uint(0);
const bool l_329 = l_326 < l_1;
const bool l_330 = l_328 < info.scalars_uint[1];
const bool l_331 = l_329 && l_330;
if (l_331) {
const uint l_332 = l_326 * info.scalars_uint[1];
const uint l_333 = l_332 + l_328;
const float l_334 = l_arr_9[uint(8)];
buffer_2[l_333] = l_334;
}
const uint l_335 = l_3 + l_4;
const uint l_336 = l_335 + uint(32);
const uint l_337 = l_2 + l_5;
const uint l_338 = l_337 + uint(16);
const bool l_339 = l_336 < l_1;
const bool l_340 = l_338 < info.scalars_uint[1];
const bool l_341 = l_339 && l_340;
if (l_341) {
const uint l_342 = l_336 * info.scalars_uint[1];
const uint l_343 = l_342 + l_338;
const float l_344 = l_arr_9[uint(9)];
buffer_2[l_343] = l_344;
}
const uint l_345 = l_3 + l_4;
const uint l_346 = l_345 + uint(32);
const uint l_347 = l_2 + l_5;
const uint l_348 = l_347 + uint(32);
const bool l_349 = l_346 < l_1;
const bool l_350 = l_348 < info.scalars_uint[1];
const bool l_351 = l_349 && l_350;
if (l_351) {
const uint l_352 = l_346 * info.scalars_uint[1];
const uint l_353 = l_352 + l_348;
const float l_354 = l_arr_9[uint(10)];
buffer_2[l_353] = l_354;
}
const uint l_355 = l_3 + l_4;
const uint l_356 = l_355 + uint(32);
const uint l_357 = l_2 + l_5;
const uint l_358 = l_357 + uint(48);
const bool l_359 = l_356 < l_1;
const bool l_360 = l_358 < info.scalars_uint[1];
const bool l_361 = l_359 && l_360;
if (l_361) {
const uint l_362 = l_356 * info.scalars_uint[1];
const uint l_363 = l_362 + l_358;
const float l_364 = l_arr_9[uint(11)];
buffer_2[l_363] = l_364;
}
const uint l_365 = l_3 + l_4;
const uint l_366 = l_365 + uint(48);
const uint l_367 = l_2 + l_5;
const uint l_368 = l_367 + uint(0);
const bool l_369 = l_366 < l_1;
const bool l_370 = l_368 < info.scalars_uint[1];
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint l_372 = l_366 * info.scalars_uint[1];
const uint l_373 = l_372 + l_368;
const float l_374 = l_arr_9[uint(12)];
buffer_2[l_373] = l_374;
}
const uint l_375 = l_3 + l_4;
const uint l_376 = l_375 + uint(48);
const uint l_377 = l_2 + l_5;
const uint l_378 = l_377 + uint(16);
const bool l_379 = l_376 < l_1;
const bool l_380 = l_378 < info.scalars_uint[1];
const bool l_381 = l_379 && l_380;
if (l_381) {
const uint l_382 = l_376 * info.scalars_uint[1];
const uint l_383 = l_382 + l_378;
const float l_384 = l_arr_9[uint(13)];
buffer_2[l_383] = l_384;
}
const uint l_385 = l_3 + l_4;
const uint l_386 = l_385 + uint(48);
const uint l_387 = l_2 + l_5;
const uint l_388 = l_387 + uint(32);
const bool l_389 = l_386 < l_1;
const bool l_390 = l_388 < info.scalars_uint[1];
const bool l_391 = l_389 && l_390;
if (l_391) {
const uint l_392 = l_386 * info.scalars_uint[1];
const uint l_393 = l_392 + l_388;
const float l_394 = l_arr_9[uint(14)];
buffer_2[l_393] = l_394;
}
const uint l_395 = l_3 + l_4;
const uint l_396 = l_395 + uint(48);
const uint l_397 = l_2 + l_5;
const uint l_398 = l_397 + uint(48);
const bool l_399 = l_396 < l_1;
const bool l_400 = l_398 < info.scalars_uint[1];
const bool l_401 = l_399 && l_400;
if (l_401) {
const uint l_402 = l_396 * info.scalars_uint[1];
const uint l_403 = l_402 + l_398;
const float l_404 = l_arr_9[uint(15)];
buffer_2[l_403] = l_404;
}

}
