//! Launches of the flash-attention kernels.

use cubecl::prelude::*;
pub use realm_ir::launch::AttentionParams;

use super::{DECODE_UNITS, DeviceArray, Gpu, KernelError, MAX_HEAD_DIM, grid, shape_error};
use crate::kernels::attention::{self, BLOCK_QUERIES, PREFILL_UNITS};

/// The shape checks live beside the params in `realm_ir::launch`, shared
/// with the CPU launch layer.
fn queries<F>(
    params: &AttentionParams,
    q: &DeviceArray<F>,
    k: &DeviceArray<F>,
    v: &DeviceArray<F>,
) -> Result<usize, KernelError> {
    params
        .queries(q.len(), k.len(), v.len())
        .map_err(shape_error)
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
        if queries(&params, q, k, v)? != 1 {
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
                params.window_arg(),
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
        let queries = queries(&params, q, k, v)?;
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
                params.window_arg(),
                MAX_HEAD_DIM,
            );
        }
        Ok(out)
    }
}
