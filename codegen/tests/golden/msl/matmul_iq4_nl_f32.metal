
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
const int arrays_63[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
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
const int l_64 = int(l_27);
const uint l_65 = l_36 + uint(0);
const uint l_66 = uint(l_64);
const uint l_67 = l_66 / uint(32);
const uint l_68 = l_67 * uint(16);
const uint l_69 = l_65 + l_68;
const uint l_70 = l_66 % uint(16);
const uint l_71 = l_69 + l_70;
const uint l_72 = l_66 / uint(16);
const uint l_73 = l_72 % uint(2);
const uint l_74 = l_73 * uint(4);
const uint l_75 = l_71 / uint(4);
const uint l_76 = buffer_0[l_75];
const uint l_77 = l_71 % uint(4);
const uint l_78 = l_77 * uint(8);
const uint l_79 = l_78 + l_74;
const uint l_80 = l_76 >> l_79;
const uint l_81 = l_80 & uint(15);
const int l_82 = int(l_81);
const uint l_83 = uint(l_82);
const int l_84 = arrays_63[l_83];
const float l_85 = float(l_84);
const float l_86 = l_62 * l_85;
l_mut_19 = l_86;
}
const uint l_87 = l_16 * uint(33);
const uint l_88 = l_87 + l_17;
shared_memory_7[l_88] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_89 = l_3 + l_16;
const bool l_90 = l_89 < l_1;
const bool l_91 = l_18 < info.scalars_uint[2];
const bool l_92 = l_90 && l_91;
if (l_92) {
const uint l_93 = l_89 * info.scalars_uint[2];
const uint l_94 = l_93 + l_18;
const float l_95 = buffer_1[l_94];
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
buffer_2[l_221] = l_222;
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
buffer_2[l_231] = l_232;
}
const uint l_233 = l_3 + l_4;
const uint l_234 = l_233 + uint(0);
const uint l_235 = l_2 + l_5;
const uint l_236 = l_235 + uint(32);
const bool l_237 = l_234 < l_1;
const bool l_238 = l_236 < info.scalars_uint[1];
const bool l_239 = l_237 && l_238;
if (l_239) {
const uint l_240 = l_234 * info.scalars_uint[1];
const uint l_241 = l_240 + l_236;
const float l_242 = l_arr_9[uint(2)];
buffer_2[l_241] = l_242;
}
const uint l_243 = l_3 + l_4;
const uint l_244 = l_243 + uint(0);
const uint l_245 = l_2 + l_5;
const uint l_246 = l_245 + uint(48);
const bool l_247 = l_244 < l_1;
const bool l_248 = l_246 < info.scalars_uint[1];
const bool l_249 = l_247 && l_248;
if (l_249) {
const uint l_250 = l_244 * info.scalars_uint[1];
const uint l_251 = l_250 + l_246;
const float l_252 = l_arr_9[uint(3)];
buffer_2[l_251] = l_252;
}
const uint l_253 = l_3 + l_4;
const uint l_254 = l_253 + uint(16);
const uint l_255 = l_2 + l_5;
const uint l_256 = l_255 + uint(0);
const bool l_257 = l_254 < l_1;
const bool l_258 = l_256 < info.scalars_uint[1];
const bool l_259 = l_257 && l_258;
if (l_259) {
const uint l_260 = l_254 * info.scalars_uint[1];
const uint l_261 = l_260 + l_256;
const float l_262 = l_arr_9[uint(4)];
buffer_2[l_261] = l_262;
}
const uint l_263 = l_3 + l_4;
const uint l_264 = l_263 + uint(16);
const uint l_265 = l_2 + l_5;
const uint l_266 = l_265 + uint(16);
const bool l_267 = l_264 < l_1;
const bool l_268 = l_266 < info.scalars_uint[1];
const bool l_269 = l_267 && l_268;
if (l_269) {
const uint l_270 = l_264 * info.scalars_uint[1];
const uint l_271 = l_270 + l_266;
const float l_272 = l_arr_9[uint(5)];
buffer_2[l_271] = l_272;
}
const uint l_273 = l_3 + l_4;
const uint l_274 = l_273 + uint(16);
const uint l_275 = l_2 + l_5;
const uint l_276 = l_275 + uint(32);
const bool l_277 = l_274 < l_1;
const bool l_278 = l_276 < info.scalars_uint[1];
const bool l_279 = l_277 && l_278;
if (l_279) {
const uint l_280 = l_274 * info.scalars_uint[1];
const uint l_281 = l_280 + l_276;
const float l_282 = l_arr_9[uint(6)];
buffer_2[l_281] = l_282;
}
const uint l_283 = l_3 + l_4;
const uint l_284 = l_283 + uint(16);
const uint l_285 = l_2 + l_5;
const uint l_286 = l_285 + uint(48);
const bool l_287 = l_284 < l_1;
const bool l_288 = l_286 < info.scalars_uint[1];
const bool l_289 = l_287 && l_288;
if (l_289) {
const uint l_290 = l_284 * info.scalars_uint[1];
const uint l_291 = l_290 + l_286;
const float l_292 = l_arr_9[uint(7)];
buffer_2[l_291] = l_292;
}
const uint l_293 = l_3 + l_4;
const uint l_294 = l_293 + uint(32);
const uint l_295 = l_2 + l_5;
const uint l_296 = l_295 + uint(0);
const bool l_297 = l_294 < l_1;
const bool l_298 = l_296 < info.scalars_uint[1];
const bool l_299 = l_297 && l_298;
if (l_299) {
const uint l_300 = l_294 * info.scalars_uint[1];
const uint l_301 = l_300 + l_296;
const float l_302 = l_arr_9[uint(8)];
buffer_2[l_301] = l_302;
}
const uint l_303 = l_3 + l_4;
const uint l_304 = l_303 + uint(32);
const uint l_305 = l_2 + l_5;
const uint l_306 = l_305 + uint(16);
const bool l_307 = l_304 < l_1;
const bool l_308 = l_306 < info.scalars_uint[1];
const bool l_309 = l_307 && l_308;
if (l_309) {
const uint l_310 = l_304 * info.scalars_uint[1];
const uint l_311 = l_310 + l_306;
const float l_312 = l_arr_9[uint(9)];
buffer_2[l_311] = l_312;
}
const uint l_313 = l_3 + l_4;
const uint l_314 = l_313 + uint(32);
const uint l_315 = l_2 + l_5;
const uint l_316 = l_315 + uint(32);
const bool l_317 = l_314 < l_1;
const bool l_318 = l_316 < info.scalars_uint[1];
const bool l_319 = l_317 && l_318;
if (l_319) {
const uint l_320 = l_314 * info.scalars_uint[1];
const uint l_321 = l_320 + l_316;
const float l_322 = l_arr_9[uint(10)];
buffer_2[l_321] = l_322;
}
const uint l_323 = l_3 + l_4;
const uint l_324 = l_323 + uint(32);
const uint l_325 = l_2 + l_5;
const uint l_326 = l_325 + uint(48);
const bool l_327 = l_324 < l_1;
const bool l_328 = l_326 < info.scalars_uint[1];
const bool l_329 = l_327 && l_328;
if (l_329) {
const uint l_330 = l_324 * info.scalars_uint[1];
const uint l_331 = l_330 + l_326;
const float l_332 = l_arr_9[uint(11)];
buffer_2[l_331] = l_332;
}
const uint l_333 = l_3 + l_4;
const uint l_334 = l_333 + uint(48);
const uint l_335 = l_2 + l_5;
const uint l_336 = l_335 + uint(0);
const bool l_337 = l_334 < l_1;
const bool l_338 = l_336 < info.scalars_uint[1];
const bool l_339 = l_337 && l_338;
if (l_339) {
const uint l_340 = l_334 * info.scalars_uint[1];
const uint l_341 = l_340 + l_336;
const float l_342 = l_arr_9[uint(12)];
buffer_2[l_341] = l_342;
}
const uint l_343 = l_3 + l_4;
const uint l_344 = l_343 + uint(48);
const uint l_345 = l_2 + l_5;
const uint l_346 = l_345 + uint(16);
const bool l_347 = l_344 < l_1;
const bool l_348 = l_346 < info.scalars_uint[1];
const bool l_349 = l_347 && l_348;
if (l_349) {
const uint l_350 = l_344 * info.scalars_uint[1];
const uint l_351 = l_350 + l_346;
const float l_352 = l_arr_9[uint(13)];
buffer_2[l_351] = l_352;
}
const uint l_353 = l_3 + l_4;
const uint l_354 = l_353 + uint(48);
const uint l_355 = l_2 + l_5;
const uint l_356 = l_355 + uint(32);
const bool l_357 = l_354 < l_1;
const bool l_358 = l_356 < info.scalars_uint[1];
const bool l_359 = l_357 && l_358;
if (l_359) {
const uint l_360 = l_354 * info.scalars_uint[1];
const uint l_361 = l_360 + l_356;
const float l_362 = l_arr_9[uint(14)];
buffer_2[l_361] = l_362;
}
const uint l_363 = l_3 + l_4;
const uint l_364 = l_363 + uint(48);
const uint l_365 = l_2 + l_5;
const uint l_366 = l_365 + uint(48);
const bool l_367 = l_364 < l_1;
const bool l_368 = l_366 < info.scalars_uint[1];
const bool l_369 = l_367 && l_368;
if (l_369) {
const uint l_370 = l_364 * info.scalars_uint[1];
const uint l_371 = l_370 + l_366;
const float l_372 = l_arr_9[uint(15)];
buffer_2[l_371] = l_372;
}

}
