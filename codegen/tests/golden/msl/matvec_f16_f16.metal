
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void matvec_f_(
    const device uint * buffer_0 [[buffer(0)]],
    const device half * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[256];
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_43 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
uint l_mut_45;
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
const uint l_19 = l_18 & uint(32768);
const uint l_20 = l_19 << uint(16);
const uint l_21 = l_18 >> uint(10);
const uint l_22 = l_21 & uint(31);
const uint l_23 = l_18 & uint(1023);
const bool l_24 = l_22 == uint(31);
const uint l_25 = l_22 + uint(112);
const uint l_26 = (l_24) ? uint(255) : l_25;
const uint l_27 = l_26 << uint(23);
const uint l_28 = l_20 | l_27;
const uint l_29 = l_23 << uint(13);
const uint l_30 = l_28 | l_29;
const float l_31 = reinterpret_cast<thread float const&>(l_30);
const float l_32 = float(l_23);
const float l_33 = l_32 * float(5.960464477539063e-8);
const bool l_34 = l_20 == uint(0);
const float l_35 = -l_33;
const float l_36 = (l_34) ? l_33 : l_35;
const bool l_37 = l_22 == uint(0);
const float l_38 = (l_37) ? l_36 : l_31;
const int l_39 = int(l_10);
const half l_40 = buffer_1[l_mut_7];
const float l_41 = float(l_40);
const float l_42 = l_38 * l_41;
l_mut_6 = l_mut_6 + l_42;
}
shared_memory_43[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_44 = threads_per_threadgroup.x / uint(2);
l_mut_45 = l_44;
while (true) {
const bool l_46 = l_mut_45 > uint(0);
const bool l_47 = !l_46;
if (l_47) {
break;}
const bool l_48 = thread_pos_in_threadgroup.x < l_mut_45;
if (l_48) {
const uint l_49 = thread_pos_in_threadgroup.x + l_mut_45;
const float l_50 = shared_memory_43[l_49];
const float l_51 = shared_memory_43[thread_pos_in_threadgroup.x];
const float l_52 = l_51 + l_50;
shared_memory_43[thread_pos_in_threadgroup.x] = l_52;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_45 = l_mut_45 / uint(2);
}
const float l_53 = shared_memory_43[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_54 = thread_pos_in_threadgroup.x == uint(0);
if (l_54) {
const half l_55 = half(l_53);
buffer_2[l_1] = l_55;
}
}

}
