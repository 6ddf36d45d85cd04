
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

float l_arr_255[4];

float l_arr_256[4];

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
const uint l_26 = l_24 * uint(4);
const uint l_27 = uint(0) + l_26;
const uint l_28 = l_27 / uint(4);
const uint l_29 = buffer_0[l_28];
const float l_30 = reinterpret_cast<thread float const&>(l_29);
const int l_31 = int(l_25);
l_mut_17 = l_30;
}
const uint l_32 = l_14 * uint(33);
const uint l_33 = l_32 + l_15;
shared_memory_7[l_33] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_34 = l_3 + l_14;
const bool l_35 = l_34 < l_1;
const bool l_36 = l_16 < info.scalars_uint[2];
const bool l_37 = l_35 && l_36;
if (l_37) {
const uint l_38 = l_34 * info.scalars_uint[2];
const uint l_39 = l_38 + l_16;
const half l_40 = buffer_1[l_39];
const float l_41 = float(l_40);
l_mut_17 = l_41;
}
const uint l_42 = l_14 * uint(33);
const uint l_43 = l_42 + l_15;
shared_memory_8[l_43] = l_mut_17;
const uint l_44 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_45 = l_44 / uint(32);
const uint l_46 = l_44 % uint(32);
const uint l_47 = l_mut_10 + l_46;
l_mut_17 = float(0.0);
const uint l_48 = l_2 + l_45;
const bool l_49 = l_48 < info.scalars_uint[1];
const bool l_50 = l_47 < info.scalars_uint[2];
const bool l_51 = l_49 && l_50;
if (l_51) {
const uint l_52 = l_48 * l_6;
const uint l_53 = l_47 / uint(1);
const uint l_54 = l_52 + l_53;
const uint l_55 = l_47 % uint(1);
const uint l_56 = l_54 * uint(4);
const uint l_57 = uint(0) + l_56;
const uint l_58 = l_57 / uint(4);
const uint l_59 = buffer_0[l_58];
const float l_60 = reinterpret_cast<thread float const&>(l_59);
const int l_61 = int(l_55);
l_mut_17 = l_60;
}
const uint l_62 = l_45 * uint(33);
const uint l_63 = l_62 + l_46;
shared_memory_7[l_63] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_64 = l_3 + l_45;
const bool l_65 = l_64 < l_1;
const bool l_66 = l_47 < info.scalars_uint[2];
const bool l_67 = l_65 && l_66;
if (l_67) {
const uint l_68 = l_64 * info.scalars_uint[2];
const uint l_69 = l_68 + l_47;
const half l_70 = buffer_1[l_69];
const float l_71 = float(l_70);
l_mut_17 = l_71;
}
const uint l_72 = l_45 * uint(33);
const uint l_73 = l_72 + l_46;
shared_memory_8[l_73] = l_mut_17;
const uint l_74 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_75 = l_74 / uint(32);
const uint l_76 = l_74 % uint(32);
const uint l_77 = l_mut_10 + l_76;
l_mut_17 = float(0.0);
const uint l_78 = l_2 + l_75;
const bool l_79 = l_78 < info.scalars_uint[1];
const bool l_80 = l_77 < info.scalars_uint[2];
const bool l_81 = l_79 && l_80;
if (l_81) {
const uint l_82 = l_78 * l_6;
const uint l_83 = l_77 / uint(1);
const uint l_84 = l_82 + l_83;
const uint l_85 = l_77 % uint(1);
const uint l_86 = l_84 * uint(4);
const uint l_87 = uint(0) + l_86;
const uint l_88 = l_87 / uint(4);
const uint l_89 = buffer_0[l_88];
const float l_90 = reinterpret_cast<thread float const&>(l_89);
const int l_91 = int(l_85);
l_mut_17 = l_90;
}
const uint l_92 = l_75 * uint(33);
const uint l_93 = l_92 + l_76;
shared_memory_7[l_93] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_94 = l_3 + l_75;
const bool l_95 = l_94 < l_1;
const bool l_96 = l_77 < info.scalars_uint[2];
const bool l_97 = l_95 && l_96;
if (l_97) {
const uint l_98 = l_94 * info.scalars_uint[2];
const uint l_99 = l_98 + l_77;
const half l_100 = buffer_1[l_99];
const float l_101 = float(l_100);
l_mut_17 = l_101;
}
const uint l_102 = l_75 * uint(33);
const uint l_103 = l_102 + l_76;
shared_memory_8[l_103] = l_mut_17;
const uint l_104 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_105 = l_104 / uint(32);
const uint l_106 = l_104 % uint(32);
const uint l_107 = l_mut_10 + l_106;
l_mut_17 = float(0.0);
const uint l_108 = l_2 + l_105;
const bool l_109 = l_108 < info.scalars_uint[1];
const bool l_110 = l_107 < info.scalars_uint[2];
const bool l_111 = l_109 && l_110;
if (l_111) {
const uint l_112 = l_108 * l_6;
const uint l_113 = l_107 / uint(1);
const uint l_114 = l_112 + l_113;
const uint l_115 = l_107 % uint(1);
const uint l_116 = l_114 * uint(4);
const uint l_117 = uint(0) + l_116;
const uint l_118 = l_117 / uint(4);
const uint l_119 = buffer_0[l_118];
const float l_120 = reinterpret_cast<thread float const&>(l_119);
const int l_121 = int(l_115);
l_mut_17 = l_120;
}
const uint l_122 = l_105 * uint(33);
const uint l_123 = l_122 + l_106;
shared_memory_7[l_123] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_124 = l_3 + l_105;
const bool l_125 = l_124 < l_1;
const bool l_126 = l_107 < info.scalars_uint[2];
const bool l_127 = l_125 && l_126;
if (l_127) {
const uint l_128 = l_124 * info.scalars_uint[2];
const uint l_129 = l_128 + l_107;
const half l_130 = buffer_1[l_129];
const float l_131 = float(l_130);
l_mut_17 = l_131;
}
const uint l_132 = l_105 * uint(33);
const uint l_133 = l_132 + l_106;
shared_memory_8[l_133] = l_mut_17;
const uint l_134 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_135 = l_134 / uint(32);
const uint l_136 = l_134 % uint(32);
const uint l_137 = l_mut_10 + l_136;
l_mut_17 = float(0.0);
const uint l_138 = l_2 + l_135;
const bool l_139 = l_138 < info.scalars_uint[1];
const bool l_140 = l_137 < info.scalars_uint[2];
const bool l_141 = l_139 && l_140;
if (l_141) {
const uint l_142 = l_138 * l_6;
const uint l_143 = l_137 / uint(1);
const uint l_144 = l_142 + l_143;
const uint l_145 = l_137 % uint(1);
const uint l_146 = l_144 * uint(4);
const uint l_147 = uint(0) + l_146;
const uint l_148 = l_147 / uint(4);
const uint l_149 = buffer_0[l_148];
const float l_150 = reinterpret_cast<thread float const&>(l_149);
const int l_151 = int(l_145);
l_mut_17 = l_150;
}
const uint l_152 = l_135 * uint(33);
const uint l_153 = l_152 + l_136;
shared_memory_7[l_153] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_154 = l_3 + l_135;
const bool l_155 = l_154 < l_1;
const bool l_156 = l_137 < info.scalars_uint[2];
const bool l_157 = l_155 && l_156;
if (l_157) {
const uint l_158 = l_154 * info.scalars_uint[2];
const uint l_159 = l_158 + l_137;
const half l_160 = buffer_1[l_159];
const float l_161 = float(l_160);
l_mut_17 = l_161;
}
const uint l_162 = l_135 * uint(33);
const uint l_163 = l_162 + l_136;
shared_memory_8[l_163] = l_mut_17;
const uint l_164 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_165 = l_164 / uint(32);
const uint l_166 = l_164 % uint(32);
const uint l_167 = l_mut_10 + l_166;
l_mut_17 = float(0.0);
const uint l_168 = l_2 + l_165;
const bool l_169 = l_168 < info.scalars_uint[1];
const bool l_170 = l_167 < info.scalars_uint[2];
const bool l_171 = l_169 && l_170;
if (l_171) {
const uint l_172 = l_168 * l_6;
const uint l_173 = l_167 / uint(1);
const uint l_174 = l_172 + l_173;
const uint l_175 = l_167 % uint(1);
const uint l_176 = l_174 * uint(4);
const uint l_177 = uint(0) + l_176;
const uint l_178 = l_177 / uint(4);
const uint l_179 = buffer_0[l_178];
const float l_180 = reinterpret_cast<thread float const&>(l_179);
const int l_181 = int(l_175);
l_mut_17 = l_180;
}
const uint l_182 = l_165 * uint(33);
const uint l_183 = l_182 + l_166;
shared_memory_7[l_183] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_184 = l_3 + l_165;
const bool l_185 = l_184 < l_1;
const bool l_186 = l_167 < info.scalars_uint[2];
const bool l_187 = l_185 && l_186;
if (l_187) {
const uint l_188 = l_184 * info.scalars_uint[2];
const uint l_189 = l_188 + l_167;
const half l_190 = buffer_1[l_189];
const float l_191 = float(l_190);
l_mut_17 = l_191;
}
const uint l_192 = l_165 * uint(33);
const uint l_193 = l_192 + l_166;
shared_memory_8[l_193] = l_mut_17;
const uint l_194 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_195 = l_194 / uint(32);
const uint l_196 = l_194 % uint(32);
const uint l_197 = l_mut_10 + l_196;
l_mut_17 = float(0.0);
const uint l_198 = l_2 + l_195;
const bool l_199 = l_198 < info.scalars_uint[1];
const bool l_200 = l_197 < info.scalars_uint[2];
const bool l_201 = l_199 && l_200;
if (l_201) {
const uint l_202 = l_198 * l_6;
const uint l_203 = l_197 / uint(1);
const uint l_204 = l_202 + l_203;
const uint l_205 = l_197 % uint(1);
const uint l_206 = l_204 * uint(4);
const uint l_207 = uint(0) + l_206;
const uint l_208 = l_207 / uint(4);
const uint l_209 = buffer_0[l_208];
const float l_210 = reinterpret_cast<thread float const&>(l_209);
const int l_211 = int(l_205);
l_mut_17 = l_210;
}
const uint l_212 = l_195 * uint(33);
const uint l_213 = l_212 + l_196;
shared_memory_7[l_213] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_214 = l_3 + l_195;
const bool l_215 = l_214 < l_1;
const bool l_216 = l_197 < info.scalars_uint[2];
const bool l_217 = l_215 && l_216;
if (l_217) {
const uint l_218 = l_214 * info.scalars_uint[2];
const uint l_219 = l_218 + l_197;
const half l_220 = buffer_1[l_219];
const float l_221 = float(l_220);
l_mut_17 = l_221;
}
const uint l_222 = l_195 * uint(33);
const uint l_223 = l_222 + l_196;
shared_memory_8[l_223] = l_mut_17;
const uint l_224 = uint(1792) + thread_pos_in_threadgroup.x;
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
const uint l_236 = l_234 * uint(4);
const uint l_237 = uint(0) + l_236;
const uint l_238 = l_237 / uint(4);
const uint l_239 = buffer_0[l_238];
const float l_240 = reinterpret_cast<thread float const&>(l_239);
const int l_241 = int(l_235);
l_mut_17 = l_240;
}
const uint l_242 = l_225 * uint(33);
const uint l_243 = l_242 + l_226;
shared_memory_7[l_243] = l_mut_17;
l_mut_17 = float(0.0);
const uint l_244 = l_3 + l_225;
const bool l_245 = l_244 < l_1;
const bool l_246 = l_227 < info.scalars_uint[2];
const bool l_247 = l_245 && l_246;
if (l_247) {
const uint l_248 = l_244 * info.scalars_uint[2];
const uint l_249 = l_248 + l_227;
const half l_250 = buffer_1[l_249];
const float l_251 = float(l_250);
l_mut_17 = l_251;
}
const uint l_252 = l_225 * uint(33);
const uint l_253 = l_252 + l_226;
shared_memory_8[l_253] = l_mut_17;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_254 = uint(0); l_mut_254 < uint(32); ++l_mut_254) {
const uint l_257 = l_4 + uint(0);
const uint l_258 = l_257 * uint(33);
const uint l_259 = l_258 + l_mut_254;
const float l_260 = shared_memory_8[l_259];
l_arr_255[uint(0)] = l_260;
const uint l_261 = l_5 + uint(0);
const uint l_262 = l_261 * uint(33);
const uint l_263 = l_262 + l_mut_254;
const float l_264 = shared_memory_7[l_263];
l_arr_256[uint(0)] = l_264;
const uint l_265 = l_4 + uint(16);
const uint l_266 = l_265 * uint(33);
const uint l_267 = l_266 + l_mut_254;
const float l_268 = shared_memory_8[l_267];
l_arr_255[uint(1)] = l_268;
const uint l_269 = l_5 + uint(16);
const uint l_270 = l_269 * uint(33);
const uint l_271 = l_270 + l_mut_254;
const float l_272 = shared_memory_7[l_271];
l_arr_256[uint(1)] = l_272;
const uint l_273 = l_4 + uint(32);
const uint l_274 = l_273 * uint(33);
const uint l_275 = l_274 + l_mut_254;
const float l_276 = shared_memory_8[l_275];
l_arr_255[uint(2)] = l_276;
const uint l_277 = l_5 + uint(32);
const uint l_278 = l_277 * uint(33);
const uint l_279 = l_278 + l_mut_254;
const float l_280 = shared_memory_7[l_279];
l_arr_256[uint(2)] = l_280;
const uint l_281 = l_4 + uint(48);
const uint l_282 = l_281 * uint(33);
const uint l_283 = l_282 + l_mut_254;
const float l_284 = shared_memory_8[l_283];
l_arr_255[uint(3)] = l_284;
const uint l_285 = l_5 + uint(48);
const uint l_286 = l_285 * uint(33);
const uint l_287 = l_286 + l_mut_254;
const float l_288 = shared_memory_7[l_287];
l_arr_256[uint(3)] = l_288;
const float l_289 = l_arr_255[uint(0)];
const float l_290 = l_arr_256[uint(0)];
const float l_291 = l_289 * l_290;
const float l_292 = l_arr_9[uint(0)];
const float l_293 = l_292 + l_291;
l_arr_9[uint(0)] = l_293;
const float l_294 = l_arr_255[uint(0)];
const float l_295 = l_arr_256[uint(1)];
const float l_296 = l_294 * l_295;
const float l_297 = l_arr_9[uint(1)];
const float l_298 = l_297 + l_296;
l_arr_9[uint(1)] = l_298;
const float l_299 = l_arr_255[uint(0)];
const float l_300 = l_arr_256[uint(2)];
const float l_301 = l_299 * l_300;
const float l_302 = l_arr_9[uint(2)];
const float l_303 = l_302 + l_301;
l_arr_9[uint(2)] = l_303;
const float l_304 = l_arr_255[uint(0)];
const float l_305 = l_arr_256[uint(3)];
const float l_306 = l_304 * l_305;
const float l_307 = l_arr_9[uint(3)];
const float l_308 = l_307 + l_306;
l_arr_9[uint(3)] = l_308;
const float l_309 = l_arr_255[uint(1)];
const float l_310 = l_arr_256[uint(0)];
const float l_311 = l_309 * l_310;
const float l_312 = l_arr_9[uint(4)];
const float l_313 = l_312 + l_311;
l_arr_9[uint(4)] = l_313;
const float l_314 = l_arr_255[uint(1)];
const float l_315 = l_arr_256[uint(1)];
const float l_316 = l_314 * l_315;
const float l_317 = l_arr_9[uint(5)];
const float l_318 = l_317 + l_316;
l_arr_9[uint(5)] = l_318;
const float l_319 = l_arr_255[uint(1)];
const float l_320 = l_arr_256[uint(2)];
const float l_321 = l_319 * l_320;
const float l_322 = l_arr_9[uint(6)];
const float l_323 = l_322 + l_321;
l_arr_9[uint(6)] = l_323;
const float l_324 = l_arr_255[uint(1)];
const float l_325 = l_arr_256[uint(3)];
const float l_326 = l_324 * l_325;
const float l_327 = l_arr_9[uint(7)];
const float l_328 = l_327 + l_326;
l_arr_9[uint(7)] = l_328;
const float l_329 = l_arr_255[uint(2)];
const float l_330 = l_arr_256[uint(0)];
const float l_331 = l_329 * l_330;
const float l_332 = l_arr_9[uint(8)];
const float l_333 = l_332 + l_331;
l_arr_9[uint(8)] = l_333;
const float l_334 = l_arr_255[uint(2)];
const float l_335 = l_arr_256[uint(1)];
const float l_336 = l_334 * l_335;
const float l_337 = l_arr_9[uint(9)];
const float l_338 = l_337 + l_336;
l_arr_9[uint(9)] = l_338;
const float l_339 = l_arr_255[uint(2)];
const float l_340 = l_arr_256[uint(2)];
const float l_341 = l_339 * l_340;
const float l_342 = l_arr_9[uint(10)];
const float l_343 = l_342 + l_341;
l_arr_9[uint(10)] = l_343;
const float l_344 = l_arr_255[uint(2)];
const float l_345 = l_arr_256[uint(3)];
const float l_346 = l_344 * l_345;
const float l_347 = l_arr_9[uint(11)];
const float l_348 = l_347 + l_346;
l_arr_9[uint(11)] = l_348;
const float l_349 = l_arr_255[uint(3)];
const float l_350 = l_arr_256[uint(0)];
const float l_351 = l_349 * l_350;
const float l_352 = l_arr_9[uint(12)];
const float l_353 = l_352 + l_351;
l_arr_9[uint(12)] = l_353;
const float l_354 = l_arr_255[uint(3)];
const float l_355 = l_arr_256[uint(1)];
const float l_356 = l_354 * l_355;
const float l_357 = l_arr_9[uint(13)];
const float l_358 = l_357 + l_356;
l_arr_9[uint(13)] = l_358;
const float l_359 = l_arr_255[uint(3)];
const float l_360 = l_arr_256[uint(2)];
const float l_361 = l_359 * l_360;
const float l_362 = l_arr_9[uint(14)];
const float l_363 = l_362 + l_361;
l_arr_9[uint(14)] = l_363;
const float l_364 = l_arr_255[uint(3)];
const float l_365 = l_arr_256[uint(3)];
const float l_366 = l_364 * l_365;
const float l_367 = l_arr_9[uint(15)];
const float l_368 = l_367 + l_366;
l_arr_9[uint(15)] = l_368;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_369 = l_3 + l_4;
const uint l_370 = l_369 + uint(0);
const uint l_371 = l_2 + l_5;
const uint l_372 = l_371 + uint(0);
const bool l_373 = l_370 < l_1;
const bool l_374 = l_372 < info.scalars_uint[1];
const bool l_375 = l_373 && l_374;
if (l_375) {
const uint l_376 = l_370 * info.scalars_uint[1];
const uint l_377 = l_376 + l_372;
const float l_378 = l_arr_9[uint(0)];
const half l_379 = half(l_378);
buffer_2[l_377] = l_379;
}
const uint l_380 = l_3 + l_4;
const uint l_381 = l_380 + uint(0);
const uint l_382 = l_2 + l_5;
const uint l_383 = l_382 + uint(16);
const bool l_384 = l_381 < l_1;
const bool l_385 = l_383 < info.scalars_uint[1];
const bool l_386 = l_384 && l_385;
if (l_386) {
const uint l_387 = l_381 * info.scalars_uint[1];
const uint l_388 = l_387 + l_383;
const float l_389 = l_arr_9[uint(1)];
const half l_390 = half(l_389);
buffer_2[l_388] = l_390;
}
const uint l_391 = l_3 + l_4;
const uint l_392 = l_391 + uint(0);
const uint l_393 = l_2 + l_5;
const uint l_394 = l_393 + uint(32);
const bool l_395 = l_392 < l_1;
const bool l_396 = l_394 < info.scalars_uint[1];
const bool l_397 = l_395 && l_396;
if (l_397) {
const uint l_398 = l_392 * info.scalars_uint[1];
const uint l_399 = l_398 + l_394;
const float l_400 = l_arr_9[uint(2)];
const half l_401 = half(l_400);
buffer_2[l_399] = l_401;
}
const uint l_402 = l_3 + l_4;
const uint l_403 = l_402 + uint(0);
const uint l_404 = l_2 + l_5;
const uint l_405 = l_404 + uint(48);
const bool l_406 = l_403 < l_1;
const bool l_407 = l_405 < info.scalars_uint[1];
const bool l_408 = l_406 && l_407;
if (l_408) {
const uint l_409 = l_403 * info.scalars_uint[1];
const uint l_410 = l_409 + l_405;
const float l_411 = l_arr_9[uint(3)];
const half l_412 = half(l_411);
buffer_2[l_410] = l_412;
}
const uint l_413 = l_3 + l_4;
const uint l_414 = l_413 + uint(16);
const uint l_415 = l_2 + l_5;
const uint l_416 = l_415 + uint(0);
const bool l_417 = l_414 < l_1;
const bool l_418 = l_416 < info.scalars_uint[1];
const bool l_419 = l_417 && l_418;
if (l_419) {
const uint l_420 = l_414 * info.scalars_uint[1];
const uint l_421 = l_420 + l_416;
const float l_422 = l_arr_9[uint(4)];
const half l_423 = half(l_422);
buffer_2[l_421] = l_423;
}
const uint l_424 = l_3 + l_4;
const uint l_425 = l_424 + uint(16);
const uint l_426 = l_2 + l_5;
const uint l_427 = l_426 + uint(16);
const bool l_428 = l_425 < l_1;
const bool l_429 = l_427 < info.scalars_uint[1];
const bool l_430 = l_428 && l_429;
if (l_430) {
const uint l_431 = l_425 * info.scalars_uint[1];
const uint l_432 = l_431 + l_427;
const float l_433 = l_arr_9[uint(5)];
const half l_434 = half(l_433);
buffer_2[l_432] = l_434;
}
const uint l_435 = l_3 + l_4;
const uint l_436 = l_435 + uint(16);
const uint l_437 = l_2 + l_5;
const uint l_438 = l_437 + uint(32);
const bool l_439 = l_436 < l_1;
const bool l_440 = l_438 < info.scalars_uint[1];
const bool l_441 = l_439 && l_440;
if (l_441) {
const uint l_442 = l_436 * info.scalars_uint[1];
const uint l_443 = l_442 + l_438;
const float l_444 = l_arr_9[uint(6)];
const half l_445 = half(l_444);
buffer_2[l_443] = l_445;
}
const uint l_446 = l_3 + l_4;
const uint l_447 = l_446 + uint(16);
const uint l_448 = l_2 + l_5;
const uint l_449 = l_448 + uint(48);
const bool l_450 = l_447 < l_1;
const bool l_451 = l_449 < info.scalars_uint[1];
const bool l_452 = l_450 && l_451;
if (l_452) {
const uint l_453 = l_447 * info.scalars_uint[1];
const uint l_454 = l_453 + l_449;
const float l_455 = l_arr_9[uint(7)];
const half l_456 = half(l_455);
buffer_2[l_454] = l_456;
}
const uint l_457 = l_3 + l_4;
const uint l_458 = l_457 + uint(32);
const uint l_459 = l_2 + l_5;
const uint l_460 = l_459 + uint(0);
const bool l_461 = l_458 < l_1;
const bool l_462 = l_460 < info.scalars_uint[1];
const bool l_463 = l_461 && l_462;
if (l_463) {
const uint l_464 = l_458 * info.scalars_uint[1];
const uint l_465 = l_464 + l_460;
const float l_466 = l_arr_9[uint(8)];
const half l_467 = half(l_466);
buffer_2[l_465] = l_467;
}
const uint l_468 = l_3 + l_4;
const uint l_469 = l_468 + uint(32);
const uint l_470 = l_2 + l_5;
const uint l_471 = l_470 + uint(16);
const bool l_472 = l_469 < l_1;
const bool l_473 = l_471 < info.scalars_uint[1];
const bool l_474 = l_472 && l_473;
if (l_474) {
const uint l_475 = l_469 * info.scalars_uint[1];
const uint l_476 = l_475 + l_471;
const float l_477 = l_arr_9[uint(9)];
const half l_478 = half(l_477);
buffer_2[l_476] = l_478;
}
const uint l_479 = l_3 + l_4;
const uint l_480 = l_479 + uint(32);
const uint l_481 = l_2 + l_5;
const uint l_482 = l_481 + uint(32);
const bool l_483 = l_480 < l_1;
const bool l_484 = l_482 < info.scalars_uint[1];
const bool l_485 = l_483 && l_484;
if (l_485) {
const uint l_486 = l_480 * info.scalars_uint[1];
const uint l_487 = l_486 + l_482;
const float l_488 = l_arr_9[uint(10)];
const half l_489 = half(l_488);
buffer_2[l_487] = l_489;
}
const uint l_490 = l_3 + l_4;
const uint l_491 = l_490 + uint(32);
const uint l_492 = l_2 + l_5;
const uint l_493 = l_492 + uint(48);
const bool l_494 = l_491 < l_1;
const bool l_495 = l_493 < info.scalars_uint[1];
const bool l_496 = l_494 && l_495;
if (l_496) {
const uint l_497 = l_491 * info.scalars_uint[1];
const uint l_498 = l_497 + l_493;
const float l_499 = l_arr_9[uint(11)];
const half l_500 = half(l_499);
buffer_2[l_498] = l_500;
}
const uint l_501 = l_3 + l_4;
const uint l_502 = l_501 + uint(48);
const uint l_503 = l_2 + l_5;
const uint l_504 = l_503 + uint(0);
const bool l_505 = l_502 < l_1;
const bool l_506 = l_504 < info.scalars_uint[1];
const bool l_507 = l_505 && l_506;
if (l_507) {
const uint l_508 = l_502 * info.scalars_uint[1];
const uint l_509 = l_508 + l_504;
const float l_510 = l_arr_9[uint(12)];
const half l_511 = half(l_510);
buffer_2[l_509] = l_511;
}
const uint l_512 = l_3 + l_4;
const uint l_513 = l_512 + uint(48);
const uint l_514 = l_2 + l_5;
const uint l_515 = l_514 + uint(16);
const bool l_516 = l_513 < l_1;
const bool l_517 = l_515 < info.scalars_uint[1];
const bool l_518 = l_516 && l_517;
if (l_518) {
const uint l_519 = l_513 * info.scalars_uint[1];
const uint l_520 = l_519 + l_515;
const float l_521 = l_arr_9[uint(13)];
const half l_522 = half(l_521);
buffer_2[l_520] = l_522;
}
const uint l_523 = l_3 + l_4;
const uint l_524 = l_523 + uint(48);
const uint l_525 = l_2 + l_5;
const uint l_526 = l_525 + uint(32);
const bool l_527 = l_524 < l_1;
const bool l_528 = l_526 < info.scalars_uint[1];
const bool l_529 = l_527 && l_528;
if (l_529) {
const uint l_530 = l_524 * info.scalars_uint[1];
const uint l_531 = l_530 + l_526;
const float l_532 = l_arr_9[uint(14)];
const half l_533 = half(l_532);
buffer_2[l_531] = l_533;
}
const uint l_534 = l_3 + l_4;
const uint l_535 = l_534 + uint(48);
const uint l_536 = l_2 + l_5;
const uint l_537 = l_536 + uint(48);
const bool l_538 = l_535 < l_1;
const bool l_539 = l_537 < info.scalars_uint[1];
const bool l_540 = l_538 && l_539;
if (l_540) {
const uint l_541 = l_535 * info.scalars_uint[1];
const uint l_542 = l_541 + l_537;
const float l_543 = l_arr_9[uint(15)];
const half l_544 = half(l_543);
buffer_2[l_542] = l_544;
}

}
