
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[4];uint static_meta[4];
};

[[kernel]]
void rope_f_f32(
    device float * buffer_0 [[buffer(0)]],
    const device uint * buffer_1 [[buffer(1)]],
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
const uint l_4 = info.scalars_uint[2] / uint(2);
const uint l_5 = info.scalars_uint[0] * l_4;
const uint l_6 = info.static_meta[uint(3)];
const uint l_7 = l_6 * l_5;
const bool l_8 = l_3 < l_7;
if (l_8) {
const uint l_9 = l_3 / l_5;
const uint l_10 = l_3 % l_4;
const uint l_11 = buffer_1[l_9];
const float l_12 = float(l_11);
const float l_13 = float(l_10);
const float l_14 = pow(info.scalars_float[0], float(l_13));
const float l_15 = l_12 * l_14;
const float l_16 = l_15 * info.scalars_float[1];
const float l_17 = sin(l_16);
const float l_18 = cos(l_16);
const uint l_19 = l_3 % l_5;
const uint l_20 = l_19 / l_4;
const uint l_21 = l_9 * info.scalars_uint[0];
const uint l_22 = l_21 + l_20;
const uint l_23 = l_22 * info.scalars_uint[1];
const uint l_24 = l_23 + l_10;
const uint l_25 = l_23 + l_10;
const uint l_26 = l_25 + l_4;
const float l_27 = buffer_0[l_24];
const float l_28 = buffer_0[l_26];
const float l_29 = l_27 * l_18;
const float l_30 = l_28 * l_17;
const float l_31 = l_29 - l_30;
buffer_0[l_24] = l_31;
const float l_32 = l_27 * l_17;
const float l_33 = l_28 * l_18;
const float l_34 = l_32 + l_33;
buffer_0[l_26] = l_34;
}

}
