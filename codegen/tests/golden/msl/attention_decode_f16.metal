
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[6];uint static_meta[8];
};

[[kernel]]
void attention_decode_f_(
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
threadgroup uchar dynamic_shared_mem[2304];
// Shared array size: 256, 1024 bytes
threadgroup float* shared_memory_10 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 256, 1024 bytes
threadgroup float* shared_memory_9 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_20;
float l_mut_21;
float l_mut_32;
float l_mut_43;
float l_mut_53;
uint l_mut_22;
uint l_mut_28;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(4)];
const uint l_3 = l_2 / info.scalars_uint[1];
const bool l_4 = l_1 < l_3;
if (l_4) {
const uint l_5 = info.scalars_uint[0] * info.scalars_uint[1];
const uint l_6 = l_3 / info.scalars_uint[0];
const uint l_7 = l_1 / l_6;
const uint l_8 = l_7 * info.scalars_uint[1];

for (uint l_mut_12 = thread_pos_in_threadgroup.x; l_mut_12 < info.scalars_uint[1]; l_mut_12 += threads_per_threadgroup.x) {
const uint l_13 = l_1 * info.scalars_uint[1];
const uint l_14 = l_13 + l_mut_12;
const half l_15 = buffer_0[l_14];
const float l_16 = float(l_15);
const float l_17 = l_16 * info.scalars_float[0];
shared_memory_9[l_mut_12] = l_17;
shared_memory_10[l_mut_12] = float(0.0);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_18 = info.scalars_uint[3] + uint(1);
const uint l_19 = min(info.scalars_uint[2], l_18);
l_mut_20 = float(-3.0000000054977558e38);
l_mut_21 = float(0.0);
l_mut_22 = uint(0);
const bool l_23 = info.scalars_uint[4] != uint(0);
const bool l_24 = info.scalars_uint[3] >= info.scalars_uint[4];
const bool l_25 = l_23 && l_24;
if (l_25) {
const uint l_26 = info.scalars_uint[3] + uint(1);
const uint l_27 = l_26 - info.scalars_uint[4];
l_mut_22 = l_27;
}
l_mut_28 = l_mut_22;
while (true) {
const bool l_29 = l_mut_28 < l_19;
const bool l_30 = !l_29;
if (l_30) {
break;}
const uint l_31 = l_mut_28 + thread_pos_in_threadgroup.x;
l_mut_32 = float(-3.0000000054977558e38);
const bool l_33 = l_31 < l_19;
const bool l_34 = l_31 <= info.scalars_uint[3];
const bool l_35 = info.scalars_uint[4] == uint(0);
const uint l_36 = l_31 + info.scalars_uint[4];
const bool l_37 = info.scalars_uint[3] < l_36;
const bool l_38 = l_35 || l_37;
const bool l_39 = l_34 && l_38;
const bool l_40 = l_33 && l_39;
if (l_40) {
const uint l_41 = l_31 * l_5;
const uint l_42 = l_41 + l_8;
l_mut_43 = float(0.0);

for (uint l_mut_44 = uint(0); l_mut_44 < info.scalars_uint[1]; ++l_mut_44) {
const float l_45 = shared_memory_9[l_mut_44];
const uint l_46 = l_42 + l_mut_44;
const half l_47 = buffer_1[l_46];
const float l_48 = float(l_47);
const float l_49 = l_45 * l_48;
l_mut_43 = l_mut_43 + l_49;
}
l_mut_32 = l_mut_43;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_32;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_43 = l_mut_20;

for (uint l_mut_50 = uint(0); l_mut_50 < uint(64); ++l_mut_50) {
const float l_51 = shared_memory_11[l_mut_50];
const float l_52 = max(l_mut_43, l_51);
l_mut_43 = l_52;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_53 = float(0.0);
const bool l_54 = l_mut_32 > float(-3.0000000054977558e38);
if (l_54) {
const float l_55 = l_mut_32 - l_mut_43;
const float l_56 = exp(l_55);
l_mut_53 = l_56;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_53;
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_57 = l_mut_20 - l_mut_43;
const float l_58 = exp(l_57);
const uint l_59 = l_19 - l_mut_28;
const uint l_60 = min(uint(64), l_59);
l_mut_53 = float(0.0);

for (uint l_mut_61 = uint(0); l_mut_61 < l_60; ++l_mut_61) {
const float l_62 = shared_memory_11[l_mut_61];
l_mut_53 = l_mut_53 + l_62;
}
const float l_63 = l_mut_21 * l_58;
const float l_64 = l_63 + l_mut_53;
l_mut_21 = l_64;

for (uint l_mut_65 = thread_pos_in_threadgroup.x; l_mut_65 < info.scalars_uint[1]; l_mut_65 += threads_per_threadgroup.x) {
const float l_66 = shared_memory_10[l_mut_65];
const float l_67 = l_66 * l_58;
l_mut_53 = l_67;

for (uint l_mut_68 = uint(0); l_mut_68 < l_60; ++l_mut_68) {
const uint l_69 = l_mut_28 + l_mut_68;
const uint l_70 = l_69 * l_5;
const uint l_71 = l_70 + l_8;
const uint l_72 = l_71 + l_mut_65;
const half l_73 = buffer_2[l_72];
const float l_74 = shared_memory_11[l_mut_68];
const float l_75 = float(l_73);
const float l_76 = l_74 * l_75;
l_mut_53 = l_mut_53 + l_76;
}
shared_memory_10[l_mut_65] = l_mut_53;
}
l_mut_20 = l_mut_43;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_28 = l_mut_28 + uint(64);
}
l_mut_53 = float(0.0);
const bool l_77 = l_mut_21 > float(0.0);
if (l_77) {
const float l_78 = float(1.0) / l_mut_21;
l_mut_53 = l_78;
}

for (uint l_mut_79 = thread_pos_in_threadgroup.x; l_mut_79 < info.scalars_uint[1]; l_mut_79 += threads_per_threadgroup.x) {
const uint l_80 = l_1 * info.scalars_uint[1];
const uint l_81 = l_80 + l_mut_79;
const float l_82 = shared_memory_10[l_mut_79];
const float l_83 = l_82 * l_mut_53;
const half l_84 = half(l_83);
buffer_3[l_81] = l_84;
}
}

}
