
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
simdgroup_half8x8 frag_a_200;
simdgroup_half8x8 frag_b_203;
simdgroup_half8x8 frag_a_212;
simdgroup_half8x8 frag_b_215;
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
const uint l_29 = l_27 * uint(16);
const uint l_30 = uint(0) + l_29;
const uint l_31 = info.scalars_uint[0] * uint(16);
const uint l_32 = l_31 + uint(3);
const uint l_33 = l_32 / uint(4);
const uint l_34 = l_33 * uint(4);
const uint l_35 = uint(0) + l_34;
const uint l_36 = l_27 * uint(64);
const uint l_37 = l_35 + l_36;
const uint l_38 = info.scalars_uint[0] * uint(16);
const uint l_39 = l_38 + uint(3);
const uint l_40 = l_39 / uint(4);
const uint l_41 = l_40 * uint(4);
const uint l_42 = uint(0) + l_41;
const uint l_43 = info.scalars_uint[0] * uint(64);
const uint l_44 = l_43 + uint(3);
const uint l_45 = l_44 / uint(4);
const uint l_46 = l_45 * uint(4);
const uint l_47 = l_42 + l_46;
const uint l_48 = l_27 * uint(2);
const uint l_49 = l_47 + l_48;
const uint l_50 = info.scalars_uint[0] * uint(16);
const uint l_51 = l_50 + uint(3);
const uint l_52 = l_51 / uint(4);
const uint l_53 = l_52 * uint(4);
const uint l_54 = uint(0) + l_53;
const uint l_55 = info.scalars_uint[0] * uint(64);
const uint l_56 = l_55 + uint(3);
const uint l_57 = l_56 / uint(4);
const uint l_58 = l_57 * uint(4);
const uint l_59 = l_54 + l_58;
const uint l_60 = info.scalars_uint[0] * uint(2);
const uint l_61 = l_60 + uint(3);
const uint l_62 = l_61 / uint(4);
const uint l_63 = l_62 * uint(4);
const uint l_64 = l_59 + l_63;
const uint l_65 = l_27 * uint(2);
const uint l_66 = l_64 + l_65;
const uint l_67 = l_49 / uint(4);
const uint l_68 = buffer_0[l_67];
const uint l_69 = l_49 % uint(4);
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
const uint l_93 = l_66 / uint(4);
const uint l_94 = buffer_0[l_93];
const uint l_95 = l_66 % uint(4);
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
const int l_120 = l_119 / int(16);
const uint l_121 = l_30 + uint(0);
const uint l_122 = uint(l_120);
const uint l_123 = l_122 / uint(32);
const uint l_124 = l_123 * uint(16);
const uint l_125 = l_121 + l_124;
const uint l_126 = l_122 % uint(16);
const uint l_127 = l_125 + l_126;
const uint l_128 = l_122 / uint(16);
const uint l_129 = l_128 % uint(2);
const uint l_130 = l_129 * uint(4);
const uint l_131 = l_127 / uint(4);
const uint l_132 = buffer_0[l_131];
const uint l_133 = l_127 % uint(4);
const uint l_134 = l_133 * uint(8);
const uint l_135 = l_134 + l_130;
const uint l_136 = l_132 >> l_135;
const uint l_137 = l_136 & uint(15);
const int l_138 = int(l_137);
const uint l_139 = l_30 + uint(0);
const int l_140 = l_120 + int(16);
const uint l_141 = uint(l_140);
const uint l_142 = l_141 / uint(32);
const uint l_143 = l_142 * uint(16);
const uint l_144 = l_139 + l_143;
const uint l_145 = l_141 % uint(16);
const uint l_146 = l_144 + l_145;
const uint l_147 = l_141 / uint(16);
const uint l_148 = l_147 % uint(2);
const uint l_149 = l_148 * uint(4);
const uint l_150 = l_146 / uint(4);
const uint l_151 = buffer_0[l_150];
const uint l_152 = l_146 % uint(4);
const uint l_153 = l_152 * uint(8);
const uint l_154 = l_153 + l_149;
const uint l_155 = l_151 >> l_154;
const uint l_156 = l_155 & uint(15);
const int l_157 = int(l_156);
const uint l_158 = l_37 + uint(0);
const uint l_159 = uint(l_119);
const uint l_160 = l_159 / uint(128);
const uint l_161 = l_160 * uint(32);
const uint l_162 = l_158 + l_161;
const uint l_163 = l_159 % uint(32);
const uint l_164 = l_162 + l_163;
const uint l_165 = l_159 / uint(32);
const uint l_166 = l_165 % uint(4);
const uint l_167 = l_166 * uint(2);
const uint l_168 = l_164 / uint(4);
const uint l_169 = buffer_0[l_168];
const uint l_170 = l_164 % uint(4);
const uint l_171 = l_170 * uint(8);
const uint l_172 = l_171 + l_167;
const uint l_173 = l_169 >> l_172;
const uint l_174 = l_173 & uint(3);
const int l_175 = int(l_174);
const float l_176 = float(l_138);
const float l_177 = l_92 * l_176;
const float l_178 = float(l_175);
const float l_179 = l_177 * l_178;
const float l_180 = float(l_157);
const float l_181 = l_118 * l_180;
const float l_182 = l_179 - l_181;
l_mut_20 = l_182;
}
const half l_183 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_183;
l_mut_20 = float(0.0);
const uint l_184 = l_3 + l_17;
const bool l_185 = l_184 < l_1;
const bool l_186 = l_19 < info.scalars_uint[2];
const bool l_187 = l_185 && l_186;
if (l_187) {
const uint l_188 = l_184 * info.scalars_uint[2];
const uint l_189 = l_188 + l_19;
const float l_190 = buffer_1[l_189];
l_mut_20 = l_190;
}
const half l_191 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_191;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_192 = l_6 * uint(8);
const uint l_193 = l_192 * uint(16);
const uint l_194 = l_193 + uint(0);
const uint l_195 = l_7 * uint(8);
const uint l_196 = l_195 * uint(16);
const uint l_197 = l_196 + uint(0);
const uint l_198 = l_194 + uint(120);
const uint l_199 = l_198 - l_194;
simdgroup_load(frag_a_200, shared_memory_9 + l_194, uint(16), 0, false);
const uint l_201 = l_197 + uint(120);
const uint l_202 = l_201 - l_197;
simdgroup_load(frag_b_203, shared_memory_10 + l_197, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_200, frag_b_203, frag_acc_12);
const uint l_204 = l_6 * uint(8);
const uint l_205 = l_204 * uint(16);
const uint l_206 = l_205 + uint(8);
const uint l_207 = l_7 * uint(8);
const uint l_208 = l_207 * uint(16);
const uint l_209 = l_208 + uint(8);
const uint l_210 = l_206 + uint(120);
const uint l_211 = l_210 - l_206;
simdgroup_load(frag_a_212, shared_memory_9 + l_206, uint(16), 0, false);
const uint l_213 = l_209 + uint(120);
const uint l_214 = l_213 - l_209;
simdgroup_load(frag_b_215, shared_memory_10 + l_209, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_212, frag_b_215, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_216 = l_6 * uint(8);
const uint l_217 = l_216 * uint(16);
const uint l_218 = l_7 * uint(8);
const uint l_219 = l_217 + l_218;
const uint l_220 = l_219 + uint(120);
const uint l_221 = l_220 - l_219;
simdgroup_store(frag_acc_12, shared_memory_11 + l_219, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_222 = l_5; l_mut_222 < uint(256); l_mut_222 += uint(128)) {
const uint l_223 = l_mut_222 / uint(16);
const uint l_224 = l_3 + l_223;
const uint l_225 = l_mut_222 % uint(16);
const uint l_226 = l_2 + l_225;
const bool l_227 = l_224 < l_1;
const bool l_228 = l_226 < info.scalars_uint[1];
const bool l_229 = l_227 && l_228;
if (l_229) {
const uint l_230 = l_224 * info.scalars_uint[1];
const uint l_231 = l_230 + l_226;
const float l_232 = shared_memory_11[l_mut_222];
buffer_2[l_231] = l_232;
}
}

}
