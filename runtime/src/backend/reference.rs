//! The reference backend: the oracle.
//!
//! Weights are dequantized to f32 once, at load, with `realm-ir`'s reference
//! dequantization; every op is `realm-ir`'s reference op applied row by row,
//! spread over cores with rayon. It is meant to be obviously correct, not fast:
//! compiled backends are tested against it.

use rayon::prelude::*;
use realm_ir::ops::{self, AttentionMask, AttentionShape, GluActivation};
use realm_ir::{GgmlType, activation, dequant};
use realm_models::{Backend, ModelError, RopeConfig, WeightRef};

use super::host_cache::HostCache;

/// A `[rows, cols]` row-major f32 matrix: activations and dequantized weights alike.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f32>,
}

/// A weight, dequantized, with the format it was stored in: a matmul rounds
/// its activations as that format's quantized dot product would
/// (see [`realm_ir::activation`]).
#[derive(Clone, Debug)]
pub struct Weight {
    pub stored_as: GgmlType,
    pub values: Matrix,
    /// Per row, per block: the minimums of Q4_1/Q5_1 blocks (else empty).
    pub mins: Vec<f32>,
}

impl Matrix {
    /// A `rows x cols` matrix of zeros.
    pub fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix {
            rows,
            cols,
            data: vec![0f32; rows * cols],
        }
    }

    fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.cols..(i + 1) * self.cols]
    }

    /// The last `n` rows (all of them if there are fewer).
    /// Rows `start..start + n`.
    pub fn slice_rows(&self, start: usize, n: usize) -> Matrix {
        Matrix {
            rows: n,
            cols: self.cols,
            data: self.data[start * self.cols..(start + n) * self.cols].to_vec(),
        }
    }

    /// The rows of every part, in order.
    pub fn concat_rows(parts: &[Matrix]) -> Matrix {
        let cols = parts.first().map_or(0, |p| p.cols);
        debug_assert!(parts.iter().all(|p| p.cols == cols));
        Matrix {
            rows: parts.iter().map(|p| p.rows).sum(),
            cols,
            data: parts.iter().flat_map(|p| p.data.iter().copied()).collect(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct ReferenceBackend;

/// Output features computed per rayon task in a matmul: enough work per task
/// to amortise scheduling, few enough tasks to balance two to many cores.
const MATMUL_ROWS_PER_TASK: usize = 16;

impl Backend for ReferenceBackend {
    type Weight = Weight;
    type Tensor = Matrix;
    type Cache = HostCache;

    fn name(&self) -> &'static str {
        "reference"
    }

    fn load_weight(&self, w: WeightRef<'_>) -> Result<Weight, ModelError> {
        let cols = w.dims[0] as usize;
        let rows = w.n_elements() / cols;
        let row_bytes =
            w.ty.bytes_for(cols as u64)
                .ok_or_else(|| ModelError::BadTensor {
                    name: w.name.to_owned(),
                    problem: format!("rows of {cols} do not fill whole {} blocks", w.ty),
                })? as usize;
        let mut data = vec![0f32; rows * cols];
        data.par_chunks_mut(cols)
            .zip(w.bytes.par_chunks(row_bytes))
            .try_for_each(|(out, bytes)| dequant::dequantize(w.ty, bytes, out))
            .map_err(|e| ModelError::BadTensor {
                name: w.name.to_owned(),
                problem: e.to_string(),
            })?;
        Ok(Weight {
            stored_as: w.ty,
            values: Matrix { rows, cols, data },
            mins: dequant::block_mins(w.ty, w.bytes),
        })
    }

    fn new_cache(&self, n_layer: usize, n_kv: usize, capacity: usize) -> HostCache {
        HostCache::new(n_layer, n_kv, capacity)
    }

    fn embed(&self, table: &Weight, ids: &[u32]) -> Result<Matrix, ModelError> {
        let table = &table.values;
        let mut data = Vec::with_capacity(ids.len() * table.cols);
        for &id in ids {
            if id as usize >= table.rows {
                return Err(ModelError::TokenOutOfRange {
                    id,
                    n_vocab: table.rows,
                });
            }
            data.extend_from_slice(table.row(id as usize));
        }
        Ok(Matrix {
            rows: ids.len(),
            cols: table.cols,
            data,
        })
    }

    fn matmul(&self, x: &Matrix, w: &Weight) -> Matrix {
        assert_eq!(x.cols, w.values.cols, "matmul inner dimensions");
        let prepared: Vec<_> = x
            .data
            .par_chunks(x.cols)
            .map(|row| activation::prepare(w.stored_as, row))
            .collect();
        let (n, m) = (x.rows, w.values.rows);
        let mins_per_row = w.mins.len() / m.max(1);
        // Each task takes a block of weight rows and computes them for every
        // token, so each weight row is read from memory once per call.
        let blocks: Vec<Vec<f32>> = (0..m.div_ceil(MATMUL_ROWS_PER_TASK))
            .into_par_iter()
            .map(|b| {
                let rows = b * MATMUL_ROWS_PER_TASK..((b + 1) * MATMUL_ROWS_PER_TASK).min(m);
                let mut out = Vec::with_capacity(rows.len() * n);
                for j in rows {
                    let wj = w.values.row(j);
                    let mins = &w.mins[j * mins_per_row..(j + 1) * mins_per_row];
                    out.extend(
                        prepared
                            .iter()
                            .map(|xi| activation::quantized_dot(wj, mins, xi)),
                    );
                }
                out
            })
            .collect();
        let mut data = vec![0f32; n * m];
        for (b, block) in blocks.iter().enumerate() {
            for (r, chunk) in block.chunks(n).enumerate() {
                let j = b * MATMUL_ROWS_PER_TASK + r;
                for (i, &v) in chunk.iter().enumerate() {
                    data[i * m + j] = v;
                }
            }
        }
        Matrix {
            rows: n,
            cols: m,
            data,
        }
    }

    fn add_bias(&self, x: &mut Matrix, b: &Weight) {
        for row in x.data.chunks_mut(x.cols) {
            for (v, &bias) in row.iter_mut().zip(&b.values.data) {
                *v += bias;
            }
        }
    }

    fn rms_norm(&self, x: &Matrix, weight: &Weight, eps: f32) -> Matrix {
        let weight = &weight.values;
        let width = weight.data.len();
        let mut out = x.clone();
        out.data
            .par_chunks_mut(width)
            .zip(x.data.par_chunks(width))
            .for_each(|(o, xi)| ops::rms_norm(xi, &weight.data, eps, o));
        out
    }

    fn add(&self, x: &mut Matrix, y: &Matrix) {
        for (a, &b) in x.data.iter_mut().zip(&y.data) {
            *a += b;
        }
    }

    fn scale(&self, x: &mut Matrix, s: f32) {
        x.data.iter_mut().for_each(|v| *v *= s);
    }

    fn rope(&self, x: &mut Matrix, pos0: usize, head_dim: usize, rope: &RopeConfig) {
        let cols = x.cols;
        x.data
            .par_chunks_mut(cols)
            .enumerate()
            .for_each(|(i, row)| {
                for head in row.chunks_mut(head_dim) {
                    ops::rope(
                        head,
                        pos0 + i,
                        rope.n_rot,
                        rope.base,
                        rope.freq_scale,
                        rope.style,
                    );
                }
            });
    }

    fn glu(&self, gate: &Matrix, up: &Matrix, act: GluActivation) -> Matrix {
        let mut out = gate.clone();
        ops::glu(&gate.data, &up.data, act, &mut out.data);
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
        let (keys, values) = cache.append(layer, pos0, &k.data, &v.data);
        let n_keys = pos0 + q.rows;
        let key_pos: Vec<usize> = (0..n_keys).collect();
        let width = shape.n_head * shape.head_dim;
        let mut out = Matrix {
            rows: q.rows,
            cols: width,
            data: vec![0f32; q.rows * width],
        };
        out.data
            .par_chunks_mut(width)
            .enumerate()
            .for_each(|(i, o)| {
                ops::attention_row(
                    q.row(i),
                    pos0 + i,
                    keys,
                    values,
                    &key_pos,
                    shape,
                    scale,
                    mask,
                    o,
                );
            });
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
