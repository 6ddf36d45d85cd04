
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void embedding_f_(
    const device uint * buffer_0 [[buffer(0)]],
    const device uint * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
const int arrays_49[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(5)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / info.scalars_uint[1];
const uint l_7 = buffer_1[l_6];
const uint l_8 = l_3 % info.scalars_uint[1];
const uint l_9 = info.scalars_uint[1] / uint(32);
const uint l_10 = l_7 * l_9;
const uint l_11 = l_8 / uint(32);
const uint l_12 = l_10 + l_11;
const uint l_13 = l_8 % uint(32);
const uint l_14 = l_12 * uint(2);
const uint l_15 = uint(0) + l_14;
const uint l_16 = info.scalars_uint[0] * uint(2);
const uint l_17 = l_16 + uint(3);
const uint l_18 = l_17 / uint(4);
const uint l_19 = l_18 * uint(4);
const uint l_20 = uint(0) + l_19;
const uint l_21 = l_12 * uint(16);
const uint l_22 = l_20 + l_21;
const uint l_23 = l_15 / uint(4);
const uint l_24 = buffer_0[l_23];
const uint l_25 = l_15 % uint(4);
const uint l_26 = l_25 * uint(8);
const uint l_27 = l_24 >> l_26;
const uint l_28 = l_27 & uint(65535);
const uint l_29 = l_28 & uint(32768);
const uint l_30 = l_29 << uint(16);
const uint l_31 = l_28 >> uint(10);
const uint l_32 = l_31 & uint(31);
const uint l_33 = l_28 & uint(1023);
const bool l_34 = l_32 == uint(31);
const uint l_35 = l_32 + uint(112);
const uint l_36 = (l_34) ? uint(255) : l_35;
const uint l_37 = l_36 << uint(23);
const uint l_38 = l_30 | l_37;
const uint l_39 = l_33 << uint(13);
const uint l_40 = l_38 | l_39;
const float l_41 = reinterpret_cast<thread float const&>(l_40);
const float l_42 = float(l_33);
const float l_43 = l_42 * float(5.960464477539063e-8);
const bool l_44 = l_30 == uint(0);
const float l_45 = -l_43;
const float l_46 = (l_44) ? l_43 : l_45;
const bool l_47 = l_32 == uint(0);
const float l_48 = (l_47) ? l_46 : l_41;
const int l_50 = int(l_13);
const uint l_51 = l_22 + uint(0);
const uint l_52 = uint(l_50);
const uint l_53 = l_52 / uint(32);
const uint l_54 = l_53 * uint(16);
const uint l_55 = l_51 + l_54;
const uint l_56 = l_52 % uint(16);
const uint l_57 = l_55 + l_56;
const uint l_58 = l_52 / uint(16);
const uint l_59 = l_58 % uint(2);
const uint l_60 = l_59 * uint(4);
const uint l_61 = l_57 / uint(4);
const uint l_62 = buffer_0[l_61];
const uint l_63 = l_57 % uint(4);
const uint l_64 = l_63 * uint(8);
const uint l_65 = l_64 + l_60;
const uint l_66 = l_62 >> l_65;
const uint l_67 = l_66 & uint(15);
const int l_68 = int(l_67);
const uint l_69 = uint(l_68);
const int l_70 = arrays_49[l_69];
const float l_71 = float(l_70);
const float l_72 = l_48 * l_71;
const half l_73 = half(l_72);
buffer_2[l_3] = l_73;
}

}
