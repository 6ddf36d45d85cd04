
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
threadgroup float* shared_memory_19 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_21;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = info.scalars_uint[1] / uint(1);
const uint l_5 = l_1 * l_4;
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[1]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_mut_7 / uint(1);
const uint l_9 = l_5 + l_8;
const uint l_10 = l_mut_7 % uint(1);
const uint l_11 = l_9 * uint(4);
const uint l_12 = uint(0) + l_11;
const uint l_13 = l_12 / uint(4);
const uint l_14 = buffer_0[l_13];
const float l_15 = reinterpret_cast<thread float const&>(l_14);
const int l_16 = int(l_10);
const float l_17 = buffer_1[l_mut_7];
const float l_18 = l_15 * l_17;
l_mut_6 = l_mut_6 + l_18;
}
shared_memory_19[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_20 = threads_per_threadgroup.x / uint(2);
l_mut_21 = l_20;
while (true) {
const bool l_22 = l_mut_21 > uint(0);
const bool l_23 = !l_22;
if (l_23) {
break;}
const bool l_24 = thread_pos_in_threadgroup.x < l_mut_21;
if (l_24) {
const uint l_25 = thread_pos_in_threadgroup.x + l_mut_21;
const float l_26 = shared_memory_19[l_25];
const float l_27 = shared_memory_19[thread_pos_in_threadgroup.x];
const float l_28 = l_27 + l_26;
shared_memory_19[thread_pos_in_threadgroup.x] = l_28;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_21 = l_mut_21 / uint(2);
}
const float l_29 = shared_memory_19[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_30 = thread_pos_in_threadgroup.x == uint(0);
if (l_30) {
buffer_2[l_1] = l_29;
}
}

}
