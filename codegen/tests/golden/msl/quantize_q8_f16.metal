
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
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
float l_arr_9[4];

float l_mut_10;
uint l_mut_40;
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
const half l_12 = buffer_0[l_11];
const float l_13 = float(l_12);
l_arr_9[uint(0)] = l_13;
const float l_14 = l_arr_9[uint(0)];
const float l_15 = abs(l_14);
const float l_16 = max(l_mut_10, l_15);
l_mut_10 = l_16;
const uint l_17 = l_8 + uint(1);
const half l_18 = buffer_0[l_17];
const float l_19 = float(l_18);
l_arr_9[uint(1)] = l_19;
const float l_20 = l_arr_9[uint(1)];
const float l_21 = abs(l_20);
const float l_22 = max(l_mut_10, l_21);
l_mut_10 = l_22;
const uint l_23 = l_8 + uint(2);
const half l_24 = buffer_0[l_23];
const float l_25 = float(l_24);
l_arr_9[uint(2)] = l_25;
const float l_26 = l_arr_9[uint(2)];
const float l_27 = abs(l_26);
const float l_28 = max(l_mut_10, l_27);
l_mut_10 = l_28;
const uint l_29 = l_8 + uint(3);
const half l_30 = buffer_0[l_29];
const float l_31 = float(l_30);
l_arr_9[uint(3)] = l_31;
const float l_32 = l_arr_9[uint(3)];
const float l_33 = abs(l_32);
const float l_34 = max(l_mut_10, l_33);
l_mut_10 = l_34;
const float l_35 = float {simd_max(l_mut_10)
};
const float l_36 = l_35 / float(127.0);
const bool l_37 = l_36 > float(0.0);
const float l_38 = float(1.0) / l_36;
const float l_39 = (l_37) ? l_38 : float(0.0);
l_mut_40 = uint(0);
const float l_41 = l_arr_9[uint(0)];
const float l_42 = l_41 * l_39;
const float l_43 = rint(l_42);
const int l_44 = int(l_43);
const uint l_45 = uint(l_44);
const uint l_46 = l_45 & uint(255);
const uint l_47 = l_46 << uint(0);
l_mut_40 = l_mut_40 | l_47;
const float l_48 = l_arr_9[uint(1)];
const float l_49 = l_48 * l_39;
const float l_50 = rint(l_49);
const int l_51 = int(l_50);
const uint l_52 = uint(l_51);
const uint l_53 = l_52 & uint(255);
const uint l_54 = l_53 << uint(8);
l_mut_40 = l_mut_40 | l_54;
const float l_55 = l_arr_9[uint(2)];
const float l_56 = l_55 * l_39;
const float l_57 = rint(l_56);
const int l_58 = int(l_57);
const uint l_59 = uint(l_58);
const uint l_60 = l_59 & uint(255);
const uint l_61 = l_60 << uint(16);
l_mut_40 = l_mut_40 | l_61;
const float l_62 = l_arr_9[uint(3)];
const float l_63 = l_62 * l_39;
const float l_64 = rint(l_63);
const int l_65 = int(l_64);
const uint l_66 = uint(l_65);
const uint l_67 = l_66 & uint(255);
const uint l_68 = l_67 << uint(24);
l_mut_40 = l_mut_40 | l_68;
const uint l_69 = l_1 / l_2;
const uint l_70 = l_69 % info.scalars_uint[1];
const uint l_71 = l_69 / info.scalars_uint[1];
const uint l_72 = l_71 * l_2;
const uint l_73 = l_1 % l_2;
const uint l_74 = l_72 + l_73;
const uint l_75 = l_74 * uint(8);
const uint l_76 = l_75 + thread_pos_in_threadgroup.x;
const uint l_77 = l_76 * info.scalars_uint[1];
const uint l_78 = l_77 + l_70;
buffer_1[l_78] = l_mut_40;
const bool l_79 = thread_pos_in_threadgroup.x == uint(0);
if (l_79) {
const uint l_80 = l_74 * info.scalars_uint[1];
const uint l_81 = l_80 + l_70;
buffer_2[l_81] = l_36;
}
}

}
