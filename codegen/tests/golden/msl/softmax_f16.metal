
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[4];uint static_meta[4];
};

[[kernel]]
void softmax_f_(
    const device half * buffer_0 [[buffer(0)]],
    device half * buffer_1 [[buffer(1)]],
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
float l_mut_49;
uint l_mut_20;
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
const half l_15 = buffer_0[l_14];
const float l_16 = float(l_15);
const float l_17 = l_16 * info.scalars_float[0];
const float l_18 = max(l_mut_12, l_17);
l_mut_12 = l_18;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_12;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_19 = threads_per_threadgroup.x / uint(2);
l_mut_20 = l_19;
while (true) {
const bool l_21 = l_mut_20 > uint(0);
const bool l_22 = !l_21;
if (l_22) {
break;}
const bool l_23 = thread_pos_in_threadgroup.x < l_mut_20;
if (l_23) {
const uint l_24 = thread_pos_in_threadgroup.x + l_mut_20;
const float l_25 = shared_memory_11[l_24];
const float l_26 = shared_memory_11[thread_pos_in_threadgroup.x];
const float l_27 = max(l_26, l_25);
shared_memory_11[thread_pos_in_threadgroup.x] = l_27;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_20 = l_mut_20 / uint(2);
}
const float l_28 = shared_memory_11[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_12 = float(0.0);

for (uint l_mut_29 = thread_pos_in_threadgroup.x; l_mut_29 < l_mut_6; l_mut_29 += threads_per_threadgroup.x) {
const uint l_30 = l_5 + l_mut_29;
const half l_31 = buffer_0[l_30];
const float l_32 = float(l_31);
const float l_33 = l_32 * info.scalars_float[0];
const float l_34 = l_33 - l_28;
const float l_35 = exp(l_34);
l_mut_12 = l_mut_12 + l_35;
}
shared_memory_11[thread_pos_in_threadgroup.x] = l_mut_12;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_36 = threads_per_threadgroup.x / uint(2);
l_mut_20 = l_36;
while (true) {
const bool l_37 = l_mut_20 > uint(0);
const bool l_38 = !l_37;
if (l_38) {
break;}
const bool l_39 = thread_pos_in_threadgroup.x < l_mut_20;
if (l_39) {
const uint l_40 = thread_pos_in_threadgroup.x + l_mut_20;
const float l_41 = shared_memory_11[l_40];
const float l_42 = shared_memory_11[thread_pos_in_threadgroup.x];
const float l_43 = l_42 + l_41;
shared_memory_11[thread_pos_in_threadgroup.x] = l_43;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_20 = l_mut_20 / uint(2);
}
const float l_44 = shared_memory_11[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_12 = float(0.0);
const bool l_45 = l_mut_6 > uint(0);
if (l_45) {
const float l_46 = float(1.0) / l_44;
l_mut_12 = l_46;
}

for (uint l_mut_47 = thread_pos_in_threadgroup.x; l_mut_47 < info.scalars_uint[0]; l_mut_47 += threads_per_threadgroup.x) {
const uint l_48 = l_5 + l_mut_47;
l_mut_49 = float(0.0);
const bool l_50 = l_mut_47 < l_mut_6;
if (l_50) {
const half l_51 = buffer_0[l_48];
const float l_52 = float(l_51);
const float l_53 = l_52 * info.scalars_float[0];
const float l_54 = l_53 - l_28;
const float l_55 = exp(l_54);
const float l_56 = l_55 * l_mut_12;
l_mut_49 = l_56;
}
const half l_57 = half(l_mut_49);
buffer_1[l_48] = l_57;
}
}

}
