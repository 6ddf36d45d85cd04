//! Matrix-vector products of a quantized weight and 8-bit activations, in
//! integers: the decode side of [`super::matmul_q8`], for one token or a
//! few, computing bit for bit what `matmul_q8` computes for a token.
//!
//! `matmul_q8` puts a token on each unit and reads each weight word once,
//! as a scalar, for 16 tokens; for one token that would leave 15 of its 16
//! lanes idle. Here the units are words of the row instead: in each
//! 32-element step (a Q8 block of activations), unit `j` of [`UNITS`] takes
//! the step's runs of four elements `j` and `j + 4` against the activation
//! words they meet. Neighbouring units then read neighbouring words of every
//! bit plane, one vector load each: with a run per unit (8 units), the
//! formats whose nibbles split a block in halves (Q4_0 to Q5_1, IQ4_NL)
//! read word `j % 4` of their plane in unit `j`, a gather, and that kernel
//! ran at half the float matvec's speed. The runs `j` of a step make up its
//! first 16 elements, and the runs `j + 4` the other 16: one group each
//! where groups are 16 elements, both halves of one group otherwise.
//!
//! Batch invariance: a sequence must get the same numbers alone (decode
//! here) as batched with others (a batch of eight or more rows takes
//! `matmul_q8`). With 8-bit activations, "nearly the same" is not enough:
//! a last-bit difference upstream can move an activation across a rounding
//! boundary of the next quantization, and a decode step batched with others
//! differed from the same step alone by 0.026 in the logits (tiny Q4_0).
//! So each group's integer sum is taken across the units first (exact), and
//! the float work is `matmul_q8`'s, in its order and with its expressions:
//! one uniform sum per row, step by step, group by group.

use cubecl::prelude::*;

use super::dot::dot_u8_i8;
use super::quantize::{Q8_BLOCK, UNITS as STEP_WORDS};
use crate::formats::Int8Format;

/// Units per cube: each takes two of a step's eight words.
pub const UNITS: u32 = STEP_WORDS / 2;

/// Weight rows per cube: the activation words and their sums are read once
/// for all of them.
pub const ROWS: u32 = 4;

/// `y[t, r] = sum_c x[t, c] * w[r, c]` for `tokens` activation rows
/// quantized by `quantize_q8` with a tile of 1 (`xq`, `xd`: each token's
/// words in order) and a row-major weight `w` (`rows x cols`, `n_blocks`
/// blocks of `block_elems`, a scale and offset per `group` elements: 16,
/// or 32 and more, as every integer format's groups are). One cube of
/// [`UNITS`] units per [`ROWS`] rows and token: the grid is
/// `ceil(rows / 4)` x `tokens`.
#[cube(launch_unchecked)]
pub fn matvec_q8<Q: Int8Format, F: Float>(
    w: &Array<u32>,
    xq: &Array<u32>,
    xd: &Array<f32>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    #[comptime] block_elems: u32,
    #[comptime] group: u32,
    #[comptime] native_dot: bool,
    #[comptime] narrow_u: bool,
) {
    // Two groups per step (16 elements each), or one.
    let halves = comptime!(group < Q8_BLOCK);
    let steps = cols / Q8_BLOCK;
    let row0 = CUBE_POS_X * ROWS;
    let token = CUBE_POS_Y;
    let lane = UNIT_POS_X;
    if row0 < rows {
        let blocks_per_row = cols / block_elems;
        // Rows past the end read the last one's weights, and their sums are
        // never stored: the row loops keep a constant trip count.
        let last_row = rows - 1;
        let mut acc = Array::<f32>::new(ROWS as usize);
        #[unroll]
        for r in 0..ROWS {
            acc[r as usize] = 0.0;
        }
        // Blocks, then their steps (rather than `step / steps_per_block`
        // and a remainder): the indices stay sums and products of the
        // counters, whose bounds checks the CPU compiler moves out of the
        // loops.
        for b in 0..blocks_per_row {
            for s in 0..comptime!(block_elems / Q8_BLOCK) {
                let e0 = s * Q8_BLOCK;
                let step = b * comptime!(block_elems / Q8_BLOCK) + s;
                let token_step = token * steps + step;
                let d = xd[token_step as usize];
                let words = token_step * STEP_WORDS;
                let v_lo = xq[(words + lane) as usize];
                let v_hi = xq[(words + UNITS + lane) as usize];
                // `d * sum v` over each group's activations, for the offsets.
                let ones = 0x0101_0101u32;
                let sum_lo = dot_u8_i8(ones, v_lo, native_dot, true);
                let sum_hi = dot_u8_i8(ones, v_hi, native_dot, true);
                // (Single-assignment values, as `matmul_q8`'s are: the CPU
                // compiler fuses multiply-adds of those only, and the two
                // kernels must fuse alike.)
                let dsum_lo = if comptime!(halves) {
                    f32::cast_from(plane_sum(sum_lo)) * d
                } else {
                    f32::cast_from(plane_sum(sum_lo + sum_hi)) * d
                };
                // The second group's, where a step has two (unused otherwise).
                let dsum_hi = if comptime!(halves) {
                    f32::cast_from(plane_sum(sum_hi)) * d
                } else {
                    f32::new(0.0)
                };
                #[unroll]
                for r in 0..ROWS {
                    let block = min(row0 + r, last_row) * blocks_per_row + b;
                    let run = e0 / 4 + lane;
                    let u_lo = Q::quant_word(w, n_blocks, block, run);
                    let u_hi = Q::quant_word(w, n_blocks, block, run + UNITS);
                    let dot_lo = dot_u8_i8(u_lo, v_lo, native_dot, narrow_u);
                    let dot_hi = dot_u8_i8(u_hi, v_hi, native_dot, narrow_u);
                    if comptime!(halves) {
                        let dot = plane_sum(dot_lo);
                        let scale = Q::scale(w, n_blocks, block, e0);
                        let offset = Q::offset(w, n_blocks, block, e0);
                        acc[r as usize] += f32::cast_from(dot) * (scale * d) + offset * dsum_lo;
                        let dot = plane_sum(dot_hi);
                        let at = e0 + group;
                        let scale = Q::scale(w, n_blocks, block, at);
                        let offset = Q::offset(w, n_blocks, block, at);
                        acc[r as usize] += f32::cast_from(dot) * (scale * d) + offset * dsum_hi;
                    } else {
                        let dot = plane_sum(dot_lo + dot_hi);
                        let scale = Q::scale(w, n_blocks, block, e0);
                        let offset = Q::offset(w, n_blocks, block, e0);
                        acc[r as usize] += f32::cast_from(dot) * (scale * d) + offset * dsum_lo;
                    }
                }
            }
        }
        #[unroll]
        for r in 0..ROWS {
            if lane == 0 && row0 + r < rows {
                y[(token * rows + row0 + r) as usize] = F::cast_from(acc[r as usize]);
            }
        }
    }
}
