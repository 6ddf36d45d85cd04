
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
threadgroup float* shared_memory_108 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_110;
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
const uint l_18 = l_9 * uint(2);
const uint l_19 = l_17 + l_18;
const uint l_20 = info.scalars_uint[0] * uint(2);
const uint l_21 = l_20 + uint(3);
const uint l_22 = l_21 / uint(4);
const uint l_23 = l_22 * uint(4);
const uint l_24 = uint(0) + l_23;
const uint l_25 = info.scalars_uint[0] * uint(2);
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
const uint l_58 = l_19 / uint(4);
const uint l_59 = buffer_0[l_58];
const uint l_60 = l_19 % uint(4);
const uint l_61 = l_60 * uint(8);
const uint l_62 = l_59 >> l_61;
const uint l_63 = l_62 & uint(65535);
const uint l_64 = l_63 & uint(32768);
const uint l_65 = l_64 << uint(16);
const uint l_66 = l_63 >> uint(10);
const uint l_67 = l_66 & uint(31);
const uint l_68 = l_63 & uint(1023);
const bool l_69 = l_67 == uint(31);
const uint l_70 = l_67 + uint(112);
const uint l_71 = (l_69) ? uint(255) : l_70;
const uint l_72 = l_71 << uint(23);
const uint l_73 = l_65 | l_72;
const uint l_74 = l_68 << uint(13);
const uint l_75 = l_73 | l_74;
const float l_76 = reinterpret_cast<thread float const&>(l_75);
const float l_77 = float(l_68);
const float l_78 = l_77 * float(5.960464477539063e-8);
const bool l_79 = l_65 == uint(0);
const float l_80 = -l_78;
const float l_81 = (l_79) ? l_78 : l_80;
const bool l_82 = l_67 == uint(0);
const float l_83 = (l_82) ? l_81 : l_76;
const int l_84 = int(l_10);
const uint l_85 = l_31 + uint(0);
const uint l_86 = uint(l_84);
const uint l_87 = l_86 / uint(32);
const uint l_88 = l_87 * uint(16);
const uint l_89 = l_85 + l_88;
const uint l_90 = l_86 % uint(16);
const uint l_91 = l_89 + l_90;
const uint l_92 = l_86 / uint(16);
const uint l_93 = l_92 % uint(2);
const uint l_94 = l_93 * uint(4);
const uint l_95 = l_91 / uint(4);
const uint l_96 = buffer_0[l_95];
const uint l_97 = l_91 % uint(4);
const uint l_98 = l_97 * uint(8);
const uint l_99 = l_98 + l_94;
const uint l_100 = l_96 >> l_99;
const uint l_101 = l_100 & uint(15);
const int l_102 = int(l_101);
const float l_103 = float(l_102);
const float l_104 = l_57 * l_103;
const float l_105 = l_104 + l_83;
const float l_106 = buffer_1[l_mut_7];
const float l_107 = l_105 * l_106;
l_mut_6 = l_mut_6 + l_107;
}
shared_memory_108[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_109 = threads_per_threadgroup.x / uint(2);
l_mut_110 = l_109;
while (true) {
const bool l_111 = l_mut_110 > uint(0);
const bool l_112 = !l_111;
if (l_112) {
break;}
const bool l_113 = thread_pos_in_threadgroup.x < l_mut_110;
if (l_113) {
const uint l_114 = thread_pos_in_threadgroup.x + l_mut_110;
const float l_115 = shared_memory_108[l_114];
const float l_116 = shared_memory_108[thread_pos_in_threadgroup.x];
const float l_117 = l_116 + l_115;
shared_memory_108[thread_pos_in_threadgroup.x] = l_117;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_110 = l_mut_110 / uint(2);
}
const float l_118 = shared_memory_108[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_119 = thread_pos_in_threadgroup.x == uint(0);
if (l_119) {
buffer_2[l_1] = l_118;
}
}

}
