
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
float l_mut_65;
float l_mut_89;
int l_mut_142;
int l_mut_97;
uint l_mut_58;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * threads_per_threadgroup.x;
const uint l_3 = l_2 + thread_pos_in_threadgroup.x;
const uint l_4 = info.static_meta[uint(3)];
const bool l_5 = l_3 < l_4;
if (l_5) {
const uint l_6 = l_3 / uint(256);
const uint l_7 = l_3 % uint(256);
const uint l_8 = l_6 * uint(2);
const uint l_9 = uint(0) + l_8;
const uint l_10 = info.scalars_uint[0] * uint(2);
const uint l_11 = l_10 + uint(3);
const uint l_12 = l_11 / uint(4);
const uint l_13 = l_12 * uint(4);
const uint l_14 = uint(0) + l_13;
const uint l_15 = l_6 * uint(2);
const uint l_16 = l_14 + l_15;
const uint l_17 = info.scalars_uint[0] * uint(2);
const uint l_18 = l_17 + uint(3);
const uint l_19 = l_18 / uint(4);
const uint l_20 = l_19 * uint(4);
const uint l_21 = uint(0) + l_20;
const uint l_22 = info.scalars_uint[0] * uint(2);
const uint l_23 = l_22 + uint(3);
const uint l_24 = l_23 / uint(4);
const uint l_25 = l_24 * uint(4);
const uint l_26 = l_21 + l_25;
const uint l_27 = l_6 * uint(12);
const uint l_28 = l_26 + l_27;
const uint l_29 = info.scalars_uint[0] * uint(2);
const uint l_30 = l_29 + uint(3);
const uint l_31 = l_30 / uint(4);
const uint l_32 = l_31 * uint(4);
const uint l_33 = uint(0) + l_32;
const uint l_34 = info.scalars_uint[0] * uint(2);
const uint l_35 = l_34 + uint(3);
const uint l_36 = l_35 / uint(4);
const uint l_37 = l_36 * uint(4);
const uint l_38 = l_33 + l_37;
const uint l_39 = info.scalars_uint[0] * uint(12);
const uint l_40 = l_39 + uint(3);
const uint l_41 = l_40 / uint(4);
const uint l_42 = l_41 * uint(4);
const uint l_43 = l_38 + l_42;
const uint l_44 = l_6 * uint(128);
const uint l_45 = l_43 + l_44;
const uint l_46 = l_9 / uint(4);
const uint l_47 = buffer_0[l_46];
const uint l_48 = l_9 % uint(4);
const uint l_49 = l_48 * uint(8);
const uint l_50 = l_47 >> l_49;
const uint l_51 = l_50 & uint(65535);
const uint l_52 = l_51 & uint(32768);
const uint l_53 = l_52 << uint(16);
const uint l_54 = l_51 >> uint(10);
const uint l_55 = l_54 & uint(31);
const uint l_56 = l_51 & uint(1023);
const uint l_57 = l_55 + uint(112);
l_mut_58 = l_57;
const bool l_59 = l_55 == uint(31);
if (l_59) {
l_mut_58 = uint(255);
}
const uint l_60 = l_mut_58 << uint(23);
const uint l_61 = l_53 | l_60;
const uint l_62 = l_56 << uint(13);
const uint l_63 = l_61 | l_62;
const float l_64 = reinterpret_cast<thread float const&>(l_63);
l_mut_65 = l_64;
const bool l_66 = l_55 == uint(0);
if (l_66) {
const float l_67 = float(l_56);
const float l_68 = l_67 * float(5.960464477539063e-8);
const bool l_69 = l_53 == uint(0);
if (l_69) {
l_mut_65 = l_68;
} else {
const float l_70 = -l_68;
l_mut_65 = l_70;
}
}
const uint l_71 = l_16 / uint(4);
const uint l_72 = buffer_0[l_71];
const uint l_73 = l_16 % uint(4);
const uint l_74 = l_73 * uint(8);
const uint l_75 = l_72 >> l_74;
const uint l_76 = l_75 & uint(65535);
const uint l_77 = l_76 & uint(32768);
const uint l_78 = l_77 << uint(16);
const uint l_79 = l_76 >> uint(10);
const uint l_80 = l_79 & uint(31);
const uint l_81 = l_76 & uint(1023);
const uint l_82 = l_80 + uint(112);
l_mut_58 = l_82;
const bool l_83 = l_80 == uint(31);
if (l_83) {
l_mut_58 = uint(255);
}
const uint l_84 = l_mut_58 << uint(23);
const uint l_85 = l_78 | l_84;
const uint l_86 = l_81 << uint(13);
const uint l_87 = l_85 | l_86;
const float l_88 = reinterpret_cast<thread float const&>(l_87);
l_mut_89 = l_88;
const bool l_90 = l_80 == uint(0);
if (l_90) {
const float l_91 = float(l_81);
const float l_92 = l_91 * float(5.960464477539063e-8);
const bool l_93 = l_78 == uint(0);
if (l_93) {
l_mut_89 = l_92;
} else {
const float l_94 = -l_92;
l_mut_89 = l_94;
}
}
const int l_95 = int(l_7);
const int l_96 = l_95 / int(32);
l_mut_97 = int(0);
const bool l_98 = l_96 < int(4);
if (l_98) {
const uint l_99 = uint(l_96);
const uint l_100 = l_28 + l_99;
const uint l_101 = l_100 / uint(4);
const uint l_102 = buffer_0[l_101];
const uint l_103 = l_100 % uint(4);
const uint l_104 = l_103 * uint(8);
const uint l_105 = l_104 + uint(0);
const uint l_106 = l_102 >> l_105;
const uint l_107 = l_106 & uint(255);
const int l_108 = int(l_107);
const int l_109 = l_108 & int(63);
l_mut_97 = l_109;
} else {
const int l_110 = l_96 + int(4);
const uint l_111 = uint(l_110);
const uint l_112 = l_28 + l_111;
const uint l_113 = l_112 / uint(4);
const uint l_114 = buffer_0[l_113];
const uint l_115 = l_112 % uint(4);
const uint l_116 = l_115 * uint(8);
const uint l_117 = l_116 + uint(0);
const uint l_118 = l_114 >> l_117;
const uint l_119 = l_118 & uint(255);
const int l_120 = int(l_119);
const int l_121 = l_120 & int(15);
const int l_122 = l_96 - int(4);
const uint l_123 = uint(l_122);
const uint l_124 = l_28 + l_123;
const uint l_125 = l_124 / uint(4);
const uint l_126 = buffer_0[l_125];
const uint l_127 = l_124 % uint(4);
const uint l_128 = l_127 * uint(8);
const uint l_129 = l_128 + uint(0);
const uint l_130 = l_126 >> l_129;
const uint l_131 = l_130 & uint(255);
const int l_132 = int(l_131);
const uint l_133 = uint(l_132);
const uint l_134 = uint(int(6));
const uint l_135 = l_133 >> l_134;
const int l_136 = int(l_135);
const uint l_137 = uint(l_136);
const uint l_138 = uint(int(4));
const uint l_139 = l_137 << l_138;
const int l_140 = int(l_139);
const int l_141 = l_121 | l_140;
l_mut_97 = l_141;
}
l_mut_142 = int(0);
const bool l_143 = l_96 < int(4);
if (l_143) {
const int l_144 = l_96 + int(4);
const uint l_145 = uint(l_144);
const uint l_146 = l_28 + l_145;
const uint l_147 = l_146 / uint(4);
const uint l_148 = buffer_0[l_147];
const uint l_149 = l_146 % uint(4);
const uint l_150 = l_149 * uint(8);
const uint l_151 = l_150 + uint(0);
const uint l_152 = l_148 >> l_151;
const uint l_153 = l_152 & uint(255);
const int l_154 = int(l_153);
const int l_155 = l_154 & int(63);
l_mut_142 = l_155;
} else {
const int l_156 = l_96 + int(4);
const uint l_157 = uint(l_156);
const uint l_158 = l_28 + l_157;
const uint l_159 = l_158 / uint(4);
const uint l_160 = buffer_0[l_159];
const uint l_161 = l_158 % uint(4);
const uint l_162 = l_161 * uint(8);
const uint l_163 = l_162 + uint(0);
const uint l_164 = l_160 >> l_163;
const uint l_165 = l_164 & uint(255);
const int l_166 = int(l_165);
const uint l_167 = uint(l_166);
const uint l_168 = uint(int(4));
const uint l_169 = l_167 >> l_168;
const int l_170 = int(l_169);
const uint l_171 = uint(l_96);
const uint l_172 = l_28 + l_171;
const uint l_173 = l_172 / uint(4);
const uint l_174 = buffer_0[l_173];
const uint l_175 = l_172 % uint(4);
const uint l_176 = l_175 * uint(8);
const uint l_177 = l_176 + uint(0);
const uint l_178 = l_174 >> l_177;
const uint l_179 = l_178 & uint(255);
const int l_180 = int(l_179);
const uint l_181 = uint(l_180);
const uint l_182 = uint(int(6));
const uint l_183 = l_181 >> l_182;
const int l_184 = int(l_183);
const uint l_185 = uint(l_184);
const uint l_186 = uint(int(4));
const uint l_187 = l_185 << l_186;
const int l_188 = int(l_187);
const int l_189 = l_170 | l_188;
l_mut_142 = l_189;
}
const uint l_190 = l_45 + uint(0);
const uint l_191 = uint(l_95);
const uint l_192 = l_191 / uint(64);
const uint l_193 = l_192 * uint(32);
const uint l_194 = l_190 + l_193;
const uint l_195 = l_191 % uint(32);
const uint l_196 = l_194 + l_195;
const uint l_197 = l_191 / uint(32);
const uint l_198 = l_197 % uint(2);
const uint l_199 = l_198 * uint(4);
const uint l_200 = l_196 / uint(4);
const uint l_201 = buffer_0[l_200];
const uint l_202 = l_196 % uint(4);
const uint l_203 = l_202 * uint(8);
const uint l_204 = l_203 + l_199;
const uint l_205 = l_201 >> l_204;
const uint l_206 = l_205 & uint(15);
const int l_207 = int(l_206);
const float l_208 = float(l_mut_97);
const float l_209 = l_mut_65 * l_208;
const float l_210 = float(l_207);
const float l_211 = l_209 * l_210;
const float l_212 = float(l_mut_142);
const float l_213 = l_mut_89 * l_212;
const float l_214 = l_211 - l_213;
buffer_1[l_3] = l_214;
}

}
