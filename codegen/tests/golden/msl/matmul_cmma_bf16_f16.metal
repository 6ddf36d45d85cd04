
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
simdgroup_half8x8 frag_a_58;
simdgroup_half8x8 frag_b_61;
simdgroup_half8x8 frag_a_70;
simdgroup_half8x8 frag_b_73;
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
const uint l_37 = l_36 << uint(16);
const float l_38 = reinterpret_cast<thread float const&>(l_37);
const int l_39 = int(l_28);
l_mut_20 = l_38;
}
const half l_40 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_40;
l_mut_20 = float(0.0);
const uint l_41 = l_3 + l_17;
const bool l_42 = l_41 < l_1;
const bool l_43 = l_19 < info.scalars_uint[2];
const bool l_44 = l_42 && l_43;
if (l_44) {
const uint l_45 = l_41 * info.scalars_uint[2];
const uint l_46 = l_45 + l_19;
const half l_47 = buffer_1[l_46];
const float l_48 = float(l_47);
l_mut_20 = l_48;
}
const half l_49 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_49;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_50 = l_6 * uint(8);
const uint l_51 = l_50 * uint(16);
const uint l_52 = l_51 + uint(0);
const uint l_53 = l_7 * uint(8);
const uint l_54 = l_53 * uint(16);
const uint l_55 = l_54 + uint(0);
const uint l_56 = l_52 + uint(120);
const uint l_57 = l_56 - l_52;
simdgroup_load(frag_a_58, shared_memory_9 + l_52, uint(16), 0, false);
const uint l_59 = l_55 + uint(120);
const uint l_60 = l_59 - l_55;
simdgroup_load(frag_b_61, shared_memory_10 + l_55, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_58, frag_b_61, frag_acc_12);
const uint l_62 = l_6 * uint(8);
const uint l_63 = l_62 * uint(16);
const uint l_64 = l_63 + uint(8);
const uint l_65 = l_7 * uint(8);
const uint l_66 = l_65 * uint(16);
const uint l_67 = l_66 + uint(8);
const uint l_68 = l_64 + uint(120);
const uint l_69 = l_68 - l_64;
simdgroup_load(frag_a_70, shared_memory_9 + l_64, uint(16), 0, false);
const uint l_71 = l_67 + uint(120);
const uint l_72 = l_71 - l_67;
simdgroup_load(frag_b_73, shared_memory_10 + l_67, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_70, frag_b_73, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_74 = l_6 * uint(8);
const uint l_75 = l_74 * uint(16);
const uint l_76 = l_7 * uint(8);
const uint l_77 = l_75 + l_76;
const uint l_78 = l_77 + uint(120);
const uint l_79 = l_78 - l_77;
simdgroup_store(frag_acc_12, shared_memory_11 + l_77, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_80 = l_5; l_mut_80 < uint(256); l_mut_80 += uint(128)) {
const uint l_81 = l_mut_80 / uint(16);
const uint l_82 = l_3 + l_81;
const uint l_83 = l_mut_80 % uint(16);
const uint l_84 = l_2 + l_83;
const bool l_85 = l_82 < l_1;
const bool l_86 = l_84 < info.scalars_uint[1];
const bool l_87 = l_85 && l_86;
if (l_87) {
const uint l_88 = l_82 * info.scalars_uint[1];
const uint l_89 = l_88 + l_84;
const float l_90 = shared_memory_11[l_mut_80];
const half l_91 = half(l_90);
buffer_2[l_89] = l_91;
}
}

}
