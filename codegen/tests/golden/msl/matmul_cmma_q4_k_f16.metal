
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void matmul_cmma_f_(
    const device uint * buffer_0 [[buffer(0)]],
    const device half * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
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
int l_mut_121;
int l_mut_166;
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
simdgroup_half8x8 frag_a_257;
simdgroup_half8x8 frag_b_260;
simdgroup_half8x8 frag_a_269;
simdgroup_half8x8 frag_b_272;
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
const uint l_65 = l_27 * uint(128);
const uint l_66 = l_64 + l_65;
const uint l_67 = l_30 / uint(4);
const uint l_68 = buffer_0[l_67];
const uint l_69 = l_30 % uint(4);
const uint l_70 = l_69 * uint(8);
const uint l_71 = l_68 >> l_70;
const uint l_72 = l_71 & uint(65535);
const uint l_73 = l_72 & uint(32768);
const uint l_74 = l_73 << uint(16);
const uint l_75 = l_72 >> uint(10);
const uint l_76 = l_75 & uint(31);
const uint l_77 = l_72 & uint(1023);
const bool l_78 = l_76 == uint(31);
const uint l_79 = l_76 + uint(112);
const uint l_80 = (l_78) ? uint(255) : l_79;
const uint l_81 = l_80 << uint(23);
const uint l_82 = l_74 | l_81;
const uint l_83 = l_77 << uint(13);
const uint l_84 = l_82 | l_83;
const float l_85 = reinterpret_cast<thread float const&>(l_84);
const float l_86 = float(l_77);
const float l_87 = l_86 * float(5.960464477539063e-8);
const bool l_88 = l_74 == uint(0);
const float l_89 = -l_87;
const float l_90 = (l_88) ? l_87 : l_89;
const bool l_91 = l_76 == uint(0);
const float l_92 = (l_91) ? l_90 : l_85;
const uint l_93 = l_37 / uint(4);
const uint l_94 = buffer_0[l_93];
const uint l_95 = l_37 % uint(4);
const uint l_96 = l_95 * uint(8);
const uint l_97 = l_94 >> l_96;
const uint l_98 = l_97 & uint(65535);
const uint l_99 = l_98 & uint(32768);
const uint l_100 = l_99 << uint(16);
const uint l_101 = l_98 >> uint(10);
const uint l_102 = l_101 & uint(31);
const uint l_103 = l_98 & uint(1023);
const bool l_104 = l_102 == uint(31);
const uint l_105 = l_102 + uint(112);
const uint l_106 = (l_104) ? uint(255) : l_105;
const uint l_107 = l_106 << uint(23);
const uint l_108 = l_100 | l_107;
const uint l_109 = l_103 << uint(13);
const uint l_110 = l_108 | l_109;
const float l_111 = reinterpret_cast<thread float const&>(l_110);
const float l_112 = float(l_103);
const float l_113 = l_112 * float(5.960464477539063e-8);
const bool l_114 = l_100 == uint(0);
const float l_115 = -l_113;
const float l_116 = (l_114) ? l_113 : l_115;
const bool l_117 = l_102 == uint(0);
const float l_118 = (l_117) ? l_116 : l_111;
const int l_119 = int(l_28);
const int l_120 = l_119 / int(32);
l_mut_121 = int(0);
const bool l_122 = l_120 < int(4);
if (l_122) {
const uint l_123 = uint(l_120);
const uint l_124 = l_49 + l_123;
const uint l_125 = l_124 / uint(4);
const uint l_126 = buffer_0[l_125];
const uint l_127 = l_124 % uint(4);
const uint l_128 = l_127 * uint(8);
const uint l_129 = l_128 + uint(0);
const uint l_130 = l_126 >> l_129;
const uint l_131 = l_130 & uint(255);
const int l_132 = int(l_131);
const int l_133 = l_132 & int(63);
l_mut_121 = l_133;
} else {
const int l_134 = l_120 + int(4);
const uint l_135 = uint(l_134);
const uint l_136 = l_49 + l_135;
const uint l_137 = l_136 / uint(4);
const uint l_138 = buffer_0[l_137];
const uint l_139 = l_136 % uint(4);
const uint l_140 = l_139 * uint(8);
const uint l_141 = l_140 + uint(0);
const uint l_142 = l_138 >> l_141;
const uint l_143 = l_142 & uint(255);
const int l_144 = int(l_143);
const int l_145 = l_144 & int(15);
const int l_146 = l_120 - int(4);
const uint l_147 = uint(l_146);
const uint l_148 = l_49 + l_147;
const uint l_149 = l_148 / uint(4);
const uint l_150 = buffer_0[l_149];
const uint l_151 = l_148 % uint(4);
const uint l_152 = l_151 * uint(8);
const uint l_153 = l_152 + uint(0);
const uint l_154 = l_150 >> l_153;
const uint l_155 = l_154 & uint(255);
const int l_156 = int(l_155);
const uint l_157 = uint(l_156);
const uint l_158 = uint(int(6));
const uint l_159 = l_157 >> l_158;
const int l_160 = int(l_159);
const uint l_161 = uint(l_160);
const uint l_162 = uint(int(4));
const uint l_163 = l_161 << l_162;
const int l_164 = int(l_163);
const int l_165 = l_145 | l_164;
l_mut_121 = l_165;
}
l_mut_166 = int(0);
const bool l_167 = l_120 < int(4);
if (l_167) {
const int l_168 = l_120 + int(4);
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
const int l_179 = l_178 & int(63);
l_mut_166 = l_179;
} else {
const int l_180 = l_120 + int(4);
const uint l_181 = uint(l_180);
const uint l_182 = l_49 + l_181;
const uint l_183 = l_182 / uint(4);
const uint l_184 = buffer_0[l_183];
const uint l_185 = l_182 % uint(4);
const uint l_186 = l_185 * uint(8);
const uint l_187 = l_186 + uint(0);
const uint l_188 = l_184 >> l_187;
const uint l_189 = l_188 & uint(255);
const int l_190 = int(l_189);
const uint l_191 = uint(l_190);
const uint l_192 = uint(int(4));
const uint l_193 = l_191 >> l_192;
const int l_194 = int(l_193);
const uint l_195 = uint(l_120);
const uint l_196 = l_49 + l_195;
const uint l_197 = l_196 / uint(4);
const uint l_198 = buffer_0[l_197];
const uint l_199 = l_196 % uint(4);
const uint l_200 = l_199 * uint(8);
const uint l_201 = l_200 + uint(0);
const uint l_202 = l_198 >> l_201;
const uint l_203 = l_202 & uint(255);
const int l_204 = int(l_203);
const uint l_205 = uint(l_204);
const uint l_206 = uint(int(6));
const uint l_207 = l_205 >> l_206;
const int l_208 = int(l_207);
const uint l_209 = uint(l_208);
const uint l_210 = uint(int(4));
const uint l_211 = l_209 << l_210;
const int l_212 = int(l_211);
const int l_213 = l_194 | l_212;
l_mut_166 = l_213;
}
const uint l_214 = l_66 + uint(0);
const uint l_215 = uint(l_119);
const uint l_216 = l_215 / uint(64);
const uint l_217 = l_216 * uint(32);
const uint l_218 = l_214 + l_217;
const uint l_219 = l_215 % uint(32);
const uint l_220 = l_218 + l_219;
const uint l_221 = l_215 / uint(32);
const uint l_222 = l_221 % uint(2);
const uint l_223 = l_222 * uint(4);
const uint l_224 = l_220 / uint(4);
const uint l_225 = buffer_0[l_224];
const uint l_226 = l_220 % uint(4);
const uint l_227 = l_226 * uint(8);
const uint l_228 = l_227 + l_223;
const uint l_229 = l_225 >> l_228;
const uint l_230 = l_229 & uint(15);
const int l_231 = int(l_230);
const float l_232 = float(l_mut_121);
const float l_233 = l_92 * l_232;
const float l_234 = float(l_231);
const float l_235 = l_233 * l_234;
const float l_236 = float(l_mut_166);
const float l_237 = l_118 * l_236;
const float l_238 = l_235 - l_237;
l_mut_20 = l_238;
}
const half l_239 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_239;
l_mut_20 = float(0.0);
const uint l_240 = l_3 + l_17;
const bool l_241 = l_240 < l_1;
const bool l_242 = l_19 < info.scalars_uint[2];
const bool l_243 = l_241 && l_242;
if (l_243) {
const uint l_244 = l_240 * info.scalars_uint[2];
const uint l_245 = l_244 + l_19;
const half l_246 = buffer_1[l_245];
const float l_247 = float(l_246);
l_mut_20 = l_247;
}
const half l_248 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_248;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_249 = l_6 * uint(8);
const uint l_250 = l_249 * uint(16);
const uint l_251 = l_250 + uint(0);
const uint l_252 = l_7 * uint(8);
const uint l_253 = l_252 * uint(16);
const uint l_254 = l_253 + uint(0);
const uint l_255 = l_251 + uint(120);
const uint l_256 = l_255 - l_251;
simdgroup_load(frag_a_257, shared_memory_9 + l_251, uint(16), 0, false);
const uint l_258 = l_254 + uint(120);
const uint l_259 = l_258 - l_254;
simdgroup_load(frag_b_260, shared_memory_10 + l_254, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_257, frag_b_260, frag_acc_12);
const uint l_261 = l_6 * uint(8);
const uint l_262 = l_261 * uint(16);
const uint l_263 = l_262 + uint(8);
const uint l_264 = l_7 * uint(8);
const uint l_265 = l_264 * uint(16);
const uint l_266 = l_265 + uint(8);
const uint l_267 = l_263 + uint(120);
const uint l_268 = l_267 - l_263;
simdgroup_load(frag_a_269, shared_memory_9 + l_263, uint(16), 0, false);
const uint l_270 = l_266 + uint(120);
const uint l_271 = l_270 - l_266;
simdgroup_load(frag_b_272, shared_memory_10 + l_266, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_269, frag_b_272, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_273 = l_6 * uint(8);
const uint l_274 = l_273 * uint(16);
const uint l_275 = l_7 * uint(8);
const uint l_276 = l_274 + l_275;
const uint l_277 = l_276 + uint(120);
const uint l_278 = l_277 - l_276;
simdgroup_store(frag_acc_12, shared_memory_11 + l_276, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_279 = l_5; l_mut_279 < uint(256); l_mut_279 += uint(128)) {
const uint l_280 = l_mut_279 / uint(16);
const uint l_281 = l_3 + l_280;
const uint l_282 = l_mut_279 % uint(16);
const uint l_283 = l_2 + l_282;
const bool l_284 = l_281 < l_1;
const bool l_285 = l_283 < info.scalars_uint[1];
const bool l_286 = l_284 && l_285;
if (l_286) {
const uint l_287 = l_281 * info.scalars_uint[1];
const uint l_288 = l_287 + l_283;
const float l_289 = shared_memory_11[l_mut_279];
const half l_290 = half(l_289);
buffer_2[l_288] = l_290;
}
}

}
