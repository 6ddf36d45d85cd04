//! The unquantized formats: F32, F16 and BF16, one element per "block".
//!
//! Widening f16 and bf16 to f32 is exact, so these have no rounding to agree on.

use half::{bf16, f16};

use super::blocks_of;
use crate::format::GgmlType;

/// F32: each element is 4 little-endian bytes, copied as is (NaN payloads included).
pub fn dequantize_f32(blocks: &[u8], out: &mut [f32]) {
    // F32: [u8; 4], little-endian IEEE 754 binary32
    for (b, y) in blocks_of(GgmlType::F32, blocks, out) {
        y[0] = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    }
}

/// F16: each element is a little-endian IEEE half, widened exactly.
pub fn dequantize_f16(blocks: &[u8], out: &mut [f32]) {
    // F16: [u8; 2], little-endian IEEE 754 binary16
    for (b, y) in blocks_of(GgmlType::F16, blocks, out) {
        y[0] = f16::from_le_bytes([b[0], b[1]]).to_f32();
    }
}

/// BF16: each element is the top 16 bits of an f32, so widening is a shift.
pub fn dequantize_bf16(blocks: &[u8], out: &mut [f32]) {
    // BF16: [u8; 2], little-endian; f32 bits = bf16 bits << 16
    for (b, y) in blocks_of(GgmlType::BF16, blocks, out) {
        y[0] = bf16::from_le_bytes([b[0], b[1]]).to_f32();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn f32_is_read_little_endian() {
        let bytes = [1.5f32.to_le_bytes(), (-0.25f32).to_le_bytes()].concat();
        let mut out = [0.0; 2];
        dequantize_f32(&bytes, &mut out);
        assert_eq!(out, [1.5, -0.25]);
    }

    #[test]
    fn f16_known_values() {
        // 0x3C00 = 1.0, 0xC000 = -2.0, 0x0001 = smallest subnormal 2^-24, 0x7BFF = 65504.
        let bytes = [0x00, 0x3C, 0x00, 0xC0, 0x01, 0x00, 0xFF, 0x7B];
        let mut out = [0.0; 4];
        dequantize_f16(&bytes, &mut out);
        assert_eq!(out, [1.0, -2.0, 2f32.powi(-24), 65504.0]);
    }

    #[test]
    fn bf16_known_values() {
        // 0x3F80 = 1.0, 0xC0A0 = -5.0, 0x3E20 = 0.15625, 0x7F80 = +inf.
        let bytes = [0x80, 0x3F, 0xA0, 0xC0, 0x20, 0x3E, 0x80, 0x7F];
        let mut out = [0.0; 4];
        dequantize_bf16(&bytes, &mut out);
        assert_eq!(out, [1.0, -5.0, 0.15625, f32::INFINITY]);
    }

    #[test]
    fn every_f16_bit_pattern_round_trips() {
        let bytes: Vec<u8> = (0..=u16::MAX).flat_map(u16::to_le_bytes).collect();
        let mut out = vec![0.0f32; 1 << 16];
        dequantize_f16(&bytes, &mut out);
        for (bits, y) in (0..=u16::MAX).zip(&out) {
            if f16::from_bits(bits).is_nan() {
                assert!(y.is_nan(), "{bits:#06x}");
            } else {
                assert_eq!(f16::from_f32(*y).to_bits(), bits, "{bits:#06x} -> {y}");
            }
        }
    }

    proptest! {
        /// Any f32 rounded to f16, stored, and dequantized gives back exactly
        /// the rounded value: dequantization adds no error of its own.
        #[test]
        fn f16_round_trip_is_exact(values in prop::collection::vec(-70000.0f32..70000.0, 1..64)) {
            let halves: Vec<f16> = values.iter().map(|&v| f16::from_f32(v)).collect();
            let bytes: Vec<u8> = halves.iter().flat_map(|h| h.to_le_bytes()).collect();
            let mut out = vec![0.0; halves.len()];
            dequantize_f16(&bytes, &mut out);
            for (h, y) in halves.iter().zip(&out) {
                prop_assert_eq!(h.to_f32().to_bits(), y.to_bits());
                prop_assert_eq!(f16::from_f32(*y).to_bits(), h.to_bits());
            }
        }
    }
}
