//! Launches of the flash-attention kernels.

use cubecl::prelude::*;
use realm_ir::ops::AttentionShape;

use super::{DECODE_UNITS, DeviceArray, Gpu, KernelError, MAX_HEAD_DIM, grid, shape_error};
use crate::kernels::attention::{self, BLOCK_QUERIES, PREFILL_UNITS};

/// One attention call over a KV cache of `[positions, kv_heads, head_dim]`.
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
    /// Checks the shapes against `q`'s length and the caches'; returns the number of queries.
    fn check<F>(
        &self,
        q: &DeviceArray<F>,
        k: &DeviceArray<F>,
        v: &DeviceArray<F>,
    ) -> Result<usize, KernelError> {
        let AttentionShape {
            n_head,
            n_kv_head,
            head_dim,
        } = self.shape;
        let q_row = n_head * head_dim;
        let cache_rows = self.n_keys * n_kv_head * head_dim;
        let fits = n_kv_head > 0
            && n_head.is_multiple_of(n_kv_head)
            && (1..=MAX_HEAD_DIM as usize).contains(&head_dim)
            && !q.is_empty()
            && q.len().is_multiple_of(q_row)
            && k.len() >= cache_rows
            && v.len() >= cache_rows
            && k.len() == v.len();
        if !fits {
            return Err(shape_error(format!(
                "attention: {n_head} heads / {n_kv_head} kv heads of {head_dim} (at most \
                 {MAX_HEAD_DIM}), queries of {} elements, K/V caches of {} / {} for {} keys",
                q.len(),
                k.len(),
                v.len(),
                self.n_keys
            )));
        }
        Ok(q.len() / q_row)
    }

    fn window(&self) -> u32 {
        self.window.map_or(0, |w| w as u32)
    }
}

impl<R: Runtime> Gpu<R> {
    /// Attention for one query row at `query_pos`: `q` and the result are `[heads, head_dim]`.
    pub fn attention_decode<F: Float + CubeElement>(
        &self,
        q: &DeviceArray<F>,
        k: &DeviceArray<F>,
        v: &DeviceArray<F>,
        params: AttentionParams,
        query_pos: usize,
    ) -> Result<DeviceArray<F>, KernelError> {
        if params.check(q, k, v)? != 1 {
            return Err(shape_error("attention_decode takes one query row".into()));
        }
        let shape = params.shape;
        let out = self.empty(q.len());
        // SAFETY: shapes checked above; the kernel reads keys below `n_keys`.
        unsafe {
            attention::attention_decode::launch_unchecked::<F, R>(
                &self.client,
                grid(shape.n_head),
                CubeDim::new_1d(DECODE_UNITS),
                q.arg(),
                k.arg(),
                v.arg(),
                out.arg(),
                shape.n_kv_head as u32,
                shape.head_dim as u32,
                params.n_keys as u32,
                query_pos as u32,
                params.scale,
                params.window(),
                MAX_HEAD_DIM,
                DECODE_UNITS,
            );
        }
        Ok(out)
    }

    /// Causal attention for query rows at positions `first_pos..`: `q` and
    /// the result are `[queries, heads, head_dim]`.
    pub fn attention_prefill<F: Float + CubeElement>(
        &self,
        q: &DeviceArray<F>,
        k: &DeviceArray<F>,
        v: &DeviceArray<F>,
        params: AttentionParams,
        first_pos: usize,
    ) -> Result<DeviceArray<F>, KernelError> {
        let queries = params.check(q, k, v)?;
        let shape = params.shape;
        let out = self.empty(q.len());
        let blocks = queries.div_ceil(BLOCK_QUERIES as usize);
        // SAFETY: shapes checked above; the kernel reads keys below `n_keys`.
        unsafe {
            attention::attention_prefill::launch_unchecked::<F, R>(
                &self.client,
                grid(blocks * shape.n_head),
                CubeDim::new_1d(PREFILL_UNITS),
                q.arg(),
                k.arg(),
                v.arg(),
                out.arg(),
                shape.n_head as u32,
                shape.n_kv_head as u32,
                shape.head_dim as u32,
                params.n_keys as u32,
                first_pos as u32,
                params.scale,
                params.window(),
                MAX_HEAD_DIM,
            );
        }
        Ok(out)
    }
}
