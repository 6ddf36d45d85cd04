//! How a quantized matmul rounds its activations.
//!
//! ggml never multiplies a quantized weight row with f32 activations: it first
//! quantizes the activation row to the weight type's companion format (its
//! `vec_dot_type`: Q8_0, Q8_1 or Q8_K for quantized weights, f16/bf16 for those
//! float types) and takes an integer (or half) dot product. That rounding is
//! part of what the op means: on models with nearly tied logits it decides the
//! top-1 token. [`round_activations`] applies exactly that rounding to f32
//! values, so that an f32 dot product with dequantized weights then equals
//! ggml's result up to summation order.
//!
//! The quantizers follow ggml's x86 SIMD paths (the references in `shared/`
//! were made on x86): Q8_0/Q8_1 scale by `127 / amax` and round half to even;
//! Q8_K is `quantize_row_q8_K_ref` (scale `-127 / max`, `nearest_int`).

use crate::GgmlType;
use half::{bf16, f16};

/// The format ggml quantizes activations to before a dot product with `weight`.
pub fn vec_dot_type(weight: GgmlType) -> GgmlType {
    use GgmlType::*;
    match weight {
        Q4_0 | Q5_0 | Q8_0 | IQ4_NL => Q8_0,
        Q4_1 | Q5_1 => Q8_1,
        Q2_K | Q3_K | Q4_K | Q5_K | Q6_K | IQ4_XS => Q8_K,
        F16 => F16,
        BF16 => BF16,
        _ => F32,
    }
}

/// An activation row made ready for dot products with rows of one weight format.
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedActivations {
    /// The activations as the dot product sees them.
    pub values: Vec<f32>,
    /// Q8_1 only, one per 32-block: ggml's dot with Q4_1/Q5_1 weights uses the
    /// block's sum `s = f16(d · Σq)` for the weights' minimum term, not the sum
    /// of the rounded values `f16(d) · Σq`; this is the difference.
    pub block_sum_errors: Vec<f32>,
}

/// Rounds `x` as ggml does before dot products with rows of `weight`.
pub fn prepare(weight: GgmlType, x: &[f32]) -> PreparedActivations {
    let block_sum_errors = if vec_dot_type(weight) == GgmlType::Q8_1 {
        x.chunks(32).map(q8_1_block_sum_error).collect()
    } else {
        Vec::new()
    };
    let mut values = x.to_vec();
    round_activations(weight, &mut values);
    PreparedActivations {
        values,
        block_sum_errors,
    }
}

/// ggml's dot product of a weight row (dequantized as `w`, with its per-block
/// minimums `mins` for Q4_1/Q5_1, else empty) with prepared activations.
pub fn quantized_dot(w: &[f32], mins: &[f32], x: &PreparedActivations) -> f32 {
    let correction: f32 = mins
        .iter()
        .zip(&x.block_sum_errors)
        .map(|(m, e)| m * e)
        .sum();
    crate::ops::dot(w, &x.values) + correction
}

fn q8_1_block_sum_error(x: &[f32]) -> f32 {
    let amax = x.iter().fold(0f32, |m, v| m.max(v.abs()));
    let d = amax / 127.0;
    let id = if amax != 0.0 { 127.0 / amax } else { 0.0 };
    let sum_q: f32 = x.iter().map(|v| (v * id).round_ties_even()).sum();
    f16::from_f32(d * sum_q).to_f32() - f16::from_f32(d).to_f32() * sum_q
}

/// Rounds `x` in place as ggml does before a dot product with a `weight` row.
///
/// `x.len()` must be a whole number of the companion format's blocks, which it
/// is whenever it equals the weight's row length.
pub fn round_activations(weight: GgmlType, x: &mut [f32]) {
    match vec_dot_type(weight) {
        GgmlType::Q8_0 | GgmlType::Q8_1 => x.chunks_mut(32).for_each(round_q8_0_block),
        GgmlType::Q8_K => x.chunks_mut(256).for_each(round_q8_k_block),
        GgmlType::F16 => round_to_f16(x),
        GgmlType::BF16 => x.iter_mut().for_each(|v| *v = bf16::from_f32(*v).to_f32()),
        _ => {}
    }
}

