
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
threadgroup float* shared_memory_167 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_169;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = info.scalars_uint[1] / uint(256);
const uint l_5 = l_1 * l_4;
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[1]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_mut_7 / uint(256);
const uint l_9 = l_5 + l_8;
const uint l_10 = l_mut_7 % uint(256);
const uint l_11 = l_9 * uint(32);
const uint l_12 = uint(0) + l_11;
const uint l_13 = info.scalars_uint[0] * uint(32);
const uint l_14 = l_13 + uint(3);
const uint l_15 = l_14 / uint(4);
const uint l_16 = l_15 * uint(4);
const uint l_17 = uint(0) + l_16;
const uint l_18 = l_9 * uint(64);
const uint l_19 = l_17 + l_18;
const uint l_20 = info.scalars_uint[0] * uint(32);
const uint l_21 = l_20 + uint(3);
const uint l_22 = l_21 / uint(4);
const uint l_23 = l_22 * uint(4);
const uint l_24 = uint(0) + l_23;
const uint l_25 = info.scalars_uint[0] * uint(64);
const uint l_26 = l_25 + uint(3);
const uint l_27 = l_26 / uint(4);
const uint l_28 = l_27 * uint(4);
const uint l_29 = l_24 + l_28;
const uint l_30 = l_9 * uint(12);
const uint l_31 = l_29 + l_30;
const uint l_32 = info.scalars_uint[0] * uint(32);
const uint l_33 = l_32 + uint(3);
const uint l_34 = l_33 / uint(4);
const uint l_35 = l_34 * uint(4);
const uint l_36 = uint(0) + l_35;
const uint l_37 = info.scalars_uint[0] * uint(64);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = l_36 + l_40;
const uint l_42 = info.scalars_uint[0] * uint(12);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_9 * uint(2);
const uint l_48 = l_46 + l_47;
const uint l_49 = l_48 / uint(4);
const uint l_50 = buffer_0[l_49];
const uint l_51 = l_48 % uint(4);
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
const int l_75 = int(l_10);
const int l_76 = l_75 / int(16);
const uint l_77 = l_31 + uint(0);
const uint l_78 = uint(l_76);
const uint l_79 = l_78 / uint(16);
const uint l_80 = l_79 * uint(8);
const uint l_81 = l_77 + l_80;
const uint l_82 = l_78 % uint(8);
const uint l_83 = l_81 + l_82;
const uint l_84 = l_78 / uint(8);
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
const uint l_95 = l_31 + uint(8);
const uint l_96 = uint(l_76);
const uint l_97 = l_96 / uint(16);
const uint l_98 = l_97 * uint(4);
const uint l_99 = l_95 + l_98;
const uint l_100 = l_96 % uint(4);
const uint l_101 = l_99 + l_100;
const uint l_102 = l_96 / uint(4);
const uint l_103 = l_102 % uint(4);
const uint l_104 = l_103 * uint(2);
const uint l_105 = l_101 / uint(4);
const uint l_106 = buffer_0[l_105];
const uint l_107 = l_101 % uint(4);
const uint l_108 = l_107 * uint(8);
const uint l_109 = l_108 + l_104;
const uint l_110 = l_106 >> l_109;
const uint l_111 = l_110 & uint(3);
const int l_112 = int(l_111);
const uint l_113 = uint(l_112);
const uint l_114 = uint(int(4));
const uint l_115 = l_113 << l_114;
const int l_116 = int(l_115);
const int l_117 = l_94 | l_116;
const int l_118 = l_117 - int(32);
const uint l_119 = l_19 + uint(0);
const uint l_120 = uint(l_75);
const uint l_121 = l_120 / uint(128);
const uint l_122 = l_121 * uint(32);
const uint l_123 = l_119 + l_122;
const uint l_124 = l_120 % uint(32);
const uint l_125 = l_123 + l_124;
const uint l_126 = l_120 / uint(32);
const uint l_127 = l_126 % uint(4);
const uint l_128 = l_127 * uint(2);
const uint l_129 = l_125 / uint(4);
const uint l_130 = buffer_0[l_129];
const uint l_131 = l_125 % uint(4);
const uint l_132 = l_131 * uint(8);
const uint l_133 = l_132 + l_128;
const uint l_134 = l_130 >> l_133;
const uint l_135 = l_134 & uint(3);
const int l_136 = int(l_135);
const uint l_137 = l_12 + uint(0);
const uint l_138 = uint(l_75);
const uint l_139 = l_138 / uint(256);
const uint l_140 = l_139 * uint(32);
const uint l_141 = l_137 + l_140;
const uint l_142 = l_138 % uint(32);
const uint l_143 = l_141 + l_142;
const uint l_144 = l_138 / uint(32);
const uint l_145 = l_144 % uint(8);
const uint l_146 = l_145 * uint(1);
const uint l_147 = l_143 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_143 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + l_146;
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(1);
const int l_154 = int(l_153);
const uint l_155 = uint(l_154);
const uint l_156 = uint(int(2));
const uint l_157 = l_155 << l_156;
const int l_158 = int(l_157);
const int l_159 = l_136 | l_158;
const int l_160 = l_159 - int(4);
const float l_161 = float(l_118);
const float l_162 = l_74 * l_161;
const float l_163 = float(l_160);
const float l_164 = l_162 * l_163;
const float l_165 = buffer_1[l_mut_7];
const float l_166 = l_164 * l_165;
l_mut_6 = l_mut_6 + l_166;
}
shared_memory_167[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_168 = threads_per_threadgroup.x / uint(2);
l_mut_169 = l_168;
while (true) {
const bool l_170 = l_mut_169 > uint(0);
const bool l_171 = !l_170;
if (l_171) {
break;}
const bool l_172 = thread_pos_in_threadgroup.x < l_mut_169;
if (l_172) {
const uint l_173 = thread_pos_in_threadgroup.x + l_mut_169;
const float l_174 = shared_memory_167[l_173];
const float l_175 = shared_memory_167[thread_pos_in_threadgroup.x];
const float l_176 = l_175 + l_174;
shared_memory_167[thread_pos_in_threadgroup.x] = l_176;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_169 = l_mut_169 / uint(2);
}
const float l_177 = shared_memory_167[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_178 = thread_pos_in_threadgroup.x == uint(0);
if (l_178) {
buffer_2[l_1] = l_177;
}
}

}
