//! The k-quants: Q2_K, Q3_K, Q4_K, Q5_K and Q6_K (ggml-quants.c,
//! `dequantize_row_q2_K` .. `dequantize_row_q6_K`).
//!
//! A k-quant block ("super-block") holds 256 elements in sub-blocks of 16 or
//! 32, each with its own small integer scale (and for Q2_K, Q4_K and Q5_K a
//! small integer min), multiplied by the block's f16 `d` (and `dmin`). The low
//! bits of the quants are packed in bit planes: byte `l` of a 32-byte group
//! carries elements `l`, `l + 32`, `l + 64`, ... in successive bit fields.

use super::{blocks_of, f16_at};
use crate::format::GgmlType;

/// Q2_K: `y = d * sc * q - dmin * m` with 2-bit `q` and 4-bit `sc`, `m` per 16 elements.
pub fn dequantize_q2_k(blocks: &[u8], out: &mut [f32]) {
    // block_q2_K (84 bytes): scales: [u8; 16] @0, qs: [u8; 64] @16, d: f16 @80, dmin: f16 @82
    //   scales[s]: low nibble scales, high nibble mins of elements 16s..16s+16
    //   element 128n + 32j + l (n < 2, j < 4, l < 32) is bits 2j..2j+2 of qs[32n + l]
    for (b, y) in blocks_of(GgmlType::Q2_K, blocks, out) {
        let scales = &b[0..16];
        let qs = &b[16..80];
        let d = f16_at(b, 80);
        let min = f16_at(b, 82);
        for (n, q) in qs.chunks_exact(32).enumerate() {
            for j in 0..4 {
                for l in 0..32 {
                    let sc = scales[8 * n + 2 * j + l / 16];
                    let dl = d * f32::from(sc & 0xF);
                    let ml = min * f32::from(sc >> 4);
                    let q2 = (q[l] >> (2 * j)) & 3;
                    y[128 * n + 32 * j + l] = dl * f32::from(q2) - ml;
                }
            }
        }
    }
}

/// The sixteen 6-bit scales of a Q3_K block, unpacked from 12 bytes and
/// re-centred to `-32..32`.
///
/// Scale `j`'s low 4 bits are the low (`j < 8`) or high (`j >= 8`) nibble of
/// byte `j % 8`; its high 2 bits are bits `2 * (j / 4)..` of byte `8 + j % 4`.
/// ggml does the same with `kmask` shifts on four `u32`s.
fn q3_k_scales(packed: &[u8]) -> [i8; 16] {
    std::array::from_fn(|j| {
        let low = if j < 8 {
            packed[j] & 0xF
        } else {
            packed[j - 8] >> 4
        };
        let high = (packed[8 + j % 4] >> (2 * (j / 4))) & 3;
        (low | (high << 4)) as i8 - 32
    })
}

/// Q3_K: `y = d * sc * q` with 3-bit signed `q` (`-4..4`) and 6-bit signed `sc` per 16 elements.
pub fn dequantize_q3_k(blocks: &[u8], out: &mut [f32]) {
    // block_q3_K (110 bytes): hmask: [u8; 32] @0, qs: [u8; 64] @32, scales: [u8; 12] @96, d: f16 @108
    //   element 128n + 32j + l (n < 2, j < 4, l < 32):
    //     low 2 bits are bits 2j..2j+2 of qs[32n + l]
    //     bit 4n + j of hmask[l] set means q = low, clear means q = low - 4
    //   scale of element e is scales[e / 16] (6-bit, see q3_k_scales)
    for (b, y) in blocks_of(GgmlType::Q3_K, blocks, out) {
        let hmask = &b[0..32];
        let qs = &b[32..96];
        let scales = q3_k_scales(&b[96..108]);
        let d_all = f16_at(b, 108);
        for (n, q) in qs.chunks_exact(32).enumerate() {
            for j in 0..4 {
                let m = 1u8 << (4 * n + j);
                for l in 0..32 {
                    let dl = d_all * f32::from(scales[8 * n + 2 * j + l / 16]);
                    let low = ((q[l] >> (2 * j)) & 3) as i8;
                    let q3 = low - if hmask[l] & m != 0 { 0 } else { 4 };
                    y[128 * n + 32 * j + l] = dl * f32::from(q3);
                }
            }
        }
    }
}

/// Scale and min `j` (of eight, 6 bits each) from the 12 packed bytes of a
/// Q4_K or Q5_K block (ggml's `get_scale_min_k4`).
///
/// Bytes 0..4 hold scales 0..4 in their low 6 bits, bytes 4..8 mins 0..4;
/// bytes 8..12 hold the low nibbles of scales 4..8 (low half) and mins 4..8
/// (high half), whose top 2 bits sit in the spare top bits of bytes 0..8.
fn get_scale_min_k4(j: usize, q: &[u8]) -> (u8, u8) {
    if j < 4 {
        (q[j] & 63, q[j + 4] & 63)
    } else {
        let d = (q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4);
        let m = (q[j + 4] >> 4) | ((q[j] >> 6) << 4);
        (d, m)
    }
}

