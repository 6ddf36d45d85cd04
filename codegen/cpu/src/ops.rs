//! Launches of the float kernels: norms, softmax, RoPE and elementwise ops.
//! Shapes are checked first; outputs are caller-provided slices.

pub use realm_ir::launch::RopeParams;
use realm_ir::ops::{GluActivation, RopeStyle};

use crate::error::{CpuError, rows_of, same_len, shape};
use crate::rt::{Buf, Kernel, Scalars, launch};

fn floats(values: &[f32]) -> Scalars {
    Scalars {
        f32: values.to_vec(),
        ..Default::default()
    }
}

/// RMSNorm of every row of `x` (rows as wide as `weight`) into `out`.
pub fn rms_norm(x: &[f32], weight: &[f32], eps: f32, out: &mut [f32]) -> Result<(), CpuError> {
    let rows = rows_of("rms_norm", x.len(), weight.len())?;
    same_len("rms_norm output", out.len(), x.len())?;
    let scalars = Scalars {
        f32: vec![eps],
        u32: vec![weight.len() as u32],
        ..Default::default()
    };
    let bufs = [Buf::of(x), Buf::of(weight), Buf::of_mut(out)];
    // SAFETY: true lengths, whole rows checked above; one cube per row.
    unsafe { launch(kernel!(rms_norm_f32), [rows as u32, 1, 1], &bufs, &scalars) };
    Ok(())
}

/// LayerNorm of every row of `x` (rows as wide as `weight` and `bias`) into `out`.
pub fn layer_norm(
    x: &[f32],
    weight: &[f32],
    bias: &[f32],
    eps: f32,
    out: &mut [f32],
) -> Result<(), CpuError> {
    same_len("layer_norm weight and bias", weight.len(), bias.len())?;
    let rows = rows_of("layer_norm", x.len(), weight.len())?;
    same_len("layer_norm output", out.len(), x.len())?;
    let scalars = Scalars {
        f32: vec![eps],
        u32: vec![weight.len() as u32],
        ..Default::default()
    };
    let bufs = [Buf::of(x), Buf::of(weight), Buf::of(bias), Buf::of_mut(out)];
    // SAFETY: as in rms_norm.
    unsafe {
        launch(
            kernel!(layer_norm_f32),
            [rows as u32, 1, 1],
            &bufs,
            &scalars,
        )
    };
    Ok(())
}

/// Softmax of every row (`cols` wide) of `x * scale` into `out`. With
/// `causal = Some(p)`, row `r` is the query at position `p + r` and column `c`
/// the key at position `c`; later keys are masked.
pub fn softmax(
    x: &[f32],
    cols: usize,
    scale: f32,
    causal: Option<usize>,
    out: &mut [f32],
) -> Result<(), CpuError> {
    let rows = rows_of("softmax", x.len(), cols)?;
    same_len("softmax output", out.len(), x.len())?;
    let scalars = Scalars {
        f32: vec![scale],
        u32: vec![
            cols as u32,
            u32::from(causal.is_some()),
            causal.unwrap_or(0) as u32,
        ],
        ..Default::default()
    };
    let bufs = [Buf::of(x), Buf::of_mut(out)];
    // SAFETY: true lengths, whole rows checked above; one cube per row.
    unsafe { launch(kernel!(softmax_f32), [rows as u32, 1, 1], &bufs, &scalars) };
    Ok(())
}

/// Rotates, in place, the heads of `x` (`tokens x heads x head_dim`); token
/// `t` is at `positions[t]`.
pub fn rope(
    x: &mut [f32],
    positions: &[u32],
    heads: usize,
    head_dim: usize,
    params: RopeParams,
) -> Result<(), CpuError> {
    let pairs = params
        .pairs(x.len(), positions.len(), heads, head_dim)
        .map_err(shape)?;
    let theta_scale = params.theta_scale();
    let scalars = Scalars {
        f32: vec![theta_scale, params.freq_scale],
        u32: vec![heads as u32, head_dim as u32, params.n_rot as u32],
        ..Default::default()
    };
    let kernel = match params.style {
        RopeStyle::Normal => kernel!(rope_normal_f32),
        RopeStyle::Neox => kernel!(rope_neox_f32),
    };
    let bufs = [Buf::of_mut(x), Buf::of(positions)];
    // A unit per pair of a token, turning it in every head (see the kernel).
    let units = pairs / heads.max(1);
    // SAFETY: the kernel indexes pairs below tokens * heads * n_rot / 2 of rows
    // `head_dim` wide, checked above.
    unsafe { launch(kernel, kernel.cubes_for(units), &bufs, &scalars) };
    Ok(())
}

