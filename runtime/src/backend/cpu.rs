//! The CPU backend: whole models on the kernels Realm's compiler generated
//! from the same cubecl definitions as every GPU backend (`realm-cpu`).
//!
//! Matrices stay quantized (split once into the kernels' aligned layout);
//! only one-dimensional tensors (norm weights, biases) are kept as f32.
//! A launch can only fail on a shape the model's own construction already
//! fixed, so a failure here is a bug, reported with the op's name.

use realm_cpu::attention::{AttentionParams, attention_decode, attention_prefill};
use realm_cpu::ops::{self, RopeParams};
use realm_cpu::{CpuError, CpuWeight};
use realm_ir::ops::{AttentionMask, AttentionShape, GluActivation};
use realm_models::{Backend, ModelError, RopeConfig, WeightRef};

use super::host_cache::HostCache;
use super::reference::Matrix;

/// A weight: quantized rows for the kernels, or plain values for a vector.
pub enum CpuTensorWeight {
    /// Boxed: a weight's kernels and layout make it far larger than a `Vec`.
    Matrix {
        weight: Box<CpuWeight>,
        cols: usize,
    },
    Vector(Vec<f32>),
}

#[derive(Clone, Copy, Debug, Default)]
pub struct CpuBackend;

fn checked<T>(op: &str, result: Result<T, CpuError>) -> T {
    super::checked("CPU", op, result)
}

impl CpuTensorWeight {
    fn values(&self) -> &[f32] {
        match self {
            CpuTensorWeight::Vector(v) => v,
            CpuTensorWeight::Matrix { .. } => panic!("a matrix used as a vector"),
        }
    }

    fn matrix(&self) -> (&CpuWeight, usize) {
        match self {
            CpuTensorWeight::Matrix { weight, cols } => (weight.as_ref(), *cols),
            CpuTensorWeight::Vector(_) => panic!("a vector used as a matrix"),
        }
    }
}

impl Backend for CpuBackend {
    type Weight = CpuTensorWeight;
    type Tensor = Matrix;
    type Cache = HostCache;

    fn name(&self) -> &'static str {
        "cpu"
    }

    fn load_weight(&self, w: WeightRef<'_>) -> Result<CpuTensorWeight, ModelError> {
        if w.dims.len() == 1 {
            return Ok(CpuTensorWeight::Vector(super::vector_values(&w)?));
        }
        let cols = super::matrix_cols(&w)?;
        // The split copy is what the kernels read: the file's pages are
        // let go as they are copied, so the two are never both resident.
        let rows = w.n_elements() / cols;
        let weight =
            CpuWeight::matrix_releasing(w.ty, w.bytes, rows, cols, &mut |part| w.release(part))
                .map_err(|e| super::bad_weight(&w, e.to_string()))?;
        Ok(CpuTensorWeight::Matrix {
            weight: Box::new(weight),
            cols,
        })
    }

    fn new_cache(&self, n_layer: usize, n_kv: usize, capacity: usize) -> HostCache {
        HostCache::new(n_layer, n_kv, capacity)
    }

    fn embed(&self, table: &CpuTensorWeight, ids: &[u32]) -> Result<Matrix, ModelError> {
        let (weight, cols) = table.matrix();
        let n_vocab = weight.n_elements / cols;
        if let Some(&id) = ids.iter().find(|&&id| id as usize >= n_vocab) {
            return Err(ModelError::TokenOutOfRange { id, n_vocab });
        }
        let mut out = Matrix::zeros(ids.len(), cols);
        checked("embedding", weight.embedding(cols, ids, &mut out.data));
        Ok(out)
    }

    fn matmul(&self, x: &Matrix, w: &CpuTensorWeight) -> Matrix {
        let (weight, cols) = w.matrix();
        let rows = weight.n_elements / cols;
        let mut out = Matrix::zeros(x.rows, rows);
        if x.rows == 1 {
            checked("matvec", weight.matvec(cols, &x.data, &mut out.data));
        } else {
            checked("matmul", weight.matmul(cols, &x.data, &mut out.data));
        }
        out
    }

    fn add_bias(&self, x: &mut Matrix, b: &CpuTensorWeight) {
        let mut out = Matrix::zeros(x.rows, x.cols);
        checked("add_bias", ops::add(&x.data, b.values(), &mut out.data));
        *x = out;
    }

    fn rms_norm(&self, x: &Matrix, weight: &CpuTensorWeight, eps: f32) -> Matrix {
        let mut out = Matrix::zeros(x.rows, x.cols);
        checked(
            "rms_norm",
            ops::rms_norm(&x.data, weight.values(), eps, &mut out.data),
        );
        out
    }

    fn add(&self, x: &mut Matrix, y: &Matrix) {
        let mut out = Matrix::zeros(x.rows, x.cols);
        checked("add", ops::add(&x.data, &y.data, &mut out.data));
        *x = out;
    }

    fn scale(&self, x: &mut Matrix, s: f32) {
        let mut out = Matrix::zeros(x.rows, x.cols);
        checked("scale", ops::scale(&x.data, s, &mut out.data));
        *x = out;
    }

    fn rope(&self, x: &mut Matrix, pos0: usize, head_dim: usize, rope: &RopeConfig) {
        let positions: Vec<u32> = (pos0..pos0 + x.rows).map(|p| p as u32).collect();
        let params = RopeParams {
            n_rot: rope.n_rot,
            base: rope.base,
            freq_scale: rope.freq_scale,
            style: rope.style,
        };
        let heads = x.cols / head_dim;
        checked(
            "rope",
            ops::rope(&mut x.data, &positions, heads, head_dim, params),
        );
    }

    fn glu(&self, gate: &Matrix, up: &Matrix, act: GluActivation) -> Matrix {
        let mut out = Matrix::zeros(gate.rows, gate.cols);
        checked("glu", ops::glu(&gate.data, &up.data, act, &mut out.data));
        out
    }

    fn attention(
        &self,
        cache: &mut HostCache,
        layer: usize,
        q: &Matrix,
        k: &Matrix,
        v: &Matrix,
        pos0: usize,
        shape: AttentionShape,
        scale: f32,
        mask: AttentionMask,
    ) -> Matrix {
        assert!(mask.causal, "the attention kernels are causal");
        let (keys, values) = cache.append(layer, pos0, &k.data, &v.data);
        let params = AttentionParams {
            shape,
            n_keys: pos0 + q.rows,
            scale,
            window: mask.window,
        };
        let mut out = Matrix::zeros(q.rows, shape.n_head * shape.head_dim);
        let result = if q.rows == 1 {
            attention_decode(&q.data, keys, values, &mut out.data, params, pos0)
        } else {
            attention_prefill(&q.data, keys, values, &mut out.data, params, pos0)
        };
        checked("attention", result);
        out
    }

    fn commit(&self, cache: &mut HostCache, len: usize) {
        cache.commit(len);
    }

    fn slice_rows(&self, x: &Matrix, start: usize, n: usize) -> Matrix {
        x.slice_rows(start, n)
    }

    fn concat_rows(&self, parts: &[Matrix]) -> Matrix {
        Matrix::concat_rows(parts)
    }

    fn to_host(&self, x: &Matrix) -> Vec<f32> {
        x.data.clone()
    }

    fn argmax_rows(&self, x: &Matrix) -> Vec<u32> {
        x.data
            .chunks(x.cols.max(1))
            .map(crate::sampling::argmax)
            .collect()
    }
}
