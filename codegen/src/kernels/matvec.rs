//! Fused dequantization and matrix-vector product, for decoding one token.
//!
//! One cube per output row: its units walk the row's elements with a stride of
//! the cube size (neighbouring units read neighbouring bytes), accumulate in
//! f32, and reduce through shared memory.

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
) {
    let row = crate::kernels::cube_index();
    let rows = u32::cast_from(y.len());
    // Whole cubes leave together, so the barriers below stay uniform.
    if row < rows {
        let first_block = row * (cols / block_elems);
        let mut acc = 0.0f32;
        for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
            let weight = Q::dequant(w, n_blocks, first_block + c / block_elems, c % block_elems);
            acc += weight * f32::cast_from(x[c as usize]);
        }

        let mut scratch = SharedMemory::<f32>::new(units as usize);
        let total = crate::kernels::reduce::cube_sum(acc, &mut scratch);
        if UNIT_POS_X == 0 {
            y[row as usize] = F::cast_from(total);
        }
    }
}
