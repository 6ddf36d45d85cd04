//! The reference backend: the oracle.
//!
//! Weights are dequantized to f32 once, at load, with `realm-ir`'s reference
//! dequantization; every op is `realm-ir`'s reference op applied row by row,
//! spread over cores with rayon. It is meant to be obviously correct, not fast:
//! compiled backends are tested against it.

use rayon::prelude::*;
use realm_ir::ops::{self, AttentionMask, AttentionShape, GluActivation};
use realm_ir::{GgmlType, activation, dequant};
use realm_models::{Backend, KvCache, ModelError, RopeConfig, WeightRef};

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
    fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.cols..(i + 1) * self.cols]
    }
}

/// Keys and values of every layer, `[positions, n_kv]` each, grown as filled.
pub struct ReferenceCache {
    n_kv: usize,
    capacity: usize,
    len: usize,
    k: Vec<Vec<f32>>,
    v: Vec<Vec<f32>>,
}

impl KvCache for ReferenceCache {
    fn len(&self) -> usize {
        self.len
    }
    fn capacity(&self) -> usize {
        self.capacity
    }
    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
        for layer in self.k.iter_mut().chain(self.v.iter_mut()) {
            layer.truncate(self.len * self.n_kv);
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
    type Cache = ReferenceCache;

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

    fn new_cache(&self, n_layer: usize, n_kv: usize, capacity: usize) -> ReferenceCache {
        ReferenceCache {
            n_kv,
            capacity,
            len: 0,
            k: vec![Vec::new(); n_layer],
            v: vec![Vec::new(); n_layer],
        }
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
        cache: &mut ReferenceCache,
        layer: usize,
        q: &Matrix,
        k: &Matrix,
        v: &Matrix,
        pos0: usize,
        shape: AttentionShape,
        scale: f32,
        mask: AttentionMask,
    ) -> Matrix {
        let n_kv = cache.n_kv;
        let (lk, lv) = (&mut cache.k[layer], &mut cache.v[layer]);
        lk.truncate(pos0 * n_kv);
        lv.truncate(pos0 * n_kv);
        lk.extend_from_slice(&k.data);
        lv.extend_from_slice(&v.data);
        let n_keys = pos0 + q.rows;
        let key_pos: Vec<usize> = (0..n_keys).collect();
        let (keys, values) = (&cache.k[layer], &cache.v[layer]);
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

    fn commit(&self, cache: &mut ReferenceCache, len: usize) {
        cache.len = len;
    }

    fn last_rows(&self, x: &Matrix, n: usize) -> Matrix {
        let n = n.min(x.rows);
        Matrix {
            rows: n,
            cols: x.cols,
            data: x.data[(x.rows - n) * x.cols..].to_vec(),
        }
    }

    fn to_host(&self, x: &Matrix) -> Vec<f32> {
        x.data.clone()
    }
}
