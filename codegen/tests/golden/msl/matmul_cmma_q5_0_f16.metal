
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
uint l_mut_13;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(16);
const uint l_3 = threadgroup_pos_in_grid.y * uint(16);
const uint l_4 = thread_pos_in_threadgroup.y * uint(32);
const uint l_5 = l_4 + thread_pos_in_threadgroup.x;
const uint l_6 = thread_pos_in_threadgroup.y / uint(2);
const uint l_7 = thread_pos_in_threadgroup.y % uint(2);
const uint l_8 = info.scalars_uint[2] / uint(32);
frag_acc_12 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
l_mut_13 = uint(0);
while (true) {
simdgroup_half8x8 frag_a_139;
simdgroup_half8x8 frag_b_142;
simdgroup_half8x8 frag_a_151;
simdgroup_half8x8 frag_b_154;
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
const uint l_26 = l_19 / uint(32);
const uint l_27 = l_25 + l_26;
const uint l_28 = l_19 % uint(32);
const uint l_29 = l_27 * uint(2);
const uint l_30 = uint(0) + l_29;
const uint l_31 = info.scalars_uint[0] * uint(2);
const uint l_32 = l_31 + uint(3);
const uint l_33 = l_32 / uint(4);
const uint l_34 = l_33 * uint(4);
const uint l_35 = uint(0) + l_34;
const uint l_36 = l_27 * uint(4);
const uint l_37 = l_35 + l_36;
const uint l_38 = info.scalars_uint[0] * uint(2);
const uint l_39 = l_38 + uint(3);
const uint l_40 = l_39 / uint(4);
const uint l_41 = l_40 * uint(4);
const uint l_42 = uint(0) + l_41;
const uint l_43 = info.scalars_uint[0] * uint(4);
const uint l_44 = l_43 + uint(3);
const uint l_45 = l_44 / uint(4);
const uint l_46 = l_45 * uint(4);
const uint l_47 = l_42 + l_46;
const uint l_48 = l_27 * uint(16);
const uint l_49 = l_47 + l_48;
const uint l_50 = l_30 / uint(4);
const uint l_51 = buffer_0[l_50];
const uint l_52 = l_30 % uint(4);
const uint l_53 = l_52 * uint(8);
const uint l_54 = l_51 >> l_53;
const uint l_55 = l_54 & uint(65535);
const uint l_56 = l_55 & uint(32768);
const uint l_57 = l_56 << uint(16);
const uint l_58 = l_55 >> uint(10);
const uint l_59 = l_58 & uint(31);
const uint l_60 = l_55 & uint(1023);
const bool l_61 = l_59 == uint(31);
const uint l_62 = l_59 + uint(112);
const uint l_63 = (l_61) ? uint(255) : l_62;
const uint l_64 = l_63 << uint(23);
const uint l_65 = l_57 | l_64;
const uint l_66 = l_60 << uint(13);
const uint l_67 = l_65 | l_66;
const float l_68 = reinterpret_cast<thread float const&>(l_67);
const float l_69 = float(l_60);
const float l_70 = l_69 * float(5.960464477539063e-8);
const bool l_71 = l_57 == uint(0);
const float l_72 = -l_70;
const float l_73 = (l_71) ? l_70 : l_72;
const bool l_74 = l_59 == uint(0);
const float l_75 = (l_74) ? l_73 : l_68;
const int l_76 = int(l_28);
const uint l_77 = l_49 + uint(0);
const uint l_78 = uint(l_76);
const uint l_79 = l_78 / uint(32);
const uint l_80 = l_79 * uint(16);
const uint l_81 = l_77 + l_80;
const uint l_82 = l_78 % uint(16);
const uint l_83 = l_81 + l_82;
const uint l_84 = l_78 / uint(16);
const uint l_85 = l_84 % uint(2);
const uint l_86 = l_85 * uint(4);
const uint l_87 = l_83 / uint(4);
const uint l_88 = buffer_0[l_87];
const uint l_89 = l_83 % uint(4);
const uint l_90 = l_89 * uint(8);
const uint l_91 = l_90 + l_86;
const uint l_92 = l_88 >> l_91;
const uint l_93 = l_92 & uint(15);
const int l_94 = int(l_93);
const uint l_95 = l_37 + uint(0);
const uint l_96 = uint(l_76);
const uint l_97 = l_96 / uint(8);
const uint l_98 = l_97 * uint(1);
const uint l_99 = l_95 + l_98;
const uint l_100 = l_96 % uint(1);
const uint l_101 = l_99 + l_100;
const uint l_102 = l_96 / uint(1);
const uint l_103 = l_102 % uint(8);
const uint l_104 = l_103 * uint(1);
const uint l_105 = l_101 / uint(4);
const uint l_106 = buffer_0[l_105];
const uint l_107 = l_101 % uint(4);
const uint l_108 = l_107 * uint(8);
const uint l_109 = l_108 + l_104;
const uint l_110 = l_106 >> l_109;
const uint l_111 = l_110 & uint(1);
const int l_112 = int(l_111);
const uint l_113 = uint(l_112);
const uint l_114 = uint(int(4));
const uint l_115 = l_113 << l_114;
const int l_116 = int(l_115);
const int l_117 = l_94 | l_116;
const int l_118 = l_117 - int(16);
const float l_119 = float(l_118);
const float l_120 = l_75 * l_119;
l_mut_20 = l_120;
}
const half l_121 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_121;
l_mut_20 = float(0.0);
const uint l_122 = l_3 + l_17;
const bool l_123 = l_122 < l_1;
const bool l_124 = l_19 < info.scalars_uint[2];
const bool l_125 = l_123 && l_124;
if (l_125) {
const uint l_126 = l_122 * info.scalars_uint[2];
const uint l_127 = l_126 + l_19;
const half l_128 = buffer_1[l_127];
const float l_129 = float(l_128);
l_mut_20 = l_129;
}
const half l_130 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_130;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_131 = l_6 * uint(8);
const uint l_132 = l_131 * uint(16);
const uint l_133 = l_132 + uint(0);
const uint l_134 = l_7 * uint(8);
const uint l_135 = l_134 * uint(16);
const uint l_136 = l_135 + uint(0);
const uint l_137 = l_133 + uint(120);
const uint l_138 = l_137 - l_133;
simdgroup_load(frag_a_139, shared_memory_9 + l_133, uint(16), 0, false);
const uint l_140 = l_136 + uint(120);
const uint l_141 = l_140 - l_136;
simdgroup_load(frag_b_142, shared_memory_10 + l_136, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_139, frag_b_142, frag_acc_12);
const uint l_143 = l_6 * uint(8);
const uint l_144 = l_143 * uint(16);
const uint l_145 = l_144 + uint(8);
const uint l_146 = l_7 * uint(8);
const uint l_147 = l_146 * uint(16);
const uint l_148 = l_147 + uint(8);
const uint l_149 = l_145 + uint(120);
const uint l_150 = l_149 - l_145;
simdgroup_load(frag_a_151, shared_memory_9 + l_145, uint(16), 0, false);
const uint l_152 = l_148 + uint(120);
const uint l_153 = l_152 - l_148;
simdgroup_load(frag_b_154, shared_memory_10 + l_148, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_151, frag_b_154, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_155 = l_6 * uint(8);
const uint l_156 = l_155 * uint(16);
const uint l_157 = l_7 * uint(8);
const uint l_158 = l_156 + l_157;
const uint l_159 = l_158 + uint(120);
const uint l_160 = l_159 - l_158;
simdgroup_store(frag_acc_12, shared_memory_11 + l_158, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_161 = l_5; l_mut_161 < uint(256); l_mut_161 += uint(128)) {
const uint l_162 = l_mut_161 / uint(16);
const uint l_163 = l_3 + l_162;
const uint l_164 = l_mut_161 % uint(16);
const uint l_165 = l_2 + l_164;
const bool l_166 = l_163 < l_1;
const bool l_167 = l_165 < info.scalars_uint[1];
const bool l_168 = l_166 && l_167;
if (l_168) {
const uint l_169 = l_163 * info.scalars_uint[1];
const uint l_170 = l_169 + l_165;
const float l_171 = shared_memory_11[l_mut_161];
const half l_172 = half(l_171);
buffer_2[l_170] = l_172;
}
}

}
