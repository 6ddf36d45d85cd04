
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
const float l_94 = buffer_1[l_93];
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
buffer_2[l_220] = l_221;
}
const uint l_222 = l_3 + l_4;
const uint l_223 = l_222 + uint(0);
const uint l_224 = l_2 + l_5;
const uint l_225 = l_224 + uint(16);
const bool l_226 = l_223 < l_1;
const bool l_227 = l_225 < info.scalars_uint[1];
const bool l_228 = l_226 && l_227;
if (l_228) {
const uint l_229 = l_223 * info.scalars_uint[1];
const uint l_230 = l_229 + l_225;
const float l_231 = l_arr_9[uint(1)];
buffer_2[l_230] = l_231;
}
const uint l_232 = l_3 + l_4;
const uint l_233 = l_232 + uint(0);
const uint l_234 = l_2 + l_5;
const uint l_235 = l_234 + uint(32);
const bool l_236 = l_233 < l_1;
const bool l_237 = l_235 < info.scalars_uint[1];
const bool l_238 = l_236 && l_237;
if (l_238) {
const uint l_239 = l_233 * info.scalars_uint[1];
const uint l_240 = l_239 + l_235;
const float l_241 = l_arr_9[uint(2)];
buffer_2[l_240] = l_241;
}
const uint l_242 = l_3 + l_4;
const uint l_243 = l_242 + uint(0);
const uint l_244 = l_2 + l_5;
const uint l_245 = l_244 + uint(48);
const bool l_246 = l_243 < l_1;
const bool l_247 = l_245 < info.scalars_uint[1];
const bool l_248 = l_246 && l_247;
if (l_248) {
const uint l_249 = l_243 * info.scalars_uint[1];
const uint l_250 = l_249 + l_245;
const float l_251 = l_arr_9[uint(3)];
buffer_2[l_250] = l_251;
}
const uint l_252 = l_3 + l_4;
const uint l_253 = l_252 + uint(16);
const uint l_254 = l_2 + l_5;
const uint l_255 = l_254 + uint(0);
const bool l_256 = l_253 < l_1;
const bool l_257 = l_255 < info.scalars_uint[1];
const bool l_258 = l_256 && l_257;
if (l_258) {
const uint l_259 = l_253 * info.scalars_uint[1];
const uint l_260 = l_259 + l_255;
const float l_261 = l_arr_9[uint(4)];
buffer_2[l_260] = l_261;
}
const uint l_262 = l_3 + l_4;
const uint l_263 = l_262 + uint(16);
const uint l_264 = l_2 + l_5;
const uint l_265 = l_264 + uint(16);
const bool l_266 = l_263 < l_1;
const bool l_267 = l_265 < info.scalars_uint[1];
const bool l_268 = l_266 && l_267;
if (l_268) {
const uint l_269 = l_263 * info.scalars_uint[1];
const uint l_270 = l_269 + l_265;
const float l_271 = l_arr_9[uint(5)];
buffer_2[l_270] = l_271;
}
const uint l_272 = l_3 + l_4;
const uint l_273 = l_272 + uint(16);
const uint l_274 = l_2 + l_5;
const uint l_275 = l_274 + uint(32);
const bool l_276 = l_273 < l_1;
const bool l_277 = l_275 < info.scalars_uint[1];
const bool l_278 = l_276 && l_277;
if (l_278) {
const uint l_279 = l_273 * info.scalars_uint[1];
const uint l_280 = l_279 + l_275;
const float l_281 = l_arr_9[uint(6)];
buffer_2[l_280] = l_281;
}
const uint l_282 = l_3 + l_4;
const uint l_283 = l_282 + uint(16);
const uint l_284 = l_2 + l_5;
const uint l_285 = l_284 + uint(48);
const bool l_286 = l_283 < l_1;
const bool l_287 = l_285 < info.scalars_uint[1];
const bool l_288 = l_286 && l_287;
if (l_288) {
const uint l_289 = l_283 * info.scalars_uint[1];
const uint l_290 = l_289 + l_285;
const float l_291 = l_arr_9[uint(7)];
buffer_2[l_290] = l_291;
}
const uint l_292 = l_3 + l_4;
const uint l_293 = l_292 + uint(32);
const uint l_294 = l_2 + l_5;
const uint l_295 = l_294 + uint(0);
const bool l_296 = l_293 < l_1;
const bool l_297 = l_295 < info.scalars_uint[1];
const bool l_298 = l_296 && l_297;
if (l_298) {
const uint l_299 = l_293 * info.scalars_uint[1];
const uint l_300 = l_299 + l_295;
const float l_301 = l_arr_9[uint(8)];
buffer_2[l_300] = l_301;
}
const uint l_302 = l_3 + l_4;
const uint l_303 = l_302 + uint(32);
const uint l_304 = l_2 + l_5;
const uint l_305 = l_304 + uint(16);
const bool l_306 = l_303 < l_1;
const bool l_307 = l_305 < info.scalars_uint[1];
const bool l_308 = l_306 && l_307;
if (l_308) {
const uint l_309 = l_303 * info.scalars_uint[1];
const uint l_310 = l_309 + l_305;
const float l_311 = l_arr_9[uint(9)];
buffer_2[l_310] = l_311;
}
const uint l_312 = l_3 + l_4;
const uint l_313 = l_312 + uint(32);
const uint l_314 = l_2 + l_5;
const uint l_315 = l_314 + uint(32);
const bool l_316 = l_313 < l_1;
const bool l_317 = l_315 < info.scalars_uint[1];
const bool l_318 = l_316 && l_317;
if (l_318) {
const uint l_319 = l_313 * info.scalars_uint[1];
const uint l_320 = l_319 + l_315;
const float l_321 = l_arr_9[uint(10)];
buffer_2[l_320] = l_321;
}
const uint l_322 = l_3 + l_4;
const uint l_323 = l_322 + uint(32);
const uint l_324 = l_2 + l_5;
const uint l_325 = l_324 + uint(48);
const bool l_326 = l_323 < l_1;
const bool l_327 = l_325 < info.scalars_uint[1];
const bool l_328 = l_326 && l_327;
if (l_328) {
const uint l_329 = l_323 * info.scalars_uint[1];
const uint l_330 = l_329 + l_325;
const float l_331 = l_arr_9[uint(11)];
buffer_2[l_330] = l_331;
}
const uint l_332 = l_3 + l_4;
const uint l_333 = l_332 + uint(48);
const uint l_334 = l_2 + l_5;
const uint l_335 = l_334 + uint(0);
const bool l_336 = l_333 < l_1;
const bool l_337 = l_335 < info.scalars_uint[1];
const bool l_338 = l_336 && l_337;
if (l_338) {
const uint l_339 = l_333 * info.scalars_uint[1];
const uint l_340 = l_339 + l_335;
const float l_341 = l_arr_9[uint(12)];
buffer_2[l_340] = l_341;
}
const uint l_342 = l_3 + l_4;
const uint l_343 = l_342 + uint(48);
const uint l_344 = l_2 + l_5;
const uint l_345 = l_344 + uint(16);
const bool l_346 = l_343 < l_1;
const bool l_347 = l_345 < info.scalars_uint[1];
const bool l_348 = l_346 && l_347;
if (l_348) {
const uint l_349 = l_343 * info.scalars_uint[1];
const uint l_350 = l_349 + l_345;
const float l_351 = l_arr_9[uint(13)];
buffer_2[l_350] = l_351;
}
const uint l_352 = l_3 + l_4;
const uint l_353 = l_352 + uint(48);
const uint l_354 = l_2 + l_5;
const uint l_355 = l_354 + uint(32);
const bool l_356 = l_353 < l_1;
const bool l_357 = l_355 < info.scalars_uint[1];
const bool l_358 = l_356 && l_357;
if (l_358) {
const uint l_359 = l_353 * info.scalars_uint[1];
const uint l_360 = l_359 + l_355;
const float l_361 = l_arr_9[uint(14)];
buffer_2[l_360] = l_361;
}
const uint l_362 = l_3 + l_4;
const uint l_363 = l_362 + uint(48);
const uint l_364 = l_2 + l_5;
const uint l_365 = l_364 + uint(48);
const bool l_366 = l_363 < l_1;
const bool l_367 = l_365 < info.scalars_uint[1];
const bool l_368 = l_366 && l_367;
if (l_368) {
const uint l_369 = l_363 * info.scalars_uint[1];
const uint l_370 = l_369 + l_365;
const float l_371 = l_arr_9[uint(15)];
buffer_2[l_370] = l_371;
}

}
