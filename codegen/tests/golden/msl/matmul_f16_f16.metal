
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

float l_arr_417[4];

float l_arr_418[4];

float l_mut_17;
float l_mut_47;
uint l_mut_10;
uint l_mut_40;
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
const uint l_34 = l_33 & uint(32768);
const uint l_35 = l_34 << uint(16);
const uint l_36 = l_33 >> uint(10);
const uint l_37 = l_36 & uint(31);
const uint l_38 = l_33 & uint(1023);
const uint l_39 = l_37 + uint(112);
l_mut_40 = l_39;
const bool l_41 = l_37 == uint(31);
if (l_41) {
l_mut_40 = uint(255);
}
const uint l_42 = l_mut_40 << uint(23);
const uint l_43 = l_35 | l_42;
const uint l_44 = l_38 << uint(13);
const uint l_45 = l_43 | l_44;
const float l_46 = reinterpret_cast<thread float const&>(l_45);
l_mut_47 = l_46;
const bool l_48 = l_37 == uint(0);
if (l_48) {
const float l_49 = float(l_38);
const float l_50 = l_49 * float(5.960464477539063e-8);
const bool l_51 = l_35 == uint(0);
if (l_51) {
l_mut_47 = l_50;
} else {
const float l_52 = -l_50;
l_mut_47 = l_52;
}
}
const int l_53 = int(l_25);
l_mut_17 = l_mut_47;
}
const uint l_54 = l_14 * uint(33);
const uint l_55 = l_54 + l_15;
shared_memory_7[l_55] = l_mut_17;
l_mut_47 = float(0.0);
const uint l_56 = l_3 + l_14;
const bool l_57 = l_56 < l_1;
const bool l_58 = l_16 < info.scalars_uint[2];
const bool l_59 = l_57 && l_58;
if (l_59) {
const uint l_60 = l_56 * info.scalars_uint[2];
const uint l_61 = l_60 + l_16;
const half l_62 = buffer_1[l_61];
const float l_63 = float(l_62);
l_mut_47 = l_63;
}
const uint l_64 = l_14 * uint(33);
const uint l_65 = l_64 + l_15;
shared_memory_8[l_65] = l_mut_47;
const uint l_66 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_67 = l_66 / uint(32);
const uint l_68 = l_66 % uint(32);
const uint l_69 = l_mut_10 + l_68;
l_mut_47 = float(0.0);
const uint l_70 = l_2 + l_67;
const bool l_71 = l_70 < info.scalars_uint[1];
const bool l_72 = l_69 < info.scalars_uint[2];
const bool l_73 = l_71 && l_72;
if (l_73) {
const uint l_74 = l_70 * l_6;
const uint l_75 = l_69 / uint(1);
const uint l_76 = l_74 + l_75;
const uint l_77 = l_69 % uint(1);
const uint l_78 = l_76 * uint(2);
const uint l_79 = uint(0) + l_78;
const uint l_80 = l_79 / uint(4);
const uint l_81 = buffer_0[l_80];
const uint l_82 = l_79 % uint(4);
const uint l_83 = l_82 * uint(8);
const uint l_84 = l_81 >> l_83;
const uint l_85 = l_84 & uint(65535);
const uint l_86 = l_85 & uint(32768);
const uint l_87 = l_86 << uint(16);
const uint l_88 = l_85 >> uint(10);
const uint l_89 = l_88 & uint(31);
const uint l_90 = l_85 & uint(1023);
const uint l_91 = l_89 + uint(112);
l_mut_40 = l_91;
const bool l_92 = l_89 == uint(31);
if (l_92) {
l_mut_40 = uint(255);
}
const uint l_93 = l_mut_40 << uint(23);
const uint l_94 = l_87 | l_93;
const uint l_95 = l_90 << uint(13);
const uint l_96 = l_94 | l_95;
const float l_97 = reinterpret_cast<thread float const&>(l_96);
l_mut_17 = l_97;
const bool l_98 = l_89 == uint(0);
if (l_98) {
const float l_99 = float(l_90);
const float l_100 = l_99 * float(5.960464477539063e-8);
const bool l_101 = l_87 == uint(0);
if (l_101) {
l_mut_17 = l_100;
} else {
const float l_102 = -l_100;
l_mut_17 = l_102;
}
}
const int l_103 = int(l_77);
l_mut_47 = l_mut_17;
}
const uint l_104 = l_67 * uint(33);
const uint l_105 = l_104 + l_68;
shared_memory_7[l_105] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_106 = l_3 + l_67;
const bool l_107 = l_106 < l_1;
const bool l_108 = l_69 < info.scalars_uint[2];
const bool l_109 = l_107 && l_108;
if (l_109) {
const uint l_110 = l_106 * info.scalars_uint[2];
const uint l_111 = l_110 + l_69;
const half l_112 = buffer_1[l_111];
const float l_113 = float(l_112);
l_mut_47 = l_113;
}
const uint l_114 = l_67 * uint(33);
const uint l_115 = l_114 + l_68;
shared_memory_8[l_115] = l_mut_47;
const uint l_116 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_117 = l_116 / uint(32);
const uint l_118 = l_116 % uint(32);
const uint l_119 = l_mut_10 + l_118;
l_mut_47 = float(0.0);
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
const uint l_136 = l_135 & uint(32768);
const uint l_137 = l_136 << uint(16);
const uint l_138 = l_135 >> uint(10);
const uint l_139 = l_138 & uint(31);
const uint l_140 = l_135 & uint(1023);
const uint l_141 = l_139 + uint(112);
l_mut_40 = l_141;
const bool l_142 = l_139 == uint(31);
if (l_142) {
l_mut_40 = uint(255);
}
const uint l_143 = l_mut_40 << uint(23);
const uint l_144 = l_137 | l_143;
const uint l_145 = l_140 << uint(13);
const uint l_146 = l_144 | l_145;
const float l_147 = reinterpret_cast<thread float const&>(l_146);
l_mut_17 = l_147;
const bool l_148 = l_139 == uint(0);
if (l_148) {
const float l_149 = float(l_140);
const float l_150 = l_149 * float(5.960464477539063e-8);
const bool l_151 = l_137 == uint(0);
if (l_151) {
l_mut_17 = l_150;
} else {
const float l_152 = -l_150;
l_mut_17 = l_152;
}
}
const int l_153 = int(l_127);
l_mut_47 = l_mut_17;
}
const uint l_154 = l_117 * uint(33);
const uint l_155 = l_154 + l_118;
shared_memory_7[l_155] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_156 = l_3 + l_117;
const bool l_157 = l_156 < l_1;
const bool l_158 = l_119 < info.scalars_uint[2];
const bool l_159 = l_157 && l_158;
if (l_159) {
const uint l_160 = l_156 * info.scalars_uint[2];
const uint l_161 = l_160 + l_119;
const half l_162 = buffer_1[l_161];
const float l_163 = float(l_162);
l_mut_47 = l_163;
}
const uint l_164 = l_117 * uint(33);
const uint l_165 = l_164 + l_118;
shared_memory_8[l_165] = l_mut_47;
const uint l_166 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_167 = l_166 / uint(32);
const uint l_168 = l_166 % uint(32);
const uint l_169 = l_mut_10 + l_168;
l_mut_47 = float(0.0);
const uint l_170 = l_2 + l_167;
const bool l_171 = l_170 < info.scalars_uint[1];
const bool l_172 = l_169 < info.scalars_uint[2];
const bool l_173 = l_171 && l_172;
if (l_173) {
const uint l_174 = l_170 * l_6;
const uint l_175 = l_169 / uint(1);
const uint l_176 = l_174 + l_175;
const uint l_177 = l_169 % uint(1);
const uint l_178 = l_176 * uint(2);
const uint l_179 = uint(0) + l_178;
const uint l_180 = l_179 / uint(4);
const uint l_181 = buffer_0[l_180];
const uint l_182 = l_179 % uint(4);
const uint l_183 = l_182 * uint(8);
const uint l_184 = l_181 >> l_183;
const uint l_185 = l_184 & uint(65535);
const uint l_186 = l_185 & uint(32768);
const uint l_187 = l_186 << uint(16);
const uint l_188 = l_185 >> uint(10);
const uint l_189 = l_188 & uint(31);
const uint l_190 = l_185 & uint(1023);
const uint l_191 = l_189 + uint(112);
l_mut_40 = l_191;
const bool l_192 = l_189 == uint(31);
if (l_192) {
l_mut_40 = uint(255);
}
const uint l_193 = l_mut_40 << uint(23);
const uint l_194 = l_187 | l_193;
const uint l_195 = l_190 << uint(13);
const uint l_196 = l_194 | l_195;
const float l_197 = reinterpret_cast<thread float const&>(l_196);
l_mut_17 = l_197;
const bool l_198 = l_189 == uint(0);
if (l_198) {
const float l_199 = float(l_190);
const float l_200 = l_199 * float(5.960464477539063e-8);
const bool l_201 = l_187 == uint(0);
if (l_201) {
l_mut_17 = l_200;
} else {
const float l_202 = -l_200;
l_mut_17 = l_202;
}
}
const int l_203 = int(l_177);
l_mut_47 = l_mut_17;
}
const uint l_204 = l_167 * uint(33);
const uint l_205 = l_204 + l_168;
shared_memory_7[l_205] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_206 = l_3 + l_167;
const bool l_207 = l_206 < l_1;
const bool l_208 = l_169 < info.scalars_uint[2];
const bool l_209 = l_207 && l_208;
if (l_209) {
const uint l_210 = l_206 * info.scalars_uint[2];
const uint l_211 = l_210 + l_169;
const half l_212 = buffer_1[l_211];
const float l_213 = float(l_212);
l_mut_47 = l_213;
}
const uint l_214 = l_167 * uint(33);
const uint l_215 = l_214 + l_168;
shared_memory_8[l_215] = l_mut_47;
const uint l_216 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_217 = l_216 / uint(32);
const uint l_218 = l_216 % uint(32);
const uint l_219 = l_mut_10 + l_218;
l_mut_47 = float(0.0);
const uint l_220 = l_2 + l_217;
const bool l_221 = l_220 < info.scalars_uint[1];
const bool l_222 = l_219 < info.scalars_uint[2];
const bool l_223 = l_221 && l_222;
if (l_223) {
const uint l_224 = l_220 * l_6;
const uint l_225 = l_219 / uint(1);
const uint l_226 = l_224 + l_225;
const uint l_227 = l_219 % uint(1);
const uint l_228 = l_226 * uint(2);
const uint l_229 = uint(0) + l_228;
const uint l_230 = l_229 / uint(4);
const uint l_231 = buffer_0[l_230];
const uint l_232 = l_229 % uint(4);
const uint l_233 = l_232 * uint(8);
const uint l_234 = l_231 >> l_233;
const uint l_235 = l_234 & uint(65535);
const uint l_236 = l_235 & uint(32768);
const uint l_237 = l_236 << uint(16);
const uint l_238 = l_235 >> uint(10);
const uint l_239 = l_238 & uint(31);
const uint l_240 = l_235 & uint(1023);
const uint l_241 = l_239 + uint(112);
l_mut_40 = l_241;
const bool l_242 = l_239 == uint(31);
if (l_242) {
l_mut_40 = uint(255);
}
const uint l_243 = l_mut_40 << uint(23);
const uint l_244 = l_237 | l_243;
const uint l_245 = l_240 << uint(13);
const uint l_246 = l_244 | l_245;
const float l_247 = reinterpret_cast<thread float const&>(l_246);
l_mut_17 = l_247;
const bool l_248 = l_239 == uint(0);
if (l_248) {
const float l_249 = float(l_240);
const float l_250 = l_249 * float(5.960464477539063e-8);
const bool l_251 = l_237 == uint(0);
if (l_251) {
l_mut_17 = l_250;
} else {
const float l_252 = -l_250;
l_mut_17 = l_252;
}
}
const int l_253 = int(l_227);
l_mut_47 = l_mut_17;
}
const uint l_254 = l_217 * uint(33);
const uint l_255 = l_254 + l_218;
shared_memory_7[l_255] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_256 = l_3 + l_217;
const bool l_257 = l_256 < l_1;
const bool l_258 = l_219 < info.scalars_uint[2];
const bool l_259 = l_257 && l_258;
if (l_259) {
const uint l_260 = l_256 * info.scalars_uint[2];
const uint l_261 = l_260 + l_219;
const half l_262 = buffer_1[l_261];
const float l_263 = float(l_262);
l_mut_47 = l_263;
}
const uint l_264 = l_217 * uint(33);
const uint l_265 = l_264 + l_218;
shared_memory_8[l_265] = l_mut_47;
const uint l_266 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_267 = l_266 / uint(32);
const uint l_268 = l_266 % uint(32);
const uint l_269 = l_mut_10 + l_268;
l_mut_47 = float(0.0);
const uint l_270 = l_2 + l_267;
const bool l_271 = l_270 < info.scalars_uint[1];
const bool l_272 = l_269 < info.scalars_uint[2];
const bool l_273 = l_271 && l_272;
if (l_273) {
const uint l_274 = l_270 * l_6;
const uint l_275 = l_269 / uint(1);
const uint l_276 = l_274 + l_275;
const uint l_277 = l_269 % uint(1);
const uint l_278 = l_276 * uint(2);
const uint l_279 = uint(0) + l_278;
const uint l_280 = l_279 / uint(4);
const uint l_281 = buffer_0[l_280];
const uint l_282 = l_279 % uint(4);
const uint l_283 = l_282 * uint(8);
const uint l_284 = l_281 >> l_283;
const uint l_285 = l_284 & uint(65535);
const uint l_286 = l_285 & uint(32768);
const uint l_287 = l_286 << uint(16);
const uint l_288 = l_285 >> uint(10);
const uint l_289 = l_288 & uint(31);
const uint l_290 = l_285 & uint(1023);
const uint l_291 = l_289 + uint(112);
l_mut_40 = l_291;
const bool l_292 = l_289 == uint(31);
if (l_292) {
l_mut_40 = uint(255);
}
const uint l_293 = l_mut_40 << uint(23);
const uint l_294 = l_287 | l_293;
const uint l_295 = l_290 << uint(13);
const uint l_296 = l_294 | l_295;
const float l_297 = reinterpret_cast<thread float const&>(l_296);
l_mut_17 = l_297;
const bool l_298 = l_289 == uint(0);
if (l_298) {
const float l_299 = float(l_290);
const float l_300 = l_299 * float(5.960464477539063e-8);
const bool l_301 = l_287 == uint(0);
if (l_301) {
l_mut_17 = l_300;
} else {
const float l_302 = -l_300;
l_mut_17 = l_302;
}
}
const int l_303 = int(l_277);
l_mut_47 = l_mut_17;
}
const uint l_304 = l_267 * uint(33);
const uint l_305 = l_304 + l_268;
shared_memory_7[l_305] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_306 = l_3 + l_267;
const bool l_307 = l_306 < l_1;
const bool l_308 = l_269 < info.scalars_uint[2];
const bool l_309 = l_307 && l_308;
if (l_309) {
const uint l_310 = l_306 * info.scalars_uint[2];
const uint l_311 = l_310 + l_269;
const half l_312 = buffer_1[l_311];
const float l_313 = float(l_312);
l_mut_47 = l_313;
}
const uint l_314 = l_267 * uint(33);
const uint l_315 = l_314 + l_268;
shared_memory_8[l_315] = l_mut_47;
const uint l_316 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_317 = l_316 / uint(32);
const uint l_318 = l_316 % uint(32);
const uint l_319 = l_mut_10 + l_318;
l_mut_47 = float(0.0);
const uint l_320 = l_2 + l_317;
const bool l_321 = l_320 < info.scalars_uint[1];
const bool l_322 = l_319 < info.scalars_uint[2];
const bool l_323 = l_321 && l_322;
if (l_323) {
const uint l_324 = l_320 * l_6;
const uint l_325 = l_319 / uint(1);
const uint l_326 = l_324 + l_325;
const uint l_327 = l_319 % uint(1);
const uint l_328 = l_326 * uint(2);
const uint l_329 = uint(0) + l_328;
const uint l_330 = l_329 / uint(4);
const uint l_331 = buffer_0[l_330];
const uint l_332 = l_329 % uint(4);
const uint l_333 = l_332 * uint(8);
const uint l_334 = l_331 >> l_333;
const uint l_335 = l_334 & uint(65535);
const uint l_336 = l_335 & uint(32768);
const uint l_337 = l_336 << uint(16);
const uint l_338 = l_335 >> uint(10);
const uint l_339 = l_338 & uint(31);
const uint l_340 = l_335 & uint(1023);
const uint l_341 = l_339 + uint(112);
l_mut_40 = l_341;
const bool l_342 = l_339 == uint(31);
if (l_342) {
l_mut_40 = uint(255);
}
const uint l_343 = l_mut_40 << uint(23);
const uint l_344 = l_337 | l_343;
const uint l_345 = l_340 << uint(13);
const uint l_346 = l_344 | l_345;
const float l_347 = reinterpret_cast<thread float const&>(l_346);
l_mut_17 = l_347;
const bool l_348 = l_339 == uint(0);
if (l_348) {
const float l_349 = float(l_340);
const float l_350 = l_349 * float(5.960464477539063e-8);
const bool l_351 = l_337 == uint(0);
if (l_351) {
l_mut_17 = l_350;
} else {
const float l_352 = -l_350;
l_mut_17 = l_352;
}
}
const int l_353 = int(l_327);
l_mut_47 = l_mut_17;
}
const uint l_354 = l_317 * uint(33);
const uint l_355 = l_354 + l_318;
shared_memory_7[l_355] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_356 = l_3 + l_317;
const bool l_357 = l_356 < l_1;
const bool l_358 = l_319 < info.scalars_uint[2];
const bool l_359 = l_357 && l_358;
if (l_359) {
const uint l_360 = l_356 * info.scalars_uint[2];
const uint l_361 = l_360 + l_319;
const half l_362 = buffer_1[l_361];
const float l_363 = float(l_362);
l_mut_47 = l_363;
}
const uint l_364 = l_317 * uint(33);
const uint l_365 = l_364 + l_318;
shared_memory_8[l_365] = l_mut_47;
const uint l_366 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_367 = l_366 / uint(32);
const uint l_368 = l_366 % uint(32);
const uint l_369 = l_mut_10 + l_368;
l_mut_47 = float(0.0);
const uint l_370 = l_2 + l_367;
const bool l_371 = l_370 < info.scalars_uint[1];
const bool l_372 = l_369 < info.scalars_uint[2];
const bool l_373 = l_371 && l_372;
if (l_373) {
const uint l_374 = l_370 * l_6;
const uint l_375 = l_369 / uint(1);
const uint l_376 = l_374 + l_375;
const uint l_377 = l_369 % uint(1);
const uint l_378 = l_376 * uint(2);
const uint l_379 = uint(0) + l_378;
const uint l_380 = l_379 / uint(4);
const uint l_381 = buffer_0[l_380];
const uint l_382 = l_379 % uint(4);
const uint l_383 = l_382 * uint(8);
const uint l_384 = l_381 >> l_383;
const uint l_385 = l_384 & uint(65535);
const uint l_386 = l_385 & uint(32768);
const uint l_387 = l_386 << uint(16);
const uint l_388 = l_385 >> uint(10);
const uint l_389 = l_388 & uint(31);
const uint l_390 = l_385 & uint(1023);
const uint l_391 = l_389 + uint(112);
l_mut_40 = l_391;
const bool l_392 = l_389 == uint(31);
if (l_392) {
l_mut_40 = uint(255);
}
const uint l_393 = l_mut_40 << uint(23);
const uint l_394 = l_387 | l_393;
const uint l_395 = l_390 << uint(13);
const uint l_396 = l_394 | l_395;
const float l_397 = reinterpret_cast<thread float const&>(l_396);
l_mut_17 = l_397;
const bool l_398 = l_389 == uint(0);
if (l_398) {
const float l_399 = float(l_390);
const float l_400 = l_399 * float(5.960464477539063e-8);
const bool l_401 = l_387 == uint(0);
if (l_401) {
l_mut_17 = l_400;
} else {
const float l_402 = -l_400;
l_mut_17 = l_402;
}
}
const int l_403 = int(l_377);
l_mut_47 = l_mut_17;
}
const uint l_404 = l_367 * uint(33);
const uint l_405 = l_404 + l_368;
shared_memory_7[l_405] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_406 = l_3 + l_367;
const bool l_407 = l_406 < l_1;
const bool l_408 = l_369 < info.scalars_uint[2];
const bool l_409 = l_407 && l_408;
if (l_409) {
const uint l_410 = l_406 * info.scalars_uint[2];
const uint l_411 = l_410 + l_369;
const half l_412 = buffer_1[l_411];
const float l_413 = float(l_412);
l_mut_47 = l_413;
}
const uint l_414 = l_367 * uint(33);
const uint l_415 = l_414 + l_368;
shared_memory_8[l_415] = l_mut_47;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_416 = uint(0); l_mut_416 < uint(32); ++l_mut_416) {
const uint l_419 = l_4 + uint(0);
const uint l_420 = l_419 * uint(33);
const uint l_421 = l_420 + l_mut_416;
const float l_422 = shared_memory_8[l_421];
l_arr_417[uint(0)] = l_422;
const uint l_423 = l_5 + uint(0);
const uint l_424 = l_423 * uint(33);
const uint l_425 = l_424 + l_mut_416;
const float l_426 = shared_memory_7[l_425];
l_arr_418[uint(0)] = l_426;
const uint l_427 = l_4 + uint(16);
const uint l_428 = l_427 * uint(33);
const uint l_429 = l_428 + l_mut_416;
const float l_430 = shared_memory_8[l_429];
l_arr_417[uint(1)] = l_430;
const uint l_431 = l_5 + uint(16);
const uint l_432 = l_431 * uint(33);
const uint l_433 = l_432 + l_mut_416;
const float l_434 = shared_memory_7[l_433];
l_arr_418[uint(1)] = l_434;
const uint l_435 = l_4 + uint(32);
const uint l_436 = l_435 * uint(33);
const uint l_437 = l_436 + l_mut_416;
const float l_438 = shared_memory_8[l_437];
l_arr_417[uint(2)] = l_438;
const uint l_439 = l_5 + uint(32);
const uint l_440 = l_439 * uint(33);
const uint l_441 = l_440 + l_mut_416;
const float l_442 = shared_memory_7[l_441];
l_arr_418[uint(2)] = l_442;
const uint l_443 = l_4 + uint(48);
const uint l_444 = l_443 * uint(33);
const uint l_445 = l_444 + l_mut_416;
const float l_446 = shared_memory_8[l_445];
l_arr_417[uint(3)] = l_446;
const uint l_447 = l_5 + uint(48);
const uint l_448 = l_447 * uint(33);
const uint l_449 = l_448 + l_mut_416;
const float l_450 = shared_memory_7[l_449];
l_arr_418[uint(3)] = l_450;
const float l_451 = l_arr_417[uint(0)];
const float l_452 = l_arr_418[uint(0)];
const float l_453 = l_451 * l_452;
const float l_454 = l_arr_9[uint(0)];
const float l_455 = l_454 + l_453;
l_arr_9[uint(0)] = l_455;
const float l_456 = l_arr_417[uint(0)];
const float l_457 = l_arr_418[uint(1)];
const float l_458 = l_456 * l_457;
const float l_459 = l_arr_9[uint(1)];
const float l_460 = l_459 + l_458;
l_arr_9[uint(1)] = l_460;
const float l_461 = l_arr_417[uint(0)];
const float l_462 = l_arr_418[uint(2)];
const float l_463 = l_461 * l_462;
const float l_464 = l_arr_9[uint(2)];
const float l_465 = l_464 + l_463;
l_arr_9[uint(2)] = l_465;
const float l_466 = l_arr_417[uint(0)];
const float l_467 = l_arr_418[uint(3)];
const float l_468 = l_466 * l_467;
const float l_469 = l_arr_9[uint(3)];
const float l_470 = l_469 + l_468;
l_arr_9[uint(3)] = l_470;
const float l_471 = l_arr_417[uint(1)];
const float l_472 = l_arr_418[uint(0)];
const float l_473 = l_471 * l_472;
const float l_474 = l_arr_9[uint(4)];
const float l_475 = l_474 + l_473;
l_arr_9[uint(4)] = l_475;
const float l_476 = l_arr_417[uint(1)];
const float l_477 = l_arr_418[uint(1)];
const float l_478 = l_476 * l_477;
const float l_479 = l_arr_9[uint(5)];
const float l_480 = l_479 + l_478;
l_arr_9[uint(5)] = l_480;
const float l_481 = l_arr_417[uint(1)];
const float l_482 = l_arr_418[uint(2)];
const float l_483 = l_481 * l_482;
const float l_484 = l_arr_9[uint(6)];
const float l_485 = l_484 + l_483;
l_arr_9[uint(6)] = l_485;
const float l_486 = l_arr_417[uint(1)];
const float l_487 = l_arr_418[uint(3)];
const float l_488 = l_486 * l_487;
const float l_489 = l_arr_9[uint(7)];
const float l_490 = l_489 + l_488;
l_arr_9[uint(7)] = l_490;
const float l_491 = l_arr_417[uint(2)];
const float l_492 = l_arr_418[uint(0)];
const float l_493 = l_491 * l_492;
const float l_494 = l_arr_9[uint(8)];
const float l_495 = l_494 + l_493;
l_arr_9[uint(8)] = l_495;
const float l_496 = l_arr_417[uint(2)];
const float l_497 = l_arr_418[uint(1)];
const float l_498 = l_496 * l_497;
const float l_499 = l_arr_9[uint(9)];
const float l_500 = l_499 + l_498;
l_arr_9[uint(9)] = l_500;
const float l_501 = l_arr_417[uint(2)];
const float l_502 = l_arr_418[uint(2)];
const float l_503 = l_501 * l_502;
const float l_504 = l_arr_9[uint(10)];
const float l_505 = l_504 + l_503;
l_arr_9[uint(10)] = l_505;
const float l_506 = l_arr_417[uint(2)];
const float l_507 = l_arr_418[uint(3)];
const float l_508 = l_506 * l_507;
const float l_509 = l_arr_9[uint(11)];
const float l_510 = l_509 + l_508;
l_arr_9[uint(11)] = l_510;
const float l_511 = l_arr_417[uint(3)];
const float l_512 = l_arr_418[uint(0)];
const float l_513 = l_511 * l_512;
const float l_514 = l_arr_9[uint(12)];
const float l_515 = l_514 + l_513;
l_arr_9[uint(12)] = l_515;
const float l_516 = l_arr_417[uint(3)];
const float l_517 = l_arr_418[uint(1)];
const float l_518 = l_516 * l_517;
const float l_519 = l_arr_9[uint(13)];
const float l_520 = l_519 + l_518;
l_arr_9[uint(13)] = l_520;
const float l_521 = l_arr_417[uint(3)];
const float l_522 = l_arr_418[uint(2)];
const float l_523 = l_521 * l_522;
const float l_524 = l_arr_9[uint(14)];
const float l_525 = l_524 + l_523;
l_arr_9[uint(14)] = l_525;
const float l_526 = l_arr_417[uint(3)];
const float l_527 = l_arr_418[uint(3)];
const float l_528 = l_526 * l_527;
const float l_529 = l_arr_9[uint(15)];
const float l_530 = l_529 + l_528;
l_arr_9[uint(15)] = l_530;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_531 = l_3 + l_4;
const uint l_532 = l_531 + uint(0);
const uint l_533 = l_2 + l_5;
const uint l_534 = l_533 + uint(0);
const bool l_535 = l_532 < l_1;
const bool l_536 = l_534 < info.scalars_uint[1];
const bool l_537 = l_535 && l_536;
if (l_537) {
const uint l_538 = l_532 * info.scalars_uint[1];
const uint l_539 = l_538 + l_534;
const float l_540 = l_arr_9[uint(0)];
const half l_541 = half(l_540);
buffer_2[l_539] = l_541;
}
const uint l_542 = l_3 + l_4;
const uint l_543 = l_542 + uint(0);
const uint l_544 = l_2 + l_5;
const uint l_545 = l_544 + uint(16);
const bool l_546 = l_543 < l_1;
const bool l_547 = l_545 < info.scalars_uint[1];
const bool l_548 = l_546 && l_547;
if (l_548) {
const uint l_549 = l_543 * info.scalars_uint[1];
const uint l_550 = l_549 + l_545;
const float l_551 = l_arr_9[uint(1)];
const half l_552 = half(l_551);
buffer_2[l_550] = l_552;
}
const uint l_553 = l_3 + l_4;
const uint l_554 = l_553 + uint(0);
const uint l_555 = l_2 + l_5;
const uint l_556 = l_555 + uint(32);
const bool l_557 = l_554 < l_1;
const bool l_558 = l_556 < info.scalars_uint[1];
const bool l_559 = l_557 && l_558;
if (l_559) {
const uint l_560 = l_554 * info.scalars_uint[1];
const uint l_561 = l_560 + l_556;
const float l_562 = l_arr_9[uint(2)];
const half l_563 = half(l_562);
buffer_2[l_561] = l_563;
}
const uint l_564 = l_3 + l_4;
const uint l_565 = l_564 + uint(0);
const uint l_566 = l_2 + l_5;
const uint l_567 = l_566 + uint(48);
const bool l_568 = l_565 < l_1;
const bool l_569 = l_567 < info.scalars_uint[1];
const bool l_570 = l_568 && l_569;
if (l_570) {
const uint l_571 = l_565 * info.scalars_uint[1];
const uint l_572 = l_571 + l_567;
const float l_573 = l_arr_9[uint(3)];
const half l_574 = half(l_573);
buffer_2[l_572] = l_574;
}
const uint l_575 = l_3 + l_4;
const uint l_576 = l_575 + uint(16);
const uint l_577 = l_2 + l_5;
const uint l_578 = l_577 + uint(0);
const bool l_579 = l_576 < l_1;
const bool l_580 = l_578 < info.scalars_uint[1];
const bool l_581 = l_579 && l_580;
if (l_581) {
const uint l_582 = l_576 * info.scalars_uint[1];
const uint l_583 = l_582 + l_578;
const float l_584 = l_arr_9[uint(4)];
const half l_585 = half(l_584);
buffer_2[l_583] = l_585;
}
const uint l_586 = l_3 + l_4;
const uint l_587 = l_586 + uint(16);
const uint l_588 = l_2 + l_5;
const uint l_589 = l_588 + uint(16);
const bool l_590 = l_587 < l_1;
const bool l_591 = l_589 < info.scalars_uint[1];
const bool l_592 = l_590 && l_591;
if (l_592) {
const uint l_593 = l_587 * info.scalars_uint[1];
const uint l_594 = l_593 + l_589;
const float l_595 = l_arr_9[uint(5)];
const half l_596 = half(l_595);
buffer_2[l_594] = l_596;
}
const uint l_597 = l_3 + l_4;
const uint l_598 = l_597 + uint(16);
const uint l_599 = l_2 + l_5;
const uint l_600 = l_599 + uint(32);
const bool l_601 = l_598 < l_1;
const bool l_602 = l_600 < info.scalars_uint[1];
const bool l_603 = l_601 && l_602;
if (l_603) {
const uint l_604 = l_598 * info.scalars_uint[1];
const uint l_605 = l_604 + l_600;
const float l_606 = l_arr_9[uint(6)];
const half l_607 = half(l_606);
buffer_2[l_605] = l_607;
}
const uint l_608 = l_3 + l_4;
const uint l_609 = l_608 + uint(16);
const uint l_610 = l_2 + l_5;
const uint l_611 = l_610 + uint(48);
const bool l_612 = l_609 < l_1;
const bool l_613 = l_611 < info.scalars_uint[1];
const bool l_614 = l_612 && l_613;
if (l_614) {
const uint l_615 = l_609 * info.scalars_uint[1];
const uint l_616 = l_615 + l_611;
const float l_617 = l_arr_9[uint(7)];
const half l_618 = half(l_617);
buffer_2[l_616] = l_618;
}
const uint l_619 = l_3 + l_4;
const uint l_620 = l_619 + uint(32);
const uint l_621 = l_2 + l_5;
const uint l_622 = l_621 + uint(0);
const bool l_623 = l_620 < l_1;
const bool l_624 = l_622 < info.scalars_uint[1];
const bool l_625 = l_623 && l_624;
if (l_625) {
const uint l_626 = l_620 * info.scalars_uint[1];
const uint l_627 = l_626 + l_622;
const float l_628 = l_arr_9[uint(8)];
const half l_629 = half(l_628);
buffer_2[l_627] = l_629;
}
const uint l_630 = l_3 + l_4;
const uint l_631 = l_630 + uint(32);
const uint l_632 = l_2 + l_5;
const uint l_633 = l_632 + uint(16);
const bool l_634 = l_631 < l_1;
const bool l_635 = l_633 < info.scalars_uint[1];
const bool l_636 = l_634 && l_635;
if (l_636) {
const uint l_637 = l_631 * info.scalars_uint[1];
const uint l_638 = l_637 + l_633;
const float l_639 = l_arr_9[uint(9)];
const half l_640 = half(l_639);
buffer_2[l_638] = l_640;
}
const uint l_641 = l_3 + l_4;
const uint l_642 = l_641 + uint(32);
const uint l_643 = l_2 + l_5;
const uint l_644 = l_643 + uint(32);
const bool l_645 = l_642 < l_1;
const bool l_646 = l_644 < info.scalars_uint[1];
const bool l_647 = l_645 && l_646;
if (l_647) {
const uint l_648 = l_642 * info.scalars_uint[1];
const uint l_649 = l_648 + l_644;
const float l_650 = l_arr_9[uint(10)];
const half l_651 = half(l_650);
buffer_2[l_649] = l_651;
}
const uint l_652 = l_3 + l_4;
const uint l_653 = l_652 + uint(32);
const uint l_654 = l_2 + l_5;
const uint l_655 = l_654 + uint(48);
const bool l_656 = l_653 < l_1;
const bool l_657 = l_655 < info.scalars_uint[1];
const bool l_658 = l_656 && l_657;
if (l_658) {
const uint l_659 = l_653 * info.scalars_uint[1];
const uint l_660 = l_659 + l_655;
const float l_661 = l_arr_9[uint(11)];
const half l_662 = half(l_661);
buffer_2[l_660] = l_662;
}
const uint l_663 = l_3 + l_4;
const uint l_664 = l_663 + uint(48);
const uint l_665 = l_2 + l_5;
const uint l_666 = l_665 + uint(0);
const bool l_667 = l_664 < l_1;
const bool l_668 = l_666 < info.scalars_uint[1];
const bool l_669 = l_667 && l_668;
if (l_669) {
const uint l_670 = l_664 * info.scalars_uint[1];
const uint l_671 = l_670 + l_666;
const float l_672 = l_arr_9[uint(12)];
const half l_673 = half(l_672);
buffer_2[l_671] = l_673;
}
const uint l_674 = l_3 + l_4;
const uint l_675 = l_674 + uint(48);
const uint l_676 = l_2 + l_5;
const uint l_677 = l_676 + uint(16);
const bool l_678 = l_675 < l_1;
const bool l_679 = l_677 < info.scalars_uint[1];
const bool l_680 = l_678 && l_679;
if (l_680) {
const uint l_681 = l_675 * info.scalars_uint[1];
const uint l_682 = l_681 + l_677;
const float l_683 = l_arr_9[uint(13)];
const half l_684 = half(l_683);
buffer_2[l_682] = l_684;
}
const uint l_685 = l_3 + l_4;
const uint l_686 = l_685 + uint(48);
const uint l_687 = l_2 + l_5;
const uint l_688 = l_687 + uint(32);
const bool l_689 = l_686 < l_1;
const bool l_690 = l_688 < info.scalars_uint[1];
const bool l_691 = l_689 && l_690;
if (l_691) {
const uint l_692 = l_686 * info.scalars_uint[1];
const uint l_693 = l_692 + l_688;
const float l_694 = l_arr_9[uint(14)];
const half l_695 = half(l_694);
buffer_2[l_693] = l_695;
}
const uint l_696 = l_3 + l_4;
const uint l_697 = l_696 + uint(48);
const uint l_698 = l_2 + l_5;
const uint l_699 = l_698 + uint(48);
const bool l_700 = l_697 < l_1;
const bool l_701 = l_699 < info.scalars_uint[1];
const bool l_702 = l_700 && l_701;
if (l_702) {
const uint l_703 = l_697 * info.scalars_uint[1];
const uint l_704 = l_703 + l_699;
const float l_705 = l_arr_9[uint(15)];
const half l_706 = half(l_705);
buffer_2[l_704] = l_706;
}

}
