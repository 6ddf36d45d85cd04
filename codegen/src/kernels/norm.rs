//! RMSNorm and LayerNorm, one cube per row.
//!
//! Norm weights (and LayerNorm's bias) stay f32 whatever the activations are:
//! GGUF stores them in f32 and they are small.
//!
//! RMSNorm walks a row in whole passes of the cube (unit `u` takes columns
//! `u`, `u + units`, ...), then the remainder: a counted loop, which the
//! CPU compiler checks once and vectorizes (a stride loop per unit ran
//! masked, lane by lane, and RMSNorm took 6% of a Gemma 3 prefill). The
//! CPU's variant is a cube of [`CPU_ROW_UNITS`] units, one plane, summed by
//! a plane reduction instead of a tree through shared memory.

use cubecl::prelude::*;

use crate::kernels::reduce::{cube_sum, cube_sum_of};

/// Units per row on the CPU: two AVX2 vectors.
pub const CPU_ROW_UNITS: u32 = 16;

/// `out[r, :] = x[r, :] / sqrt(mean(x[r, :]^2) + eps) * weight`, for rows of `cols`.
#[cube(launch_unchecked)]
pub fn rms_norm<F: Float>(
    x: &Array<F>,
    weight: &Array<f32>,
    out: &mut Array<F>,
    cols: u32,
    eps: f32,
    #[comptime] units: u32,
    #[comptime] one_plane: bool,
) {
    let row = crate::kernels::cube_index();
    let rows = u32::cast_from(x.len()) / cols;
    // Whole cubes leave together, so the barriers in the reduction stay uniform.
    if row < rows {
        let base = row * cols;
        let passes = cols / CUBE_DIM_X;
        let tail = passes * CUBE_DIM_X + UNIT_POS_X;
        let mut sum_sq = 0.0f32;
        for p in 0..passes {
            let v = f32::cast_from(x[(base + p * CUBE_DIM_X + UNIT_POS_X) as usize]);
            sum_sq += v * v;
        }
        if tail < cols {
            let v = f32::cast_from(x[(base + tail) as usize]);
            sum_sq += v * v;
        }
        let total = cube_sum_of(sum_sq, units, one_plane);
        let scale = f32::inverse_sqrt(total / f32::cast_from(cols) + eps);
        for p in 0..passes {
            let c = p * CUBE_DIM_X + UNIT_POS_X;
            let i = (base + c) as usize;
            out[i] = F::cast_from(f32::cast_from(x[i]) * scale * weight[c as usize]);
        }
        if tail < cols {
            let i = (base + tail) as usize;
            out[i] = F::cast_from(f32::cast_from(x[i]) * scale * weight[tail as usize]);
        }
    }
}

/// `out[r, :] = (x[r, :] - mean) / sqrt(var + eps) * weight + bias`, for rows of `cols`.
#[cube(launch_unchecked)]
pub fn layer_norm<F: Float>(
    x: &Array<F>,
    weight: &Array<f32>,
    bias: &Array<f32>,
    out: &mut Array<F>,
    cols: u32,
    eps: f32,
    #[comptime] units: u32,
) {
    let row = crate::kernels::cube_index();
    let rows = u32::cast_from(x.len()) / cols;
    if row < rows {
        let base = row * cols;
        let n = f32::cast_from(cols);
        let mut scratch = SharedMemory::<f32>::new(units as usize);
        let mut sum = 0.0f32;
        for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
            sum += f32::cast_from(x[(base + c) as usize]);
        }
        let mean = cube_sum(sum, &mut scratch) / n;
        // Two passes: the variance of centred values does not cancel catastrophically.
        let mut sum_sq = 0.0f32;
        for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
            let d = f32::cast_from(x[(base + c) as usize]) - mean;
            sum_sq += d * d;
        }
        let var = cube_sum(sum_sq, &mut scratch) / n;
        let scale = f32::inverse_sqrt(var + eps);
        for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
            let i = (base + c) as usize;
            let v = (f32::cast_from(x[i]) - mean) * scale;
            out[i] = F::cast_from(v * weight[c as usize] + bias[c as usize]);
        }
    }
}