/// Q4_K: `y = d * sc * q - dmin * m` with 4-bit `q` and 6-bit `sc`, `m` per 32 elements.
pub fn dequantize_q4_k(blocks: &[u8], out: &mut [f32]) {
    // block_q4_K (144 bytes): d: f16 @0, dmin: f16 @2, scales: [u8; 12] @4, qs: [u8; 128] @16
    //   element 64i + l (i < 4, l < 32) is the low nibble of qs[32i + l], sub-block 2i
    //   element 64i + 32 + l is its high nibble, sub-block 2i + 1
    for (b, y) in blocks_of(GgmlType::Q4_K, blocks, out) {
        let d = f16_at(b, 0);
        let min = f16_at(b, 2);
        let scales = &b[4..16];
        let qs = &b[16..144];
        for (i, q) in qs.chunks_exact(32).enumerate() {
            let (sc, m) = get_scale_min_k4(2 * i, scales);
            let (d1, m1) = (d * f32::from(sc), min * f32::from(m));
            let (sc, m) = get_scale_min_k4(2 * i + 1, scales);
            let (d2, m2) = (d * f32::from(sc), min * f32::from(m));
            for l in 0..32 {
                y[64 * i + l] = d1 * f32::from(q[l] & 0xF) - m1;
                y[64 * i + 32 + l] = d2 * f32::from(q[l] >> 4) - m2;
            }
        }
    }
}

/// Q5_K: `y = d * sc * q - dmin * m` with 5-bit `q` and 6-bit `sc`, `m` per 32 elements.
pub fn dequantize_q5_k(blocks: &[u8], out: &mut [f32]) {
    // block_q5_K (176 bytes): d: f16 @0, dmin: f16 @2, scales: [u8; 12] @4,
    //                         qh: [u8; 32] @16, qs: [u8; 128] @48
    //   element 64i + l (i < 4, l < 32): low nibble of qs[32i + l], 5th bit is bit 2i of qh[l]
    //   element 64i + 32 + l: high nibble of qs[32i + l], 5th bit is bit 2i + 1 of qh[l]
    for (b, y) in blocks_of(GgmlType::Q5_K, blocks, out) {
        let d = f16_at(b, 0);
        let min = f16_at(b, 2);
        let scales = &b[4..16];
        let qh = &b[16..48];
        let qs = &b[48..176];
        for (i, ql) in qs.chunks_exact(32).enumerate() {
            let (sc, m) = get_scale_min_k4(2 * i, scales);
            let (d1, m1) = (d * f32::from(sc), min * f32::from(m));
            let (sc, m) = get_scale_min_k4(2 * i + 1, scales);
            let (d2, m2) = (d * f32::from(sc), min * f32::from(m));
            let (u1, u2) = (1u8 << (2 * i), 2u8 << (2 * i));
            for l in 0..32 {
                let h1 = if qh[l] & u1 != 0 { 16 } else { 0 };
                let h2 = if qh[l] & u2 != 0 { 16 } else { 0 };
                y[64 * i + l] = d1 * f32::from((ql[l] & 0xF) + h1) - m1;
                y[64 * i + 32 + l] = d2 * f32::from((ql[l] >> 4) + h2) - m2;
            }
        }
    }
}

