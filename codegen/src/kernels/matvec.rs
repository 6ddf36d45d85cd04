//! Fused dequantization and matrix-vector product, for decoding one token.
//!
//! One cube per output row: its units walk the row's elements with a stride of
//! the cube size (neighbouring units read neighbouring bytes), accumulate in
//! f32, and reduce through shared memory.
//!
//! `block_major` is the CPU's variant (the CPU target selects it): a cube of
//! one unit per element of a block walks the row a block at a time, so the
//! block index is the same in every unit. The CPU compiler then computes all
//! of a block's own fields (its scales and minimums) once per block, as
//! scalars, instead of once per element; and the cube, one plane on the CPU,
//! sums its units with a plane reduction instead of through shared memory.

use cubecl::prelude::*;

use crate::formats::QuantFormat;

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
            // `units == block_elems`: unit k takes element k of every block.
            let k = UNIT_POS_X;
            for b in 0..blocks_per_row {
                let weight = Q::dequant(w, n_blocks, first_block + b, k);
                acc += weight * f32::cast_from(x[(b * block_elems + k) as usize]);
            }
        } else {
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
