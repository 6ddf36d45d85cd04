
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

float l_arr_51[4];

float l_arr_52[4];

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
const float l_47 = buffer_1[l_46];
l_mut_19 = l_47;
}
const uint l_48 = l_16 * uint(33);
const uint l_49 = l_48 + l_17;
shared_memory_8[l_49] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_50 = uint(0); l_mut_50 < uint(32); ++l_mut_50) {
const uint l_53 = l_4 + uint(0);
const uint l_54 = l_53 * uint(33);
const uint l_55 = l_54 + l_mut_50;
const float l_56 = shared_memory_8[l_55];
l_arr_51[uint(0)] = l_56;
const uint l_57 = l_5 + uint(0);
const uint l_58 = l_57 * uint(33);
const uint l_59 = l_58 + l_mut_50;
const float l_60 = shared_memory_7[l_59];
l_arr_52[uint(0)] = l_60;
const uint l_61 = l_4 + uint(16);
const uint l_62 = l_61 * uint(33);
const uint l_63 = l_62 + l_mut_50;
const float l_64 = shared_memory_8[l_63];
l_arr_51[uint(1)] = l_64;
const uint l_65 = l_5 + uint(16);
const uint l_66 = l_65 * uint(33);
const uint l_67 = l_66 + l_mut_50;
const float l_68 = shared_memory_7[l_67];
l_arr_52[uint(1)] = l_68;
const uint l_69 = l_4 + uint(32);
const uint l_70 = l_69 * uint(33);
const uint l_71 = l_70 + l_mut_50;
const float l_72 = shared_memory_8[l_71];
l_arr_51[uint(2)] = l_72;
const uint l_73 = l_5 + uint(32);
const uint l_74 = l_73 * uint(33);
const uint l_75 = l_74 + l_mut_50;
const float l_76 = shared_memory_7[l_75];
l_arr_52[uint(2)] = l_76;
const uint l_77 = l_4 + uint(48);
const uint l_78 = l_77 * uint(33);
const uint l_79 = l_78 + l_mut_50;
const float l_80 = shared_memory_8[l_79];
l_arr_51[uint(3)] = l_80;
const uint l_81 = l_5 + uint(48);
const uint l_82 = l_81 * uint(33);
const uint l_83 = l_82 + l_mut_50;
const float l_84 = shared_memory_7[l_83];
l_arr_52[uint(3)] = l_84;
const float l_85 = l_arr_51[uint(0)];
const float l_86 = l_arr_52[uint(0)];
const float l_87 = l_85 * l_86;
const float l_88 = l_arr_9[uint(0)];
const float l_89 = l_88 + l_87;
l_arr_9[uint(0)] = l_89;
const float l_90 = l_arr_51[uint(0)];
const float l_91 = l_arr_52[uint(1)];
const float l_92 = l_90 * l_91;
const float l_93 = l_arr_9[uint(1)];
const float l_94 = l_93 + l_92;
l_arr_9[uint(1)] = l_94;
const float l_95 = l_arr_51[uint(0)];
const float l_96 = l_arr_52[uint(2)];
const float l_97 = l_95 * l_96;
const float l_98 = l_arr_9[uint(2)];
const float l_99 = l_98 + l_97;
l_arr_9[uint(2)] = l_99;
const float l_100 = l_arr_51[uint(0)];
const float l_101 = l_arr_52[uint(3)];
const float l_102 = l_100 * l_101;
const float l_103 = l_arr_9[uint(3)];
const float l_104 = l_103 + l_102;
l_arr_9[uint(3)] = l_104;
const float l_105 = l_arr_51[uint(1)];
const float l_106 = l_arr_52[uint(0)];
const float l_107 = l_105 * l_106;
const float l_108 = l_arr_9[uint(4)];
const float l_109 = l_108 + l_107;
l_arr_9[uint(4)] = l_109;
const float l_110 = l_arr_51[uint(1)];
const float l_111 = l_arr_52[uint(1)];
const float l_112 = l_110 * l_111;
const float l_113 = l_arr_9[uint(5)];
const float l_114 = l_113 + l_112;
l_arr_9[uint(5)] = l_114;
const float l_115 = l_arr_51[uint(1)];
const float l_116 = l_arr_52[uint(2)];
const float l_117 = l_115 * l_116;
const float l_118 = l_arr_9[uint(6)];
const float l_119 = l_118 + l_117;
l_arr_9[uint(6)] = l_119;
const float l_120 = l_arr_51[uint(1)];
const float l_121 = l_arr_52[uint(3)];
const float l_122 = l_120 * l_121;
const float l_123 = l_arr_9[uint(7)];
const float l_124 = l_123 + l_122;
l_arr_9[uint(7)] = l_124;
const float l_125 = l_arr_51[uint(2)];
const float l_126 = l_arr_52[uint(0)];
const float l_127 = l_125 * l_126;
const float l_128 = l_arr_9[uint(8)];
const float l_129 = l_128 + l_127;
l_arr_9[uint(8)] = l_129;
const float l_130 = l_arr_51[uint(2)];
const float l_131 = l_arr_52[uint(1)];
const float l_132 = l_130 * l_131;
const float l_133 = l_arr_9[uint(9)];
const float l_134 = l_133 + l_132;
l_arr_9[uint(9)] = l_134;
const float l_135 = l_arr_51[uint(2)];
const float l_136 = l_arr_52[uint(2)];
const float l_137 = l_135 * l_136;
const float l_138 = l_arr_9[uint(10)];
const float l_139 = l_138 + l_137;
l_arr_9[uint(10)] = l_139;
const float l_140 = l_arr_51[uint(2)];
const float l_141 = l_arr_52[uint(3)];
const float l_142 = l_140 * l_141;
const float l_143 = l_arr_9[uint(11)];
const float l_144 = l_143 + l_142;
l_arr_9[uint(11)] = l_144;
const float l_145 = l_arr_51[uint(3)];
const float l_146 = l_arr_52[uint(0)];
const float l_147 = l_145 * l_146;
const float l_148 = l_arr_9[uint(12)];
const float l_149 = l_148 + l_147;
l_arr_9[uint(12)] = l_149;
const float l_150 = l_arr_51[uint(3)];
const float l_151 = l_arr_52[uint(1)];
const float l_152 = l_150 * l_151;
const float l_153 = l_arr_9[uint(13)];
const float l_154 = l_153 + l_152;
l_arr_9[uint(13)] = l_154;
const float l_155 = l_arr_51[uint(3)];
const float l_156 = l_arr_52[uint(2)];
const float l_157 = l_155 * l_156;
const float l_158 = l_arr_9[uint(14)];
const float l_159 = l_158 + l_157;
l_arr_9[uint(14)] = l_159;
const float l_160 = l_arr_51[uint(3)];
const float l_161 = l_arr_52[uint(3)];
const float l_162 = l_160 * l_161;
const float l_163 = l_arr_9[uint(15)];
const float l_164 = l_163 + l_162;
l_arr_9[uint(15)] = l_164;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_165 = l_3 + l_4;
const uint l_166 = l_165 + uint(0);
const uint l_167 = l_2 + l_5;
const uint l_168 = l_167 + uint(0);
const bool l_169 = l_166 < l_1;
const bool l_170 = l_168 < info.scalars_uint[1];
const bool l_171 = l_169 && l_170;
if (l_171) {
const uint l_172 = l_166 * info.scalars_uint[1];
const uint l_173 = l_172 + l_168;
const float l_174 = l_arr_9[uint(0)];
buffer_2[l_173] = l_174;
}
const uint l_175 = l_3 + l_4;
const uint l_176 = l_175 + uint(0);
const uint l_177 = l_2 + l_5;
const uint l_178 = l_177 + uint(16);
const bool l_179 = l_176 < l_1;
const bool l_180 = l_178 < info.scalars_uint[1];
const bool l_181 = l_179 && l_180;
if (l_181) {
const uint l_182 = l_176 * info.scalars_uint[1];
const uint l_183 = l_182 + l_178;
const float l_184 = l_arr_9[uint(1)];
buffer_2[l_183] = l_184;
}
const uint l_185 = l_3 + l_4;
const uint l_186 = l_185 + uint(0);
const uint l_187 = l_2 + l_5;
const uint l_188 = l_187 + uint(32);
const bool l_189 = l_186 < l_1;
const bool l_190 = l_188 < info.scalars_uint[1];
const bool l_191 = l_189 && l_190;
if (l_191) {
const uint l_192 = l_186 * info.scalars_uint[1];
const uint l_193 = l_192 + l_188;
const float l_194 = l_arr_9[uint(2)];
buffer_2[l_193] = l_194;
}
const uint l_195 = l_3 + l_4;
const uint l_196 = l_195 + uint(0);
const uint l_197 = l_2 + l_5;
const uint l_198 = l_197 + uint(48);
const bool l_199 = l_196 < l_1;
const bool l_200 = l_198 < info.scalars_uint[1];
const bool l_201 = l_199 && l_200;
if (l_201) {
const uint l_202 = l_196 * info.scalars_uint[1];
const uint l_203 = l_202 + l_198;
const float l_204 = l_arr_9[uint(3)];
buffer_2[l_203] = l_204;
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
buffer_2[l_213] = l_214;
}
const uint l_215 = l_3 + l_4;
const uint l_216 = l_215 + uint(16);
const uint l_217 = l_2 + l_5;
const uint l_218 = l_217 + uint(16);
const bool l_219 = l_216 < l_1;
const bool l_220 = l_218 < info.scalars_uint[1];
const bool l_221 = l_219 && l_220;
if (l_221) {
const uint l_222 = l_216 * info.scalars_uint[1];
const uint l_223 = l_222 + l_218;
const float l_224 = l_arr_9[uint(5)];
buffer_2[l_223] = l_224;
}
const uint l_225 = l_3 + l_4;
const uint l_226 = l_225 + uint(16);
const uint l_227 = l_2 + l_5;
const uint l_228 = l_227 + uint(32);
const bool l_229 = l_226 < l_1;
const bool l_230 = l_228 < info.scalars_uint[1];
const bool l_231 = l_229 && l_230;
if (l_231) {
const uint l_232 = l_226 * info.scalars_uint[1];
const uint l_233 = l_232 + l_228;
const float l_234 = l_arr_9[uint(6)];
buffer_2[l_233] = l_234;
}
const uint l_235 = l_3 + l_4;
const uint l_236 = l_235 + uint(16);
const uint l_237 = l_2 + l_5;
const uint l_238 = l_237 + uint(48);
const bool l_239 = l_236 < l_1;
const bool l_240 = l_238 < info.scalars_uint[1];
const bool l_241 = l_239 && l_240;
if (l_241) {
const uint l_242 = l_236 * info.scalars_uint[1];
const uint l_243 = l_242 + l_238;
const float l_244 = l_arr_9[uint(7)];
buffer_2[l_243] = l_244;
}
const uint l_245 = l_3 + l_4;
const uint l_246 = l_245 + uint(32);
const uint l_247 = l_2 + l_5;
const uint l_248 = l_247 + uint(0);
const bool l_249 = l_246 < l_1;
const bool l_250 = l_248 < info.scalars_uint[1];
const bool l_251 = l_249 && l_250;
if (l_251) {
const uint l_252 = l_246 * info.scalars_uint[1];
const uint l_253 = l_252 + l_248;
const float l_254 = l_arr_9[uint(8)];
buffer_2[l_253] = l_254;
}
const uint l_255 = l_3 + l_4;
const uint l_256 = l_255 + uint(32);
const uint l_257 = l_2 + l_5;
const uint l_258 = l_257 + uint(16);
const bool l_259 = l_256 < l_1;
const bool l_260 = l_258 < info.scalars_uint[1];
const bool l_261 = l_259 && l_260;
if (l_261) {
const uint l_262 = l_256 * info.scalars_uint[1];
const uint l_263 = l_262 + l_258;
const float l_264 = l_arr_9[uint(9)];
buffer_2[l_263] = l_264;
}
const uint l_265 = l_3 + l_4;
const uint l_266 = l_265 + uint(32);
const uint l_267 = l_2 + l_5;
const uint l_268 = l_267 + uint(32);
const bool l_269 = l_266 < l_1;
const bool l_270 = l_268 < info.scalars_uint[1];
const bool l_271 = l_269 && l_270;
if (l_271) {
const uint l_272 = l_266 * info.scalars_uint[1];
const uint l_273 = l_272 + l_268;
const float l_274 = l_arr_9[uint(10)];
buffer_2[l_273] = l_274;
}
const uint l_275 = l_3 + l_4;
const uint l_276 = l_275 + uint(32);
const uint l_277 = l_2 + l_5;
const uint l_278 = l_277 + uint(48);
const bool l_279 = l_276 < l_1;
const bool l_280 = l_278 < info.scalars_uint[1];
const bool l_281 = l_279 && l_280;
if (l_281) {
const uint l_282 = l_276 * info.scalars_uint[1];
const uint l_283 = l_282 + l_278;
const float l_284 = l_arr_9[uint(11)];
buffer_2[l_283] = l_284;
}
const uint l_285 = l_3 + l_4;
const uint l_286 = l_285 + uint(48);
const uint l_287 = l_2 + l_5;
const uint l_288 = l_287 + uint(0);
const bool l_289 = l_286 < l_1;
const bool l_290 = l_288 < info.scalars_uint[1];
const bool l_291 = l_289 && l_290;
if (l_291) {
const uint l_292 = l_286 * info.scalars_uint[1];
const uint l_293 = l_292 + l_288;
const float l_294 = l_arr_9[uint(12)];
buffer_2[l_293] = l_294;
}
const uint l_295 = l_3 + l_4;
const uint l_296 = l_295 + uint(48);
const uint l_297 = l_2 + l_5;
const uint l_298 = l_297 + uint(16);
const bool l_299 = l_296 < l_1;
const bool l_300 = l_298 < info.scalars_uint[1];
const bool l_301 = l_299 && l_300;
if (l_301) {
const uint l_302 = l_296 * info.scalars_uint[1];
const uint l_303 = l_302 + l_298;
const float l_304 = l_arr_9[uint(13)];
buffer_2[l_303] = l_304;
}
const uint l_305 = l_3 + l_4;
const uint l_306 = l_305 + uint(48);
const uint l_307 = l_2 + l_5;
const uint l_308 = l_307 + uint(32);
const bool l_309 = l_306 < l_1;
const bool l_310 = l_308 < info.scalars_uint[1];
const bool l_311 = l_309 && l_310;
if (l_311) {
const uint l_312 = l_306 * info.scalars_uint[1];
const uint l_313 = l_312 + l_308;
const float l_314 = l_arr_9[uint(14)];
buffer_2[l_313] = l_314;
}
const uint l_315 = l_3 + l_4;
const uint l_316 = l_315 + uint(48);
const uint l_317 = l_2 + l_5;
const uint l_318 = l_317 + uint(48);
const bool l_319 = l_316 < l_1;
const bool l_320 = l_318 < info.scalars_uint[1];
const bool l_321 = l_319 && l_320;
if (l_321) {
const uint l_322 = l_316 * info.scalars_uint[1];
const uint l_323 = l_322 + l_318;
const float l_324 = l_arr_9[uint(15)];
buffer_2[l_323] = l_324;
}

}
