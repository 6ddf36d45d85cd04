
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
threadgroup float* shared_memory_148 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_150;
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
const uint l_30 = l_9 * uint(4);
const uint l_31 = l_29 + l_30;
const uint l_32 = info.scalars_uint[0] * uint(2);
const uint l_33 = l_32 + uint(3);
const uint l_34 = l_33 / uint(4);
const uint l_35 = l_34 * uint(4);
const uint l_36 = uint(0) + l_35;
const uint l_37 = info.scalars_uint[0] * uint(2);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = l_36 + l_40;
const uint l_42 = info.scalars_uint[0] * uint(4);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_9 * uint(16);
const uint l_48 = l_46 + l_47;
const uint l_49 = l_12 / uint(4);
const uint l_50 = buffer_0[l_49];
const uint l_51 = l_12 % uint(4);
const uint l_52 = l_51 * uint(8);
const uint l_53 = l_50 >> l_52;
const uint l_54 = l_53 & uint(65535);
const uint l_55 = l_54 & uint(32768);
const uint l_56 = l_55 << uint(16);
const uint l_57 = l_54 >> uint(10);
const uint l_58 = l_57 & uint(31);
const uint l_59 = l_54 & uint(1023);
const bool l_60 = l_58 == uint(31);
const uint l_61 = l_58 + uint(112);
const uint l_62 = (l_60) ? uint(255) : l_61;
const uint l_63 = l_62 << uint(23);
const uint l_64 = l_56 | l_63;
const uint l_65 = l_59 << uint(13);
const uint l_66 = l_64 | l_65;
const float l_67 = reinterpret_cast<thread float const&>(l_66);
const float l_68 = float(l_59);
const float l_69 = l_68 * float(5.960464477539063e-8);
const bool l_70 = l_56 == uint(0);
const float l_71 = -l_69;
const float l_72 = (l_70) ? l_69 : l_71;
const bool l_73 = l_58 == uint(0);
const float l_74 = (l_73) ? l_72 : l_67;
const uint l_75 = l_19 / uint(4);
const uint l_76 = buffer_0[l_75];
const uint l_77 = l_19 % uint(4);
const uint l_78 = l_77 * uint(8);
const uint l_79 = l_76 >> l_78;
const uint l_80 = l_79 & uint(65535);
const uint l_81 = l_80 & uint(32768);
const uint l_82 = l_81 << uint(16);
const uint l_83 = l_80 >> uint(10);
const uint l_84 = l_83 & uint(31);
const uint l_85 = l_80 & uint(1023);
const bool l_86 = l_84 == uint(31);
const uint l_87 = l_84 + uint(112);
const uint l_88 = (l_86) ? uint(255) : l_87;
const uint l_89 = l_88 << uint(23);
const uint l_90 = l_82 | l_89;
const uint l_91 = l_85 << uint(13);
const uint l_92 = l_90 | l_91;
const float l_93 = reinterpret_cast<thread float const&>(l_92);
const float l_94 = float(l_85);
const float l_95 = l_94 * float(5.960464477539063e-8);
const bool l_96 = l_82 == uint(0);
const float l_97 = -l_95;
const float l_98 = (l_96) ? l_95 : l_97;
const bool l_99 = l_84 == uint(0);
const float l_100 = (l_99) ? l_98 : l_93;
const int l_101 = int(l_10);
const uint l_102 = l_48 + uint(0);
const uint l_103 = uint(l_101);
const uint l_104 = l_103 / uint(32);
const uint l_105 = l_104 * uint(16);
const uint l_106 = l_102 + l_105;
const uint l_107 = l_103 % uint(16);
const uint l_108 = l_106 + l_107;
const uint l_109 = l_103 / uint(16);
const uint l_110 = l_109 % uint(2);
const uint l_111 = l_110 * uint(4);
const uint l_112 = l_108 / uint(4);
const uint l_113 = buffer_0[l_112];
const uint l_114 = l_108 % uint(4);
const uint l_115 = l_114 * uint(8);
const uint l_116 = l_115 + l_111;
const uint l_117 = l_113 >> l_116;
const uint l_118 = l_117 & uint(15);
const int l_119 = int(l_118);
const uint l_120 = l_31 + uint(0);
const uint l_121 = uint(l_101);
const uint l_122 = l_121 / uint(8);
const uint l_123 = l_122 * uint(1);
const uint l_124 = l_120 + l_123;
const uint l_125 = l_121 % uint(1);
const uint l_126 = l_124 + l_125;
const uint l_127 = l_121 / uint(1);
const uint l_128 = l_127 % uint(8);
const uint l_129 = l_128 * uint(1);
const uint l_130 = l_126 / uint(4);
const uint l_131 = buffer_0[l_130];
const uint l_132 = l_126 % uint(4);
const uint l_133 = l_132 * uint(8);
const uint l_134 = l_133 + l_129;
const uint l_135 = l_131 >> l_134;
const uint l_136 = l_135 & uint(1);
const int l_137 = int(l_136);
const uint l_138 = uint(l_137);
const uint l_139 = uint(int(4));
const uint l_140 = l_138 << l_139;
const int l_141 = int(l_140);
const int l_142 = l_119 | l_141;
const float l_143 = float(l_142);
const float l_144 = l_74 * l_143;
const float l_145 = l_144 + l_100;
const float l_146 = buffer_1[l_mut_7];
const float l_147 = l_145 * l_146;
l_mut_6 = l_mut_6 + l_147;
}
shared_memory_148[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_149 = threads_per_threadgroup.x / uint(2);
l_mut_150 = l_149;
while (true) {
const bool l_151 = l_mut_150 > uint(0);
const bool l_152 = !l_151;
if (l_152) {
break;}
const bool l_153 = thread_pos_in_threadgroup.x < l_mut_150;
if (l_153) {
const uint l_154 = thread_pos_in_threadgroup.x + l_mut_150;
const float l_155 = shared_memory_148[l_154];
const float l_156 = shared_memory_148[thread_pos_in_threadgroup.x];
const float l_157 = l_156 + l_155;
shared_memory_148[thread_pos_in_threadgroup.x] = l_157;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_150 = l_mut_150 / uint(2);
}
const float l_158 = shared_memory_148[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_159 = thread_pos_in_threadgroup.x == uint(0);
if (l_159) {
buffer_2[l_1] = l_158;
}
}

}
