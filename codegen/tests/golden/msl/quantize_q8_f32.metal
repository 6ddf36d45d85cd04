
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint static_meta[6];
};

[[kernel]]
void quantize_q8_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    device uint * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
float l_arr_7[4];

float l_mut_8;
uint l_mut_34;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = l_1 * uint(32);
const uint l_5 = thread_pos_in_threadgroup.x * uint(4);
const uint l_6 = l_4 + l_5;
l_mut_8 = float(0.0);
const uint l_9 = l_6 + uint(0);
const float l_10 = buffer_0[l_9];
l_arr_7[uint(0)] = l_10;
const float l_11 = l_arr_7[uint(0)];
const float l_12 = abs(l_11);
const float l_13 = max(l_mut_8, l_12);
l_mut_8 = l_13;
const uint l_14 = l_6 + uint(1);
const float l_15 = buffer_0[l_14];
l_arr_7[uint(1)] = l_15;
const float l_16 = l_arr_7[uint(1)];
const float l_17 = abs(l_16);
const float l_18 = max(l_mut_8, l_17);
l_mut_8 = l_18;
const uint l_19 = l_6 + uint(2);
const float l_20 = buffer_0[l_19];
l_arr_7[uint(2)] = l_20;
const float l_21 = l_arr_7[uint(2)];
const float l_22 = abs(l_21);
const float l_23 = max(l_mut_8, l_22);
l_mut_8 = l_23;
const uint l_24 = l_6 + uint(3);
const float l_25 = buffer_0[l_24];
l_arr_7[uint(3)] = l_25;
const float l_26 = l_arr_7[uint(3)];
const float l_27 = abs(l_26);
const float l_28 = max(l_mut_8, l_27);
l_mut_8 = l_28;
const float l_29 = float {simd_max(l_mut_8)
};
const float l_30 = l_29 / float(127.0);
const bool l_31 = l_30 > float(0.0);
const float l_32 = float(1.0) / l_30;
const float l_33 = (l_31) ? l_32 : float(0.0);
l_mut_34 = uint(0);
const float l_35 = l_arr_7[uint(0)];
const float l_36 = l_35 * l_33;
const float l_37 = rint(l_36);
const int l_38 = int(l_37);
const uint l_39 = uint(l_38);
const uint l_40 = l_39 & uint(255);
const uint l_41 = l_40 << uint(0);
l_mut_34 = l_mut_34 | l_41;
const float l_42 = l_arr_7[uint(1)];
const float l_43 = l_42 * l_33;
const float l_44 = rint(l_43);
const int l_45 = int(l_44);
const uint l_46 = uint(l_45);
const uint l_47 = l_46 & uint(255);
const uint l_48 = l_47 << uint(8);
l_mut_34 = l_mut_34 | l_48;
const float l_49 = l_arr_7[uint(2)];
const float l_50 = l_49 * l_33;
const float l_51 = rint(l_50);
const int l_52 = int(l_51);
const uint l_53 = uint(l_52);
const uint l_54 = l_53 & uint(255);
const uint l_55 = l_54 << uint(16);
l_mut_34 = l_mut_34 | l_55;
const float l_56 = l_arr_7[uint(3)];
const float l_57 = l_56 * l_33;
const float l_58 = rint(l_57);
const int l_59 = int(l_58);
const uint l_60 = uint(l_59);
const uint l_61 = l_60 & uint(255);
const uint l_62 = l_61 << uint(24);
l_mut_34 = l_mut_34 | l_62;
const uint l_63 = l_1 * uint(8);
const uint l_64 = l_63 + thread_pos_in_threadgroup.x;
buffer_1[l_64] = l_mut_34;
const bool l_65 = thread_pos_in_threadgroup.x == uint(0);
if (l_65) {
buffer_2[l_1] = l_30;
}
}

}
