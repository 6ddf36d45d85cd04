
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

float l_arr_409[4];

float l_arr_410[4];

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
const float l_62 = buffer_1[l_61];
l_mut_47 = l_62;
}
const uint l_63 = l_14 * uint(33);
const uint l_64 = l_63 + l_15;
shared_memory_8[l_64] = l_mut_47;
const uint l_65 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_66 = l_65 / uint(32);
const uint l_67 = l_65 % uint(32);
const uint l_68 = l_mut_10 + l_67;
l_mut_47 = float(0.0);
const uint l_69 = l_2 + l_66;
const bool l_70 = l_69 < info.scalars_uint[1];
const bool l_71 = l_68 < info.scalars_uint[2];
const bool l_72 = l_70 && l_71;
if (l_72) {
const uint l_73 = l_69 * l_6;
const uint l_74 = l_68 / uint(1);
const uint l_75 = l_73 + l_74;
const uint l_76 = l_68 % uint(1);
const uint l_77 = l_75 * uint(2);
const uint l_78 = uint(0) + l_77;
const uint l_79 = l_78 / uint(4);
const uint l_80 = buffer_0[l_79];
const uint l_81 = l_78 % uint(4);
const uint l_82 = l_81 * uint(8);
const uint l_83 = l_80 >> l_82;
const uint l_84 = l_83 & uint(65535);
const uint l_85 = l_84 & uint(32768);
const uint l_86 = l_85 << uint(16);
const uint l_87 = l_84 >> uint(10);
const uint l_88 = l_87 & uint(31);
const uint l_89 = l_84 & uint(1023);
const uint l_90 = l_88 + uint(112);
l_mut_40 = l_90;
const bool l_91 = l_88 == uint(31);
if (l_91) {
l_mut_40 = uint(255);
}
const uint l_92 = l_mut_40 << uint(23);
const uint l_93 = l_86 | l_92;
const uint l_94 = l_89 << uint(13);
const uint l_95 = l_93 | l_94;
const float l_96 = reinterpret_cast<thread float const&>(l_95);
l_mut_17 = l_96;
const bool l_97 = l_88 == uint(0);
if (l_97) {
const float l_98 = float(l_89);
const float l_99 = l_98 * float(5.960464477539063e-8);
const bool l_100 = l_86 == uint(0);
if (l_100) {
l_mut_17 = l_99;
} else {
const float l_101 = -l_99;
l_mut_17 = l_101;
}
}
const int l_102 = int(l_76);
l_mut_47 = l_mut_17;
}
const uint l_103 = l_66 * uint(33);
const uint l_104 = l_103 + l_67;
shared_memory_7[l_104] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_105 = l_3 + l_66;
const bool l_106 = l_105 < l_1;
const bool l_107 = l_68 < info.scalars_uint[2];
const bool l_108 = l_106 && l_107;
if (l_108) {
const uint l_109 = l_105 * info.scalars_uint[2];
const uint l_110 = l_109 + l_68;
const float l_111 = buffer_1[l_110];
l_mut_47 = l_111;
}
const uint l_112 = l_66 * uint(33);
const uint l_113 = l_112 + l_67;
shared_memory_8[l_113] = l_mut_47;
const uint l_114 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_115 = l_114 / uint(32);
const uint l_116 = l_114 % uint(32);
const uint l_117 = l_mut_10 + l_116;
l_mut_47 = float(0.0);
const uint l_118 = l_2 + l_115;
const bool l_119 = l_118 < info.scalars_uint[1];
const bool l_120 = l_117 < info.scalars_uint[2];
const bool l_121 = l_119 && l_120;
if (l_121) {
const uint l_122 = l_118 * l_6;
const uint l_123 = l_117 / uint(1);
const uint l_124 = l_122 + l_123;
const uint l_125 = l_117 % uint(1);
const uint l_126 = l_124 * uint(2);
const uint l_127 = uint(0) + l_126;
const uint l_128 = l_127 / uint(4);
const uint l_129 = buffer_0[l_128];
const uint l_130 = l_127 % uint(4);
const uint l_131 = l_130 * uint(8);
const uint l_132 = l_129 >> l_131;
const uint l_133 = l_132 & uint(65535);
const uint l_134 = l_133 & uint(32768);
const uint l_135 = l_134 << uint(16);
const uint l_136 = l_133 >> uint(10);
const uint l_137 = l_136 & uint(31);
const uint l_138 = l_133 & uint(1023);
const uint l_139 = l_137 + uint(112);
l_mut_40 = l_139;
const bool l_140 = l_137 == uint(31);
if (l_140) {
l_mut_40 = uint(255);
}
const uint l_141 = l_mut_40 << uint(23);
const uint l_142 = l_135 | l_141;
const uint l_143 = l_138 << uint(13);
const uint l_144 = l_142 | l_143;
const float l_145 = reinterpret_cast<thread float const&>(l_144);
l_mut_17 = l_145;
const bool l_146 = l_137 == uint(0);
if (l_146) {
const float l_147 = float(l_138);
const float l_148 = l_147 * float(5.960464477539063e-8);
const bool l_149 = l_135 == uint(0);
if (l_149) {
l_mut_17 = l_148;
} else {
const float l_150 = -l_148;
l_mut_17 = l_150;
}
}
const int l_151 = int(l_125);
l_mut_47 = l_mut_17;
}
const uint l_152 = l_115 * uint(33);
const uint l_153 = l_152 + l_116;
shared_memory_7[l_153] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_154 = l_3 + l_115;
const bool l_155 = l_154 < l_1;
const bool l_156 = l_117 < info.scalars_uint[2];
const bool l_157 = l_155 && l_156;
if (l_157) {
const uint l_158 = l_154 * info.scalars_uint[2];
const uint l_159 = l_158 + l_117;
const float l_160 = buffer_1[l_159];
l_mut_47 = l_160;
}
const uint l_161 = l_115 * uint(33);
const uint l_162 = l_161 + l_116;
shared_memory_8[l_162] = l_mut_47;
const uint l_163 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_164 = l_163 / uint(32);
const uint l_165 = l_163 % uint(32);
const uint l_166 = l_mut_10 + l_165;
l_mut_47 = float(0.0);
const uint l_167 = l_2 + l_164;
const bool l_168 = l_167 < info.scalars_uint[1];
const bool l_169 = l_166 < info.scalars_uint[2];
const bool l_170 = l_168 && l_169;
if (l_170) {
const uint l_171 = l_167 * l_6;
const uint l_172 = l_166 / uint(1);
const uint l_173 = l_171 + l_172;
const uint l_174 = l_166 % uint(1);
const uint l_175 = l_173 * uint(2);
const uint l_176 = uint(0) + l_175;
const uint l_177 = l_176 / uint(4);
const uint l_178 = buffer_0[l_177];
const uint l_179 = l_176 % uint(4);
const uint l_180 = l_179 * uint(8);
const uint l_181 = l_178 >> l_180;
const uint l_182 = l_181 & uint(65535);
const uint l_183 = l_182 & uint(32768);
const uint l_184 = l_183 << uint(16);
const uint l_185 = l_182 >> uint(10);
const uint l_186 = l_185 & uint(31);
const uint l_187 = l_182 & uint(1023);
const uint l_188 = l_186 + uint(112);
l_mut_40 = l_188;
const bool l_189 = l_186 == uint(31);
if (l_189) {
l_mut_40 = uint(255);
}
const uint l_190 = l_mut_40 << uint(23);
const uint l_191 = l_184 | l_190;
const uint l_192 = l_187 << uint(13);
const uint l_193 = l_191 | l_192;
const float l_194 = reinterpret_cast<thread float const&>(l_193);
l_mut_17 = l_194;
const bool l_195 = l_186 == uint(0);
if (l_195) {
const float l_196 = float(l_187);
const float l_197 = l_196 * float(5.960464477539063e-8);
const bool l_198 = l_184 == uint(0);
if (l_198) {
l_mut_17 = l_197;
} else {
const float l_199 = -l_197;
l_mut_17 = l_199;
}
}
const int l_200 = int(l_174);
l_mut_47 = l_mut_17;
}
const uint l_201 = l_164 * uint(33);
const uint l_202 = l_201 + l_165;
shared_memory_7[l_202] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_203 = l_3 + l_164;
const bool l_204 = l_203 < l_1;
const bool l_205 = l_166 < info.scalars_uint[2];
const bool l_206 = l_204 && l_205;
if (l_206) {
const uint l_207 = l_203 * info.scalars_uint[2];
const uint l_208 = l_207 + l_166;
const float l_209 = buffer_1[l_208];
l_mut_47 = l_209;
}
const uint l_210 = l_164 * uint(33);
const uint l_211 = l_210 + l_165;
shared_memory_8[l_211] = l_mut_47;
const uint l_212 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_213 = l_212 / uint(32);
const uint l_214 = l_212 % uint(32);
const uint l_215 = l_mut_10 + l_214;
l_mut_47 = float(0.0);
const uint l_216 = l_2 + l_213;
const bool l_217 = l_216 < info.scalars_uint[1];
const bool l_218 = l_215 < info.scalars_uint[2];
const bool l_219 = l_217 && l_218;
if (l_219) {
const uint l_220 = l_216 * l_6;
const uint l_221 = l_215 / uint(1);
const uint l_222 = l_220 + l_221;
const uint l_223 = l_215 % uint(1);
const uint l_224 = l_222 * uint(2);
const uint l_225 = uint(0) + l_224;
const uint l_226 = l_225 / uint(4);
const uint l_227 = buffer_0[l_226];
const uint l_228 = l_225 % uint(4);
const uint l_229 = l_228 * uint(8);
const uint l_230 = l_227 >> l_229;
const uint l_231 = l_230 & uint(65535);
const uint l_232 = l_231 & uint(32768);
const uint l_233 = l_232 << uint(16);
const uint l_234 = l_231 >> uint(10);
const uint l_235 = l_234 & uint(31);
const uint l_236 = l_231 & uint(1023);
const uint l_237 = l_235 + uint(112);
l_mut_40 = l_237;
const bool l_238 = l_235 == uint(31);
if (l_238) {
l_mut_40 = uint(255);
}
const uint l_239 = l_mut_40 << uint(23);
const uint l_240 = l_233 | l_239;
const uint l_241 = l_236 << uint(13);
const uint l_242 = l_240 | l_241;
const float l_243 = reinterpret_cast<thread float const&>(l_242);
l_mut_17 = l_243;
const bool l_244 = l_235 == uint(0);
if (l_244) {
const float l_245 = float(l_236);
const float l_246 = l_245 * float(5.960464477539063e-8);
const bool l_247 = l_233 == uint(0);
if (l_247) {
l_mut_17 = l_246;
} else {
const float l_248 = -l_246;
l_mut_17 = l_248;
}
}
const int l_249 = int(l_223);
l_mut_47 = l_mut_17;
}
const uint l_250 = l_213 * uint(33);
const uint l_251 = l_250 + l_214;
shared_memory_7[l_251] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_252 = l_3 + l_213;
const bool l_253 = l_252 < l_1;
const bool l_254 = l_215 < info.scalars_uint[2];
const bool l_255 = l_253 && l_254;
if (l_255) {
const uint l_256 = l_252 * info.scalars_uint[2];
const uint l_257 = l_256 + l_215;
const float l_258 = buffer_1[l_257];
l_mut_47 = l_258;
}
const uint l_259 = l_213 * uint(33);
const uint l_260 = l_259 + l_214;
shared_memory_8[l_260] = l_mut_47;
const uint l_261 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_262 = l_261 / uint(32);
const uint l_263 = l_261 % uint(32);
const uint l_264 = l_mut_10 + l_263;
l_mut_47 = float(0.0);
const uint l_265 = l_2 + l_262;
const bool l_266 = l_265 < info.scalars_uint[1];
const bool l_267 = l_264 < info.scalars_uint[2];
const bool l_268 = l_266 && l_267;
if (l_268) {
const uint l_269 = l_265 * l_6;
const uint l_270 = l_264 / uint(1);
const uint l_271 = l_269 + l_270;
const uint l_272 = l_264 % uint(1);
const uint l_273 = l_271 * uint(2);
const uint l_274 = uint(0) + l_273;
const uint l_275 = l_274 / uint(4);
const uint l_276 = buffer_0[l_275];
const uint l_277 = l_274 % uint(4);
const uint l_278 = l_277 * uint(8);
const uint l_279 = l_276 >> l_278;
const uint l_280 = l_279 & uint(65535);
const uint l_281 = l_280 & uint(32768);
const uint l_282 = l_281 << uint(16);
const uint l_283 = l_280 >> uint(10);
const uint l_284 = l_283 & uint(31);
const uint l_285 = l_280 & uint(1023);
const uint l_286 = l_284 + uint(112);
l_mut_40 = l_286;
const bool l_287 = l_284 == uint(31);
if (l_287) {
l_mut_40 = uint(255);
}
const uint l_288 = l_mut_40 << uint(23);
const uint l_289 = l_282 | l_288;
const uint l_290 = l_285 << uint(13);
const uint l_291 = l_289 | l_290;
const float l_292 = reinterpret_cast<thread float const&>(l_291);
l_mut_17 = l_292;
const bool l_293 = l_284 == uint(0);
if (l_293) {
const float l_294 = float(l_285);
const float l_295 = l_294 * float(5.960464477539063e-8);
const bool l_296 = l_282 == uint(0);
if (l_296) {
l_mut_17 = l_295;
} else {
const float l_297 = -l_295;
l_mut_17 = l_297;
}
}
const int l_298 = int(l_272);
l_mut_47 = l_mut_17;
}
const uint l_299 = l_262 * uint(33);
const uint l_300 = l_299 + l_263;
shared_memory_7[l_300] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_301 = l_3 + l_262;
const bool l_302 = l_301 < l_1;
const bool l_303 = l_264 < info.scalars_uint[2];
const bool l_304 = l_302 && l_303;
if (l_304) {
const uint l_305 = l_301 * info.scalars_uint[2];
const uint l_306 = l_305 + l_264;
const float l_307 = buffer_1[l_306];
l_mut_47 = l_307;
}
const uint l_308 = l_262 * uint(33);
const uint l_309 = l_308 + l_263;
shared_memory_8[l_309] = l_mut_47;
const uint l_310 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_311 = l_310 / uint(32);
const uint l_312 = l_310 % uint(32);
const uint l_313 = l_mut_10 + l_312;
l_mut_47 = float(0.0);
const uint l_314 = l_2 + l_311;
const bool l_315 = l_314 < info.scalars_uint[1];
const bool l_316 = l_313 < info.scalars_uint[2];
const bool l_317 = l_315 && l_316;
if (l_317) {
const uint l_318 = l_314 * l_6;
const uint l_319 = l_313 / uint(1);
const uint l_320 = l_318 + l_319;
const uint l_321 = l_313 % uint(1);
const uint l_322 = l_320 * uint(2);
const uint l_323 = uint(0) + l_322;
const uint l_324 = l_323 / uint(4);
const uint l_325 = buffer_0[l_324];
const uint l_326 = l_323 % uint(4);
const uint l_327 = l_326 * uint(8);
const uint l_328 = l_325 >> l_327;
const uint l_329 = l_328 & uint(65535);
const uint l_330 = l_329 & uint(32768);
const uint l_331 = l_330 << uint(16);
const uint l_332 = l_329 >> uint(10);
const uint l_333 = l_332 & uint(31);
const uint l_334 = l_329 & uint(1023);
const uint l_335 = l_333 + uint(112);
l_mut_40 = l_335;
const bool l_336 = l_333 == uint(31);
if (l_336) {
l_mut_40 = uint(255);
}
const uint l_337 = l_mut_40 << uint(23);
const uint l_338 = l_331 | l_337;
const uint l_339 = l_334 << uint(13);
const uint l_340 = l_338 | l_339;
const float l_341 = reinterpret_cast<thread float const&>(l_340);
l_mut_17 = l_341;
const bool l_342 = l_333 == uint(0);
if (l_342) {
const float l_343 = float(l_334);
const float l_344 = l_343 * float(5.960464477539063e-8);
const bool l_345 = l_331 == uint(0);
if (l_345) {
l_mut_17 = l_344;
} else {
const float l_346 = -l_344;
l_mut_17 = l_346;
}
}
const int l_347 = int(l_321);
l_mut_47 = l_mut_17;
}
const uint l_348 = l_311 * uint(33);
const uint l_349 = l_348 + l_312;
shared_memory_7[l_349] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_350 = l_3 + l_311;
const bool l_351 = l_350 < l_1;
const bool l_352 = l_313 < info.scalars_uint[2];
const bool l_353 = l_351 && l_352;
if (l_353) {
const uint l_354 = l_350 * info.scalars_uint[2];
const uint l_355 = l_354 + l_313;
const float l_356 = buffer_1[l_355];
l_mut_47 = l_356;
}
const uint l_357 = l_311 * uint(33);
const uint l_358 = l_357 + l_312;
shared_memory_8[l_358] = l_mut_47;
const uint l_359 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_360 = l_359 / uint(32);
const uint l_361 = l_359 % uint(32);
const uint l_362 = l_mut_10 + l_361;
l_mut_47 = float(0.0);
const uint l_363 = l_2 + l_360;
const bool l_364 = l_363 < info.scalars_uint[1];
const bool l_365 = l_362 < info.scalars_uint[2];
const bool l_366 = l_364 && l_365;
if (l_366) {
const uint l_367 = l_363 * l_6;
const uint l_368 = l_362 / uint(1);
const uint l_369 = l_367 + l_368;
const uint l_370 = l_362 % uint(1);
const uint l_371 = l_369 * uint(2);
const uint l_372 = uint(0) + l_371;
const uint l_373 = l_372 / uint(4);
const uint l_374 = buffer_0[l_373];
const uint l_375 = l_372 % uint(4);
const uint l_376 = l_375 * uint(8);
const uint l_377 = l_374 >> l_376;
const uint l_378 = l_377 & uint(65535);
const uint l_379 = l_378 & uint(32768);
const uint l_380 = l_379 << uint(16);
const uint l_381 = l_378 >> uint(10);
const uint l_382 = l_381 & uint(31);
const uint l_383 = l_378 & uint(1023);
const uint l_384 = l_382 + uint(112);
l_mut_40 = l_384;
const bool l_385 = l_382 == uint(31);
if (l_385) {
l_mut_40 = uint(255);
}
const uint l_386 = l_mut_40 << uint(23);
const uint l_387 = l_380 | l_386;
const uint l_388 = l_383 << uint(13);
const uint l_389 = l_387 | l_388;
const float l_390 = reinterpret_cast<thread float const&>(l_389);
l_mut_17 = l_390;
const bool l_391 = l_382 == uint(0);
if (l_391) {
const float l_392 = float(l_383);
const float l_393 = l_392 * float(5.960464477539063e-8);
const bool l_394 = l_380 == uint(0);
if (l_394) {
l_mut_17 = l_393;
} else {
const float l_395 = -l_393;
l_mut_17 = l_395;
}
}
const int l_396 = int(l_370);
l_mut_47 = l_mut_17;
}
const uint l_397 = l_360 * uint(33);
const uint l_398 = l_397 + l_361;
shared_memory_7[l_398] = l_mut_47;
l_mut_47 = float(0.0);
const uint l_399 = l_3 + l_360;
const bool l_400 = l_399 < l_1;
const bool l_401 = l_362 < info.scalars_uint[2];
const bool l_402 = l_400 && l_401;
if (l_402) {
const uint l_403 = l_399 * info.scalars_uint[2];
const uint l_404 = l_403 + l_362;
const float l_405 = buffer_1[l_404];
l_mut_47 = l_405;
}
const uint l_406 = l_360 * uint(33);
const uint l_407 = l_406 + l_361;
shared_memory_8[l_407] = l_mut_47;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_408 = uint(0); l_mut_408 < uint(32); ++l_mut_408) {
const uint l_411 = l_4 + uint(0);
const uint l_412 = l_411 * uint(33);
const uint l_413 = l_412 + l_mut_408;
const float l_414 = shared_memory_8[l_413];
l_arr_409[uint(0)] = l_414;
const uint l_415 = l_5 + uint(0);
const uint l_416 = l_415 * uint(33);
const uint l_417 = l_416 + l_mut_408;
const float l_418 = shared_memory_7[l_417];
l_arr_410[uint(0)] = l_418;
const uint l_419 = l_4 + uint(16);
const uint l_420 = l_419 * uint(33);
const uint l_421 = l_420 + l_mut_408;
const float l_422 = shared_memory_8[l_421];
l_arr_409[uint(1)] = l_422;
const uint l_423 = l_5 + uint(16);
const uint l_424 = l_423 * uint(33);
const uint l_425 = l_424 + l_mut_408;
const float l_426 = shared_memory_7[l_425];
l_arr_410[uint(1)] = l_426;
const uint l_427 = l_4 + uint(32);
const uint l_428 = l_427 * uint(33);
const uint l_429 = l_428 + l_mut_408;
const float l_430 = shared_memory_8[l_429];
l_arr_409[uint(2)] = l_430;
const uint l_431 = l_5 + uint(32);
const uint l_432 = l_431 * uint(33);
const uint l_433 = l_432 + l_mut_408;
const float l_434 = shared_memory_7[l_433];
l_arr_410[uint(2)] = l_434;
const uint l_435 = l_4 + uint(48);
const uint l_436 = l_435 * uint(33);
const uint l_437 = l_436 + l_mut_408;
const float l_438 = shared_memory_8[l_437];
l_arr_409[uint(3)] = l_438;
const uint l_439 = l_5 + uint(48);
const uint l_440 = l_439 * uint(33);
const uint l_441 = l_440 + l_mut_408;
const float l_442 = shared_memory_7[l_441];
l_arr_410[uint(3)] = l_442;
const float l_443 = l_arr_409[uint(0)];
const float l_444 = l_arr_410[uint(0)];
const float l_445 = l_443 * l_444;
const float l_446 = l_arr_9[uint(0)];
const float l_447 = l_446 + l_445;
l_arr_9[uint(0)] = l_447;
const float l_448 = l_arr_409[uint(0)];
const float l_449 = l_arr_410[uint(1)];
const float l_450 = l_448 * l_449;
const float l_451 = l_arr_9[uint(1)];
const float l_452 = l_451 + l_450;
l_arr_9[uint(1)] = l_452;
const float l_453 = l_arr_409[uint(0)];
const float l_454 = l_arr_410[uint(2)];
const float l_455 = l_453 * l_454;
const float l_456 = l_arr_9[uint(2)];
const float l_457 = l_456 + l_455;
l_arr_9[uint(2)] = l_457;
const float l_458 = l_arr_409[uint(0)];
const float l_459 = l_arr_410[uint(3)];
const float l_460 = l_458 * l_459;
const float l_461 = l_arr_9[uint(3)];
const float l_462 = l_461 + l_460;
l_arr_9[uint(3)] = l_462;
const float l_463 = l_arr_409[uint(1)];
const float l_464 = l_arr_410[uint(0)];
const float l_465 = l_463 * l_464;
const float l_466 = l_arr_9[uint(4)];
const float l_467 = l_466 + l_465;
l_arr_9[uint(4)] = l_467;
const float l_468 = l_arr_409[uint(1)];
const float l_469 = l_arr_410[uint(1)];
const float l_470 = l_468 * l_469;
const float l_471 = l_arr_9[uint(5)];
const float l_472 = l_471 + l_470;
l_arr_9[uint(5)] = l_472;
const float l_473 = l_arr_409[uint(1)];
const float l_474 = l_arr_410[uint(2)];
const float l_475 = l_473 * l_474;
const float l_476 = l_arr_9[uint(6)];
const float l_477 = l_476 + l_475;
l_arr_9[uint(6)] = l_477;
const float l_478 = l_arr_409[uint(1)];
const float l_479 = l_arr_410[uint(3)];
const float l_480 = l_478 * l_479;
const float l_481 = l_arr_9[uint(7)];
const float l_482 = l_481 + l_480;
l_arr_9[uint(7)] = l_482;
const float l_483 = l_arr_409[uint(2)];
const float l_484 = l_arr_410[uint(0)];
const float l_485 = l_483 * l_484;
const float l_486 = l_arr_9[uint(8)];
const float l_487 = l_486 + l_485;
l_arr_9[uint(8)] = l_487;
const float l_488 = l_arr_409[uint(2)];
const float l_489 = l_arr_410[uint(1)];
const float l_490 = l_488 * l_489;
const float l_491 = l_arr_9[uint(9)];
const float l_492 = l_491 + l_490;
l_arr_9[uint(9)] = l_492;
const float l_493 = l_arr_409[uint(2)];
const float l_494 = l_arr_410[uint(2)];
const float l_495 = l_493 * l_494;
const float l_496 = l_arr_9[uint(10)];
const float l_497 = l_496 + l_495;
l_arr_9[uint(10)] = l_497;
const float l_498 = l_arr_409[uint(2)];
const float l_499 = l_arr_410[uint(3)];
const float l_500 = l_498 * l_499;
const float l_501 = l_arr_9[uint(11)];
const float l_502 = l_501 + l_500;
l_arr_9[uint(11)] = l_502;
const float l_503 = l_arr_409[uint(3)];
const float l_504 = l_arr_410[uint(0)];
const float l_505 = l_503 * l_504;
const float l_506 = l_arr_9[uint(12)];
const float l_507 = l_506 + l_505;
l_arr_9[uint(12)] = l_507;
const float l_508 = l_arr_409[uint(3)];
const float l_509 = l_arr_410[uint(1)];
const float l_510 = l_508 * l_509;
const float l_511 = l_arr_9[uint(13)];
const float l_512 = l_511 + l_510;
l_arr_9[uint(13)] = l_512;
const float l_513 = l_arr_409[uint(3)];
const float l_514 = l_arr_410[uint(2)];
const float l_515 = l_513 * l_514;
const float l_516 = l_arr_9[uint(14)];
const float l_517 = l_516 + l_515;
l_arr_9[uint(14)] = l_517;
const float l_518 = l_arr_409[uint(3)];
const float l_519 = l_arr_410[uint(3)];
const float l_520 = l_518 * l_519;
const float l_521 = l_arr_9[uint(15)];
const float l_522 = l_521 + l_520;
l_arr_9[uint(15)] = l_522;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_523 = l_3 + l_4;
const uint l_524 = l_523 + uint(0);
const uint l_525 = l_2 + l_5;
const uint l_526 = l_525 + uint(0);
const bool l_527 = l_524 < l_1;
const bool l_528 = l_526 < info.scalars_uint[1];
const bool l_529 = l_527 && l_528;
if (l_529) {
const uint l_530 = l_524 * info.scalars_uint[1];
const uint l_531 = l_530 + l_526;
const float l_532 = l_arr_9[uint(0)];
buffer_2[l_531] = l_532;
}
const uint l_533 = l_3 + l_4;
const uint l_534 = l_533 + uint(0);
const uint l_535 = l_2 + l_5;
const uint l_536 = l_535 + uint(16);
const bool l_537 = l_534 < l_1;
const bool l_538 = l_536 < info.scalars_uint[1];
const bool l_539 = l_537 && l_538;
if (l_539) {
const uint l_540 = l_534 * info.scalars_uint[1];
const uint l_541 = l_540 + l_536;
const float l_542 = l_arr_9[uint(1)];
buffer_2[l_541] = l_542;
}
const uint l_543 = l_3 + l_4;
const uint l_544 = l_543 + uint(0);
const uint l_545 = l_2 + l_5;
const uint l_546 = l_545 + uint(32);
const bool l_547 = l_544 < l_1;
const bool l_548 = l_546 < info.scalars_uint[1];
const bool l_549 = l_547 && l_548;
if (l_549) {
const uint l_550 = l_544 * info.scalars_uint[1];
const uint l_551 = l_550 + l_546;
const float l_552 = l_arr_9[uint(2)];
buffer_2[l_551] = l_552;
}
const uint l_553 = l_3 + l_4;
const uint l_554 = l_553 + uint(0);
const uint l_555 = l_2 + l_5;
const uint l_556 = l_555 + uint(48);
const bool l_557 = l_554 < l_1;
const bool l_558 = l_556 < info.scalars_uint[1];
const bool l_559 = l_557 && l_558;
if (l_559) {
const uint l_560 = l_554 * info.scalars_uint[1];
const uint l_561 = l_560 + l_556;
const float l_562 = l_arr_9[uint(3)];
buffer_2[l_561] = l_562;
}
const uint l_563 = l_3 + l_4;
const uint l_564 = l_563 + uint(16);
const uint l_565 = l_2 + l_5;
const uint l_566 = l_565 + uint(0);
const bool l_567 = l_564 < l_1;
const bool l_568 = l_566 < info.scalars_uint[1];
const bool l_569 = l_567 && l_568;
if (l_569) {
const uint l_570 = l_564 * info.scalars_uint[1];
const uint l_571 = l_570 + l_566;
const float l_572 = l_arr_9[uint(4)];
buffer_2[l_571] = l_572;
}
const uint l_573 = l_3 + l_4;
const uint l_574 = l_573 + uint(16);
const uint l_575 = l_2 + l_5;
const uint l_576 = l_575 + uint(16);
const bool l_577 = l_574 < l_1;
const bool l_578 = l_576 < info.scalars_uint[1];
const bool l_579 = l_577 && l_578;
if (l_579) {
const uint l_580 = l_574 * info.scalars_uint[1];
const uint l_581 = l_580 + l_576;
const float l_582 = l_arr_9[uint(5)];
buffer_2[l_581] = l_582;
}
const uint l_583 = l_3 + l_4;
const uint l_584 = l_583 + uint(16);
const uint l_585 = l_2 + l_5;
const uint l_586 = l_585 + uint(32);
const bool l_587 = l_584 < l_1;
const bool l_588 = l_586 < info.scalars_uint[1];
const bool l_589 = l_587 && l_588;
if (l_589) {
const uint l_590 = l_584 * info.scalars_uint[1];
const uint l_591 = l_590 + l_586;
const float l_592 = l_arr_9[uint(6)];
buffer_2[l_591] = l_592;
}
const uint l_593 = l_3 + l_4;
const uint l_594 = l_593 + uint(16);
const uint l_595 = l_2 + l_5;
const uint l_596 = l_595 + uint(48);
const bool l_597 = l_594 < l_1;
const bool l_598 = l_596 < info.scalars_uint[1];
const bool l_599 = l_597 && l_598;
if (l_599) {
const uint l_600 = l_594 * info.scalars_uint[1];
const uint l_601 = l_600 + l_596;
const float l_602 = l_arr_9[uint(7)];
buffer_2[l_601] = l_602;
}
const uint l_603 = l_3 + l_4;
const uint l_604 = l_603 + uint(32);
const uint l_605 = l_2 + l_5;
const uint l_606 = l_605 + uint(0);
const bool l_607 = l_604 < l_1;
const bool l_608 = l_606 < info.scalars_uint[1];
const bool l_609 = l_607 && l_608;
if (l_609) {
const uint l_610 = l_604 * info.scalars_uint[1];
const uint l_611 = l_610 + l_606;
const float l_612 = l_arr_9[uint(8)];
buffer_2[l_611] = l_612;
}
const uint l_613 = l_3 + l_4;
const uint l_614 = l_613 + uint(32);
const uint l_615 = l_2 + l_5;
const uint l_616 = l_615 + uint(16);
const bool l_617 = l_614 < l_1;
const bool l_618 = l_616 < info.scalars_uint[1];
const bool l_619 = l_617 && l_618;
if (l_619) {
const uint l_620 = l_614 * info.scalars_uint[1];
const uint l_621 = l_620 + l_616;
const float l_622 = l_arr_9[uint(9)];
buffer_2[l_621] = l_622;
}
const uint l_623 = l_3 + l_4;
const uint l_624 = l_623 + uint(32);
const uint l_625 = l_2 + l_5;
const uint l_626 = l_625 + uint(32);
const bool l_627 = l_624 < l_1;
const bool l_628 = l_626 < info.scalars_uint[1];
const bool l_629 = l_627 && l_628;
if (l_629) {
const uint l_630 = l_624 * info.scalars_uint[1];
const uint l_631 = l_630 + l_626;
const float l_632 = l_arr_9[uint(10)];
buffer_2[l_631] = l_632;
}
const uint l_633 = l_3 + l_4;
const uint l_634 = l_633 + uint(32);
const uint l_635 = l_2 + l_5;
const uint l_636 = l_635 + uint(48);
const bool l_637 = l_634 < l_1;
const bool l_638 = l_636 < info.scalars_uint[1];
const bool l_639 = l_637 && l_638;
if (l_639) {
const uint l_640 = l_634 * info.scalars_uint[1];
const uint l_641 = l_640 + l_636;
const float l_642 = l_arr_9[uint(11)];
buffer_2[l_641] = l_642;
}
const uint l_643 = l_3 + l_4;
const uint l_644 = l_643 + uint(48);
const uint l_645 = l_2 + l_5;
const uint l_646 = l_645 + uint(0);
const bool l_647 = l_644 < l_1;
const bool l_648 = l_646 < info.scalars_uint[1];
const bool l_649 = l_647 && l_648;
if (l_649) {
const uint l_650 = l_644 * info.scalars_uint[1];
const uint l_651 = l_650 + l_646;
const float l_652 = l_arr_9[uint(12)];
buffer_2[l_651] = l_652;
}
const uint l_653 = l_3 + l_4;
const uint l_654 = l_653 + uint(48);
const uint l_655 = l_2 + l_5;
const uint l_656 = l_655 + uint(16);
const bool l_657 = l_654 < l_1;
const bool l_658 = l_656 < info.scalars_uint[1];
const bool l_659 = l_657 && l_658;
if (l_659) {
const uint l_660 = l_654 * info.scalars_uint[1];
const uint l_661 = l_660 + l_656;
const float l_662 = l_arr_9[uint(13)];
buffer_2[l_661] = l_662;
}
const uint l_663 = l_3 + l_4;
const uint l_664 = l_663 + uint(48);
const uint l_665 = l_2 + l_5;
const uint l_666 = l_665 + uint(32);
const bool l_667 = l_664 < l_1;
const bool l_668 = l_666 < info.scalars_uint[1];
const bool l_669 = l_667 && l_668;
if (l_669) {
const uint l_670 = l_664 * info.scalars_uint[1];
const uint l_671 = l_670 + l_666;
const float l_672 = l_arr_9[uint(14)];
buffer_2[l_671] = l_672;
}
const uint l_673 = l_3 + l_4;
const uint l_674 = l_673 + uint(48);
const uint l_675 = l_2 + l_5;
const uint l_676 = l_675 + uint(48);
const bool l_677 = l_674 < l_1;
const bool l_678 = l_676 < info.scalars_uint[1];
const bool l_679 = l_677 && l_678;
if (l_679) {
const uint l_680 = l_674 * info.scalars_uint[1];
const uint l_681 = l_680 + l_676;
const float l_682 = l_arr_9[uint(15)];
buffer_2[l_681] = l_682;
}

}
