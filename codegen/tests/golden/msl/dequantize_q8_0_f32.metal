
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
const uint l_6 = l_3 / uint(32);
const uint l_7 = l_3 % uint(32);
const uint l_8 = l_6 * uint(2);
const uint l_9 = uint(0) + l_8;
const uint l_10 = info.scalars_uint[0] * uint(2);
const uint l_11 = l_10 + uint(3);
const uint l_12 = l_11 / uint(4);
const uint l_13 = l_12 * uint(4);
const uint l_14 = uint(0) + l_13;
const uint l_15 = l_6 * uint(32);
const uint l_16 = l_14 + l_15;
const uint l_17 = l_9 / uint(4);
const uint l_18 = buffer_0[l_17];
const uint l_19 = l_9 % uint(4);
const uint l_20 = l_19 * uint(8);
const uint l_21 = l_18 >> l_20;
const uint l_22 = l_21 & uint(65535);
const uint l_23 = l_22 & uint(32768);
const uint l_24 = l_23 << uint(16);
const uint l_25 = l_22 >> uint(10);
const uint l_26 = l_25 & uint(31);
const uint l_27 = l_22 & uint(1023);
const bool l_28 = l_26 == uint(31);
const uint l_29 = l_26 + uint(112);
const uint l_30 = (l_28) ? uint(255) : l_29;
const uint l_31 = l_30 << uint(23);
const uint l_32 = l_24 | l_31;
const uint l_33 = l_27 << uint(13);
const uint l_34 = l_32 | l_33;
const float l_35 = reinterpret_cast<thread float const&>(l_34);
const float l_36 = float(l_27);
const float l_37 = l_36 * float(5.960464477539063e-8);
const bool l_38 = l_24 == uint(0);
const float l_39 = -l_37;
const float l_40 = (l_38) ? l_37 : l_39;
const bool l_41 = l_26 == uint(0);
const float l_42 = (l_41) ? l_40 : l_35;
const int l_43 = int(l_7);
const uint l_44 = l_16 + uint(0);
const uint l_45 = uint(l_43);
const uint l_46 = l_45 / uint(1);
const uint l_47 = l_46 * uint(1);
const uint l_48 = l_44 + l_47;
const uint l_49 = l_45 % uint(1);
const uint l_50 = l_48 + l_49;
const uint l_51 = l_45 / uint(1);
const uint l_52 = l_51 % uint(1);
const uint l_53 = l_52 * uint(8);
const uint l_54 = l_50 / uint(4);
const uint l_55 = buffer_0[l_54];
const uint l_56 = l_50 % uint(4);
const uint l_57 = l_56 * uint(8);
const uint l_58 = l_57 + l_53;
const uint l_59 = l_55 >> l_58;
const uint l_60 = l_59 & uint(255);
const int l_61 = int(l_60);
const int l_62 = l_61 ^ int(128);
const int l_63 = l_62 - int(128);
const float l_64 = float(l_63);
const float l_65 = l_42 * l_64;
buffer_1[l_3] = l_65;
}

}
