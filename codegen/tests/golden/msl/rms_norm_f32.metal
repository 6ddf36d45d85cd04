
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void rms_norm_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_13;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(3)];
const uint l_3 = l_2 / info.scalars_uint[0];
const bool l_4 = l_1 < l_3;
if (l_4) {
const uint l_5 = l_1 * info.scalars_uint[0];
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[0]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_5 + l_mut_7;
const float l_9 = buffer_0[l_8];
const float l_10 = l_9 * l_9;
l_mut_6 = l_mut_6 + l_10;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_6;
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
const float l_18 = shared_memory_11[l_17];
const float l_19 = shared_memory_11[thread_pos_in_threadgroup.x];
const float l_20 = l_19 + l_18;
shared_memory_11[thread_pos_in_threadgroup.x] = l_20;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_13 = l_mut_13 / uint(2);
}
const float l_21 = shared_memory_11[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_22 = float(info.scalars_uint[0]);
const float l_23 = l_21 / l_22;
const float l_24 = l_23 + info.scalars_float[0];
const float l_25 = rsqrt(l_24);

for (uint l_mut_26 = thread_pos_in_threadgroup.x; l_mut_26 < info.scalars_uint[0]; l_mut_26 += threads_per_threadgroup.x) {
const uint l_27 = l_5 + l_mut_26;
const float l_28 = buffer_0[l_27];
const float l_29 = l_28 * l_25;
const float l_30 = buffer_1[l_mut_26];
const float l_31 = l_29 * l_30;
buffer_2[l_27] = l_31;
}
}

}
