
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint static_meta[6];
};

[[kernel]]
void quantize_q8_f_(
    const device half * buffer_0 [[buffer(0)]],
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
uint l_mut_38;
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
const half l_10 = buffer_0[l_9];
const float l_11 = float(l_10);
l_arr_7[uint(0)] = l_11;
const float l_12 = l_arr_7[uint(0)];
const float l_13 = abs(l_12);
const float l_14 = max(l_mut_8, l_13);
l_mut_8 = l_14;
const uint l_15 = l_6 + uint(1);
const half l_16 = buffer_0[l_15];
const float l_17 = float(l_16);
l_arr_7[uint(1)] = l_17;
const float l_18 = l_arr_7[uint(1)];
const float l_19 = abs(l_18);
const float l_20 = max(l_mut_8, l_19);
l_mut_8 = l_20;
const uint l_21 = l_6 + uint(2);
const half l_22 = buffer_0[l_21];
const float l_23 = float(l_22);
l_arr_7[uint(2)] = l_23;
const float l_24 = l_arr_7[uint(2)];
const float l_25 = abs(l_24);
const float l_26 = max(l_mut_8, l_25);
l_mut_8 = l_26;
const uint l_27 = l_6 + uint(3);
const half l_28 = buffer_0[l_27];
const float l_29 = float(l_28);
l_arr_7[uint(3)] = l_29;
const float l_30 = l_arr_7[uint(3)];
const float l_31 = abs(l_30);
const float l_32 = max(l_mut_8, l_31);
l_mut_8 = l_32;
const float l_33 = float {simd_max(l_mut_8)
};
const float l_34 = l_33 / float(127.0);
const bool l_35 = l_34 > float(0.0);
const float l_36 = float(1.0) / l_34;
const float l_37 = (l_35) ? l_36 : float(0.0);
l_mut_38 = uint(0);
const float l_39 = l_arr_7[uint(0)];
const float l_40 = l_39 * l_37;
const float l_41 = rint(l_40);
const int l_42 = int(l_41);
const uint l_43 = uint(l_42);
const uint l_44 = l_43 & uint(255);
const uint l_45 = l_44 << uint(0);
l_mut_38 = l_mut_38 | l_45;
const float l_46 = l_arr_7[uint(1)];
const float l_47 = l_46 * l_37;
const float l_48 = rint(l_47);
const int l_49 = int(l_48);
const uint l_50 = uint(l_49);
const uint l_51 = l_50 & uint(255);
const uint l_52 = l_51 << uint(8);
l_mut_38 = l_mut_38 | l_52;
const float l_53 = l_arr_7[uint(2)];
const float l_54 = l_53 * l_37;
const float l_55 = rint(l_54);
const int l_56 = int(l_55);
const uint l_57 = uint(l_56);
const uint l_58 = l_57 & uint(255);
const uint l_59 = l_58 << uint(16);
l_mut_38 = l_mut_38 | l_59;
const float l_60 = l_arr_7[uint(3)];
const float l_61 = l_60 * l_37;
const float l_62 = rint(l_61);
const int l_63 = int(l_62);
const uint l_64 = uint(l_63);
const uint l_65 = l_64 & uint(255);
const uint l_66 = l_65 << uint(24);
l_mut_38 = l_mut_38 | l_66;
const uint l_67 = l_1 * uint(8);
const uint l_68 = l_67 + thread_pos_in_threadgroup.x;
buffer_1[l_68] = l_mut_38;
const bool l_69 = thread_pos_in_threadgroup.x == uint(0);
if (l_69) {
buffer_2[l_1] = l_34;
}
}

}
