
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void matvec_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[256];
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_72 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
const int arrays_46[16] = {int(-127),int(-104),int(-83),int(-65),int(-49),int(-35),int(-22),int(-10),int(1),int(13),int(25),int(38),int(53),int(69),int(89),int(113),};
float l_mut_6;
uint l_mut_74;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = info.scalars_uint[1] / uint(32);
const uint l_5 = l_1 * l_4;
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[1]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_mut_7 / uint(32);
const uint l_9 = l_5 + l_8;
const uint l_10 = l_mut_7 % uint(32);
const uint l_11 = l_9 * uint(2);
const uint l_12 = uint(0) + l_11;
const uint l_13 = info.scalars_uint[0] * uint(2);
const uint l_14 = l_13 + uint(3);
const uint l_15 = l_14 / uint(4);
const uint l_16 = l_15 * uint(4);
const uint l_17 = uint(0) + l_16;
const uint l_18 = l_9 * uint(16);
const uint l_19 = l_17 + l_18;
const uint l_20 = l_12 / uint(4);
const uint l_21 = buffer_0[l_20];
const uint l_22 = l_12 % uint(4);
const uint l_23 = l_22 * uint(8);
const uint l_24 = l_21 >> l_23;
const uint l_25 = l_24 & uint(65535);
const uint l_26 = l_25 & uint(32768);
const uint l_27 = l_26 << uint(16);
const uint l_28 = l_25 >> uint(10);
const uint l_29 = l_28 & uint(31);
const uint l_30 = l_25 & uint(1023);
const bool l_31 = l_29 == uint(31);
const uint l_32 = l_29 + uint(112);
const uint l_33 = (l_31) ? uint(255) : l_32;
const uint l_34 = l_33 << uint(23);
const uint l_35 = l_27 | l_34;
const uint l_36 = l_30 << uint(13);
const uint l_37 = l_35 | l_36;
const float l_38 = reinterpret_cast<thread float const&>(l_37);
const float l_39 = float(l_30);
const float l_40 = l_39 * float(5.960464477539063e-8);
const bool l_41 = l_27 == uint(0);
const float l_42 = -l_40;
const float l_43 = (l_41) ? l_40 : l_42;
const bool l_44 = l_29 == uint(0);
const float l_45 = (l_44) ? l_43 : l_38;
const int l_47 = int(l_10);
const uint l_48 = l_19 + uint(0);
const uint l_49 = uint(l_47);
const uint l_50 = l_49 / uint(32);
const uint l_51 = l_50 * uint(16);
const uint l_52 = l_48 + l_51;
const uint l_53 = l_49 % uint(16);
const uint l_54 = l_52 + l_53;
const uint l_55 = l_49 / uint(16);
const uint l_56 = l_55 % uint(2);
const uint l_57 = l_56 * uint(4);
const uint l_58 = l_54 / uint(4);
const uint l_59 = buffer_0[l_58];
const uint l_60 = l_54 % uint(4);
const uint l_61 = l_60 * uint(8);
const uint l_62 = l_61 + l_57;
const uint l_63 = l_59 >> l_62;
const uint l_64 = l_63 & uint(15);
const int l_65 = int(l_64);
const uint l_66 = uint(l_65);
const int l_67 = arrays_46[l_66];
const float l_68 = float(l_67);
const float l_69 = l_45 * l_68;
const float l_70 = buffer_1[l_mut_7];
const float l_71 = l_69 * l_70;
l_mut_6 = l_mut_6 + l_71;
}
shared_memory_72[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_73 = threads_per_threadgroup.x / uint(2);
l_mut_74 = l_73;
while (true) {
const bool l_75 = l_mut_74 > uint(0);
const bool l_76 = !l_75;
if (l_76) {
break;}
const bool l_77 = thread_pos_in_threadgroup.x < l_mut_74;
if (l_77) {
const uint l_78 = thread_pos_in_threadgroup.x + l_mut_74;
const float l_79 = shared_memory_72[l_78];
const float l_80 = shared_memory_72[thread_pos_in_threadgroup.x];
const float l_81 = l_80 + l_79;
shared_memory_72[thread_pos_in_threadgroup.x] = l_81;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_74 = l_mut_74 / uint(2);
}
const float l_82 = shared_memory_72[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_83 = thread_pos_in_threadgroup.x == uint(0);
if (l_83) {
buffer_2[l_1] = l_82;
}
}

}
