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

use cubecl::prelude::*;

use super::dot::dot_u8_i8;
use super::quantize::Q8_BLOCK;
use crate::formats::{Int8Format, Int8Spec};

/// Tokens per cube.
pub const TOKENS: u32 = 4;
/// Weight rows per cube.
pub const ROWS: u32 = 2;
/// Words (runs of four 8-bit activations) in a 32-element step.
const STEP_WORDS: u32 = Q8_BLOCK / 4;

/// Units per cube of `matmul_q8` for format `Q`: [`Int8Spec::WORD_LANES`],
/// so that the units' weight words are consecutive (one vector load on a
/// CPU), each unit then taking `8 / lanes` words of a step. Where a group
/// is shorter than a step, a unit's words could need two scales: then one
/// word each (8 units).
pub fn lanes<Q: Int8Spec>() -> u32 {
    if Q::GROUP.is_multiple_of(Q8_BLOCK) {
        Q::WORD_LANES
    } else {
        STEP_WORDS
    }
}

/// `y[t, r] = sum_c x[t, c] * w[r, c]` for activations quantized by
/// `quantize_q8` (`xq`, `xd`: `tokens x cols`) and a row-major weight `w`
/// (`rows x cols`, `n_blocks` blocks of `block_elems`, scales per `group`
/// elements). One cube of `lanes` units (see [`lanes`]) per [`ROWS`] rows
/// and [`TOKENS`] tokens; in each 32-element step, unit `k` takes the words
/// `k, k + lanes, ..` of the step's eight. The grid is `ceil(rows / 2)` x
/// `ceil(tokens / 4)`.
#[cube(launch_unchecked)]
pub fn matmul_q8<Q: Int8Format, F: Float>(
    w: &Array<u32>,
    xq: &Array<u32>,
    xd: &Array<f32>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    #[comptime] block_elems: u32,
    #[comptime] group: u32,
    #[comptime] lanes: u32,
    #[comptime] native_dot: bool,
) {
    let runs = comptime!(STEP_WORDS / lanes);
    let steps = cols / Q8_BLOCK;
    let tokens = u32::cast_from(xd.len()) / steps;
    let row0 = CUBE_POS_X * ROWS;
    let token0 = CUBE_POS_Y * TOKENS;
    // Whole cubes leave together, so the reduction's plane stays whole.
    if row0 < rows && token0 < tokens {
        let k = UNIT_POS_X;
        let blocks_per_row = cols / block_elems;
        // Rows and tokens past the end read the last one's data, and their
        // sums are never stored (as the float matmul: constant trip counts,
        // sums in registers).
        let last = tokens - 1;
        let last_row = rows - 1;
        let mut acc = Array::<f32>::new((ROWS * TOKENS) as usize);
        #[unroll]
        for i in 0..ROWS * TOKENS {
            acc[i as usize] = 0.0;
        }
        for step in 0..steps {
            let col = step * Q8_BLOCK;
            let b = col / block_elems;
            let e0 = col % block_elems;
            // The unit's first run of 4 elements in the block.
            let run = e0 / 4 + k;
            let mut words = Array::<u32>::new((ROWS * runs) as usize);
            let mut scales = Array::<f32>::new(ROWS as usize);
            let mut offsets = Array::<f32>::new(ROWS as usize);
            #[unroll]
            for r in 0..ROWS {
                let block = min(row0 + r, last_row) * blocks_per_row + b;
                #[unroll]
                for i in 0..runs {
                    words[(r * runs + i) as usize] =
                        Q::quant_word(w, n_blocks, block, run + i * lanes);
                }
                // A group of 32 or more is one scale for the whole step,
                // read once for the cube rather than by every unit.
                let at = group_elem(e0, run * 4, comptime!(group.is_multiple_of(Q8_BLOCK)));
                scales[r as usize] = Q::scale(w, n_blocks, block, at);
                offsets[r as usize] = Q::offset(w, n_blocks, block, at);
            }
            #[unroll]
            for t in 0..TOKENS {
                let token = min(token0 + t, last);
                let first = (token * steps + step) * STEP_WORDS + k;
                let d = xd[(token * steps + step) as usize];
                let mut v = Array::<u32>::new(runs as usize);
                // `sum v` over this unit's activations, for the offsets.
                let mut vsum = 0i32;
                #[unroll]
                for i in 0..runs {
                    v[i as usize] = xq[(first + i * lanes) as usize];
                    vsum += dot_u8_i8(0x0101_0101u32, v[i as usize], native_dot);
                }
                let dsum = f32::cast_from(vsum) * d;
                #[unroll]
                for r in 0..ROWS {
                    let mut dot = 0i32;
                    #[unroll]
                    for i in 0..runs {
                        dot += dot_u8_i8(words[(r * runs + i) as usize], v[i as usize], native_dot);
                    }
                    acc[(r * TOKENS + t) as usize] +=
                        f32::cast_from(dot) * (scales[r as usize] * d) + offsets[r as usize] * dsum;
                }
            }
        }
        #[unroll]
        for r in 0..ROWS {
            #[unroll]
            for t in 0..TOKENS {
                let total = plane_sum(acc[(r * TOKENS + t) as usize]);
                if k == 0 && token0 + t < tokens && row0 + r < rows {
                    y[((token0 + t) * rows + row0 + r) as usize] = F::cast_from(total);
                }
            }
        }
    }
}

/// The element whose group's scale a unit reads: the step's first (the
/// same for every unit) where groups span whole steps, else its own.
#[cube]
fn group_elem(step_first: u32, own: u32, #[comptime] whole_steps: bool) -> u32 {
    if comptime!(whole_steps) {
        step_first
    } else {
        own
    }
}
