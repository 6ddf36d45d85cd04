
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
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
float l_arr_9[4];

float l_mut_10;
uint l_mut_36;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.scalars_uint[0] / uint(32);
const uint l_3 = l_1 * uint(32);
const uint l_4 = info.static_meta[uint(3)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_1 * uint(32);
const uint l_7 = thread_pos_in_threadgroup.x * uint(4);
const uint l_8 = l_6 + l_7;
l_mut_10 = float(0.0);
const uint l_11 = l_8 + uint(0);
const float l_12 = buffer_0[l_11];
l_arr_9[uint(0)] = l_12;
const float l_13 = l_arr_9[uint(0)];
const float l_14 = abs(l_13);
const float l_15 = max(l_mut_10, l_14);
l_mut_10 = l_15;
const uint l_16 = l_8 + uint(1);
const float l_17 = buffer_0[l_16];
l_arr_9[uint(1)] = l_17;
const float l_18 = l_arr_9[uint(1)];
const float l_19 = abs(l_18);
const float l_20 = max(l_mut_10, l_19);
l_mut_10 = l_20;
const uint l_21 = l_8 + uint(2);
const float l_22 = buffer_0[l_21];
l_arr_9[uint(2)] = l_22;
const float l_23 = l_arr_9[uint(2)];
const float l_24 = abs(l_23);
const float l_25 = max(l_mut_10, l_24);
l_mut_10 = l_25;
const uint l_26 = l_8 + uint(3);
const float l_27 = buffer_0[l_26];
l_arr_9[uint(3)] = l_27;
const float l_28 = l_arr_9[uint(3)];
const float l_29 = abs(l_28);
const float l_30 = max(l_mut_10, l_29);
l_mut_10 = l_30;
const float l_31 = float {simd_max(l_mut_10)
};
const float l_32 = l_31 / float(127.0);
const bool l_33 = l_32 > float(0.0);
const float l_34 = float(1.0) / l_32;
const float l_35 = (l_33) ? l_34 : float(0.0);
l_mut_36 = uint(0);
const float l_37 = l_arr_9[uint(0)];
const float l_38 = l_37 * l_35;
const float l_39 = rint(l_38);
const int l_40 = int(l_39);
const uint l_41 = uint(l_40);
const uint l_42 = l_41 & uint(255);
const uint l_43 = l_42 << uint(0);
l_mut_36 = l_mut_36 | l_43;
const float l_44 = l_arr_9[uint(1)];
const float l_45 = l_44 * l_35;
const float l_46 = rint(l_45);
const int l_47 = int(l_46);
const uint l_48 = uint(l_47);
const uint l_49 = l_48 & uint(255);
const uint l_50 = l_49 << uint(8);
l_mut_36 = l_mut_36 | l_50;
const float l_51 = l_arr_9[uint(2)];
const float l_52 = l_51 * l_35;
const float l_53 = rint(l_52);
const int l_54 = int(l_53);
const uint l_55 = uint(l_54);
const uint l_56 = l_55 & uint(255);
const uint l_57 = l_56 << uint(16);
l_mut_36 = l_mut_36 | l_57;
const float l_58 = l_arr_9[uint(3)];
const float l_59 = l_58 * l_35;
const float l_60 = rint(l_59);
const int l_61 = int(l_60);
const uint l_62 = uint(l_61);
const uint l_63 = l_62 & uint(255);
const uint l_64 = l_63 << uint(24);
l_mut_36 = l_mut_36 | l_64;
const uint l_65 = l_1 / l_2;
const uint l_66 = l_65 % info.scalars_uint[1];
const uint l_67 = l_65 / info.scalars_uint[1];
const uint l_68 = l_67 * l_2;
const uint l_69 = l_1 % l_2;
const uint l_70 = l_68 + l_69;
const uint l_71 = l_70 * uint(8);
const uint l_72 = l_71 + thread_pos_in_threadgroup.x;
const uint l_73 = l_72 * info.scalars_uint[1];
const uint l_74 = l_73 + l_66;
buffer_1[l_74] = l_mut_36;
const bool l_75 = thread_pos_in_threadgroup.x == uint(0);
if (l_75) {
const uint l_76 = l_70 * info.scalars_uint[1];
const uint l_77 = l_76 + l_66;
buffer_2[l_77] = l_32;
}
}

}
