
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void argmax_f_(
    const device half * buffer_0 [[buffer(0)]],
    device uint * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[1024];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_12 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_13 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[_]);
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
const half l_9 = buffer_0[l_8];
const float l_10 = float(l_9);
const bool l_11 = l_10 > l_mut_5;
if (l_11) {
l_mut_5 = l_10;
l_mut_6 = l_mut_7;
}
}
shared_memory_12[thread_pos_in_threadgroup.x] = l_mut_5;
shared_memory_13[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_14 = threads_per_threadgroup.x / uint(2);
l_mut_6 = l_14;
while (true) {
const bool l_15 = l_mut_6 > uint(0);
const bool l_16 = !l_15;
if (l_16) {
break;}
const bool l_17 = thread_pos_in_threadgroup.x < l_mut_6;
if (l_17) {
const uint l_18 = thread_pos_in_threadgroup.x + l_mut_6;
const float l_19 = shared_memory_12[l_18];
const uint l_20 = thread_pos_in_threadgroup.x + l_mut_6;
const uint l_21 = shared_memory_13[l_20];
const float l_22 = shared_memory_12[thread_pos_in_threadgroup.x];
const bool l_23 = l_19 > l_22;
const float l_24 = shared_memory_12[thread_pos_in_threadgroup.x];
const bool l_25 = l_19 == l_24;
const uint l_26 = shared_memory_13[thread_pos_in_threadgroup.x];
const bool l_27 = l_21 < l_26;
const bool l_28 = l_25 && l_27;
const bool l_29 = l_23 || l_28;
if (l_29) {
shared_memory_12[thread_pos_in_threadgroup.x] = l_19;
shared_memory_13[thread_pos_in_threadgroup.x] = l_21;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_6 = l_mut_6 / uint(2);
}
const bool l_30 = thread_pos_in_threadgroup.x == uint(0);
if (l_30) {
const uint l_31 = shared_memory_13[uint(0)];
const uint l_32 = info.scalars_uint[0] - uint(1);
const uint l_33 = min(l_31, l_32);
buffer_1[l_1] = l_33;
}
}

}
