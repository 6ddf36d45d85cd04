
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void matvec_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[256];
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_105 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_107;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = info.scalars_uint[1] / uint(32);
const uint l_5 = l_1 * l_4;
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[1]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_mut_7 / uint(32);
const uint l_9 = l_5 + l_8;
const uint l_10 = l_mut_7 % uint(32);
const uint l_11 = l_9 * uint(2);
const uint l_12 = uint(0) + l_11;
const uint l_13 = info.scalars_uint[0] * uint(2);
const uint l_14 = l_13 + uint(3);
const uint l_15 = l_14 / uint(4);
const uint l_16 = l_15 * uint(4);
const uint l_17 = uint(0) + l_16;
const uint l_18 = l_9 * uint(4);
const uint l_19 = l_17 + l_18;
const uint l_20 = info.scalars_uint[0] * uint(2);
const uint l_21 = l_20 + uint(3);
const uint l_22 = l_21 / uint(4);
const uint l_23 = l_22 * uint(4);
const uint l_24 = uint(0) + l_23;
const uint l_25 = info.scalars_uint[0] * uint(4);
const uint l_26 = l_25 + uint(3);
const uint l_27 = l_26 / uint(4);
const uint l_28 = l_27 * uint(4);
const uint l_29 = l_24 + l_28;
const uint l_30 = l_9 * uint(16);
const uint l_31 = l_29 + l_30;
const uint l_32 = l_12 / uint(4);
const uint l_33 = buffer_0[l_32];
const uint l_34 = l_12 % uint(4);
const uint l_35 = l_34 * uint(8);
const uint l_36 = l_33 >> l_35;
const uint l_37 = l_36 & uint(65535);
const uint l_38 = l_37 & uint(32768);
const uint l_39 = l_38 << uint(16);
const uint l_40 = l_37 >> uint(10);
const uint l_41 = l_40 & uint(31);
const uint l_42 = l_37 & uint(1023);
const bool l_43 = l_41 == uint(31);
const uint l_44 = l_41 + uint(112);
const uint l_45 = (l_43) ? uint(255) : l_44;
const uint l_46 = l_45 << uint(23);
const uint l_47 = l_39 | l_46;
const uint l_48 = l_42 << uint(13);
const uint l_49 = l_47 | l_48;
const float l_50 = reinterpret_cast<thread float const&>(l_49);
const float l_51 = float(l_42);
const float l_52 = l_51 * float(5.960464477539063e-8);
const bool l_53 = l_39 == uint(0);
const float l_54 = -l_52;
const float l_55 = (l_53) ? l_52 : l_54;
const bool l_56 = l_41 == uint(0);
const float l_57 = (l_56) ? l_55 : l_50;
const int l_58 = int(l_10);
const uint l_59 = l_31 + uint(0);
const uint l_60 = uint(l_58);
const uint l_61 = l_60 / uint(32);
const uint l_62 = l_61 * uint(16);
const uint l_63 = l_59 + l_62;
const uint l_64 = l_60 % uint(16);
const uint l_65 = l_63 + l_64;
const uint l_66 = l_60 / uint(16);
const uint l_67 = l_66 % uint(2);
const uint l_68 = l_67 * uint(4);
const uint l_69 = l_65 / uint(4);
const uint l_70 = buffer_0[l_69];
const uint l_71 = l_65 % uint(4);
const uint l_72 = l_71 * uint(8);
const uint l_73 = l_72 + l_68;
const uint l_74 = l_70 >> l_73;
const uint l_75 = l_74 & uint(15);
const int l_76 = int(l_75);
const uint l_77 = l_19 + uint(0);
const uint l_78 = uint(l_58);
const uint l_79 = l_78 / uint(8);
const uint l_80 = l_79 * uint(1);
const uint l_81 = l_77 + l_80;
const uint l_82 = l_78 % uint(1);
const uint l_83 = l_81 + l_82;
const uint l_84 = l_78 / uint(1);
const uint l_85 = l_84 % uint(8);
const uint l_86 = l_85 * uint(1);
const uint l_87 = l_83 / uint(4);
const uint l_88 = buffer_0[l_87];
const uint l_89 = l_83 % uint(4);
const uint l_90 = l_89 * uint(8);
const uint l_91 = l_90 + l_86;
const uint l_92 = l_88 >> l_91;
const uint l_93 = l_92 & uint(1);
const int l_94 = int(l_93);
const uint l_95 = uint(l_94);
const uint l_96 = uint(int(4));
const uint l_97 = l_95 << l_96;
const int l_98 = int(l_97);
const int l_99 = l_76 | l_98;
const int l_100 = l_99 - int(16);
const float l_101 = float(l_100);
const float l_102 = l_57 * l_101;
const float l_103 = buffer_1[l_mut_7];
const float l_104 = l_102 * l_103;
l_mut_6 = l_mut_6 + l_104;
}
shared_memory_105[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_106 = threads_per_threadgroup.x / uint(2);
l_mut_107 = l_106;
while (true) {
const bool l_108 = l_mut_107 > uint(0);
const bool l_109 = !l_108;
if (l_109) {
break;}
const bool l_110 = thread_pos_in_threadgroup.x < l_mut_107;
if (l_110) {
const uint l_111 = thread_pos_in_threadgroup.x + l_mut_107;
const float l_112 = shared_memory_105[l_111];
const float l_113 = shared_memory_105[thread_pos_in_threadgroup.x];
const float l_114 = l_113 + l_112;
shared_memory_105[thread_pos_in_threadgroup.x] = l_114;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_107 = l_mut_107 / uint(2);
}
const float l_115 = shared_memory_105[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_116 = thread_pos_in_threadgroup.x == uint(0);
if (l_116) {
buffer_2[l_1] = l_115;
}
}

}
