
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void dequantize_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    device float * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(3)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / uint(1);
const uint l_7 = l_3 % uint(1);
const uint l_8 = l_6 * uint(2);
const uint l_9 = uint(0) + l_8;
const uint l_10 = l_9 / uint(4);
const uint l_11 = buffer_0[l_10];
const uint l_12 = l_9 % uint(4);
const uint l_13 = l_12 * uint(8);
const uint l_14 = l_11 >> l_13;
const uint l_15 = l_14 & uint(65535);
const uint l_16 = l_15 & uint(32768);
const uint l_17 = l_16 << uint(16);
const uint l_18 = l_15 >> uint(10);
const uint l_19 = l_18 & uint(31);
const uint l_20 = l_15 & uint(1023);
const bool l_21 = l_19 == uint(31);
const uint l_22 = l_19 + uint(112);
const uint l_23 = (l_21) ? uint(255) : l_22;
const uint l_24 = l_23 << uint(23);
const uint l_25 = l_17 | l_24;
const uint l_26 = l_20 << uint(13);
const uint l_27 = l_25 | l_26;
const float l_28 = reinterpret_cast<thread float const&>(l_27);
const float l_29 = float(l_20);
const float l_30 = l_29 * float(5.960464477539063e-8);
const bool l_31 = l_17 == uint(0);
const float l_32 = -l_30;
const float l_33 = (l_31) ? l_30 : l_32;
const bool l_34 = l_19 == uint(0);
const float l_35 = (l_34) ? l_33 : l_28;
const int l_36 = int(l_7);
buffer_1[l_3] = l_35;
}

}
