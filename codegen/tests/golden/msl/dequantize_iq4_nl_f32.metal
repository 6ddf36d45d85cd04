
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
const int arrays_43[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
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
const uint l_15 = l_6 * uint(16);
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
const int l_44 = int(l_7);
const uint l_45 = l_16 + uint(0);
const uint l_46 = uint(l_44);
const uint l_47 = l_46 / uint(32);
const uint l_48 = l_47 * uint(16);
const uint l_49 = l_45 + l_48;
const uint l_50 = l_46 % uint(16);
const uint l_51 = l_49 + l_50;
const uint l_52 = l_46 / uint(16);
const uint l_53 = l_52 % uint(2);
const uint l_54 = l_53 * uint(4);
const uint l_55 = l_51 / uint(4);
const uint l_56 = buffer_0[l_55];
const uint l_57 = l_51 % uint(4);
const uint l_58 = l_57 * uint(8);
const uint l_59 = l_58 + l_54;
const uint l_60 = l_56 >> l_59;
const uint l_61 = l_60 & uint(15);
const int l_62 = int(l_61);
const uint l_63 = uint(l_62);
const int l_64 = arrays_43[l_63];
const float l_65 = float(l_64);
const float l_66 = l_42 * l_65;
buffer_1[l_3] = l_66;
}

}
