
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
const int arrays_64[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
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
simdgroup_half8x8 frag_a_105;
simdgroup_half8x8 frag_b_108;
simdgroup_half8x8 frag_a_117;
simdgroup_half8x8 frag_b_120;
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
const int l_65 = int(l_28);
const uint l_66 = l_37 + uint(0);
const uint l_67 = uint(l_65);
const uint l_68 = l_67 / uint(32);
const uint l_69 = l_68 * uint(16);
const uint l_70 = l_66 + l_69;
const uint l_71 = l_67 % uint(16);
const uint l_72 = l_70 + l_71;
const uint l_73 = l_67 / uint(16);
const uint l_74 = l_73 % uint(2);
const uint l_75 = l_74 * uint(4);
const uint l_76 = l_72 / uint(4);
const uint l_77 = buffer_0[l_76];
const uint l_78 = l_72 % uint(4);
const uint l_79 = l_78 * uint(8);
const uint l_80 = l_79 + l_75;
const uint l_81 = l_77 >> l_80;
const uint l_82 = l_81 & uint(15);
const int l_83 = int(l_82);
const uint l_84 = uint(l_83);
const int l_85 = arrays_64[l_84];
const float l_86 = float(l_85);
const float l_87 = l_63 * l_86;
l_mut_20 = l_87;
}
const half l_88 = half(l_mut_20);
shared_memory_10[l_mut_16] = l_88;
l_mut_20 = float(0.0);
const uint l_89 = l_3 + l_17;
const bool l_90 = l_89 < l_1;
const bool l_91 = l_19 < info.scalars_uint[2];
const bool l_92 = l_90 && l_91;
if (l_92) {
const uint l_93 = l_89 * info.scalars_uint[2];
const uint l_94 = l_93 + l_19;
const float l_95 = buffer_1[l_94];
l_mut_20 = l_95;
}
const half l_96 = half(l_mut_20);
shared_memory_9[l_mut_16] = l_96;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_97 = l_6 * uint(8);
const uint l_98 = l_97 * uint(16);
const uint l_99 = l_98 + uint(0);
const uint l_100 = l_7 * uint(8);
const uint l_101 = l_100 * uint(16);
const uint l_102 = l_101 + uint(0);
const uint l_103 = l_99 + uint(120);
const uint l_104 = l_103 - l_99;
simdgroup_load(frag_a_105, shared_memory_9 + l_99, uint(16), 0, false);
const uint l_106 = l_102 + uint(120);
const uint l_107 = l_106 - l_102;
simdgroup_load(frag_b_108, shared_memory_10 + l_102, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_105, frag_b_108, frag_acc_12);
const uint l_109 = l_6 * uint(8);
const uint l_110 = l_109 * uint(16);
const uint l_111 = l_110 + uint(8);
const uint l_112 = l_7 * uint(8);
const uint l_113 = l_112 * uint(16);
const uint l_114 = l_113 + uint(8);
const uint l_115 = l_111 + uint(120);
const uint l_116 = l_115 - l_111;
simdgroup_load(frag_a_117, shared_memory_9 + l_111, uint(16), 0, false);
const uint l_118 = l_114 + uint(120);
const uint l_119 = l_118 - l_114;
simdgroup_load(frag_b_120, shared_memory_10 + l_114, uint(16), 0, true);
simdgroup_multiply_accumulate(frag_acc_12, frag_a_117, frag_b_120, frag_acc_12);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 + uint(16);
}
const uint l_121 = l_6 * uint(8);
const uint l_122 = l_121 * uint(16);
const uint l_123 = l_7 * uint(8);
const uint l_124 = l_122 + l_123;
const uint l_125 = l_124 + uint(120);
const uint l_126 = l_125 - l_124;
simdgroup_store(frag_acc_12, shared_memory_11 + l_124, uint(16));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_127 = l_5; l_mut_127 < uint(256); l_mut_127 += uint(128)) {
const uint l_128 = l_mut_127 / uint(16);
const uint l_129 = l_3 + l_128;
const uint l_130 = l_mut_127 % uint(16);
const uint l_131 = l_2 + l_130;
const bool l_132 = l_129 < l_1;
const bool l_133 = l_131 < info.scalars_uint[1];
const bool l_134 = l_132 && l_133;
if (l_134) {
const uint l_135 = l_129 * info.scalars_uint[1];
const uint l_136 = l_135 + l_131;
const float l_137 = shared_memory_11[l_mut_127];
buffer_2[l_136] = l_137;
}
}

}
