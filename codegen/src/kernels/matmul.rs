//! Fused dequantization and matrix-matrix product, for prefill.
//!
//! Classic shared-memory tiling: a cube of 16 x 16 units computes a 64 x 64
//! tile of the output (each unit 4 x 4 outputs, strided by 16 so that
//! neighbouring units read neighbouring shared words). Along the inner
//! dimension it walks 32 columns at a time: the units dequantize a 64 x 32
//! slice of the weight and load a 64 x 32 slice of the activations into shared
//! memory once, then every unit reuses them 4 times. Each weight element is
//! dequantized once per 64 tokens instead of once per token.

use cubecl::prelude::*;

use crate::formats::QuantFormat;

/// Output rows (tokens) and columns (weight rows) per cube.
pub const TILE: u32 = 64;
/// Inner-dimension slice loaded into shared memory per step.
pub const TILE_K: u32 = 32;
/// Units per cube, as a 16 x 16 square.
pub const UNITS: u32 = 256;
const SIDE: u32 = 16;
const PER_UNIT: u32 = TILE / SIDE;
/// Shared rows are padded by one word so a column walk hits every bank.
const ROW: u32 = TILE_K + 1;

/// `y[t, r] = sum_c x[t, c] * w[r, c]` for activations `x` (`tokens x cols`)
/// and a row-major weight `w` (`rows x cols`, `n_blocks` blocks, `cols` a
/// multiple of the block size). The grid is `ceil(rows / 64)` x `ceil(tokens / 64)`.
///
/// `block_major` selects the CPU's variant instead ([`matmul_block_major`]).
#[cube(launch_unchecked)]
pub fn matmul<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    #[comptime] block_elems: u32,
    #[comptime] units: u32,
    #[comptime] block_major: bool,
) {
    if comptime!(block_major) {
        matmul_block_major::<Q, F>(w, x, y, n_blocks, rows, cols, block_elems, units);
    } else {
        matmul_tiled::<Q, F>(w, x, y, n_blocks, rows, cols, block_elems);
    }
}

/// Tokens per cube of the block-major variant.
pub const BLOCK_MAJOR_TOKENS: u32 = 5;
/// Weight rows per cube of the block-major variant.
pub const BLOCK_MAJOR_ROWS: u32 = 1;

/// The CPU's matmul: one cube per [`BLOCK_MAJOR_ROWS`] weight rows and
/// [`BLOCK_MAJOR_TOKENS`] tokens, one unit per element of a block (as the
/// block-major matvec). Each unit dequantizes its weight elements once per
/// block, with the block's own fields computed once (uniform across the
/// cube), and uses them for every token of the cube. The grid is
/// `ceil(rows / BLOCK_MAJOR_ROWS)` x `ceil(tokens / BLOCK_MAJOR_TOKENS)`.
///
/// The last cube of a row takes only the tokens that are left (1 to 4): a
/// partial tile costs its own tokens, not a whole tile's. The CPU runtime
/// visits every token tile of a row while its weights are in cache, so the
/// matmul's cost grows with each token (Gemma 3's 168 MB Q8_0 output head
/// took as long for 5 decoding streams as for 8 when tails were padded).
///
/// A CPU keeps the row x token sums in vector registers (the CPU compiler
/// gives each element of a constant-indexed array its own lane array). With
/// AVX2's 16 vector registers, 2 rows x 4 tokens of 16 lanes took all of
/// them and spilled every sum to the stack each block; 1 x 4 keeps them in
/// registers (Gemma 3's head, 4 tokens: 26 -> 15 ms), and so does 1 x 5
/// (10 registers of sums; 6 tokens a tile was no clear gain).
#[cube]
fn matmul_block_major<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    #[comptime] block_elems: u32,
    #[comptime] units: u32,
) {
    let tokens = u32::cast_from(x.len()) / cols;
    let row0 = CUBE_POS_X * BLOCK_MAJOR_ROWS;
    let token0 = CUBE_POS_Y * BLOCK_MAJOR_TOKENS;
    // Whole cubes leave together, and every branch below is uniform across
    // the cube, so the barriers of the reduction stay uniform.
    if row0 < rows && token0 < tokens {
        let left = tokens - token0;
        block_major_tile_of::<Q, F>(
            w,
            x,
            y,
            n_blocks,
            rows,
            cols,
            row0,
            token0,
            left,
            block_elems,
            units,
            BLOCK_MAJOR_TOKENS,
        );
    }
}

/// [`block_major_tile`] for `min(left, tile_tokens)` tokens: each tile
/// length is its own comptime loop, chosen here (a whole tile, or a tail of
/// 1 to `tile_tokens - 1`), by recursion at expansion time.
#[cube]
#[allow(clippy::too_many_arguments)]
fn block_major_tile_of<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    row0: u32,
    token0: u32,
    left: u32,
    #[comptime] block_elems: u32,
    #[comptime] units: u32,
    #[comptime] tile_tokens: u32,
) {
    // `left` is at least 1, so a 1-token tile always runs.
    if left >= tile_tokens {
        block_major_tile::<Q, F>(
            w,
            x,
            y,
            n_blocks,
            rows,
            cols,
            row0,
            token0,
            block_elems,
            units,
            tile_tokens,
        );
    } else if comptime!(tile_tokens > 1) {
        block_major_tile_of::<Q, F>(
            w,
            x,
            y,
            n_blocks,
            rows,
            cols,
            row0,
            token0,
            left,
            block_elems,
            units,
            comptime!(tile_tokens - 1),
        );
    }
}

