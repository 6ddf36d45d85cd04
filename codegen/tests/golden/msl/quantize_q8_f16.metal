
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint static_meta[8];
};

[[kernel]]
void quantize_q8_f_(
    const device half * buffer_0 [[buffer(0)]],
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
int l_mut_40;
uint l_mut_39;
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
const half l_11 = buffer_0[l_10];
const float l_12 = float(l_11);
l_arr_8[uint(0)] = l_12;
const float l_13 = l_arr_8[uint(0)];
const float l_14 = abs(l_13);
const float l_15 = max(l_mut_9, l_14);
l_mut_9 = l_15;
const uint l_16 = l_7 + uint(1);
const half l_17 = buffer_0[l_16];
const float l_18 = float(l_17);
l_arr_8[uint(1)] = l_18;
const float l_19 = l_arr_8[uint(1)];
const float l_20 = abs(l_19);
const float l_21 = max(l_mut_9, l_20);
l_mut_9 = l_21;
const uint l_22 = l_7 + uint(2);
const half l_23 = buffer_0[l_22];
const float l_24 = float(l_23);
l_arr_8[uint(2)] = l_24;
const float l_25 = l_arr_8[uint(2)];
const float l_26 = abs(l_25);
const float l_27 = max(l_mut_9, l_26);
l_mut_9 = l_27;
const uint l_28 = l_7 + uint(3);
const half l_29 = buffer_0[l_28];
const float l_30 = float(l_29);
l_arr_8[uint(3)] = l_30;
const float l_31 = l_arr_8[uint(3)];
const float l_32 = abs(l_31);
const float l_33 = max(l_mut_9, l_32);
l_mut_9 = l_33;
const float l_34 = float {simd_max(l_mut_9)
};
const float l_35 = l_34 / float(127.0);
const bool l_36 = l_35 > float(0.0);
const float l_37 = float(1.0) / l_35;
const float l_38 = (l_36) ? l_37 : float(0.0);
l_mut_39 = uint(0);
l_mut_40 = int(0);
const float l_41 = l_arr_8[uint(0)];
const float l_42 = l_41 * l_38;
const float l_43 = rint(l_42);
const int l_44 = int(l_43);
const uint l_45 = uint(l_44);
const uint l_46 = l_45 & uint(255);
const uint l_47 = l_46 << uint(0);
l_mut_39 = l_mut_39 | l_47;
l_mut_40 = l_mut_40 + l_44;
const float l_48 = l_arr_8[uint(1)];
const float l_49 = l_48 * l_38;
const float l_50 = rint(l_49);
const int l_51 = int(l_50);
const uint l_52 = uint(l_51);
const uint l_53 = l_52 & uint(255);
const uint l_54 = l_53 << uint(8);
l_mut_39 = l_mut_39 | l_54;
l_mut_40 = l_mut_40 + l_51;
const float l_55 = l_arr_8[uint(2)];
const float l_56 = l_55 * l_38;
const float l_57 = rint(l_56);
const int l_58 = int(l_57);
const uint l_59 = uint(l_58);
const uint l_60 = l_59 & uint(255);
const uint l_61 = l_60 << uint(16);
l_mut_39 = l_mut_39 | l_61;
l_mut_40 = l_mut_40 + l_58;
const float l_62 = l_arr_8[uint(3)];
const float l_63 = l_62 * l_38;
const float l_64 = rint(l_63);
const int l_65 = int(l_64);
const uint l_66 = uint(l_65);
const uint l_67 = l_66 & uint(255);
const uint l_68 = l_67 << uint(24);
l_mut_39 = l_mut_39 | l_68;
l_mut_40 = l_mut_40 + l_65;
const bool l_69 = thread_pos_in_threadgroup.x < uint(4);
const int l_70 = (l_69) ? l_mut_40 : int(0);
const int l_71 = int {simd_sum(l_70)
};
const bool l_72 = thread_pos_in_threadgroup.x < uint(4);
const int l_73 = (l_72) ? int(0) : l_mut_40;
const int l_74 = int {simd_sum(l_73)
};
const uint l_75 = l_1 * uint(8);
const uint l_76 = l_75 + thread_pos_in_threadgroup.x;
buffer_1[l_76] = l_mut_39;
const bool l_77 = thread_pos_in_threadgroup.x == uint(0);
if (l_77) {
buffer_2[l_1] = l_35;
const uint l_78 = l_1 * uint(2);
buffer_3[l_78] = l_71;
const uint l_79 = l_1 * uint(2);
const uint l_80 = l_79 + uint(1);
buffer_3[l_80] = l_74;
}
}

}