/// Q6_K: `y = d * sc * q` with 6-bit `q` (stored `+32`) and signed 8-bit `sc` per 16 elements.
pub fn dequantize_q6_k(blocks: &[u8], out: &mut [f32]) {
    // block_q6_K (210 bytes): ql: [u8; 128] @0, qh: [u8; 64] @128, scales: [i8; 16] @192, d: f16 @208
    //   in each half n < 2 (elements 128n..128n + 128), for l < 32:
    //     element +l:      low nibble of ql[64n + l],      high 2 bits = bits 0..2 of qh[32n + l]
    //     element +l + 32: low nibble of ql[64n + l + 32], high 2 bits = bits 2..4
    //     element +l + 64: high nibble of ql[64n + l],     high 2 bits = bits 4..6
    //     element +l + 96: high nibble of ql[64n + l + 32], high 2 bits = bits 6..8
    //   scale of element e is scales[e / 16]
    for (b, y) in blocks_of(GgmlType::Q6_K, blocks, out) {
        let d = f16_at(b, 208);
        for n in 0..2 {
            let ql = &b[64 * n..64 * n + 64];
            let qh = &b[128 + 32 * n..128 + 32 * n + 32];
            let sc = |k: usize| f32::from(b[192 + 8 * n + k] as i8);
            let y = &mut y[128 * n..128 * n + 128];
            for l in 0..32 {
                let is = l / 16;
                let q1 = ((ql[l] & 0xF) | ((qh[l] & 3) << 4)) as i8 - 32;
                let q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) as i8 - 32;
                let q3 = ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) as i8 - 32;
                let q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) as i8 - 32;
                y[l] = d * sc(is) * f32::from(q1);
                y[l + 32] = d * sc(is + 2) * f32::from(q2);
                y[l + 64] = d * sc(is + 4) * f32::from(q3);
                y[l + 96] = d * sc(is + 6) * f32::from(q4);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use half::f16;

    fn f16_bytes(x: f32) -> [u8; 2] {
        f16::from_f32(x).to_le_bytes()
    }

    /// Packs eight 6-bit scales and mins the way ggml's `quantize_row_q4_K` does.
    fn pack_scale_min_k4(sc: [u8; 8], m: [u8; 8]) -> [u8; 12] {
        let mut q = [0u8; 12];
        for j in 0..8 {
            if j < 4 {
                q[j] = sc[j];
                q[j + 4] = m[j];
            } else {
                q[j + 4] = (sc[j] & 0xF) | ((m[j] & 0xF) << 4);
                q[j - 4] |= (sc[j] >> 4) << 6;
                q[j] |= (m[j] >> 4) << 6;
            }
        }
        q
    }

    /// Packs sixteen 6-bit Q3_K scales (given as `-32..32`) the way
    /// ggml's `quantize_row_q3_K` does.
    fn pack_q3_k_scales(scales: [i8; 16]) -> [u8; 12] {
        let mut q = [0u8; 12];
        for (j, &s) in scales.iter().enumerate() {
            let l = (s + 32) as u8;
            if j < 8 {
                q[j] = l & 0xF;
            } else {
                q[j - 8] |= (l & 0xF) << 4;
            }
            q[8 + j % 4] |= (l >> 4) << (2 * (j / 4));
        }
        q
    }

    const SC: [u8; 8] = [1, 63, 17, 32, 5, 48, 60, 33];
    const MN: [u8; 8] = [0, 2, 63, 40, 31, 16, 7, 50];

    #[test]
    fn scale_min_k4_unpacks_what_ggml_packs() {
        let packed = pack_scale_min_k4(SC, MN);
        for j in 0..8 {
            assert_eq!(
                get_scale_min_k4(j, &packed),
                (SC[j], MN[j]),
                "sub-block {j}"
            );
        }
    }

    #[test]
    fn q3_k_scales_unpack_what_ggml_packs() {
        let scales: [i8; 16] = [
            -32, 31, 0, -1, 5, -17, 16, 30, -5, 9, -30, 1, 12, -8, 27, -20,
        ];
        assert_eq!(q3_k_scales(&pack_q3_k_scales(scales)), scales);
    }

    #[test]
    fn q2_k_known_block() {
        // Sub-block s has scale s % 16 and min 15 - s; d = 0.5, dmin = 0.25.
        let scales: Vec<u8> = (0..16u8).map(|s| s | ((15 - s) << 4)).collect();
        // Every qs byte holds planes (0, 1, 2, 3): element 128n + 32j + l has q = j.
        let qs = vec![0b11_10_01_00u8; 64];
        let block = [
            scales,
            qs,
            f16_bytes(0.5).to_vec(),
            f16_bytes(0.25).to_vec(),
        ]
        .concat();
        let mut out = [0.0; 256];
        dequantize_q2_k(&block, &mut out);
        for (e, &y) in out.iter().enumerate() {
            let (s, q) = (e / 16, (e % 128) / 32);
            let expected = 0.5 * s as f32 * q as f32 - 0.25 * (15 - s) as f32;
            assert_eq!(y, expected, "element {e}");
        }
        assert_eq!(out[0], -3.75); // s 0, q 0: 0 - 0.25 * 15
        assert_eq!(out[255], 22.5); // s 15, q 3: 0.5 * 15 * 3 - 0
    }

    #[test]
    fn q3_k_known_block() {
        let scales: [i8; 16] = std::array::from_fn(|s| s as i8 - 8);
        // Low bits: element 128n + 32j + l has low = j. High mask: set for the
        // first half (n = 0, bits 0..4) on even l, clear elsewhere.
        let hmask: Vec<u8> = (0..32).map(|l| if l % 2 == 0 { 0x0F } else { 0 }).collect();
        let qs = vec![0b11_10_01_00u8; 64];
        let block = [
            hmask,
            qs,
            pack_q3_k_scales(scales).to_vec(),
            f16_bytes(2.0).to_vec(),
        ]
        .concat();
        let mut out = [0.0; 256];
        dequantize_q3_k(&block, &mut out);
        for (e, &y) in out.iter().enumerate() {
            let (n, j, l) = (e / 128, (e % 128) / 32, e % 32);
            let high_set = n == 0 && l % 2 == 0;
            let q = j as i32 - if high_set { 0 } else { 4 };
            let expected = 2.0 * f32::from(scales[e / 16]) * q as f32;
            assert_eq!(y, expected, "element {e}");
        }
        assert_eq!(out[0], 0.0); // q = 0 - 0
        assert_eq!(out[1], 64.0); // scale -8, q = 0 - 4: 2 * -8 * -4
        assert_eq!(out[255], -14.0); // scale 7, q = 3 - 4
    }

    #[test]
    fn q4_k_known_block() {
        // qs[32i + l] = l % 16 | (15 - l % 16) << 4
        let qs: Vec<u8> = (0..128)
            .map(|k| (k % 16) as u8 | ((15 - (k % 16) as u8) << 4))
            .collect();
        let block = [
            f16_bytes(0.5).to_vec(),
            f16_bytes(0.125).to_vec(),
            pack_scale_min_k4(SC, MN).to_vec(),
            qs,
        ]
        .concat();
        let mut out = [0.0; 256];
        dequantize_q4_k(&block, &mut out);
        for (e, &y) in out.iter().enumerate() {
            let s = e / 32;
            let l = e % 32;
            let q = if s % 2 == 0 { l % 16 } else { 15 - l % 16 };
            let expected = 0.5 * f32::from(SC[s]) * q as f32 - 0.125 * f32::from(MN[s]);
            assert_eq!(y, expected, "element {e}");
        }
        assert_eq!(out[1], 0.5); // sc 1, q 1, m 0
        assert_eq!(out[32], 472.25); // sc 63, q 15, m 2: 0.5 * 945 - 0.25
    }

    #[test]
    fn q5_k_known_block() {
        let qs: Vec<u8> = (0..128)
            .map(|k| (k % 16) as u8 | ((15 - (k % 16) as u8) << 4))
            .collect();
        // qh[l]: for even l all eight high bits set, for odd l none.
        let qh: Vec<u8> = (0..32).map(|l| if l % 2 == 0 { 0xFF } else { 0 }).collect();
        let block = [
            f16_bytes(0.5).to_vec(),
            f16_bytes(0.125).to_vec(),
            pack_scale_min_k4(SC, MN).to_vec(),
            qh,
            qs,
        ]
        .concat();
        let mut out = [0.0; 256];
        dequantize_q5_k(&block, &mut out);
        for (e, &y) in out.iter().enumerate() {
            let s = e / 32;
            let l = e % 32;
            let low = if s % 2 == 0 { l % 16 } else { 15 - l % 16 };
            let q = low + if l % 2 == 0 { 16 } else { 0 };
            let expected = 0.5 * f32::from(SC[s]) * q as f32 - 0.125 * f32::from(MN[s]);
            assert_eq!(y, expected, "element {e}");
        }
        assert_eq!(out[0], 8.0); // sc 1, q 16, m 0
        assert_eq!(out[32], 976.25); // sc 63, q 31, m 2: 0.5 * 1953 - 0.25
    }

    #[test]
    fn q6_k_known_block() {
        // Give element e of half n the 6-bit value v(e) = e % 64 and write it
        // into ql/qh through ggml's packing (quantize_row_q6_K_ref).
        let v = |e: usize| (e % 64) as u8;
        let mut ql = [0u8; 128];
        let mut qh = [0u8; 64];
        for n in 0..2 {
            for l in 0..32 {
                let [a, b, c, d] = [0, 32, 64, 96].map(|k| v(128 * n + l + k));
                ql[64 * n + l] = (a & 0xF) | ((c & 0xF) << 4);
                ql[64 * n + l + 32] = (b & 0xF) | ((d & 0xF) << 4);
                qh[32 * n + l] = (a >> 4) | ((b >> 4) << 2) | ((c >> 4) << 4) | ((d >> 4) << 6);
            }
        }
        let scales: [i8; 16] = [1, -1, 2, -2, 3, -3, 4, -4, 127, -128, 0, 5, -5, 6, -6, 7];
        let block = [
            ql.to_vec(),
            qh.to_vec(),
            scales.map(|s| s as u8).to_vec(),
            f16_bytes(0.25).to_vec(),
        ]
        .concat();
        let mut out = [0.0; 256];
        dequantize_q6_k(&block, &mut out);
        for (e, &y) in out.iter().enumerate() {
            let q = i32::from(v(e)) - 32;
            let expected = 0.25 * f32::from(scales[e / 16]) * q as f32;
            assert_eq!(y, expected, "element {e}");
        }
        assert_eq!(out[0], -8.0); // 0.25 * 1 * -32
        assert_eq!(out[128], -1016.0); // 0.25 * 127 * -32
        assert_eq!(out[255], 54.25); // 0.25 * 7 * 31
    }
}
