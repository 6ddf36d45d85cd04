
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
const int arrays_60[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_139[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_218[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_297[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_376[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_455[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_534[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_613[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
float l_arr_9[16];

float l_arr_649[4];

float l_arr_650[4];

float l_mut_17;
float l_mut_54;
uint l_mut_10;
uint l_mut_47;
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
const uint l_23 = l_16 / uint(32);
const uint l_24 = l_22 + l_23;
const uint l_25 = l_16 % uint(32);
const uint l_26 = l_24 * uint(2);
const uint l_27 = uint(0) + l_26;
const uint l_28 = info.scalars_uint[0] * uint(2);
const uint l_29 = l_28 + uint(3);
const uint l_30 = l_29 / uint(4);
const uint l_31 = l_30 * uint(4);
const uint l_32 = uint(0) + l_31;
const uint l_33 = l_24 * uint(16);
const uint l_34 = l_32 + l_33;
const uint l_35 = l_27 / uint(4);
const uint l_36 = buffer_0[l_35];
const uint l_37 = l_27 % uint(4);
const uint l_38 = l_37 * uint(8);
const uint l_39 = l_36 >> l_38;
const uint l_40 = l_39 & uint(65535);
const uint l_41 = l_40 & uint(32768);
const uint l_42 = l_41 << uint(16);
const uint l_43 = l_40 >> uint(10);
const uint l_44 = l_43 & uint(31);
const uint l_45 = l_40 & uint(1023);
const uint l_46 = l_44 + uint(112);
l_mut_47 = l_46;
const bool l_48 = l_44 == uint(31);
if (l_48) {
l_mut_47 = uint(255);
}
const uint l_49 = l_mut_47 << uint(23);
const uint l_50 = l_42 | l_49;
const uint l_51 = l_45 << uint(13);
const uint l_52 = l_50 | l_51;
const float l_53 = reinterpret_cast<thread float const&>(l_52);
l_mut_54 = l_53;
const bool l_55 = l_44 == uint(0);
if (l_55) {
const float l_56 = float(l_45);
const float l_57 = l_56 * float(5.960464477539063e-8);
const bool l_58 = l_42 == uint(0);
if (l_58) {
l_mut_54 = l_57;
} else {
const float l_59 = -l_57;
l_mut_54 = l_59;
}
}
const int l_61 = int(l_25);
const uint l_62 = l_34 + uint(0);
const uint l_63 = uint(l_61);
const uint l_64 = l_63 / uint(32);
const uint l_65 = l_64 * uint(16);
const uint l_66 = l_62 + l_65;
const uint l_67 = l_63 % uint(16);
const uint l_68 = l_66 + l_67;
const uint l_69 = l_63 / uint(16);
const uint l_70 = l_69 % uint(2);
const uint l_71 = l_70 * uint(4);
const uint l_72 = l_68 / uint(4);
const uint l_73 = buffer_0[l_72];
const uint l_74 = l_68 % uint(4);
const uint l_75 = l_74 * uint(8);
const uint l_76 = l_75 + l_71;
const uint l_77 = l_73 >> l_76;
const uint l_78 = l_77 & uint(15);
const int l_79 = int(l_78);
const uint l_80 = uint(l_79);
const int l_81 = arrays_60[l_80];
const float l_82 = float(l_81);
const float l_83 = l_mut_54 * l_82;
l_mut_17 = l_83;
}
const uint l_84 = l_14 * uint(33);
const uint l_85 = l_84 + l_15;
shared_memory_7[l_85] = l_mut_17;
l_mut_54 = float(0.0);
const uint l_86 = l_3 + l_14;
const bool l_87 = l_86 < l_1;
const bool l_88 = l_16 < info.scalars_uint[2];
const bool l_89 = l_87 && l_88;
if (l_89) {
const uint l_90 = l_86 * info.scalars_uint[2];
const uint l_91 = l_90 + l_16;
const float l_92 = buffer_1[l_91];
l_mut_54 = l_92;
}
const uint l_93 = l_14 * uint(33);
const uint l_94 = l_93 + l_15;
shared_memory_8[l_94] = l_mut_54;
const uint l_95 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_96 = l_95 / uint(32);
const uint l_97 = l_95 % uint(32);
const uint l_98 = l_mut_10 + l_97;
l_mut_54 = float(0.0);
const uint l_99 = l_2 + l_96;
const bool l_100 = l_99 < info.scalars_uint[1];
const bool l_101 = l_98 < info.scalars_uint[2];
const bool l_102 = l_100 && l_101;
if (l_102) {
const uint l_103 = l_99 * l_6;
const uint l_104 = l_98 / uint(32);
const uint l_105 = l_103 + l_104;
const uint l_106 = l_98 % uint(32);
const uint l_107 = l_105 * uint(2);
const uint l_108 = uint(0) + l_107;
const uint l_109 = info.scalars_uint[0] * uint(2);
const uint l_110 = l_109 + uint(3);
const uint l_111 = l_110 / uint(4);
const uint l_112 = l_111 * uint(4);
const uint l_113 = uint(0) + l_112;
const uint l_114 = l_105 * uint(16);
const uint l_115 = l_113 + l_114;
const uint l_116 = l_108 / uint(4);
const uint l_117 = buffer_0[l_116];
const uint l_118 = l_108 % uint(4);
const uint l_119 = l_118 * uint(8);
const uint l_120 = l_117 >> l_119;
const uint l_121 = l_120 & uint(65535);
const uint l_122 = l_121 & uint(32768);
const uint l_123 = l_122 << uint(16);
const uint l_124 = l_121 >> uint(10);
const uint l_125 = l_124 & uint(31);
const uint l_126 = l_121 & uint(1023);
const uint l_127 = l_125 + uint(112);
l_mut_47 = l_127;
const bool l_128 = l_125 == uint(31);
if (l_128) {
l_mut_47 = uint(255);
}
const uint l_129 = l_mut_47 << uint(23);
const uint l_130 = l_123 | l_129;
const uint l_131 = l_126 << uint(13);
const uint l_132 = l_130 | l_131;
const float l_133 = reinterpret_cast<thread float const&>(l_132);
l_mut_17 = l_133;
const bool l_134 = l_125 == uint(0);
if (l_134) {
const float l_135 = float(l_126);
const float l_136 = l_135 * float(5.960464477539063e-8);
const bool l_137 = l_123 == uint(0);
if (l_137) {
l_mut_17 = l_136;
} else {
const float l_138 = -l_136;
l_mut_17 = l_138;
}
}
const int l_140 = int(l_106);
const uint l_141 = l_115 + uint(0);
const uint l_142 = uint(l_140);
const uint l_143 = l_142 / uint(32);
const uint l_144 = l_143 * uint(16);
const uint l_145 = l_141 + l_144;
const uint l_146 = l_142 % uint(16);
const uint l_147 = l_145 + l_146;
const uint l_148 = l_142 / uint(16);
const uint l_149 = l_148 % uint(2);
const uint l_150 = l_149 * uint(4);
const uint l_151 = l_147 / uint(4);
const uint l_152 = buffer_0[l_151];
const uint l_153 = l_147 % uint(4);
const uint l_154 = l_153 * uint(8);
const uint l_155 = l_154 + l_150;
const uint l_156 = l_152 >> l_155;
const uint l_157 = l_156 & uint(15);
const int l_158 = int(l_157);
const uint l_159 = uint(l_158);
const int l_160 = arrays_139[l_159];
const float l_161 = float(l_160);
const float l_162 = l_mut_17 * l_161;
l_mut_54 = l_162;
}
const uint l_163 = l_96 * uint(33);
const uint l_164 = l_163 + l_97;
shared_memory_7[l_164] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_165 = l_3 + l_96;
const bool l_166 = l_165 < l_1;
const bool l_167 = l_98 < info.scalars_uint[2];
const bool l_168 = l_166 && l_167;
if (l_168) {
const uint l_169 = l_165 * info.scalars_uint[2];
const uint l_170 = l_169 + l_98;
const float l_171 = buffer_1[l_170];
l_mut_54 = l_171;
}
const uint l_172 = l_96 * uint(33);
const uint l_173 = l_172 + l_97;
shared_memory_8[l_173] = l_mut_54;
const uint l_174 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_175 = l_174 / uint(32);
const uint l_176 = l_174 % uint(32);
const uint l_177 = l_mut_10 + l_176;
l_mut_54 = float(0.0);
const uint l_178 = l_2 + l_175;
const bool l_179 = l_178 < info.scalars_uint[1];
const bool l_180 = l_177 < info.scalars_uint[2];
const bool l_181 = l_179 && l_180;
if (l_181) {
const uint l_182 = l_178 * l_6;
const uint l_183 = l_177 / uint(32);
const uint l_184 = l_182 + l_183;
const uint l_185 = l_177 % uint(32);
const uint l_186 = l_184 * uint(2);
const uint l_187 = uint(0) + l_186;
const uint l_188 = info.scalars_uint[0] * uint(2);
const uint l_189 = l_188 + uint(3);
const uint l_190 = l_189 / uint(4);
const uint l_191 = l_190 * uint(4);
const uint l_192 = uint(0) + l_191;
const uint l_193 = l_184 * uint(16);
const uint l_194 = l_192 + l_193;
const uint l_195 = l_187 / uint(4);
const uint l_196 = buffer_0[l_195];
const uint l_197 = l_187 % uint(4);
const uint l_198 = l_197 * uint(8);
const uint l_199 = l_196 >> l_198;
const uint l_200 = l_199 & uint(65535);
const uint l_201 = l_200 & uint(32768);
const uint l_202 = l_201 << uint(16);
const uint l_203 = l_200 >> uint(10);
const uint l_204 = l_203 & uint(31);
const uint l_205 = l_200 & uint(1023);
const uint l_206 = l_204 + uint(112);
l_mut_47 = l_206;
const bool l_207 = l_204 == uint(31);
if (l_207) {
l_mut_47 = uint(255);
}
const uint l_208 = l_mut_47 << uint(23);
const uint l_209 = l_202 | l_208;
const uint l_210 = l_205 << uint(13);
const uint l_211 = l_209 | l_210;
const float l_212 = reinterpret_cast<thread float const&>(l_211);
l_mut_17 = l_212;
const bool l_213 = l_204 == uint(0);
if (l_213) {
const float l_214 = float(l_205);
const float l_215 = l_214 * float(5.960464477539063e-8);
const bool l_216 = l_202 == uint(0);
if (l_216) {
l_mut_17 = l_215;
} else {
const float l_217 = -l_215;
l_mut_17 = l_217;
}
}
const int l_219 = int(l_185);
const uint l_220 = l_194 + uint(0);
const uint l_221 = uint(l_219);
const uint l_222 = l_221 / uint(32);
const uint l_223 = l_222 * uint(16);
const uint l_224 = l_220 + l_223;
const uint l_225 = l_221 % uint(16);
const uint l_226 = l_224 + l_225;
const uint l_227 = l_221 / uint(16);
const uint l_228 = l_227 % uint(2);
const uint l_229 = l_228 * uint(4);
const uint l_230 = l_226 / uint(4);
const uint l_231 = buffer_0[l_230];
const uint l_232 = l_226 % uint(4);
const uint l_233 = l_232 * uint(8);
const uint l_234 = l_233 + l_229;
const uint l_235 = l_231 >> l_234;
const uint l_236 = l_235 & uint(15);
const int l_237 = int(l_236);
const uint l_238 = uint(l_237);
const int l_239 = arrays_218[l_238];
const float l_240 = float(l_239);
const float l_241 = l_mut_17 * l_240;
l_mut_54 = l_241;
}
const uint l_242 = l_175 * uint(33);
const uint l_243 = l_242 + l_176;
shared_memory_7[l_243] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_244 = l_3 + l_175;
const bool l_245 = l_244 < l_1;
const bool l_246 = l_177 < info.scalars_uint[2];
const bool l_247 = l_245 && l_246;
if (l_247) {
const uint l_248 = l_244 * info.scalars_uint[2];
const uint l_249 = l_248 + l_177;
const float l_250 = buffer_1[l_249];
l_mut_54 = l_250;
}
const uint l_251 = l_175 * uint(33);
const uint l_252 = l_251 + l_176;
shared_memory_8[l_252] = l_mut_54;
const uint l_253 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_254 = l_253 / uint(32);
const uint l_255 = l_253 % uint(32);
const uint l_256 = l_mut_10 + l_255;
l_mut_54 = float(0.0);
const uint l_257 = l_2 + l_254;
const bool l_258 = l_257 < info.scalars_uint[1];
const bool l_259 = l_256 < info.scalars_uint[2];
const bool l_260 = l_258 && l_259;
if (l_260) {
const uint l_261 = l_257 * l_6;
const uint l_262 = l_256 / uint(32);
const uint l_263 = l_261 + l_262;
const uint l_264 = l_256 % uint(32);
const uint l_265 = l_263 * uint(2);
const uint l_266 = uint(0) + l_265;
const uint l_267 = info.scalars_uint[0] * uint(2);
const uint l_268 = l_267 + uint(3);
const uint l_269 = l_268 / uint(4);
const uint l_270 = l_269 * uint(4);
const uint l_271 = uint(0) + l_270;
const uint l_272 = l_263 * uint(16);
const uint l_273 = l_271 + l_272;
const uint l_274 = l_266 / uint(4);
const uint l_275 = buffer_0[l_274];
const uint l_276 = l_266 % uint(4);
const uint l_277 = l_276 * uint(8);
const uint l_278 = l_275 >> l_277;
const uint l_279 = l_278 & uint(65535);
const uint l_280 = l_279 & uint(32768);
const uint l_281 = l_280 << uint(16);
const uint l_282 = l_279 >> uint(10);
const uint l_283 = l_282 & uint(31);
const uint l_284 = l_279 & uint(1023);
const uint l_285 = l_283 + uint(112);
l_mut_47 = l_285;
const bool l_286 = l_283 == uint(31);
if (l_286) {
l_mut_47 = uint(255);
}
const uint l_287 = l_mut_47 << uint(23);
const uint l_288 = l_281 | l_287;
const uint l_289 = l_284 << uint(13);
const uint l_290 = l_288 | l_289;
const float l_291 = reinterpret_cast<thread float const&>(l_290);
l_mut_17 = l_291;
const bool l_292 = l_283 == uint(0);
if (l_292) {
const float l_293 = float(l_284);
const float l_294 = l_293 * float(5.960464477539063e-8);
const bool l_295 = l_281 == uint(0);
if (l_295) {
l_mut_17 = l_294;
} else {
const float l_296 = -l_294;
l_mut_17 = l_296;
}
}
const int l_298 = int(l_264);
const uint l_299 = l_273 + uint(0);
const uint l_300 = uint(l_298);
const uint l_301 = l_300 / uint(32);
const uint l_302 = l_301 * uint(16);
const uint l_303 = l_299 + l_302;
const uint l_304 = l_300 % uint(16);
const uint l_305 = l_303 + l_304;
const uint l_306 = l_300 / uint(16);
const uint l_307 = l_306 % uint(2);
const uint l_308 = l_307 * uint(4);
const uint l_309 = l_305 / uint(4);
const uint l_310 = buffer_0[l_309];
const uint l_311 = l_305 % uint(4);
const uint l_312 = l_311 * uint(8);
const uint l_313 = l_312 + l_308;
const uint l_314 = l_310 >> l_313;
const uint l_315 = l_314 & uint(15);
const int l_316 = int(l_315);
const uint l_317 = uint(l_316);
const int l_318 = arrays_297[l_317];
const float l_319 = float(l_318);
const float l_320 = l_mut_17 * l_319;
l_mut_54 = l_320;
}
const uint l_321 = l_254 * uint(33);
const uint l_322 = l_321 + l_255;
shared_memory_7[l_322] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_323 = l_3 + l_254;
const bool l_324 = l_323 < l_1;
const bool l_325 = l_256 < info.scalars_uint[2];
const bool l_326 = l_324 && l_325;
if (l_326) {
const uint l_327 = l_323 * info.scalars_uint[2];
const uint l_328 = l_327 + l_256;
const float l_329 = buffer_1[l_328];
l_mut_54 = l_329;
}
const uint l_330 = l_254 * uint(33);
const uint l_331 = l_330 + l_255;
shared_memory_8[l_331] = l_mut_54;
const uint l_332 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_333 = l_332 / uint(32);
const uint l_334 = l_332 % uint(32);
const uint l_335 = l_mut_10 + l_334;
l_mut_54 = float(0.0);
const uint l_336 = l_2 + l_333;
const bool l_337 = l_336 < info.scalars_uint[1];
const bool l_338 = l_335 < info.scalars_uint[2];
const bool l_339 = l_337 && l_338;
if (l_339) {
const uint l_340 = l_336 * l_6;
const uint l_341 = l_335 / uint(32);
const uint l_342 = l_340 + l_341;
const uint l_343 = l_335 % uint(32);
const uint l_344 = l_342 * uint(2);
const uint l_345 = uint(0) + l_344;
const uint l_346 = info.scalars_uint[0] * uint(2);
const uint l_347 = l_346 + uint(3);
const uint l_348 = l_347 / uint(4);
const uint l_349 = l_348 * uint(4);
const uint l_350 = uint(0) + l_349;
const uint l_351 = l_342 * uint(16);
const uint l_352 = l_350 + l_351;
const uint l_353 = l_345 / uint(4);
const uint l_354 = buffer_0[l_353];
const uint l_355 = l_345 % uint(4);
const uint l_356 = l_355 * uint(8);
const uint l_357 = l_354 >> l_356;
const uint l_358 = l_357 & uint(65535);
const uint l_359 = l_358 & uint(32768);
const uint l_360 = l_359 << uint(16);
const uint l_361 = l_358 >> uint(10);
const uint l_362 = l_361 & uint(31);
const uint l_363 = l_358 & uint(1023);
const uint l_364 = l_362 + uint(112);
l_mut_47 = l_364;
const bool l_365 = l_362 == uint(31);
if (l_365) {
l_mut_47 = uint(255);
}
const uint l_366 = l_mut_47 << uint(23);
const uint l_367 = l_360 | l_366;
const uint l_368 = l_363 << uint(13);
const uint l_369 = l_367 | l_368;
const float l_370 = reinterpret_cast<thread float const&>(l_369);
l_mut_17 = l_370;
const bool l_371 = l_362 == uint(0);
if (l_371) {
const float l_372 = float(l_363);
const float l_373 = l_372 * float(5.960464477539063e-8);
const bool l_374 = l_360 == uint(0);
if (l_374) {
l_mut_17 = l_373;
} else {
const float l_375 = -l_373;
l_mut_17 = l_375;
}
}
const int l_377 = int(l_343);
const uint l_378 = l_352 + uint(0);
const uint l_379 = uint(l_377);
const uint l_380 = l_379 / uint(32);
const uint l_381 = l_380 * uint(16);
const uint l_382 = l_378 + l_381;
const uint l_383 = l_379 % uint(16);
const uint l_384 = l_382 + l_383;
const uint l_385 = l_379 / uint(16);
const uint l_386 = l_385 % uint(2);
const uint l_387 = l_386 * uint(4);
const uint l_388 = l_384 / uint(4);
const uint l_389 = buffer_0[l_388];
const uint l_390 = l_384 % uint(4);
const uint l_391 = l_390 * uint(8);
const uint l_392 = l_391 + l_387;
const uint l_393 = l_389 >> l_392;
const uint l_394 = l_393 & uint(15);
const int l_395 = int(l_394);
const uint l_396 = uint(l_395);
const int l_397 = arrays_376[l_396];
const float l_398 = float(l_397);
const float l_399 = l_mut_17 * l_398;
l_mut_54 = l_399;
}
const uint l_400 = l_333 * uint(33);
const uint l_401 = l_400 + l_334;
shared_memory_7[l_401] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_402 = l_3 + l_333;
const bool l_403 = l_402 < l_1;
const bool l_404 = l_335 < info.scalars_uint[2];
const bool l_405 = l_403 && l_404;
if (l_405) {
const uint l_406 = l_402 * info.scalars_uint[2];
const uint l_407 = l_406 + l_335;
const float l_408 = buffer_1[l_407];
l_mut_54 = l_408;
}
const uint l_409 = l_333 * uint(33);
const uint l_410 = l_409 + l_334;
shared_memory_8[l_410] = l_mut_54;
const uint l_411 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_412 = l_411 / uint(32);
const uint l_413 = l_411 % uint(32);
const uint l_414 = l_mut_10 + l_413;
l_mut_54 = float(0.0);
const uint l_415 = l_2 + l_412;
const bool l_416 = l_415 < info.scalars_uint[1];
const bool l_417 = l_414 < info.scalars_uint[2];
const bool l_418 = l_416 && l_417;
if (l_418) {
const uint l_419 = l_415 * l_6;
const uint l_420 = l_414 / uint(32);
const uint l_421 = l_419 + l_420;
const uint l_422 = l_414 % uint(32);
const uint l_423 = l_421 * uint(2);
const uint l_424 = uint(0) + l_423;
const uint l_425 = info.scalars_uint[0] * uint(2);
const uint l_426 = l_425 + uint(3);
const uint l_427 = l_426 / uint(4);
const uint l_428 = l_427 * uint(4);
const uint l_429 = uint(0) + l_428;
const uint l_430 = l_421 * uint(16);
const uint l_431 = l_429 + l_430;
const uint l_432 = l_424 / uint(4);
const uint l_433 = buffer_0[l_432];
const uint l_434 = l_424 % uint(4);
const uint l_435 = l_434 * uint(8);
const uint l_436 = l_433 >> l_435;
const uint l_437 = l_436 & uint(65535);
const uint l_438 = l_437 & uint(32768);
const uint l_439 = l_438 << uint(16);
const uint l_440 = l_437 >> uint(10);
const uint l_441 = l_440 & uint(31);
const uint l_442 = l_437 & uint(1023);
const uint l_443 = l_441 + uint(112);
l_mut_47 = l_443;
const bool l_444 = l_441 == uint(31);
if (l_444) {
l_mut_47 = uint(255);
}
const uint l_445 = l_mut_47 << uint(23);
const uint l_446 = l_439 | l_445;
const uint l_447 = l_442 << uint(13);
const uint l_448 = l_446 | l_447;
const float l_449 = reinterpret_cast<thread float const&>(l_448);
l_mut_17 = l_449;
const bool l_450 = l_441 == uint(0);
if (l_450) {
const float l_451 = float(l_442);
const float l_452 = l_451 * float(5.960464477539063e-8);
const bool l_453 = l_439 == uint(0);
if (l_453) {
l_mut_17 = l_452;
} else {
const float l_454 = -l_452;
l_mut_17 = l_454;
}
}
const int l_456 = int(l_422);
const uint l_457 = l_431 + uint(0);
const uint l_458 = uint(l_456);
const uint l_459 = l_458 / uint(32);
const uint l_460 = l_459 * uint(16);
const uint l_461 = l_457 + l_460;
const uint l_462 = l_458 % uint(16);
const uint l_463 = l_461 + l_462;
const uint l_464 = l_458 / uint(16);
const uint l_465 = l_464 % uint(2);
const uint l_466 = l_465 * uint(4);
const uint l_467 = l_463 / uint(4);
const uint l_468 = buffer_0[l_467];
const uint l_469 = l_463 % uint(4);
const uint l_470 = l_469 * uint(8);
const uint l_471 = l_470 + l_466;
const uint l_472 = l_468 >> l_471;
const uint l_473 = l_472 & uint(15);
const int l_474 = int(l_473);
const uint l_475 = uint(l_474);
const int l_476 = arrays_455[l_475];
const float l_477 = float(l_476);
const float l_478 = l_mut_17 * l_477;
l_mut_54 = l_478;
}
const uint l_479 = l_412 * uint(33);
const uint l_480 = l_479 + l_413;
shared_memory_7[l_480] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_481 = l_3 + l_412;
const bool l_482 = l_481 < l_1;
const bool l_483 = l_414 < info.scalars_uint[2];
const bool l_484 = l_482 && l_483;
if (l_484) {
const uint l_485 = l_481 * info.scalars_uint[2];
const uint l_486 = l_485 + l_414;
const float l_487 = buffer_1[l_486];
l_mut_54 = l_487;
}
const uint l_488 = l_412 * uint(33);
const uint l_489 = l_488 + l_413;
shared_memory_8[l_489] = l_mut_54;
const uint l_490 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_491 = l_490 / uint(32);
const uint l_492 = l_490 % uint(32);
const uint l_493 = l_mut_10 + l_492;
l_mut_54 = float(0.0);
const uint l_494 = l_2 + l_491;
const bool l_495 = l_494 < info.scalars_uint[1];
const bool l_496 = l_493 < info.scalars_uint[2];
const bool l_497 = l_495 && l_496;
if (l_497) {
const uint l_498 = l_494 * l_6;
const uint l_499 = l_493 / uint(32);
const uint l_500 = l_498 + l_499;
const uint l_501 = l_493 % uint(32);
const uint l_502 = l_500 * uint(2);
const uint l_503 = uint(0) + l_502;
const uint l_504 = info.scalars_uint[0] * uint(2);
const uint l_505 = l_504 + uint(3);
const uint l_506 = l_505 / uint(4);
const uint l_507 = l_506 * uint(4);
const uint l_508 = uint(0) + l_507;
const uint l_509 = l_500 * uint(16);
const uint l_510 = l_508 + l_509;
const uint l_511 = l_503 / uint(4);
const uint l_512 = buffer_0[l_511];
const uint l_513 = l_503 % uint(4);
const uint l_514 = l_513 * uint(8);
const uint l_515 = l_512 >> l_514;
const uint l_516 = l_515 & uint(65535);
const uint l_517 = l_516 & uint(32768);
const uint l_518 = l_517 << uint(16);
const uint l_519 = l_516 >> uint(10);
const uint l_520 = l_519 & uint(31);
const uint l_521 = l_516 & uint(1023);
const uint l_522 = l_520 + uint(112);
l_mut_47 = l_522;
const bool l_523 = l_520 == uint(31);
if (l_523) {
l_mut_47 = uint(255);
}
const uint l_524 = l_mut_47 << uint(23);
const uint l_525 = l_518 | l_524;
const uint l_526 = l_521 << uint(13);
const uint l_527 = l_525 | l_526;
const float l_528 = reinterpret_cast<thread float const&>(l_527);
l_mut_17 = l_528;
const bool l_529 = l_520 == uint(0);
if (l_529) {
const float l_530 = float(l_521);
const float l_531 = l_530 * float(5.960464477539063e-8);
const bool l_532 = l_518 == uint(0);
if (l_532) {
l_mut_17 = l_531;
} else {
const float l_533 = -l_531;
l_mut_17 = l_533;
}
}
const int l_535 = int(l_501);
const uint l_536 = l_510 + uint(0);
const uint l_537 = uint(l_535);
const uint l_538 = l_537 / uint(32);
const uint l_539 = l_538 * uint(16);
const uint l_540 = l_536 + l_539;
const uint l_541 = l_537 % uint(16);
const uint l_542 = l_540 + l_541;
const uint l_543 = l_537 / uint(16);
const uint l_544 = l_543 % uint(2);
const uint l_545 = l_544 * uint(4);
const uint l_546 = l_542 / uint(4);
const uint l_547 = buffer_0[l_546];
const uint l_548 = l_542 % uint(4);
const uint l_549 = l_548 * uint(8);
const uint l_550 = l_549 + l_545;
const uint l_551 = l_547 >> l_550;
const uint l_552 = l_551 & uint(15);
const int l_553 = int(l_552);
const uint l_554 = uint(l_553);
const int l_555 = arrays_534[l_554];
const float l_556 = float(l_555);
const float l_557 = l_mut_17 * l_556;
l_mut_54 = l_557;
}
const uint l_558 = l_491 * uint(33);
const uint l_559 = l_558 + l_492;
shared_memory_7[l_559] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_560 = l_3 + l_491;
const bool l_561 = l_560 < l_1;
const bool l_562 = l_493 < info.scalars_uint[2];
const bool l_563 = l_561 && l_562;
if (l_563) {
const uint l_564 = l_560 * info.scalars_uint[2];
const uint l_565 = l_564 + l_493;
const float l_566 = buffer_1[l_565];
l_mut_54 = l_566;
}
const uint l_567 = l_491 * uint(33);
const uint l_568 = l_567 + l_492;
shared_memory_8[l_568] = l_mut_54;
const uint l_569 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_570 = l_569 / uint(32);
const uint l_571 = l_569 % uint(32);
const uint l_572 = l_mut_10 + l_571;
l_mut_54 = float(0.0);
const uint l_573 = l_2 + l_570;
const bool l_574 = l_573 < info.scalars_uint[1];
const bool l_575 = l_572 < info.scalars_uint[2];
const bool l_576 = l_574 && l_575;
if (l_576) {
const uint l_577 = l_573 * l_6;
const uint l_578 = l_572 / uint(32);
const uint l_579 = l_577 + l_578;
const uint l_580 = l_572 % uint(32);
const uint l_581 = l_579 * uint(2);
const uint l_582 = uint(0) + l_581;
const uint l_583 = info.scalars_uint[0] * uint(2);
const uint l_584 = l_583 + uint(3);
const uint l_585 = l_584 / uint(4);
const uint l_586 = l_585 * uint(4);
const uint l_587 = uint(0) + l_586;
const uint l_588 = l_579 * uint(16);
const uint l_589 = l_587 + l_588;
const uint l_590 = l_582 / uint(4);
const uint l_591 = buffer_0[l_590];
const uint l_592 = l_582 % uint(4);
const uint l_593 = l_592 * uint(8);
const uint l_594 = l_591 >> l_593;
const uint l_595 = l_594 & uint(65535);
const uint l_596 = l_595 & uint(32768);
const uint l_597 = l_596 << uint(16);
const uint l_598 = l_595 >> uint(10);
const uint l_599 = l_598 & uint(31);
const uint l_600 = l_595 & uint(1023);
const uint l_601 = l_599 + uint(112);
l_mut_47 = l_601;
const bool l_602 = l_599 == uint(31);
if (l_602) {
l_mut_47 = uint(255);
}
const uint l_603 = l_mut_47 << uint(23);
const uint l_604 = l_597 | l_603;
const uint l_605 = l_600 << uint(13);
const uint l_606 = l_604 | l_605;
const float l_607 = reinterpret_cast<thread float const&>(l_606);
l_mut_17 = l_607;
const bool l_608 = l_599 == uint(0);
if (l_608) {
const float l_609 = float(l_600);
const float l_610 = l_609 * float(5.960464477539063e-8);
const bool l_611 = l_597 == uint(0);
if (l_611) {
l_mut_17 = l_610;
} else {
const float l_612 = -l_610;
l_mut_17 = l_612;
}
}
const int l_614 = int(l_580);
const uint l_615 = l_589 + uint(0);
const uint l_616 = uint(l_614);
const uint l_617 = l_616 / uint(32);
const uint l_618 = l_617 * uint(16);
const uint l_619 = l_615 + l_618;
const uint l_620 = l_616 % uint(16);
const uint l_621 = l_619 + l_620;
const uint l_622 = l_616 / uint(16);
const uint l_623 = l_622 % uint(2);
const uint l_624 = l_623 * uint(4);
const uint l_625 = l_621 / uint(4);
const uint l_626 = buffer_0[l_625];
const uint l_627 = l_621 % uint(4);
const uint l_628 = l_627 * uint(8);
const uint l_629 = l_628 + l_624;
const uint l_630 = l_626 >> l_629;
const uint l_631 = l_630 & uint(15);
const int l_632 = int(l_631);
const uint l_633 = uint(l_632);
const int l_634 = arrays_613[l_633];
const float l_635 = float(l_634);
const float l_636 = l_mut_17 * l_635;
l_mut_54 = l_636;
}
const uint l_637 = l_570 * uint(33);
const uint l_638 = l_637 + l_571;
shared_memory_7[l_638] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_639 = l_3 + l_570;
const bool l_640 = l_639 < l_1;
const bool l_641 = l_572 < info.scalars_uint[2];
const bool l_642 = l_640 && l_641;
if (l_642) {
const uint l_643 = l_639 * info.scalars_uint[2];
const uint l_644 = l_643 + l_572;
const float l_645 = buffer_1[l_644];
l_mut_54 = l_645;
}
const uint l_646 = l_570 * uint(33);
const uint l_647 = l_646 + l_571;
shared_memory_8[l_647] = l_mut_54;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_648 = uint(0); l_mut_648 < uint(32); ++l_mut_648) {
const uint l_651 = l_4 + uint(0);
const uint l_652 = l_651 * uint(33);
const uint l_653 = l_652 + l_mut_648;
const float l_654 = shared_memory_8[l_653];
l_arr_649[uint(0)] = l_654;
const uint l_655 = l_5 + uint(0);
const uint l_656 = l_655 * uint(33);
const uint l_657 = l_656 + l_mut_648;
const float l_658 = shared_memory_7[l_657];
l_arr_650[uint(0)] = l_658;
const uint l_659 = l_4 + uint(16);
const uint l_660 = l_659 * uint(33);
const uint l_661 = l_660 + l_mut_648;
const float l_662 = shared_memory_8[l_661];
l_arr_649[uint(1)] = l_662;
const uint l_663 = l_5 + uint(16);
const uint l_664 = l_663 * uint(33);
const uint l_665 = l_664 + l_mut_648;
const float l_666 = shared_memory_7[l_665];
l_arr_650[uint(1)] = l_666;
const uint l_667 = l_4 + uint(32);
const uint l_668 = l_667 * uint(33);
const uint l_669 = l_668 + l_mut_648;
const float l_670 = shared_memory_8[l_669];
l_arr_649[uint(2)] = l_670;
const uint l_671 = l_5 + uint(32);
const uint l_672 = l_671 * uint(33);
const uint l_673 = l_672 + l_mut_648;
const float l_674 = shared_memory_7[l_673];
l_arr_650[uint(2)] = l_674;
const uint l_675 = l_4 + uint(48);
const uint l_676 = l_675 * uint(33);
const uint l_677 = l_676 + l_mut_648;
const float l_678 = shared_memory_8[l_677];
l_arr_649[uint(3)] = l_678;
const uint l_679 = l_5 + uint(48);
const uint l_680 = l_679 * uint(33);
const uint l_681 = l_680 + l_mut_648;
const float l_682 = shared_memory_7[l_681];
l_arr_650[uint(3)] = l_682;
const float l_683 = l_arr_649[uint(0)];
const float l_684 = l_arr_650[uint(0)];
const float l_685 = l_683 * l_684;
const float l_686 = l_arr_9[uint(0)];
const float l_687 = l_686 + l_685;
l_arr_9[uint(0)] = l_687;
const float l_688 = l_arr_649[uint(0)];
const float l_689 = l_arr_650[uint(1)];
const float l_690 = l_688 * l_689;
const float l_691 = l_arr_9[uint(1)];
const float l_692 = l_691 + l_690;
l_arr_9[uint(1)] = l_692;
const float l_693 = l_arr_649[uint(0)];
const float l_694 = l_arr_650[uint(2)];
const float l_695 = l_693 * l_694;
const float l_696 = l_arr_9[uint(2)];
const float l_697 = l_696 + l_695;
l_arr_9[uint(2)] = l_697;
const float l_698 = l_arr_649[uint(0)];
const float l_699 = l_arr_650[uint(3)];
const float l_700 = l_698 * l_699;
const float l_701 = l_arr_9[uint(3)];
const float l_702 = l_701 + l_700;
l_arr_9[uint(3)] = l_702;
const float l_703 = l_arr_649[uint(1)];
const float l_704 = l_arr_650[uint(0)];
const float l_705 = l_703 * l_704;
const float l_706 = l_arr_9[uint(4)];
const float l_707 = l_706 + l_705;
l_arr_9[uint(4)] = l_707;
const float l_708 = l_arr_649[uint(1)];
const float l_709 = l_arr_650[uint(1)];
const float l_710 = l_708 * l_709;
const float l_711 = l_arr_9[uint(5)];
const float l_712 = l_711 + l_710;
l_arr_9[uint(5)] = l_712;
const float l_713 = l_arr_649[uint(1)];
const float l_714 = l_arr_650[uint(2)];
const float l_715 = l_713 * l_714;
const float l_716 = l_arr_9[uint(6)];
const float l_717 = l_716 + l_715;
l_arr_9[uint(6)] = l_717;
const float l_718 = l_arr_649[uint(1)];
const float l_719 = l_arr_650[uint(3)];
const float l_720 = l_718 * l_719;
const float l_721 = l_arr_9[uint(7)];
const float l_722 = l_721 + l_720;
l_arr_9[uint(7)] = l_722;
const float l_723 = l_arr_649[uint(2)];
const float l_724 = l_arr_650[uint(0)];
const float l_725 = l_723 * l_724;
const float l_726 = l_arr_9[uint(8)];
const float l_727 = l_726 + l_725;
l_arr_9[uint(8)] = l_727;
const float l_728 = l_arr_649[uint(2)];
const float l_729 = l_arr_650[uint(1)];
const float l_730 = l_728 * l_729;
const float l_731 = l_arr_9[uint(9)];
const float l_732 = l_731 + l_730;
l_arr_9[uint(9)] = l_732;
const float l_733 = l_arr_649[uint(2)];
const float l_734 = l_arr_650[uint(2)];
const float l_735 = l_733 * l_734;
const float l_736 = l_arr_9[uint(10)];
const float l_737 = l_736 + l_735;
l_arr_9[uint(10)] = l_737;
const float l_738 = l_arr_649[uint(2)];
const float l_739 = l_arr_650[uint(3)];
const float l_740 = l_738 * l_739;
const float l_741 = l_arr_9[uint(11)];
const float l_742 = l_741 + l_740;
l_arr_9[uint(11)] = l_742;
const float l_743 = l_arr_649[uint(3)];
const float l_744 = l_arr_650[uint(0)];
const float l_745 = l_743 * l_744;
const float l_746 = l_arr_9[uint(12)];
const float l_747 = l_746 + l_745;
l_arr_9[uint(12)] = l_747;
const float l_748 = l_arr_649[uint(3)];
const float l_749 = l_arr_650[uint(1)];
const float l_750 = l_748 * l_749;
const float l_751 = l_arr_9[uint(13)];
const float l_752 = l_751 + l_750;
l_arr_9[uint(13)] = l_752;
const float l_753 = l_arr_649[uint(3)];
const float l_754 = l_arr_650[uint(2)];
const float l_755 = l_753 * l_754;
const float l_756 = l_arr_9[uint(14)];
const float l_757 = l_756 + l_755;
l_arr_9[uint(14)] = l_757;
const float l_758 = l_arr_649[uint(3)];
const float l_759 = l_arr_650[uint(3)];
const float l_760 = l_758 * l_759;
const float l_761 = l_arr_9[uint(15)];
const float l_762 = l_761 + l_760;
l_arr_9[uint(15)] = l_762;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_763 = l_3 + l_4;
const uint l_764 = l_763 + uint(0);
const uint l_765 = l_2 + l_5;
const uint l_766 = l_765 + uint(0);
const bool l_767 = l_764 < l_1;
const bool l_768 = l_766 < info.scalars_uint[1];
const bool l_769 = l_767 && l_768;
if (l_769) {
const uint l_770 = l_764 * info.scalars_uint[1];
const uint l_771 = l_770 + l_766;
const float l_772 = l_arr_9[uint(0)];
buffer_2[l_771] = l_772;
}
const uint l_773 = l_3 + l_4;
const uint l_774 = l_773 + uint(0);
const uint l_775 = l_2 + l_5;
const uint l_776 = l_775 + uint(16);
const bool l_777 = l_774 < l_1;
const bool l_778 = l_776 < info.scalars_uint[1];
const bool l_779 = l_777 && l_778;
if (l_779) {
const uint l_780 = l_774 * info.scalars_uint[1];
const uint l_781 = l_780 + l_776;
const float l_782 = l_arr_9[uint(1)];
buffer_2[l_781] = l_782;
}
const uint l_783 = l_3 + l_4;
const uint l_784 = l_783 + uint(0);
const uint l_785 = l_2 + l_5;
const uint l_786 = l_785 + uint(32);
const bool l_787 = l_784 < l_1;
const bool l_788 = l_786 < info.scalars_uint[1];
const bool l_789 = l_787 && l_788;
if (l_789) {
const uint l_790 = l_784 * info.scalars_uint[1];
const uint l_791 = l_790 + l_786;
const float l_792 = l_arr_9[uint(2)];
buffer_2[l_791] = l_792;
}
const uint l_793 = l_3 + l_4;
const uint l_794 = l_793 + uint(0);
const uint l_795 = l_2 + l_5;
const uint l_796 = l_795 + uint(48);
const bool l_797 = l_794 < l_1;
const bool l_798 = l_796 < info.scalars_uint[1];
const bool l_799 = l_797 && l_798;
if (l_799) {
const uint l_800 = l_794 * info.scalars_uint[1];
const uint l_801 = l_800 + l_796;
const float l_802 = l_arr_9[uint(3)];
buffer_2[l_801] = l_802;
}
const uint l_803 = l_3 + l_4;
const uint l_804 = l_803 + uint(16);
const uint l_805 = l_2 + l_5;
const uint l_806 = l_805 + uint(0);
const bool l_807 = l_804 < l_1;
const bool l_808 = l_806 < info.scalars_uint[1];
const bool l_809 = l_807 && l_808;
if (l_809) {
const uint l_810 = l_804 * info.scalars_uint[1];
const uint l_811 = l_810 + l_806;
const float l_812 = l_arr_9[uint(4)];
buffer_2[l_811] = l_812;
}
const uint l_813 = l_3 + l_4;
const uint l_814 = l_813 + uint(16);
const uint l_815 = l_2 + l_5;
const uint l_816 = l_815 + uint(16);
const bool l_817 = l_814 < l_1;
const bool l_818 = l_816 < info.scalars_uint[1];
const bool l_819 = l_817 && l_818;
if (l_819) {
const uint l_820 = l_814 * info.scalars_uint[1];
const uint l_821 = l_820 + l_816;
const float l_822 = l_arr_9[uint(5)];
buffer_2[l_821] = l_822;
}
const uint l_823 = l_3 + l_4;
const uint l_824 = l_823 + uint(16);
const uint l_825 = l_2 + l_5;
const uint l_826 = l_825 + uint(32);
const bool l_827 = l_824 < l_1;
const bool l_828 = l_826 < info.scalars_uint[1];
const bool l_829 = l_827 && l_828;
if (l_829) {
const uint l_830 = l_824 * info.scalars_uint[1];
const uint l_831 = l_830 + l_826;
const float l_832 = l_arr_9[uint(6)];
buffer_2[l_831] = l_832;
}
const uint l_833 = l_3 + l_4;
const uint l_834 = l_833 + uint(16);
const uint l_835 = l_2 + l_5;
const uint l_836 = l_835 + uint(48);
const bool l_837 = l_834 < l_1;
const bool l_838 = l_836 < info.scalars_uint[1];
const bool l_839 = l_837 && l_838;
if (l_839) {
const uint l_840 = l_834 * info.scalars_uint[1];
const uint l_841 = l_840 + l_836;
const float l_842 = l_arr_9[uint(7)];
buffer_2[l_841] = l_842;
}
const uint l_843 = l_3 + l_4;
const uint l_844 = l_843 + uint(32);
const uint l_845 = l_2 + l_5;
const uint l_846 = l_845 + uint(0);
const bool l_847 = l_844 < l_1;
const bool l_848 = l_846 < info.scalars_uint[1];
const bool l_849 = l_847 && l_848;
if (l_849) {
const uint l_850 = l_844 * info.scalars_uint[1];
const uint l_851 = l_850 + l_846;
const float l_852 = l_arr_9[uint(8)];
buffer_2[l_851] = l_852;
}
const uint l_853 = l_3 + l_4;
const uint l_854 = l_853 + uint(32);
const uint l_855 = l_2 + l_5;
const uint l_856 = l_855 + uint(16);
const bool l_857 = l_854 < l_1;
const bool l_858 = l_856 < info.scalars_uint[1];
const bool l_859 = l_857 && l_858;
if (l_859) {
const uint l_860 = l_854 * info.scalars_uint[1];
const uint l_861 = l_860 + l_856;
const float l_862 = l_arr_9[uint(9)];
buffer_2[l_861] = l_862;
}
const uint l_863 = l_3 + l_4;
const uint l_864 = l_863 + uint(32);
const uint l_865 = l_2 + l_5;
const uint l_866 = l_865 + uint(32);
const bool l_867 = l_864 < l_1;
const bool l_868 = l_866 < info.scalars_uint[1];
const bool l_869 = l_867 && l_868;
if (l_869) {
const uint l_870 = l_864 * info.scalars_uint[1];
const uint l_871 = l_870 + l_866;
const float l_872 = l_arr_9[uint(10)];
buffer_2[l_871] = l_872;
}
const uint l_873 = l_3 + l_4;
const uint l_874 = l_873 + uint(32);
const uint l_875 = l_2 + l_5;
const uint l_876 = l_875 + uint(48);
const bool l_877 = l_874 < l_1;
const bool l_878 = l_876 < info.scalars_uint[1];
const bool l_879 = l_877 && l_878;
if (l_879) {
const uint l_880 = l_874 * info.scalars_uint[1];
const uint l_881 = l_880 + l_876;
const float l_882 = l_arr_9[uint(11)];
buffer_2[l_881] = l_882;
}
const uint l_883 = l_3 + l_4;
const uint l_884 = l_883 + uint(48);
const uint l_885 = l_2 + l_5;
const uint l_886 = l_885 + uint(0);
const bool l_887 = l_884 < l_1;
const bool l_888 = l_886 < info.scalars_uint[1];
const bool l_889 = l_887 && l_888;
if (l_889) {
const uint l_890 = l_884 * info.scalars_uint[1];
const uint l_891 = l_890 + l_886;
const float l_892 = l_arr_9[uint(12)];
buffer_2[l_891] = l_892;
}
const uint l_893 = l_3 + l_4;
const uint l_894 = l_893 + uint(48);
const uint l_895 = l_2 + l_5;
const uint l_896 = l_895 + uint(16);
const bool l_897 = l_894 < l_1;
const bool l_898 = l_896 < info.scalars_uint[1];
const bool l_899 = l_897 && l_898;
if (l_899) {
const uint l_900 = l_894 * info.scalars_uint[1];
const uint l_901 = l_900 + l_896;
const float l_902 = l_arr_9[uint(13)];
buffer_2[l_901] = l_902;
}
const uint l_903 = l_3 + l_4;
const uint l_904 = l_903 + uint(48);
const uint l_905 = l_2 + l_5;
const uint l_906 = l_905 + uint(32);
const bool l_907 = l_904 < l_1;
const bool l_908 = l_906 < info.scalars_uint[1];
const bool l_909 = l_907 && l_908;
if (l_909) {
const uint l_910 = l_904 * info.scalars_uint[1];
const uint l_911 = l_910 + l_906;
const float l_912 = l_arr_9[uint(14)];
buffer_2[l_911] = l_912;
}
const uint l_913 = l_3 + l_4;
const uint l_914 = l_913 + uint(48);
const uint l_915 = l_2 + l_5;
const uint l_916 = l_915 + uint(48);
const bool l_917 = l_914 < l_1;
const bool l_918 = l_916 < info.scalars_uint[1];
const bool l_919 = l_917 && l_918;
if (l_919) {
const uint l_920 = l_914 * info.scalars_uint[1];
const uint l_921 = l_920 + l_916;
const float l_922 = l_arr_9[uint(15)];
buffer_2[l_921] = l_922;
}

}
