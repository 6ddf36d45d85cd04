//! Fused dequantization and matrix-matrix product on tensor cores (cubecl's
//! cooperative matrices: CUDA's wmma, Metal's simdgroup matrices).
//!
//! A cube is four planes of 32 units and computes a `2f x 2f` tile of the
//! output, where `f` is the fragment size the target has (16 on CUDA, 8 on
//! Metal); plane `p` owns fragment `(p / 2, p % 2)`. Along the inner dimension
//! the units stage a `2f x 2f` slice of the activations and of the
//! dequantized weight in shared memory as f16, then each plane runs two
//! fragment multiply-accumulates into its f32 accumulator. wgpu has no
//! cooperative matrices in cubecl 0.10; the launch layer only picks this
//! kernel where the device reports them.

use cubecl::prelude::*;
use half::f16;

use crate::formats::QuantFormat;

/// Units per plane and planes per cube.
pub const PLANE: u32 = 32;
pub const PLANES: u32 = 4;

/// `y[t, r] = sum_c x[t, c] * w[r, c]`, as [`crate::kernels::matmul::matmul`],
/// with `cube_dim = (32, 4)` and a grid of `ceil(rows / 2f)` x `ceil(tokens / 2f)`.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn matmul_cmma<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    #[comptime] block_elems: u32,
    #[comptime] frag: u32,
) {
    let tile = 2 * frag;
    let tokens = u32::cast_from(x.len()) / cols;
    let row0 = CUBE_POS_X * tile;
    let token0 = CUBE_POS_Y * tile;
    let unit = UNIT_POS_Y * PLANE + UNIT_POS_X;
    let plane = UNIT_POS_Y;
    let (frag_token, frag_row) = (plane / 2, plane % 2);
    let blocks_per_row = cols / block_elems;
    let f = frag as usize;

    // Staged slices, row-major `tile x tile`: activations [token][k] and
    // weights [row][k] (the weight is B = Wᵀ, read column-major).
    let mut xs = SharedMemory::<f16>::new((tile * tile) as usize);
    let mut ws = SharedMemory::<f16>::new((tile * tile) as usize);
    let mut out = SharedMemory::<f32>::new((tile * tile) as usize);

    let acc = cmma::Matrix::<f32>::from_value(
        cmma::MatrixIdent::Accumulator,
        f,
        f,
        f,
        cmma::MatrixLayout::Undefined,
        0.0,
    );

    let mut k0 = 0u32;
    while k0 < cols {
        for e in range_stepped(unit, tile * tile, PLANE * PLANES) {
            let (r, c) = (e / tile, e % tile);
            let col = k0 + c;
            let mut wv = 0.0f32;
            let row = row0 + r;
            if row < rows && col < cols {
                let block = row * blocks_per_row + col / block_elems;
                wv = Q::dequant(w, n_blocks, block, col % block_elems);
            }
            ws[e as usize] = f16::cast_from(wv);
            let mut xv = 0.0f32;
            let token = token0 + r;
            if token < tokens && col < cols {
                xv = f32::cast_from(x[(token * cols + col) as usize]);
            }
            xs[e as usize] = f16::cast_from(xv);
        }
        sync_cube();

        #[unroll]
        for kk in 0..2u32 {
            let a_start = (frag_token * frag * tile + kk * frag) as usize;
            let b_start = (frag_row * frag * tile + kk * frag) as usize;
            let a = cmma::Matrix::<f16>::from_slice(
                cmma::MatrixIdent::A,
                f,
                f,
                f,
                cmma::MatrixLayout::RowMajor,
                &xs.slice(a_start, a_start + ((frag - 1) * tile + frag) as usize),
                tile,
            );
            let b = cmma::Matrix::<f16>::from_slice(
                cmma::MatrixIdent::B,
                f,
                f,
                f,
                cmma::MatrixLayout::ColMajor,
                &ws.slice(b_start, b_start + ((frag - 1) * tile + frag) as usize),
                tile,
            );
            cmma::execute::<f16, f16, f32, f32>(&a, &b, &acc, &acc);
        }
        sync_cube();
        k0 += tile;
    }

    let o_start = (frag_token * frag * tile + frag_row * frag) as usize;
    cmma::store(
        &mut out.slice_mut(o_start, o_start + ((frag - 1) * tile + frag) as usize),
        &acc,
        tile,
        cmma::MatrixLayout::RowMajor,
    );
    sync_cube();
    for e in range_stepped(unit, tile * tile, PLANE * PLANES) {
        let (t, r) = (token0 + e / tile, row0 + e % tile);
        if t < tokens && r < rows {
            y[(t * rows + r) as usize] = F::cast_from(out[e as usize]);
        }
    }
}
