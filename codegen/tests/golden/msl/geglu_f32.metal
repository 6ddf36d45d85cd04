
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint static_meta[6];
};

/// Metal has a weird numerical behaviour with tanh for inputs over 43.0
inline float safe_tanh_scalar(float x) {
    if (x > 43.0) {
        return 1.0;
    } else {
        return tanh(x);
    }
}
inline float safe_tanh(float x) {
    return safe_tanh_scalar(x);
}

[[kernel]]
void glu_f_f32(
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
const float l_7 = float(0.7978845834732056) * l_6;
const float l_8 = float(0.044714998453855515) * l_6;
const float l_9 = l_8 * l_6;
const float l_10 = float(1.0) + l_9;
const float l_11 = l_7 * l_10;
const float l_12 = float(0.5) * l_6;
const float l_13 = safe_tanh_scalar(l_11);
const float l_14 = float(1.0) + l_13;
const float l_15 = l_12 * l_14;
const float l_16 = buffer_1[l_3];
const float l_17 = l_15 * l_16;
buffer_2[l_3] = l_17;
}

}
