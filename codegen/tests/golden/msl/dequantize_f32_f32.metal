
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
const uint l_8 = l_6 * uint(4);
const uint l_9 = uint(0) + l_8;
const uint l_10 = l_9 / uint(4);
const uint l_11 = buffer_0[l_10];
const float l_12 = reinterpret_cast<thread float const&>(l_11);
const int l_13 = int(l_7);
buffer_1[l_3] = l_12;
}

}
