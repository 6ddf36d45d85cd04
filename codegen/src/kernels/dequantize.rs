//! Dequantization of a whole tensor, one unit per element.

use cubecl::prelude::*;

use crate::formats::QuantFormat;

/// `out[k]` = element `k` of the split tensor `w` of `n_blocks` blocks.
#[cube(launch_unchecked)]
pub fn dequantize<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    out: &mut Array<F>,
    n_blocks: u32,
    #[comptime] block_elems: u32,
) {
    let k = crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X;
    if (k as usize) < out.len() {
        let value = Q::dequant(w, n_blocks, k / block_elems, k % block_elems);
        out[k as usize] = F::cast_from(value);
    }
}
