
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void matmul_cmma_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_lane_id [[thread_index_in_simdgroup]],
    uint simd_size [[threads_per_simdgroup]],
    uint simd_group_id [[simdgroup_index_in_threadgroup]]
) {
threadgroup uchar dynamic_shared_mem[2048];
// Shared array size: 256, 1024 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 256, 512 bytes
threadgroup half* shared_memory_10 = reinterpret_cast<threadgroup half*>(&dynamic_shared_mem[_]);
// Shared array size: 256, 512 bytes
threadgroup half* shared_memory_9 = reinterpret_cast<threadgroup half*>(&dynamic_shared_mem[_]);
simdgroup_float8x8 frag_acc_12;
float l_mut_20;
int l_mut_143;
int l_mut_188;
uint l_mut_13;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(16);
const uint l_3 = threadgroup_pos_in_grid.y * uint(16);
const uint l_4 = thread_pos_in_threadgroup.y * uint(32);
const uint l_5 = l_4 + thread_pos_in_threadgroup.x;
const uint l_6 = thread_pos_in_threadgroup.y / uint(2);
const uint l_7 = thread_pos_in_threadgroup.y % uint(2);
const uint l_8 = info.scalars_uint[2] / uint(256);
frag_acc_12 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
l_mut_13 = uint(0);
while (true) {
simdgroup_half8x8 frag_a_301;
simdgroup_half8x8 frag_b_304;
simdgroup_half8x8 frag_a_313;
simdgroup_half8x8 frag_b_316;
const bool l_14 = l_mut_13 < info.scalars_uint[2];
const bool l_15 = !l_14;
if (l_15) {
break;}

for (uint l_mut_16 = l_5; l_mut_16 < uint(256); l_mut_16 += uint(128)) {
const uint l_17 = l_mut_16 / uint(16);
const uint l_18 = l_mut_16 % uint(16);
const uint l_19 = l_mut_13 + l_18;
l_mut_20 = float(0.0);
const uint l_21 = l_2 + l_17;
const bool l_22 = l_21 < info.scalars_uint[1];
const bool l_23 = l_19 < info.scalars_uint[2];
const bool l_24 = l_22 && l_23;
if (l_24) {
const uint l_25 = l_21 * l_8;
const uint l_26 = l_19 / uint(256);
const uint l_27 = l_25 + l_26;
const uint l_28 = l_19 % uint(256);
const uint l_29 = l_27 * uint(2);
const uint l_30 = uint(0) + l_29;
const uint l_31 = info.scalars_uint[0] * uint(2);
const uint l_32 = l_31 + uint(3);
const uint l_33 = l_32 / uint(4);
const uint l_34 = l_33 * uint(4);
const uint l_35 = uint(0) + l_34;
const uint l_36 = l_27 * uint(2);
const uint l_37 = l_35 + l_36;
const uint l_38 = info.scalars_uint[0] * uint(2);
const uint l_39 = l_38 + uint(3);
const uint l_40 = l_39 / uint(4);
const uint l_41 = l_40 * uint(4);
const uint l_42 = uint(0) + l_41;
const uint l_43 = info.scalars_uint[0] * uint(2);
const uint l_44 = l_43 + uint(3);
const uint l_45 = l_44 / uint(4);
const uint l_46 = l_45 * uint(4);
const uint l_47 = l_42 + l_46;
const uint l_48 = l_27 * uint(12);
const uint l_49 = l_47 + l_48;
const uint l_50 = info.scalars_uint[0] * uint(2);
const uint l_51 = l_50 + uint(3);
const uint l_52 = l_51 / uint(4);
const uint l_53 = l_52 * uint(4);
const uint l_54 = uint(0) + l_53;
const uint l_55 = info.scalars_uint[0] * uint(2);
const uint l_56 = l_55 + uint(3);
const uint l_57 = l_56 / uint(4);
const uint l_58 = l_57 * uint(4);
const uint l_59 = l_54 + l_58;
const uint l_60 = info.scalars_uint[0] * uint(12);
const uint l_61 = l_60 + uint(3);
const uint l_62 = l_61 / uint(4);
const uint l_63 = l_62 * uint(4);
const uint l_64 = l_59 + l_63;
const uint l_65 = l_27 * uint(32);
const uint l_66 = l_64 + l_65;
const uint l_67 = info.scalars_uint[0] * uint(2);
const uint l_68 = l_67 + uint(3);
const uint l_69 = l_68 / uint(4);
const uint l_70 = l_69 * uint(4);
const uint l_71 = uint(0) + l_70;
const uint l_72 = info.scalars_uint[0] * uint(2);
const uint l_73 = l_72 + uint(3);
const uint l_74 = l_73 / uint(4);
const uint l_75 = l_74 * uint(4);
const uint l_76 = l_71 + l_75;
const uint l_77 = info.scalars_uint[0] * uint(12);
const uint l_78 = l_77 + uint(3);
const uint l_79 = l_78 / uint(4);
const uint l_80 = l_79 * uint(4);
const uint l_81 = l_76 + l_80;
const uint l_82 = info.scalars_uint[0] * uint(32);
const uint l_83 = l_82 + uint(3);
const uint l_84 = l_83 / uint(4);
const uint l_85 = l_84 * uint(4);
const uint l_86 = l_81 + l_85;
const uint l_87 = l_27 * uint(128);
const uint l_88 = l_86 + l_87;
const uint l_89 = l_30 / uint(4);
const uint l_90 = buffer_0[l_89];
const uint l_91 = l_30 % uint(4);
const uint l_92 = l_91 * uint(8);
const uint l_93 = l_90 >> l_92;
const uint l_94 = l_93 & uint(65535);
const uint l_95 = l_94 & uint(32768);
const uint l_96 = l_95 << uint(16);
const uint l_97 = l_94 >> uint(10);
const uint l_98 = l_97 & uint(31);
const uint l_99 = l_94 & uint(1023);
const bool l_100 = l_98 == uint(31);
const uint l_101 = l_98 + uint(112);
const uint l_102 = (l_100) ? uint(255) : l_101;
const uint l_103 = l_102 << uint(23);
const uint l_104 = l_96 | l_103;
const uint l_105 = l_99 << uint(13);
const uint l_106 = l_104 | l_105;
const float l_107 = reinterpret_cast<thread float const&>(l_106);
const float l_108 = float(l_99);
const float l_109 = l_108 * float(5.960464477539063e-8);
const bool l_110 = l_96 == uint(0);
const float l_111 = -l_109;
const float l_112 = (l_110) ? l_109 : l_111;
const bool l_113 = l_98 == uint(0);
const float l_114 = (l_113) ? l_112 : l_107;
const uint l_115 = l_37 / uint(4);
const uint l_116 = buffer_0[l_115];
const uint l_117 = l_37 % uint(4);
const uint l_118 = l_117 * uint(8);
const uint l_119 = l_116 >> l_118;
const uint l_120 = l_119 & uint(65535);
const uint l_121 = l_120 & uint(32768);
const uint l_122 = l_121 << uint(16);
const uint l_123 = l_120 >> uint(10);
const uint l_124 = l_123 & uint(31);
const uint l_125 = l_120 & uint(1023);
const bool l_126 = l_124 == uint(31);
const uint l_127 = l_124 + uint(112);
const uint l_128 = (l_126) ? uint(255) : l_127;
const uint l_129 = l_128 << uint(23);
const uint l_130 = l_122 | l_129;
const uint l_131 = l_125 << uint(13);
const uint l_132 = l_130 | l_131;
const float l_133 = reinterpret_cast<thread float const&>(l_132);
const float l_134 = float(l_125);
const float l_135 = l_134 * float(5.960464477539063e-8);
const bool l_136 = l_122 == uint(0);
const float l_137 = -l_135;
const float l_138 = (l_136) ? l_135 : l_137;
const bool l_139 = l_124 == uint(0);
const float l_140 = (l_139) ? l_138 : l_133;
const int l_141 = int(l_28);
const int l_142 = l_141 / int(32);
l_mut_143 = int(0);
const bool l_144 = l_142 < int(4);
if (l_144) {
const uint l_145 = uint(l_142);
const uint l_146 = l_49 + l_145;
const uint l_147 = l_146 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_146 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + uint(0);
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(255);
const int l_154 = int(l_153);
const int l_155 = l_154 & int(63);
l_mut_143 = l_155;
} else {
const int l_156 = l_142 + int(4);
const uint l_157 = uint(l_156);
const uint l_158 = l_49 + l_157;
const uint l_159 = l_158 / uint(4);
const uint l_160 = buffer_0[l_159];
const uint l_161 = l_158 % uint(4);
const uint l_162 = l_161 * uint(8);
const uint l_163 = l_162 + uint(0);
const uint l_164 = l_160 >> l_163;
const uint l_165 = l_164 & uint(255);
const int l_166 = int(l_165);
const int l_167 = l_166 & int(15);
const int l_168 = l_142 - int(4);
const uint l_169 = uint(l_168);
const uint l_170 = l_49 + l_169;
const uint l_171 = l_170 / uint(4);
const uint l_172 = buffer_0[l_171];
const uint l_173 = l_170 % uint(4);
const uint l_174 = l_173 * uint(8);
const uint l_175 = l_174 + uint(0);
const uint l_176 = l_172 >> l_175;
const uint l_177 = l_176 & uint(255);
const int l_178 = int(l_177);
const uint l_179 = uint(l_178);
const uint l_180 = uint(int(6));
const uint l_181 = l_179 >> l_180;
const int l_182 = int(l_181);
const uint l_183 = uint(l_182);
const uint l_184 = uint(int(4));
const uint l_185 = l_183 << l_184;
const int l_186 = int(l_185);
const int l_187 = l_167 | l_186;
l_mut_143 = l_187;
}
l_mut_188 = int(0);
const bool l_189 = l_142 < int(4);
if (l_189) {
const int l_190 = l_142 + int(4);
const uint l_191 = uint(l_190);
const uint l_192 = l_49 + l_191;
const uint l_193 = l_192 / uint(4);
const uint l_194 = buffer_0[l_193];
const uint l_195 = l_192 % uint(4);
const uint l_196 = l_195 * uint(8);
const uint l_197 = l_196 + uint(0);
const uint l_198 = l_194 >> l_197;
const uint l_199 = l_198 & uint(255);
const int l_200 = int(l_199);
const int l_201 = l_200 & int(63);
l_mut_188 = l_201;
} else {
const int l_202 = l_142 + int(4);
const uint l_203 = uint(l_202);
const uint l_204 = l_49 + l_203;
const uint l_205 = l_204 / uint(4);
const uint l_206 = buffer_0[l_205];
const uint l_207 = l_204 % uint(4);
const uint l_208 = l_207 * uint(8);
const uint l_209 = l_208 + uint(0);
const uint l_210 = l_206 >> l_209;
const uint l_211 = l_210 & uint(255);
const int l_212 = int(l_211);
const uint l_213 = uint(l_212);
const uint l_214 = uint(int(4));
const uint l_215 = l_213 >> l_214;
const int l_216 = int(l_215);
const uint l_217 = uint(l_142);
const uint l_218 = l_49 + l_217;
const uint l_219 = l_218 / uint(4);
const uint l_220 = buffer_0[l_219];
const uint l_221 = l_218 % uint(4);
const uint l_222 = l_221 * uint(8);
const uint l_223 = l_222 + uint(0);
const uint l_224 = l_220 >> l_223;
const uint l_225 = l_224 & uint(255);
const int l_226 = int(l_225);
const uint l_227 = uint(l_226);
const uint l_228 = uint(int(6));
const uint l_229 = l_227 >> l_228;
const int l_230 = int(l_229);
const uint l_231 = uint(l_230);
const uint l_232 = uint(int(4));
const uint l_233 = l_231 << l_232;
const int l_234 = int(l_233);
const int l_235 = l_216 | l_234;
l_mut_188 = l_235;
}
const uint l_236 = l_88 + uint(0);
const uint l_237 = uint(l_141);
const uint l_238 = l_237 / uint(64);
const uint l_239 = l_238 * uint(32);
const uint l_240 = l_236 + l_239;
const uint l_241 = l_237 % uint(32);
const uint l_242 = l_240 + l_241;
const uint l_243 = l_237 / uint(32);
const uint l_244 = l_243 % uint(2);
const uint l_245 = l_244 * uint(4);
const uint l_246 = l_242 / uint(4);
const uint l_247 = buffer_0[l_246];
const uint l_248 = l_242 % uint(4);
const uint l_249 = l_248 * uint(8);
const uint l_250 = l_249 + l_245;
const uint l_251 = l_247 >> l_250;
const uint l_252 = l_251 & uint(15);
const int l_253 = int(l_252);
const uint l_254 = l_66 + uint(0);
const uint l_255 = uint(l_141);
const uint l_256 = l_255 / uint(256);
const uint l_257 = l_256 * uint(32);
const uint l_258 = l_254 + l_257;
const uint l_259 = l_255 % uint(32);
const uint l_260 = l_258 + l_259;
const uint l_261 = l_255 / uint(32);
const uint l_262 = l_261 % uint(8);
const uint l_263 = l_262 * uint(1);
const uint l_264 = l_260 / uint(4);
const uint l_265 = buffer_0[l_264];
const uint l_266 = l_260 % uint(4);
const uint l_267 = l_266 * uint(8);
const uint l_268 = l_267 + l_263;
const uint l_269 = l_265 >> l_268;
const uint l_270 = l_269 & uint(1);
const int l_271 = int(l_270);
const uint l_272 = uint(l_271);
const uint l_273 = uint(int(4));
const uint l_274 = l_272 << l_273;
const int l_275 = int(l_274);
const int l_276 = l_253 | l_275;
const float l_277 = float(l_mut_143);
const float l_278 = l_114 * l_277;
const float l_279 = float(l_276);
const float l_280 = l_278 * l_279;
const float l_281 = float(l_mut_188);
const float l_282 = l_140 * l_281;
const float l_283 = l_280 - l_282;
l_mut_20 = l_283;
}
const half l_284 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_284;
l_mut_20 = float(0.0);
const uint l_285 = l_3 + l_17;
const bool l_286 = l_285 < l_1;
const bool l_287 = l_19 < info.scalars_uint[2];
const bool l_288 = l_286 && l_287;
if (l_288) {
const uint l_289 = l_285 * info.scalars_uint[2];
const uint l_290 = l_289 + l_19;
const float l_291 = buffer_1[l_290];
l_mut_20 = l_291;
}
const half l_292 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_292;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_293 = l_6 * uint(8);
const uint l_294 = l_293 * uint(16);
const uint l_295 = l_294 + uint(0);
const uint l_296 = l_7 * uint(8);
const uint l_297 = l_296 * uint(16);
const uint l_298 = l_297 + uint(0);
const uint l_299 = l_295 + uint(120);
const uint l_300 = l_299 - l_295;
simdgroup_load(frag_a_301, shared_memory_9 + l_295, uint(16), 0, false);
const uint l_302 = l_298 + uint(120);
const uint l_303 = l_302 - l_298;
simdgroup_load(frag_b_304, shared_memory_10 + l_298, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_301, frag_b_304, frag_acc_12);
const uint l_305 = l_6 * uint(8);
const uint l_306 = l_305 * uint(16);
const uint l_307 = l_306 + uint(8);
const uint l_308 = l_7 * uint(8);
const uint l_309 = l_308 * uint(16);
const uint l_310 = l_309 + uint(8);
const uint l_311 = l_307 + uint(120);
const uint l_312 = l_311 - l_307;
simdgroup_load(frag_a_313, shared_memory_9 + l_307, uint(16), 0, false);
const uint l_314 = l_310 + uint(120);
const uint l_315 = l_314 - l_310;
simdgroup_load(frag_b_316, shared_memory_10 + l_310, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_313, frag_b_316, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_317 = l_6 * uint(8);
const uint l_318 = l_317 * uint(16);
const uint l_319 = l_7 * uint(8);
const uint l_320 = l_318 + l_319;
const uint l_321 = l_320 + uint(120);
const uint l_322 = l_321 - l_320;
simdgroup_store(frag_acc_12, shared_memory_11 + l_320, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_323 = l_5; l_mut_323 < uint(256); l_mut_323 += uint(128)) {
const uint l_324 = l_mut_323 / uint(16);
const uint l_325 = l_3 + l_324;
const uint l_326 = l_mut_323 % uint(16);
const uint l_327 = l_2 + l_326;
const bool l_328 = l_325 < l_1;
const bool l_329 = l_327 < info.scalars_uint[1];
const bool l_330 = l_328 && l_329;
if (l_330) {
const uint l_331 = l_325 * info.scalars_uint[1];
const uint l_332 = l_331 + l_327;
const float l_333 = shared_memory_11[l_mut_323];
buffer_2[l_332] = l_333;
}
}

}
