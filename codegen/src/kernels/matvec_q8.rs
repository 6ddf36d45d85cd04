//! Products of a quantized weight and 8-bit activations, in integers:
//! llama.cpp's CPU approach, written once for every integer format. The
//! runtime's `matvec_q8` (one token: a token per cube) and `matmul_q8`
//! (prefill, and decode steps of several sequences: [`PREFILL_TOKENS`] per
//! cube, fewer in the last) are this one kernel.
//!
//! Each weight element is `scale * u + offset` with a byte `u` and a
//! scale and offset per group ([`crate::formats::Int8Format`]); each
//! activation is `d * v` with a signed byte `v` and `d` per 32
//! ([`super::quantize::quantize_q8`]). Over a group,
//! `sum w x = d * (scale * sum u v + offset * sum v)`: the sums are integer
//! dot products of four bytes at a time ([`super::dot::dot_u8_i8`]), one
//! instruction (`vpdpbusd`) for 32 products on a CPU with AVX512-VNNI.
//!
//! The units of a cube are weight rows: unit `j` takes row `8 * cube + j`,
//! and every activation word is read once, as a scalar, for the 8 rows.
//! The weight is row-tiled (`realm_ir::layout::tiled`), so word `k` of a
//! block of the 8 rows is one vector load, decoded once for all the cube's
//! tokens; everything after it is lane-wise: the dot of a word with a
//! token's activations, the group's integer sum, and the float work.
//!
//! What came before, and why it went:
//! - a token per unit (16 tokens per cube, weight words read as scalars
//!   and broadcast) for prefill: with 8 tokens per cube here, Gemma 3's
//!   Q5_0 product went from 87 to 139 Gelem/s and its pp512 from 290 to
//!   400 t/s (`benches/RESULTS.md`);
//! - words of one row per unit for decode, on the plain layout, summing
//!   each group across the units in every row and step (about 41
//!   instructions per row and 32 elements for Q4_1); a row per unit on the
//!   plain layout needed a gather per word, slower still.
//!
//! Batch invariance: a sequence must get the same numbers alone (decode)
//! as batched with others (prefill, or a batch of sessions). With 8-bit
//! activations, "nearly the same" is not enough: a last-bit difference
//! upstream can move an activation across a rounding boundary of the next
//! quantization, and a decode step batched with others differed from the
//! same step alone by 0.026 in the logits (tiny Q4_0). Here each token's
//! sums are the same expressions in the same order whatever the tile, so
//! a token gets the same bits alone or in a tile of others.

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

/// Tokens per cube in prefill: each decoded weight word serves this many
/// tokens' dot products.
pub const PREFILL_TOKENS: u32 = 8;

/// `y[t, r] = sum_c x[t, c] * w[r, c]` for `tokens` activation rows
/// quantized by `quantize_q8` with a tile of 1 (`xq`, `xd`: each token's
/// words in order) and a weight `w` (`rows x cols`, row-tiled: `n_blocks`
/// physical blocks of `block_elems`, a scale and offset per `group`
/// elements: 16, or 32 and more, as every integer format's groups are).
/// One cube of [`UNITS`] units (a row each) per tile of rows and
/// `token_tile` tokens: the grid is `ceil(rows / 8)` x
/// `ceil(tokens / token_tile)`. Each weight word is decoded once for the
/// cube's tokens; each token's sums are the same expressions, in the same
/// order, whatever the tile (one token in decode, several in prefill), so
/// every tile gives the same numbers.
///
/// A cube with fewer tokens left than its tile (a batch of 2 to 6
/// decoding streams, or the tail of a prefill) runs them as tiles of 4, 2
/// and 1 in turn, by the bits of their count: each of those passes reads
/// the cube's rows from cache, where `matvec_q8` a token a cube reads them
/// once a token. A tile padded with repeats of its last token cost a dot
/// product per padding token: 5 tokens in an 8-token tile took as long as
/// 8, a Gemma 3 decode step of 5 sequences 45 ms against 30 for 4.
#[cube(launch_unchecked)]
pub fn matvec_q8<Q: Int8Format, F: Float>(
    w: &Array<u32>,
    xq: &Array<u32>,
    xd: &Array<f32>,
    xs: &Array<i32>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    tokens: u32,
    #[comptime] block_elems: u32,
    #[comptime] group: u32,
    #[comptime] native_dot: bool,
    #[comptime] narrow_u: bool,
    #[comptime] token_tile: u32,
) {
    // A cube's tokens are at most a tile: the whole tile, or the last
    // cube's tail. The chain below must see only those: given all `tokens`,
    // every cube but the last ran its tile and then, as tiles of 4, 2 and
    // 1, seven of the next cube's tokens again (same bits, twice the work:
    // a Gemma 3 step of 16 sequences took 108 ms, two of 8 took 89).
    let token0 = CUBE_POS_Y * token_tile;
    let end = min(tokens, token0 + token_tile);
    matvec_q8_tiles_by_bits::<Q, F>(
        w,
        xq,
        xd,
        xs,
        y,
        n_blocks,
        rows,
        cols,
        end,
        token0,
        block_elems,
        group,
        native_dot,
        narrow_u,
        token_tile,
    );
}

/// The fewest tokens a cube runs a `token_tile` tile for: all of them, or
/// one fewer from 4 on, the tile then padded with a repeat of its last
/// token. One padding token's dot product costs less than the 1-token pass
/// it saves: a Gemma 3 decode step of 7 sequences, as 4 + 2 + 1, took
/// longer than 8.
pub(crate) const fn fewest_tokens_for(token_tile: u32) -> u32 {
    if token_tile >= 4 {
        token_tile - 1
    } else {
        token_tile
    }
}

