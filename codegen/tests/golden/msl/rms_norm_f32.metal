
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
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_9;
uint l_mut_22;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(3)];
const uint l_3 = l_2 / info.scalars_uint[0];
const bool l_4 = l_1 < l_3;
if (l_4) {
const uint l_5 = l_1 * info.scalars_uint[0];
const uint l_6 = info.scalars_uint[0] / threads_per_threadgroup.x;
const uint l_7 = l_6 * threads_per_threadgroup.x;
const uint l_8 = l_7 + thread_pos_in_threadgroup.x;
l_mut_9 = float(0.0);

for (uint l_mut_10 = uint(0); l_mut_10 < l_6; ++l_mut_10) {
const uint l_11 = l_mut_10 * threads_per_threadgroup.x;
const uint l_12 = l_5 + l_11;
const uint l_13 = l_12 + thread_pos_in_threadgroup.x;
const float l_14 = buffer_0[l_13];
const float l_15 = l_14 * l_14;
l_mut_9 = l_mut_9 + l_15;
}
const bool l_16 = l_8 < info.scalars_uint[0];
if (l_16) {
const uint l_17 = l_5 + l_8;
const float l_18 = buffer_0[l_17];
const float l_19 = l_18 * l_18;
l_mut_9 = l_mut_9 + l_19;
}
shared_memory_20[thread_pos_in_threadgroup.x] = l_mut_9;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_21 = threads_per_threadgroup.x / uint(2);
l_mut_22 = l_21;
while (true) {
const bool l_23 = l_mut_22 > uint(0);
const bool l_24 = !l_23;
if (l_24) {
break;}
const bool l_25 = thread_pos_in_threadgroup.x < l_mut_22;
if (l_25) {
const uint l_26 = thread_pos_in_threadgroup.x + l_mut_22;
const float l_27 = shared_memory_20[l_26];
const float l_28 = shared_memory_20[thread_pos_in_threadgroup.x];
const float l_29 = l_28 + l_27;
shared_memory_20[thread_pos_in_threadgroup.x] = l_29;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_22 = l_mut_22 / uint(2);
}
const float l_30 = shared_memory_20[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_31 = float(info.scalars_uint[0]);
const float l_32 = l_30 / l_31;
const float l_33 = l_32 + info.scalars_float[0];
const float l_34 = rsqrt(l_33);

for (uint l_mut_35 = uint(0); l_mut_35 < l_6; ++l_mut_35) {
const uint l_36 = l_mut_35 * threads_per_threadgroup.x;
const uint l_37 = l_36 + thread_pos_in_threadgroup.x;
const uint l_38 = l_5 + l_37;
const float l_39 = buffer_0[l_38];
const float l_40 = l_39 * l_34;
const float l_41 = buffer_1[l_37];
const float l_42 = l_40 * l_41;
buffer_2[l_38] = l_42;
}
const bool l_43 = l_8 < info.scalars_uint[0];
if (l_43) {
const uint l_44 = l_5 + l_8;
const float l_45 = buffer_0[l_44];
const float l_46 = l_45 * l_34;
const float l_47 = buffer_1[l_8];
const float l_48 = l_46 * l_47;
buffer_2[l_44] = l_48;
}
}

}
