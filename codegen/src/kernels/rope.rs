//! Rotary position embedding, in place, one unit per rotated pair.

use cubecl::prelude::*;
use realm_ir::ops::RopeStyle;

/// Rotates the first `n_rot` dimensions of every head of `x`
/// (`tokens x heads x head_dim`); token `t` is at position `positions[t]`.
/// Pair `i` turns by `positions[t] * freq_scale * theta_scale^i`, where
/// `theta_scale = base^(-2 / n_rot)`. `style` picks the pairs: `(2i, 2i + 1)`
/// (normal) or `(i, i + n_rot / 2)` (NeoX).
///
/// A unit per rotated pair of every head, or, with `all_heads` (the CPU),
/// a unit per pair of a token that turns it in every head: the angle, a
/// power, a sine and a cosine (library calls on the CPU), is then computed
/// once per token instead of once per head (2.5% of a prefill, for heads
/// that share it). Grid: `tokens * n_rot / 2` units, times `heads` without
/// `all_heads`.
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
    #[comptime] all_heads: bool,
) {
    let unit = crate::kernels::cube_index() * CUBE_DIM_X + UNIT_POS_X;
    let half = n_rot / 2;
    let per_token = if comptime!(all_heads) {
        half
    } else {
        heads * half
    };
    let tokens = u32::cast_from(positions.len());
    if unit < tokens * per_token {
        let token = unit / per_token;
        let i = unit % half;
        let angle = f32::cast_from(positions[token as usize])
            * f32::powf(theta_scale, f32::cast_from(i))
            * freq_scale;
        let (sin, cos) = (f32::sin(angle), f32::cos(angle));
        if comptime!(all_heads) {
            for head in 0..heads {
                rotate(
                    x,
                    (token * heads + head) * head_dim,
                    i,
                    half,
                    sin,
                    cos,
                    style,
                );
            }
        } else {
            let head = (unit % per_token) / half;
            rotate(
                x,
                (token * heads + head) * head_dim,
                i,
                half,
                sin,
                cos,
                style,
            );
        }
    }
}

/// Turns pair `i` of the head at `base` by the angle of `sin` and `cos`.
#[cube]
fn rotate<F: Float>(
    x: &mut Array<F>,
    base: u32,
    i: u32,
    half: u32,
    sin: f32,
    cos: f32,
    #[comptime] style: RopeStyle,
) {
    let (a, b) = match style {
        RopeStyle::Normal => (base + 2 * i, base + 2 * i + 1),
        RopeStyle::Neox => (base + i, base + i + half),
    };
    let x0 = f32::cast_from(x[a as usize]);
    let x1 = f32::cast_from(x[b as usize]);
    x[a as usize] = F::cast_from(x0 * cos - x1 * sin);
    x[b as usize] = F::cast_from(x0 * sin + x1 * cos);
}
