//! Matrix product of a quantized weight and 8-bit activations, in integers:
//! llama.cpp's CPU approach, written once for every integer format.
//!
//! Each weight element is `scale * u + offset` with a byte `u` and a
//! scale and offset per group ([`crate::formats::Int8Format`]); each
//! activation is `d * v` with a signed byte `v` and `d` per 32
//! ([`super::quantize::quantize_q8`]). Over a group,
//! `sum w x = d * (scale * sum u v + offset * sum v)`: the sums are integer
//! dot products of four bytes at a time ([`super::dot::dot_u8_i8`]), one
//! instruction (`vpdpbusd`) for 32 products on a CPU with AVX512-VNNI,
//! where the float kernel spends a multiply-add on each, after decoding
//! each weight element to a float.
//!
//! The units of a cube are tokens (as in a GEMM's outer product): a weight
//! word is read and decoded once, as a scalar, and multiplies the same word
//! of 16 tokens at once, laid side by side by `quantize_q8`. The float work
//! of a group (its scales) is then shared by 16 tokens too. With units as
//! the 32 elements of a block instead, every (row, token) pair paid a
//! conversion and two multiply-adds per block on 4 or 8 lanes, and this
//! kernel ran at half the float one's speed (Gemma 3 pp512, 63-126 against
//! 160-178 t/s).

use cubecl::prelude::*;

use super::dot::dot_u8_i8;
use super::quantize::{Q8_BLOCK, TOKEN_TILE, UNITS as STEP_WORDS};
use crate::formats::Int8Format;
use crate::formats::readers::ROW_TILE;

/// Weight rows per cube (a divisor of [`ROW_TILE`]).
pub const ROWS: u32 = 4;

/// `y[t, r] = sum_c x[t, c] * w[r, c]` for `tokens` activations quantized
/// by `quantize_q8` (`xq`, `xd`, in its token tiles) and a weight `w`
/// (`rows x cols` in the row-tiled layout, `realm_ir::layout::tiled`:
/// `n_blocks` physical blocks of `block_elems`, a scale and offset per
/// `group` elements). One cube of [`TOKEN_TILE`] units (a token each) per
/// [`ROWS`] rows and tile of tokens: the grid is `ceil(rows / 4)` x
/// `ceil(tokens / 16)`.
#[cube(launch_unchecked)]
pub fn matmul_q8<Q: Int8Format, F: Float>(
    w: &Array<u32>,
    xq: &Array<u32>,
    xd: &Array<f32>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    tokens: u32,
    #[comptime] block_elems: u32,
    #[comptime] group: u32,
    #[comptime] native_dot: bool,
    #[comptime] narrow_u: bool,
) {
    // Scales per 32-element step, and the words each one covers.
    let sub = comptime!(if group.is_multiple_of(Q8_BLOCK) {
        Q8_BLOCK
    } else {
        group
    });
    let groups = comptime!(Q8_BLOCK / sub);
    let group_words = comptime!(sub / 4);
    let steps = cols / Q8_BLOCK;
    let row0 = CUBE_POS_X * ROWS;
    let tile = CUBE_POS_Y;
    let lane = UNIT_POS_X;
    if row0 < rows {
        let blocks_per_row = cols / block_elems;
        // The cube's rows lie in one tile of the layout ([`ROWS`] divides
        // its 8). Rows past the end read the tile's zero padding, and their
        // sums are never stored: the row loops keep a constant trip count,
        // and a CPU keeps every sum in a register.
        let row_tile = row0 / ROW_TILE;
        let tile_row0 = row0 % ROW_TILE;
        let mut acc = Array::<f32>::new(ROWS as usize);
        #[unroll]
        for r in 0..ROWS {
            acc[r as usize] = 0.0;
        }
        // Blocks, then their steps, as `matvec_q8` (whose float work this
        // kernel's must equal, in order).
        for b in 0..blocks_per_row {
            for s in 0..comptime!(block_elems / Q8_BLOCK) {
                let e0 = s * Q8_BLOCK;
                let step = b * comptime!(block_elems / Q8_BLOCK) + s;
                let tile_block = tile * steps + step;
                let d = xd[(tile_block * TOKEN_TILE + lane) as usize];
                let mut v = Array::<u32>::new(STEP_WORDS as usize);
                #[unroll]
                for j in 0..STEP_WORDS {
                    v[j as usize] =
                        xq[((tile_block * STEP_WORDS + j) * TOKEN_TILE + lane) as usize];
                }
                // `d * sum v` over each group's activations, for the offsets.
                let mut dsum = Array::<f32>::new(groups as usize);
                #[unroll]
                for g in 0..groups {
                    let mut sum = 0i32;
                    #[unroll]
                    for j in 0..group_words {
                        sum += dot_u8_i8(
                            0x0101_0101u32,
                            v[(g * group_words + j) as usize],
                            native_dot,
                            true,
                        );
                    }
                    dsum[g as usize] = f32::cast_from(sum) * d;
                }
                #[unroll]
                for r in 0..ROWS {
                    let weight_tile = row_tile * blocks_per_row + b;
                    let row_in_tile = tile_row0 + r;
                    #[unroll]
                    for g in 0..groups {
                        let mut dot = 0i32;
                        #[unroll]
                        for j in 0..group_words {
                            let word = g * group_words + j;
                            let u =
                                Q::quant_word(w, n_blocks, weight_tile, row_in_tile, e0 / 4 + word);
                            dot += dot_u8_i8(u, v[word as usize], native_dot, narrow_u);
                        }
                        let at = e0 + g * sub;
                        let scale = Q::scale(w, n_blocks, weight_tile, row_in_tile, at);
                        let offset = Q::offset(w, n_blocks, weight_tile, row_in_tile, at);
                        acc[r as usize] +=
                            f32::cast_from(dot) * (scale * d) + offset * dsum[g as usize];
                    }
                }
            }
        }
        let token = tile * TOKEN_TILE + lane;
        #[unroll]
        for r in 0..ROWS {
            if token < tokens && row0 + r < rows {
                y[(token * rows + row0 + r) as usize] = F::cast_from(acc[r as usize]);
            }
        }
    }
}
