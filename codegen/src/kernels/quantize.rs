//! Activations to 8 bits, for the integer-dot kernels: llama.cpp's Q8_0
//! quantization of activation rows, into aligned buffers laid out for
//! [`super::matmul_q8::matmul_q8`] (tokens across the units of a cube) or
//! [`super::matvec_q8::matvec_q8`] (a token's words in a row).

use cubecl::prelude::*;

use crate::kernels::cube_index;

/// Elements per block of quantized activations (one scale each).
pub const Q8_BLOCK: u32 = 32;
/// Units per cube: one block, four elements (one word) per unit.
pub const UNITS: u32 = Q8_BLOCK / 4;
/// Tokens side by side in the quantized layout: a tile of this many
/// tokens keeps each word of a block together, token by token, so that an
/// integer-dot cube (a unit per token) loads it as one vector.
pub const TOKEN_TILE: u32 = 16;

/// Block `b` of `x` (`tokens x cols`, `cols / 32` blocks a token) as 32
/// signed bytes `round(x / d)` with `d = max |x| / 127`; a block of zeros
/// gets `d = 0` and zero bytes. One cube per block.
///
/// The bytes go four to a word (element `4j` in the low byte of word `j`),
/// and word `j` of block `s` of token `t` to
/// `xq[((t / tile * steps + s) * 8 + j) * tile + t % tile]`, its `d` to
/// `xd[(t / tile * steps + s) * tile + t % tile]` (`steps = cols / 32`; the
/// buffers are padded to whole tiles of `tile` tokens). `tile` is
/// [`TOKEN_TILE`] for `matmul_q8` and 1 for `matvec_q8`, where each token's
/// words are then in order.
#[cube(launch_unchecked)]
pub fn quantize_q8<F: Float>(
    x: &Array<F>,
    xq: &mut Array<u32>,
    xd: &mut Array<f32>,
    cols: u32,
    tile: u32,
) {
    let block = cube_index();
    let steps = cols / Q8_BLOCK;
    if block * Q8_BLOCK < u32::cast_from(x.len()) {
        let k = UNIT_POS_X;
        let first = block * Q8_BLOCK + k * 4;
        let mut v = Array::<f32>::new(4usize);
        let mut amax = 0.0f32;
        #[unroll]
        for j in 0..4u32 {
            v[j as usize] = f32::cast_from(x[(first + j) as usize]);
            amax = max(amax, f32::abs(v[j as usize]));
        }
        // The cube is one plane on every target it runs on (8 units).
        let amax = plane_max(amax);
        let d = amax / 127.0;
        let inverse = select(d > 0.0, 1.0 / d, 0.0);
        let mut word = 0u32;
        #[unroll]
        for j in 0..4u32 {
            let q = i32::cast_from(f32::round(v[j as usize] * inverse));
            word |= (u32::cast_from(q) & 255u32) << (j * 8);
        }
        let token = block / steps;
        let lane = token % tile;
        let tile_block = token / tile * steps + block % steps;
        xq[((tile_block * UNITS + k) * tile + lane) as usize] = word;
        if k == 0 {
            xd[(tile_block * tile + lane) as usize] = d;
        }
    }
}
