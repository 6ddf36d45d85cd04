
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

float l_arr_70[4];

float l_arr_71[4];

float l_mut_19;
uint l_mut_10;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(64);
const uint l_3 = threadgroup_pos_in_grid.y * uint(64);
const uint l_4 = thread_pos_in_threadgroup.x / uint(16);
const uint l_5 = thread_pos_in_threadgroup.x % uint(16);
const uint l_6 = info.scalars_uint[2] / uint(1);
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
const uint l_25 = l_18 / uint(1);
const uint l_26 = l_24 + l_25;
const uint l_27 = l_18 % uint(1);
const uint l_28 = l_26 * uint(2);
const uint l_29 = uint(0) + l_28;
const uint l_30 = l_29 / uint(4);
const uint l_31 = buffer_0[l_30];
const uint l_32 = l_29 % uint(4);
const uint l_33 = l_32 * uint(8);
const uint l_34 = l_31 >> l_33;
const uint l_35 = l_34 & uint(65535);
const uint l_36 = l_35 & uint(32768);
const uint l_37 = l_36 << uint(16);
const uint l_38 = l_35 >> uint(10);
const uint l_39 = l_38 & uint(31);
const uint l_40 = l_35 & uint(1023);
const bool l_41 = l_39 == uint(31);
const uint l_42 = l_39 + uint(112);
const uint l_43 = (l_41) ? uint(255) : l_42;
const uint l_44 = l_43 << uint(23);
const uint l_45 = l_37 | l_44;
const uint l_46 = l_40 << uint(13);
const uint l_47 = l_45 | l_46;
const float l_48 = reinterpret_cast<thread float const&>(l_47);
const float l_49 = float(l_40);
const float l_50 = l_49 * float(5.960464477539063e-8);
const bool l_51 = l_37 == uint(0);
const float l_52 = -l_50;
const float l_53 = (l_51) ? l_50 : l_52;
const bool l_54 = l_39 == uint(0);
const float l_55 = (l_54) ? l_53 : l_48;
const int l_56 = int(l_27);
l_mut_19 = l_55;
}
const uint l_57 = l_16 * uint(33);
const uint l_58 = l_57 + l_17;
shared_memory_7[l_58] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_59 = l_3 + l_16;
const bool l_60 = l_59 < l_1;
const bool l_61 = l_18 < info.scalars_uint[2];
const bool l_62 = l_60 && l_61;
if (l_62) {
const uint l_63 = l_59 * info.scalars_uint[2];
const uint l_64 = l_63 + l_18;
const half l_65 = buffer_1[l_64];
const float l_66 = float(l_65);
l_mut_19 = l_66;
}
const uint l_67 = l_16 * uint(33);
const uint l_68 = l_67 + l_17;
shared_memory_8[l_68] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_69 = uint(0); l_mut_69 < uint(32); ++l_mut_69) {
const uint l_72 = l_4 + uint(0);
const uint l_73 = l_72 * uint(33);
const uint l_74 = l_73 + l_mut_69;
const float l_75 = shared_memory_8[l_74];
l_arr_70[uint(0)] = l_75;
const uint l_76 = l_5 + uint(0);
const uint l_77 = l_76 * uint(33);
const uint l_78 = l_77 + l_mut_69;
const float l_79 = shared_memory_7[l_78];
l_arr_71[uint(0)] = l_79;
const uint l_80 = l_4 + uint(16);
const uint l_81 = l_80 * uint(33);
const uint l_82 = l_81 + l_mut_69;
const float l_83 = shared_memory_8[l_82];
l_arr_70[uint(1)] = l_83;
const uint l_84 = l_5 + uint(16);
const uint l_85 = l_84 * uint(33);
const uint l_86 = l_85 + l_mut_69;
const float l_87 = shared_memory_7[l_86];
l_arr_71[uint(1)] = l_87;
const uint l_88 = l_4 + uint(32);
const uint l_89 = l_88 * uint(33);
const uint l_90 = l_89 + l_mut_69;
const float l_91 = shared_memory_8[l_90];
l_arr_70[uint(2)] = l_91;
const uint l_92 = l_5 + uint(32);
const uint l_93 = l_92 * uint(33);
const uint l_94 = l_93 + l_mut_69;
const float l_95 = shared_memory_7[l_94];
l_arr_71[uint(2)] = l_95;
const uint l_96 = l_4 + uint(48);
const uint l_97 = l_96 * uint(33);
const uint l_98 = l_97 + l_mut_69;
const float l_99 = shared_memory_8[l_98];
l_arr_70[uint(3)] = l_99;
const uint l_100 = l_5 + uint(48);
const uint l_101 = l_100 * uint(33);
const uint l_102 = l_101 + l_mut_69;
const float l_103 = shared_memory_7[l_102];
l_arr_71[uint(3)] = l_103;
const float l_104 = l_arr_70[uint(0)];
const float l_105 = l_arr_71[uint(0)];
const float l_106 = l_104 * l_105;
const float l_107 = l_arr_9[uint(0)];
const float l_108 = l_107 + l_106;
l_arr_9[uint(0)] = l_108;
const float l_109 = l_arr_70[uint(0)];
const float l_110 = l_arr_71[uint(1)];
const float l_111 = l_109 * l_110;
const float l_112 = l_arr_9[uint(1)];
const float l_113 = l_112 + l_111;
l_arr_9[uint(1)] = l_113;
const float l_114 = l_arr_70[uint(0)];
const float l_115 = l_arr_71[uint(2)];
const float l_116 = l_114 * l_115;
const float l_117 = l_arr_9[uint(2)];
const float l_118 = l_117 + l_116;
l_arr_9[uint(2)] = l_118;
const float l_119 = l_arr_70[uint(0)];
const float l_120 = l_arr_71[uint(3)];
const float l_121 = l_119 * l_120;
const float l_122 = l_arr_9[uint(3)];
const float l_123 = l_122 + l_121;
l_arr_9[uint(3)] = l_123;
const float l_124 = l_arr_70[uint(1)];
const float l_125 = l_arr_71[uint(0)];
const float l_126 = l_124 * l_125;
const float l_127 = l_arr_9[uint(4)];
const float l_128 = l_127 + l_126;
l_arr_9[uint(4)] = l_128;
const float l_129 = l_arr_70[uint(1)];
const float l_130 = l_arr_71[uint(1)];
const float l_131 = l_129 * l_130;
const float l_132 = l_arr_9[uint(5)];
const float l_133 = l_132 + l_131;
l_arr_9[uint(5)] = l_133;
const float l_134 = l_arr_70[uint(1)];
const float l_135 = l_arr_71[uint(2)];
const float l_136 = l_134 * l_135;
const float l_137 = l_arr_9[uint(6)];
const float l_138 = l_137 + l_136;
l_arr_9[uint(6)] = l_138;
const float l_139 = l_arr_70[uint(1)];
const float l_140 = l_arr_71[uint(3)];
const float l_141 = l_139 * l_140;
const float l_142 = l_arr_9[uint(7)];
const float l_143 = l_142 + l_141;
l_arr_9[uint(7)] = l_143;
const float l_144 = l_arr_70[uint(2)];
const float l_145 = l_arr_71[uint(0)];
const float l_146 = l_144 * l_145;
const float l_147 = l_arr_9[uint(8)];
const float l_148 = l_147 + l_146;
l_arr_9[uint(8)] = l_148;
const float l_149 = l_arr_70[uint(2)];
const float l_150 = l_arr_71[uint(1)];
const float l_151 = l_149 * l_150;
const float l_152 = l_arr_9[uint(9)];
const float l_153 = l_152 + l_151;
l_arr_9[uint(9)] = l_153;
const float l_154 = l_arr_70[uint(2)];
const float l_155 = l_arr_71[uint(2)];
const float l_156 = l_154 * l_155;
const float l_157 = l_arr_9[uint(10)];
const float l_158 = l_157 + l_156;
l_arr_9[uint(10)] = l_158;
const float l_159 = l_arr_70[uint(2)];
const float l_160 = l_arr_71[uint(3)];
const float l_161 = l_159 * l_160;
const float l_162 = l_arr_9[uint(11)];
const float l_163 = l_162 + l_161;
l_arr_9[uint(11)] = l_163;
const float l_164 = l_arr_70[uint(3)];
const float l_165 = l_arr_71[uint(0)];
const float l_166 = l_164 * l_165;
const float l_167 = l_arr_9[uint(12)];
const float l_168 = l_167 + l_166;
l_arr_9[uint(12)] = l_168;
const float l_169 = l_arr_70[uint(3)];
const float l_170 = l_arr_71[uint(1)];
const float l_171 = l_169 * l_170;
const float l_172 = l_arr_9[uint(13)];
const float l_173 = l_172 + l_171;
l_arr_9[uint(13)] = l_173;
const float l_174 = l_arr_70[uint(3)];
const float l_175 = l_arr_71[uint(2)];
const float l_176 = l_174 * l_175;
const float l_177 = l_arr_9[uint(14)];
const float l_178 = l_177 + l_176;
l_arr_9[uint(14)] = l_178;
const float l_179 = l_arr_70[uint(3)];
const float l_180 = l_arr_71[uint(3)];
const float l_181 = l_179 * l_180;
const float l_182 = l_arr_9[uint(15)];
const float l_183 = l_182 + l_181;
l_arr_9[uint(15)] = l_183;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_184 = l_3 + l_4;
const uint l_185 = l_184 + uint(0);
const uint l_186 = l_2 + l_5;
const uint l_187 = l_186 + uint(0);
const bool l_188 = l_185 < l_1;
const bool l_189 = l_187 < info.scalars_uint[1];
const bool l_190 = l_188 && l_189;
if (l_190) {
const uint l_191 = l_185 * info.scalars_uint[1];
const uint l_192 = l_191 + l_187;
const float l_193 = l_arr_9[uint(0)];
const half l_194 = half(l_193);
buffer_2[l_192] = l_194;
}
const uint l_195 = l_3 + l_4;
const uint l_196 = l_195 + uint(0);
const uint l_197 = l_2 + l_5;
const uint l_198 = l_197 + uint(16);
const bool l_199 = l_196 < l_1;
const bool l_200 = l_198 < info.scalars_uint[1];
const bool l_201 = l_199 && l_200;
if (l_201) {
const uint l_202 = l_196 * info.scalars_uint[1];
const uint l_203 = l_202 + l_198;
const float l_204 = l_arr_9[uint(1)];
const half l_205 = half(l_204);
buffer_2[l_203] = l_205;
}
const uint l_206 = l_3 + l_4;
const uint l_207 = l_206 + uint(0);
const uint l_208 = l_2 + l_5;
const uint l_209 = l_208 + uint(32);
const bool l_210 = l_207 < l_1;
const bool l_211 = l_209 < info.scalars_uint[1];
const bool l_212 = l_210 && l_211;
if (l_212) {
const uint l_213 = l_207 * info.scalars_uint[1];
const uint l_214 = l_213 + l_209;
const float l_215 = l_arr_9[uint(2)];
const half l_216 = half(l_215);
buffer_2[l_214] = l_216;
}
const uint l_217 = l_3 + l_4;
const uint l_218 = l_217 + uint(0);
const uint l_219 = l_2 + l_5;
const uint l_220 = l_219 + uint(48);
const bool l_221 = l_218 < l_1;
const bool l_222 = l_220 < info.scalars_uint[1];
const bool l_223 = l_221 && l_222;
if (l_223) {
const uint l_224 = l_218 * info.scalars_uint[1];
const uint l_225 = l_224 + l_220;
const float l_226 = l_arr_9[uint(3)];
const half l_227 = half(l_226);
buffer_2[l_225] = l_227;
}
const uint l_228 = l_3 + l_4;
const uint l_229 = l_228 + uint(16);
const uint l_230 = l_2 + l_5;
const uint l_231 = l_230 + uint(0);
const bool l_232 = l_229 < l_1;
const bool l_233 = l_231 < info.scalars_uint[1];
const bool l_234 = l_232 && l_233;
if (l_234) {
const uint l_235 = l_229 * info.scalars_uint[1];
const uint l_236 = l_235 + l_231;
const float l_237 = l_arr_9[uint(4)];
const half l_238 = half(l_237);
buffer_2[l_236] = l_238;
}
const uint l_239 = l_3 + l_4;
const uint l_240 = l_239 + uint(16);
const uint l_241 = l_2 + l_5;
const uint l_242 = l_241 + uint(16);
const bool l_243 = l_240 < l_1;
const bool l_244 = l_242 < info.scalars_uint[1];
const bool l_245 = l_243 && l_244;
if (l_245) {
const uint l_246 = l_240 * info.scalars_uint[1];
const uint l_247 = l_246 + l_242;
const float l_248 = l_arr_9[uint(5)];
const half l_249 = half(l_248);
buffer_2[l_247] = l_249;
}
const uint l_250 = l_3 + l_4;
const uint l_251 = l_250 + uint(16);
const uint l_252 = l_2 + l_5;
const uint l_253 = l_252 + uint(32);
const bool l_254 = l_251 < l_1;
const bool l_255 = l_253 < info.scalars_uint[1];
const bool l_256 = l_254 && l_255;
if (l_256) {
const uint l_257 = l_251 * info.scalars_uint[1];
const uint l_258 = l_257 + l_253;
const float l_259 = l_arr_9[uint(6)];
const half l_260 = half(l_259);
buffer_2[l_258] = l_260;
}
const uint l_261 = l_3 + l_4;
const uint l_262 = l_261 + uint(16);
const uint l_263 = l_2 + l_5;
const uint l_264 = l_263 + uint(48);
const bool l_265 = l_262 < l_1;
const bool l_266 = l_264 < info.scalars_uint[1];
const bool l_267 = l_265 && l_266;
if (l_267) {
const uint l_268 = l_262 * info.scalars_uint[1];
const uint l_269 = l_268 + l_264;
const float l_270 = l_arr_9[uint(7)];
const half l_271 = half(l_270);
buffer_2[l_269] = l_271;
}
const uint l_272 = l_3 + l_4;
const uint l_273 = l_272 + uint(32);
const uint l_274 = l_2 + l_5;
const uint l_275 = l_274 + uint(0);
const bool l_276 = l_273 < l_1;
const bool l_277 = l_275 < info.scalars_uint[1];
const bool l_278 = l_276 && l_277;
if (l_278) {
const uint l_279 = l_273 * info.scalars_uint[1];
const uint l_280 = l_279 + l_275;
const float l_281 = l_arr_9[uint(8)];
const half l_282 = half(l_281);
buffer_2[l_280] = l_282;
}
const uint l_283 = l_3 + l_4;
const uint l_284 = l_283 + uint(32);
const uint l_285 = l_2 + l_5;
const uint l_286 = l_285 + uint(16);
const bool l_287 = l_284 < l_1;
const bool l_288 = l_286 < info.scalars_uint[1];
const bool l_289 = l_287 && l_288;
if (l_289) {
const uint l_290 = l_284 * info.scalars_uint[1];
const uint l_291 = l_290 + l_286;
const float l_292 = l_arr_9[uint(9)];
const half l_293 = half(l_292);
buffer_2[l_291] = l_293;
}
const uint l_294 = l_3 + l_4;
const uint l_295 = l_294 + uint(32);
const uint l_296 = l_2 + l_5;
const uint l_297 = l_296 + uint(32);
const bool l_298 = l_295 < l_1;
const bool l_299 = l_297 < info.scalars_uint[1];
const bool l_300 = l_298 && l_299;
if (l_300) {
const uint l_301 = l_295 * info.scalars_uint[1];
const uint l_302 = l_301 + l_297;
const float l_303 = l_arr_9[uint(10)];
const half l_304 = half(l_303);
buffer_2[l_302] = l_304;
}
const uint l_305 = l_3 + l_4;
const uint l_306 = l_305 + uint(32);
const uint l_307 = l_2 + l_5;
const uint l_308 = l_307 + uint(48);
const bool l_309 = l_306 < l_1;
const bool l_310 = l_308 < info.scalars_uint[1];
const bool l_311 = l_309 && l_310;
if (l_311) {
const uint l_312 = l_306 * info.scalars_uint[1];
const uint l_313 = l_312 + l_308;
const float l_314 = l_arr_9[uint(11)];
const half l_315 = half(l_314);
buffer_2[l_313] = l_315;
}
const uint l_316 = l_3 + l_4;
const uint l_317 = l_316 + uint(48);
const uint l_318 = l_2 + l_5;
const uint l_319 = l_318 + uint(0);
const bool l_320 = l_317 < l_1;
const bool l_321 = l_319 < info.scalars_uint[1];
const bool l_322 = l_320 && l_321;
if (l_322) {
const uint l_323 = l_317 * info.scalars_uint[1];
const uint l_324 = l_323 + l_319;
const float l_325 = l_arr_9[uint(12)];
const half l_326 = half(l_325);
buffer_2[l_324] = l_326;
}
const uint l_327 = l_3 + l_4;
const uint l_328 = l_327 + uint(48);
const uint l_329 = l_2 + l_5;
const uint l_330 = l_329 + uint(16);
const bool l_331 = l_328 < l_1;
const bool l_332 = l_330 < info.scalars_uint[1];
const bool l_333 = l_331 && l_332;
if (l_333) {
const uint l_334 = l_328 * info.scalars_uint[1];
const uint l_335 = l_334 + l_330;
const float l_336 = l_arr_9[uint(13)];
const half l_337 = half(l_336);
buffer_2[l_335] = l_337;
}
const uint l_338 = l_3 + l_4;
const uint l_339 = l_338 + uint(48);
const uint l_340 = l_2 + l_5;
const uint l_341 = l_340 + uint(32);
const bool l_342 = l_339 < l_1;
const bool l_343 = l_341 < info.scalars_uint[1];
const bool l_344 = l_342 && l_343;
if (l_344) {
const uint l_345 = l_339 * info.scalars_uint[1];
const uint l_346 = l_345 + l_341;
const float l_347 = l_arr_9[uint(14)];
const half l_348 = half(l_347);
buffer_2[l_346] = l_348;
}
const uint l_349 = l_3 + l_4;
const uint l_350 = l_349 + uint(48);
const uint l_351 = l_2 + l_5;
const uint l_352 = l_351 + uint(48);
const bool l_353 = l_350 < l_1;
const bool l_354 = l_352 < info.scalars_uint[1];
const bool l_355 = l_353 && l_354;
if (l_355) {
const uint l_356 = l_350 * info.scalars_uint[1];
const uint l_357 = l_356 + l_352;
const float l_358 = l_arr_9[uint(15)];
const half l_359 = half(l_358);
buffer_2[l_357] = l_359;
}

}
