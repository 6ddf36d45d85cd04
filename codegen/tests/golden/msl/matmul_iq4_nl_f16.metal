
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
const int arrays_60[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_140[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_220[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_300[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_380[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_460[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_540[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const int arrays_620[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
float l_arr_9[16];

float l_arr_657[4];

float l_arr_658[4];

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
const half l_92 = buffer_1[l_91];
const float l_93 = float(l_92);
l_mut_54 = l_93;
}
const uint l_94 = l_14 * uint(33);
const uint l_95 = l_94 + l_15;
shared_memory_8[l_95] = l_mut_54;
const uint l_96 = uint(256) + thread_pos_in_threadgroup.x;
const uint l_97 = l_96 / uint(32);
const uint l_98 = l_96 % uint(32);
const uint l_99 = l_mut_10 + l_98;
l_mut_54 = float(0.0);
const uint l_100 = l_2 + l_97;
const bool l_101 = l_100 < info.scalars_uint[1];
const bool l_102 = l_99 < info.scalars_uint[2];
const bool l_103 = l_101 && l_102;
if (l_103) {
const uint l_104 = l_100 * l_6;
const uint l_105 = l_99 / uint(32);
const uint l_106 = l_104 + l_105;
const uint l_107 = l_99 % uint(32);
const uint l_108 = l_106 * uint(2);
const uint l_109 = uint(0) + l_108;
const uint l_110 = info.scalars_uint[0] * uint(2);
const uint l_111 = l_110 + uint(3);
const uint l_112 = l_111 / uint(4);
const uint l_113 = l_112 * uint(4);
const uint l_114 = uint(0) + l_113;
const uint l_115 = l_106 * uint(16);
const uint l_116 = l_114 + l_115;
const uint l_117 = l_109 / uint(4);
const uint l_118 = buffer_0[l_117];
const uint l_119 = l_109 % uint(4);
const uint l_120 = l_119 * uint(8);
const uint l_121 = l_118 >> l_120;
const uint l_122 = l_121 & uint(65535);
const uint l_123 = l_122 & uint(32768);
const uint l_124 = l_123 << uint(16);
const uint l_125 = l_122 >> uint(10);
const uint l_126 = l_125 & uint(31);
const uint l_127 = l_122 & uint(1023);
const uint l_128 = l_126 + uint(112);
l_mut_47 = l_128;
const bool l_129 = l_126 == uint(31);
if (l_129) {
l_mut_47 = uint(255);
}
const uint l_130 = l_mut_47 << uint(23);
const uint l_131 = l_124 | l_130;
const uint l_132 = l_127 << uint(13);
const uint l_133 = l_131 | l_132;
const float l_134 = reinterpret_cast<thread float const&>(l_133);
l_mut_17 = l_134;
const bool l_135 = l_126 == uint(0);
if (l_135) {
const float l_136 = float(l_127);
const float l_137 = l_136 * float(5.960464477539063e-8);
const bool l_138 = l_124 == uint(0);
if (l_138) {
l_mut_17 = l_137;
} else {
const float l_139 = -l_137;
l_mut_17 = l_139;
}
}
const int l_141 = int(l_107);
const uint l_142 = l_116 + uint(0);
const uint l_143 = uint(l_141);
const uint l_144 = l_143 / uint(32);
const uint l_145 = l_144 * uint(16);
const uint l_146 = l_142 + l_145;
const uint l_147 = l_143 % uint(16);
const uint l_148 = l_146 + l_147;
const uint l_149 = l_143 / uint(16);
const uint l_150 = l_149 % uint(2);
const uint l_151 = l_150 * uint(4);
const uint l_152 = l_148 / uint(4);
const uint l_153 = buffer_0[l_152];
const uint l_154 = l_148 % uint(4);
const uint l_155 = l_154 * uint(8);
const uint l_156 = l_155 + l_151;
const uint l_157 = l_153 >> l_156;
const uint l_158 = l_157 & uint(15);
const int l_159 = int(l_158);
const uint l_160 = uint(l_159);
const int l_161 = arrays_140[l_160];
const float l_162 = float(l_161);
const float l_163 = l_mut_17 * l_162;
l_mut_54 = l_163;
}
const uint l_164 = l_97 * uint(33);
const uint l_165 = l_164 + l_98;
shared_memory_7[l_165] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_166 = l_3 + l_97;
const bool l_167 = l_166 < l_1;
const bool l_168 = l_99 < info.scalars_uint[2];
const bool l_169 = l_167 && l_168;
if (l_169) {
const uint l_170 = l_166 * info.scalars_uint[2];
const uint l_171 = l_170 + l_99;
const half l_172 = buffer_1[l_171];
const float l_173 = float(l_172);
l_mut_54 = l_173;
}
const uint l_174 = l_97 * uint(33);
const uint l_175 = l_174 + l_98;
shared_memory_8[l_175] = l_mut_54;
const uint l_176 = uint(512) + thread_pos_in_threadgroup.x;
const uint l_177 = l_176 / uint(32);
const uint l_178 = l_176 % uint(32);
const uint l_179 = l_mut_10 + l_178;
l_mut_54 = float(0.0);
const uint l_180 = l_2 + l_177;
const bool l_181 = l_180 < info.scalars_uint[1];
const bool l_182 = l_179 < info.scalars_uint[2];
const bool l_183 = l_181 && l_182;
if (l_183) {
const uint l_184 = l_180 * l_6;
const uint l_185 = l_179 / uint(32);
const uint l_186 = l_184 + l_185;
const uint l_187 = l_179 % uint(32);
const uint l_188 = l_186 * uint(2);
const uint l_189 = uint(0) + l_188;
const uint l_190 = info.scalars_uint[0] * uint(2);
const uint l_191 = l_190 + uint(3);
const uint l_192 = l_191 / uint(4);
const uint l_193 = l_192 * uint(4);
const uint l_194 = uint(0) + l_193;
const uint l_195 = l_186 * uint(16);
const uint l_196 = l_194 + l_195;
const uint l_197 = l_189 / uint(4);
const uint l_198 = buffer_0[l_197];
const uint l_199 = l_189 % uint(4);
const uint l_200 = l_199 * uint(8);
const uint l_201 = l_198 >> l_200;
const uint l_202 = l_201 & uint(65535);
const uint l_203 = l_202 & uint(32768);
const uint l_204 = l_203 << uint(16);
const uint l_205 = l_202 >> uint(10);
const uint l_206 = l_205 & uint(31);
const uint l_207 = l_202 & uint(1023);
const uint l_208 = l_206 + uint(112);
l_mut_47 = l_208;
const bool l_209 = l_206 == uint(31);
if (l_209) {
l_mut_47 = uint(255);
}
const uint l_210 = l_mut_47 << uint(23);
const uint l_211 = l_204 | l_210;
const uint l_212 = l_207 << uint(13);
const uint l_213 = l_211 | l_212;
const float l_214 = reinterpret_cast<thread float const&>(l_213);
l_mut_17 = l_214;
const bool l_215 = l_206 == uint(0);
if (l_215) {
const float l_216 = float(l_207);
const float l_217 = l_216 * float(5.960464477539063e-8);
const bool l_218 = l_204 == uint(0);
if (l_218) {
l_mut_17 = l_217;
} else {
const float l_219 = -l_217;
l_mut_17 = l_219;
}
}
const int l_221 = int(l_187);
const uint l_222 = l_196 + uint(0);
const uint l_223 = uint(l_221);
const uint l_224 = l_223 / uint(32);
const uint l_225 = l_224 * uint(16);
const uint l_226 = l_222 + l_225;
const uint l_227 = l_223 % uint(16);
const uint l_228 = l_226 + l_227;
const uint l_229 = l_223 / uint(16);
const uint l_230 = l_229 % uint(2);
const uint l_231 = l_230 * uint(4);
const uint l_232 = l_228 / uint(4);
const uint l_233 = buffer_0[l_232];
const uint l_234 = l_228 % uint(4);
const uint l_235 = l_234 * uint(8);
const uint l_236 = l_235 + l_231;
const uint l_237 = l_233 >> l_236;
const uint l_238 = l_237 & uint(15);
const int l_239 = int(l_238);
const uint l_240 = uint(l_239);
const int l_241 = arrays_220[l_240];
const float l_242 = float(l_241);
const float l_243 = l_mut_17 * l_242;
l_mut_54 = l_243;
}
const uint l_244 = l_177 * uint(33);
const uint l_245 = l_244 + l_178;
shared_memory_7[l_245] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_246 = l_3 + l_177;
const bool l_247 = l_246 < l_1;
const bool l_248 = l_179 < info.scalars_uint[2];
const bool l_249 = l_247 && l_248;
if (l_249) {
const uint l_250 = l_246 * info.scalars_uint[2];
const uint l_251 = l_250 + l_179;
const half l_252 = buffer_1[l_251];
const float l_253 = float(l_252);
l_mut_54 = l_253;
}
const uint l_254 = l_177 * uint(33);
const uint l_255 = l_254 + l_178;
shared_memory_8[l_255] = l_mut_54;
const uint l_256 = uint(768) + thread_pos_in_threadgroup.x;
const uint l_257 = l_256 / uint(32);
const uint l_258 = l_256 % uint(32);
const uint l_259 = l_mut_10 + l_258;
l_mut_54 = float(0.0);
const uint l_260 = l_2 + l_257;
const bool l_261 = l_260 < info.scalars_uint[1];
const bool l_262 = l_259 < info.scalars_uint[2];
const bool l_263 = l_261 && l_262;
if (l_263) {
const uint l_264 = l_260 * l_6;
const uint l_265 = l_259 / uint(32);
const uint l_266 = l_264 + l_265;
const uint l_267 = l_259 % uint(32);
const uint l_268 = l_266 * uint(2);
const uint l_269 = uint(0) + l_268;
const uint l_270 = info.scalars_uint[0] * uint(2);
const uint l_271 = l_270 + uint(3);
const uint l_272 = l_271 / uint(4);
const uint l_273 = l_272 * uint(4);
const uint l_274 = uint(0) + l_273;
const uint l_275 = l_266 * uint(16);
const uint l_276 = l_274 + l_275;
const uint l_277 = l_269 / uint(4);
const uint l_278 = buffer_0[l_277];
const uint l_279 = l_269 % uint(4);
const uint l_280 = l_279 * uint(8);
const uint l_281 = l_278 >> l_280;
const uint l_282 = l_281 & uint(65535);
const uint l_283 = l_282 & uint(32768);
const uint l_284 = l_283 << uint(16);
const uint l_285 = l_282 >> uint(10);
const uint l_286 = l_285 & uint(31);
const uint l_287 = l_282 & uint(1023);
const uint l_288 = l_286 + uint(112);
l_mut_47 = l_288;
const bool l_289 = l_286 == uint(31);
if (l_289) {
l_mut_47 = uint(255);
}
const uint l_290 = l_mut_47 << uint(23);
const uint l_291 = l_284 | l_290;
const uint l_292 = l_287 << uint(13);
const uint l_293 = l_291 | l_292;
const float l_294 = reinterpret_cast<thread float const&>(l_293);
l_mut_17 = l_294;
const bool l_295 = l_286 == uint(0);
if (l_295) {
const float l_296 = float(l_287);
const float l_297 = l_296 * float(5.960464477539063e-8);
const bool l_298 = l_284 == uint(0);
if (l_298) {
l_mut_17 = l_297;
} else {
const float l_299 = -l_297;
l_mut_17 = l_299;
}
}
const int l_301 = int(l_267);
const uint l_302 = l_276 + uint(0);
const uint l_303 = uint(l_301);
const uint l_304 = l_303 / uint(32);
const uint l_305 = l_304 * uint(16);
const uint l_306 = l_302 + l_305;
const uint l_307 = l_303 % uint(16);
const uint l_308 = l_306 + l_307;
const uint l_309 = l_303 / uint(16);
const uint l_310 = l_309 % uint(2);
const uint l_311 = l_310 * uint(4);
const uint l_312 = l_308 / uint(4);
const uint l_313 = buffer_0[l_312];
const uint l_314 = l_308 % uint(4);
const uint l_315 = l_314 * uint(8);
const uint l_316 = l_315 + l_311;
const uint l_317 = l_313 >> l_316;
const uint l_318 = l_317 & uint(15);
const int l_319 = int(l_318);
const uint l_320 = uint(l_319);
const int l_321 = arrays_300[l_320];
const float l_322 = float(l_321);
const float l_323 = l_mut_17 * l_322;
l_mut_54 = l_323;
}
const uint l_324 = l_257 * uint(33);
const uint l_325 = l_324 + l_258;
shared_memory_7[l_325] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_326 = l_3 + l_257;
const bool l_327 = l_326 < l_1;
const bool l_328 = l_259 < info.scalars_uint[2];
const bool l_329 = l_327 && l_328;
if (l_329) {
const uint l_330 = l_326 * info.scalars_uint[2];
const uint l_331 = l_330 + l_259;
const half l_332 = buffer_1[l_331];
const float l_333 = float(l_332);
l_mut_54 = l_333;
}
const uint l_334 = l_257 * uint(33);
const uint l_335 = l_334 + l_258;
shared_memory_8[l_335] = l_mut_54;
const uint l_336 = uint(1024) + thread_pos_in_threadgroup.x;
const uint l_337 = l_336 / uint(32);
const uint l_338 = l_336 % uint(32);
const uint l_339 = l_mut_10 + l_338;
l_mut_54 = float(0.0);
const uint l_340 = l_2 + l_337;
const bool l_341 = l_340 < info.scalars_uint[1];
const bool l_342 = l_339 < info.scalars_uint[2];
const bool l_343 = l_341 && l_342;
if (l_343) {
const uint l_344 = l_340 * l_6;
const uint l_345 = l_339 / uint(32);
const uint l_346 = l_344 + l_345;
const uint l_347 = l_339 % uint(32);
const uint l_348 = l_346 * uint(2);
const uint l_349 = uint(0) + l_348;
const uint l_350 = info.scalars_uint[0] * uint(2);
const uint l_351 = l_350 + uint(3);
const uint l_352 = l_351 / uint(4);
const uint l_353 = l_352 * uint(4);
const uint l_354 = uint(0) + l_353;
const uint l_355 = l_346 * uint(16);
const uint l_356 = l_354 + l_355;
const uint l_357 = l_349 / uint(4);
const uint l_358 = buffer_0[l_357];
const uint l_359 = l_349 % uint(4);
const uint l_360 = l_359 * uint(8);
const uint l_361 = l_358 >> l_360;
const uint l_362 = l_361 & uint(65535);
const uint l_363 = l_362 & uint(32768);
const uint l_364 = l_363 << uint(16);
const uint l_365 = l_362 >> uint(10);
const uint l_366 = l_365 & uint(31);
const uint l_367 = l_362 & uint(1023);
const uint l_368 = l_366 + uint(112);
l_mut_47 = l_368;
const bool l_369 = l_366 == uint(31);
if (l_369) {
l_mut_47 = uint(255);
}
const uint l_370 = l_mut_47 << uint(23);
const uint l_371 = l_364 | l_370;
const uint l_372 = l_367 << uint(13);
const uint l_373 = l_371 | l_372;
const float l_374 = reinterpret_cast<thread float const&>(l_373);
l_mut_17 = l_374;
const bool l_375 = l_366 == uint(0);
if (l_375) {
const float l_376 = float(l_367);
const float l_377 = l_376 * float(5.960464477539063e-8);
const bool l_378 = l_364 == uint(0);
if (l_378) {
l_mut_17 = l_377;
} else {
const float l_379 = -l_377;
l_mut_17 = l_379;
}
}
const int l_381 = int(l_347);
const uint l_382 = l_356 + uint(0);
const uint l_383 = uint(l_381);
const uint l_384 = l_383 / uint(32);
const uint l_385 = l_384 * uint(16);
const uint l_386 = l_382 + l_385;
const uint l_387 = l_383 % uint(16);
const uint l_388 = l_386 + l_387;
const uint l_389 = l_383 / uint(16);
const uint l_390 = l_389 % uint(2);
const uint l_391 = l_390 * uint(4);
const uint l_392 = l_388 / uint(4);
const uint l_393 = buffer_0[l_392];
const uint l_394 = l_388 % uint(4);
const uint l_395 = l_394 * uint(8);
const uint l_396 = l_395 + l_391;
const uint l_397 = l_393 >> l_396;
const uint l_398 = l_397 & uint(15);
const int l_399 = int(l_398);
const uint l_400 = uint(l_399);
const int l_401 = arrays_380[l_400];
const float l_402 = float(l_401);
const float l_403 = l_mut_17 * l_402;
l_mut_54 = l_403;
}
const uint l_404 = l_337 * uint(33);
const uint l_405 = l_404 + l_338;
shared_memory_7[l_405] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_406 = l_3 + l_337;
const bool l_407 = l_406 < l_1;
const bool l_408 = l_339 < info.scalars_uint[2];
const bool l_409 = l_407 && l_408;
if (l_409) {
const uint l_410 = l_406 * info.scalars_uint[2];
const uint l_411 = l_410 + l_339;
const half l_412 = buffer_1[l_411];
const float l_413 = float(l_412);
l_mut_54 = l_413;
}
const uint l_414 = l_337 * uint(33);
const uint l_415 = l_414 + l_338;
shared_memory_8[l_415] = l_mut_54;
const uint l_416 = uint(1280) + thread_pos_in_threadgroup.x;
const uint l_417 = l_416 / uint(32);
const uint l_418 = l_416 % uint(32);
const uint l_419 = l_mut_10 + l_418;
l_mut_54 = float(0.0);
const uint l_420 = l_2 + l_417;
const bool l_421 = l_420 < info.scalars_uint[1];
const bool l_422 = l_419 < info.scalars_uint[2];
const bool l_423 = l_421 && l_422;
if (l_423) {
const uint l_424 = l_420 * l_6;
const uint l_425 = l_419 / uint(32);
const uint l_426 = l_424 + l_425;
const uint l_427 = l_419 % uint(32);
const uint l_428 = l_426 * uint(2);
const uint l_429 = uint(0) + l_428;
const uint l_430 = info.scalars_uint[0] * uint(2);
const uint l_431 = l_430 + uint(3);
const uint l_432 = l_431 / uint(4);
const uint l_433 = l_432 * uint(4);
const uint l_434 = uint(0) + l_433;
const uint l_435 = l_426 * uint(16);
const uint l_436 = l_434 + l_435;
const uint l_437 = l_429 / uint(4);
const uint l_438 = buffer_0[l_437];
const uint l_439 = l_429 % uint(4);
const uint l_440 = l_439 * uint(8);
const uint l_441 = l_438 >> l_440;
const uint l_442 = l_441 & uint(65535);
const uint l_443 = l_442 & uint(32768);
const uint l_444 = l_443 << uint(16);
const uint l_445 = l_442 >> uint(10);
const uint l_446 = l_445 & uint(31);
const uint l_447 = l_442 & uint(1023);
const uint l_448 = l_446 + uint(112);
l_mut_47 = l_448;
const bool l_449 = l_446 == uint(31);
if (l_449) {
l_mut_47 = uint(255);
}
const uint l_450 = l_mut_47 << uint(23);
const uint l_451 = l_444 | l_450;
const uint l_452 = l_447 << uint(13);
const uint l_453 = l_451 | l_452;
const float l_454 = reinterpret_cast<thread float const&>(l_453);
l_mut_17 = l_454;
const bool l_455 = l_446 == uint(0);
if (l_455) {
const float l_456 = float(l_447);
const float l_457 = l_456 * float(5.960464477539063e-8);
const bool l_458 = l_444 == uint(0);
if (l_458) {
l_mut_17 = l_457;
} else {
const float l_459 = -l_457;
l_mut_17 = l_459;
}
}
const int l_461 = int(l_427);
const uint l_462 = l_436 + uint(0);
const uint l_463 = uint(l_461);
const uint l_464 = l_463 / uint(32);
const uint l_465 = l_464 * uint(16);
const uint l_466 = l_462 + l_465;
const uint l_467 = l_463 % uint(16);
const uint l_468 = l_466 + l_467;
const uint l_469 = l_463 / uint(16);
const uint l_470 = l_469 % uint(2);
const uint l_471 = l_470 * uint(4);
const uint l_472 = l_468 / uint(4);
const uint l_473 = buffer_0[l_472];
const uint l_474 = l_468 % uint(4);
const uint l_475 = l_474 * uint(8);
const uint l_476 = l_475 + l_471;
const uint l_477 = l_473 >> l_476;
const uint l_478 = l_477 & uint(15);
const int l_479 = int(l_478);
const uint l_480 = uint(l_479);
const int l_481 = arrays_460[l_480];
const float l_482 = float(l_481);
const float l_483 = l_mut_17 * l_482;
l_mut_54 = l_483;
}
const uint l_484 = l_417 * uint(33);
const uint l_485 = l_484 + l_418;
shared_memory_7[l_485] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_486 = l_3 + l_417;
const bool l_487 = l_486 < l_1;
const bool l_488 = l_419 < info.scalars_uint[2];
const bool l_489 = l_487 && l_488;
if (l_489) {
const uint l_490 = l_486 * info.scalars_uint[2];
const uint l_491 = l_490 + l_419;
const half l_492 = buffer_1[l_491];
const float l_493 = float(l_492);
l_mut_54 = l_493;
}
const uint l_494 = l_417 * uint(33);
const uint l_495 = l_494 + l_418;
shared_memory_8[l_495] = l_mut_54;
const uint l_496 = uint(1536) + thread_pos_in_threadgroup.x;
const uint l_497 = l_496 / uint(32);
const uint l_498 = l_496 % uint(32);
const uint l_499 = l_mut_10 + l_498;
l_mut_54 = float(0.0);
const uint l_500 = l_2 + l_497;
const bool l_501 = l_500 < info.scalars_uint[1];
const bool l_502 = l_499 < info.scalars_uint[2];
const bool l_503 = l_501 && l_502;
if (l_503) {
const uint l_504 = l_500 * l_6;
const uint l_505 = l_499 / uint(32);
const uint l_506 = l_504 + l_505;
const uint l_507 = l_499 % uint(32);
const uint l_508 = l_506 * uint(2);
const uint l_509 = uint(0) + l_508;
const uint l_510 = info.scalars_uint[0] * uint(2);
const uint l_511 = l_510 + uint(3);
const uint l_512 = l_511 / uint(4);
const uint l_513 = l_512 * uint(4);
const uint l_514 = uint(0) + l_513;
const uint l_515 = l_506 * uint(16);
const uint l_516 = l_514 + l_515;
const uint l_517 = l_509 / uint(4);
const uint l_518 = buffer_0[l_517];
const uint l_519 = l_509 % uint(4);
const uint l_520 = l_519 * uint(8);
const uint l_521 = l_518 >> l_520;
const uint l_522 = l_521 & uint(65535);
const uint l_523 = l_522 & uint(32768);
const uint l_524 = l_523 << uint(16);
const uint l_525 = l_522 >> uint(10);
const uint l_526 = l_525 & uint(31);
const uint l_527 = l_522 & uint(1023);
const uint l_528 = l_526 + uint(112);
l_mut_47 = l_528;
const bool l_529 = l_526 == uint(31);
if (l_529) {
l_mut_47 = uint(255);
}
const uint l_530 = l_mut_47 << uint(23);
const uint l_531 = l_524 | l_530;
const uint l_532 = l_527 << uint(13);
const uint l_533 = l_531 | l_532;
const float l_534 = reinterpret_cast<thread float const&>(l_533);
l_mut_17 = l_534;
const bool l_535 = l_526 == uint(0);
if (l_535) {
const float l_536 = float(l_527);
const float l_537 = l_536 * float(5.960464477539063e-8);
const bool l_538 = l_524 == uint(0);
if (l_538) {
l_mut_17 = l_537;
} else {
const float l_539 = -l_537;
l_mut_17 = l_539;
}
}
const int l_541 = int(l_507);
const uint l_542 = l_516 + uint(0);
const uint l_543 = uint(l_541);
const uint l_544 = l_543 / uint(32);
const uint l_545 = l_544 * uint(16);
const uint l_546 = l_542 + l_545;
const uint l_547 = l_543 % uint(16);
const uint l_548 = l_546 + l_547;
const uint l_549 = l_543 / uint(16);
const uint l_550 = l_549 % uint(2);
const uint l_551 = l_550 * uint(4);
const uint l_552 = l_548 / uint(4);
const uint l_553 = buffer_0[l_552];
const uint l_554 = l_548 % uint(4);
const uint l_555 = l_554 * uint(8);
const uint l_556 = l_555 + l_551;
const uint l_557 = l_553 >> l_556;
const uint l_558 = l_557 & uint(15);
const int l_559 = int(l_558);
const uint l_560 = uint(l_559);
const int l_561 = arrays_540[l_560];
const float l_562 = float(l_561);
const float l_563 = l_mut_17 * l_562;
l_mut_54 = l_563;
}
const uint l_564 = l_497 * uint(33);
const uint l_565 = l_564 + l_498;
shared_memory_7[l_565] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_566 = l_3 + l_497;
const bool l_567 = l_566 < l_1;
const bool l_568 = l_499 < info.scalars_uint[2];
const bool l_569 = l_567 && l_568;
if (l_569) {
const uint l_570 = l_566 * info.scalars_uint[2];
const uint l_571 = l_570 + l_499;
const half l_572 = buffer_1[l_571];
const float l_573 = float(l_572);
l_mut_54 = l_573;
}
const uint l_574 = l_497 * uint(33);
const uint l_575 = l_574 + l_498;
shared_memory_8[l_575] = l_mut_54;
const uint l_576 = uint(1792) + thread_pos_in_threadgroup.x;
const uint l_577 = l_576 / uint(32);
const uint l_578 = l_576 % uint(32);
const uint l_579 = l_mut_10 + l_578;
l_mut_54 = float(0.0);
const uint l_580 = l_2 + l_577;
const bool l_581 = l_580 < info.scalars_uint[1];
const bool l_582 = l_579 < info.scalars_uint[2];
const bool l_583 = l_581 && l_582;
if (l_583) {
const uint l_584 = l_580 * l_6;
const uint l_585 = l_579 / uint(32);
const uint l_586 = l_584 + l_585;
const uint l_587 = l_579 % uint(32);
const uint l_588 = l_586 * uint(2);
const uint l_589 = uint(0) + l_588;
const uint l_590 = info.scalars_uint[0] * uint(2);
const uint l_591 = l_590 + uint(3);
const uint l_592 = l_591 / uint(4);
const uint l_593 = l_592 * uint(4);
const uint l_594 = uint(0) + l_593;
const uint l_595 = l_586 * uint(16);
const uint l_596 = l_594 + l_595;
const uint l_597 = l_589 / uint(4);
const uint l_598 = buffer_0[l_597];
const uint l_599 = l_589 % uint(4);
const uint l_600 = l_599 * uint(8);
const uint l_601 = l_598 >> l_600;
const uint l_602 = l_601 & uint(65535);
const uint l_603 = l_602 & uint(32768);
const uint l_604 = l_603 << uint(16);
const uint l_605 = l_602 >> uint(10);
const uint l_606 = l_605 & uint(31);
const uint l_607 = l_602 & uint(1023);
const uint l_608 = l_606 + uint(112);
l_mut_47 = l_608;
const bool l_609 = l_606 == uint(31);
if (l_609) {
l_mut_47 = uint(255);
}
const uint l_610 = l_mut_47 << uint(23);
const uint l_611 = l_604 | l_610;
const uint l_612 = l_607 << uint(13);
const uint l_613 = l_611 | l_612;
const float l_614 = reinterpret_cast<thread float const&>(l_613);
l_mut_17 = l_614;
const bool l_615 = l_606 == uint(0);
if (l_615) {
const float l_616 = float(l_607);
const float l_617 = l_616 * float(5.960464477539063e-8);
const bool l_618 = l_604 == uint(0);
if (l_618) {
l_mut_17 = l_617;
} else {
const float l_619 = -l_617;
l_mut_17 = l_619;
}
}
const int l_621 = int(l_587);
const uint l_622 = l_596 + uint(0);
const uint l_623 = uint(l_621);
const uint l_624 = l_623 / uint(32);
const uint l_625 = l_624 * uint(16);
const uint l_626 = l_622 + l_625;
const uint l_627 = l_623 % uint(16);
const uint l_628 = l_626 + l_627;
const uint l_629 = l_623 / uint(16);
const uint l_630 = l_629 % uint(2);
const uint l_631 = l_630 * uint(4);
const uint l_632 = l_628 / uint(4);
const uint l_633 = buffer_0[l_632];
const uint l_634 = l_628 % uint(4);
const uint l_635 = l_634 * uint(8);
const uint l_636 = l_635 + l_631;
const uint l_637 = l_633 >> l_636;
const uint l_638 = l_637 & uint(15);
const int l_639 = int(l_638);
const uint l_640 = uint(l_639);
const int l_641 = arrays_620[l_640];
const float l_642 = float(l_641);
const float l_643 = l_mut_17 * l_642;
l_mut_54 = l_643;
}
const uint l_644 = l_577 * uint(33);
const uint l_645 = l_644 + l_578;
shared_memory_7[l_645] = l_mut_54;
l_mut_54 = float(0.0);
const uint l_646 = l_3 + l_577;
const bool l_647 = l_646 < l_1;
const bool l_648 = l_579 < info.scalars_uint[2];
const bool l_649 = l_647 && l_648;
if (l_649) {
const uint l_650 = l_646 * info.scalars_uint[2];
const uint l_651 = l_650 + l_579;
const half l_652 = buffer_1[l_651];
const float l_653 = float(l_652);
l_mut_54 = l_653;
}
const uint l_654 = l_577 * uint(33);
const uint l_655 = l_654 + l_578;
shared_memory_8[l_655] = l_mut_54;
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_656 = uint(0); l_mut_656 < uint(32); ++l_mut_656) {
const uint l_659 = l_4 + uint(0);
const uint l_660 = l_659 * uint(33);
const uint l_661 = l_660 + l_mut_656;
const float l_662 = shared_memory_8[l_661];
l_arr_657[uint(0)] = l_662;
const uint l_663 = l_5 + uint(0);
const uint l_664 = l_663 * uint(33);
const uint l_665 = l_664 + l_mut_656;
const float l_666 = shared_memory_7[l_665];
l_arr_658[uint(0)] = l_666;
const uint l_667 = l_4 + uint(16);
const uint l_668 = l_667 * uint(33);
const uint l_669 = l_668 + l_mut_656;
const float l_670 = shared_memory_8[l_669];
l_arr_657[uint(1)] = l_670;
const uint l_671 = l_5 + uint(16);
const uint l_672 = l_671 * uint(33);
const uint l_673 = l_672 + l_mut_656;
const float l_674 = shared_memory_7[l_673];
l_arr_658[uint(1)] = l_674;
const uint l_675 = l_4 + uint(32);
const uint l_676 = l_675 * uint(33);
const uint l_677 = l_676 + l_mut_656;
const float l_678 = shared_memory_8[l_677];
l_arr_657[uint(2)] = l_678;
const uint l_679 = l_5 + uint(32);
const uint l_680 = l_679 * uint(33);
const uint l_681 = l_680 + l_mut_656;
const float l_682 = shared_memory_7[l_681];
l_arr_658[uint(2)] = l_682;
const uint l_683 = l_4 + uint(48);
const uint l_684 = l_683 * uint(33);
const uint l_685 = l_684 + l_mut_656;
const float l_686 = shared_memory_8[l_685];
l_arr_657[uint(3)] = l_686;
const uint l_687 = l_5 + uint(48);
const uint l_688 = l_687 * uint(33);
const uint l_689 = l_688 + l_mut_656;
const float l_690 = shared_memory_7[l_689];
l_arr_658[uint(3)] = l_690;
const float l_691 = l_arr_657[uint(0)];
const float l_692 = l_arr_658[uint(0)];
const float l_693 = l_691 * l_692;
const float l_694 = l_arr_9[uint(0)];
const float l_695 = l_694 + l_693;
l_arr_9[uint(0)] = l_695;
const float l_696 = l_arr_657[uint(0)];
const float l_697 = l_arr_658[uint(1)];
const float l_698 = l_696 * l_697;
const float l_699 = l_arr_9[uint(1)];
const float l_700 = l_699 + l_698;
l_arr_9[uint(1)] = l_700;
const float l_701 = l_arr_657[uint(0)];
const float l_702 = l_arr_658[uint(2)];
const float l_703 = l_701 * l_702;
const float l_704 = l_arr_9[uint(2)];
const float l_705 = l_704 + l_703;
l_arr_9[uint(2)] = l_705;
const float l_706 = l_arr_657[uint(0)];
const float l_707 = l_arr_658[uint(3)];
const float l_708 = l_706 * l_707;
const float l_709 = l_arr_9[uint(3)];
const float l_710 = l_709 + l_708;
l_arr_9[uint(3)] = l_710;
const float l_711 = l_arr_657[uint(1)];
const float l_712 = l_arr_658[uint(0)];
const float l_713 = l_711 * l_712;
const float l_714 = l_arr_9[uint(4)];
const float l_715 = l_714 + l_713;
l_arr_9[uint(4)] = l_715;
const float l_716 = l_arr_657[uint(1)];
const float l_717 = l_arr_658[uint(1)];
const float l_718 = l_716 * l_717;
const float l_719 = l_arr_9[uint(5)];
const float l_720 = l_719 + l_718;
l_arr_9[uint(5)] = l_720;
const float l_721 = l_arr_657[uint(1)];
const float l_722 = l_arr_658[uint(2)];
const float l_723 = l_721 * l_722;
const float l_724 = l_arr_9[uint(6)];
const float l_725 = l_724 + l_723;
l_arr_9[uint(6)] = l_725;
const float l_726 = l_arr_657[uint(1)];
const float l_727 = l_arr_658[uint(3)];
const float l_728 = l_726 * l_727;
const float l_729 = l_arr_9[uint(7)];
const float l_730 = l_729 + l_728;
l_arr_9[uint(7)] = l_730;
const float l_731 = l_arr_657[uint(2)];
const float l_732 = l_arr_658[uint(0)];
const float l_733 = l_731 * l_732;
const float l_734 = l_arr_9[uint(8)];
const float l_735 = l_734 + l_733;
l_arr_9[uint(8)] = l_735;
const float l_736 = l_arr_657[uint(2)];
const float l_737 = l_arr_658[uint(1)];
const float l_738 = l_736 * l_737;
const float l_739 = l_arr_9[uint(9)];
const float l_740 = l_739 + l_738;
l_arr_9[uint(9)] = l_740;
const float l_741 = l_arr_657[uint(2)];
const float l_742 = l_arr_658[uint(2)];
const float l_743 = l_741 * l_742;
const float l_744 = l_arr_9[uint(10)];
const float l_745 = l_744 + l_743;
l_arr_9[uint(10)] = l_745;
const float l_746 = l_arr_657[uint(2)];
const float l_747 = l_arr_658[uint(3)];
const float l_748 = l_746 * l_747;
const float l_749 = l_arr_9[uint(11)];
const float l_750 = l_749 + l_748;
l_arr_9[uint(11)] = l_750;
const float l_751 = l_arr_657[uint(3)];
const float l_752 = l_arr_658[uint(0)];
const float l_753 = l_751 * l_752;
const float l_754 = l_arr_9[uint(12)];
const float l_755 = l_754 + l_753;
l_arr_9[uint(12)] = l_755;
const float l_756 = l_arr_657[uint(3)];
const float l_757 = l_arr_658[uint(1)];
const float l_758 = l_756 * l_757;
const float l_759 = l_arr_9[uint(13)];
const float l_760 = l_759 + l_758;
l_arr_9[uint(13)] = l_760;
const float l_761 = l_arr_657[uint(3)];
const float l_762 = l_arr_658[uint(2)];
const float l_763 = l_761 * l_762;
const float l_764 = l_arr_9[uint(14)];
const float l_765 = l_764 + l_763;
l_arr_9[uint(14)] = l_765;
const float l_766 = l_arr_657[uint(3)];
const float l_767 = l_arr_658[uint(3)];
const float l_768 = l_766 * l_767;
const float l_769 = l_arr_9[uint(15)];
const float l_770 = l_769 + l_768;
l_arr_9[uint(15)] = l_770;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_771 = l_3 + l_4;
const uint l_772 = l_771 + uint(0);
const uint l_773 = l_2 + l_5;
const uint l_774 = l_773 + uint(0);
const bool l_775 = l_772 < l_1;
const bool l_776 = l_774 < info.scalars_uint[1];
const bool l_777 = l_775 && l_776;
if (l_777) {
const uint l_778 = l_772 * info.scalars_uint[1];
const uint l_779 = l_778 + l_774;
const float l_780 = l_arr_9[uint(0)];
const half l_781 = half(l_780);
buffer_2[l_779] = l_781;
}
const uint l_782 = l_3 + l_4;
const uint l_783 = l_782 + uint(0);
const uint l_784 = l_2 + l_5;
const uint l_785 = l_784 + uint(16);
const bool l_786 = l_783 < l_1;
const bool l_787 = l_785 < info.scalars_uint[1];
const bool l_788 = l_786 && l_787;
if (l_788) {
const uint l_789 = l_783 * info.scalars_uint[1];
const uint l_790 = l_789 + l_785;
const float l_791 = l_arr_9[uint(1)];
const half l_792 = half(l_791);
buffer_2[l_790] = l_792;
}
const uint l_793 = l_3 + l_4;
const uint l_794 = l_793 + uint(0);
const uint l_795 = l_2 + l_5;
const uint l_796 = l_795 + uint(32);
const bool l_797 = l_794 < l_1;
const bool l_798 = l_796 < info.scalars_uint[1];
const bool l_799 = l_797 && l_798;
if (l_799) {
const uint l_800 = l_794 * info.scalars_uint[1];
const uint l_801 = l_800 + l_796;
const float l_802 = l_arr_9[uint(2)];
const half l_803 = half(l_802);
buffer_2[l_801] = l_803;
}
const uint l_804 = l_3 + l_4;
const uint l_805 = l_804 + uint(0);
const uint l_806 = l_2 + l_5;
const uint l_807 = l_806 + uint(48);
const bool l_808 = l_805 < l_1;
const bool l_809 = l_807 < info.scalars_uint[1];
const bool l_810 = l_808 && l_809;
if (l_810) {
const uint l_811 = l_805 * info.scalars_uint[1];
const uint l_812 = l_811 + l_807;
const float l_813 = l_arr_9[uint(3)];
const half l_814 = half(l_813);
buffer_2[l_812] = l_814;
}
const uint l_815 = l_3 + l_4;
const uint l_816 = l_815 + uint(16);
const uint l_817 = l_2 + l_5;
const uint l_818 = l_817 + uint(0);
const bool l_819 = l_816 < l_1;
const bool l_820 = l_818 < info.scalars_uint[1];
const bool l_821 = l_819 && l_820;
if (l_821) {
const uint l_822 = l_816 * info.scalars_uint[1];
const uint l_823 = l_822 + l_818;
const float l_824 = l_arr_9[uint(4)];
const half l_825 = half(l_824);
buffer_2[l_823] = l_825;
}
const uint l_826 = l_3 + l_4;
const uint l_827 = l_826 + uint(16);
const uint l_828 = l_2 + l_5;
const uint l_829 = l_828 + uint(16);
const bool l_830 = l_827 < l_1;
const bool l_831 = l_829 < info.scalars_uint[1];
const bool l_832 = l_830 && l_831;
if (l_832) {
const uint l_833 = l_827 * info.scalars_uint[1];
const uint l_834 = l_833 + l_829;
const float l_835 = l_arr_9[uint(5)];
const half l_836 = half(l_835);
buffer_2[l_834] = l_836;
}
const uint l_837 = l_3 + l_4;
const uint l_838 = l_837 + uint(16);
const uint l_839 = l_2 + l_5;
const uint l_840 = l_839 + uint(32);
const bool l_841 = l_838 < l_1;
const bool l_842 = l_840 < info.scalars_uint[1];
const bool l_843 = l_841 && l_842;
if (l_843) {
const uint l_844 = l_838 * info.scalars_uint[1];
const uint l_845 = l_844 + l_840;
const float l_846 = l_arr_9[uint(6)];
const half l_847 = half(l_846);
buffer_2[l_845] = l_847;
}
const uint l_848 = l_3 + l_4;
const uint l_849 = l_848 + uint(16);
const uint l_850 = l_2 + l_5;
const uint l_851 = l_850 + uint(48);
const bool l_852 = l_849 < l_1;
const bool l_853 = l_851 < info.scalars_uint[1];
const bool l_854 = l_852 && l_853;
if (l_854) {
const uint l_855 = l_849 * info.scalars_uint[1];
const uint l_856 = l_855 + l_851;
const float l_857 = l_arr_9[uint(7)];
const half l_858 = half(l_857);
buffer_2[l_856] = l_858;
}
const uint l_859 = l_3 + l_4;
const uint l_860 = l_859 + uint(32);
const uint l_861 = l_2 + l_5;
const uint l_862 = l_861 + uint(0);
const bool l_863 = l_860 < l_1;
const bool l_864 = l_862 < info.scalars_uint[1];
const bool l_865 = l_863 && l_864;
if (l_865) {
const uint l_866 = l_860 * info.scalars_uint[1];
const uint l_867 = l_866 + l_862;
const float l_868 = l_arr_9[uint(8)];
const half l_869 = half(l_868);
buffer_2[l_867] = l_869;
}
const uint l_870 = l_3 + l_4;
const uint l_871 = l_870 + uint(32);
const uint l_872 = l_2 + l_5;
const uint l_873 = l_872 + uint(16);
const bool l_874 = l_871 < l_1;
const bool l_875 = l_873 < info.scalars_uint[1];
const bool l_876 = l_874 && l_875;
if (l_876) {
const uint l_877 = l_871 * info.scalars_uint[1];
const uint l_878 = l_877 + l_873;
const float l_879 = l_arr_9[uint(9)];
const half l_880 = half(l_879);
buffer_2[l_878] = l_880;
}
const uint l_881 = l_3 + l_4;
const uint l_882 = l_881 + uint(32);
const uint l_883 = l_2 + l_5;
const uint l_884 = l_883 + uint(32);
const bool l_885 = l_882 < l_1;
const bool l_886 = l_884 < info.scalars_uint[1];
const bool l_887 = l_885 && l_886;
if (l_887) {
const uint l_888 = l_882 * info.scalars_uint[1];
const uint l_889 = l_888 + l_884;
const float l_890 = l_arr_9[uint(10)];
const half l_891 = half(l_890);
buffer_2[l_889] = l_891;
}
const uint l_892 = l_3 + l_4;
const uint l_893 = l_892 + uint(32);
const uint l_894 = l_2 + l_5;
const uint l_895 = l_894 + uint(48);
const bool l_896 = l_893 < l_1;
const bool l_897 = l_895 < info.scalars_uint[1];
const bool l_898 = l_896 && l_897;
if (l_898) {
const uint l_899 = l_893 * info.scalars_uint[1];
const uint l_900 = l_899 + l_895;
const float l_901 = l_arr_9[uint(11)];
const half l_902 = half(l_901);
buffer_2[l_900] = l_902;
}
const uint l_903 = l_3 + l_4;
const uint l_904 = l_903 + uint(48);
const uint l_905 = l_2 + l_5;
const uint l_906 = l_905 + uint(0);
const bool l_907 = l_904 < l_1;
const bool l_908 = l_906 < info.scalars_uint[1];
const bool l_909 = l_907 && l_908;
if (l_909) {
const uint l_910 = l_904 * info.scalars_uint[1];
const uint l_911 = l_910 + l_906;
const float l_912 = l_arr_9[uint(12)];
const half l_913 = half(l_912);
buffer_2[l_911] = l_913;
}
const uint l_914 = l_3 + l_4;
const uint l_915 = l_914 + uint(48);
const uint l_916 = l_2 + l_5;
const uint l_917 = l_916 + uint(16);
const bool l_918 = l_915 < l_1;
const bool l_919 = l_917 < info.scalars_uint[1];
const bool l_920 = l_918 && l_919;
if (l_920) {
const uint l_921 = l_915 * info.scalars_uint[1];
const uint l_922 = l_921 + l_917;
const float l_923 = l_arr_9[uint(13)];
const half l_924 = half(l_923);
buffer_2[l_922] = l_924;
}
const uint l_925 = l_3 + l_4;
const uint l_926 = l_925 + uint(48);
const uint l_927 = l_2 + l_5;
const uint l_928 = l_927 + uint(32);
const bool l_929 = l_926 < l_1;
const bool l_930 = l_928 < info.scalars_uint[1];
const bool l_931 = l_929 && l_930;
if (l_931) {
const uint l_932 = l_926 * info.scalars_uint[1];
const uint l_933 = l_932 + l_928;
const float l_934 = l_arr_9[uint(14)];
const half l_935 = half(l_934);
buffer_2[l_933] = l_935;
}
const uint l_936 = l_3 + l_4;
const uint l_937 = l_936 + uint(48);
const uint l_938 = l_2 + l_5;
const uint l_939 = l_938 + uint(48);
const bool l_940 = l_937 < l_1;
const bool l_941 = l_939 < info.scalars_uint[1];
const bool l_942 = l_940 && l_941;
if (l_942) {
const uint l_943 = l_937 * info.scalars_uint[1];
const uint l_944 = l_943 + l_939;
const float l_945 = l_arr_9[uint(15)];
const half l_946 = half(l_945);
buffer_2[l_944] = l_946;
}

}
