
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void matvec_f_(
    const device uint * buffer_0 [[buffer(0)]],
    const device half * buffer_1 [[buffer(1)]],
    device half * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[256];
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_224 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_6;
int l_mut_103;
int l_mut_148;
uint l_mut_226;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = info.static_meta[uint(5)];
const bool l_3 = l_1 < l_2;
if (l_3) {
const uint l_4 = info.scalars_uint[1] / uint(256);
const uint l_5 = l_1 * l_4;
l_mut_6 = float(0.0);

for (uint l_mut_7 = thread_pos_in_threadgroup.x; l_mut_7 < info.scalars_uint[1]; l_mut_7 += threads_per_threadgroup.x) {
const uint l_8 = l_mut_7 / uint(256);
const uint l_9 = l_5 + l_8;
const uint l_10 = l_mut_7 % uint(256);
const uint l_11 = l_9 * uint(2);
const uint l_12 = uint(0) + l_11;
const uint l_13 = info.scalars_uint[0] * uint(2);
const uint l_14 = l_13 + uint(3);
const uint l_15 = l_14 / uint(4);
const uint l_16 = l_15 * uint(4);
const uint l_17 = uint(0) + l_16;
const uint l_18 = l_9 * uint(2);
const uint l_19 = l_17 + l_18;
const uint l_20 = info.scalars_uint[0] * uint(2);
const uint l_21 = l_20 + uint(3);
const uint l_22 = l_21 / uint(4);
const uint l_23 = l_22 * uint(4);
const uint l_24 = uint(0) + l_23;
const uint l_25 = info.scalars_uint[0] * uint(2);
const uint l_26 = l_25 + uint(3);
const uint l_27 = l_26 / uint(4);
const uint l_28 = l_27 * uint(4);
const uint l_29 = l_24 + l_28;
const uint l_30 = l_9 * uint(12);
const uint l_31 = l_29 + l_30;
const uint l_32 = info.scalars_uint[0] * uint(2);
const uint l_33 = l_32 + uint(3);
const uint l_34 = l_33 / uint(4);
const uint l_35 = l_34 * uint(4);
const uint l_36 = uint(0) + l_35;
const uint l_37 = info.scalars_uint[0] * uint(2);
const uint l_38 = l_37 + uint(3);
const uint l_39 = l_38 / uint(4);
const uint l_40 = l_39 * uint(4);
const uint l_41 = l_36 + l_40;
const uint l_42 = info.scalars_uint[0] * uint(12);
const uint l_43 = l_42 + uint(3);
const uint l_44 = l_43 / uint(4);
const uint l_45 = l_44 * uint(4);
const uint l_46 = l_41 + l_45;
const uint l_47 = l_9 * uint(128);
const uint l_48 = l_46 + l_47;
const uint l_49 = l_12 / uint(4);
const uint l_50 = buffer_0[l_49];
const uint l_51 = l_12 % uint(4);
const uint l_52 = l_51 * uint(8);
const uint l_53 = l_50 >> l_52;
const uint l_54 = l_53 & uint(65535);
const uint l_55 = l_54 & uint(32768);
const uint l_56 = l_55 << uint(16);
const uint l_57 = l_54 >> uint(10);
const uint l_58 = l_57 & uint(31);
const uint l_59 = l_54 & uint(1023);
const bool l_60 = l_58 == uint(31);
const uint l_61 = l_58 + uint(112);
const uint l_62 = (l_60) ? uint(255) : l_61;
const uint l_63 = l_62 << uint(23);
const uint l_64 = l_56 | l_63;
const uint l_65 = l_59 << uint(13);
const uint l_66 = l_64 | l_65;
const float l_67 = reinterpret_cast<thread float const&>(l_66);
const float l_68 = float(l_59);
const float l_69 = l_68 * float(5.960464477539063e-8);
const bool l_70 = l_56 == uint(0);
const float l_71 = -l_69;
const float l_72 = (l_70) ? l_69 : l_71;
const bool l_73 = l_58 == uint(0);
const float l_74 = (l_73) ? l_72 : l_67;
const uint l_75 = l_19 / uint(4);
const uint l_76 = buffer_0[l_75];
const uint l_77 = l_19 % uint(4);
const uint l_78 = l_77 * uint(8);
const uint l_79 = l_76 >> l_78;
const uint l_80 = l_79 & uint(65535);
const uint l_81 = l_80 & uint(32768);
const uint l_82 = l_81 << uint(16);
const uint l_83 = l_80 >> uint(10);
const uint l_84 = l_83 & uint(31);
const uint l_85 = l_80 & uint(1023);
const bool l_86 = l_84 == uint(31);
const uint l_87 = l_84 + uint(112);
const uint l_88 = (l_86) ? uint(255) : l_87;
const uint l_89 = l_88 << uint(23);
const uint l_90 = l_82 | l_89;
const uint l_91 = l_85 << uint(13);
const uint l_92 = l_90 | l_91;
const float l_93 = reinterpret_cast<thread float const&>(l_92);
const float l_94 = float(l_85);
const float l_95 = l_94 * float(5.960464477539063e-8);
const bool l_96 = l_82 == uint(0);
const float l_97 = -l_95;
const float l_98 = (l_96) ? l_95 : l_97;
const bool l_99 = l_84 == uint(0);
const float l_100 = (l_99) ? l_98 : l_93;
const int l_101 = int(l_10);
const int l_102 = l_101 / int(32);
l_mut_103 = int(0);
const bool l_104 = l_102 < int(4);
if (l_104) {
const uint l_105 = uint(l_102);
const uint l_106 = l_31 + l_105;
const uint l_107 = l_106 / uint(4);
const uint l_108 = buffer_0[l_107];
const uint l_109 = l_106 % uint(4);
const uint l_110 = l_109 * uint(8);
const uint l_111 = l_110 + uint(0);
const uint l_112 = l_108 >> l_111;
const uint l_113 = l_112 & uint(255);
const int l_114 = int(l_113);
const int l_115 = l_114 & int(63);
l_mut_103 = l_115;
} else {
const int l_116 = l_102 + int(4);
const uint l_117 = uint(l_116);
const uint l_118 = l_31 + l_117;
const uint l_119 = l_118 / uint(4);
const uint l_120 = buffer_0[l_119];
const uint l_121 = l_118 % uint(4);
const uint l_122 = l_121 * uint(8);
const uint l_123 = l_122 + uint(0);
const uint l_124 = l_120 >> l_123;
const uint l_125 = l_124 & uint(255);
const int l_126 = int(l_125);
const int l_127 = l_126 & int(15);
const int l_128 = l_102 - int(4);
const uint l_129 = uint(l_128);
const uint l_130 = l_31 + l_129;
const uint l_131 = l_130 / uint(4);
const uint l_132 = buffer_0[l_131];
const uint l_133 = l_130 % uint(4);
const uint l_134 = l_133 * uint(8);
const uint l_135 = l_134 + uint(0);
const uint l_136 = l_132 >> l_135;
const uint l_137 = l_136 & uint(255);
const int l_138 = int(l_137);
const uint l_139 = uint(l_138);
const uint l_140 = uint(int(6));
const uint l_141 = l_139 >> l_140;
const int l_142 = int(l_141);
const uint l_143 = uint(l_142);
const uint l_144 = uint(int(4));
const uint l_145 = l_143 << l_144;
const int l_146 = int(l_145);
const int l_147 = l_127 | l_146;
l_mut_103 = l_147;
}
l_mut_148 = int(0);
const bool l_149 = l_102 < int(4);
if (l_149) {
const int l_150 = l_102 + int(4);
const uint l_151 = uint(l_150);
const uint l_152 = l_31 + l_151;
const uint l_153 = l_152 / uint(4);
const uint l_154 = buffer_0[l_153];
const uint l_155 = l_152 % uint(4);
const uint l_156 = l_155 * uint(8);
const uint l_157 = l_156 + uint(0);
const uint l_158 = l_154 >> l_157;
const uint l_159 = l_158 & uint(255);
const int l_160 = int(l_159);
const int l_161 = l_160 & int(63);
l_mut_148 = l_161;
} else {
const int l_162 = l_102 + int(4);
const uint l_163 = uint(l_162);
const uint l_164 = l_31 + l_163;
const uint l_165 = l_164 / uint(4);
const uint l_166 = buffer_0[l_165];
const uint l_167 = l_164 % uint(4);
const uint l_168 = l_167 * uint(8);
const uint l_169 = l_168 + uint(0);
const uint l_170 = l_166 >> l_169;
const uint l_171 = l_170 & uint(255);
const int l_172 = int(l_171);
const uint l_173 = uint(l_172);
const uint l_174 = uint(int(4));
const uint l_175 = l_173 >> l_174;
const int l_176 = int(l_175);
const uint l_177 = uint(l_102);
const uint l_178 = l_31 + l_177;
const uint l_179 = l_178 / uint(4);
const uint l_180 = buffer_0[l_179];
const uint l_181 = l_178 % uint(4);
const uint l_182 = l_181 * uint(8);
const uint l_183 = l_182 + uint(0);
const uint l_184 = l_180 >> l_183;
const uint l_185 = l_184 & uint(255);
const int l_186 = int(l_185);
const uint l_187 = uint(l_186);
const uint l_188 = uint(int(6));
const uint l_189 = l_187 >> l_188;
const int l_190 = int(l_189);
const uint l_191 = uint(l_190);
const uint l_192 = uint(int(4));
const uint l_193 = l_191 << l_192;
const int l_194 = int(l_193);
const int l_195 = l_176 | l_194;
l_mut_148 = l_195;
}
const uint l_196 = l_48 + uint(0);
const uint l_197 = uint(l_101);
const uint l_198 = l_197 / uint(64);
const uint l_199 = l_198 * uint(32);
const uint l_200 = l_196 + l_199;
const uint l_201 = l_197 % uint(32);
const uint l_202 = l_200 + l_201;
const uint l_203 = l_197 / uint(32);
const uint l_204 = l_203 % uint(2);
const uint l_205 = l_204 * uint(4);
const uint l_206 = l_202 / uint(4);
const uint l_207 = buffer_0[l_206];
const uint l_208 = l_202 % uint(4);
const uint l_209 = l_208 * uint(8);
const uint l_210 = l_209 + l_205;
const uint l_211 = l_207 >> l_210;
const uint l_212 = l_211 & uint(15);
const int l_213 = int(l_212);
const float l_214 = float(l_mut_103);
const float l_215 = l_74 * l_214;
const float l_216 = float(l_213);
const float l_217 = l_215 * l_216;
const float l_218 = float(l_mut_148);
const float l_219 = l_100 * l_218;
const float l_220 = l_217 - l_219;
const half l_221 = buffer_1[l_mut_7];
const float l_222 = float(l_221);
const float l_223 = l_220 * l_222;
l_mut_6 = l_mut_6 + l_223;
}
shared_memory_224[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_225 = threads_per_threadgroup.x / uint(2);
l_mut_226 = l_225;
while (true) {
const bool l_227 = l_mut_226 > uint(0);
const bool l_228 = !l_227;
if (l_228) {
break;}
const bool l_229 = thread_pos_in_threadgroup.x < l_mut_226;
if (l_229) {
const uint l_230 = thread_pos_in_threadgroup.x + l_mut_226;
const float l_231 = shared_memory_224[l_230];
const float l_232 = shared_memory_224[thread_pos_in_threadgroup.x];
const float l_233 = l_232 + l_231;
shared_memory_224[thread_pos_in_threadgroup.x] = l_233;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = l_mut_226 / uint(2);
}
const float l_234 = shared_memory_224[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_235 = thread_pos_in_threadgroup.x == uint(0);
if (l_235) {
const half l_236 = half(l_234);
buffer_2[l_1] = l_236;
}
}

}