/// `act(gate) * up`, elementwise, into `out`.
pub fn glu(gate: &[f32], up: &[f32], act: GluActivation, out: &mut [f32]) -> Result<(), CpuError> {
    same_len("glu gate and up", gate.len(), up.len())?;
    same_len("glu output", out.len(), gate.len())?;
    let kernel = match act {
        GluActivation::SwiGlu => kernel!(swiglu_f32),
        GluActivation::GeGlu => kernel!(geglu_f32),
    };
    let bufs = [Buf::of(gate), Buf::of(up), Buf::of_mut(out)];
    // SAFETY: true and equal lengths.
    unsafe {
        launch(
            kernel,
            kernel.cubes_for(out.len()),
            &bufs,
            &Scalars::default(),
        )
    };
    Ok(())
}

/// `a + b` into `out`, with `b` as long as `a` or one row repeated over `a`'s rows.
pub fn add(a: &[f32], b: &[f32], out: &mut [f32]) -> Result<(), CpuError> {
    binary(kernel!(add_f32), a, b, out)
}

/// `a * b` into `out`, with `b` as long as `a` or one row repeated over `a`'s rows.
pub fn mul(a: &[f32], b: &[f32], out: &mut [f32]) -> Result<(), CpuError> {
    binary(kernel!(mul_f32), a, b, out)
}

fn binary(kernel: Kernel, a: &[f32], b: &[f32], out: &mut [f32]) -> Result<(), CpuError> {
    rows_of("broadcast operand", a.len(), b.len())?;
    same_len("elementwise output", out.len(), a.len())?;
    let bufs = [Buf::of(a), Buf::of(b), Buf::of_mut(out)];
    // SAFETY: `b` is non-empty and divides `a`, so `i % b.len()` is in bounds.
    unsafe {
        launch(
            kernel,
            kernel.cubes_for(out.len()),
            &bufs,
            &Scalars::default(),
        )
    };
    Ok(())
}

/// `a * s` into `out`.
pub fn scale(a: &[f32], s: f32, out: &mut [f32]) -> Result<(), CpuError> {
    same_len("scale output", out.len(), a.len())?;
    let kernel = kernel!(scale_f32);
    let cubes = kernel.cubes_for(out.len());
    let bufs = [Buf::of(a), Buf::of_mut(out)];
    // SAFETY: true and equal lengths.
    unsafe { launch(kernel, cubes, &bufs, &floats(&[s])) };
    Ok(())
}

/// The column of each row's largest value (`cols` wide rows) into `out`,
/// the lowest column among equal values.
pub fn argmax(x: &[f32], cols: usize, out: &mut [u32]) -> Result<(), CpuError> {
    let rows = rows_of("argmax", x.len(), cols)?;
    same_len("argmax output", out.len(), rows)?;
    let scalars = Scalars {
        u32: vec![cols as u32],
        ..Default::default()
    };
    let bufs = [Buf::of(x), Buf::of_mut(out)];
    // SAFETY: true lengths, whole rows checked above; one cube per row.
    unsafe { launch(kernel!(argmax_f32), [rows as u32, 1, 1], &bufs, &scalars) };
    Ok(())
}

/// Writes `src[src_offset..src_offset + n]` into `dst` at `dst_offset`,
/// through the generated `copy` kernel (the one a device backend writes its
/// KV cache with; the CPU backend itself copies slices directly).
pub fn copy(
    src: &[f32],
    src_offset: usize,
    dst: &mut [f32],
    dst_offset: usize,
    n: usize,
) -> Result<(), CpuError> {
    realm_ir::launch::copy_ranges(src.len(), src_offset, dst.len(), dst_offset, n)
        .map_err(shape)?;
    let kernel = kernel!(copy_f32);
    let cubes = kernel.cubes_for(n);
    let scalars = Scalars {
        u32: vec![src_offset as u32, dst_offset as u32, n as u32],
        ..Default::default()
    };
    let bufs = [Buf::of(src), Buf::of_mut(dst)];
    // SAFETY: both ranges checked to lie inside their slices.
    unsafe { launch(kernel, cubes, &bufs, &scalars) };
    Ok(())
}
