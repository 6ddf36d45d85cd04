//! Launches of the flash-attention kernels over a KV cache.
//!
//! Layouts as in the kernels: queries and outputs `[queries, heads,
//! head_dim]`, caches `[positions, kv_heads, head_dim]`, key `j` at position `j`.

use realm_ir::ops::AttentionShape;

use crate::error::{CpuError, same_len, shape};
use crate::kernels::{attention_decode_f32, attention_prefill_f32};
use crate::rt::{Buf, Kernel, Scalars, launch};

/// Query rows per prefill cube (the kernel's tile).
const BLOCK_QUERIES: usize = 8;
/// The largest head the kernels stage in shared memory.
pub const MAX_HEAD_DIM: usize = 256;

/// One attention call's shape and knobs.
#[derive(Clone, Copy, Debug)]
pub struct AttentionParams {
    pub shape: AttentionShape,
    /// Cache rows written so far (keys at positions `0..n_keys`).
    pub n_keys: usize,
    /// Usually `1 / sqrt(head_dim)`.
    pub scale: f32,
    /// Sliding window: keys this many positions behind the query or more are hidden.
    pub window: Option<usize>,
}

impl AttentionParams {
    /// Checks the shapes; returns the number of queries.
    fn check(&self, q: usize, k: usize, v: usize, out: usize) -> Result<usize, CpuError> {
        let AttentionShape {
            n_head,
            n_kv_head,
            head_dim,
        } = self.shape;
        if n_head == 0
            || n_kv_head == 0
            || !n_head.is_multiple_of(n_kv_head)
            || head_dim == 0
            || head_dim > MAX_HEAD_DIM
        {
            return Err(shape(format!(
                "attention: {n_head} heads over {n_kv_head} kv heads of {head_dim} (at most {MAX_HEAD_DIM})"
            )));
        }
        same_len("attention k and v caches", k, v)?;
        same_len("attention output", out, q)?;
        let row = n_head * head_dim;
        if !q.is_multiple_of(row) || k < self.n_keys * n_kv_head * head_dim {
            return Err(shape(format!(
                "attention: q of {q} is not rows of {row}, or caches of {k} hold fewer than {} keys",
                self.n_keys
            )));
        }
        Ok(q / row)
    }

    fn scalars(&self, leading: &[usize], pos: usize) -> Scalars {
        let mut u32s: Vec<u32> = leading.iter().map(|&v| v as u32).collect();
        u32s.extend([
            self.shape.head_dim as u32,
            self.n_keys as u32,
            pos as u32,
            self.window.map_or(0, |w| w as u32),
        ]);
        Scalars {
            f32: vec![self.scale],
            u32: u32s,
            ..Default::default()
        }
    }
}

/// Attention for one query row at `query_pos`: `q` and `out` are `[heads, head_dim]`.
pub fn attention_decode(
    q: &[f32],
    k: &[f32],
    v: &[f32],
    out: &mut [f32],
    params: AttentionParams,
    query_pos: usize,
) -> Result<(), CpuError> {
    if params.check(q.len(), k.len(), v.len(), out.len())? != 1 {
        return Err(shape("attention_decode takes one query row".into()));
    }
    let kernel = Kernel {
        run: attention_decode_f32::run,
        cube_dim: attention_decode_f32::CUBE_DIM,
    };
    let scalars = params.scalars(&[params.shape.n_kv_head], query_pos);
    let bufs = [Buf::of(q), Buf::of(k), Buf::of(v), Buf::of_mut(out)];
    // SAFETY: shapes checked above; the kernel reads keys below `n_keys`; one cube per head.
    unsafe { launch(kernel, [params.shape.n_head as u32, 1, 1], &bufs, &scalars) };
    Ok(())
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
    let queries = params.check(q.len(), k.len(), v.len(), out.len())?;
    let kernel = Kernel {
        run: attention_prefill_f32::run,
        cube_dim: attention_prefill_f32::CUBE_DIM,
    };
    let shape = params.shape;
    let scalars = params.scalars(&[shape.n_head, shape.n_kv_head], first_pos);
    let cubes = queries.div_ceil(BLOCK_QUERIES) * shape.n_head;
    let bufs = [Buf::of(q), Buf::of(k), Buf::of(v), Buf::of_mut(out)];
    // SAFETY: shapes checked above; the kernel reads keys below `n_keys`.
    unsafe { launch(kernel, [cubes.max(1) as u32, 1, 1], &bufs, &scalars) };
    Ok(())
}
