
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
threadgroup float* shared_memory_24 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_26;
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
const uint l_11 = l_9 * uint(2);
const uint l_12 = uint(0) + l_11;
const uint l_13 = l_12 / uint(4);
const uint l_14 = buffer_0[l_13];
const uint l_15 = l_12 % uint(4);
const uint l_16 = l_15 * uint(8);
const uint l_17 = l_14 >> l_16;
const uint l_18 = l_17 & uint(65535);
const uint l_19 = l_18 << uint(16);
const float l_20 = reinterpret_cast<thread float const&>(l_19);
const int l_21 = int(l_10);
const float l_22 = buffer_1[l_mut_7];
const float l_23 = l_20 * l_22;
l_mut_6 = l_mut_6 + l_23;
}
shared_memory_24[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_25 = threads_per_threadgroup.x / uint(2);
l_mut_26 = l_25;
while (true) {
const bool l_27 = l_mut_26 > uint(0);
const bool l_28 = !l_27;
if (l_28) {
break;}
const bool l_29 = thread_pos_in_threadgroup.x < l_mut_26;
if (l_29) {
const uint l_30 = thread_pos_in_threadgroup.x + l_mut_26;
const float l_31 = shared_memory_24[l_30];
const float l_32 = shared_memory_24[thread_pos_in_threadgroup.x];
const float l_33 = l_32 + l_31;
shared_memory_24[thread_pos_in_threadgroup.x] = l_33;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_26 = l_mut_26 / uint(2);
}
const float l_34 = shared_memory_24[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_35 = thread_pos_in_threadgroup.x == uint(0);
if (l_35) {
buffer_2[l_1] = l_34;
}
}

}
