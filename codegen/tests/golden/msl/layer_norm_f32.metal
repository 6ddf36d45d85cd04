
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[2];uint static_meta[8];
};

[[kernel]]
void layer_norm_f_f32(
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
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_7 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_8;
uint l_mut_13;
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
const float l_11 = buffer_0[l_10];
l_mut_8 = l_mut_8 + l_11;
}
shared_memory_7[thread_pos_in_threadgroup.x] = l_mut_8;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_12 = threads_per_threadgroup.x / uint(2);
l_mut_13 = l_12;
while (true) {
const bool l_14 = l_mut_13 > uint(0);
const bool l_15 = !l_14;
if (l_15) {
break;}
const bool l_16 = thread_pos_in_threadgroup.x < l_mut_13;
if (l_16) {
const uint l_17 = thread_pos_in_threadgroup.x + l_mut_13;
const float l_18 = shared_memory_7[l_17];
const float l_19 = shared_memory_7[thread_pos_in_threadgroup.x];
const float l_20 = l_19 + l_18;
shared_memory_7[thread_pos_in_threadgroup.x] = l_20;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 / uint(2);
}
const float l_21 = shared_memory_7[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_22 = l_21 / l_6;
l_mut_8 = float(0.0);

for (uint l_mut_23 = thread_pos_in_threadgroup.x; l_mut_23 < info.scalars_uint[0]; l_mut_23 += threads_per_threadgroup.x) {
const uint l_24 = l_5 + l_mut_23;
const float l_25 = buffer_0[l_24];
const float l_26 = l_25 - l_22;
const float l_27 = l_26 * l_26;
l_mut_8 = l_mut_8 + l_27;
}
shared_memory_7[thread_pos_in_threadgroup.x] = l_mut_8;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_28 = threads_per_threadgroup.x / uint(2);
l_mut_13 = l_28;
while (true) {
const bool l_29 = l_mut_13 > uint(0);
const bool l_30 = !l_29;
if (l_30) {
break;}
const bool l_31 = thread_pos_in_threadgroup.x < l_mut_13;
if (l_31) {
const uint l_32 = thread_pos_in_threadgroup.x + l_mut_13;
const float l_33 = shared_memory_7[l_32];
const float l_34 = shared_memory_7[thread_pos_in_threadgroup.x];
const float l_35 = l_34 + l_33;
shared_memory_7[thread_pos_in_threadgroup.x] = l_35;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 / uint(2);
}
const float l_36 = shared_memory_7[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_37 = l_36 / l_6;
const float l_38 = l_37 + info.scalars_float[0];
const float l_39 = rsqrt(l_38);

for (uint l_mut_40 = thread_pos_in_threadgroup.x; l_mut_40 < info.scalars_uint[0]; l_mut_40 += threads_per_threadgroup.x) {
const uint l_41 = l_5 + l_mut_40;
const float l_42 = buffer_0[l_41];
const float l_43 = l_42 - l_22;
const float l_44 = l_43 * l_39;
const float l_45 = buffer_1[l_mut_40];
const float l_46 = l_44 * l_45;
const float l_47 = buffer_2[l_mut_40];
const float l_48 = l_46 + l_47;
buffer_3[l_41] = l_48;
}
}

}
