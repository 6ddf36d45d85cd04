
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
threadgroup float* shared_memory_265 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_mut_114;
float l_mut_6;
float l_mut_90;
int l_mut_122;
int l_mut_167;
uint l_mut_83;
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
const uint l_47 = l_9 * uint(32);
const uint l_48 = l_46 + l_47;
const uint l_49 = info.scalars_uint[0] * uint(2);
const uint l_50 = l_49 + uint(3);
const uint l_51 = l_50 / uint(4);
const uint l_52 = l_51 * uint(4);
const uint l_53 = uint(0) + l_52;
const uint l_54 = info.scalars_uint[0] * uint(2);
const uint l_55 = l_54 + uint(3);
const uint l_56 = l_55 / uint(4);
const uint l_57 = l_56 * uint(4);
const uint l_58 = l_53 + l_57;
const uint l_59 = info.scalars_uint[0] * uint(12);
const uint l_60 = l_59 + uint(3);
const uint l_61 = l_60 / uint(4);
const uint l_62 = l_61 * uint(4);
const uint l_63 = l_58 + l_62;
const uint l_64 = info.scalars_uint[0] * uint(32);
const uint l_65 = l_64 + uint(3);
const uint l_66 = l_65 / uint(4);
const uint l_67 = l_66 * uint(4);
const uint l_68 = l_63 + l_67;
const uint l_69 = l_9 * uint(128);
const uint l_70 = l_68 + l_69;
const uint l_71 = l_12 / uint(4);
const uint l_72 = buffer_0[l_71];
const uint l_73 = l_12 % uint(4);
const uint l_74 = l_73 * uint(8);
const uint l_75 = l_72 >> l_74;
const uint l_76 = l_75 & uint(65535);
const uint l_77 = l_76 & uint(32768);
const uint l_78 = l_77 << uint(16);
const uint l_79 = l_76 >> uint(10);
const uint l_80 = l_79 & uint(31);
const uint l_81 = l_76 & uint(1023);
const uint l_82 = l_80 + uint(112);
l_mut_83 = l_82;
const bool l_84 = l_80 == uint(31);
if (l_84) {
l_mut_83 = uint(255);
}
const uint l_85 = l_mut_83 << uint(23);
const uint l_86 = l_78 | l_85;
const uint l_87 = l_81 << uint(13);
const uint l_88 = l_86 | l_87;
const float l_89 = reinterpret_cast<thread float const&>(l_88);
l_mut_90 = l_89;
const bool l_91 = l_80 == uint(0);
if (l_91) {
const float l_92 = float(l_81);
const float l_93 = l_92 * float(5.960464477539063e-8);
const bool l_94 = l_78 == uint(0);
if (l_94) {
l_mut_90 = l_93;
} else {
const float l_95 = -l_93;
l_mut_90 = l_95;
}
}
const uint l_96 = l_19 / uint(4);
const uint l_97 = buffer_0[l_96];
const uint l_98 = l_19 % uint(4);
const uint l_99 = l_98 * uint(8);
const uint l_100 = l_97 >> l_99;
const uint l_101 = l_100 & uint(65535);
const uint l_102 = l_101 & uint(32768);
const uint l_103 = l_102 << uint(16);
const uint l_104 = l_101 >> uint(10);
const uint l_105 = l_104 & uint(31);
const uint l_106 = l_101 & uint(1023);
const uint l_107 = l_105 + uint(112);
l_mut_83 = l_107;
const bool l_108 = l_105 == uint(31);
if (l_108) {
l_mut_83 = uint(255);
}
const uint l_109 = l_mut_83 << uint(23);
const uint l_110 = l_103 | l_109;
const uint l_111 = l_106 << uint(13);
const uint l_112 = l_110 | l_111;
const float l_113 = reinterpret_cast<thread float const&>(l_112);
l_mut_114 = l_113;
const bool l_115 = l_105 == uint(0);
if (l_115) {
const float l_116 = float(l_106);
const float l_117 = l_116 * float(5.960464477539063e-8);
const bool l_118 = l_103 == uint(0);
if (l_118) {
l_mut_114 = l_117;
} else {
const float l_119 = -l_117;
l_mut_114 = l_119;
}
}
const int l_120 = int(l_10);
const int l_121 = l_120 / int(32);
l_mut_122 = int(0);
const bool l_123 = l_121 < int(4);
if (l_123) {
const uint l_124 = uint(l_121);
const uint l_125 = l_31 + l_124;
const uint l_126 = l_125 / uint(4);
const uint l_127 = buffer_0[l_126];
const uint l_128 = l_125 % uint(4);
const uint l_129 = l_128 * uint(8);
const uint l_130 = l_129 + uint(0);
const uint l_131 = l_127 >> l_130;
const uint l_132 = l_131 & uint(255);
const int l_133 = int(l_132);
const int l_134 = l_133 & int(63);
l_mut_122 = l_134;
} else {
const int l_135 = l_121 + int(4);
const uint l_136 = uint(l_135);
const uint l_137 = l_31 + l_136;
const uint l_138 = l_137 / uint(4);
const uint l_139 = buffer_0[l_138];
const uint l_140 = l_137 % uint(4);
const uint l_141 = l_140 * uint(8);
const uint l_142 = l_141 + uint(0);
const uint l_143 = l_139 >> l_142;
const uint l_144 = l_143 & uint(255);
const int l_145 = int(l_144);
const int l_146 = l_145 & int(15);
const int l_147 = l_121 - int(4);
const uint l_148 = uint(l_147);
const uint l_149 = l_31 + l_148;
const uint l_150 = l_149 / uint(4);
const uint l_151 = buffer_0[l_150];
const uint l_152 = l_149 % uint(4);
const uint l_153 = l_152 * uint(8);
const uint l_154 = l_153 + uint(0);
const uint l_155 = l_151 >> l_154;
const uint l_156 = l_155 & uint(255);
const int l_157 = int(l_156);
const uint l_158 = uint(l_157);
const uint l_159 = uint(int(6));
const uint l_160 = l_158 >> l_159;
const int l_161 = int(l_160);
const uint l_162 = uint(l_161);
const uint l_163 = uint(int(4));
const uint l_164 = l_162 << l_163;
const int l_165 = int(l_164);
const int l_166 = l_146 | l_165;
l_mut_122 = l_166;
}
l_mut_167 = int(0);
const bool l_168 = l_121 < int(4);
if (l_168) {
const int l_169 = l_121 + int(4);
const uint l_170 = uint(l_169);
const uint l_171 = l_31 + l_170;
const uint l_172 = l_171 / uint(4);
const uint l_173 = buffer_0[l_172];
const uint l_174 = l_171 % uint(4);
const uint l_175 = l_174 * uint(8);
const uint l_176 = l_175 + uint(0);
const uint l_177 = l_173 >> l_176;
const uint l_178 = l_177 & uint(255);
const int l_179 = int(l_178);
const int l_180 = l_179 & int(63);
l_mut_167 = l_180;
} else {
const int l_181 = l_121 + int(4);
const uint l_182 = uint(l_181);
const uint l_183 = l_31 + l_182;
const uint l_184 = l_183 / uint(4);
const uint l_185 = buffer_0[l_184];
const uint l_186 = l_183 % uint(4);
const uint l_187 = l_186 * uint(8);
const uint l_188 = l_187 + uint(0);
const uint l_189 = l_185 >> l_188;
const uint l_190 = l_189 & uint(255);
const int l_191 = int(l_190);
const uint l_192 = uint(l_191);
const uint l_193 = uint(int(4));
const uint l_194 = l_192 >> l_193;
const int l_195 = int(l_194);
const uint l_196 = uint(l_121);
const uint l_197 = l_31 + l_196;
const uint l_198 = l_197 / uint(4);
const uint l_199 = buffer_0[l_198];
const uint l_200 = l_197 % uint(4);
const uint l_201 = l_200 * uint(8);
const uint l_202 = l_201 + uint(0);
const uint l_203 = l_199 >> l_202;
const uint l_204 = l_203 & uint(255);
const int l_205 = int(l_204);
const uint l_206 = uint(l_205);
const uint l_207 = uint(int(6));
const uint l_208 = l_206 >> l_207;
const int l_209 = int(l_208);
const uint l_210 = uint(l_209);
const uint l_211 = uint(int(4));
const uint l_212 = l_210 << l_211;
const int l_213 = int(l_212);
const int l_214 = l_195 | l_213;
l_mut_167 = l_214;
}
const uint l_215 = l_70 + uint(0);
const uint l_216 = uint(l_120);
const uint l_217 = l_216 / uint(64);
const uint l_218 = l_217 * uint(32);
const uint l_219 = l_215 + l_218;
const uint l_220 = l_216 % uint(32);
const uint l_221 = l_219 + l_220;
const uint l_222 = l_216 / uint(32);
const uint l_223 = l_222 % uint(2);
const uint l_224 = l_223 * uint(4);
const uint l_225 = l_221 / uint(4);
const uint l_226 = buffer_0[l_225];
const uint l_227 = l_221 % uint(4);
const uint l_228 = l_227 * uint(8);
const uint l_229 = l_228 + l_224;
const uint l_230 = l_226 >> l_229;
const uint l_231 = l_230 & uint(15);
const int l_232 = int(l_231);
const uint l_233 = l_48 + uint(0);
const uint l_234 = uint(l_120);
const uint l_235 = l_234 / uint(256);
const uint l_236 = l_235 * uint(32);
const uint l_237 = l_233 + l_236;
const uint l_238 = l_234 % uint(32);
const uint l_239 = l_237 + l_238;
const uint l_240 = l_234 / uint(32);
const uint l_241 = l_240 % uint(8);
const uint l_242 = l_241 * uint(1);
const uint l_243 = l_239 / uint(4);
const uint l_244 = buffer_0[l_243];
const uint l_245 = l_239 % uint(4);
const uint l_246 = l_245 * uint(8);
const uint l_247 = l_246 + l_242;
const uint l_248 = l_244 >> l_247;
const uint l_249 = l_248 & uint(1);
const int l_250 = int(l_249);
const uint l_251 = uint(l_250);
const uint l_252 = uint(int(4));
const uint l_253 = l_251 << l_252;
const int l_254 = int(l_253);
const int l_255 = l_232 | l_254;
const float l_256 = float(l_mut_122);
const float l_257 = l_mut_90 * l_256;
const float l_258 = float(l_255);
const float l_259 = l_257 * l_258;
const float l_260 = float(l_mut_167);
const float l_261 = l_mut_114 * l_260;
const float l_262 = l_259 - l_261;
const float l_263 = buffer_1[l_mut_7];
const float l_264 = l_262 * l_263;
l_mut_6 = l_mut_6 + l_264;
}
shared_memory_265[thread_pos_in_threadgroup.x] = l_mut_6;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_266 = threads_per_threadgroup.x / uint(2);
l_mut_83 = l_266;
while (true) {
const bool l_267 = l_mut_83 > uint(0);
const bool l_268 = !l_267;
if (l_268) {
break;}
const bool l_269 = thread_pos_in_threadgroup.x < l_mut_83;
if (l_269) {
const uint l_270 = thread_pos_in_threadgroup.x + l_mut_83;
const float l_271 = shared_memory_265[l_270];
const float l_272 = shared_memory_265[thread_pos_in_threadgroup.x];
const float l_273 = l_272 + l_271;
shared_memory_265[thread_pos_in_threadgroup.x] = l_273;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_83 = l_mut_83 / uint(2);
}
const float l_274 = shared_memory_265[uint(0)];
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_275 = thread_pos_in_threadgroup.x == uint(0);
if (l_275) {
buffer_2[l_1] = l_274;
}
}

}
