//! The ops a forward pass needs from a device.
//!
//! Activations are `[rows, cols]` matrices of f32, one row per token. Weights
//! are whatever the backend keeps (quantized blocks on a GPU, dequantized rows
//! in the reference backend); the model only hands them back to the backend.

use crate::config::RopeConfig;
use crate::error::ModelError;
use crate::source::WeightRef;
use realm_ir::ops::{AttentionMask, AttentionShape, GluActivation};

/// Per-layer key/value storage for one sequence.
pub trait KvCache {
    /// Positions stored so far.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Positions it can hold.
    fn capacity(&self) -> usize;
    /// Forgets every position from `len` on (to rewind, or to reuse a prefix).
    fn truncate(&mut self, len: usize);
}

pub trait Backend {
    /// A weight tensor, resident where this backend computes.
    type Weight;
    /// A `[rows, cols]` f32 activation matrix.
    type Tensor;
    type Cache: KvCache;

    /// A short name for logs and `--json` output.
    fn name(&self) -> &'static str;

    /// Takes a weight from the model file into the backend's own form.
    fn load_weight(&self, w: WeightRef<'_>) -> Result<Self::Weight, ModelError>;

    /// A cache for `n_layer` layers of `n_kv` (= kv heads × head dim) keys and
    /// values per position, holding `capacity` positions.
    fn new_cache(&self, n_layer: usize, n_kv: usize, capacity: usize) -> Self::Cache;

    /// Rows of the embedding table `table` (`[n_vocab, n_embd]`) for `ids`.
    fn embed(&self, table: &Self::Weight, ids: &[u32]) -> Result<Self::Tensor, ModelError>;

    /// `x[n, k] · w[m, k]ᵀ → [n, m]`.
    fn matmul(&self, x: &Self::Tensor, w: &Self::Weight) -> Self::Tensor;

    /// Adds the bias vector `b` to every row.
    fn add_bias(&self, x: &mut Self::Tensor, b: &Self::Weight);

    /// RMSNorm of every chunk of `weight.len()` values in each row (a whole row,
    /// or one head at a time for Q/K norms).
    fn rms_norm(&self, x: &Self::Tensor, weight: &Self::Weight, eps: f32) -> Self::Tensor;

    /// `x += y`.
    fn add(&self, x: &mut Self::Tensor, y: &Self::Tensor);

    /// `x *= s`.
    fn scale(&self, x: &mut Self::Tensor, s: f32);

    /// RoPE on each head of width `head_dim` in every row; row `i` is position `pos0 + i`.
    fn rope(&self, x: &mut Self::Tensor, pos0: usize, head_dim: usize, rope: &RopeConfig);

    /// `act(gate) * up`, elementwise.
    fn glu(&self, gate: &Self::Tensor, up: &Self::Tensor, act: GluActivation) -> Self::Tensor;

    /// Appends `k` and `v` (rows at positions `pos0..`) to layer `layer` of the
    /// cache, then attends each query row over every cached position the mask
    /// allows. Returns `[rows, n_head * head_dim]`.
    #[allow(clippy::too_many_arguments)]
    fn attention(
        &self,
        cache: &mut Self::Cache,
        layer: usize,
        q: &Self::Tensor,
        k: &Self::Tensor,
        v: &Self::Tensor,
        pos0: usize,
        shape: AttentionShape,
        scale: f32,
        mask: AttentionMask,
    ) -> Self::Tensor;

    /// Records that positions up to `len` are now filled in every layer.
    fn commit(&self, cache: &mut Self::Cache, len: usize);

    /// Rows `start..start + n`.
    fn slice_rows(&self, x: &Self::Tensor, start: usize, n: usize) -> Self::Tensor;

    /// The rows of every part, in order (all parts have the same width).
    fn concat_rows(&self, parts: &[Self::Tensor]) -> Self::Tensor;

    /// Copies activations to the host, row-major.
    fn to_host(&self, x: &Self::Tensor) -> Vec<f32>;

    /// The column of each row's largest value, the lowest among equals
    /// (greedy decoding): on a device, only these ids reach the host.
    fn argmax_rows(&self, x: &Self::Tensor) -> Vec<u32>;
}
