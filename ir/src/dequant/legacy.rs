//! The legacy 32-element block formats: Q4_0, Q4_1, Q5_0, Q5_1 and Q8_0
//! (ggml-quants.c, `dequantize_row_q4_0` .. `dequantize_row_q8_0`).
//!
//! Each block has one f16 scale `d` (and for the `_1` formats an f16 offset
//! `m`); an element is `q * d` or `q * d + m`. The 4- and 5-bit formats keep
//! element `j` in the low nibble of byte `j` and element `j + 16` in its high
//! nibble, so a block is not stored in element order.

use super::{blocks_of, f16_at};
use crate::format::GgmlType;

/// Q4_0: `y = (q - 8) * d` with 4-bit `q`.
pub fn dequantize_q4_0(blocks: &[u8], out: &mut [f32]) {
    // block_q4_0 (18 bytes): d: f16 @0, qs: [u8; 16] @2
    //   low nibble of qs[j] is element j, high nibble is element j + 16
    for (b, y) in blocks_of(GgmlType::Q4_0, blocks, out) {
        let d = f16_at(b, 0);
        let qs = &b[2..18];
        for j in 0..16 {
            let x0 = i32::from(qs[j] & 0x0F) - 8;
            let x1 = i32::from(qs[j] >> 4) - 8;
            y[j] = x0 as f32 * d;
            y[j + 16] = x1 as f32 * d;
        }
    }
}

/// Q4_1: `y = q * d + m` with 4-bit `q`.
pub fn dequantize_q4_1(blocks: &[u8], out: &mut [f32]) {
    // block_q4_1 (20 bytes): d: f16 @0, m: f16 @2, qs: [u8; 16] @4
    //   low nibble of qs[j] is element j, high nibble is element j + 16
    for (b, y) in blocks_of(GgmlType::Q4_1, blocks, out) {
        let d = f16_at(b, 0);
        let m = f16_at(b, 2);
        let qs = &b[4..20];
        for j in 0..16 {
            let x0 = i32::from(qs[j] & 0x0F);
            let x1 = i32::from(qs[j] >> 4);
            y[j] = x0 as f32 * d + m;
            y[j + 16] = x1 as f32 * d + m;
        }
    }
}

/// The fifth bits of a Q5 block: bit `j` of the little-endian `u32` `qh` is
/// the high bit of element `j`. Returns the high bits of elements `j` and
/// `j + 16`, already shifted to bit 4.
fn q5_high_bits(qh: u32, j: usize) -> (u8, u8) {
    let xh_0 = (((qh >> j) << 4) & 0x10) as u8;
    let xh_1 = ((qh >> (j + 12)) & 0x10) as u8;
    (xh_0, xh_1)
}

/// Q5_0: `y = (q - 16) * d` with 5-bit `q`.
pub fn dequantize_q5_0(blocks: &[u8], out: &mut [f32]) {
    // block_q5_0 (22 bytes): d: f16 @0, qh: u32 LE @2, qs: [u8; 16] @6
    //   element j: low 4 bits from qs[j] (j < 16: low nibble; else high nibble of qs[j-16]),
    //   5th bit is bit j of qh
    for (b, y) in blocks_of(GgmlType::Q5_0, blocks, out) {
        let d = f16_at(b, 0);
        let qh = u32::from_le_bytes([b[2], b[3], b[4], b[5]]);
        let qs = &b[6..22];
        for j in 0..16 {
            let (xh_0, xh_1) = q5_high_bits(qh, j);
            let x0 = i32::from((qs[j] & 0x0F) | xh_0) - 16;
            let x1 = i32::from((qs[j] >> 4) | xh_1) - 16;
            y[j] = x0 as f32 * d;
            y[j + 16] = x1 as f32 * d;
        }
    }
}

/// Q5_1: `y = q * d + m` with 5-bit `q`.
pub fn dequantize_q5_1(blocks: &[u8], out: &mut [f32]) {
    // block_q5_1 (24 bytes): d: f16 @0, m: f16 @2, qh: u32 LE @4, qs: [u8; 16] @8
    //   same element order and high bits as Q5_0
    for (b, y) in blocks_of(GgmlType::Q5_1, blocks, out) {
        let d = f16_at(b, 0);
        let m = f16_at(b, 2);
        let qh = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
        let qs = &b[8..24];
        for j in 0..16 {
            let (xh_0, xh_1) = q5_high_bits(qh, j);
            let x0 = i32::from((qs[j] & 0x0F) | xh_0);
            let x1 = i32::from((qs[j] >> 4) | xh_1);
            y[j] = x0 as f32 * d + m;
            y[j + 16] = x1 as f32 * d + m;
        }
    }
}

