
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

float l_arr_47[4];

float l_arr_48[4];

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
const uint l_28 = l_26 * uint(4);
const uint l_29 = uint(0) + l_28;
const uint l_30 = l_29 / uint(4);
const uint l_31 = buffer_0[l_30];
const float l_32 = reinterpret_cast<thread float const&>(l_31);
const int l_33 = int(l_27);
l_mut_19 = l_32;
}
const uint l_34 = l_16 * uint(33);
const uint l_35 = l_34 + l_17;
shared_memory_7[l_35] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_36 = l_3 + l_16;
const bool l_37 = l_36 < l_1;
const bool l_38 = l_18 < info.scalars_uint[2];
const bool l_39 = l_37 && l_38;
if (l_39) {
const uint l_40 = l_36 * info.scalars_uint[2];
const uint l_41 = l_40 + l_18;
const half l_42 = buffer_1[l_41];
const float l_43 = float(l_42);
l_mut_19 = l_43;
}
const uint l_44 = l_16 * uint(33);
const uint l_45 = l_44 + l_17;
shared_memory_8[l_45] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_46 = uint(0); l_mut_46 < uint(32); ++l_mut_46) {
const uint l_49 = l_4 + uint(0);
const uint l_50 = l_49 * uint(33);
const uint l_51 = l_50 + l_mut_46;
const float l_52 = shared_memory_8[l_51];
l_arr_47[uint(0)] = l_52;
const uint l_53 = l_5 + uint(0);
const uint l_54 = l_53 * uint(33);
const uint l_55 = l_54 + l_mut_46;
const float l_56 = shared_memory_7[l_55];
l_arr_48[uint(0)] = l_56;
const uint l_57 = l_4 + uint(16);
const uint l_58 = l_57 * uint(33);
const uint l_59 = l_58 + l_mut_46;
const float l_60 = shared_memory_8[l_59];
l_arr_47[uint(1)] = l_60;
const uint l_61 = l_5 + uint(16);
const uint l_62 = l_61 * uint(33);
const uint l_63 = l_62 + l_mut_46;
const float l_64 = shared_memory_7[l_63];
l_arr_48[uint(1)] = l_64;
const uint l_65 = l_4 + uint(32);
const uint l_66 = l_65 * uint(33);
const uint l_67 = l_66 + l_mut_46;
const float l_68 = shared_memory_8[l_67];
l_arr_47[uint(2)] = l_68;
const uint l_69 = l_5 + uint(32);
const uint l_70 = l_69 * uint(33);
const uint l_71 = l_70 + l_mut_46;
const float l_72 = shared_memory_7[l_71];
l_arr_48[uint(2)] = l_72;
const uint l_73 = l_4 + uint(48);
const uint l_74 = l_73 * uint(33);
const uint l_75 = l_74 + l_mut_46;
const float l_76 = shared_memory_8[l_75];
l_arr_47[uint(3)] = l_76;
const uint l_77 = l_5 + uint(48);
const uint l_78 = l_77 * uint(33);
const uint l_79 = l_78 + l_mut_46;
const float l_80 = shared_memory_7[l_79];
l_arr_48[uint(3)] = l_80;
const float l_81 = l_arr_47[uint(0)];
const float l_82 = l_arr_48[uint(0)];
const float l_83 = l_81 * l_82;
const float l_84 = l_arr_9[uint(0)];
const float l_85 = l_84 + l_83;
l_arr_9[uint(0)] = l_85;
const float l_86 = l_arr_47[uint(0)];
const float l_87 = l_arr_48[uint(1)];
const float l_88 = l_86 * l_87;
const float l_89 = l_arr_9[uint(1)];
const float l_90 = l_89 + l_88;
l_arr_9[uint(1)] = l_90;
const float l_91 = l_arr_47[uint(0)];
const float l_92 = l_arr_48[uint(2)];
const float l_93 = l_91 * l_92;
const float l_94 = l_arr_9[uint(2)];
const float l_95 = l_94 + l_93;
l_arr_9[uint(2)] = l_95;
const float l_96 = l_arr_47[uint(0)];
const float l_97 = l_arr_48[uint(3)];
const float l_98 = l_96 * l_97;
const float l_99 = l_arr_9[uint(3)];
const float l_100 = l_99 + l_98;
l_arr_9[uint(3)] = l_100;
const float l_101 = l_arr_47[uint(1)];
const float l_102 = l_arr_48[uint(0)];
const float l_103 = l_101 * l_102;
const float l_104 = l_arr_9[uint(4)];
const float l_105 = l_104 + l_103;
l_arr_9[uint(4)] = l_105;
const float l_106 = l_arr_47[uint(1)];
const float l_107 = l_arr_48[uint(1)];
const float l_108 = l_106 * l_107;
const float l_109 = l_arr_9[uint(5)];
const float l_110 = l_109 + l_108;
l_arr_9[uint(5)] = l_110;
const float l_111 = l_arr_47[uint(1)];
const float l_112 = l_arr_48[uint(2)];
const float l_113 = l_111 * l_112;
const float l_114 = l_arr_9[uint(6)];
const float l_115 = l_114 + l_113;
l_arr_9[uint(6)] = l_115;
const float l_116 = l_arr_47[uint(1)];
const float l_117 = l_arr_48[uint(3)];
const float l_118 = l_116 * l_117;
const float l_119 = l_arr_9[uint(7)];
const float l_120 = l_119 + l_118;
l_arr_9[uint(7)] = l_120;
const float l_121 = l_arr_47[uint(2)];
const float l_122 = l_arr_48[uint(0)];
const float l_123 = l_121 * l_122;
const float l_124 = l_arr_9[uint(8)];
const float l_125 = l_124 + l_123;
l_arr_9[uint(8)] = l_125;
const float l_126 = l_arr_47[uint(2)];
const float l_127 = l_arr_48[uint(1)];
const float l_128 = l_126 * l_127;
const float l_129 = l_arr_9[uint(9)];
const float l_130 = l_129 + l_128;
l_arr_9[uint(9)] = l_130;
const float l_131 = l_arr_47[uint(2)];
const float l_132 = l_arr_48[uint(2)];
const float l_133 = l_131 * l_132;
const float l_134 = l_arr_9[uint(10)];
const float l_135 = l_134 + l_133;
l_arr_9[uint(10)] = l_135;
const float l_136 = l_arr_47[uint(2)];
const float l_137 = l_arr_48[uint(3)];
const float l_138 = l_136 * l_137;
const float l_139 = l_arr_9[uint(11)];
const float l_140 = l_139 + l_138;
l_arr_9[uint(11)] = l_140;
const float l_141 = l_arr_47[uint(3)];
const float l_142 = l_arr_48[uint(0)];
const float l_143 = l_141 * l_142;
const float l_144 = l_arr_9[uint(12)];
const float l_145 = l_144 + l_143;
l_arr_9[uint(12)] = l_145;
const float l_146 = l_arr_47[uint(3)];
const float l_147 = l_arr_48[uint(1)];
const float l_148 = l_146 * l_147;
const float l_149 = l_arr_9[uint(13)];
const float l_150 = l_149 + l_148;
l_arr_9[uint(13)] = l_150;
const float l_151 = l_arr_47[uint(3)];
const float l_152 = l_arr_48[uint(2)];
const float l_153 = l_151 * l_152;
const float l_154 = l_arr_9[uint(14)];
const float l_155 = l_154 + l_153;
l_arr_9[uint(14)] = l_155;
const float l_156 = l_arr_47[uint(3)];
const float l_157 = l_arr_48[uint(3)];
const float l_158 = l_156 * l_157;
const float l_159 = l_arr_9[uint(15)];
const float l_160 = l_159 + l_158;
l_arr_9[uint(15)] = l_160;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_161 = l_3 + l_4;
const uint l_162 = l_161 + uint(0);
const uint l_163 = l_2 + l_5;
const uint l_164 = l_163 + uint(0);
const bool l_165 = l_162 < l_1;
const bool l_166 = l_164 < info.scalars_uint[1];
const bool l_167 = l_165 && l_166;
if (l_167) {
const uint l_168 = l_162 * info.scalars_uint[1];
const uint l_169 = l_168 + l_164;
const float l_170 = l_arr_9[uint(0)];
const half l_171 = half(l_170);
buffer_2[l_169] = l_171;
}
const uint l_172 = l_3 + l_4;
const uint l_173 = l_172 + uint(0);
const uint l_174 = l_2 + l_5;
const uint l_175 = l_174 + uint(16);
const bool l_176 = l_173 < l_1;
const bool l_177 = l_175 < info.scalars_uint[1];
const bool l_178 = l_176 && l_177;
if (l_178) {
const uint l_179 = l_173 * info.scalars_uint[1];
const uint l_180 = l_179 + l_175;
const float l_181 = l_arr_9[uint(1)];
const half l_182 = half(l_181);
buffer_2[l_180] = l_182;
}
const uint l_183 = l_3 + l_4;
const uint l_184 = l_183 + uint(0);
const uint l_185 = l_2 + l_5;
const uint l_186 = l_185 + uint(32);
const bool l_187 = l_184 < l_1;
const bool l_188 = l_186 < info.scalars_uint[1];
const bool l_189 = l_187 && l_188;
if (l_189) {
const uint l_190 = l_184 * info.scalars_uint[1];
const uint l_191 = l_190 + l_186;
const float l_192 = l_arr_9[uint(2)];
const half l_193 = half(l_192);
buffer_2[l_191] = l_193;
}
const uint l_194 = l_3 + l_4;
const uint l_195 = l_194 + uint(0);
const uint l_196 = l_2 + l_5;
const uint l_197 = l_196 + uint(48);
const bool l_198 = l_195 < l_1;
const bool l_199 = l_197 < info.scalars_uint[1];
const bool l_200 = l_198 && l_199;
if (l_200) {
const uint l_201 = l_195 * info.scalars_uint[1];
const uint l_202 = l_201 + l_197;
const float l_203 = l_arr_9[uint(3)];
const half l_204 = half(l_203);
buffer_2[l_202] = l_204;
}
const uint l_205 = l_3 + l_4;
const uint l_206 = l_205 + uint(16);
const uint l_207 = l_2 + l_5;
const uint l_208 = l_207 + uint(0);
const bool l_209 = l_206 < l_1;
const bool l_210 = l_208 < info.scalars_uint[1];
const bool l_211 = l_209 && l_210;
if (l_211) {
const uint l_212 = l_206 * info.scalars_uint[1];
const uint l_213 = l_212 + l_208;
const float l_214 = l_arr_9[uint(4)];
const half l_215 = half(l_214);
buffer_2[l_213] = l_215;
}
const uint l_216 = l_3 + l_4;
const uint l_217 = l_216 + uint(16);
const uint l_218 = l_2 + l_5;
const uint l_219 = l_218 + uint(16);
const bool l_220 = l_217 < l_1;
const bool l_221 = l_219 < info.scalars_uint[1];
const bool l_222 = l_220 && l_221;
if (l_222) {
const uint l_223 = l_217 * info.scalars_uint[1];
const uint l_224 = l_223 + l_219;
const float l_225 = l_arr_9[uint(5)];
const half l_226 = half(l_225);
buffer_2[l_224] = l_226;
}
const uint l_227 = l_3 + l_4;
const uint l_228 = l_227 + uint(16);
const uint l_229 = l_2 + l_5;
const uint l_230 = l_229 + uint(32);
const bool l_231 = l_228 < l_1;
const bool l_232 = l_230 < info.scalars_uint[1];
const bool l_233 = l_231 && l_232;
if (l_233) {
const uint l_234 = l_228 * info.scalars_uint[1];
const uint l_235 = l_234 + l_230;
const float l_236 = l_arr_9[uint(6)];
const half l_237 = half(l_236);
buffer_2[l_235] = l_237;
}
const uint l_238 = l_3 + l_4;
const uint l_239 = l_238 + uint(16);
const uint l_240 = l_2 + l_5;
const uint l_241 = l_240 + uint(48);
const bool l_242 = l_239 < l_1;
const bool l_243 = l_241 < info.scalars_uint[1];
const bool l_244 = l_242 && l_243;
if (l_244) {
const uint l_245 = l_239 * info.scalars_uint[1];
const uint l_246 = l_245 + l_241;
const float l_247 = l_arr_9[uint(7)];
const half l_248 = half(l_247);
buffer_2[l_246] = l_248;
}
const uint l_249 = l_3 + l_4;
const uint l_250 = l_249 + uint(32);
const uint l_251 = l_2 + l_5;
const uint l_252 = l_251 + uint(0);
const bool l_253 = l_250 < l_1;
const bool l_254 = l_252 < info.scalars_uint[1];
const bool l_255 = l_253 && l_254;
if (l_255) {
const uint l_256 = l_250 * info.scalars_uint[1];
const uint l_257 = l_256 + l_252;
const float l_258 = l_arr_9[uint(8)];
const half l_259 = half(l_258);
buffer_2[l_257] = l_259;
}
const uint l_260 = l_3 + l_4;
const uint l_261 = l_260 + uint(32);
const uint l_262 = l_2 + l_5;
const uint l_263 = l_262 + uint(16);
const bool l_264 = l_261 < l_1;
const bool l_265 = l_263 < info.scalars_uint[1];
const bool l_266 = l_264 && l_265;
if (l_266) {
const uint l_267 = l_261 * info.scalars_uint[1];
const uint l_268 = l_267 + l_263;
const float l_269 = l_arr_9[uint(9)];
const half l_270 = half(l_269);
buffer_2[l_268] = l_270;
}
const uint l_271 = l_3 + l_4;
const uint l_272 = l_271 + uint(32);
const uint l_273 = l_2 + l_5;
const uint l_274 = l_273 + uint(32);
const bool l_275 = l_272 < l_1;
const bool l_276 = l_274 < info.scalars_uint[1];
const bool l_277 = l_275 && l_276;
if (l_277) {
const uint l_278 = l_272 * info.scalars_uint[1];
const uint l_279 = l_278 + l_274;
const float l_280 = l_arr_9[uint(10)];
const half l_281 = half(l_280);
buffer_2[l_279] = l_281;
}
const uint l_282 = l_3 + l_4;
const uint l_283 = l_282 + uint(32);
const uint l_284 = l_2 + l_5;
const uint l_285 = l_284 + uint(48);
const bool l_286 = l_283 < l_1;
const bool l_287 = l_285 < info.scalars_uint[1];
const bool l_288 = l_286 && l_287;
if (l_288) {
const uint l_289 = l_283 * info.scalars_uint[1];
const uint l_290 = l_289 + l_285;
const float l_291 = l_arr_9[uint(11)];
const half l_292 = half(l_291);
buffer_2[l_290] = l_292;
}
const uint l_293 = l_3 + l_4;
const uint l_294 = l_293 + uint(48);
const uint l_295 = l_2 + l_5;
const uint l_296 = l_295 + uint(0);
const bool l_297 = l_294 < l_1;
const bool l_298 = l_296 < info.scalars_uint[1];
const bool l_299 = l_297 && l_298;
if (l_299) {
const uint l_300 = l_294 * info.scalars_uint[1];
const uint l_301 = l_300 + l_296;
const float l_302 = l_arr_9[uint(12)];
const half l_303 = half(l_302);
buffer_2[l_301] = l_303;
}
const uint l_304 = l_3 + l_4;
const uint l_305 = l_304 + uint(48);
const uint l_306 = l_2 + l_5;
const uint l_307 = l_306 + uint(16);
const bool l_308 = l_305 < l_1;
const bool l_309 = l_307 < info.scalars_uint[1];
const bool l_310 = l_308 && l_309;
if (l_310) {
const uint l_311 = l_305 * info.scalars_uint[1];
const uint l_312 = l_311 + l_307;
const float l_313 = l_arr_9[uint(13)];
const half l_314 = half(l_313);
buffer_2[l_312] = l_314;
}
const uint l_315 = l_3 + l_4;
const uint l_316 = l_315 + uint(48);
const uint l_317 = l_2 + l_5;
const uint l_318 = l_317 + uint(32);
const bool l_319 = l_316 < l_1;
const bool l_320 = l_318 < info.scalars_uint[1];
const bool l_321 = l_319 && l_320;
if (l_321) {
const uint l_322 = l_316 * info.scalars_uint[1];
const uint l_323 = l_322 + l_318;
const float l_324 = l_arr_9[uint(14)];
const half l_325 = half(l_324);
buffer_2[l_323] = l_325;
}
const uint l_326 = l_3 + l_4;
const uint l_327 = l_326 + uint(48);
const uint l_328 = l_2 + l_5;
const uint l_329 = l_328 + uint(48);
const bool l_330 = l_327 < l_1;
const bool l_331 = l_329 < info.scalars_uint[1];
const bool l_332 = l_330 && l_331;
if (l_332) {
const uint l_333 = l_327 * info.scalars_uint[1];
const uint l_334 = l_333 + l_329;
const float l_335 = l_arr_9[uint(15)];
const half l_336 = half(l_335);
buffer_2[l_334] = l_336;
}

}