/// The tokens from `token0` to `tokens` (fewer than `2 * token_tile`) as
/// tiles of `token_tile`, half of it, and so on down to 1: a tile where
/// that bit of their count is set (or where they are one short of it, see
/// [`fewest_tokens_for`]). Each tile length is its own comptime loop over
/// tokens, whose sums stay in registers; the chain unfolds by recursion at
/// expansion time.
#[cube]
#[allow(clippy::too_many_arguments)]
fn matvec_q8_tiles_by_bits<Q: Int8Format, F: Float>(
    w: &Array<u32>,
    xq: &Array<u32>,
    xd: &Array<f32>,
    xs: &Array<i32>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    tokens: u32,
    token0: u32,
    #[comptime] block_elems: u32,
    #[comptime] group: u32,
    #[comptime] native_dot: bool,
    #[comptime] narrow_u: bool,
    #[comptime] token_tile: u32,
) {
    let mut next = token0;
    if tokens - token0 >= comptime!(fewest_tokens_for(token_tile)) {
        matvec_q8_tile::<Q, F>(
            w,
            xq,
            xd,
            xs,
            y,
            n_blocks,
            rows,
            cols,
            tokens,
            token0,
            block_elems,
            group,
            native_dot,
            narrow_u,
            token_tile,
        );
        // Past `tokens` where the tile was padded: then none are left.
        next = min(token0 + token_tile, tokens);
    }
    if comptime!(token_tile > 1) {
        matvec_q8_tiles_by_bits::<Q, F>(
            w,
            xq,
            xd,
            xs,
            y,
            n_blocks,
            rows,
            cols,
            tokens,
            next,
            block_elems,
            group,
            native_dot,
            narrow_u,
            comptime!(token_tile / 2),
        );
    }
}

/// One cube of [`matvec_q8`]: rows of tile `CUBE_POS_X` and `token_tile`
/// tokens from `token0` (those past the end repeat the last token, and
/// are not stored).
#[cube]
#[allow(clippy::too_many_arguments)]
fn matvec_q8_tile<Q: Int8Format, F: Float>(
    w: &Array<u32>,
    xq: &Array<u32>,
    xd: &Array<f32>,
    xs: &Array<i32>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    tokens: u32,
    token0: u32,
    #[comptime] block_elems: u32,
    #[comptime] group: u32,
    #[comptime] native_dot: bool,
    #[comptime] narrow_u: bool,
    #[comptime] token_tile: u32,
) {
    // Scales per 32-element step, and the words each one covers.
    let span = comptime!(if group.is_multiple_of(Q8_BLOCK) {
        Q8_BLOCK
    } else {
        group
    });
    let groups = comptime!(Q8_BLOCK / span);
    let group_words = comptime!(span / 4);
    let steps = cols / Q8_BLOCK;
    let row_tile = CUBE_POS_X;
    let lane = UNIT_POS_X;
    let row = row_tile * ROWS + lane;
    let blocks_per_row = cols / block_elems;
    // Rows past the end read the tile's zero padding, and tokens past the
    // end the last token; their sums are never stored: every lane runs the
    // same loops, unmasked.
    let last_token = tokens - 1;
    let mut acc = Array::<f32>::new(token_tile as usize);
    #[unroll]
    for t in 0..token_tile {
        acc[t as usize] = 0.0;
    }
    // Blocks, then their steps (rather than `step / steps_per_block` and a
    // remainder): the indices stay sums and products of the counters, whose
    // bounds checks the CPU compiler moves out of the loops.
    for b in 0..blocks_per_row {
        let tile = row_tile * blocks_per_row + b;
        for s in 0..comptime!(block_elems / Q8_BLOCK) {
            let e0 = s * Q8_BLOCK;
            let step = b * comptime!(block_elems / Q8_BLOCK) + s;
            // The step's weights, decoded once for the cube's tokens.
            let mut u = Array::<u32>::new(STEP_WORDS as usize);
            #[unroll]
            for word in 0..STEP_WORDS {
                u[word as usize] = Q::quant_word(w, n_blocks, tile, lane, e0 / 4 + word);
            }
            let mut scale = Array::<f32>::new(groups as usize);
            let mut offset = Array::<f32>::new(groups as usize);
            #[unroll]
            for g in 0..groups {
                let at = e0 + g * span;
                scale[g as usize] = Q::scale(w, n_blocks, tile, lane, at);
                offset[g as usize] = Q::offset(w, n_blocks, tile, lane, at);
            }
            #[unroll]
            for t in 0..token_tile {
                let token = min(token0 + t, last_token);
                let token_step = token * steps + step;
                let d = xd[token_step as usize];
                let words = token_step * STEP_WORDS;
                #[unroll]
                for g in 0..groups {
                    // `sum v` over the group's activations, for the offset
                    // (of each 16-element half, from `quantize_q8`).
                    let sum = if comptime!(groups == 1) {
                        xs[(token_step * 2) as usize] + xs[(token_step * 2 + 1) as usize]
                    } else {
                        xs[(token_step * 2 + g) as usize]
                    };
                    let dsum = f32::cast_from(sum) * d;
                    let mut dot = 0i32;
                    #[unroll]
                    for j in 0..group_words {
                        let word = g * group_words + j;
                        let v = xq[(words + word) as usize];
                        dot += dot_u8_i8(u[word as usize], v, native_dot, narrow_u);
                    }
                    acc[t as usize] +=
                        f32::cast_from(dot) * (scale[g as usize] * d) + offset[g as usize] * dsum;
                }
            }
        }
    }
    #[unroll]
    for t in 0..token_tile {
        let token = token0 + t;
        if row < rows && token < tokens {
            y[(token * rows + row) as usize] = F::cast_from(acc[t as usize]);
        }
    }
}
