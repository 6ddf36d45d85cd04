
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[6];uint static_meta[8];
};

[[kernel]]
void attention_prefill_f_(
    const device half * buffer_0 [[buffer(0)]],
    const device half * buffer_1 [[buffer(1)]],
    const device half * buffer_2 [[buffer(2)]],
    device half * buffer_3 [[buffer(3)]],
    constant info_st& info [[buffer(4)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[24928];
// Shared array size: 2048, 8192 bytes
threadgroup float* shared_memory_15 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 2048, 8192 bytes
threadgroup float* shared_memory_16 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 2048, 8192 bytes
threadgroup float* shared_memory_17 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_18 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_19 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_21 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_47;
float l_mut_48;
float l_mut_98;
uint l_mut_30;
uint l_mut_39;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = info.scalars_uint[0] * info.scalars_uint[2];
const uint l_2 = l_0 / l_1;
const uint l_3 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_4 = l_3 + threadgroup_pos_in_grid.x;
const uint l_5 = l_4 % info.scalars_uint[0];
const uint l_6 = l_4 / info.scalars_uint[0];
const uint l_7 = l_6 * uint(8);
const bool l_8 = l_7 < l_2;
if (l_8) {
const uint l_9 = info.scalars_uint[1] * info.scalars_uint[2];
const uint l_10 = info.scalars_uint[0] / info.scalars_uint[1];
const uint l_11 = l_5 / l_10;
const uint l_12 = l_11 * info.scalars_uint[2];
const uint l_13 = l_2 - l_7;
const uint l_14 = min(uint(8), l_13);
const uint l_22 = uint(8) * info.scalars_uint[2];

for (uint l_mut_23 = thread_pos_in_threadgroup.x; l_mut_23 < l_22; l_mut_23 += threads_per_threadgroup.x) {
const uint l_24 = l_mut_23 / info.scalars_uint[2];
const uint l_25 = l_24 * uint(256);
const uint l_26 = l_mut_23 % info.scalars_uint[2];
const uint l_27 = l_25 + l_26;
shared_memory_17[l_27] = float(0.0);
}
const bool l_28 = thread_pos_in_threadgroup.x < uint(8);
if (l_28) {
shared_memory_19[thread_pos_in_threadgroup.x] = float(-3.0000000054977558e38);
shared_memory_20[thread_pos_in_threadgroup.x] = float(0.0);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_29 = info.scalars_uint[4] + l_7;
l_mut_30 = uint(0);
const bool l_31 = info.scalars_uint[5] != uint(0);
const bool l_32 = l_29 >= info.scalars_uint[5];
const bool l_33 = l_31 && l_32;
if (l_33) {
const uint l_34 = l_29 + uint(1);
const uint l_35 = l_34 - info.scalars_uint[5];
l_mut_30 = l_35;
}
const uint l_36 = info.scalars_uint[4] + l_7;
const uint l_37 = l_36 + l_14;
const uint l_38 = min(info.scalars_uint[3], l_37);
l_mut_39 = l_mut_30;
while (true) {
const bool l_40 = l_mut_39 < l_38;
const bool l_41 = !l_40;
if (l_41) {
break;}
const uint l_42 = uint(8) * info.scalars_uint[2];

for (uint l_mut_43 = thread_pos_in_threadgroup.x; l_mut_43 < l_42; l_mut_43 += threads_per_threadgroup.x) {
const uint l_44 = l_mut_43 / info.scalars_uint[2];
const uint l_45 = l_mut_43 % info.scalars_uint[2];
const uint l_46 = l_mut_39 + l_44;
l_mut_47 = float(0.0);
l_mut_48 = float(0.0);
const bool l_49 = l_46 < l_38;
if (l_49) {
const uint l_50 = l_46 * l_9;
const uint l_51 = l_50 + l_12;
const uint l_52 = l_51 + l_45;
const half l_53 = buffer_1[l_52];
const float l_54 = float(l_53);
l_mut_47 = l_54;
const half l_55 = buffer_2[l_52];
const float l_56 = float(l_55);
l_mut_48 = l_56;
}
const uint l_57 = l_44 * uint(256);
const uint l_58 = l_57 + l_45;
shared_memory_15[l_58] = l_mut_47;
const uint l_59 = l_44 * uint(256);
const uint l_60 = l_59 + l_45;
shared_memory_16[l_60] = l_mut_48;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_61 = thread_pos_in_threadgroup.x / uint(8);
const uint l_62 = thread_pos_in_threadgroup.x % uint(8);
const uint l_63 = l_7 + l_61;
const uint l_64 = l_mut_39 + l_62;
l_mut_48 = float(-3.0000000054977558e38);
const bool l_65 = l_61 < l_14;
const bool l_66 = l_64 < l_38;
const bool l_67 = l_65 && l_66;
const uint l_68 = info.scalars_uint[4] + l_63;
const bool l_69 = l_64 <= l_68;
const bool l_70 = info.scalars_uint[5] == uint(0);
const uint l_71 = l_64 + info.scalars_uint[5];
const bool l_72 = l_68 < l_71;
const bool l_73 = l_70 || l_72;
const bool l_74 = l_69 && l_73;
const bool l_75 = l_67 && l_74;
if (l_75) {
const uint l_76 = l_63 * info.scalars_uint[0];
const uint l_77 = l_76 + l_5;
const uint l_78 = l_77 * info.scalars_uint[2];
l_mut_47 = float(0.0);

for (uint l_mut_79 = uint(0); l_mut_79 < info.scalars_uint[2]; ++l_mut_79) {
const uint l_80 = l_78 + l_mut_79;
const half l_81 = buffer_0[l_80];
const float l_82 = float(l_81);
const uint l_83 = l_62 * uint(256);
const uint l_84 = l_83 + l_mut_79;
const float l_85 = shared_memory_15[l_84];
const float l_86 = l_82 * l_85;
l_mut_47 = l_mut_47 + l_86;
}
const float l_87 = l_mut_47 * info.scalars_float[0];
l_mut_48 = l_87;
}
shared_memory_18[thread_pos_in_threadgroup.x] = l_mut_48;
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_88 = thread_pos_in_threadgroup.x < uint(8);
if (l_88) {
const uint l_89 = thread_pos_in_threadgroup.x * uint(8);
const float l_90 = shared_memory_19[thread_pos_in_threadgroup.x];
l_mut_48 = l_90;

for (uint l_mut_91 = uint(0); l_mut_91 < uint(8); ++l_mut_91) {
const uint l_92 = l_89 + l_mut_91;
const float l_93 = shared_memory_18[l_92];
const float l_94 = max(l_mut_48, l_93);
l_mut_48 = l_94;
}
l_mut_47 = float(0.0);

for (uint l_mut_95 = uint(0); l_mut_95 < uint(8); ++l_mut_95) {
const uint l_96 = l_89 + l_mut_95;
const float l_97 = shared_memory_18[l_96];
l_mut_98 = float(0.0);
const bool l_99 = l_97 > float(-3.0000000054977558e38);
if (l_99) {
const float l_100 = l_97 - l_mut_48;
const float l_101 = exp(l_100);
l_mut_98 = l_101;
}
const uint l_102 = l_89 + l_mut_95;
shared_memory_18[l_102] = l_mut_98;
l_mut_47 = l_mut_47 + l_mut_98;
}
const float l_103 = l_90 - l_mut_48;
const float l_104 = exp(l_103);
shared_memory_21[thread_pos_in_threadgroup.x] = l_104;
const float l_105 = shared_memory_20[thread_pos_in_threadgroup.x];
const float l_106 = l_105 * l_104;
const float l_107 = l_106 + l_mut_47;
shared_memory_20[thread_pos_in_threadgroup.x] = l_107;
shared_memory_19[thread_pos_in_threadgroup.x] = l_mut_48;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_108 = uint(8) * info.scalars_uint[2];

for (uint l_mut_109 = thread_pos_in_threadgroup.x; l_mut_109 < l_108; l_mut_109 += threads_per_threadgroup.x) {
const uint l_110 = l_mut_109 / info.scalars_uint[2];
const uint l_111 = l_mut_109 % info.scalars_uint[2];
const uint l_112 = l_110 * uint(256);
const uint l_113 = l_112 + l_111;
const float l_114 = shared_memory_17[l_113];
const float l_115 = shared_memory_21[l_110];
const float l_116 = l_114 * l_115;
l_mut_98 = l_116;

for (uint l_mut_117 = uint(0); l_mut_117 < uint(8); ++l_mut_117) {
const uint l_118 = l_110 * uint(8);
const uint l_119 = l_118 + l_mut_117;
const float l_120 = shared_memory_18[l_119];
const uint l_121 = l_mut_117 * uint(256);
const uint l_122 = l_121 + l_111;
const float l_123 = shared_memory_16[l_122];
const float l_124 = l_120 * l_123;
l_mut_98 = l_mut_98 + l_124;
}
shared_memory_17[l_113] = l_mut_98;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_39 = l_mut_39 + uint(8);
}
const uint l_125 = l_14 * info.scalars_uint[2];

for (uint l_mut_126 = thread_pos_in_threadgroup.x; l_mut_126 < l_125; l_mut_126 += threads_per_threadgroup.x) {
const uint l_127 = l_mut_126 / info.scalars_uint[2];
const uint l_128 = l_mut_126 % info.scalars_uint[2];
const float l_129 = shared_memory_20[l_127];
l_mut_98 = float(0.0);
const bool l_130 = l_129 > float(0.0);
if (l_130) {
const uint l_131 = l_127 * uint(256);
const uint l_132 = l_131 + l_128;
const float l_133 = shared_memory_17[l_132];
const float l_134 = l_133 / l_129;
l_mut_98 = l_134;
}
const uint l_135 = l_7 + l_127;
const uint l_136 = l_135 * info.scalars_uint[0];
const uint l_137 = l_136 + l_5;
const uint l_138 = l_137 * info.scalars_uint[2];
const uint l_139 = l_138 + l_128;
const half l_140 = half(l_mut_98);
buffer_3[l_139] = l_140;
}
}

}
