
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
const uint l_8 = info.scalars_uint[2] / uint(32);
frag_acc_12 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
l_mut_13 = uint(0);
while (true) {
simdgroup_half8x8 frag_a_103;
simdgroup_half8x8 frag_b_106;
simdgroup_half8x8 frag_a_115;
simdgroup_half8x8 frag_b_118;
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
const uint l_36 = l_27 * uint(16);
const uint l_37 = l_35 + l_36;
const uint l_38 = l_30 / uint(4);
const uint l_39 = buffer_0[l_38];
const uint l_40 = l_30 % uint(4);
const uint l_41 = l_40 * uint(8);
const uint l_42 = l_39 >> l_41;
const uint l_43 = l_42 & uint(65535);
const uint l_44 = l_43 & uint(32768);
const uint l_45 = l_44 << uint(16);
const uint l_46 = l_43 >> uint(10);
const uint l_47 = l_46 & uint(31);
const uint l_48 = l_43 & uint(1023);
const bool l_49 = l_47 == uint(31);
const uint l_50 = l_47 + uint(112);
const uint l_51 = (l_49) ? uint(255) : l_50;
const uint l_52 = l_51 << uint(23);
const uint l_53 = l_45 | l_52;
const uint l_54 = l_48 << uint(13);
const uint l_55 = l_53 | l_54;
const float l_56 = reinterpret_cast<thread float const&>(l_55);
const float l_57 = float(l_48);
const float l_58 = l_57 * float(5.960464477539063e-8);
const bool l_59 = l_45 == uint(0);
const float l_60 = -l_58;
const float l_61 = (l_59) ? l_58 : l_60;
const bool l_62 = l_47 == uint(0);
const float l_63 = (l_62) ? l_61 : l_56;
const int l_64 = int(l_28);
const uint l_65 = l_37 + uint(0);
const uint l_66 = uint(l_64);
const uint l_67 = l_66 / uint(32);
const uint l_68 = l_67 * uint(16);
const uint l_69 = l_65 + l_68;
const uint l_70 = l_66 % uint(16);
const uint l_71 = l_69 + l_70;
const uint l_72 = l_66 / uint(16);
const uint l_73 = l_72 % uint(2);
const uint l_74 = l_73 * uint(4);
const uint l_75 = l_71 / uint(4);
const uint l_76 = buffer_0[l_75];
const uint l_77 = l_71 % uint(4);
const uint l_78 = l_77 * uint(8);
const uint l_79 = l_78 + l_74;
const uint l_80 = l_76 >> l_79;
const uint l_81 = l_80 & uint(15);
const int l_82 = int(l_81);
const int l_83 = l_82 - int(8);
const float l_84 = float(l_83);
const float l_85 = l_63 * l_84;
l_mut_20 = l_85;
}
const half l_86 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_86;
l_mut_20 = float(0.0);
const uint l_87 = l_3 + l_17;
const bool l_88 = l_87 < l_1;
const bool l_89 = l_19 < info.scalars_uint[2];
const bool l_90 = l_88 && l_89;
if (l_90) {
const uint l_91 = l_87 * info.scalars_uint[2];
const uint l_92 = l_91 + l_19;
const float l_93 = buffer_1[l_92];
l_mut_20 = l_93;
}
const half l_94 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_94;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_95 = l_6 * uint(8);
const uint l_96 = l_95 * uint(16);
const uint l_97 = l_96 + uint(0);
const uint l_98 = l_7 * uint(8);
const uint l_99 = l_98 * uint(16);
const uint l_100 = l_99 + uint(0);
const uint l_101 = l_97 + uint(120);
const uint l_102 = l_101 - l_97;
simdgroup_load(frag_a_103, shared_memory_9 + l_97, uint(16), 0, false);
const uint l_104 = l_100 + uint(120);
const uint l_105 = l_104 - l_100;
simdgroup_load(frag_b_106, shared_memory_10 + l_100, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_103, frag_b_106, frag_acc_12);
const uint l_107 = l_6 * uint(8);
const uint l_108 = l_107 * uint(16);
const uint l_109 = l_108 + uint(8);
const uint l_110 = l_7 * uint(8);
const uint l_111 = l_110 * uint(16);
const uint l_112 = l_111 + uint(8);
const uint l_113 = l_109 + uint(120);
const uint l_114 = l_113 - l_109;
simdgroup_load(frag_a_115, shared_memory_9 + l_109, uint(16), 0, false);
const uint l_116 = l_112 + uint(120);
const uint l_117 = l_116 - l_112;
simdgroup_load(frag_b_118, shared_memory_10 + l_112, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_115, frag_b_118, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_119 = l_6 * uint(8);
const uint l_120 = l_119 * uint(16);
const uint l_121 = l_7 * uint(8);
const uint l_122 = l_120 + l_121;
const uint l_123 = l_122 + uint(120);
const uint l_124 = l_123 - l_122;
simdgroup_store(frag_acc_12, shared_memory_11 + l_122, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_125 = l_5; l_mut_125 < uint(256); l_mut_125 += uint(128)) {
const uint l_126 = l_mut_125 / uint(16);
const uint l_127 = l_3 + l_126;
const uint l_128 = l_mut_125 % uint(16);
const uint l_129 = l_2 + l_128;
const bool l_130 = l_127 < l_1;
const bool l_131 = l_129 < info.scalars_uint[1];
const bool l_132 = l_130 && l_131;
if (l_132) {
const uint l_133 = l_127 * info.scalars_uint[1];
const uint l_134 = l_133 + l_129;
const float l_135 = shared_memory_11[l_mut_125];
buffer_2[l_134] = l_135;
}
}

}