/// One cube of [`matmul_block_major`]: rows `row0..` and exactly
/// `tile_tokens` tokens from `token0`, all of which exist.
#[cube]
#[allow(clippy::too_many_arguments)]
fn block_major_tile<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    row0: u32,
    token0: u32,
    #[comptime] block_elems: u32,
    #[comptime] units: u32,
    #[comptime] tile_tokens: u32,
) {
    let k = UNIT_POS_X;
    let blocks_per_row = cols / block_elems;
    // Rows past the end read the last one's data, and their sums are never
    // stored: the loops over them then have a constant trip count and
    // unroll, and a CPU keeps every sum in registers.
    let last_row = rows - 1;
    let mut acc = Array::<f32>::new(comptime!((BLOCK_MAJOR_ROWS * tile_tokens) as usize));
    #[unroll]
    for i in 0..BLOCK_MAJOR_ROWS * tile_tokens {
        acc[i as usize] = 0.0;
    }
    // As the block-major matvec: `units` elements of a block at a time.
    for b in 0..blocks_per_row {
        for s in 0..comptime!(block_elems / units) {
            let e = s * units + k;
            let col = b * block_elems + e;
            let mut weights = Array::<f32>::new(BLOCK_MAJOR_ROWS as usize);
            #[unroll]
            for r in 0..BLOCK_MAJOR_ROWS {
                let row = min(row0 + r, last_row);
                weights[r as usize] = Q::dequant(w, n_blocks, row * blocks_per_row + b, e);
            }
            #[unroll]
            for t in 0..tile_tokens {
                let xv = f32::cast_from(x[((token0 + t) * cols + col) as usize]);
                #[unroll]
                for r in 0..BLOCK_MAJOR_ROWS {
                    acc[(r * tile_tokens + t) as usize] += weights[r as usize] * xv;
                }
            }
        }
    }
    #[unroll]
    for r in 0..BLOCK_MAJOR_ROWS {
        #[unroll]
        for t in 0..tile_tokens {
            // The CPU runs a cube as one plane.
            let total = plane_sum(acc[(r * tile_tokens + t) as usize]);
            if k == 0 && row0 + r < rows {
                y[((token0 + t) * rows + row0 + r) as usize] = F::cast_from(total);
            }
        }
    }
}

#[cube]
fn matmul_tiled<Q: QuantFormat, F: Float>(
    w: &Array<u32>,
    x: &Array<F>,
    y: &mut Array<F>,
    n_blocks: u32,
    rows: u32,
    cols: u32,
    #[comptime] block_elems: u32,
) {
    let tokens = u32::cast_from(x.len()) / cols;
    let row0 = CUBE_POS_X * TILE;
    let token0 = CUBE_POS_Y * TILE;
    let unit = UNIT_POS_X;
    let (ty, tx) = (unit / SIDE, unit % SIDE);
    let blocks_per_row = cols / block_elems;

    let mut ws = SharedMemory::<f32>::new((TILE * ROW) as usize);
    let mut xs = SharedMemory::<f32>::new((TILE * ROW) as usize);
    let mut acc = Array::<f32>::new((PER_UNIT * PER_UNIT) as usize);
    #[unroll]
    for i in 0..PER_UNIT * PER_UNIT {
        acc[i as usize] = 0.0;
    }

    let mut k0 = 0u32;
    while k0 < cols {
        // Load: element e of the 64 x 32 slice is (e / 32, e % 32); consecutive
        // units take consecutive columns, so reads from global memory coalesce.
        // Not unrolled in the IR: the dequantization inlined here is long, and
        // GPU compilers unroll a constant trip count themselves; the CPU
        // compiler would otherwise emit it 8 times over.
        for step in 0..TILE * TILE_K / UNITS {
            let e = step * UNITS + unit;
            let (r, c) = (e / TILE_K, e % TILE_K);
            let col = k0 + c;
            let mut wv = 0.0f32;
            let row = row0 + r;
            if row < rows && col < cols {
                let block = row * blocks_per_row + col / block_elems;
                wv = Q::dequant(w, n_blocks, block, col % block_elems);
            }
            ws[(r * ROW + c) as usize] = wv;
            let mut xv = 0.0f32;
            let token = token0 + r;
            if token < tokens && col < cols {
                xv = f32::cast_from(x[(token * cols + col) as usize]);
            }
            xs[(r * ROW + c) as usize] = xv;
        }
        sync_cube();

        for kk in 0..TILE_K {
            let mut a = Array::<f32>::new(PER_UNIT as usize);
            let mut b = Array::<f32>::new(PER_UNIT as usize);
            #[unroll]
            for i in 0..PER_UNIT {
                a[i as usize] = xs[((ty + SIDE * i) * ROW + kk) as usize];
                b[i as usize] = ws[((tx + SIDE * i) * ROW + kk) as usize];
            }
            #[unroll]
            for i in 0..PER_UNIT {
                #[unroll]
                for j in 0..PER_UNIT {
                    acc[(i * PER_UNIT + j) as usize] += a[i as usize] * b[j as usize];
                }
            }
        }
        sync_cube();
        k0 += TILE_K;
    }

    #[unroll]
    for i in 0..PER_UNIT {
        #[unroll]
        for j in 0..PER_UNIT {
            let token = token0 + ty + SIDE * i;
            let row = row0 + tx + SIDE * j;
            if token < tokens && row < rows {
                y[(token * rows + row) as usize] = F::cast_from(acc[(i * PER_UNIT + j) as usize]);
            }
        }
    }
}
