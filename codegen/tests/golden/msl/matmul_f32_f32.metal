
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void matmul_f_f32(
    const device uint * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[16896];
// Shared array size: 2112, 8448 bytes
threadgroup float* shared_memory_7 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
// Shared array size: 2112, 8448 bytes
threadgroup float* shared_memory_8 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[_]);
float l_arr_9[16];

float l_arr_46[4];

float l_arr_47[4];

float l_mut_19;
uint l_mut_10;
const uint l_0 = info.static_meta[uint(4)];
const uint l_1 = l_0 / info.scalars_uint[2];
const uint l_2 = threadgroup_pos_in_grid.x * uint(64);
const uint l_3 = threadgroup_pos_in_grid.y * uint(64);
const uint l_4 = thread_pos_in_threadgroup.x / uint(16);
const uint l_5 = thread_pos_in_threadgroup.x % uint(16);
const uint l_6 = info.scalars_uint[2] / uint(1);
l_arr_9[uint(0)] = float(0.0);
l_arr_9[uint(1)] = float(0.0);
l_arr_9[uint(2)] = float(0.0);
l_arr_9[uint(3)] = float(0.0);
l_arr_9[uint(4)] = float(0.0);
l_arr_9[uint(5)] = float(0.0);
l_arr_9[uint(6)] = float(0.0);
l_arr_9[uint(7)] = float(0.0);
l_arr_9[uint(8)] = float(0.0);
l_arr_9[uint(9)] = float(0.0);
l_arr_9[uint(10)] = float(0.0);
l_arr_9[uint(11)] = float(0.0);
l_arr_9[uint(12)] = float(0.0);
l_arr_9[uint(13)] = float(0.0);
l_arr_9[uint(14)] = float(0.0);
l_arr_9[uint(15)] = float(0.0);
l_mut_10 = uint(0);
while (true) {
const bool l_11 = l_mut_10 < info.scalars_uint[2];
const bool l_12 = !l_11;
if (l_12) {
break;}

for (uint l_mut_13 = uint(0); l_mut_13 < uint(8); ++l_mut_13) {
const uint l_14 = l_mut_13 * uint(256);
const uint l_15 = l_14 + thread_pos_in_threadgroup.x;
const uint l_16 = l_15 / uint(32);
const uint l_17 = l_15 % uint(32);
const uint l_18 = l_mut_10 + l_17;
l_mut_19 = float(0.0);
const uint l_20 = l_2 + l_16;
const bool l_21 = l_20 < info.scalars_uint[1];
const bool l_22 = l_18 < info.scalars_uint[2];
const bool l_23 = l_21 && l_22;
if (l_23) {
const uint l_24 = l_20 * l_6;
const uint l_25 = l_18 / uint(1);
const uint l_26 = l_24 + l_25;
const uint l_27 = l_18 % uint(1);
const uint l_28 = l_26 * uint(4);
const uint l_29 = uint(0) + l_28;
const uint l_30 = l_29 / uint(4);
const uint l_31 = buffer_0[l_30];
const float l_32 = reinterpret_cast<thread float const&>(l_31);
const int l_33 = int(l_27);
l_mut_19 = l_32;
}
const uint l_34 = l_16 * uint(33);
const uint l_35 = l_34 + l_17;
shared_memory_7[l_35] = l_mut_19;
l_mut_19 = float(0.0);
const uint l_36 = l_3 + l_16;
const bool l_37 = l_36 < l_1;
const bool l_38 = l_18 < info.scalars_uint[2];
const bool l_39 = l_37 && l_38;
if (l_39) {
const uint l_40 = l_36 * info.scalars_uint[2];
const uint l_41 = l_40 + l_18;
const float l_42 = buffer_1[l_41];
l_mut_19 = l_42;
}
const uint l_43 = l_16 * uint(33);
const uint l_44 = l_43 + l_17;
shared_memory_8[l_44] = l_mut_19;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_45 = uint(0); l_mut_45 < uint(32); ++l_mut_45) {
const uint l_48 = l_4 + uint(0);
const uint l_49 = l_48 * uint(33);
const uint l_50 = l_49 + l_mut_45;
const float l_51 = shared_memory_8[l_50];
l_arr_46[uint(0)] = l_51;
const uint l_52 = l_5 + uint(0);
const uint l_53 = l_52 * uint(33);
const uint l_54 = l_53 + l_mut_45;
const float l_55 = shared_memory_7[l_54];
l_arr_47[uint(0)] = l_55;
const uint l_56 = l_4 + uint(16);
const uint l_57 = l_56 * uint(33);
const uint l_58 = l_57 + l_mut_45;
const float l_59 = shared_memory_8[l_58];
l_arr_46[uint(1)] = l_59;
const uint l_60 = l_5 + uint(16);
const uint l_61 = l_60 * uint(33);
const uint l_62 = l_61 + l_mut_45;
const float l_63 = shared_memory_7[l_62];
l_arr_47[uint(1)] = l_63;
const uint l_64 = l_4 + uint(32);
const uint l_65 = l_64 * uint(33);
const uint l_66 = l_65 + l_mut_45;
const float l_67 = shared_memory_8[l_66];
l_arr_46[uint(2)] = l_67;
const uint l_68 = l_5 + uint(32);
const uint l_69 = l_68 * uint(33);
const uint l_70 = l_69 + l_mut_45;
const float l_71 = shared_memory_7[l_70];
l_arr_47[uint(2)] = l_71;
const uint l_72 = l_4 + uint(48);
const uint l_73 = l_72 * uint(33);
const uint l_74 = l_73 + l_mut_45;
const float l_75 = shared_memory_8[l_74];
l_arr_46[uint(3)] = l_75;
const uint l_76 = l_5 + uint(48);
const uint l_77 = l_76 * uint(33);
const uint l_78 = l_77 + l_mut_45;
const float l_79 = shared_memory_7[l_78];
l_arr_47[uint(3)] = l_79;
const float l_80 = l_arr_46[uint(0)];
const float l_81 = l_arr_47[uint(0)];
const float l_82 = l_80 * l_81;
const float l_83 = l_arr_9[uint(0)];
const float l_84 = l_83 + l_82;
l_arr_9[uint(0)] = l_84;
const float l_85 = l_arr_46[uint(0)];
const float l_86 = l_arr_47[uint(1)];
const float l_87 = l_85 * l_86;
const float l_88 = l_arr_9[uint(1)];
const float l_89 = l_88 + l_87;
l_arr_9[uint(1)] = l_89;
const float l_90 = l_arr_46[uint(0)];
const float l_91 = l_arr_47[uint(2)];
const float l_92 = l_90 * l_91;
const float l_93 = l_arr_9[uint(2)];
const float l_94 = l_93 + l_92;
l_arr_9[uint(2)] = l_94;
const float l_95 = l_arr_46[uint(0)];
const float l_96 = l_arr_47[uint(3)];
const float l_97 = l_95 * l_96;
const float l_98 = l_arr_9[uint(3)];
const float l_99 = l_98 + l_97;
l_arr_9[uint(3)] = l_99;
const float l_100 = l_arr_46[uint(1)];
const float l_101 = l_arr_47[uint(0)];
const float l_102 = l_100 * l_101;
const float l_103 = l_arr_9[uint(4)];
const float l_104 = l_103 + l_102;
l_arr_9[uint(4)] = l_104;
const float l_105 = l_arr_46[uint(1)];
const float l_106 = l_arr_47[uint(1)];
const float l_107 = l_105 * l_106;
const float l_108 = l_arr_9[uint(5)];
const float l_109 = l_108 + l_107;
l_arr_9[uint(5)] = l_109;
const float l_110 = l_arr_46[uint(1)];
const float l_111 = l_arr_47[uint(2)];
const float l_112 = l_110 * l_111;
const float l_113 = l_arr_9[uint(6)];
const float l_114 = l_113 + l_112;
l_arr_9[uint(6)] = l_114;
const float l_115 = l_arr_46[uint(1)];
const float l_116 = l_arr_47[uint(3)];
const float l_117 = l_115 * l_116;
const float l_118 = l_arr_9[uint(7)];
const float l_119 = l_118 + l_117;
l_arr_9[uint(7)] = l_119;
const float l_120 = l_arr_46[uint(2)];
const float l_121 = l_arr_47[uint(0)];
const float l_122 = l_120 * l_121;
const float l_123 = l_arr_9[uint(8)];
const float l_124 = l_123 + l_122;
l_arr_9[uint(8)] = l_124;
const float l_125 = l_arr_46[uint(2)];
const float l_126 = l_arr_47[uint(1)];
const float l_127 = l_125 * l_126;
const float l_128 = l_arr_9[uint(9)];
const float l_129 = l_128 + l_127;
l_arr_9[uint(9)] = l_129;
const float l_130 = l_arr_46[uint(2)];
const float l_131 = l_arr_47[uint(2)];
const float l_132 = l_130 * l_131;
const float l_133 = l_arr_9[uint(10)];
const float l_134 = l_133 + l_132;
l_arr_9[uint(10)] = l_134;
const float l_135 = l_arr_46[uint(2)];
const float l_136 = l_arr_47[uint(3)];
const float l_137 = l_135 * l_136;
const float l_138 = l_arr_9[uint(11)];
const float l_139 = l_138 + l_137;
l_arr_9[uint(11)] = l_139;
const float l_140 = l_arr_46[uint(3)];
const float l_141 = l_arr_47[uint(0)];
const float l_142 = l_140 * l_141;
const float l_143 = l_arr_9[uint(12)];
const float l_144 = l_143 + l_142;
l_arr_9[uint(12)] = l_144;
const float l_145 = l_arr_46[uint(3)];
const float l_146 = l_arr_47[uint(1)];
const float l_147 = l_145 * l_146;
const float l_148 = l_arr_9[uint(13)];
const float l_149 = l_148 + l_147;
l_arr_9[uint(13)] = l_149;
const float l_150 = l_arr_46[uint(3)];
const float l_151 = l_arr_47[uint(2)];
const float l_152 = l_150 * l_151;
const float l_153 = l_arr_9[uint(14)];
const float l_154 = l_153 + l_152;
l_arr_9[uint(14)] = l_154;
const float l_155 = l_arr_46[uint(3)];
const float l_156 = l_arr_47[uint(3)];
const float l_157 = l_155 * l_156;
const float l_158 = l_arr_9[uint(15)];
const float l_159 = l_158 + l_157;
l_arr_9[uint(15)] = l_159;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_10 = l_mut_10 + uint(32);
}
const uint l_160 = l_3 + l_4;
const uint l_161 = l_160 + uint(0);
const uint l_162 = l_2 + l_5;
const uint l_163 = l_162 + uint(0);
const bool l_164 = l_161 < l_1;
const bool l_165 = l_163 < info.scalars_uint[1];
const bool l_166 = l_164 && l_165;
if (l_166) {
const uint l_167 = l_161 * info.scalars_uint[1];
const uint l_168 = l_167 + l_163;
const float l_169 = l_arr_9[uint(0)];
buffer_2[l_168] = l_169;
}
const uint l_170 = l_3 + l_4;
const uint l_171 = l_170 + uint(0);
const uint l_172 = l_2 + l_5;
const uint l_173 = l_172 + uint(16);
const bool l_174 = l_171 < l_1;
const bool l_175 = l_173 < info.scalars_uint[1];
const bool l_176 = l_174 && l_175;
if (l_176) {
const uint l_177 = l_171 * info.scalars_uint[1];
const uint l_178 = l_177 + l_173;
const float l_179 = l_arr_9[uint(1)];
buffer_2[l_178] = l_179;
}
const uint l_180 = l_3 + l_4;
const uint l_181 = l_180 + uint(0);
const uint l_182 = l_2 + l_5;
const uint l_183 = l_182 + uint(32);
const bool l_184 = l_181 < l_1;
const bool l_185 = l_183 < info.scalars_uint[1];
const bool l_186 = l_184 && l_185;
if (l_186) {
const uint l_187 = l_181 * info.scalars_uint[1];
const uint l_188 = l_187 + l_183;
const float l_189 = l_arr_9[uint(2)];
buffer_2[l_188] = l_189;
}
const uint l_190 = l_3 + l_4;
const uint l_191 = l_190 + uint(0);
const uint l_192 = l_2 + l_5;
const uint l_193 = l_192 + uint(48);
const bool l_194 = l_191 < l_1;
const bool l_195 = l_193 < info.scalars_uint[1];
const bool l_196 = l_194 && l_195;
if (l_196) {
const uint l_197 = l_191 * info.scalars_uint[1];
const uint l_198 = l_197 + l_193;
const float l_199 = l_arr_9[uint(3)];
buffer_2[l_198] = l_199;
}
const uint l_200 = l_3 + l_4;
const uint l_201 = l_200 + uint(16);
const uint l_202 = l_2 + l_5;
const uint l_203 = l_202 + uint(0);
const bool l_204 = l_201 < l_1;
const bool l_205 = l_203 < info.scalars_uint[1];
const bool l_206 = l_204 && l_205;
if (l_206) {
const uint l_207 = l_201 * info.scalars_uint[1];
const uint l_208 = l_207 + l_203;
const float l_209 = l_arr_9[uint(4)];
buffer_2[l_208] = l_209;
}
const uint l_210 = l_3 + l_4;
const uint l_211 = l_210 + uint(16);
const uint l_212 = l_2 + l_5;
const uint l_213 = l_212 + uint(16);
const bool l_214 = l_211 < l_1;
const bool l_215 = l_213 < info.scalars_uint[1];
const bool l_216 = l_214 && l_215;
if (l_216) {
const uint l_217 = l_211 * info.scalars_uint[1];
const uint l_218 = l_217 + l_213;
const float l_219 = l_arr_9[uint(5)];
buffer_2[l_218] = l_219;
}
const uint l_220 = l_3 + l_4;
const uint l_221 = l_220 + uint(16);
const uint l_222 = l_2 + l_5;
const uint l_223 = l_222 + uint(32);
const bool l_224 = l_221 < l_1;
const bool l_225 = l_223 < info.scalars_uint[1];
const bool l_226 = l_224 && l_225;
if (l_226) {
const uint l_227 = l_221 * info.scalars_uint[1];
const uint l_228 = l_227 + l_223;
const float l_229 = l_arr_9[uint(6)];
buffer_2[l_228] = l_229;
}
const uint l_230 = l_3 + l_4;
const uint l_231 = l_230 + uint(16);
const uint l_232 = l_2 + l_5;
const uint l_233 = l_232 + uint(48);
const bool l_234 = l_231 < l_1;
const bool l_235 = l_233 < info.scalars_uint[1];
const bool l_236 = l_234 && l_235;
if (l_236) {
const uint l_237 = l_231 * info.scalars_uint[1];
const uint l_238 = l_237 + l_233;
const float l_239 = l_arr_9[uint(7)];
buffer_2[l_238] = l_239;
}
const uint l_240 = l_3 + l_4;
const uint l_241 = l_240 + uint(32);
const uint l_242 = l_2 + l_5;
const uint l_243 = l_242 + uint(0);
const bool l_244 = l_241 < l_1;
const bool l_245 = l_243 < info.scalars_uint[1];
const bool l_246 = l_244 && l_245;
if (l_246) {
const uint l_247 = l_241 * info.scalars_uint[1];
const uint l_248 = l_247 + l_243;
const float l_249 = l_arr_9[uint(8)];
buffer_2[l_248] = l_249;
}
const uint l_250 = l_3 + l_4;
const uint l_251 = l_250 + uint(32);
const uint l_252 = l_2 + l_5;
const uint l_253 = l_252 + uint(16);
const bool l_254 = l_251 < l_1;
const bool l_255 = l_253 < info.scalars_uint[1];
const bool l_256 = l_254 && l_255;
if (l_256) {
const uint l_257 = l_251 * info.scalars_uint[1];
const uint l_258 = l_257 + l_253;
const float l_259 = l_arr_9[uint(9)];
buffer_2[l_258] = l_259;
}
const uint l_260 = l_3 + l_4;
const uint l_261 = l_260 + uint(32);
const uint l_262 = l_2 + l_5;
const uint l_263 = l_262 + uint(32);
const bool l_264 = l_261 < l_1;
const bool l_265 = l_263 < info.scalars_uint[1];
const bool l_266 = l_264 && l_265;
if (l_266) {
const uint l_267 = l_261 * info.scalars_uint[1];
const uint l_268 = l_267 + l_263;
const float l_269 = l_arr_9[uint(10)];
buffer_2[l_268] = l_269;
}
const uint l_270 = l_3 + l_4;
const uint l_271 = l_270 + uint(32);
const uint l_272 = l_2 + l_5;
const uint l_273 = l_272 + uint(48);
const bool l_274 = l_271 < l_1;
const bool l_275 = l_273 < info.scalars_uint[1];
const bool l_276 = l_274 && l_275;
if (l_276) {
const uint l_277 = l_271 * info.scalars_uint[1];
const uint l_278 = l_277 + l_273;
const float l_279 = l_arr_9[uint(11)];
buffer_2[l_278] = l_279;
}
const uint l_280 = l_3 + l_4;
const uint l_281 = l_280 + uint(48);
const uint l_282 = l_2 + l_5;
const uint l_283 = l_282 + uint(0);
const bool l_284 = l_281 < l_1;
const bool l_285 = l_283 < info.scalars_uint[1];
const bool l_286 = l_284 && l_285;
if (l_286) {
const uint l_287 = l_281 * info.scalars_uint[1];
const uint l_288 = l_287 + l_283;
const float l_289 = l_arr_9[uint(12)];
buffer_2[l_288] = l_289;
}
const uint l_290 = l_3 + l_4;
const uint l_291 = l_290 + uint(48);
const uint l_292 = l_2 + l_5;
const uint l_293 = l_292 + uint(16);
const bool l_294 = l_291 < l_1;
const bool l_295 = l_293 < info.scalars_uint[1];
const bool l_296 = l_294 && l_295;
if (l_296) {
const uint l_297 = l_291 * info.scalars_uint[1];
const uint l_298 = l_297 + l_293;
const float l_299 = l_arr_9[uint(13)];
buffer_2[l_298] = l_299;
}
const uint l_300 = l_3 + l_4;
const uint l_301 = l_300 + uint(48);
const uint l_302 = l_2 + l_5;
const uint l_303 = l_302 + uint(32);
const bool l_304 = l_301 < l_1;
const bool l_305 = l_303 < info.scalars_uint[1];
const bool l_306 = l_304 && l_305;
if (l_306) {
const uint l_307 = l_301 * info.scalars_uint[1];
const uint l_308 = l_307 + l_303;
const float l_309 = l_arr_9[uint(14)];
buffer_2[l_308] = l_309;
}
const uint l_310 = l_3 + l_4;
const uint l_311 = l_310 + uint(48);
const uint l_312 = l_2 + l_5;
const uint l_313 = l_312 + uint(48);
const bool l_314 = l_311 < l_1;
const bool l_315 = l_313 < info.scalars_uint[1];
const bool l_316 = l_314 && l_315;
if (l_316) {
const uint l_317 = l_311 * info.scalars_uint[1];
const uint l_318 = l_317 + l_313;
const float l_319 = l_arr_9[uint(15)];
buffer_2[l_318] = l_319;
}

}
