//! Rotary position embedding, in place, one unit per rotated pair.

use cubecl::prelude::*;
use realm_ir::ops::RopeStyle;

/// Rotates the first `n_rot` dimensions of every head of `x`
/// (`tokens x heads x head_dim`); token `t` is at position `positions[t]`.
/// Pair `i` turns by `positions[t] * freq_scale * theta_scale^i`, where
/// `theta_scale = base^(-2 / n_rot)`. `style` picks the pairs: `(2i, 2i + 1)`
/// (normal) or `(i, i + n_rot / 2)` (NeoX).
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn rope<F: Float>(
    x: &mut Array<F>,
    positions: &Array<u32>,
    heads: u32,
    head_dim: u32,
    n_rot: u32,
    theta_scale: f32,
    freq_scale: f32,
    #[comptime] style: RopeStyle,
) {
    let pair = crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X;
    let half = n_rot / 2;
    let pairs_per_token = heads * half;
    let tokens = u32::cast_from(positions.len());
    if pair < tokens * pairs_per_token {
        let token = pair / pairs_per_token;
        let head = (pair % pairs_per_token) / half;
        let i = pair % half;
        let base = (token * heads + head) * head_dim;
        let (a, b) = match style {
            RopeStyle::Normal => (base + 2 * i, base + 2 * i + 1),
            RopeStyle::Neox => (base + i, base + i + half),
        };
        let angle = f32::cast_from(positions[token as usize])
            * f32::powf(theta_scale, f32::cast_from(i))
            * freq_scale;
        let (sin, cos) = (f32::sin(angle), f32::cos(angle));
        let x0 = f32::cast_from(x[a as usize]);
        let x1 = f32::cast_from(x[b as usize]);
        x[a as usize] = F::cast_from(x0 * cos - x1 * sin);
        x[b as usize] = F::cast_from(x0 * sin + x1 * cos);
    }
}
