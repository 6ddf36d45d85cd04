//! Elementwise kernels, one unit per output element: the gated activations of
//! a GLU feed-forward block, add / mul (with row broadcast) / scale, and a
//! range copy between arrays (KV cache writes, row slices on a device).

use cubecl::prelude::*;
use realm_ir::ops::GluActivation;

/// `out[i] = act(gate[i]) * up[i]`, computed in f32.
#[cube(launch_unchecked)]
pub fn glu<F: Float>(
    gate: &Array<F>,
    up: &Array<F>,
    out: &mut Array<F>,
    #[comptime] act: GluActivation,
) {
    let i = (crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X) as usize;
    if i < out.len() {
        let g = f32::cast_from(gate[i]);
        let activated = match act {
            GluActivation::SwiGlu => g / (1.0 + f32::exp(-g)),
            GluActivation::GeGlu => {
                // The tanh approximation (Gemma's gelu_pytorch_tanh, ggml's gelu).
                let inner = 0.797_884_6 * g * (1.0 + 0.044715 * g * g);
                0.5 * g * (1.0 + f32::tanh(inner))
            }
        };
        out[i] = F::cast_from(activated * f32::cast_from(up[i]));
    }
}

/// A binary elementwise operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Mul,
}

/// `out[i] = a[i] op b[i % len(b)]`: `b` is either as long as `a` or one row
/// that repeats over the rows of `a`.
#[cube(launch_unchecked)]
pub fn binary<F: Float>(a: &Array<F>, b: &Array<F>, out: &mut Array<F>, #[comptime] op: BinaryOp) {
    let i = (crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X) as usize;
    if i < out.len() {
        let (x, y) = (f32::cast_from(a[i]), f32::cast_from(b[i % b.len()]));
        let v = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Mul => x * y,
        };
        out[i] = F::cast_from(v);
    }
}

/// `out[i] = a[i] * s`.
#[cube(launch_unchecked)]
pub fn scale<F: Float>(a: &Array<F>, out: &mut Array<F>, s: f32) {
    let i = (crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X) as usize;
    if i < out.len() {
        out[i] = F::cast_from(f32::cast_from(a[i]) * s);
    }
}

/// `dst[dst_offset + i] = src[src_offset + i]` for `i < n`: the rest of `dst`
/// is left as it was. This is how a device backend writes new keys and values
/// into its KV cache and moves rows between batched activations.
#[cube(launch_unchecked)]
pub fn copy<F: Float>(
    src: &Array<F>,
    dst: &mut Array<F>,
    src_offset: u32,
    dst_offset: u32,
    n: u32,
) {
    let i = crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X;
    if i < n {
        dst[(dst_offset + i) as usize] = src[(src_offset + i) as usize];
    }
}
