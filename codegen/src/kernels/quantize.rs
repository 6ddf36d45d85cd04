//! Activations to 8 bits, for the integer-dot kernels: llama.cpp's Q8_0
//! quantization of activation rows, into aligned buffers laid out for
//! [`super::matvec_q8::matvec_q8`] (each token's words in order).

use cubecl::prelude::*;

use crate::kernels::cube_index;

/// Elements per block of quantized activations (one scale each).
pub const Q8_BLOCK: u32 = 32;
/// Units per cube: one block, four elements (one word) per unit.
pub const UNITS: u32 = Q8_BLOCK / 4;

/// Block `b` of `x` (`tokens x cols`, `cols / 32` blocks a token) as 32
/// signed bytes `round(x / d)` with `d = max |x| / 127`; a block of zeros
/// gets `d = 0` and zero bytes. One cube per block.
///
/// The bytes go four to a word (element `4j` in the low byte of word `j`),
/// and word `j` of block `b` to `xq[b * 8 + j]`, its `d` to `xd[b]`, and
/// the sums of its bytes over elements `0..16` and `16..32` to
/// `xs[2 * b]` and `xs[2 * b + 1]`: a weight group's offset multiplies
/// them (llama.cpp's Q8_1 keeps such a sum), and the integer kernels would
/// otherwise recompute them for every tile of weight rows.
/// (An earlier integer matmul, a token per unit, read tokens side by side
/// instead; the row-per-unit kernels read a token's words in order.)
#[cube(launch_unchecked)]
pub fn quantize_q8<F: Float>(
    x: &Array<F>,
    xq: &mut Array<u32>,
    xd: &mut Array<f32>,
    xs: &mut Array<i32>,
) {
    let block = cube_index();
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
        let mut sum = 0i32;
        #[unroll]
        for j in 0..4u32 {
            let q = i32::cast_from(f32::round(v[j as usize] * inverse));
            word |= (u32::cast_from(q) & 255u32) << (j * 8);
            sum += q;
        }
        // Units 0..4 hold elements 0..16.
        let low = plane_sum(select(k < UNITS / 2, sum, 0i32));
        let high = plane_sum(select(k < UNITS / 2, 0i32, sum));
        xq[(block * UNITS + k) as usize] = word;
        if k == 0 {
            xd[block as usize] = d;
            xs[(block * 2) as usize] = low;
            xs[(block * 2 + 1) as usize] = high;
        }
    }
}
