//! Embedding lookup: rows of a quantized table, picked by token id.

use cubecl::prelude::*;

use crate::formats::QuantFormat;

/// `out[t, c] = w[ids[t], c]` for a row-major table `w` of `n_blocks` blocks
/// and `cols` columns (a multiple of the block size). The launch layer checks
/// that every id names a row.
#[cube(launch_unchecked)]
pub fn embedding<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    ids: &Array<u32>,
    out: &mut Array<F>,
    n_blocks: u32,
    cols: u32,
    #[comptime] block_elems: u32,
) {
    let k = crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X;
    if (k as usize) < out.len() {
        let row = ids[(k / cols) as usize];
        let c = k % cols;
        let block = row * (cols / block_elems) + c / block_elems;
        out[k as usize] = F::cast_from(Q::dequant(w, n_blocks, block, c % block_elems));
    }
}
