
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void embedding_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device uint * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
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
const uint l_21 = l_12 * uint(2);
const uint l_22 = l_20 + l_21;
const uint l_23 = info.scalars_uint[0] * uint(2);
const uint l_24 = l_23 + uint(3);
const uint l_25 = l_24 / uint(4);
const uint l_26 = l_25 * uint(4);
const uint l_27 = uint(0) + l_26;
const uint l_28 = info.scalars_uint[0] * uint(2);
const uint l_29 = l_28 + uint(3);
const uint l_30 = l_29 / uint(4);
const uint l_31 = l_30 * uint(4);
const uint l_32 = l_27 + l_31;
const uint l_33 = l_12 * uint(4);
const uint l_34 = l_32 + l_33;
const uint l_35 = info.scalars_uint[0] * uint(2);
const uint l_36 = l_35 + uint(3);
const uint l_37 = l_36 / uint(4);
const uint l_38 = l_37 * uint(4);
const uint l_39 = uint(0) + l_38;
const uint l_40 = info.scalars_uint[0] * uint(2);
const uint l_41 = l_40 + uint(3);
const uint l_42 = l_41 / uint(4);
const uint l_43 = l_42 * uint(4);
const uint l_44 = l_39 + l_43;
const uint l_45 = info.scalars_uint[0] * uint(4);
const uint l_46 = l_45 + uint(3);
const uint l_47 = l_46 / uint(4);
const uint l_48 = l_47 * uint(4);
const uint l_49 = l_44 + l_48;
const uint l_50 = l_12 * uint(16);
const uint l_51 = l_49 + l_50;
const uint l_52 = l_15 / uint(4);
const uint l_53 = buffer_0[l_52];
const uint l_54 = l_15 % uint(4);
const uint l_55 = l_54 * uint(8);
const uint l_56 = l_53 >> l_55;
const uint l_57 = l_56 & uint(65535);
const uint l_58 = l_57 & uint(32768);
const uint l_59 = l_58 << uint(16);
const uint l_60 = l_57 >> uint(10);
const uint l_61 = l_60 & uint(31);
const uint l_62 = l_57 & uint(1023);
const bool l_63 = l_61 == uint(31);
const uint l_64 = l_61 + uint(112);
const uint l_65 = (l_63) ? uint(255) : l_64;
const uint l_66 = l_65 << uint(23);
const uint l_67 = l_59 | l_66;
const uint l_68 = l_62 << uint(13);
const uint l_69 = l_67 | l_68;
const float l_70 = reinterpret_cast<thread float const&>(l_69);
const float l_71 = float(l_62);
const float l_72 = l_71 * float(5.960464477539063e-8);
const bool l_73 = l_59 == uint(0);
const float l_74 = -l_72;
const float l_75 = (l_73) ? l_72 : l_74;
const bool l_76 = l_61 == uint(0);
const float l_77 = (l_76) ? l_75 : l_70;
const uint l_78 = l_22 / uint(4);
const uint l_79 = buffer_0[l_78];
const uint l_80 = l_22 % uint(4);
const uint l_81 = l_80 * uint(8);
const uint l_82 = l_79 >> l_81;
const uint l_83 = l_82 & uint(65535);
const uint l_84 = l_83 & uint(32768);
const uint l_85 = l_84 << uint(16);
const uint l_86 = l_83 >> uint(10);
const uint l_87 = l_86 & uint(31);
const uint l_88 = l_83 & uint(1023);
const bool l_89 = l_87 == uint(31);
const uint l_90 = l_87 + uint(112);
const uint l_91 = (l_89) ? uint(255) : l_90;
const uint l_92 = l_91 << uint(23);
const uint l_93 = l_85 | l_92;
const uint l_94 = l_88 << uint(13);
const uint l_95 = l_93 | l_94;
const float l_96 = reinterpret_cast<thread float const&>(l_95);
const float l_97 = float(l_88);
const float l_98 = l_97 * float(5.960464477539063e-8);
const bool l_99 = l_85 == uint(0);
const float l_100 = -l_98;
const float l_101 = (l_99) ? l_98 : l_100;
const bool l_102 = l_87 == uint(0);
const float l_103 = (l_102) ? l_101 : l_96;
const int l_104 = int(l_13);
const uint l_105 = l_51 + uint(0);
const uint l_106 = uint(l_104);
const uint l_107 = l_106 / uint(32);
const uint l_108 = l_107 * uint(16);
const uint l_109 = l_105 + l_108;
const uint l_110 = l_106 % uint(16);
const uint l_111 = l_109 + l_110;
const uint l_112 = l_106 / uint(16);
const uint l_113 = l_112 % uint(2);
const uint l_114 = l_113 * uint(4);
const uint l_115 = l_111 / uint(4);
const uint l_116 = buffer_0[l_115];
const uint l_117 = l_111 % uint(4);
const uint l_118 = l_117 * uint(8);
const uint l_119 = l_118 + l_114;
const uint l_120 = l_116 >> l_119;
const uint l_121 = l_120 & uint(15);
const int l_122 = int(l_121);
const uint l_123 = l_34 + uint(0);
const uint l_124 = uint(l_104);
const uint l_125 = l_124 / uint(8);
const uint l_126 = l_125 * uint(1);
const uint l_127 = l_123 + l_126;
const uint l_128 = l_124 % uint(1);
const uint l_129 = l_127 + l_128;
const uint l_130 = l_124 / uint(1);
const uint l_131 = l_130 % uint(8);
const uint l_132 = l_131 * uint(1);
const uint l_133 = l_129 / uint(4);
const uint l_134 = buffer_0[l_133];
const uint l_135 = l_129 % uint(4);
const uint l_136 = l_135 * uint(8);
const uint l_137 = l_136 + l_132;
const uint l_138 = l_134 >> l_137;
const uint l_139 = l_138 & uint(1);
const int l_140 = int(l_139);
const uint l_141 = uint(l_140);
const uint l_142 = uint(int(4));
const uint l_143 = l_141 << l_142;
const int l_144 = int(l_143);
const int l_145 = l_122 | l_144;
const float l_146 = float(l_145);
const float l_147 = l_77 * l_146;
const float l_148 = l_147 + l_103;
buffer_2[l_3] = l_148;
}

}
