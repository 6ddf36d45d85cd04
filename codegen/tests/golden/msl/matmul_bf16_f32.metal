
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

float l_arr_287[4];

float l_arr_288[4];

float l_mut_17;
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
const uint l_13 = uint(0) + thread_pos_in_threadgroup.x;
const uint l_14 = l_13 / uint(32);
const uint l_15 = l_13 % uint(32);
const uint l_16 = l_mut_10 + l_15;
l_mut_17 = float(0.0);
const uint l_18 = l_2 + l_14;
const bool l_19 = l_18 < info.scalars_uint[1];
const bool l_20 = l_16 < info.scalars_uint[2];
const bool l_21 = l_19 && l_20;
if (l_21) {
const uint l_22 = l_18 * l_6;
const uint l_23 = l_16 / uint(1);
const uint l_24 = l_22 + l_23;
const uint l_25 = l_16 % uint(1);
const uint l_26 = l_24 * uint(2);
const uint l_27 = uint(0) + l_26;
const uint l_28 = l_27 / uint(4);
const uint l_29 = buffer_0[l_28];
const uint l_30 = l_27 % uint(4);
const uint l_31 = l_30 * uint(8);
const uint l_32 = l_29 >> l_31;
const uint l_33 = l_32 & uint(65535);
const uint l_34 = l_33 << uint(16);
const float l_35 = reinterpret_cast<thread float const&>(l_34);
const int l_36 = int(l_25);
l_mut_17 = l_35;
}
const uint l_37 = l_14 * uint(33);
const uint l_38 = l_37 + l_15;
shared_memory_7[l_38] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_39 = l_3 + l_14;
const bool l_40 = l_39 < l_1;
const bool l_41 = l_16 < info.scalars_uint[2];
const bool l_42 = l_40 && l_41;
if (l_42) {
const uint l_43 = l_39 * info.scalars_uint[2];
const uint l_44 = l_43 + l_16;
const float l_45 = buffer_1[l_44];
l_mut_17 = l_45;
}
const uint l_46 = l_14 * uint(33);
const uint l_47 = l_46 + l_15;
shared_memory_8[l_47] = l_mut_17;
const uint l_48 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_49 = l_48 / uint(32);
const uint l_50 = l_48 % uint(32);
const uint l_51 = l_mut_10 + l_50;
l_mut_17 = float(0.0);
const uint l_52 = l_2 + l_49;
const bool l_53 = l_52 < info.scalars_uint[1];
const bool l_54 = l_51 < info.scalars_uint[2];
const bool l_55 = l_53 && l_54;
if (l_55) {
const uint l_56 = l_52 * l_6;
const uint l_57 = l_51 / uint(1);
const uint l_58 = l_56 + l_57;
const uint l_59 = l_51 % uint(1);
const uint l_60 = l_58 * uint(2);
const uint l_61 = uint(0) + l_60;
const uint l_62 = l_61 / uint(4);
const uint l_63 = buffer_0[l_62];
const uint l_64 = l_61 % uint(4);
const uint l_65 = l_64 * uint(8);
const uint l_66 = l_63 >> l_65;
const uint l_67 = l_66 & uint(65535);
const uint l_68 = l_67 << uint(16);
const float l_69 = reinterpret_cast<thread float const&>(l_68);
const int l_70 = int(l_59);
l_mut_17 = l_69;
}
const uint l_71 = l_49 * uint(33);
const uint l_72 = l_71 + l_50;
shared_memory_7[l_72] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_73 = l_3 + l_49;
const bool l_74 = l_73 < l_1;
const bool l_75 = l_51 < info.scalars_uint[2];
const bool l_76 = l_74 && l_75;
if (l_76) {
const uint l_77 = l_73 * info.scalars_uint[2];
const uint l_78 = l_77 + l_51;
const float l_79 = buffer_1[l_78];
l_mut_17 = l_79;
}
const uint l_80 = l_49 * uint(33);
const uint l_81 = l_80 + l_50;
shared_memory_8[l_81] = l_mut_17;
const uint l_82 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_83 = l_82 / uint(32);
const uint l_84 = l_82 % uint(32);
const uint l_85 = l_mut_10 + l_84;
l_mut_17 = float(0.0);
const uint l_86 = l_2 + l_83;
const bool l_87 = l_86 < info.scalars_uint[1];
const bool l_88 = l_85 < info.scalars_uint[2];
const bool l_89 = l_87 && l_88;
if (l_89) {
const uint l_90 = l_86 * l_6;
const uint l_91 = l_85 / uint(1);
const uint l_92 = l_90 + l_91;
const uint l_93 = l_85 % uint(1);
const uint l_94 = l_92 * uint(2);
const uint l_95 = uint(0) + l_94;
const uint l_96 = l_95 / uint(4);
const uint l_97 = buffer_0[l_96];
const uint l_98 = l_95 % uint(4);
const uint l_99 = l_98 * uint(8);
const uint l_100 = l_97 >> l_99;
const uint l_101 = l_100 & uint(65535);
const uint l_102 = l_101 << uint(16);
const float l_103 = reinterpret_cast<thread float const&>(l_102);
const int l_104 = int(l_93);
l_mut_17 = l_103;
}
const uint l_105 = l_83 * uint(33);
const uint l_106 = l_105 + l_84;
shared_memory_7[l_106] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_107 = l_3 + l_83;
const bool l_108 = l_107 < l_1;
const bool l_109 = l_85 < info.scalars_uint[2];
const bool l_110 = l_108 && l_109;
if (l_110) {
const uint l_111 = l_107 * info.scalars_uint[2];
const uint l_112 = l_111 + l_85;
const float l_113 = buffer_1[l_112];
l_mut_17 = l_113;
}
const uint l_114 = l_83 * uint(33);
const uint l_115 = l_114 + l_84;
shared_memory_8[l_115] = l_mut_17;
const uint l_116 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_117 = l_116 / uint(32);
const uint l_118 = l_116 % uint(32);
const uint l_119 = l_mut_10 + l_118;
l_mut_17 = float(0.0);
const uint l_120 = l_2 + l_117;
const bool l_121 = l_120 < info.scalars_uint[1];
const bool l_122 = l_119 < info.scalars_uint[2];
const bool l_123 = l_121 && l_122;
if (l_123) {
const uint l_124 = l_120 * l_6;
const uint l_125 = l_119 / uint(1);
const uint l_126 = l_124 + l_125;
const uint l_127 = l_119 % uint(1);
const uint l_128 = l_126 * uint(2);
const uint l_129 = uint(0) + l_128;
const uint l_130 = l_129 / uint(4);
const uint l_131 = buffer_0[l_130];
const uint l_132 = l_129 % uint(4);
const uint l_133 = l_132 * uint(8);
const uint l_134 = l_131 >> l_133;
const uint l_135 = l_134 & uint(65535);
const uint l_136 = l_135 << uint(16);
const float l_137 = reinterpret_cast<thread float const&>(l_136);
const int l_138 = int(l_127);
l_mut_17 = l_137;
}
const uint l_139 = l_117 * uint(33);
const uint l_140 = l_139 + l_118;
shared_memory_7[l_140] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_141 = l_3 + l_117;
const bool l_142 = l_141 < l_1;
const bool l_143 = l_119 < info.scalars_uint[2];
const bool l_144 = l_142 && l_143;
if (l_144) {
const uint l_145 = l_141 * info.scalars_uint[2];
const uint l_146 = l_145 + l_119;
const float l_147 = buffer_1[l_146];
l_mut_17 = l_147;
}
const uint l_148 = l_117 * uint(33);
const uint l_149 = l_148 + l_118;
shared_memory_8[l_149] = l_mut_17;
const uint l_150 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_151 = l_150 / uint(32);
const uint l_152 = l_150 % uint(32);
const uint l_153 = l_mut_10 + l_152;
l_mut_17 = float(0.0);
const uint l_154 = l_2 + l_151;
const bool l_155 = l_154 < info.scalars_uint[1];
const bool l_156 = l_153 < info.scalars_uint[2];
const bool l_157 = l_155 && l_156;
if (l_157) {
const uint l_158 = l_154 * l_6;
const uint l_159 = l_153 / uint(1);
const uint l_160 = l_158 + l_159;
const uint l_161 = l_153 % uint(1);
const uint l_162 = l_160 * uint(2);
const uint l_163 = uint(0) + l_162;
const uint l_164 = l_163 / uint(4);
const uint l_165 = buffer_0[l_164];
const uint l_166 = l_163 % uint(4);
const uint l_167 = l_166 * uint(8);
const uint l_168 = l_165 >> l_167;
const uint l_169 = l_168 & uint(65535);
const uint l_170 = l_169 << uint(16);
const float l_171 = reinterpret_cast<thread float const&>(l_170);
const int l_172 = int(l_161);
l_mut_17 = l_171;
}
const uint l_173 = l_151 * uint(33);
const uint l_174 = l_173 + l_152;
shared_memory_7[l_174] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_175 = l_3 + l_151;
const bool l_176 = l_175 < l_1;
const bool l_177 = l_153 < info.scalars_uint[2];
const bool l_178 = l_176 && l_177;
if (l_178) {
const uint l_179 = l_175 * info.scalars_uint[2];
const uint l_180 = l_179 + l_153;
const float l_181 = buffer_1[l_180];
l_mut_17 = l_181;
}
const uint l_182 = l_151 * uint(33);
const uint l_183 = l_182 + l_152;
shared_memory_8[l_183] = l_mut_17;
const uint l_184 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_185 = l_184 / uint(32);
const uint l_186 = l_184 % uint(32);
const uint l_187 = l_mut_10 + l_186;
l_mut_17 = float(0.0);
const uint l_188 = l_2 + l_185;
const bool l_189 = l_188 < info.scalars_uint[1];
const bool l_190 = l_187 < info.scalars_uint[2];
const bool l_191 = l_189 && l_190;
if (l_191) {
const uint l_192 = l_188 * l_6;
const uint l_193 = l_187 / uint(1);
const uint l_194 = l_192 + l_193;
const uint l_195 = l_187 % uint(1);
const uint l_196 = l_194 * uint(2);
const uint l_197 = uint(0) + l_196;
const uint l_198 = l_197 / uint(4);
const uint l_199 = buffer_0[l_198];
const uint l_200 = l_197 % uint(4);
const uint l_201 = l_200 * uint(8);
const uint l_202 = l_199 >> l_201;
const uint l_203 = l_202 & uint(65535);
const uint l_204 = l_203 << uint(16);
const float l_205 = reinterpret_cast<thread float const&>(l_204);
const int l_206 = int(l_195);
l_mut_17 = l_205;
}
const uint l_207 = l_185 * uint(33);
const uint l_208 = l_207 + l_186;
shared_memory_7[l_208] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_209 = l_3 + l_185;
const bool l_210 = l_209 < l_1;
const bool l_211 = l_187 < info.scalars_uint[2];
const bool l_212 = l_210 && l_211;
if (l_212) {
const uint l_213 = l_209 * info.scalars_uint[2];
const uint l_214 = l_213 + l_187;
const float l_215 = buffer_1[l_214];
l_mut_17 = l_215;
}
const uint l_216 = l_185 * uint(33);
const uint l_217 = l_216 + l_186;
shared_memory_8[l_217] = l_mut_17;
const uint l_218 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_219 = l_218 / uint(32);
const uint l_220 = l_218 % uint(32);
const uint l_221 = l_mut_10 + l_220;
l_mut_17 = float(0.0);
const uint l_222 = l_2 + l_219;
const bool l_223 = l_222 < info.scalars_uint[1];
const bool l_224 = l_221 < info.scalars_uint[2];
const bool l_225 = l_223 && l_224;
if (l_225) {
const uint l_226 = l_222 * l_6;
const uint l_227 = l_221 / uint(1);
const uint l_228 = l_226 + l_227;
const uint l_229 = l_221 % uint(1);
const uint l_230 = l_228 * uint(2);
const uint l_231 = uint(0) + l_230;
const uint l_232 = l_231 / uint(4);
const uint l_233 = buffer_0[l_232];
const uint l_234 = l_231 % uint(4);
const uint l_235 = l_234 * uint(8);
const uint l_236 = l_233 >> l_235;
const uint l_237 = l_236 & uint(65535);
const uint l_238 = l_237 << uint(16);
const float l_239 = reinterpret_cast<thread float const&>(l_238);
const int l_240 = int(l_229);
l_mut_17 = l_239;
}
const uint l_241 = l_219 * uint(33);
const uint l_242 = l_241 + l_220;
shared_memory_7[l_242] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_243 = l_3 + l_219;
const bool l_244 = l_243 < l_1;
const bool l_245 = l_221 < info.scalars_uint[2];
const bool l_246 = l_244 && l_245;
if (l_246) {
const uint l_247 = l_243 * info.scalars_uint[2];
const uint l_248 = l_247 + l_221;
const float l_249 = buffer_1[l_248];
l_mut_17 = l_249;
}
const uint l_250 = l_219 * uint(33);
const uint l_251 = l_250 + l_220;
shared_memory_8[l_251] = l_mut_17;
const uint l_252 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_253 = l_252 / uint(32);
const uint l_254 = l_252 % uint(32);
const uint l_255 = l_mut_10 + l_254;
l_mut_17 = float(0.0);
const uint l_256 = l_2 + l_253;
const bool l_257 = l_256 < info.scalars_uint[1];
const bool l_258 = l_255 < info.scalars_uint[2];
const bool l_259 = l_257 && l_258;
if (l_259) {
const uint l_260 = l_256 * l_6;
const uint l_261 = l_255 / uint(1);
const uint l_262 = l_260 + l_261;
const uint l_263 = l_255 % uint(1);
const uint l_264 = l_262 * uint(2);
const uint l_265 = uint(0) + l_264;
const uint l_266 = l_265 / uint(4);
const uint l_267 = buffer_0[l_266];
const uint l_268 = l_265 % uint(4);
const uint l_269 = l_268 * uint(8);
const uint l_270 = l_267 >> l_269;
const uint l_271 = l_270 & uint(65535);
const uint l_272 = l_271 << uint(16);
const float l_273 = reinterpret_cast<thread float const&>(l_272);
const int l_274 = int(l_263);
l_mut_17 = l_273;
}
const uint l_275 = l_253 * uint(33);
const uint l_276 = l_275 + l_254;
shared_memory_7[l_276] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_277 = l_3 + l_253;
const bool l_278 = l_277 < l_1;
const bool l_279 = l_255 < info.scalars_uint[2];
const bool l_280 = l_278 && l_279;
if (l_280) {
const uint l_281 = l_277 * info.scalars_uint[2];
const uint l_282 = l_281 + l_255;
const float l_283 = buffer_1[l_282];
l_mut_17 = l_283;
}
const uint l_284 = l_253 * uint(33);
const uint l_285 = l_284 + l_254;
shared_memory_8[l_285] = l_mut_17;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_286 = uint(0); l_mut_286 < uint(32); ++l_mut_286) {
const uint l_289 = l_4 + uint(0);
const uint l_290 = l_289 * uint(33);
const uint l_291 = l_290 + l_mut_286;
const float l_292 = shared_memory_8[l_291];
l_arr_287[uint(0)] = l_292;
const uint l_293 = l_5 + uint(0);
const uint l_294 = l_293 * uint(33);
const uint l_295 = l_294 + l_mut_286;
const float l_296 = shared_memory_7[l_295];
l_arr_288[uint(0)] = l_296;
const uint l_297 = l_4 + uint(16);
const uint l_298 = l_297 * uint(33);
const uint l_299 = l_298 + l_mut_286;
const float l_300 = shared_memory_8[l_299];
l_arr_287[uint(1)] = l_300;
const uint l_301 = l_5 + uint(16);
const uint l_302 = l_301 * uint(33);
const uint l_303 = l_302 + l_mut_286;
const float l_304 = shared_memory_7[l_303];
l_arr_288[uint(1)] = l_304;
const uint l_305 = l_4 + uint(32);
const uint l_306 = l_305 * uint(33);
const uint l_307 = l_306 + l_mut_286;
const float l_308 = shared_memory_8[l_307];
l_arr_287[uint(2)] = l_308;
const uint l_309 = l_5 + uint(32);
const uint l_310 = l_309 * uint(33);
const uint l_311 = l_310 + l_mut_286;
const float l_312 = shared_memory_7[l_311];
l_arr_288[uint(2)] = l_312;
const uint l_313 = l_4 + uint(48);
const uint l_314 = l_313 * uint(33);
const uint l_315 = l_314 + l_mut_286;
const float l_316 = shared_memory_8[l_315];
l_arr_287[uint(3)] = l_316;
const uint l_317 = l_5 + uint(48);
const uint l_318 = l_317 * uint(33);
const uint l_319 = l_318 + l_mut_286;
const float l_320 = shared_memory_7[l_319];
l_arr_288[uint(3)] = l_320;
const float l_321 = l_arr_287[uint(0)];
const float l_322 = l_arr_288[uint(0)];
const float l_323 = l_321 * l_322;
const float l_324 = l_arr_9[uint(0)];
const float l_325 = l_324 + l_323;
l_arr_9[uint(0)] = l_325;
const float l_326 = l_arr_287[uint(0)];
const float l_327 = l_arr_288[uint(1)];
const float l_328 = l_326 * l_327;
const float l_329 = l_arr_9[uint(1)];
const float l_330 = l_329 + l_328;
l_arr_9[uint(1)] = l_330;
const float l_331 = l_arr_287[uint(0)];
const float l_332 = l_arr_288[uint(2)];
const float l_333 = l_331 * l_332;
const float l_334 = l_arr_9[uint(2)];
const float l_335 = l_334 + l_333;
l_arr_9[uint(2)] = l_335;
const float l_336 = l_arr_287[uint(0)];
const float l_337 = l_arr_288[uint(3)];
const float l_338 = l_336 * l_337;
const float l_339 = l_arr_9[uint(3)];
const float l_340 = l_339 + l_338;
l_arr_9[uint(3)] = l_340;
const float l_341 = l_arr_287[uint(1)];
const float l_342 = l_arr_288[uint(0)];
const float l_343 = l_341 * l_342;
const float l_344 = l_arr_9[uint(4)];
const float l_345 = l_344 + l_343;
l_arr_9[uint(4)] = l_345;
const float l_346 = l_arr_287[uint(1)];
const float l_347 = l_arr_288[uint(1)];
const float l_348 = l_346 * l_347;
const float l_349 = l_arr_9[uint(5)];
const float l_350 = l_349 + l_348;
l_arr_9[uint(5)] = l_350;
const float l_351 = l_arr_287[uint(1)];
const float l_352 = l_arr_288[uint(2)];
const float l_353 = l_351 * l_352;
const float l_354 = l_arr_9[uint(6)];
const float l_355 = l_354 + l_353;
l_arr_9[uint(6)] = l_355;
const float l_356 = l_arr_287[uint(1)];
const float l_357 = l_arr_288[uint(3)];
const float l_358 = l_356 * l_357;
const float l_359 = l_arr_9[uint(7)];
const float l_360 = l_359 + l_358;
l_arr_9[uint(7)] = l_360;
const float l_361 = l_arr_287[uint(2)];
const float l_362 = l_arr_288[uint(0)];
const float l_363 = l_361 * l_362;
const float l_364 = l_arr_9[uint(8)];
const float l_365 = l_364 + l_363;
l_arr_9[uint(8)] = l_365;
const float l_366 = l_arr_287[uint(2)];
const float l_367 = l_arr_288[uint(1)];
const float l_368 = l_366 * l_367;
const float l_369 = l_arr_9[uint(9)];
const float l_370 = l_369 + l_368;
l_arr_9[uint(9)] = l_370;
const float l_371 = l_arr_287[uint(2)];
const float l_372 = l_arr_288[uint(2)];
const float l_373 = l_371 * l_372;
const float l_374 = l_arr_9[uint(10)];
const float l_375 = l_374 + l_373;
l_arr_9[uint(10)] = l_375;
const float l_376 = l_arr_287[uint(2)];
const float l_377 = l_arr_288[uint(3)];
const float l_378 = l_376 * l_377;
const float l_379 = l_arr_9[uint(11)];
const float l_380 = l_379 + l_378;
l_arr_9[uint(11)] = l_380;
const float l_381 = l_arr_287[uint(3)];
const float l_382 = l_arr_288[uint(0)];
const float l_383 = l_381 * l_382;
const float l_384 = l_arr_9[uint(12)];
const float l_385 = l_384 + l_383;
l_arr_9[uint(12)] = l_385;
const float l_386 = l_arr_287[uint(3)];
const float l_387 = l_arr_288[uint(1)];
const float l_388 = l_386 * l_387;
const float l_389 = l_arr_9[uint(13)];
const float l_390 = l_389 + l_388;
l_arr_9[uint(13)] = l_390;
const float l_391 = l_arr_287[uint(3)];
const float l_392 = l_arr_288[uint(2)];
const float l_393 = l_391 * l_392;
const float l_394 = l_arr_9[uint(14)];
const float l_395 = l_394 + l_393;
l_arr_9[uint(14)] = l_395;
const float l_396 = l_arr_287[uint(3)];
const float l_397 = l_arr_288[uint(3)];
const float l_398 = l_396 * l_397;
const float l_399 = l_arr_9[uint(15)];
const float l_400 = l_399 + l_398;
l_arr_9[uint(15)] = l_400;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_401 = l_3 + l_4;
const uint l_402 = l_401 + uint(0);
const uint l_403 = l_2 + l_5;
const uint l_404 = l_403 + uint(0);
const bool l_405 = l_402 < l_1;
const bool l_406 = l_404 < info.scalars_uint[1];
const bool l_407 = l_405 && l_406;
if (l_407) {
const uint l_408 = l_402 * info.scalars_uint[1];
const uint l_409 = l_408 + l_404;
const float l_410 = l_arr_9[uint(0)];
buffer_2[l_409] = l_410;
}
const uint l_411 = l_3 + l_4;
const uint l_412 = l_411 + uint(0);
const uint l_413 = l_2 + l_5;
const uint l_414 = l_413 + uint(16);
const bool l_415 = l_412 < l_1;
const bool l_416 = l_414 < info.scalars_uint[1];
const bool l_417 = l_415 && l_416;
if (l_417) {
const uint l_418 = l_412 * info.scalars_uint[1];
const uint l_419 = l_418 + l_414;
const float l_420 = l_arr_9[uint(1)];
buffer_2[l_419] = l_420;
}
const uint l_421 = l_3 + l_4;
const uint l_422 = l_421 + uint(0);
const uint l_423 = l_2 + l_5;
const uint l_424 = l_423 + uint(32);
const bool l_425 = l_422 < l_1;
const bool l_426 = l_424 < info.scalars_uint[1];
const bool l_427 = l_425 && l_426;
if (l_427) {
const uint l_428 = l_422 * info.scalars_uint[1];
const uint l_429 = l_428 + l_424;
const float l_430 = l_arr_9[uint(2)];
buffer_2[l_429] = l_430;
}
const uint l_431 = l_3 + l_4;
const uint l_432 = l_431 + uint(0);
const uint l_433 = l_2 + l_5;
const uint l_434 = l_433 + uint(48);
const bool l_435 = l_432 < l_1;
const bool l_436 = l_434 < info.scalars_uint[1];
const bool l_437 = l_435 && l_436;
if (l_437) {
const uint l_438 = l_432 * info.scalars_uint[1];
const uint l_439 = l_438 + l_434;
const float l_440 = l_arr_9[uint(3)];
buffer_2[l_439] = l_440;
}
const uint l_441 = l_3 + l_4;
const uint l_442 = l_441 + uint(16);
const uint l_443 = l_2 + l_5;
const uint l_444 = l_443 + uint(0);
const bool l_445 = l_442 < l_1;
const bool l_446 = l_444 < info.scalars_uint[1];
const bool l_447 = l_445 && l_446;
if (l_447) {
const uint l_448 = l_442 * info.scalars_uint[1];
const uint l_449 = l_448 + l_444;
const float l_450 = l_arr_9[uint(4)];
buffer_2[l_449] = l_450;
}
const uint l_451 = l_3 + l_4;
const uint l_452 = l_451 + uint(16);
const uint l_453 = l_2 + l_5;
const uint l_454 = l_453 + uint(16);
const bool l_455 = l_452 < l_1;
const bool l_456 = l_454 < info.scalars_uint[1];
const bool l_457 = l_455 && l_456;
if (l_457) {
const uint l_458 = l_452 * info.scalars_uint[1];
const uint l_459 = l_458 + l_454;
const float l_460 = l_arr_9[uint(5)];
buffer_2[l_459] = l_460;
}
const uint l_461 = l_3 + l_4;
const uint l_462 = l_461 + uint(16);
const uint l_463 = l_2 + l_5;
const uint l_464 = l_463 + uint(32);
const bool l_465 = l_462 < l_1;
const bool l_466 = l_464 < info.scalars_uint[1];
const bool l_467 = l_465 && l_466;
if (l_467) {
const uint l_468 = l_462 * info.scalars_uint[1];
const uint l_469 = l_468 + l_464;
const float l_470 = l_arr_9[uint(6)];
buffer_2[l_469] = l_470;
}
const uint l_471 = l_3 + l_4;
const uint l_472 = l_471 + uint(16);
const uint l_473 = l_2 + l_5;
const uint l_474 = l_473 + uint(48);
const bool l_475 = l_472 < l_1;
const bool l_476 = l_474 < info.scalars_uint[1];
const bool l_477 = l_475 && l_476;
if (l_477) {
const uint l_478 = l_472 * info.scalars_uint[1];
const uint l_479 = l_478 + l_474;
const float l_480 = l_arr_9[uint(7)];
buffer_2[l_479] = l_480;
}
const uint l_481 = l_3 + l_4;
const uint l_482 = l_481 + uint(32);
const uint l_483 = l_2 + l_5;
const uint l_484 = l_483 + uint(0);
const bool l_485 = l_482 < l_1;
const bool l_486 = l_484 < info.scalars_uint[1];
const bool l_487 = l_485 && l_486;
if (l_487) {
const uint l_488 = l_482 * info.scalars_uint[1];
const uint l_489 = l_488 + l_484;
const float l_490 = l_arr_9[uint(8)];
buffer_2[l_489] = l_490;
}
const uint l_491 = l_3 + l_4;
const uint l_492 = l_491 + uint(32);
const uint l_493 = l_2 + l_5;
const uint l_494 = l_493 + uint(16);
const bool l_495 = l_492 < l_1;
const bool l_496 = l_494 < info.scalars_uint[1];
const bool l_497 = l_495 && l_496;
if (l_497) {
const uint l_498 = l_492 * info.scalars_uint[1];
const uint l_499 = l_498 + l_494;
const float l_500 = l_arr_9[uint(9)];
buffer_2[l_499] = l_500;
}
const uint l_501 = l_3 + l_4;
const uint l_502 = l_501 + uint(32);
const uint l_503 = l_2 + l_5;
const uint l_504 = l_503 + uint(32);
const bool l_505 = l_502 < l_1;
const bool l_506 = l_504 < info.scalars_uint[1];
const bool l_507 = l_505 && l_506;
if (l_507) {
const uint l_508 = l_502 * info.scalars_uint[1];
const uint l_509 = l_508 + l_504;
const float l_510 = l_arr_9[uint(10)];
buffer_2[l_509] = l_510;
}
const uint l_511 = l_3 + l_4;
const uint l_512 = l_511 + uint(32);
const uint l_513 = l_2 + l_5;
const uint l_514 = l_513 + uint(48);
const bool l_515 = l_512 < l_1;
const bool l_516 = l_514 < info.scalars_uint[1];
const bool l_517 = l_515 && l_516;
if (l_517) {
const uint l_518 = l_512 * info.scalars_uint[1];
const uint l_519 = l_518 + l_514;
const float l_520 = l_arr_9[uint(11)];
buffer_2[l_519] = l_520;
}
const uint l_521 = l_3 + l_4;
const uint l_522 = l_521 + uint(48);
const uint l_523 = l_2 + l_5;
const uint l_524 = l_523 + uint(0);
const bool l_525 = l_522 < l_1;
const bool l_526 = l_524 < info.scalars_uint[1];
const bool l_527 = l_525 && l_526;
if (l_527) {
const uint l_528 = l_522 * info.scalars_uint[1];
const uint l_529 = l_528 + l_524;
const float l_530 = l_arr_9[uint(12)];
buffer_2[l_529] = l_530;
}
const uint l_531 = l_3 + l_4;
const uint l_532 = l_531 + uint(48);
const uint l_533 = l_2 + l_5;
const uint l_534 = l_533 + uint(16);
const bool l_535 = l_532 < l_1;
const bool l_536 = l_534 < info.scalars_uint[1];
const bool l_537 = l_535 && l_536;
if (l_537) {
const uint l_538 = l_532 * info.scalars_uint[1];
const uint l_539 = l_538 + l_534;
const float l_540 = l_arr_9[uint(13)];
buffer_2[l_539] = l_540;
}
const uint l_541 = l_3 + l_4;
const uint l_542 = l_541 + uint(48);
const uint l_543 = l_2 + l_5;
const uint l_544 = l_543 + uint(32);
const bool l_545 = l_542 < l_1;
const bool l_546 = l_544 < info.scalars_uint[1];
const bool l_547 = l_545 && l_546;
if (l_547) {
const uint l_548 = l_542 * info.scalars_uint[1];
const uint l_549 = l_548 + l_544;
const float l_550 = l_arr_9[uint(14)];
buffer_2[l_549] = l_550;
}
const uint l_551 = l_3 + l_4;
const uint l_552 = l_551 + uint(48);
const uint l_553 = l_2 + l_5;
const uint l_554 = l_553 + uint(48);
const bool l_555 = l_552 < l_1;
const bool l_556 = l_554 < info.scalars_uint[1];
const bool l_557 = l_555 && l_556;
if (l_557) {
const uint l_558 = l_552 * info.scalars_uint[1];
const uint l_559 = l_558 + l_554;
const float l_560 = l_arr_9[uint(15)];
buffer_2[l_559] = l_560;
}

}
