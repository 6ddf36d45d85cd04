//! Reference dequantization: GGUF tensor bytes to `f32`, one plain scalar
//! function per format.
//!
//! These functions are the project's oracle. Every backend's dequantization and
//! quantized matmul is tested against them, and they are themselves tested
//! against the `gguf` Python package on real files
//! (`runtime/tests/dequant_vs_gguf.rs`). So they follow ggml's
//! `dequantize_row_*` (`ggml-quants.c`) line by line, in the same order of
//! float operations, and read each block by byte offset: obviously correct beats
//! fast. Each function starts with a comment giving its block layout.
//!
//! The per-format functions take whole blocks and panic on a length mismatch,
//! since callers inside Realm size their buffers from the format table;
//! [`dequantize`] is the checked entry point for bytes from a file.

mod float;
mod iquants;
mod kquants;
mod legacy;

use std::fmt;

use half::f16;

use crate::format::GgmlType;

pub use float::{dequantize_bf16, dequantize_f16, dequantize_f32};
pub use iquants::{KVALUES_IQ4NL, dequantize_iq4_nl, dequantize_iq4_xs};
pub use kquants::{
    dequantize_q2_k, dequantize_q3_k, dequantize_q4_k, dequantize_q5_k, dequantize_q6_k,
};
pub use legacy::{
    dequantize_q4_0, dequantize_q4_1, dequantize_q5_0, dequantize_q5_1, dequantize_q8_0,
};

/// The per-block minimums `m` of formats whose blocks are `d · q + m`
/// (Q4_1, Q5_1; both store `m` as f16 at byte 2 of the block); empty for the
/// others. ggml's dot product treats the minimum term separately (see
/// [`crate::activation::quantized_dot`]).
pub fn block_mins(ty: GgmlType, bytes: &[u8]) -> Vec<f32> {
    match ty {
        GgmlType::Q4_1 | GgmlType::Q5_1 => bytes
            .chunks_exact(ty.type_size())
            .map(|b| f16_at(b, 2))
            .collect(),
        _ => Vec::new(),
    }
}

/// Why a dequantization could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DequantError {
    /// The type has no reference dequantization (see [`GgmlType::is_supported`]).
    Unsupported(GgmlType),
    /// `bytes` is not exactly the size of `elements` elements of `ty`, or
    /// `elements` is not a whole number of blocks.
    BadLength {
        ty: GgmlType,
        bytes: usize,
        elements: usize,
    },
}

impl fmt::Display for DequantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DequantError::Unsupported(ty) => write!(f, "no dequantization for tensor type {ty}"),
            DequantError::BadLength {
                ty,
                bytes,
                elements,
            } => write!(
                f,
                "{bytes} bytes do not hold exactly {elements} elements of type {ty} \
                 ({} elements, {} bytes per block)",
                ty.block_size(),
                ty.type_size()
            ),
        }
    }
}

impl std::error::Error for DequantError {}

/// Dequantize `out.len()` elements of type `ty` stored in `bytes` (exactly
/// `ty.bytes_for(out.len())` bytes) into `f32`.
pub fn dequantize(ty: GgmlType, bytes: &[u8], out: &mut [f32]) -> Result<(), DequantError> {
    let kernel: fn(&[u8], &mut [f32]) = match ty {
        GgmlType::F32 => dequantize_f32,
        GgmlType::F16 => dequantize_f16,
        GgmlType::BF16 => dequantize_bf16,
        GgmlType::Q4_0 => dequantize_q4_0,
        GgmlType::Q4_1 => dequantize_q4_1,
        GgmlType::Q5_0 => dequantize_q5_0,
        GgmlType::Q5_1 => dequantize_q5_1,
        GgmlType::Q8_0 => dequantize_q8_0,
        GgmlType::Q2_K => dequantize_q2_k,
        GgmlType::Q3_K => dequantize_q3_k,
        GgmlType::Q4_K => dequantize_q4_k,
        GgmlType::Q5_K => dequantize_q5_k,
        GgmlType::Q6_K => dequantize_q6_k,
        GgmlType::IQ4_NL => dequantize_iq4_nl,
        GgmlType::IQ4_XS => dequantize_iq4_xs,
        _ => return Err(DequantError::Unsupported(ty)),
    };
    let bad_length = DequantError::BadLength {
        ty,
        bytes: bytes.len(),
        elements: out.len(),
    };
    match ty.bytes_for(out.len() as u64) {
        Some(expected) if expected == bytes.len() as u64 => {
            kernel(bytes, out);
            Ok(())
        }
        _ => Err(bad_length),
    }
}

