//! Matrix-vector products of a quantized weight and 8-bit activations, in
//! integers: the decode side of [`super::matmul_q8`], for one token or a
//! few, computing bit for bit what `matmul_q8` computes for a token.
//!
//! `matmul_q8` puts a token on each unit and reads each weight word once,
//! as a scalar, for 16 tokens; for one token that would leave 15 of its 16
//! lanes idle. Here the units are rows instead: unit `j` takes row
//! `8 * cube + j`, and every activation word is read once, as a scalar, for
//! the 8 rows. The weight is row-tiled (`realm_ir::layout::tiled`), so word
//! `k` of a block of the 8 rows is one vector load, and everything after
//! it is lane-wise: the dot of a word with the activations, the group's
//! integer sum, and the float work of the group.
//!
//! The earlier kernel, on the plain layout, made the units words of one row
//! (4 rows per cube) and summed each group across the units before its
//! float work, in every row and step: about 41 instructions per row and 32
//! elements for Q4_1. A row per lane on the plain layout needed a gather
//! per word, which was slower still (see `benches/RESULTS.md`).
//!
//! Batch invariance: a sequence must get the same numbers alone (decode
//! here) as batched with others (a batch of eight or more rows takes
//! `matmul_q8`). With 8-bit activations, "nearly the same" is not enough:
//! a last-bit difference upstream can move an activation across a rounding
//! boundary of the next quantization, and a decode step batched with others
//! differed from the same step alone by 0.026 in the logits (tiny Q4_0).
//! With a row per unit, each lane's sums are `matmul_q8`'s for its row, in
//! its order and with its expressions: one sum per row, step by step, group
//! by group.

use cubecl::prelude::*;

use super::dot::dot_u8_i8;
use super::quantize::{Q8_BLOCK, UNITS as STEP_WORDS};
use crate::formats::Int8Format;
use crate::formats::readers::ROW_TILE;

/// Units per cube, a weight row each: a tile of the layout, one AVX2
/// vector of `i32` or `f32`, and a unit per activation word of a step (for
/// the sums of the words).
pub const UNITS: u32 = ROW_TILE;

/// Weight rows per cube.
pub const ROWS: u32 = UNITS;

/// `y[t, r] = sum_c x[t, c] * w[r, c]` for `tokens` activation rows
/// quantized by `quantize_q8` with a tile of 1 (`xq`, `xd`: each token's
/// words in order) and a weight `w` (`rows x cols`, row-tiled: `n_blocks`
/// physical blocks of `block_elems`, a scale and offset per `group`
/// elements: 16, or 32 and more, as every integer format's groups are).
/// One cube of [`UNITS`] units (a row each) per tile of rows and token:
/// the grid is `ceil(rows / 8)` x `tokens`.
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
    // Scales per 32-element step, and the words each one covers (as in
    // `matmul_q8`).
    let span = comptime!(if group.is_multiple_of(Q8_BLOCK) {
        Q8_BLOCK
    } else {
        group
    });
    let groups = comptime!(Q8_BLOCK / span);
    let group_words = comptime!(span / 4);
    let steps = cols / Q8_BLOCK;
    let row_tile = CUBE_POS_X;
    let token = CUBE_POS_Y;
    let lane = UNIT_POS_X;
    let row = row_tile * ROWS + lane;
    let blocks_per_row = cols / block_elems;
    // Rows past the end read the tile's zero padding, and their sums are
    // never stored: every lane runs the same loops, unmasked.
    let mut acc = 0.0f32;
    // Blocks, then their steps (rather than `step / steps_per_block` and a
    // remainder): the indices stay sums and products of the counters, whose
    // bounds checks the CPU compiler moves out of the loops.
    for b in 0..blocks_per_row {
        let tile = row_tile * blocks_per_row + b;
        for s in 0..comptime!(block_elems / Q8_BLOCK) {
            let e0 = s * Q8_BLOCK;
            let step = b * comptime!(block_elems / Q8_BLOCK) + s;
            let token_step = token * steps + step;
            let d = xd[token_step as usize];
            let words = token_step * STEP_WORDS;
            // `sum v` of each activation word, a word per unit: summed over
            // a group below, for the offsets. (An integer sum, so the same
            // whichever units add it.)
            let word_sum = dot_u8_i8(
                0x0101_0101u32,
                xq[(words + lane) as usize],
                native_dot,
                true,
            );
            #[unroll]
            for g in 0..groups {
                let sum = if comptime!(groups == 1) {
                    plane_sum(word_sum)
                } else {
                    plane_sum(select(lane / group_words == g, word_sum, 0i32))
                };
                let dsum = f32::cast_from(sum) * d;
                let mut dot = 0i32;
                #[unroll]
                for j in 0..group_words {
                    let word = g * group_words + j;
                    let v = xq[(words + word) as usize];
                    let u = Q::quant_word(w, n_blocks, tile, lane, e0 / 4 + word);
                    dot += dot_u8_i8(u, v, native_dot, narrow_u);
                }
                let at = e0 + g * span;
                let scale = Q::scale(w, n_blocks, tile, lane, at);
                let offset = Q::offset(w, n_blocks, tile, lane, at);
                acc += f32::cast_from(dot) * (scale * d) + offset * dsum;
            }
        }
    }
    if row < rows {
        y[(token * rows + row) as usize] = F::cast_from(acc);
    }
}
