
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint static_meta[8];
};

[[kernel]]
void quantize_q8_f_f32(
    const device float * buffer_0 [[buffer(0)]],
    device uint * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    device int * buffer_3 [[buffer(3)]],
    constant info_st& info [[buffer(4)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
float l_arr_8[4];

float l_mut_9;
int l_mut_36;
uint l_mut_35;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * uint(32);
const uint l_3 = info.static_meta[uint(4)];
const bool l_4 = l_2 < l_3;
if (l_4) {
const uint l_5 = l_1 * uint(32);
const uint l_6 = thread_pos_in_threadgroup.x * uint(4);
const uint l_7 = l_5 + l_6;
l_mut_9 = float(0.0);
const uint l_10 = l_7 + uint(0);
const float l_11 = buffer_0[l_10];
l_arr_8[uint(0)] = l_11;
const float l_12 = l_arr_8[uint(0)];
const float l_13 = abs(l_12);
const float l_14 = max(l_mut_9, l_13);
l_mut_9 = l_14;
const uint l_15 = l_7 + uint(1);
const float l_16 = buffer_0[l_15];
l_arr_8[uint(1)] = l_16;
const float l_17 = l_arr_8[uint(1)];
const float l_18 = abs(l_17);
const float l_19 = max(l_mut_9, l_18);
l_mut_9 = l_19;
const uint l_20 = l_7 + uint(2);
const float l_21 = buffer_0[l_20];
l_arr_8[uint(2)] = l_21;
const float l_22 = l_arr_8[uint(2)];
const float l_23 = abs(l_22);
const float l_24 = max(l_mut_9, l_23);
l_mut_9 = l_24;
const uint l_25 = l_7 + uint(3);
const float l_26 = buffer_0[l_25];
l_arr_8[uint(3)] = l_26;
const float l_27 = l_arr_8[uint(3)];
const float l_28 = abs(l_27);
const float l_29 = max(l_mut_9, l_28);
l_mut_9 = l_29;
const float l_30 = float {simd_max(l_mut_9)
};
const float l_31 = l_30 / float(127.0);
const bool l_32 = l_31 > float(0.0);
const float l_33 = float(1.0) / l_31;
const float l_34 = (l_32) ? l_33 : float(0.0);
l_mut_35 = uint(0);
l_mut_36 = int(0);
const float l_37 = l_arr_8[uint(0)];
const float l_38 = l_37 * l_34;
const float l_39 = rint(l_38);
const int l_40 = int(l_39);
const uint l_41 = uint(l_40);
const uint l_42 = l_41 & uint(255);
const uint l_43 = l_42 << uint(0);
l_mut_35 = l_mut_35 | l_43;
l_mut_36 = l_mut_36 + l_40;
const float l_44 = l_arr_8[uint(1)];
const float l_45 = l_44 * l_34;
const float l_46 = rint(l_45);
const int l_47 = int(l_46);
const uint l_48 = uint(l_47);
const uint l_49 = l_48 & uint(255);
const uint l_50 = l_49 << uint(8);
l_mut_35 = l_mut_35 | l_50;
l_mut_36 = l_mut_36 + l_47;
const float l_51 = l_arr_8[uint(2)];
const float l_52 = l_51 * l_34;
const float l_53 = rint(l_52);
const int l_54 = int(l_53);
const uint l_55 = uint(l_54);
const uint l_56 = l_55 & uint(255);
const uint l_57 = l_56 << uint(16);
l_mut_35 = l_mut_35 | l_57;
l_mut_36 = l_mut_36 + l_54;
const float l_58 = l_arr_8[uint(3)];
const float l_59 = l_58 * l_34;
const float l_60 = rint(l_59);
const int l_61 = int(l_60);
const uint l_62 = uint(l_61);
const uint l_63 = l_62 & uint(255);
const uint l_64 = l_63 << uint(24);
l_mut_35 = l_mut_35 | l_64;
l_mut_36 = l_mut_36 + l_61;
const bool l_65 = thread_pos_in_threadgroup.x < uint(4);
const int l_66 = (l_65) ? l_mut_36 : int(0);
const int l_67 = int {simd_sum(l_66)
};
const bool l_68 = thread_pos_in_threadgroup.x < uint(4);
const int l_69 = (l_68) ? int(0) : l_mut_36;
const int l_70 = int {simd_sum(l_69)
};
const uint l_71 = l_1 * uint(8);
const uint l_72 = l_71 + thread_pos_in_threadgroup.x;
buffer_1[l_72] = l_mut_35;
const bool l_73 = thread_pos_in_threadgroup.x == uint(0);
if (l_73) {
buffer_2[l_1] = l_31;
const uint l_74 = l_1 * uint(2);
buffer_3[l_74] = l_67;
const uint l_75 = l_1 * uint(2);
const uint l_76 = l_75 + uint(1);
buffer_3[l_76] = l_70;
}
}

}
