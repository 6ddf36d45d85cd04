
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint static_meta[6];
};

[[kernel]]
void binary_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
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
const float l_6 = buffer_0[l_3];
const uint l_7 = info.static_meta[uint(4)];
const uint l_8 = l_3 % l_7;
const float l_9 = buffer_1[l_8];
const float l_10 = l_6 * l_9;
buffer_2[l_3] = l_10;
}

}
