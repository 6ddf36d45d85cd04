
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

float l_arr_52[4];

float l_arr_53[4];

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
const uint l_36 = l_35 << uint(16);
const float l_37 = reinterpret_cast<thread float const&>(l_36);
const int l_38 = int(l_27);
l_mut_19 = l_37;
}
const uint l_39 = l_16 * uint(33);
const uint l_40 = l_39 + l_17;
shared_memory_7[l_40] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_41 = l_3 + l_16;
const bool l_42 = l_41 < l_1;
const bool l_43 = l_18 < info.scalars_uint[2];
const bool l_44 = l_42 && l_43;
if (l_44) {
const uint l_45 = l_41 * info.scalars_uint[2];
const uint l_46 = l_45 + l_18;
const half l_47 = buffer_1[l_46];
const float l_48 = float(l_47);
l_mut_19 = l_48;
}
const uint l_49 = l_16 * uint(33);
const uint l_50 = l_49 + l_17;
shared_memory_8[l_50] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_51 = uint(0); l_mut_51 < uint(32); ++l_mut_51) {
const uint l_54 = l_4 + uint(0);
const uint l_55 = l_54 * uint(33);
const uint l_56 = l_55 + l_mut_51;
const float l_57 = shared_memory_8[l_56];
l_arr_52[uint(0)] = l_57;
const uint l_58 = l_5 + uint(0);
const uint l_59 = l_58 * uint(33);
const uint l_60 = l_59 + l_mut_51;
const float l_61 = shared_memory_7[l_60];
l_arr_53[uint(0)] = l_61;
const uint l_62 = l_4 + uint(16);
const uint l_63 = l_62 * uint(33);
const uint l_64 = l_63 + l_mut_51;
const float l_65 = shared_memory_8[l_64];
l_arr_52[uint(1)] = l_65;
const uint l_66 = l_5 + uint(16);
const uint l_67 = l_66 * uint(33);
const uint l_68 = l_67 + l_mut_51;
const float l_69 = shared_memory_7[l_68];
l_arr_53[uint(1)] = l_69;
const uint l_70 = l_4 + uint(32);
const uint l_71 = l_70 * uint(33);
const uint l_72 = l_71 + l_mut_51;
const float l_73 = shared_memory_8[l_72];
l_arr_52[uint(2)] = l_73;
const uint l_74 = l_5 + uint(32);
const uint l_75 = l_74 * uint(33);
const uint l_76 = l_75 + l_mut_51;
const float l_77 = shared_memory_7[l_76];
l_arr_53[uint(2)] = l_77;
const uint l_78 = l_4 + uint(48);
const uint l_79 = l_78 * uint(33);
const uint l_80 = l_79 + l_mut_51;
const float l_81 = shared_memory_8[l_80];
l_arr_52[uint(3)] = l_81;
const uint l_82 = l_5 + uint(48);
const uint l_83 = l_82 * uint(33);
const uint l_84 = l_83 + l_mut_51;
const float l_85 = shared_memory_7[l_84];
l_arr_53[uint(3)] = l_85;
const float l_86 = l_arr_52[uint(0)];
const float l_87 = l_arr_53[uint(0)];
const float l_88 = l_86 * l_87;
const float l_89 = l_arr_9[uint(0)];
const float l_90 = l_89 + l_88;
l_arr_9[uint(0)] = l_90;
const float l_91 = l_arr_52[uint(0)];
const float l_92 = l_arr_53[uint(1)];
const float l_93 = l_91 * l_92;
const float l_94 = l_arr_9[uint(1)];
const float l_95 = l_94 + l_93;
l_arr_9[uint(1)] = l_95;
const float l_96 = l_arr_52[uint(0)];
const float l_97 = l_arr_53[uint(2)];
const float l_98 = l_96 * l_97;
const float l_99 = l_arr_9[uint(2)];
const float l_100 = l_99 + l_98;
l_arr_9[uint(2)] = l_100;
const float l_101 = l_arr_52[uint(0)];
const float l_102 = l_arr_53[uint(3)];
const float l_103 = l_101 * l_102;
const float l_104 = l_arr_9[uint(3)];
const float l_105 = l_104 + l_103;
l_arr_9[uint(3)] = l_105;
const float l_106 = l_arr_52[uint(1)];
const float l_107 = l_arr_53[uint(0)];
const float l_108 = l_106 * l_107;
const float l_109 = l_arr_9[uint(4)];
const float l_110 = l_109 + l_108;
l_arr_9[uint(4)] = l_110;
const float l_111 = l_arr_52[uint(1)];
const float l_112 = l_arr_53[uint(1)];
const float l_113 = l_111 * l_112;
const float l_114 = l_arr_9[uint(5)];
const float l_115 = l_114 + l_113;
l_arr_9[uint(5)] = l_115;
const float l_116 = l_arr_52[uint(1)];
const float l_117 = l_arr_53[uint(2)];
const float l_118 = l_116 * l_117;
const float l_119 = l_arr_9[uint(6)];
const float l_120 = l_119 + l_118;
l_arr_9[uint(6)] = l_120;
const float l_121 = l_arr_52[uint(1)];
const float l_122 = l_arr_53[uint(3)];
const float l_123 = l_121 * l_122;
const float l_124 = l_arr_9[uint(7)];
const float l_125 = l_124 + l_123;
l_arr_9[uint(7)] = l_125;
const float l_126 = l_arr_52[uint(2)];
const float l_127 = l_arr_53[uint(0)];
const float l_128 = l_126 * l_127;
const float l_129 = l_arr_9[uint(8)];
const float l_130 = l_129 + l_128;
l_arr_9[uint(8)] = l_130;
const float l_131 = l_arr_52[uint(2)];
const float l_132 = l_arr_53[uint(1)];
const float l_133 = l_131 * l_132;
const float l_134 = l_arr_9[uint(9)];
const float l_135 = l_134 + l_133;
l_arr_9[uint(9)] = l_135;
const float l_136 = l_arr_52[uint(2)];
const float l_137 = l_arr_53[uint(2)];
const float l_138 = l_136 * l_137;
const float l_139 = l_arr_9[uint(10)];
const float l_140 = l_139 + l_138;
l_arr_9[uint(10)] = l_140;
const float l_141 = l_arr_52[uint(2)];
const float l_142 = l_arr_53[uint(3)];
const float l_143 = l_141 * l_142;
const float l_144 = l_arr_9[uint(11)];
const float l_145 = l_144 + l_143;
l_arr_9[uint(11)] = l_145;
const float l_146 = l_arr_52[uint(3)];
const float l_147 = l_arr_53[uint(0)];
const float l_148 = l_146 * l_147;
const float l_149 = l_arr_9[uint(12)];
const float l_150 = l_149 + l_148;
l_arr_9[uint(12)] = l_150;
const float l_151 = l_arr_52[uint(3)];
const float l_152 = l_arr_53[uint(1)];
const float l_153 = l_151 * l_152;
const float l_154 = l_arr_9[uint(13)];
const float l_155 = l_154 + l_153;
l_arr_9[uint(13)] = l_155;
const float l_156 = l_arr_52[uint(3)];
const float l_157 = l_arr_53[uint(2)];
const float l_158 = l_156 * l_157;
const float l_159 = l_arr_9[uint(14)];
const float l_160 = l_159 + l_158;
l_arr_9[uint(14)] = l_160;
const float l_161 = l_arr_52[uint(3)];
const float l_162 = l_arr_53[uint(3)];
const float l_163 = l_161 * l_162;
const float l_164 = l_arr_9[uint(15)];
const float l_165 = l_164 + l_163;
l_arr_9[uint(15)] = l_165;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_166 = l_3 + l_4;
const uint l_167 = l_166 + uint(0);
const uint l_168 = l_2 + l_5;
const uint l_169 = l_168 + uint(0);
const bool l_170 = l_167 < l_1;
const bool l_171 = l_169 < info.scalars_uint[1];
const bool l_172 = l_170 && l_171;
if (l_172) {
const uint l_173 = l_167 * info.scalars_uint[1];
const uint l_174 = l_173 + l_169;
const float l_175 = l_arr_9[uint(0)];
const half l_176 = half(l_175);
buffer_2[l_174] = l_176;
}
const uint l_177 = l_3 + l_4;
const uint l_178 = l_177 + uint(0);
const uint l_179 = l_2 + l_5;
const uint l_180 = l_179 + uint(16);
const bool l_181 = l_178 < l_1;
const bool l_182 = l_180 < info.scalars_uint[1];
const bool l_183 = l_181 && l_182;
if (l_183) {
const uint l_184 = l_178 * info.scalars_uint[1];
const uint l_185 = l_184 + l_180;
const float l_186 = l_arr_9[uint(1)];
const half l_187 = half(l_186);
buffer_2[l_185] = l_187;
}
const uint l_188 = l_3 + l_4;
const uint l_189 = l_188 + uint(0);
const uint l_190 = l_2 + l_5;
const uint l_191 = l_190 + uint(32);
const bool l_192 = l_189 < l_1;
const bool l_193 = l_191 < info.scalars_uint[1];
const bool l_194 = l_192 && l_193;
if (l_194) {
const uint l_195 = l_189 * info.scalars_uint[1];
const uint l_196 = l_195 + l_191;
const float l_197 = l_arr_9[uint(2)];
const half l_198 = half(l_197);
buffer_2[l_196] = l_198;
}
const uint l_199 = l_3 + l_4;
const uint l_200 = l_199 + uint(0);
const uint l_201 = l_2 + l_5;
const uint l_202 = l_201 + uint(48);
const bool l_203 = l_200 < l_1;
const bool l_204 = l_202 < info.scalars_uint[1];
const bool l_205 = l_203 && l_204;
if (l_205) {
const uint l_206 = l_200 * info.scalars_uint[1];
const uint l_207 = l_206 + l_202;
const float l_208 = l_arr_9[uint(3)];
const half l_209 = half(l_208);
buffer_2[l_207] = l_209;
}
const uint l_210 = l_3 + l_4;
const uint l_211 = l_210 + uint(16);
const uint l_212 = l_2 + l_5;
const uint l_213 = l_212 + uint(0);
const bool l_214 = l_211 < l_1;
const bool l_215 = l_213 < info.scalars_uint[1];
const bool l_216 = l_214 && l_215;
if (l_216) {
const uint l_217 = l_211 * info.scalars_uint[1];
const uint l_218 = l_217 + l_213;
const float l_219 = l_arr_9[uint(4)];
const half l_220 = half(l_219);
buffer_2[l_218] = l_220;
}
const uint l_221 = l_3 + l_4;
const uint l_222 = l_221 + uint(16);
const uint l_223 = l_2 + l_5;
const uint l_224 = l_223 + uint(16);
const bool l_225 = l_222 < l_1;
const bool l_226 = l_224 < info.scalars_uint[1];
const bool l_227 = l_225 && l_226;
if (l_227) {
const uint l_228 = l_222 * info.scalars_uint[1];
const uint l_229 = l_228 + l_224;
const float l_230 = l_arr_9[uint(5)];
const half l_231 = half(l_230);
buffer_2[l_229] = l_231;
}
const uint l_232 = l_3 + l_4;
const uint l_233 = l_232 + uint(16);
const uint l_234 = l_2 + l_5;
const uint l_235 = l_234 + uint(32);
const bool l_236 = l_233 < l_1;
const bool l_237 = l_235 < info.scalars_uint[1];
const bool l_238 = l_236 && l_237;
if (l_238) {
const uint l_239 = l_233 * info.scalars_uint[1];
const uint l_240 = l_239 + l_235;
const float l_241 = l_arr_9[uint(6)];
const half l_242 = half(l_241);
buffer_2[l_240] = l_242;
}
const uint l_243 = l_3 + l_4;
const uint l_244 = l_243 + uint(16);
const uint l_245 = l_2 + l_5;
const uint l_246 = l_245 + uint(48);
const bool l_247 = l_244 < l_1;
const bool l_248 = l_246 < info.scalars_uint[1];
const bool l_249 = l_247 && l_248;
if (l_249) {
const uint l_250 = l_244 * info.scalars_uint[1];
const uint l_251 = l_250 + l_246;
const float l_252 = l_arr_9[uint(7)];
const half l_253 = half(l_252);
buffer_2[l_251] = l_253;
}
const uint l_254 = l_3 + l_4;
const uint l_255 = l_254 + uint(32);
const uint l_256 = l_2 + l_5;
const uint l_257 = l_256 + uint(0);
const bool l_258 = l_255 < l_1;
const bool l_259 = l_257 < info.scalars_uint[1];
const bool l_260 = l_258 && l_259;
if (l_260) {
const uint l_261 = l_255 * info.scalars_uint[1];
const uint l_262 = l_261 + l_257;
const float l_263 = l_arr_9[uint(8)];
const half l_264 = half(l_263);
buffer_2[l_262] = l_264;
}
const uint l_265 = l_3 + l_4;
const uint l_266 = l_265 + uint(32);
const uint l_267 = l_2 + l_5;
const uint l_268 = l_267 + uint(16);
const bool l_269 = l_266 < l_1;
const bool l_270 = l_268 < info.scalars_uint[1];
const bool l_271 = l_269 && l_270;
if (l_271) {
const uint l_272 = l_266 * info.scalars_uint[1];
const uint l_273 = l_272 + l_268;
const float l_274 = l_arr_9[uint(9)];
const half l_275 = half(l_274);
buffer_2[l_273] = l_275;
}
const uint l_276 = l_3 + l_4;
const uint l_277 = l_276 + uint(32);
const uint l_278 = l_2 + l_5;
const uint l_279 = l_278 + uint(32);
const bool l_280 = l_277 < l_1;
const bool l_281 = l_279 < info.scalars_uint[1];
const bool l_282 = l_280 && l_281;
if (l_282) {
const uint l_283 = l_277 * info.scalars_uint[1];
const uint l_284 = l_283 + l_279;
const float l_285 = l_arr_9[uint(10)];
const half l_286 = half(l_285);
buffer_2[l_284] = l_286;
}
const uint l_287 = l_3 + l_4;
const uint l_288 = l_287 + uint(32);
const uint l_289 = l_2 + l_5;
const uint l_290 = l_289 + uint(48);
const bool l_291 = l_288 < l_1;
const bool l_292 = l_290 < info.scalars_uint[1];
const bool l_293 = l_291 && l_292;
if (l_293) {
const uint l_294 = l_288 * info.scalars_uint[1];
const uint l_295 = l_294 + l_290;
const float l_296 = l_arr_9[uint(11)];
const half l_297 = half(l_296);
buffer_2[l_295] = l_297;
}
const uint l_298 = l_3 + l_4;
const uint l_299 = l_298 + uint(48);
const uint l_300 = l_2 + l_5;
const uint l_301 = l_300 + uint(0);
const bool l_302 = l_299 < l_1;
const bool l_303 = l_301 < info.scalars_uint[1];
const bool l_304 = l_302 && l_303;
if (l_304) {
const uint l_305 = l_299 * info.scalars_uint[1];
const uint l_306 = l_305 + l_301;
const float l_307 = l_arr_9[uint(12)];
const half l_308 = half(l_307);
buffer_2[l_306] = l_308;
}
const uint l_309 = l_3 + l_4;
const uint l_310 = l_309 + uint(48);
const uint l_311 = l_2 + l_5;
const uint l_312 = l_311 + uint(16);
const bool l_313 = l_310 < l_1;
const bool l_314 = l_312 < info.scalars_uint[1];
const bool l_315 = l_313 && l_314;
if (l_315) {
const uint l_316 = l_310 * info.scalars_uint[1];
const uint l_317 = l_316 + l_312;
const float l_318 = l_arr_9[uint(13)];
const half l_319 = half(l_318);
buffer_2[l_317] = l_319;
}
const uint l_320 = l_3 + l_4;
const uint l_321 = l_320 + uint(48);
const uint l_322 = l_2 + l_5;
const uint l_323 = l_322 + uint(32);
const bool l_324 = l_321 < l_1;
const bool l_325 = l_323 < info.scalars_uint[1];
const bool l_326 = l_324 && l_325;
if (l_326) {
const uint l_327 = l_321 * info.scalars_uint[1];
const uint l_328 = l_327 + l_323;
const float l_329 = l_arr_9[uint(14)];
const half l_330 = half(l_329);
buffer_2[l_328] = l_330;
}
const uint l_331 = l_3 + l_4;
const uint l_332 = l_331 + uint(48);
const uint l_333 = l_2 + l_5;
const uint l_334 = l_333 + uint(48);
const bool l_335 = l_332 < l_1;
const bool l_336 = l_334 < info.scalars_uint[1];
const bool l_337 = l_335 && l_336;
if (l_337) {
const uint l_338 = l_332 * info.scalars_uint[1];
const uint l_339 = l_338 + l_334;
const float l_340 = l_arr_9[uint(15)];
const half l_341 = half(l_340);
buffer_2[l_339] = l_341;
}

}
