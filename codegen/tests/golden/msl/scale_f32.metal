
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];uint static_meta[4];
};

[[kernel]]
void scale_f_f32(
    const device float * buffer_0 [[buffer(0)]],
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
const float l_6 = buffer_0[l_3];
const float l_7 = l_6 * info.scalars_float[0];
buffer_1[l_3] = l_7;
}

}
