//! Activations to 8 bits, for the integer-dot kernels: llama.cpp's Q8_0
//! quantization of activation rows, into aligned buffers.

use cubecl::prelude::*;

use crate::kernels::cube_index;

/// Elements per block of quantized activations (one scale each).
pub const Q8_BLOCK: u32 = 32;
/// Units per cube: one block, four elements (one word) per unit.
pub const UNITS: u32 = Q8_BLOCK / 4;

/// Block `b` of `x` (`x.len() / 32` blocks) as 32 signed bytes `round(x / d)`
/// with `d = max |x| / 127`: the bytes four to a word in `xq` (words
/// `8b..8b + 8`, element `32b` in the low byte of the first), `d` in `xd[b]`.
/// A block of zeros gets `d = 0` and zero bytes. One cube per block.
#[cube(launch_unchecked)]
pub fn quantize_q8<F: Float>(x: &Array<F>, xq: &mut Array<u32>, xd: &mut Array<f32>) {
    let block = cube_index();
    if block < u32::cast_from(xd.len()) {
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
        xq[(block * UNITS + k) as usize] = word;
        if k == 0 {
            xd[block as usize] = d;
        }
    }
}
