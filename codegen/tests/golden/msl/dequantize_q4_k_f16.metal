
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void dequantize_f_(
    const device uint * buffer_0 [[buffer(0)]],
    device half * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
int l_mut_100;
int l_mut_145;
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
const bool l_57 = l_55 == uint(31);
const uint l_58 = l_55 + uint(112);
const uint l_59 = (l_57) ? uint(255) : l_58;
const uint l_60 = l_59 << uint(23);
const uint l_61 = l_53 | l_60;
const uint l_62 = l_56 << uint(13);
const uint l_63 = l_61 | l_62;
const float l_64 = reinterpret_cast<thread float const&>(l_63);
const float l_65 = float(l_56);
const float l_66 = l_65 * float(5.960464477539063e-8);
const bool l_67 = l_53 == uint(0);
const float l_68 = -l_66;
const float l_69 = (l_67) ? l_66 : l_68;
const bool l_70 = l_55 == uint(0);
const float l_71 = (l_70) ? l_69 : l_64;
const uint l_72 = l_16 / uint(4);
const uint l_73 = buffer_0[l_72];
const uint l_74 = l_16 % uint(4);
const uint l_75 = l_74 * uint(8);
const uint l_76 = l_73 >> l_75;
const uint l_77 = l_76 & uint(65535);
const uint l_78 = l_77 & uint(32768);
const uint l_79 = l_78 << uint(16);
const uint l_80 = l_77 >> uint(10);
const uint l_81 = l_80 & uint(31);
const uint l_82 = l_77 & uint(1023);
const bool l_83 = l_81 == uint(31);
const uint l_84 = l_81 + uint(112);
const uint l_85 = (l_83) ? uint(255) : l_84;
const uint l_86 = l_85 << uint(23);
const uint l_87 = l_79 | l_86;
const uint l_88 = l_82 << uint(13);
const uint l_89 = l_87 | l_88;
const float l_90 = reinterpret_cast<thread float const&>(l_89);
const float l_91 = float(l_82);
const float l_92 = l_91 * float(5.960464477539063e-8);
const bool l_93 = l_79 == uint(0);
const float l_94 = -l_92;
const float l_95 = (l_93) ? l_92 : l_94;
const bool l_96 = l_81 == uint(0);
const float l_97 = (l_96) ? l_95 : l_90;
const int l_98 = int(l_7);
const int l_99 = l_98 / int(32);
l_mut_100 = int(0);
const bool l_101 = l_99 < int(4);
if (l_101) {
const uint l_102 = uint(l_99);
const uint l_103 = l_28 + l_102;
const uint l_104 = l_103 / uint(4);
const uint l_105 = buffer_0[l_104];
const uint l_106 = l_103 % uint(4);
const uint l_107 = l_106 * uint(8);
const uint l_108 = l_107 + uint(0);
const uint l_109 = l_105 >> l_108;
const uint l_110 = l_109 & uint(255);
const int l_111 = int(l_110);
const int l_112 = l_111 & int(63);
l_mut_100 = l_112;
} else {
const int l_113 = l_99 + int(4);
const uint l_114 = uint(l_113);
const uint l_115 = l_28 + l_114;
const uint l_116 = l_115 / uint(4);
const uint l_117 = buffer_0[l_116];
const uint l_118 = l_115 % uint(4);
const uint l_119 = l_118 * uint(8);
const uint l_120 = l_119 + uint(0);
const uint l_121 = l_117 >> l_120;
const uint l_122 = l_121 & uint(255);
const int l_123 = int(l_122);
const int l_124 = l_123 & int(15);
const int l_125 = l_99 - int(4);
const uint l_126 = uint(l_125);
const uint l_127 = l_28 + l_126;
const uint l_128 = l_127 / uint(4);
const uint l_129 = buffer_0[l_128];
const uint l_130 = l_127 % uint(4);
const uint l_131 = l_130 * uint(8);
const uint l_132 = l_131 + uint(0);
const uint l_133 = l_129 >> l_132;
const uint l_134 = l_133 & uint(255);
const int l_135 = int(l_134);
const uint l_136 = uint(l_135);
const uint l_137 = uint(int(6));
const uint l_138 = l_136 >> l_137;
const int l_139 = int(l_138);
const uint l_140 = uint(l_139);
const uint l_141 = uint(int(4));
const uint l_142 = l_140 << l_141;
const int l_143 = int(l_142);
const int l_144 = l_124 | l_143;
l_mut_100 = l_144;
}
l_mut_145 = int(0);
const bool l_146 = l_99 < int(4);
if (l_146) {
const int l_147 = l_99 + int(4);
const uint l_148 = uint(l_147);
const uint l_149 = l_28 + l_148;
const uint l_150 = l_149 / uint(4);
const uint l_151 = buffer_0[l_150];
const uint l_152 = l_149 % uint(4);
const uint l_153 = l_152 * uint(8);
const uint l_154 = l_153 + uint(0);
const uint l_155 = l_151 >> l_154;
const uint l_156 = l_155 & uint(255);
const int l_157 = int(l_156);
const int l_158 = l_157 & int(63);
l_mut_145 = l_158;
} else {
const int l_159 = l_99 + int(4);
const uint l_160 = uint(l_159);
const uint l_161 = l_28 + l_160;
const uint l_162 = l_161 / uint(4);
const uint l_163 = buffer_0[l_162];
const uint l_164 = l_161 % uint(4);
const uint l_165 = l_164 * uint(8);
const uint l_166 = l_165 + uint(0);
const uint l_167 = l_163 >> l_166;
const uint l_168 = l_167 & uint(255);
const int l_169 = int(l_168);
const uint l_170 = uint(l_169);
const uint l_171 = uint(int(4));
const uint l_172 = l_170 >> l_171;
const int l_173 = int(l_172);
const uint l_174 = uint(l_99);
const uint l_175 = l_28 + l_174;
const uint l_176 = l_175 / uint(4);
const uint l_177 = buffer_0[l_176];
const uint l_178 = l_175 % uint(4);
const uint l_179 = l_178 * uint(8);
const uint l_180 = l_179 + uint(0);
const uint l_181 = l_177 >> l_180;
const uint l_182 = l_181 & uint(255);
const int l_183 = int(l_182);
const uint l_184 = uint(l_183);
const uint l_185 = uint(int(6));
const uint l_186 = l_184 >> l_185;
const int l_187 = int(l_186);
const uint l_188 = uint(l_187);
const uint l_189 = uint(int(4));
const uint l_190 = l_188 << l_189;
const int l_191 = int(l_190);
const int l_192 = l_173 | l_191;
l_mut_145 = l_192;
}
const uint l_193 = l_45 + uint(0);
const uint l_194 = uint(l_98);
const uint l_195 = l_194 / uint(64);
const uint l_196 = l_195 * uint(32);
const uint l_197 = l_193 + l_196;
const uint l_198 = l_194 % uint(32);
const uint l_199 = l_197 + l_198;
const uint l_200 = l_194 / uint(32);
const uint l_201 = l_200 % uint(2);
const uint l_202 = l_201 * uint(4);
const uint l_203 = l_199 / uint(4);
const uint l_204 = buffer_0[l_203];
const uint l_205 = l_199 % uint(4);
const uint l_206 = l_205 * uint(8);
const uint l_207 = l_206 + l_202;
const uint l_208 = l_204 >> l_207;
const uint l_209 = l_208 & uint(15);
const int l_210 = int(l_209);
const float l_211 = float(l_mut_100);
const float l_212 = l_71 * l_211;
const float l_213 = float(l_210);
const float l_214 = l_212 * l_213;
const float l_215 = float(l_mut_145);
const float l_216 = l_97 * l_215;
const float l_217 = l_214 - l_216;
const half l_218 = half(l_217);
buffer_1[l_3] = l_218;
}

}