/// Q8_0: `y = q * d` with signed 8-bit `q`.
pub fn dequantize_q8_0(blocks: &[u8], out: &mut [f32]) {
    // block_q8_0 (34 bytes): d: f16 @0, qs: [i8; 32] @2, in element order
    for (b, y) in blocks_of(GgmlType::Q8_0, blocks, out) {
        let d = f16_at(b, 0);
        for j in 0..32 {
            let q = b[2 + j] as i8;
            y[j] = f32::from(q) * d;
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

    /// qs bytes whose low nibble is `j % 16` and high nibble `15 - j % 16`:
    /// element j holds j, element j + 16 holds 15 - j.
    fn ramp_nibbles() -> Vec<u8> {
        (0..16u8).map(|j| j | ((15 - j) << 4)).collect()
    }

    #[test]
    fn q4_0_low_nibbles_first_then_high() {
        let block = [f16_bytes(0.5).to_vec(), ramp_nibbles()].concat();
        let mut out = [0.0; 32];
        dequantize_q4_0(&block, &mut out);
        for j in 0..16 {
            assert_eq!(out[j], (j as f32 - 8.0) * 0.5, "element {j}");
            assert_eq!(out[j + 16], (7.0 - j as f32) * 0.5, "element {}", j + 16);
        }
        assert_eq!(out[0], -4.0);
        assert_eq!(out[31], -4.0);
        assert_eq!(out[15], 3.5);
    }

    #[test]
    fn q4_0_blocks_follow_each_other() {
        let mut bytes = [f16_bytes(1.0).to_vec(), vec![0x88; 16]].concat(); // all 8 -> 0.0
        bytes.extend([f16_bytes(-2.0).to_vec(), vec![0xF0; 16]].concat()); // low 0, high 15
        let mut out = [9.0; 64];
        dequantize_q4_0(&bytes, &mut out);
        assert!(out[..32].iter().all(|&x| x == 0.0));
        assert!(out[32..48].iter().all(|&x| x == 16.0)); // (0 - 8) * -2
        assert!(out[48..].iter().all(|&x| x == -14.0)); // (15 - 8) * -2
    }

    #[test]
    fn q4_1_adds_the_offset() {
        let block = [
            f16_bytes(0.25).to_vec(),
            f16_bytes(-1.0).to_vec(),
            ramp_nibbles(),
        ]
        .concat();
        let mut out = [0.0; 32];
        dequantize_q4_1(&block, &mut out);
        for j in 0..16 {
            assert_eq!(out[j], j as f32 * 0.25 - 1.0);
            assert_eq!(out[j + 16], (15 - j) as f32 * 0.25 - 1.0);
        }
    }

    #[test]
    fn q5_0_takes_the_fifth_bit_from_qh() {
        // High bit set for elements 1, 17 and 31 only: qh bits 1, 17, 31.
        let qh: u32 = (1 << 1) | (1 << 17) | (1 << 31);
        let block = [
            f16_bytes(2.0).to_vec(),
            qh.to_le_bytes().to_vec(),
            ramp_nibbles(),
        ]
        .concat();
        let mut out = [0.0; 32];
        dequantize_q5_0(&block, &mut out);
        let expected = |e: usize| {
            let low = if e < 16 { e } else { 15 - (e - 16) } as i32;
            let high = if [1, 17, 31].contains(&e) { 16 } else { 0 };
            (low + high - 16) as f32 * 2.0
        };
        for (e, &y) in out.iter().enumerate() {
            assert_eq!(y, expected(e), "element {e}");
        }
        assert_eq!(out[0], -32.0);
        assert_eq!(out[1], 2.0); // (1 + 16 - 16) * 2
        assert_eq!(out[31], 0.0); // (0 + 16 - 16) * 2
    }

    #[test]
    fn q5_1_takes_the_fifth_bit_and_adds_the_offset() {
        let qh: u32 = 0xFFFF_0000; // elements 16..32 have the high bit
        let block = [
            f16_bytes(0.5).to_vec(),
            f16_bytes(3.0).to_vec(),
            qh.to_le_bytes().to_vec(),
            ramp_nibbles(),
        ]
        .concat();
        let mut out = [0.0; 32];
        dequantize_q5_1(&block, &mut out);
        for j in 0..16 {
            assert_eq!(out[j], j as f32 * 0.5 + 3.0);
            assert_eq!(out[j + 16], (15 - j + 16) as f32 * 0.5 + 3.0);
        }
    }

    #[test]
    fn q8_0_is_signed_and_in_order() {
        let qs: Vec<u8> = (0..32).map(|j| (j as i8 * 4 - 64) as u8).collect();
        let block = [f16_bytes(-0.125).to_vec(), qs].concat();
        let mut out = [0.0; 32];
        dequantize_q8_0(&block, &mut out);
        for (j, &y) in out.iter().enumerate() {
            assert_eq!(y, (j as f32 * 4.0 - 64.0) * -0.125);
        }
        assert_eq!(out[0], 8.0);
    }

    #[test]
    fn q8_0_extremes() {
        let mut block = [f16_bytes(1.0).to_vec(), vec![0; 32]].concat();
        block[2] = 0x80; // -128
        block[3] = 0x7F; // 127
        let mut out = [0.0; 32];
        dequantize_q8_0(&block, &mut out);
        assert_eq!(&out[..3], &[-128.0, 127.0, 0.0]);
    }
}
