
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

float l_arr_295[4];

float l_arr_296[4];

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
const half l_45 = buffer_1[l_44];
const float l_46 = float(l_45);
l_mut_17 = l_46;
}
const uint l_47 = l_14 * uint(33);
const uint l_48 = l_47 + l_15;
shared_memory_8[l_48] = l_mut_17;
const uint l_49 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_50 = l_49 / uint(32);
const uint l_51 = l_49 % uint(32);
const uint l_52 = l_mut_10 + l_51;
l_mut_17 = float(0.0);
const uint l_53 = l_2 + l_50;
const bool l_54 = l_53 < info.scalars_uint[1];
const bool l_55 = l_52 < info.scalars_uint[2];
const bool l_56 = l_54 && l_55;
if (l_56) {
const uint l_57 = l_53 * l_6;
const uint l_58 = l_52 / uint(1);
const uint l_59 = l_57 + l_58;
const uint l_60 = l_52 % uint(1);
const uint l_61 = l_59 * uint(2);
const uint l_62 = uint(0) + l_61;
const uint l_63 = l_62 / uint(4);
const uint l_64 = buffer_0[l_63];
const uint l_65 = l_62 % uint(4);
const uint l_66 = l_65 * uint(8);
const uint l_67 = l_64 >> l_66;
const uint l_68 = l_67 & uint(65535);
const uint l_69 = l_68 << uint(16);
const float l_70 = reinterpret_cast<thread float const&>(l_69);
const int l_71 = int(l_60);
l_mut_17 = l_70;
}
const uint l_72 = l_50 * uint(33);
const uint l_73 = l_72 + l_51;
shared_memory_7[l_73] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_74 = l_3 + l_50;
const bool l_75 = l_74 < l_1;
const bool l_76 = l_52 < info.scalars_uint[2];
const bool l_77 = l_75 && l_76;
if (l_77) {
const uint l_78 = l_74 * info.scalars_uint[2];
const uint l_79 = l_78 + l_52;
const half l_80 = buffer_1[l_79];
const float l_81 = float(l_80);
l_mut_17 = l_81;
}
const uint l_82 = l_50 * uint(33);
const uint l_83 = l_82 + l_51;
shared_memory_8[l_83] = l_mut_17;
const uint l_84 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_85 = l_84 / uint(32);
const uint l_86 = l_84 % uint(32);
const uint l_87 = l_mut_10 + l_86;
l_mut_17 = float(0.0);
const uint l_88 = l_2 + l_85;
const bool l_89 = l_88 < info.scalars_uint[1];
const bool l_90 = l_87 < info.scalars_uint[2];
const bool l_91 = l_89 && l_90;
if (l_91) {
const uint l_92 = l_88 * l_6;
const uint l_93 = l_87 / uint(1);
const uint l_94 = l_92 + l_93;
const uint l_95 = l_87 % uint(1);
const uint l_96 = l_94 * uint(2);
const uint l_97 = uint(0) + l_96;
const uint l_98 = l_97 / uint(4);
const uint l_99 = buffer_0[l_98];
const uint l_100 = l_97 % uint(4);
const uint l_101 = l_100 * uint(8);
const uint l_102 = l_99 >> l_101;
const uint l_103 = l_102 & uint(65535);
const uint l_104 = l_103 << uint(16);
const float l_105 = reinterpret_cast<thread float const&>(l_104);
const int l_106 = int(l_95);
l_mut_17 = l_105;
}
const uint l_107 = l_85 * uint(33);
const uint l_108 = l_107 + l_86;
shared_memory_7[l_108] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_109 = l_3 + l_85;
const bool l_110 = l_109 < l_1;
const bool l_111 = l_87 < info.scalars_uint[2];
const bool l_112 = l_110 && l_111;
if (l_112) {
const uint l_113 = l_109 * info.scalars_uint[2];
const uint l_114 = l_113 + l_87;
const half l_115 = buffer_1[l_114];
const float l_116 = float(l_115);
l_mut_17 = l_116;
}
const uint l_117 = l_85 * uint(33);
const uint l_118 = l_117 + l_86;
shared_memory_8[l_118] = l_mut_17;
const uint l_119 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_120 = l_119 / uint(32);
const uint l_121 = l_119 % uint(32);
const uint l_122 = l_mut_10 + l_121;
l_mut_17 = float(0.0);
const uint l_123 = l_2 + l_120;
const bool l_124 = l_123 < info.scalars_uint[1];
const bool l_125 = l_122 < info.scalars_uint[2];
const bool l_126 = l_124 && l_125;
if (l_126) {
const uint l_127 = l_123 * l_6;
const uint l_128 = l_122 / uint(1);
const uint l_129 = l_127 + l_128;
const uint l_130 = l_122 % uint(1);
const uint l_131 = l_129 * uint(2);
const uint l_132 = uint(0) + l_131;
const uint l_133 = l_132 / uint(4);
const uint l_134 = buffer_0[l_133];
const uint l_135 = l_132 % uint(4);
const uint l_136 = l_135 * uint(8);
const uint l_137 = l_134 >> l_136;
const uint l_138 = l_137 & uint(65535);
const uint l_139 = l_138 << uint(16);
const float l_140 = reinterpret_cast<thread float const&>(l_139);
const int l_141 = int(l_130);
l_mut_17 = l_140;
}
const uint l_142 = l_120 * uint(33);
const uint l_143 = l_142 + l_121;
shared_memory_7[l_143] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_144 = l_3 + l_120;
const bool l_145 = l_144 < l_1;
const bool l_146 = l_122 < info.scalars_uint[2];
const bool l_147 = l_145 && l_146;
if (l_147) {
const uint l_148 = l_144 * info.scalars_uint[2];
const uint l_149 = l_148 + l_122;
const half l_150 = buffer_1[l_149];
const float l_151 = float(l_150);
l_mut_17 = l_151;
}
const uint l_152 = l_120 * uint(33);
const uint l_153 = l_152 + l_121;
shared_memory_8[l_153] = l_mut_17;
const uint l_154 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_155 = l_154 / uint(32);
const uint l_156 = l_154 % uint(32);
const uint l_157 = l_mut_10 + l_156;
l_mut_17 = float(0.0);
const uint l_158 = l_2 + l_155;
const bool l_159 = l_158 < info.scalars_uint[1];
const bool l_160 = l_157 < info.scalars_uint[2];
const bool l_161 = l_159 && l_160;
if (l_161) {
const uint l_162 = l_158 * l_6;
const uint l_163 = l_157 / uint(1);
const uint l_164 = l_162 + l_163;
const uint l_165 = l_157 % uint(1);
const uint l_166 = l_164 * uint(2);
const uint l_167 = uint(0) + l_166;
const uint l_168 = l_167 / uint(4);
const uint l_169 = buffer_0[l_168];
const uint l_170 = l_167 % uint(4);
const uint l_171 = l_170 * uint(8);
const uint l_172 = l_169 >> l_171;
const uint l_173 = l_172 & uint(65535);
const uint l_174 = l_173 << uint(16);
const float l_175 = reinterpret_cast<thread float const&>(l_174);
const int l_176 = int(l_165);
l_mut_17 = l_175;
}
const uint l_177 = l_155 * uint(33);
const uint l_178 = l_177 + l_156;
shared_memory_7[l_178] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_179 = l_3 + l_155;
const bool l_180 = l_179 < l_1;
const bool l_181 = l_157 < info.scalars_uint[2];
const bool l_182 = l_180 && l_181;
if (l_182) {
const uint l_183 = l_179 * info.scalars_uint[2];
const uint l_184 = l_183 + l_157;
const half l_185 = buffer_1[l_184];
const float l_186 = float(l_185);
l_mut_17 = l_186;
}
const uint l_187 = l_155 * uint(33);
const uint l_188 = l_187 + l_156;
shared_memory_8[l_188] = l_mut_17;
const uint l_189 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_190 = l_189 / uint(32);
const uint l_191 = l_189 % uint(32);
const uint l_192 = l_mut_10 + l_191;
l_mut_17 = float(0.0);
const uint l_193 = l_2 + l_190;
const bool l_194 = l_193 < info.scalars_uint[1];
const bool l_195 = l_192 < info.scalars_uint[2];
const bool l_196 = l_194 && l_195;
if (l_196) {
const uint l_197 = l_193 * l_6;
const uint l_198 = l_192 / uint(1);
const uint l_199 = l_197 + l_198;
const uint l_200 = l_192 % uint(1);
const uint l_201 = l_199 * uint(2);
const uint l_202 = uint(0) + l_201;
const uint l_203 = l_202 / uint(4);
const uint l_204 = buffer_0[l_203];
const uint l_205 = l_202 % uint(4);
const uint l_206 = l_205 * uint(8);
const uint l_207 = l_204 >> l_206;
const uint l_208 = l_207 & uint(65535);
const uint l_209 = l_208 << uint(16);
const float l_210 = reinterpret_cast<thread float const&>(l_209);
const int l_211 = int(l_200);
l_mut_17 = l_210;
}
const uint l_212 = l_190 * uint(33);
const uint l_213 = l_212 + l_191;
shared_memory_7[l_213] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_214 = l_3 + l_190;
const bool l_215 = l_214 < l_1;
const bool l_216 = l_192 < info.scalars_uint[2];
const bool l_217 = l_215 && l_216;
if (l_217) {
const uint l_218 = l_214 * info.scalars_uint[2];
const uint l_219 = l_218 + l_192;
const half l_220 = buffer_1[l_219];
const float l_221 = float(l_220);
l_mut_17 = l_221;
}
const uint l_222 = l_190 * uint(33);
const uint l_223 = l_222 + l_191;
shared_memory_8[l_223] = l_mut_17;
const uint l_224 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_225 = l_224 / uint(32);
const uint l_226 = l_224 % uint(32);
const uint l_227 = l_mut_10 + l_226;
l_mut_17 = float(0.0);
const uint l_228 = l_2 + l_225;
const bool l_229 = l_228 < info.scalars_uint[1];
const bool l_230 = l_227 < info.scalars_uint[2];
const bool l_231 = l_229 && l_230;
if (l_231) {
const uint l_232 = l_228 * l_6;
const uint l_233 = l_227 / uint(1);
const uint l_234 = l_232 + l_233;
const uint l_235 = l_227 % uint(1);
const uint l_236 = l_234 * uint(2);
const uint l_237 = uint(0) + l_236;
const uint l_238 = l_237 / uint(4);
const uint l_239 = buffer_0[l_238];
const uint l_240 = l_237 % uint(4);
const uint l_241 = l_240 * uint(8);
const uint l_242 = l_239 >> l_241;
const uint l_243 = l_242 & uint(65535);
const uint l_244 = l_243 << uint(16);
const float l_245 = reinterpret_cast<thread float const&>(l_244);
const int l_246 = int(l_235);
l_mut_17 = l_245;
}
const uint l_247 = l_225 * uint(33);
const uint l_248 = l_247 + l_226;
shared_memory_7[l_248] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_249 = l_3 + l_225;
const bool l_250 = l_249 < l_1;
const bool l_251 = l_227 < info.scalars_uint[2];
const bool l_252 = l_250 && l_251;
if (l_252) {
const uint l_253 = l_249 * info.scalars_uint[2];
const uint l_254 = l_253 + l_227;
const half l_255 = buffer_1[l_254];
const float l_256 = float(l_255);
l_mut_17 = l_256;
}
const uint l_257 = l_225 * uint(33);
const uint l_258 = l_257 + l_226;
shared_memory_8[l_258] = l_mut_17;
const uint l_259 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_260 = l_259 / uint(32);
const uint l_261 = l_259 % uint(32);
const uint l_262 = l_mut_10 + l_261;
l_mut_17 = float(0.0);
const uint l_263 = l_2 + l_260;
const bool l_264 = l_263 < info.scalars_uint[1];
const bool l_265 = l_262 < info.scalars_uint[2];
const bool l_266 = l_264 && l_265;
if (l_266) {
const uint l_267 = l_263 * l_6;
const uint l_268 = l_262 / uint(1);
const uint l_269 = l_267 + l_268;
const uint l_270 = l_262 % uint(1);
const uint l_271 = l_269 * uint(2);
const uint l_272 = uint(0) + l_271;
const uint l_273 = l_272 / uint(4);
const uint l_274 = buffer_0[l_273];
const uint l_275 = l_272 % uint(4);
const uint l_276 = l_275 * uint(8);
const uint l_277 = l_274 >> l_276;
const uint l_278 = l_277 & uint(65535);
const uint l_279 = l_278 << uint(16);
const float l_280 = reinterpret_cast<thread float const&>(l_279);
const int l_281 = int(l_270);
l_mut_17 = l_280;
}
const uint l_282 = l_260 * uint(33);
const uint l_283 = l_282 + l_261;
shared_memory_7[l_283] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_284 = l_3 + l_260;
const bool l_285 = l_284 < l_1;
const bool l_286 = l_262 < info.scalars_uint[2];
const bool l_287 = l_285 && l_286;
if (l_287) {
const uint l_288 = l_284 * info.scalars_uint[2];
const uint l_289 = l_288 + l_262;
const half l_290 = buffer_1[l_289];
const float l_291 = float(l_290);
l_mut_17 = l_291;
}
const uint l_292 = l_260 * uint(33);
const uint l_293 = l_292 + l_261;
shared_memory_8[l_293] = l_mut_17;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_294 = uint(0); l_mut_294 < uint(32); ++l_mut_294) {
const uint l_297 = l_4 + uint(0);
const uint l_298 = l_297 * uint(33);
const uint l_299 = l_298 + l_mut_294;
const float l_300 = shared_memory_8[l_299];
l_arr_295[uint(0)] = l_300;
const uint l_301 = l_5 + uint(0);
const uint l_302 = l_301 * uint(33);
const uint l_303 = l_302 + l_mut_294;
const float l_304 = shared_memory_7[l_303];
l_arr_296[uint(0)] = l_304;
const uint l_305 = l_4 + uint(16);
const uint l_306 = l_305 * uint(33);
const uint l_307 = l_306 + l_mut_294;
const float l_308 = shared_memory_8[l_307];
l_arr_295[uint(1)] = l_308;
const uint l_309 = l_5 + uint(16);
const uint l_310 = l_309 * uint(33);
const uint l_311 = l_310 + l_mut_294;
const float l_312 = shared_memory_7[l_311];
l_arr_296[uint(1)] = l_312;
const uint l_313 = l_4 + uint(32);
const uint l_314 = l_313 * uint(33);
const uint l_315 = l_314 + l_mut_294;
const float l_316 = shared_memory_8[l_315];
l_arr_295[uint(2)] = l_316;
const uint l_317 = l_5 + uint(32);
const uint l_318 = l_317 * uint(33);
const uint l_319 = l_318 + l_mut_294;
const float l_320 = shared_memory_7[l_319];
l_arr_296[uint(2)] = l_320;
const uint l_321 = l_4 + uint(48);
const uint l_322 = l_321 * uint(33);
const uint l_323 = l_322 + l_mut_294;
const float l_324 = shared_memory_8[l_323];
l_arr_295[uint(3)] = l_324;
const uint l_325 = l_5 + uint(48);
const uint l_326 = l_325 * uint(33);
const uint l_327 = l_326 + l_mut_294;
const float l_328 = shared_memory_7[l_327];
l_arr_296[uint(3)] = l_328;
const float l_329 = l_arr_295[uint(0)];
const float l_330 = l_arr_296[uint(0)];
const float l_331 = l_329 * l_330;
const float l_332 = l_arr_9[uint(0)];
const float l_333 = l_332 + l_331;
l_arr_9[uint(0)] = l_333;
const float l_334 = l_arr_295[uint(0)];
const float l_335 = l_arr_296[uint(1)];
const float l_336 = l_334 * l_335;
const float l_337 = l_arr_9[uint(1)];
const float l_338 = l_337 + l_336;
l_arr_9[uint(1)] = l_338;
const float l_339 = l_arr_295[uint(0)];
const float l_340 = l_arr_296[uint(2)];
const float l_341 = l_339 * l_340;
const float l_342 = l_arr_9[uint(2)];
const float l_343 = l_342 + l_341;
l_arr_9[uint(2)] = l_343;
const float l_344 = l_arr_295[uint(0)];
const float l_345 = l_arr_296[uint(3)];
const float l_346 = l_344 * l_345;
const float l_347 = l_arr_9[uint(3)];
const float l_348 = l_347 + l_346;
l_arr_9[uint(3)] = l_348;
const float l_349 = l_arr_295[uint(1)];
const float l_350 = l_arr_296[uint(0)];
const float l_351 = l_349 * l_350;
const float l_352 = l_arr_9[uint(4)];
const float l_353 = l_352 + l_351;
l_arr_9[uint(4)] = l_353;
const float l_354 = l_arr_295[uint(1)];
const float l_355 = l_arr_296[uint(1)];
const float l_356 = l_354 * l_355;
const float l_357 = l_arr_9[uint(5)];
const float l_358 = l_357 + l_356;
l_arr_9[uint(5)] = l_358;
const float l_359 = l_arr_295[uint(1)];
const float l_360 = l_arr_296[uint(2)];
const float l_361 = l_359 * l_360;
const float l_362 = l_arr_9[uint(6)];
const float l_363 = l_362 + l_361;
l_arr_9[uint(6)] = l_363;
const float l_364 = l_arr_295[uint(1)];
const float l_365 = l_arr_296[uint(3)];
const float l_366 = l_364 * l_365;
const float l_367 = l_arr_9[uint(7)];
const float l_368 = l_367 + l_366;
l_arr_9[uint(7)] = l_368;
const float l_369 = l_arr_295[uint(2)];
const float l_370 = l_arr_296[uint(0)];
const float l_371 = l_369 * l_370;
const float l_372 = l_arr_9[uint(8)];
const float l_373 = l_372 + l_371;
l_arr_9[uint(8)] = l_373;
const float l_374 = l_arr_295[uint(2)];
const float l_375 = l_arr_296[uint(1)];
const float l_376 = l_374 * l_375;
const float l_377 = l_arr_9[uint(9)];
const float l_378 = l_377 + l_376;
l_arr_9[uint(9)] = l_378;
const float l_379 = l_arr_295[uint(2)];
const float l_380 = l_arr_296[uint(2)];
const float l_381 = l_379 * l_380;
const float l_382 = l_arr_9[uint(10)];
const float l_383 = l_382 + l_381;
l_arr_9[uint(10)] = l_383;
const float l_384 = l_arr_295[uint(2)];
const float l_385 = l_arr_296[uint(3)];
const float l_386 = l_384 * l_385;
const float l_387 = l_arr_9[uint(11)];
const float l_388 = l_387 + l_386;
l_arr_9[uint(11)] = l_388;
const float l_389 = l_arr_295[uint(3)];
const float l_390 = l_arr_296[uint(0)];
const float l_391 = l_389 * l_390;
const float l_392 = l_arr_9[uint(12)];
const float l_393 = l_392 + l_391;
l_arr_9[uint(12)] = l_393;
const float l_394 = l_arr_295[uint(3)];
const float l_395 = l_arr_296[uint(1)];
const float l_396 = l_394 * l_395;
const float l_397 = l_arr_9[uint(13)];
const float l_398 = l_397 + l_396;
l_arr_9[uint(13)] = l_398;
const float l_399 = l_arr_295[uint(3)];
const float l_400 = l_arr_296[uint(2)];
const float l_401 = l_399 * l_400;
const float l_402 = l_arr_9[uint(14)];
const float l_403 = l_402 + l_401;
l_arr_9[uint(14)] = l_403;
const float l_404 = l_arr_295[uint(3)];
const float l_405 = l_arr_296[uint(3)];
const float l_406 = l_404 * l_405;
const float l_407 = l_arr_9[uint(15)];
const float l_408 = l_407 + l_406;
l_arr_9[uint(15)] = l_408;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_409 = l_3 + l_4;
const uint l_410 = l_409 + uint(0);
const uint l_411 = l_2 + l_5;
const uint l_412 = l_411 + uint(0);
const bool l_413 = l_410 < l_1;
const bool l_414 = l_412 < info.scalars_uint[1];
const bool l_415 = l_413 && l_414;
if (l_415) {
const uint l_416 = l_410 * info.scalars_uint[1];
const uint l_417 = l_416 + l_412;
const float l_418 = l_arr_9[uint(0)];
const half l_419 = half(l_418);
buffer_2[l_417] = l_419;
}
const uint l_420 = l_3 + l_4;
const uint l_421 = l_420 + uint(0);
const uint l_422 = l_2 + l_5;
const uint l_423 = l_422 + uint(16);
const bool l_424 = l_421 < l_1;
const bool l_425 = l_423 < info.scalars_uint[1];
const bool l_426 = l_424 && l_425;
if (l_426) {
const uint l_427 = l_421 * info.scalars_uint[1];
const uint l_428 = l_427 + l_423;
const float l_429 = l_arr_9[uint(1)];
const half l_430 = half(l_429);
buffer_2[l_428] = l_430;
}
const uint l_431 = l_3 + l_4;
const uint l_432 = l_431 + uint(0);
const uint l_433 = l_2 + l_5;
const uint l_434 = l_433 + uint(32);
const bool l_435 = l_432 < l_1;
const bool l_436 = l_434 < info.scalars_uint[1];
const bool l_437 = l_435 && l_436;
if (l_437) {
const uint l_438 = l_432 * info.scalars_uint[1];
const uint l_439 = l_438 + l_434;
const float l_440 = l_arr_9[uint(2)];
const half l_441 = half(l_440);
buffer_2[l_439] = l_441;
}
const uint l_442 = l_3 + l_4;
const uint l_443 = l_442 + uint(0);
const uint l_444 = l_2 + l_5;
const uint l_445 = l_444 + uint(48);
const bool l_446 = l_443 < l_1;
const bool l_447 = l_445 < info.scalars_uint[1];
const bool l_448 = l_446 && l_447;
if (l_448) {
const uint l_449 = l_443 * info.scalars_uint[1];
const uint l_450 = l_449 + l_445;
const float l_451 = l_arr_9[uint(3)];
const half l_452 = half(l_451);
buffer_2[l_450] = l_452;
}
const uint l_453 = l_3 + l_4;
const uint l_454 = l_453 + uint(16);
const uint l_455 = l_2 + l_5;
const uint l_456 = l_455 + uint(0);
const bool l_457 = l_454 < l_1;
const bool l_458 = l_456 < info.scalars_uint[1];
const bool l_459 = l_457 && l_458;
if (l_459) {
const uint l_460 = l_454 * info.scalars_uint[1];
const uint l_461 = l_460 + l_456;
const float l_462 = l_arr_9[uint(4)];
const half l_463 = half(l_462);
buffer_2[l_461] = l_463;
}
const uint l_464 = l_3 + l_4;
const uint l_465 = l_464 + uint(16);
const uint l_466 = l_2 + l_5;
const uint l_467 = l_466 + uint(16);
const bool l_468 = l_465 < l_1;
const bool l_469 = l_467 < info.scalars_uint[1];
const bool l_470 = l_468 && l_469;
if (l_470) {
const uint l_471 = l_465 * info.scalars_uint[1];
const uint l_472 = l_471 + l_467;
const float l_473 = l_arr_9[uint(5)];
const half l_474 = half(l_473);
buffer_2[l_472] = l_474;
}
const uint l_475 = l_3 + l_4;
const uint l_476 = l_475 + uint(16);
const uint l_477 = l_2 + l_5;
const uint l_478 = l_477 + uint(32);
const bool l_479 = l_476 < l_1;
const bool l_480 = l_478 < info.scalars_uint[1];
const bool l_481 = l_479 && l_480;
if (l_481) {
const uint l_482 = l_476 * info.scalars_uint[1];
const uint l_483 = l_482 + l_478;
const float l_484 = l_arr_9[uint(6)];
const half l_485 = half(l_484);
buffer_2[l_483] = l_485;
}
const uint l_486 = l_3 + l_4;
const uint l_487 = l_486 + uint(16);
const uint l_488 = l_2 + l_5;
const uint l_489 = l_488 + uint(48);
const bool l_490 = l_487 < l_1;
const bool l_491 = l_489 < info.scalars_uint[1];
const bool l_492 = l_490 && l_491;
if (l_492) {
const uint l_493 = l_487 * info.scalars_uint[1];
const uint l_494 = l_493 + l_489;
const float l_495 = l_arr_9[uint(7)];
const half l_496 = half(l_495);
buffer_2[l_494] = l_496;
}
const uint l_497 = l_3 + l_4;
const uint l_498 = l_497 + uint(32);
const uint l_499 = l_2 + l_5;
const uint l_500 = l_499 + uint(0);
const bool l_501 = l_498 < l_1;
const bool l_502 = l_500 < info.scalars_uint[1];
const bool l_503 = l_501 && l_502;
if (l_503) {
const uint l_504 = l_498 * info.scalars_uint[1];
const uint l_505 = l_504 + l_500;
const float l_506 = l_arr_9[uint(8)];
const half l_507 = half(l_506);
buffer_2[l_505] = l_507;
}
const uint l_508 = l_3 + l_4;
const uint l_509 = l_508 + uint(32);
const uint l_510 = l_2 + l_5;
const uint l_511 = l_510 + uint(16);
const bool l_512 = l_509 < l_1;
const bool l_513 = l_511 < info.scalars_uint[1];
const bool l_514 = l_512 && l_513;
if (l_514) {
const uint l_515 = l_509 * info.scalars_uint[1];
const uint l_516 = l_515 + l_511;
const float l_517 = l_arr_9[uint(9)];
const half l_518 = half(l_517);
buffer_2[l_516] = l_518;
}
const uint l_519 = l_3 + l_4;
const uint l_520 = l_519 + uint(32);
const uint l_521 = l_2 + l_5;
const uint l_522 = l_521 + uint(32);
const bool l_523 = l_520 < l_1;
const bool l_524 = l_522 < info.scalars_uint[1];
const bool l_525 = l_523 && l_524;
if (l_525) {
const uint l_526 = l_520 * info.scalars_uint[1];
const uint l_527 = l_526 + l_522;
const float l_528 = l_arr_9[uint(10)];
const half l_529 = half(l_528);
buffer_2[l_527] = l_529;
}
const uint l_530 = l_3 + l_4;
const uint l_531 = l_530 + uint(32);
const uint l_532 = l_2 + l_5;
const uint l_533 = l_532 + uint(48);
const bool l_534 = l_531 < l_1;
const bool l_535 = l_533 < info.scalars_uint[1];
const bool l_536 = l_534 && l_535;
if (l_536) {
const uint l_537 = l_531 * info.scalars_uint[1];
const uint l_538 = l_537 + l_533;
const float l_539 = l_arr_9[uint(11)];
const half l_540 = half(l_539);
buffer_2[l_538] = l_540;
}
const uint l_541 = l_3 + l_4;
const uint l_542 = l_541 + uint(48);
const uint l_543 = l_2 + l_5;
const uint l_544 = l_543 + uint(0);
const bool l_545 = l_542 < l_1;
const bool l_546 = l_544 < info.scalars_uint[1];
const bool l_547 = l_545 && l_546;
if (l_547) {
const uint l_548 = l_542 * info.scalars_uint[1];
const uint l_549 = l_548 + l_544;
const float l_550 = l_arr_9[uint(12)];
const half l_551 = half(l_550);
buffer_2[l_549] = l_551;
}
const uint l_552 = l_3 + l_4;
const uint l_553 = l_552 + uint(48);
const uint l_554 = l_2 + l_5;
const uint l_555 = l_554 + uint(16);
const bool l_556 = l_553 < l_1;
const bool l_557 = l_555 < info.scalars_uint[1];
const bool l_558 = l_556 && l_557;
if (l_558) {
const uint l_559 = l_553 * info.scalars_uint[1];
const uint l_560 = l_559 + l_555;
const float l_561 = l_arr_9[uint(13)];
const half l_562 = half(l_561);
buffer_2[l_560] = l_562;
}
const uint l_563 = l_3 + l_4;
const uint l_564 = l_563 + uint(48);
const uint l_565 = l_2 + l_5;
const uint l_566 = l_565 + uint(32);
const bool l_567 = l_564 < l_1;
const bool l_568 = l_566 < info.scalars_uint[1];
const bool l_569 = l_567 && l_568;
if (l_569) {
const uint l_570 = l_564 * info.scalars_uint[1];
const uint l_571 = l_570 + l_566;
const float l_572 = l_arr_9[uint(14)];
const half l_573 = half(l_572);
buffer_2[l_571] = l_573;
}
const uint l_574 = l_3 + l_4;
const uint l_575 = l_574 + uint(48);
const uint l_576 = l_2 + l_5;
const uint l_577 = l_576 + uint(48);
const bool l_578 = l_575 < l_1;
const bool l_579 = l_577 < info.scalars_uint[1];
const bool l_580 = l_578 && l_579;
if (l_580) {
const uint l_581 = l_575 * info.scalars_uint[1];
const uint l_582 = l_581 + l_577;
const float l_583 = l_arr_9[uint(15)];
const half l_584 = half(l_583);
buffer_2[l_582] = l_584;
}

}
