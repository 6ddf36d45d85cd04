//! Launches of the flash-attention kernels over a KV cache.
//!
//! Layouts as in the kernels: queries and outputs `[queries, heads,
//! head_dim]`, caches `[positions, kv_heads, head_dim]`, key `j` at position `j`.

pub use realm_ir::launch::AttentionParams;

use crate::error::{CpuError, same_len, shape};
use crate::rt::{Buf, Scalars, launch};

/// The number of query rows, checked (`realm_ir::launch`, shared with the GPU
/// layer), and that `out` is as long as `q`.
fn queries(
    params: &AttentionParams,
    q: &[f32],
    k: &[f32],
    v: &[f32],
    out: &[f32],
) -> Result<usize, CpuError> {
    same_len("attention output", out.len(), q.len())?;
    params.queries(q.len(), k.len(), v.len()).map_err(shape)
}

/// The u32 scalars after the kernel's leading head counts.
fn scalars(params: &AttentionParams, leading: &[usize], pos: usize) -> Scalars {
    let mut u32s: Vec<u32> = leading.iter().map(|&v| v as u32).collect();
    u32s.extend([
        params.shape.head_dim as u32,
        params.n_keys as u32,
        pos as u32,
        params.window_arg(),
    ]);
    Scalars {
        f32: vec![params.scale],
        u32: u32s,
        ..Default::default()
    }
}

/// Attention for one query row at `query_pos`: `q` and `out` are `[heads, head_dim]`.
///
/// On the CPU this is the prefill kernel's one-row case, not the decode
/// kernel. The decode kernel spreads a head's keys over the units, so each
/// unit's dot product walks its own key: a gather per dimension on a CPU,
/// where a cube's units are the lanes of one vector. The prefill kernel's
/// CPU variant spreads the dimensions over the lanes and sums each key's
/// products with one plane reduction: contiguous loads. perf had the decode
/// kernel at 16% of SmolLM2's tg128.
pub fn attention_decode(
    q: &[f32],
    k: &[f32],
    v: &[f32],
    out: &mut [f32],
    params: AttentionParams,
    query_pos: usize,
) -> Result<(), CpuError> {
    if queries(&params, q, k, v, out)? != 1 {
        return Err(shape("attention_decode takes one query row".into()));
    }
    attention_prefill(q, k, v, out, params, query_pos)
}

/// Causal attention for query rows at positions `first_pos..`: `q` and `out`
/// are `[queries, heads, head_dim]`.
pub fn attention_prefill(
    q: &[f32],
    k: &[f32],
    v: &[f32],
    out: &mut [f32],
    params: AttentionParams,
    first_pos: usize,
) -> Result<(), CpuError> {
    let queries = queries(&params, q, k, v, out)?;
    let shape = params.shape;
    let scalars = scalars(&params, &[shape.n_head, shape.n_kv_head], first_pos);
    // The CPU's prefill kernel (`attention_prefill_rows`): a cube per
    // (query, head).
    let cubes = queries * shape.n_head;
    let bufs = [Buf::of(q), Buf::of(k), Buf::of(v), Buf::of_mut(out)];
    // SAFETY: shapes checked above; the kernel reads keys below `n_keys`.
    unsafe {
        launch(
            kernel!(attention_prefill_f32),
            [cubes.max(1) as u32, 1, 1],
            &bufs,
            &scalars,
        )
    };
    Ok(())
}
