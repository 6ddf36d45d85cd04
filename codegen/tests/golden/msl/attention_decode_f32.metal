
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[6];uint static_meta[8];
};

[[kernel]]
void attention_decode_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device float * buffer_2 [[buffer(2)]],
    device float * buffer_3 [[buffer(3)]],
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
float l_mut_19;
float l_mut_20;
float l_mut_31;
float l_mut_42;
float l_mut_51;
uint l_mut_21;
uint l_mut_27;
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
const float l_15 = buffer_0[l_14];
const float l_16 = l_15 * info.scalars_float[0];
shared_memory_9[l_mut_12] = l_16;
shared_memory_10[l_mut_12] = float(0.0);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_17 = info.scalars_uint[3] + uint(1);
const uint l_18 = min(info.scalars_uint[2], l_17);
l_mut_19 = float(-3.0000000054977558e38);
l_mut_20 = float(0.0);
l_mut_21 = uint(0);
const bool l_22 = info.scalars_uint[4] != uint(0);
const bool l_23 = info.scalars_uint[3] >= info.scalars_uint[4];
const bool l_24 = l_22 && l_23;
if (l_24) {
const uint l_25 = info.scalars_uint[3] + uint(1);
const uint l_26 = l_25 - info.scalars_uint[4];
l_mut_21 = l_26;
}
l_mut_27 = l_mut_21;
while (true) {
const bool l_28 = l_mut_27 < l_18;
const bool l_29 = !l_28;
if (l_29) {
break;}
const uint l_30 = l_mut_27 + thread_pos_in_threadgroup.x;
l_mut_31 = float(-3.0000000054977558e38);
const bool l_32 = l_30 < l_18;
const bool l_33 = l_30 <= info.scalars_uint[3];
const bool l_34 = info.scalars_uint[4] == uint(0);
const uint l_35 = l_30 + info.scalars_uint[4];
const bool l_36 = info.scalars_uint[3] < l_35;
const bool l_37 = l_34 || l_36;
const bool l_38 = l_33 && l_37;
const bool l_39 = l_32 && l_38;
if (l_39) {
const uint l_40 = l_30 * l_5;
const uint l_41 = l_40 + l_8;
l_mut_42 = float(0.0);

for (uint l_mut_43 = uint(0); l_mut_43 < info.scalars_uint[1]; ++l_mut_43) {
const float l_44 = shared_memory_9[l_mut_43];
const uint l_45 = l_41 + l_mut_43;
const float l_46 = buffer_1[l_45];
const float l_47 = l_44 * l_46;
l_mut_42 = l_mut_42 + l_47;
}
l_mut_31 = l_mut_42;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_31;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_42 = l_mut_19;

for (uint l_mut_48 = uint(0); l_mut_48 < uint(64); ++l_mut_48) {
const float l_49 = shared_memory_11[l_mut_48];
const float l_50 = max(l_mut_42, l_49);
l_mut_42 = l_50;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_51 = float(0.0);
const bool l_52 = l_mut_31 > float(-3.0000000054977558e38);
if (l_52) {
const float l_53 = l_mut_31 - l_mut_42;
const float l_54 = exp(l_53);
l_mut_51 = l_54;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_51;
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_55 = l_mut_19 - l_mut_42;
const float l_56 = exp(l_55);
const uint l_57 = l_18 - l_mut_27;
const uint l_58 = min(uint(64), l_57);
l_mut_51 = float(0.0);

for (uint l_mut_59 = uint(0); l_mut_59 < l_58; ++l_mut_59) {
const float l_60 = shared_memory_11[l_mut_59];
l_mut_51 = l_mut_51 + l_60;
}
const float l_61 = l_mut_20 * l_56;
const float l_62 = l_61 + l_mut_51;
l_mut_20 = l_62;

for (uint l_mut_63 = thread_pos_in_threadgroup.x; l_mut_63 < info.scalars_uint[1]; l_mut_63 += threads_per_threadgroup.x) {
const float l_64 = shared_memory_10[l_mut_63];
const float l_65 = l_64 * l_56;
l_mut_51 = l_65;

for (uint l_mut_66 = uint(0); l_mut_66 < l_58; ++l_mut_66) {
const uint l_67 = l_mut_27 + l_mut_66;
const uint l_68 = l_67 * l_5;
const uint l_69 = l_68 + l_8;
const uint l_70 = l_69 + l_mut_63;
const float l_71 = buffer_2[l_70];
const float l_72 = shared_memory_11[l_mut_66];
const float l_73 = l_72 * l_71;
l_mut_51 = l_mut_51 + l_73;
}
shared_memory_10[l_mut_63] = l_mut_51;
}
l_mut_19 = l_mut_42;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_27 = l_mut_27 + uint(64);
}
l_mut_51 = float(0.0);
const bool l_74 = l_mut_20 > float(0.0);
if (l_74) {
const float l_75 = float(1.0) / l_mut_20;
l_mut_51 = l_75;
}

for (uint l_mut_76 = thread_pos_in_threadgroup.x; l_mut_76 < info.scalars_uint[1]; l_mut_76 += threads_per_threadgroup.x) {
const uint l_77 = l_1 * info.scalars_uint[1];
const uint l_78 = l_77 + l_mut_76;
const float l_79 = shared_memory_10[l_mut_76];
const float l_80 = l_79 * l_mut_51;
buffer_3[l_78] = l_80;
}
}

}
