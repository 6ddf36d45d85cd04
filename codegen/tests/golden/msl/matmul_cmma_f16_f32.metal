
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
float l_mut_50;
uint l_mut_13;
uint l_mut_43;
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
simdgroup_half8x8 frag_a_74;
simdgroup_half8x8 frag_b_77;
simdgroup_half8x8 frag_a_86;
simdgroup_half8x8 frag_b_89;
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
const uint l_42 = l_40 + uint(112);
l_mut_43 = l_42;
const bool l_44 = l_40 == uint(31);
if (l_44) {
l_mut_43 = uint(255);
}
const uint l_45 = l_mut_43 << uint(23);
const uint l_46 = l_38 | l_45;
const uint l_47 = l_41 << uint(13);
const uint l_48 = l_46 | l_47;
const float l_49 = reinterpret_cast<thread float const&>(l_48);
l_mut_50 = l_49;
const bool l_51 = l_40 == uint(0);
if (l_51) {
const float l_52 = float(l_41);
const float l_53 = l_52 * float(5.960464477539063e-8);
const bool l_54 = l_38 == uint(0);
if (l_54) {
l_mut_50 = l_53;
} else {
const float l_55 = -l_53;
l_mut_50 = l_55;
}
}
const int l_56 = int(l_28);
l_mut_20 = l_mut_50;
}
const half l_57 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_57;
l_mut_50 = float(0.0);
const uint l_58 = l_3 + l_17;
const bool l_59 = l_58 < l_1;
const bool l_60 = l_19 < info.scalars_uint[2];
const bool l_61 = l_59 && l_60;
if (l_61) {
const uint l_62 = l_58 * info.scalars_uint[2];
const uint l_63 = l_62 + l_19;
const float l_64 = buffer_1[l_63];
l_mut_50 = l_64;
}
const half l_65 = half(l_mut_50);
shared_memory_9[l_mut_16] = l_65;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_66 = l_6 * uint(8);
const uint l_67 = l_66 * uint(16);
const uint l_68 = l_67 + uint(0);
const uint l_69 = l_7 * uint(8);
const uint l_70 = l_69 * uint(16);
const uint l_71 = l_70 + uint(0);
const uint l_72 = l_68 + uint(120);
const uint l_73 = l_72 - l_68;
simdgroup_load(frag_a_74, shared_memory_9 + l_68, uint(16), 0, false);
const uint l_75 = l_71 + uint(120);
const uint l_76 = l_75 - l_71;
simdgroup_load(frag_b_77, shared_memory_10 + l_71, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_74, frag_b_77, frag_acc_12);
const uint l_78 = l_6 * uint(8);
const uint l_79 = l_78 * uint(16);
const uint l_80 = l_79 + uint(8);
const uint l_81 = l_7 * uint(8);
const uint l_82 = l_81 * uint(16);
const uint l_83 = l_82 + uint(8);
const uint l_84 = l_80 + uint(120);
const uint l_85 = l_84 - l_80;
simdgroup_load(frag_a_86, shared_memory_9 + l_80, uint(16), 0, false);
const uint l_87 = l_83 + uint(120);
const uint l_88 = l_87 - l_83;
simdgroup_load(frag_b_89, shared_memory_10 + l_83, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_86, frag_b_89, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_90 = l_6 * uint(8);
const uint l_91 = l_90 * uint(16);
const uint l_92 = l_7 * uint(8);
const uint l_93 = l_91 + l_92;
const uint l_94 = l_93 + uint(120);
const uint l_95 = l_94 - l_93;
simdgroup_store(frag_acc_12, shared_memory_11 + l_93, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_96 = l_5; l_mut_96 < uint(256); l_mut_96 += uint(128)) {
const uint l_97 = l_mut_96 / uint(16);
const uint l_98 = l_3 + l_97;
const uint l_99 = l_mut_96 % uint(16);
const uint l_100 = l_2 + l_99;
const bool l_101 = l_98 < l_1;
const bool l_102 = l_100 < info.scalars_uint[1];
const bool l_103 = l_101 && l_102;
if (l_103) {
const uint l_104 = l_98 * info.scalars_uint[1];
const uint l_105 = l_104 + l_100;
const float l_106 = shared_memory_11[l_mut_96];
buffer_2[l_105] = l_106;
}
}

}
