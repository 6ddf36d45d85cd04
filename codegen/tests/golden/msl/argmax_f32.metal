
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void argmax_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    device uint * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[1024];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_12 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[_]);
float l_mut_5;
uint l_mut_6;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(3)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = l_1 * info.scalars_uint[0];
l_mut_5 = float(-3.0000000054977558e38);
l_mut_6 = info.scalars_uint[0];

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[0]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_4 + l_mut_7;
const float l_9 = buffer_0[l_8];
const bool l_10 = l_9 > l_mut_5;
if (l_10) {
l_mut_5 = l_9;
l_mut_6 = l_mut_7;
}
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_5;
shared_memory_12[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_13 = threads_per_threadgroup.x / uint(2);
l_mut_6 = l_13;
while (true) {
const bool l_14 = l_mut_6 > uint(0);
const bool l_15 = !l_14;
if (l_15) {
break;}
const bool l_16 = thread_pos_in_threadgroup.x < l_mut_6;
if (l_16) {
const uint l_17 = thread_pos_in_threadgroup.x + l_mut_6;
const float l_18 = shared_memory_11[l_17];
const uint l_19 = thread_pos_in_threadgroup.x + l_mut_6;
const uint l_20 = shared_memory_12[l_19];
const float l_21 = shared_memory_11[thread_pos_in_threadgroup.x];
const bool l_22 = l_18 > l_21;
const float l_23 = shared_memory_11[thread_pos_in_threadgroup.x];
const bool l_24 = l_18 == l_23;
const uint l_25 = shared_memory_12[thread_pos_in_threadgroup.x];
const bool l_26 = l_20 < l_25;
const bool l_27 = l_24 && l_26;
const bool l_28 = l_22 || l_27;
if (l_28) {
shared_memory_11[thread_pos_in_threadgroup.x] = l_18;
shared_memory_12[thread_pos_in_threadgroup.x] = l_20;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_6 = l_mut_6 / uint(2);
}
const bool l_29 = thread_pos_in_threadgroup.x == uint(0);
if (l_29) {
const uint l_30 = shared_memory_12[uint(0)];
const uint l_31 = info.scalars_uint[0] - uint(1);
const uint l_32 = min(l_30, l_31);
buffer_1[l_1] = l_32;
}
}

}
