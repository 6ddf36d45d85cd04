
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void embedding_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device uint * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(5)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / info.scalars_uint[1];
const uint l_7 = buffer_1[l_6];
const uint l_8 = l_3 % info.scalars_uint[1];
const uint l_9 = info.scalars_uint[1] / uint(1);
const uint l_10 = l_7 * l_9;
const uint l_11 = l_8 / uint(1);
const uint l_12 = l_10 + l_11;
const uint l_13 = l_8 % uint(1);
const uint l_14 = l_12 * uint(2);
const uint l_15 = uint(0) + l_14;
const uint l_16 = l_15 / uint(4);
const uint l_17 = buffer_0[l_16];
const uint l_18 = l_15 % uint(4);
const uint l_19 = l_18 * uint(8);
const uint l_20 = l_17 >> l_19;
const uint l_21 = l_20 & uint(65535);
const uint l_22 = l_21 & uint(32768);
const uint l_23 = l_22 << uint(16);
const uint l_24 = l_21 >> uint(10);
const uint l_25 = l_24 & uint(31);
const uint l_26 = l_21 & uint(1023);
const bool l_27 = l_25 == uint(31);
const uint l_28 = l_25 + uint(112);
const uint l_29 = (l_27) ? uint(255) : l_28;
const uint l_30 = l_29 << uint(23);
const uint l_31 = l_23 | l_30;
const uint l_32 = l_26 << uint(13);
const uint l_33 = l_31 | l_32;
const float l_34 = reinterpret_cast<thread float const&>(l_33);
const float l_35 = float(l_26);
const float l_36 = l_35 * float(5.960464477539063e-8);
const bool l_37 = l_23 == uint(0);
const float l_38 = -l_36;
const float l_39 = (l_37) ? l_36 : l_38;
const bool l_40 = l_25 == uint(0);
const float l_41 = (l_40) ? l_39 : l_34;
const int l_42 = int(l_13);
buffer_2[l_3] = l_41;
}

}
