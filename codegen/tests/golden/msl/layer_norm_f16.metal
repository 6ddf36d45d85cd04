
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[2];uint static_meta[8];
};

[[kernel]]
void layer_norm_f_(
    const device half * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device float * buffer_2 [[buffer(2)]],
    device half * buffer_3 [[buffer(3)]],
    constant info_st& info [[buffer(4)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_7 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_8;
uint l_mut_14;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(4)];
const uint l_3 = l_2 / info.scalars_uint[0];
const bool l_4 = l_1 < l_3;
if (l_4) {
const uint l_5 = l_1 * info.scalars_uint[0];
const float l_6 = float(info.scalars_uint[0]);
l_mut_8 = float(0.0);

for (uint l_mut_9 = thread_pos_in_threadgroup.x; l_mut_9 < info.scalars_uint[0]; l_mut_9 += threads_per_threadgroup.x) {
const uint l_10 = l_5 + l_mut_9;
const half l_11 = buffer_0[l_10];
const float l_12 = float(l_11);
l_mut_8 = l_mut_8 + l_12;
}
shared_memory_7[thread_pos_in_threadgroup.x] = l_mut_8;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_13 = threads_per_threadgroup.x / uint(2);
l_mut_14 = l_13;
while (true) {
const bool l_15 = l_mut_14 > uint(0);
const bool l_16 = !l_15;
if (l_16) {
break;}
const bool l_17 = thread_pos_in_threadgroup.x < l_mut_14;
if (l_17) {
const uint l_18 = thread_pos_in_threadgroup.x + l_mut_14;
const float l_19 = shared_memory_7[l_18];
const float l_20 = shared_memory_7[thread_pos_in_threadgroup.x];
const float l_21 = l_20 + l_19;
shared_memory_7[thread_pos_in_threadgroup.x] = l_21;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_14 = l_mut_14 / uint(2);
}
const float l_22 = shared_memory_7[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_23 = l_22 / l_6;
l_mut_8 = float(0.0);

for (uint l_mut_24 = thread_pos_in_threadgroup.x; l_mut_24 < info.scalars_uint[0]; l_mut_24 += threads_per_threadgroup.x) {
const uint l_25 = l_5 + l_mut_24;
const half l_26 = buffer_0[l_25];
const float l_27 = float(l_26);
const float l_28 = l_27 - l_23;
const float l_29 = l_28 * l_28;
l_mut_8 = l_mut_8 + l_29;
}
shared_memory_7[thread_pos_in_threadgroup.x] = l_mut_8;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_30 = threads_per_threadgroup.x / uint(2);
l_mut_14 = l_30;
while (true) {
const bool l_31 = l_mut_14 > uint(0);
const bool l_32 = !l_31;
if (l_32) {
break;}
const bool l_33 = thread_pos_in_threadgroup.x < l_mut_14;
if (l_33) {
const uint l_34 = thread_pos_in_threadgroup.x + l_mut_14;
const float l_35 = shared_memory_7[l_34];
const float l_36 = shared_memory_7[thread_pos_in_threadgroup.x];
const float l_37 = l_36 + l_35;
shared_memory_7[thread_pos_in_threadgroup.x] = l_37;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_14 = l_mut_14 / uint(2);
}
const float l_38 = shared_memory_7[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_39 = l_38 / l_6;
const float l_40 = l_39 + info.scalars_float[0];
const float l_41 = rsqrt(l_40);

for (uint l_mut_42 = thread_pos_in_threadgroup.x; l_mut_42 < info.scalars_uint[0]; l_mut_42 += threads_per_threadgroup.x) {
const uint l_43 = l_5 + l_mut_42;
const half l_44 = buffer_0[l_43];
const float l_45 = float(l_44);
const float l_46 = l_45 - l_23;
const float l_47 = l_46 * l_41;
const float l_48 = buffer_1[l_mut_42];
const float l_49 = l_47 * l_48;
const float l_50 = buffer_2[l_mut_42];
const float l_51 = l_49 + l_50;
const half l_52 = half(l_51);
buffer_3[l_43] = l_52;
}
}

}
