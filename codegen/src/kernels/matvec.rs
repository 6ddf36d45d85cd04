//! Fused dequantization and matrix-vector product, for decoding one token.
//!
//! One cube per output row: its units walk the row in runs of [`RUN`]
//! neighbouring elements, a run per unit and the cube's runs side by side
//! (neighbouring units read neighbouring bytes), accumulate in f32, and reduce
//! through shared memory.
//!
//! `block_major` is the CPU's variant (the CPU target selects it): a cube of
//! one unit per element of a block (per element of a 32-element sub-block,
//! for the k-quants) walks the row a block at a time, so the block index
//! (and the sub-block) is the same in every unit. The CPU compiler then
//! computes a block's own fields (its scales and minimums) once per block, as
//! scalars, instead of once per element; and the cube, one plane on the CPU,
//! sums its units with a plane reduction instead of through shared memory.

use cubecl::prelude::*;

use crate::formats::QuantFormat;

/// Units of a block-major (CPU) cube at most, matvec's and matmul's: a
/// k-quant's 32-element sub-block, or a smaller format's whole block.
pub const BLOCK_MAJOR_UNITS: u32 = 16;

/// Neighbouring elements a unit of the GPU matvec takes at a time: a
/// divisor of every quantized block size (32, 256) and of their 16- and
/// 32-element sub-blocks.
pub const RUN: u32 = 8;

/// `y[r] = sum_c w[r, c] * x[c]` for a row-major `rows x cols` tensor `w` of
/// `n_blocks` blocks (`cols` a multiple of the block size).
#[cube(launch_unchecked)]
pub fn matvec<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    cols: u32,
    #[comptime] block_elems: u32,
    #[comptime] units: u32,
    #[comptime] block_major: bool,
) {
    let row = crate::kernels::cube_index();
    let rows = u32::cast_from(y.len());
    // Whole cubes leave together, so the barriers below stay uniform.
    if row < rows {
        let blocks_per_row = cols / block_elems;
        let first_block = row * blocks_per_row;
        let mut acc = 0.0f32;
        if comptime!(block_major) {
            acc = matvec_row_block_major::<Q, F>(
                w,
                x,
                n_blocks,
                first_block,
                blocks_per_row,
                block_elems,
                units,
            );
        } else if comptime!(block_elems.is_multiple_of(RUN)) {
            // A run of `RUN` neighbouring elements per unit, inside one block:
            // the run shares its block (and, `e0` being a multiple of `RUN`,
            // its k-quant sub-block), so the scale decode is one expression
            // for the whole unrolled run and the device compiler keeps one
            // copy of it instead of one per element.
            for r in range_stepped(UNIT_POS_X, cols / RUN, CUBE_DIM_X) {
                let c0 = r * RUN;
                let block = first_block + c0 / block_elems;
                let e0 = c0 % block_elems;
                #[unroll]
                for j in 0..RUN {
                    let weight = Q::dequant(w, n_blocks, block, e0 + j);
                    acc += weight * f32::cast_from(x[(c0 + j) as usize]);
                }
            }
        } else {
            // Float formats (a block of one element): nothing to share.
            for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
                let weight =
                    Q::dequant(w, n_blocks, first_block + c / block_elems, c % block_elems);
                acc += weight * f32::cast_from(x[c as usize]);
            }
        }

        let total = crate::kernels::reduce::cube_sum_of(acc, units, block_major);
        if UNIT_POS_X == 0 {
            y[row as usize] = F::cast_from(total);
        }
    }
}

/// One row's partial sums in the block-major (CPU) variant: a block `units`
/// elements at a time, unit k taking element `s * units + k`, whose sub-block
/// (`/ units`) is uniform.
///
/// Consecutive steps `s` go to separate accumulators (up to
/// [`ACCUMULATORS`]), summed at the end: with one, every step's fused
/// multiply-add waited for the previous one's (four cycles each), and that
/// chain, not the loads or the dequantization, set the pace of decoding. The
/// CPU compiler keeps a constant-indexed array's elements in registers.
#[cube]
fn matvec_row_block_major<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    n_blocks: u32,
    first_block: u32,
    blocks_per_row: u32,
    #[comptime] block_elems: u32,
    #[comptime] units: u32,
) -> f32 {
    let steps = comptime!(block_elems / units);
    // As many accumulators as divide the block's steps, up to four.
    let lanes = comptime!(if steps.is_multiple_of(ACCUMULATORS) {
        ACCUMULATORS
    } else if steps.is_multiple_of(2) {
        2
    } else {
        1
    });
    let mut acc = Array::<f32>::new(lanes as usize);
    #[unroll]
    for j in 0..lanes {
        acc[j as usize] = 0.0;
    }
    for b in 0..blocks_per_row {
        let block = first_block + b;
        let block_col = b * block_elems;
        for g in 0..comptime!(steps / lanes) {
            #[unroll]
            for j in 0..lanes {
                let s = g * lanes + j;
                acc[j as usize] += step::<Q, F>(w, x, n_blocks, block, block_col, s, units);
            }
        }
    }
    // Summed in pairs, in a fixed order.
    if comptime!(lanes == 4) {
        (acc[0] + acc[1]) + (acc[2] + acc[3])
    } else if comptime!(lanes == 2) {
        acc[0] + acc[1]
    } else {
        acc[0]
    }
}

/// Most accumulators of a block-major matvec row.
const ACCUMULATORS: u32 = 4;

/// This unit's element of step `s` of `block` (whose first column is
/// `block_col`), dequantized, times its activation.
#[cube]
fn step<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    n_blocks: u32,
    block: u32,
    block_col: u32,
    s: u32,
    #[comptime] units: u32,
) -> f32 {
    let e = s * units + UNIT_POS_X;
    Q::dequant(w, n_blocks, block, e) * f32::cast_from(x[(block_col + e) as usize])
}
