
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
const uint l_8 = info.scalars_uint[2] / uint(1);
frag_acc_12 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
l_mut_13 = uint(0);
while (true) {
simdgroup_half8x8 frag_a_52;
simdgroup_half8x8 frag_b_55;
simdgroup_half8x8 frag_a_64;
simdgroup_half8x8 frag_b_67;
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
const uint l_29 = l_27 * uint(4);
const uint l_30 = uint(0) + l_29;
const uint l_31 = l_30 / uint(4);
const uint l_32 = buffer_0[l_31];
const float l_33 = reinterpret_cast<thread float const&>(l_32);
const int l_34 = int(l_28);
l_mut_20 = l_33;
}
const half l_35 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_35;
l_mut_20 = float(0.0);
const uint l_36 = l_3 + l_17;
const bool l_37 = l_36 < l_1;
const bool l_38 = l_19 < info.scalars_uint[2];
const bool l_39 = l_37 && l_38;
if (l_39) {
const uint l_40 = l_36 * info.scalars_uint[2];
const uint l_41 = l_40 + l_19;
const float l_42 = buffer_1[l_41];
l_mut_20 = l_42;
}
const half l_43 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_43;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_44 = l_6 * uint(8);
const uint l_45 = l_44 * uint(16);
const uint l_46 = l_45 + uint(0);
const uint l_47 = l_7 * uint(8);
const uint l_48 = l_47 * uint(16);
const uint l_49 = l_48 + uint(0);
const uint l_50 = l_46 + uint(120);
const uint l_51 = l_50 - l_46;
simdgroup_load(frag_a_52, shared_memory_9 + l_46, uint(16), 0, false);
const uint l_53 = l_49 + uint(120);
const uint l_54 = l_53 - l_49;
simdgroup_load(frag_b_55, shared_memory_10 + l_49, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_52, frag_b_55, frag_acc_12);
const uint l_56 = l_6 * uint(8);
const uint l_57 = l_56 * uint(16);
const uint l_58 = l_57 + uint(8);
const uint l_59 = l_7 * uint(8);
const uint l_60 = l_59 * uint(16);
const uint l_61 = l_60 + uint(8);
const uint l_62 = l_58 + uint(120);
const uint l_63 = l_62 - l_58;
simdgroup_load(frag_a_64, shared_memory_9 + l_58, uint(16), 0, false);
const uint l_65 = l_61 + uint(120);
const uint l_66 = l_65 - l_61;
simdgroup_load(frag_b_67, shared_memory_10 + l_61, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_64, frag_b_67, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_68 = l_6 * uint(8);
const uint l_69 = l_68 * uint(16);
const uint l_70 = l_7 * uint(8);
const uint l_71 = l_69 + l_70;
const uint l_72 = l_71 + uint(120);
const uint l_73 = l_72 - l_71;
simdgroup_store(frag_acc_12, shared_memory_11 + l_71, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_74 = l_5; l_mut_74 < uint(256); l_mut_74 += uint(128)) {
const uint l_75 = l_mut_74 / uint(16);
const uint l_76 = l_3 + l_75;
const uint l_77 = l_mut_74 % uint(16);
const uint l_78 = l_2 + l_77;
const bool l_79 = l_76 < l_1;
const bool l_80 = l_78 < info.scalars_uint[1];
const bool l_81 = l_79 && l_80;
if (l_81) {
const uint l_82 = l_76 * info.scalars_uint[1];
const uint l_83 = l_82 + l_78;
const float l_84 = shared_memory_11[l_mut_74];
buffer_2[l_83] = l_84;
}
}

}
