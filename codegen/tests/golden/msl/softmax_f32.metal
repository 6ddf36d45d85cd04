
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[4];uint static_meta[4];
};

[[kernel]]
void softmax_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    device float * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_12;
float l_mut_47;
uint l_mut_19;
uint l_mut_6;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(2)];
const uint l_3 = l_2 / info.scalars_uint[0];
const bool l_4 = l_1 < l_3;
if (l_4) {
const uint l_5 = l_1 * info.scalars_uint[0];
l_mut_6 = info.scalars_uint[0];
const bool l_7 = info.scalars_uint[1] != uint(0);
if (l_7) {
const uint l_8 = info.scalars_uint[2] + l_1;
const uint l_9 = l_8 + uint(1);
const uint l_10 = min(info.scalars_uint[0], l_9);
l_mut_6 = l_10;
}
l_mut_12 = float(-3.0000000054977558e38);

for (uint l_mut_13 = thread_pos_in_threadgroup.x; l_mut_13 < l_mut_6; l_mut_13 += threads_per_threadgroup.x) {
const uint l_14 = l_5 + l_mut_13;
const float l_15 = buffer_0[l_14];
const float l_16 = l_15 * info.scalars_float[0];
const float l_17 = max(l_mut_12, l_16);
l_mut_12 = l_17;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_12;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_18 = threads_per_threadgroup.x / uint(2);
l_mut_19 = l_18;
while (true) {
const bool l_20 = l_mut_19 > uint(0);
const bool l_21 = !l_20;
if (l_21) {
break;}
const bool l_22 = thread_pos_in_threadgroup.x < l_mut_19;
if (l_22) {
const uint l_23 = thread_pos_in_threadgroup.x + l_mut_19;
const float l_24 = shared_memory_11[l_23];
const float l_25 = shared_memory_11[thread_pos_in_threadgroup.x];
const float l_26 = max(l_25, l_24);
shared_memory_11[thread_pos_in_threadgroup.x] = l_26;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_19 = l_mut_19 / uint(2);
}
const float l_27 = shared_memory_11[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_12 = float(0.0);

for (uint l_mut_28 = thread_pos_in_threadgroup.x; l_mut_28 < l_mut_6; l_mut_28 += threads_per_threadgroup.x) {
const uint l_29 = l_5 + l_mut_28;
const float l_30 = buffer_0[l_29];
const float l_31 = l_30 * info.scalars_float[0];
const float l_32 = l_31 - l_27;
const float l_33 = exp(l_32);
l_mut_12 = l_mut_12 + l_33;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_12;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_34 = threads_per_threadgroup.x / uint(2);
l_mut_19 = l_34;
while (true) {
const bool l_35 = l_mut_19 > uint(0);
const bool l_36 = !l_35;
if (l_36) {
break;}
const bool l_37 = thread_pos_in_threadgroup.x < l_mut_19;
if (l_37) {
const uint l_38 = thread_pos_in_threadgroup.x + l_mut_19;
const float l_39 = shared_memory_11[l_38];
const float l_40 = shared_memory_11[thread_pos_in_threadgroup.x];
const float l_41 = l_40 + l_39;
shared_memory_11[thread_pos_in_threadgroup.x] = l_41;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_19 = l_mut_19 / uint(2);
}
const float l_42 = shared_memory_11[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_12 = float(0.0);
const bool l_43 = l_mut_6 > uint(0);
if (l_43) {
const float l_44 = float(1.0) / l_42;
l_mut_12 = l_44;
}

for (uint l_mut_45 = thread_pos_in_threadgroup.x; l_mut_45 < info.scalars_uint[0]; l_mut_45 += threads_per_threadgroup.x) {
const uint l_46 = l_5 + l_mut_45;
l_mut_47 = float(0.0);
const bool l_48 = l_mut_45 < l_mut_6;
if (l_48) {
const float l_49 = buffer_0[l_46];
const float l_50 = l_49 * info.scalars_float[0];
const float l_51 = l_50 - l_27;
const float l_52 = exp(l_51);
const float l_53 = l_52 * l_mut_12;
l_mut_47 = l_53;
}
buffer_1[l_46] = l_mut_47;
}
}

}
