
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void rms_norm_f_(
    const device half * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_22 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_9;
uint l_mut_24;
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
const half l_14 = buffer_0[l_13];
const float l_15 = float(l_14);
const float l_16 = l_15 * l_15;
l_mut_9 = l_mut_9 + l_16;
}
const bool l_17 = l_8 < info.scalars_uint[0];
if (l_17) {
const uint l_18 = l_5 + l_8;
const half l_19 = buffer_0[l_18];
const float l_20 = float(l_19);
const float l_21 = l_20 * l_20;
l_mut_9 = l_mut_9 + l_21;
}
shared_memory_22[thread_pos_in_threadgroup.x] = l_mut_9;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_23 = threads_per_threadgroup.x / uint(2);
l_mut_24 = l_23;
while (true) {
const bool l_25 = l_mut_24 > uint(0);
const bool l_26 = !l_25;
if (l_26) {
break;}
const bool l_27 = thread_pos_in_threadgroup.x < l_mut_24;
if (l_27) {
const uint l_28 = thread_pos_in_threadgroup.x + l_mut_24;
const float l_29 = shared_memory_22[l_28];
const float l_30 = shared_memory_22[thread_pos_in_threadgroup.x];
const float l_31 = l_30 + l_29;
shared_memory_22[thread_pos_in_threadgroup.x] = l_31;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_24 = l_mut_24 / uint(2);
}
const float l_32 = shared_memory_22[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_33 = float(info.scalars_uint[0]);
const float l_34 = l_32 / l_33;
const float l_35 = l_34 + info.scalars_float[0];
const float l_36 = rsqrt(l_35);

for (uint l_mut_37 = uint(0); l_mut_37 < l_6; ++l_mut_37) {
const uint l_38 = l_mut_37 * threads_per_threadgroup.x;
const uint l_39 = l_38 + thread_pos_in_threadgroup.x;
const uint l_40 = l_5 + l_39;
const half l_41 = buffer_0[l_40];
const float l_42 = float(l_41);
const float l_43 = l_42 * l_36;
const float l_44 = buffer_1[l_39];
const float l_45 = l_43 * l_44;
const half l_46 = half(l_45);
buffer_2[l_40] = l_46;
}
const bool l_47 = l_8 < info.scalars_uint[0];
if (l_47) {
const uint l_48 = l_5 + l_8;
const half l_49 = buffer_0[l_48];
const float l_50 = float(l_49);
const float l_51 = l_50 * l_36;
const float l_52 = buffer_1[l_8];
const float l_53 = l_51 * l_52;
const half l_54 = half(l_53);
buffer_2[l_48] = l_54;
}
}

}
