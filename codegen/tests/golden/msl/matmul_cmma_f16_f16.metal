
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
const uint l_8 = info.scalars_uint[2] / uint(1);
frag_acc_12 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
l_mut_13 = uint(0);
while (true) {
simdgroup_half8x8 frag_a_76;
simdgroup_half8x8 frag_b_79;
simdgroup_half8x8 frag_a_88;
simdgroup_half8x8 frag_b_91;
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
const uint l_26 = l_19 / uint(1);
const uint l_27 = l_25 + l_26;
const uint l_28 = l_19 % uint(1);
const uint l_29 = l_27 * uint(2);
const uint l_30 = uint(0) + l_29;
const uint l_31 = l_30 / uint(4);
const uint l_32 = buffer_0[l_31];
const uint l_33 = l_30 % uint(4);
const uint l_34 = l_33 * uint(8);
const uint l_35 = l_32 >> l_34;
const uint l_36 = l_35 & uint(65535);
const uint l_37 = l_36 & uint(32768);
const uint l_38 = l_37 << uint(16);
const uint l_39 = l_36 >> uint(10);
const uint l_40 = l_39 & uint(31);
const uint l_41 = l_36 & uint(1023);
const bool l_42 = l_40 == uint(31);
const uint l_43 = l_40 + uint(112);
const uint l_44 = (l_42) ? uint(255) : l_43;
const uint l_45 = l_44 << uint(23);
const uint l_46 = l_38 | l_45;
const uint l_47 = l_41 << uint(13);
const uint l_48 = l_46 | l_47;
const float l_49 = reinterpret_cast<thread float const&>(l_48);
const float l_50 = float(l_41);
const float l_51 = l_50 * float(5.960464477539063e-8);
const bool l_52 = l_38 == uint(0);
const float l_53 = -l_51;
const float l_54 = (l_52) ? l_51 : l_53;
const bool l_55 = l_40 == uint(0);
const float l_56 = (l_55) ? l_54 : l_49;
const int l_57 = int(l_28);
l_mut_20 = l_56;
}
const half l_58 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_58;
l_mut_20 = float(0.0);
const uint l_59 = l_3 + l_17;
const bool l_60 = l_59 < l_1;
const bool l_61 = l_19 < info.scalars_uint[2];
const bool l_62 = l_60 && l_61;
if (l_62) {
const uint l_63 = l_59 * info.scalars_uint[2];
const uint l_64 = l_63 + l_19;
const half l_65 = buffer_1[l_64];
const float l_66 = float(l_65);
l_mut_20 = l_66;
}
const half l_67 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_67;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_68 = l_6 * uint(8);
const uint l_69 = l_68 * uint(16);
const uint l_70 = l_69 + uint(0);
const uint l_71 = l_7 * uint(8);
const uint l_72 = l_71 * uint(16);
const uint l_73 = l_72 + uint(0);
const uint l_74 = l_70 + uint(120);
const uint l_75 = l_74 - l_70;
simdgroup_load(frag_a_76, shared_memory_9 + l_70, uint(16), 0, false);
const uint l_77 = l_73 + uint(120);
const uint l_78 = l_77 - l_73;
simdgroup_load(frag_b_79, shared_memory_10 + l_73, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_76, frag_b_79, frag_acc_12);
const uint l_80 = l_6 * uint(8);
const uint l_81 = l_80 * uint(16);
const uint l_82 = l_81 + uint(8);
const uint l_83 = l_7 * uint(8);
const uint l_84 = l_83 * uint(16);
const uint l_85 = l_84 + uint(8);
const uint l_86 = l_82 + uint(120);
const uint l_87 = l_86 - l_82;
simdgroup_load(frag_a_88, shared_memory_9 + l_82, uint(16), 0, false);
const uint l_89 = l_85 + uint(120);
const uint l_90 = l_89 - l_85;
simdgroup_load(frag_b_91, shared_memory_10 + l_85, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_88, frag_b_91, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_92 = l_6 * uint(8);
const uint l_93 = l_92 * uint(16);
const uint l_94 = l_7 * uint(8);
const uint l_95 = l_93 + l_94;
const uint l_96 = l_95 + uint(120);
const uint l_97 = l_96 - l_95;
simdgroup_store(frag_acc_12, shared_memory_11 + l_95, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_98 = l_5; l_mut_98 < uint(256); l_mut_98 += uint(128)) {
const uint l_99 = l_mut_98 / uint(16);
const uint l_100 = l_3 + l_99;
const uint l_101 = l_mut_98 % uint(16);
const uint l_102 = l_2 + l_101;
const bool l_103 = l_100 < l_1;
const bool l_104 = l_102 < info.scalars_uint[1];
const bool l_105 = l_103 && l_104;
if (l_105) {
const uint l_106 = l_100 * info.scalars_uint[1];
const uint l_107 = l_106 + l_102;
const float l_108 = shared_memory_11[l_mut_98];
const half l_109 = half(l_108);
buffer_2[l_107] = l_109;
}
}

}