/// Rounds every value to the nearest f16 (what an f16 activation or output holds).
pub fn round_to_f16(x: &mut [f32]) {
    x.iter_mut().for_each(|v| *v = f16::from_f32(*v).to_f32());
}

/// Q8_0 (and Q8_1, whose quants are the same): `d = amax / 127` stored as f16,
/// `q = round_half_even(x · 127 / amax)`; the value seen by the dot is `f16(d) · q`.
fn round_q8_0_block(x: &mut [f32]) {
    let amax = x.iter().fold(0f32, |m, v| m.max(v.abs()));
    let d = f16::from_f32(amax / 127.0).to_f32();
    let id = if amax != 0.0 { 127.0 / amax } else { 0.0 };
    for v in x.iter_mut() {
        *v = d * (*v * id).round_ties_even();
    }
}

/// Q8_K: `iscale = -127 / max` where `max` is the value of largest magnitude,
/// `q = min(127, nearest_int(iscale · x))`, `d = 1 / iscale` kept in f32.
fn round_q8_k_block(x: &mut [f32]) {
    let mut amax = 0f32;
    let mut max = 0f32;
    for &v in x.iter() {
        if v.abs() > amax {
            amax = v.abs();
            max = v;
        }
    }
    if amax == 0.0 {
        x.fill(0.0);
        return;
    }
    let iscale = -127.0 / max;
    let d = 1.0 / iscale;
    for v in x.iter_mut() {
        let q = ((iscale * *v).round_ties_even() as i32).min(127);
        *v = d * q as f32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companion_formats_match_ggml() {
        assert_eq!(vec_dot_type(GgmlType::Q4_1), GgmlType::Q8_1);
        assert_eq!(vec_dot_type(GgmlType::Q4_K), GgmlType::Q8_K);
        assert_eq!(vec_dot_type(GgmlType::IQ4_NL), GgmlType::Q8_0);
        assert_eq!(vec_dot_type(GgmlType::F32), GgmlType::F32);
    }

    #[test]
    fn q8_0_keeps_the_largest_value_and_rounds_the_rest_to_its_grid() {
        let mut x: Vec<f32> = (0..32).map(|i| i as f32 * 0.1 - 1.0).collect();
        x[5] = 12.7;
        let orig = x.clone();
        round_activations(GgmlType::Q4_0, &mut x);
        let d = f16::from_f32(0.1).to_f32();
        assert!((x[5] - 127.0 * d).abs() < 1e-6);
        for (a, b) in x.iter().zip(&orig) {
            assert!((a / d - (a / d).round()).abs() < 1e-3, "on the grid");
            assert!((a - b).abs() <= d * 0.5 + 1e-3, "within half a step");
        }
    }

    #[test]
    fn q8_k_uses_signed_max_and_clamps_at_127() {
        let mut x = vec![0.5f32; 256];
        x[0] = -2.0;
        round_activations(GgmlType::Q6_K, &mut x);
        assert_eq!(x[0], -2.0, "the extreme value is exact");
        let mut zeros = vec![0f32; 256];
        round_activations(GgmlType::Q4_K, &mut zeros);
        assert!(zeros.iter().all(|&v| v == 0.0));
    }

    #[test]
    fn f32_weights_leave_activations_alone() {
        let mut x = vec![0.123_456_79f32; 8];
        round_activations(GgmlType::F32, &mut x);
        assert_eq!(x[0], 0.123_456_79);
        round_activations(GgmlType::F16, &mut x);
        assert_eq!(x[0], f16::from_f32(0.123_456_79).to_f32());
    }
}