/// Dequantize `n_elements` elements of type `ty` from `bytes` into a new vector.
pub fn dequantize_to_vec(
    ty: GgmlType,
    bytes: &[u8],
    n_elements: usize,
) -> Result<Vec<f32>, DequantError> {
    let mut out = vec![0.0; n_elements];
    dequantize(ty, bytes, &mut out)?;
    Ok(out)
}

/// Pairs each block of `ty` in `blocks` with the `block_size()` outputs it
/// fills, after checking that both slices hold the same number of whole blocks.
///
/// Panics on a mismatch: the per-format functions are called with buffers sized
/// from the format table, so a mismatch is a bug in the caller.
fn blocks_of<'a>(
    ty: GgmlType,
    blocks: &'a [u8],
    out: &'a mut [f32],
) -> impl Iterator<Item = (&'a [u8], &'a mut [f32])> {
    let (block_size, type_size) = (ty.block_size(), ty.type_size());
    assert!(
        out.len().is_multiple_of(block_size) && blocks.len() == out.len() / block_size * type_size,
        "{ty}: {} bytes cannot fill {} elements",
        blocks.len(),
        out.len()
    );
    blocks
        .chunks_exact(type_size)
        .zip(out.chunks_exact_mut(block_size))
}

/// The little-endian `f16` at byte `offset` of `block`, widened (exactly) to `f32`.
fn f16_at(block: &[u8], offset: usize) -> f32 {
    f16::from_le_bytes([block[offset], block[offset + 1]]).to_f32()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_type_dequantizes_a_zero_block() {
        for ty in GgmlType::SUPPORTED {
            let bytes = vec![0u8; ty.type_size() * 2];
            let out = dequantize_to_vec(ty, &bytes, ty.block_size() * 2)
                .unwrap_or_else(|e| panic!("{ty}: {e}"));
            // All-zero bytes are d = 0 (and min = 0) in every format, so every output is 0.
            assert!(out.iter().all(|&x| x == 0.0), "{ty}: {out:?}");
        }
    }

    #[test]
    fn unsupported_types_are_refused() {
        for ty in [
            GgmlType::Q8_1,
            GgmlType::Q8_K,
            GgmlType::IQ2_XXS,
            GgmlType::I32,
        ] {
            let bytes = vec![0u8; ty.type_size()];
            assert_eq!(
                dequantize_to_vec(ty, &bytes, ty.block_size()),
                Err(DequantError::Unsupported(ty))
            );
        }
    }

    #[test]
    fn wrong_lengths_are_refused() {
        for ty in GgmlType::SUPPORTED {
            let (bs, ts) = (ty.block_size(), ty.type_size());
            for (bytes, elements) in [(ts - 1, bs), (ts + 1, bs), (ts * 2, bs), (ts, bs * 2)] {
                let err = dequantize_to_vec(ty, &vec![0u8; bytes], elements).unwrap_err();
                assert_eq!(
                    err,
                    DequantError::BadLength {
                        ty,
                        bytes,
                        elements
                    }
                );
            }
        }
        // Not a whole number of blocks, even with a plausible byte count.
        let err = dequantize_to_vec(GgmlType::Q4_0, &[0u8; 18], 31).unwrap_err();
        assert!(matches!(err, DequantError::BadLength { elements: 31, .. }));
        assert!(err.to_string().contains("Q4_0"), "{err}");
    }

    #[test]
    #[should_panic(expected = "cannot fill")]
    fn per_format_functions_panic_on_a_length_mismatch() {
        dequantize_q8_0(&[0u8; 34], &mut [0.0; 64]);
    }
}
