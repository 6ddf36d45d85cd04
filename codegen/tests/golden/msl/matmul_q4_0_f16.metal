
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

float l_arr_98[4];

float l_arr_99[4];

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
const half l_93 = buffer_1[l_92];
const float l_94 = float(l_93);
l_mut_19 = l_94;
}
const uint l_95 = l_16 * uint(33);
const uint l_96 = l_95 + l_17;
shared_memory_8[l_96] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_97 = uint(0); l_mut_97 < uint(32); ++l_mut_97) {
const uint l_100 = l_4 + uint(0);
const uint l_101 = l_100 * uint(33);
const uint l_102 = l_101 + l_mut_97;
const float l_103 = shared_memory_8[l_102];
l_arr_98[uint(0)] = l_103;
const uint l_104 = l_5 + uint(0);
const uint l_105 = l_104 * uint(33);
const uint l_106 = l_105 + l_mut_97;
const float l_107 = shared_memory_7[l_106];
l_arr_99[uint(0)] = l_107;
const uint l_108 = l_4 + uint(16);
const uint l_109 = l_108 * uint(33);
const uint l_110 = l_109 + l_mut_97;
const float l_111 = shared_memory_8[l_110];
l_arr_98[uint(1)] = l_111;
const uint l_112 = l_5 + uint(16);
const uint l_113 = l_112 * uint(33);
const uint l_114 = l_113 + l_mut_97;
const float l_115 = shared_memory_7[l_114];
l_arr_99[uint(1)] = l_115;
const uint l_116 = l_4 + uint(32);
const uint l_117 = l_116 * uint(33);
const uint l_118 = l_117 + l_mut_97;
const float l_119 = shared_memory_8[l_118];
l_arr_98[uint(2)] = l_119;
const uint l_120 = l_5 + uint(32);
const uint l_121 = l_120 * uint(33);
const uint l_122 = l_121 + l_mut_97;
const float l_123 = shared_memory_7[l_122];
l_arr_99[uint(2)] = l_123;
const uint l_124 = l_4 + uint(48);
const uint l_125 = l_124 * uint(33);
const uint l_126 = l_125 + l_mut_97;
const float l_127 = shared_memory_8[l_126];
l_arr_98[uint(3)] = l_127;
const uint l_128 = l_5 + uint(48);
const uint l_129 = l_128 * uint(33);
const uint l_130 = l_129 + l_mut_97;
const float l_131 = shared_memory_7[l_130];
l_arr_99[uint(3)] = l_131;
const float l_132 = l_arr_98[uint(0)];
const float l_133 = l_arr_99[uint(0)];
const float l_134 = l_132 * l_133;
const float l_135 = l_arr_9[uint(0)];
const float l_136 = l_135 + l_134;
l_arr_9[uint(0)] = l_136;
const float l_137 = l_arr_98[uint(0)];
const float l_138 = l_arr_99[uint(1)];
const float l_139 = l_137 * l_138;
const float l_140 = l_arr_9[uint(1)];
const float l_141 = l_140 + l_139;
l_arr_9[uint(1)] = l_141;
const float l_142 = l_arr_98[uint(0)];
const float l_143 = l_arr_99[uint(2)];
const float l_144 = l_142 * l_143;
const float l_145 = l_arr_9[uint(2)];
const float l_146 = l_145 + l_144;
l_arr_9[uint(2)] = l_146;
const float l_147 = l_arr_98[uint(0)];
const float l_148 = l_arr_99[uint(3)];
const float l_149 = l_147 * l_148;
const float l_150 = l_arr_9[uint(3)];
const float l_151 = l_150 + l_149;
l_arr_9[uint(3)] = l_151;
const float l_152 = l_arr_98[uint(1)];
const float l_153 = l_arr_99[uint(0)];
const float l_154 = l_152 * l_153;
const float l_155 = l_arr_9[uint(4)];
const float l_156 = l_155 + l_154;
l_arr_9[uint(4)] = l_156;
const float l_157 = l_arr_98[uint(1)];
const float l_158 = l_arr_99[uint(1)];
const float l_159 = l_157 * l_158;
const float l_160 = l_arr_9[uint(5)];
const float l_161 = l_160 + l_159;
l_arr_9[uint(5)] = l_161;
const float l_162 = l_arr_98[uint(1)];
const float l_163 = l_arr_99[uint(2)];
const float l_164 = l_162 * l_163;
const float l_165 = l_arr_9[uint(6)];
const float l_166 = l_165 + l_164;
l_arr_9[uint(6)] = l_166;
const float l_167 = l_arr_98[uint(1)];
const float l_168 = l_arr_99[uint(3)];
const float l_169 = l_167 * l_168;
const float l_170 = l_arr_9[uint(7)];
const float l_171 = l_170 + l_169;
l_arr_9[uint(7)] = l_171;
const float l_172 = l_arr_98[uint(2)];
const float l_173 = l_arr_99[uint(0)];
const float l_174 = l_172 * l_173;
const float l_175 = l_arr_9[uint(8)];
const float l_176 = l_175 + l_174;
l_arr_9[uint(8)] = l_176;
const float l_177 = l_arr_98[uint(2)];
const float l_178 = l_arr_99[uint(1)];
const float l_179 = l_177 * l_178;
const float l_180 = l_arr_9[uint(9)];
const float l_181 = l_180 + l_179;
l_arr_9[uint(9)] = l_181;
const float l_182 = l_arr_98[uint(2)];
const float l_183 = l_arr_99[uint(2)];
const float l_184 = l_182 * l_183;
const float l_185 = l_arr_9[uint(10)];
const float l_186 = l_185 + l_184;
l_arr_9[uint(10)] = l_186;
const float l_187 = l_arr_98[uint(2)];
const float l_188 = l_arr_99[uint(3)];
const float l_189 = l_187 * l_188;
const float l_190 = l_arr_9[uint(11)];
const float l_191 = l_190 + l_189;
l_arr_9[uint(11)] = l_191;
const float l_192 = l_arr_98[uint(3)];
const float l_193 = l_arr_99[uint(0)];
const float l_194 = l_192 * l_193;
const float l_195 = l_arr_9[uint(12)];
const float l_196 = l_195 + l_194;
l_arr_9[uint(12)] = l_196;
const float l_197 = l_arr_98[uint(3)];
const float l_198 = l_arr_99[uint(1)];
const float l_199 = l_197 * l_198;
const float l_200 = l_arr_9[uint(13)];
const float l_201 = l_200 + l_199;
l_arr_9[uint(13)] = l_201;
const float l_202 = l_arr_98[uint(3)];
const float l_203 = l_arr_99[uint(2)];
const float l_204 = l_202 * l_203;
const float l_205 = l_arr_9[uint(14)];
const float l_206 = l_205 + l_204;
l_arr_9[uint(14)] = l_206;
const float l_207 = l_arr_98[uint(3)];
const float l_208 = l_arr_99[uint(3)];
const float l_209 = l_207 * l_208;
const float l_210 = l_arr_9[uint(15)];
const float l_211 = l_210 + l_209;
l_arr_9[uint(15)] = l_211;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_212 = l_3 + l_4;
const uint l_213 = l_212 + uint(0);
const uint l_214 = l_2 + l_5;
const uint l_215 = l_214 + uint(0);
const bool l_216 = l_213 < l_1;
const bool l_217 = l_215 < info.scalars_uint[1];
const bool l_218 = l_216 && l_217;
if (l_218) {
const uint l_219 = l_213 * info.scalars_uint[1];
const uint l_220 = l_219 + l_215;
const float l_221 = l_arr_9[uint(0)];
const half l_222 = half(l_221);
buffer_2[l_220] = l_222;
}
const uint l_223 = l_3 + l_4;
const uint l_224 = l_223 + uint(0);
const uint l_225 = l_2 + l_5;
const uint l_226 = l_225 + uint(16);
const bool l_227 = l_224 < l_1;
const bool l_228 = l_226 < info.scalars_uint[1];
const bool l_229 = l_227 && l_228;
if (l_229) {
const uint l_230 = l_224 * info.scalars_uint[1];
const uint l_231 = l_230 + l_226;
const float l_232 = l_arr_9[uint(1)];
const half l_233 = half(l_232);
buffer_2[l_231] = l_233;
}
const uint l_234 = l_3 + l_4;
const uint l_235 = l_234 + uint(0);
const uint l_236 = l_2 + l_5;
const uint l_237 = l_236 + uint(32);
const bool l_238 = l_235 < l_1;
const bool l_239 = l_237 < info.scalars_uint[1];
const bool l_240 = l_238 && l_239;
if (l_240) {
const uint l_241 = l_235 * info.scalars_uint[1];
const uint l_242 = l_241 + l_237;
const float l_243 = l_arr_9[uint(2)];
const half l_244 = half(l_243);
buffer_2[l_242] = l_244;
}
const uint l_245 = l_3 + l_4;
const uint l_246 = l_245 + uint(0);
const uint l_247 = l_2 + l_5;
const uint l_248 = l_247 + uint(48);
const bool l_249 = l_246 < l_1;
const bool l_250 = l_248 < info.scalars_uint[1];
const bool l_251 = l_249 && l_250;
if (l_251) {
const uint l_252 = l_246 * info.scalars_uint[1];
const uint l_253 = l_252 + l_248;
const float l_254 = l_arr_9[uint(3)];
const half l_255 = half(l_254);
buffer_2[l_253] = l_255;
}
const uint l_256 = l_3 + l_4;
const uint l_257 = l_256 + uint(16);
const uint l_258 = l_2 + l_5;
const uint l_259 = l_258 + uint(0);
const bool l_260 = l_257 < l_1;
const bool l_261 = l_259 < info.scalars_uint[1];
const bool l_262 = l_260 && l_261;
if (l_262) {
const uint l_263 = l_257 * info.scalars_uint[1];
const uint l_264 = l_263 + l_259;
const float l_265 = l_arr_9[uint(4)];
const half l_266 = half(l_265);
buffer_2[l_264] = l_266;
}
const uint l_267 = l_3 + l_4;
const uint l_268 = l_267 + uint(16);
const uint l_269 = l_2 + l_5;
const uint l_270 = l_269 + uint(16);
const bool l_271 = l_268 < l_1;
const bool l_272 = l_270 < info.scalars_uint[1];
const bool l_273 = l_271 && l_272;
if (l_273) {
const uint l_274 = l_268 * info.scalars_uint[1];
const uint l_275 = l_274 + l_270;
const float l_276 = l_arr_9[uint(5)];
const half l_277 = half(l_276);
buffer_2[l_275] = l_277;
}
const uint l_278 = l_3 + l_4;
const uint l_279 = l_278 + uint(16);
const uint l_280 = l_2 + l_5;
const uint l_281 = l_280 + uint(32);
const bool l_282 = l_279 < l_1;
const bool l_283 = l_281 < info.scalars_uint[1];
const bool l_284 = l_282 && l_283;
if (l_284) {
const uint l_285 = l_279 * info.scalars_uint[1];
const uint l_286 = l_285 + l_281;
const float l_287 = l_arr_9[uint(6)];
const half l_288 = half(l_287);
buffer_2[l_286] = l_288;
}
const uint l_289 = l_3 + l_4;
const uint l_290 = l_289 + uint(16);
const uint l_291 = l_2 + l_5;
const uint l_292 = l_291 + uint(48);
const bool l_293 = l_290 < l_1;
const bool l_294 = l_292 < info.scalars_uint[1];
const bool l_295 = l_293 && l_294;
if (l_295) {
const uint l_296 = l_290 * info.scalars_uint[1];
const uint l_297 = l_296 + l_292;
const float l_298 = l_arr_9[uint(7)];
const half l_299 = half(l_298);
buffer_2[l_297] = l_299;
}
const uint l_300 = l_3 + l_4;
const uint l_301 = l_300 + uint(32);
const uint l_302 = l_2 + l_5;
const uint l_303 = l_302 + uint(0);
const bool l_304 = l_301 < l_1;
const bool l_305 = l_303 < info.scalars_uint[1];
const bool l_306 = l_304 && l_305;
if (l_306) {
const uint l_307 = l_301 * info.scalars_uint[1];
const uint l_308 = l_307 + l_303;
const float l_309 = l_arr_9[uint(8)];
const half l_310 = half(l_309);
buffer_2[l_308] = l_310;
}
const uint l_311 = l_3 + l_4;
const uint l_312 = l_311 + uint(32);
const uint l_313 = l_2 + l_5;
const uint l_314 = l_313 + uint(16);
const bool l_315 = l_312 < l_1;
const bool l_316 = l_314 < info.scalars_uint[1];
const bool l_317 = l_315 && l_316;
if (l_317) {
const uint l_318 = l_312 * info.scalars_uint[1];
const uint l_319 = l_318 + l_314;
const float l_320 = l_arr_9[uint(9)];
const half l_321 = half(l_320);
buffer_2[l_319] = l_321;
}
const uint l_322 = l_3 + l_4;
const uint l_323 = l_322 + uint(32);
const uint l_324 = l_2 + l_5;
const uint l_325 = l_324 + uint(32);
const bool l_326 = l_323 < l_1;
const bool l_327 = l_325 < info.scalars_uint[1];
const bool l_328 = l_326 && l_327;
if (l_328) {
const uint l_329 = l_323 * info.scalars_uint[1];
const uint l_330 = l_329 + l_325;
const float l_331 = l_arr_9[uint(10)];
const half l_332 = half(l_331);
buffer_2[l_330] = l_332;
}
const uint l_333 = l_3 + l_4;
const uint l_334 = l_333 + uint(32);
const uint l_335 = l_2 + l_5;
const uint l_336 = l_335 + uint(48);
const bool l_337 = l_334 < l_1;
const bool l_338 = l_336 < info.scalars_uint[1];
const bool l_339 = l_337 && l_338;
if (l_339) {
const uint l_340 = l_334 * info.scalars_uint[1];
const uint l_341 = l_340 + l_336;
const float l_342 = l_arr_9[uint(11)];
const half l_343 = half(l_342);
buffer_2[l_341] = l_343;
}
const uint l_344 = l_3 + l_4;
const uint l_345 = l_344 + uint(48);
const uint l_346 = l_2 + l_5;
const uint l_347 = l_346 + uint(0);
const bool l_348 = l_345 < l_1;
const bool l_349 = l_347 < info.scalars_uint[1];
const bool l_350 = l_348 && l_349;
if (l_350) {
const uint l_351 = l_345 * info.scalars_uint[1];
const uint l_352 = l_351 + l_347;
const float l_353 = l_arr_9[uint(12)];
const half l_354 = half(l_353);
buffer_2[l_352] = l_354;
}
const uint l_355 = l_3 + l_4;
const uint l_356 = l_355 + uint(48);
const uint l_357 = l_2 + l_5;
const uint l_358 = l_357 + uint(16);
const bool l_359 = l_356 < l_1;
const bool l_360 = l_358 < info.scalars_uint[1];
const bool l_361 = l_359 && l_360;
if (l_361) {
const uint l_362 = l_356 * info.scalars_uint[1];
const uint l_363 = l_362 + l_358;
const float l_364 = l_arr_9[uint(13)];
const half l_365 = half(l_364);
buffer_2[l_363] = l_365;
}
const uint l_366 = l_3 + l_4;
const uint l_367 = l_366 + uint(48);
const uint l_368 = l_2 + l_5;
const uint l_369 = l_368 + uint(32);
const bool l_370 = l_367 < l_1;
const bool l_371 = l_369 < info.scalars_uint[1];
const bool l_372 = l_370 && l_371;
if (l_372) {
const uint l_373 = l_367 * info.scalars_uint[1];
const uint l_374 = l_373 + l_369;
const float l_375 = l_arr_9[uint(14)];
const half l_376 = half(l_375);
buffer_2[l_374] = l_376;
}
const uint l_377 = l_3 + l_4;
const uint l_378 = l_377 + uint(48);
const uint l_379 = l_2 + l_5;
const uint l_380 = l_379 + uint(48);
const bool l_381 = l_378 < l_1;
const bool l_382 = l_380 < info.scalars_uint[1];
const bool l_383 = l_381 && l_382;
if (l_383) {
const uint l_384 = l_378 * info.scalars_uint[1];
const uint l_385 = l_384 + l_380;
const float l_386 = l_arr_9[uint(15)];
const half l_387 = half(l_386);
buffer_2[l_385] = l_387;
}

}
