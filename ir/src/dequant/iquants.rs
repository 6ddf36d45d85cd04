//! The non-linear 4-bit i-quants: IQ4_NL and IQ4_XS (ggml-quants.c,
//! `dequantize_row_iq4_nl`, `dequantize_row_iq4_xs`).
//!
//! Both store 4-bit indices into a fixed codebook of 16 levels spaced more
//! tightly near zero, where weights cluster, instead of the evenly spaced
//! levels of Q4_0. IQ4_NL has one f16 scale per 32 elements; IQ4_XS packs
//! 256 elements with one f16 scale and a 6-bit sub-scale per 32.

use super::{blocks_of, f16_at};
use crate::format::GgmlType;

/// ggml's `kvalues_iq4nl`: the 16 levels an IQ4 index selects.
pub const KVALUES_IQ4NL: [i8; 16] = [
    -127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113,
];

/// The codebook level of 4-bit index `q`, as `f32`.
fn kvalue(q: u8) -> f32 {
    f32::from(KVALUES_IQ4NL[usize::from(q)])
}

/// IQ4_NL: `y = d * kvalues[q]` with 4-bit index `q`.
pub fn dequantize_iq4_nl(blocks: &[u8], out: &mut [f32]) {
    // block_iq4_nl (18 bytes): d: f16 @0, qs: [u8; 16] @2
    //   low nibble of qs[j] indexes element j, high nibble element j + 16
    for (b, y) in blocks_of(GgmlType::IQ4_NL, blocks, out) {
        let d = f16_at(b, 0);
        let qs = &b[2..18];
        for j in 0..16 {
            y[j] = d * kvalue(qs[j] & 0xF);
            y[j + 16] = d * kvalue(qs[j] >> 4);
        }
    }
}

/// IQ4_XS: `y = d * (ls - 32) * kvalues[q]` with a 6-bit `ls` per 32 elements.
pub fn dequantize_iq4_xs(blocks: &[u8], out: &mut [f32]) {
    // block_iq4_xs (136 bytes): d: f16 @0, scales_h: u16 LE @2, scales_l: [u8; 4] @4, qs: [u8; 128] @8
    //   sub-block ib < 8 (elements 32ib..32ib + 32):
    //     ls = nibble ib % 2 of scales_l[ib / 2] | (bits 2ib..2ib+2 of scales_h) << 4
    //     low nibble of qs[16ib + j] indexes element 32ib + j, high nibble element 32ib + 16 + j
    for (b, y) in blocks_of(GgmlType::IQ4_XS, blocks, out) {
        let d = f16_at(b, 0);
        let scales_h = u16::from_le_bytes([b[2], b[3]]);
        let scales_l = &b[4..8];
        let qs = &b[8..136];
        for ib in 0..8 {
            let low = (scales_l[ib / 2] >> (4 * (ib % 2))) & 0xF;
            let high = ((scales_h >> (2 * ib)) & 3) as u8;
            let ls = i32::from(low | (high << 4));
            let dl = d * (ls - 32) as f32;
            let q = &qs[16 * ib..16 * ib + 16];
            let y = &mut y[32 * ib..32 * ib + 32];
            for j in 0..16 {
                y[j] = dl * kvalue(q[j] & 0xF);
                y[j + 16] = dl * kvalue(q[j] >> 4);
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

    #[test]
    fn codebook_is_ggmls() {
        assert_eq!(KVALUES_IQ4NL[0], -127);
        assert_eq!(KVALUES_IQ4NL[8], 1);
        assert_eq!(KVALUES_IQ4NL[15], 113);
        assert!(KVALUES_IQ4NL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn iq4_nl_known_block() {
        // Low nibble j, high nibble 15 - j: element j is level j, element j + 16 level 15 - j.
        let qs: Vec<u8> = (0..16u8).map(|j| j | ((15 - j) << 4)).collect();
        let block = [f16_bytes(0.5).to_vec(), qs].concat();
        let mut out = [0.0; 32];
        dequantize_iq4_nl(&block, &mut out);
        for j in 0..16 {
            assert_eq!(out[j], 0.5 * f32::from(KVALUES_IQ4NL[j]));
            assert_eq!(out[j + 16], 0.5 * f32::from(KVALUES_IQ4NL[15 - j]));
        }
        assert_eq!(out[0], -63.5);
        assert_eq!(out[16], 56.5);
    }

    #[test]
    fn iq4_xs_known_block() {
        // Sub-block ib gets ls = 32 + 4 * ib - 14 = 18, 22, .., 46: both halves of the 6 bits used.
        let ls: [u8; 8] = std::array::from_fn(|ib| 18 + 4 * ib as u8);
        let mut scales_l = [0u8; 4];
        let mut scales_h = 0u16;
        for (ib, &l) in ls.iter().enumerate() {
            scales_l[ib / 2] |= (l & 0xF) << (4 * (ib % 2));
            scales_h |= u16::from(l >> 4) << (2 * ib);
        }
        // qs[16ib + j] = j | (15 - j) << 4, in every sub-block.
        let qs: Vec<u8> = (0..128)
            .map(|k| (k % 16) as u8 | ((15 - (k % 16) as u8) << 4))
            .collect();
        let block = [
            f16_bytes(0.25).to_vec(),
            scales_h.to_le_bytes().to_vec(),
            scales_l.to_vec(),
            qs,
        ]
        .concat();
        let mut out = [0.0; 256];
        dequantize_iq4_xs(&block, &mut out);
        for (e, &y) in out.iter().enumerate() {
            let (ib, k) = (e / 32, e % 32);
            let q = if k < 16 { k } else { 15 - (k - 16) };
            let dl = 0.25 * (i32::from(ls[ib]) - 32) as f32;
            assert_eq!(y, dl * f32::from(KVALUES_IQ4NL[q]), "element {e}");
        }
        assert_eq!(out[0], 444.5); // 0.25 * (18 - 32) * -127
        assert_eq!(out[255], -444.5); // 0.25 * (46 - 32) * -127
    }
}
