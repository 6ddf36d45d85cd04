//! Running one case on a device, and what the oracle says it should give.
//!
//! Every case runs generically over the device `D` and the float type `F`:
//! inputs are drawn in f32 and rounded to `F` (the device sees the rounded
//! values, so the oracle does too), the oracle computes in f32/f64, and its
//! output is rounded to `F` as the device's is.

use rand::Rng;
use realm_ir::GgmlType;
use realm_ir::ops::{self, AttentionMask, RopeStyle};

use super::cases::{MatmulKernel, Run};
use super::device::Device;
use super::inputs::{random_blocks, random_vector};
use crate::formats;
use crate::gpu::{AttentionParams, HostFloat, KernelError, RopeParams};

/// One case's device and host sides, with `F` fixed.
struct Exec<'a, D: Device, G: Rng> {
    dev: &'a D,
    rng: G,
}

impl<D: Device, G: Rng> Exec<'_, D, G> {
    /// `n` random activations in `-range..range`, already rounded to `F`.
    fn activations<F: HostFloat>(&mut self, n: usize, range: f32) -> Vec<f32> {
        let mut v: Vec<f32> = random_vector(&mut self.rng, n)
            .into_iter()
            .map(|x| x * range)
            .collect();
        F::round_slice(&mut v);
        v
    }

    /// Random blocks of `format`, on the device, and their reference values.
    fn weight(
        &mut self,
        format: GgmlType,
        n_elements: usize,
    ) -> Result<(D::Weight, Vec<f32>), KernelError> {
        let layout = formats::layout(format).ok_or(KernelError::NoSpec(format))?;
        let n_blocks = n_elements / layout.block_elems as usize;
        let bytes = random_blocks(&layout, &mut self.rng, n_blocks);
        let values =
            realm_ir::dequant::dequantize_to_vec(format, &bytes, n_elements).expect("whole blocks");
        Ok((self.dev.upload_weight(format, &bytes)?, values))
    }

    /// `(what the device gave, what the oracle gives)` for `run`.
    fn run<F: HostFloat>(
        &mut self,
        run: Run,
        format: Option<GgmlType>,
    ) -> Result<(Vec<f32>, Vec<f32>), KernelError> {
        let format = || format.expect("a per-format kernel has a format");
        let dev = self.dev;
        let (got, mut want) = match run {
            Run::Dequantize { n_blocks } => {
                let n = n_blocks * format().block_size();
                let (w, want) = self.weight(format(), n)?;
                (dev.dequantize::<F>(&w)?, want)
            }
            Run::Embedding { rows, cols } => {
                let (w, table) = self.weight(format(), rows * cols)?;
                // Repeats, the first and the last row.
                let ids = [4u32, 0, 4, 2, 1].map(|i| i.min(rows as u32 - 1));
                let want = ids
                    .iter()
                    .flat_map(|&i| table[i as usize * cols..][..cols].to_vec())
                    .collect();
                (dev.embedding::<F>(&w, cols, &ids)?, want)
            }
            Run::Matvec { rows, cols } => {
                let (w, weights) = self.weight(format(), rows * cols)?;
                let x = self.activations::<F>(cols, 1.0);
                let mut want = vec![0.0; rows];
                ops::matmul(&x, &weights, cols, &mut want);
                (dev.matvec::<F>(&w, cols, &x)?, want)
            }
            Run::Matmul {
                tokens,
                rows,
                cols,
                kernel,
            } => {
                let (w, weights) = self.weight(format(), rows * cols)?;
                let x = self.activations::<F>(tokens * cols, 1.0);
                let mut want = vec![0.0; tokens * rows];
                ops::matmul(&x, &weights, cols, &mut want);
                let got = match kernel {
                    MatmulKernel::Float => dev.matmul_tiled::<F>(&w, cols, &x)?,
                    MatmulKernel::Cmma => dev.matmul_cmma::<F>(&w, cols, &x)?,
                    MatmulKernel::Q8 => dev.matmul_q8::<F>(&w, cols, &x)?,
                    MatmulKernel::Q8Rows => dev.matvec_q8::<F>(&w, cols, &x)?,
                };
                (got, want)
            }
            Run::RmsNorm { rows, cols } => {
                let x = self.activations::<F>(rows * cols, 2.0);
                let weight = random_vector(&mut self.rng, cols);
                let mut want = vec![0.0; rows * cols];
                for (xr, wr) in x.chunks(cols).zip(want.chunks_mut(cols)) {
                    ops::rms_norm(xr, &weight, 1e-6, wr);
                }
                (dev.rms_norm::<F>(&x, &weight, 1e-6)?, want)
            }
            Run::LayerNorm { rows, cols } => {
                // An offset, so that centring matters.
                let x: Vec<f32> = self.activations::<F>(rows * cols, 2.0);
                let x: Vec<f32> = x.iter().map(|v| v + 3.0).collect();
                let weight = random_vector(&mut self.rng, cols);
                let bias = random_vector(&mut self.rng, cols);
                let mut want = vec![0.0; rows * cols];
                for (xr, wr) in x.chunks(cols).zip(want.chunks_mut(cols)) {
                    ops::layer_norm(xr, &weight, &bias, 1e-5, wr);
                }
                (dev.layer_norm::<F>(&x, &weight, &bias, 1e-5)?, want)
            }
            Run::Softmax {
                rows,
                cols,
                scale,
                causal,
            } => {
                let x = self.activations::<F>(rows * cols, 8.0);
                let mut want: Vec<f32> = x.iter().map(|v| v * scale).collect();
                for (r, row) in want.chunks_mut(cols).enumerate() {
                    if let Some(first) = causal {
                        row.iter_mut()
                            .skip(first + r + 1)
                            .for_each(|v| *v = f32::NEG_INFINITY);
                    }
                    ops::softmax(row);
                }
                (dev.softmax::<F>(&x, cols, scale, causal)?, want)
            }
            Run::Rope {
                tokens,
                heads,
                head_dim,
                n_rot,
                style,
            } => self.rope::<F>(tokens, heads, head_dim, n_rot, style)?,
            Run::Glu { n, act } => {
                let gate = self.activations::<F>(n, 6.0);
                let up = self.activations::<F>(n, 2.0);
                let mut want = vec![0.0; n];
                ops::glu(&gate, &up, act, &mut want);
                (dev.glu::<F>(&gate, &up, act)?, want)
            }
            Run::Add {
                rows,
                cols,
                broadcast,
            }
            | Run::Mul {
                rows,
                cols,
                broadcast,
            } => {
                let add = matches!(run, Run::Add { .. });
                let a = self.activations::<F>(rows * cols, 4.0);
                let b = self.activations::<F>(if broadcast { cols } else { rows * cols }, 4.0);
                let want = (0..a.len())
                    .map(|i| {
                        let y = b[i % b.len()];
                        if add { a[i] + y } else { a[i] * y }
                    })
                    .collect();
                let got = if add {
                    dev.add::<F>(&a, &b)?
                } else {
                    dev.mul::<F>(&a, &b)?
                };
                (got, want)
            }
            Run::Scale { n } => {
                let a = self.activations::<F>(n, 4.0);
                let want = a.iter().map(|v| v * 0.37).collect();
                (dev.scale::<F>(&a, 0.37)?, want)
            }
            Run::Argmax { rows, cols } => {
                // Halves in -4..4: many equal values, so the lowest-column
                // rule among equals is checked too.
                let x: Vec<f32> = self
                    .activations::<F>(rows * cols, 4.0)
                    .iter()
                    .map(|v| (v * 2.0).round() / 2.0)
                    .collect();
                let want = x
                    .chunks(cols)
                    .map(|row| {
                        let best = row.iter().copied().fold(f32::MIN, f32::max);
                        row.iter().position(|&v| v == best).unwrap_or(0) as f32
                    })
                    .collect();
                (dev.argmax::<F>(&x, cols)?, want)
            }
            Run::Copy {
                src_len,
                src_offset,
                dst_len,
                dst_offset,
                n,
            } => {
                let src = self.activations::<F>(src_len, 4.0);
                let dst = self.activations::<F>(dst_len, 4.0);
                // What is outside the range must survive the copy.
                let mut want = dst.clone();
                want[dst_offset..dst_offset + n].copy_from_slice(&src[src_offset..src_offset + n]);
                let got = dev.copy::<F>(&src, src_offset, &dst, dst_offset, n)?;
                (got, want)
            }
            Run::Attention {
                shape,
                queries,
                n_keys,
                window,
                decode,
            } => self.attention::<F>(shape, queries, n_keys, window, decode)?,
        };
        F::round_slice(&mut want);
        Ok((got, want))
    }

    fn rope<F: HostFloat>(
        &mut self,
        tokens: usize,
        heads: usize,
        head_dim: usize,
        n_rot: usize,
        style: RopeStyle,
    ) -> Result<(Vec<f32>, Vec<f32>), KernelError> {
        let x = self.activations::<F>(tokens * heads * head_dim, 2.0);
        // Position 0 (the identity), and positions a long prompt reaches.
        let positions: Vec<u32> = (0..tokens)
            .map(|t| {
                if t == 0 {
                    0
                } else {
                    self.rng.random_range(1..600)
                }
            })
            .collect();
        let params = RopeParams {
            n_rot,
            base: 10000.0,
            freq_scale: 1.0,
            style,
        };
        let mut want = x.clone();
        for (t, token) in want.chunks_mut(heads * head_dim).enumerate() {
            for head in token.chunks_mut(head_dim) {
                ops::rope(head, positions[t] as usize, n_rot, 10000.0, 1.0, style);
            }
        }
        let got = self
            .dev
            .rope::<F>(&x, &positions, heads, head_dim, params)?;
        Ok((got, want))
    }

    fn attention<F: HostFloat>(
        &mut self,
        shape: realm_ir::ops::AttentionShape,
        queries: usize,
        n_keys: usize,
        window: Option<usize>,
        decode: bool,
    ) -> Result<(Vec<f32>, Vec<f32>), KernelError> {
        let row = shape.n_kv_head * shape.head_dim;
        let q = self.activations::<F>(queries * shape.n_head * shape.head_dim, 1.0);
        // The cache has 3 rows of capacity past `n_keys`, holding values that
        // would show if a kernel read them.
        let mut k = self.activations::<F>(n_keys * row, 2.0);
        let mut v = self.activations::<F>(n_keys * row, 1.0);
        k.extend(std::iter::repeat_n(1000.0, 3 * row));
        v.extend(std::iter::repeat_n(1000.0, 3 * row));
        let scale = 1.0 / (shape.head_dim as f32).sqrt();
        let first_pos = n_keys - queries;
        let key_pos: Vec<usize> = (0..n_keys).collect();
        let mask = AttentionMask {
            causal: true,
            window,
        };
        let q_row = shape.n_head * shape.head_dim;
        let mut want = vec![0.0; q.len()];
        for (i, (qr, out)) in q.chunks(q_row).zip(want.chunks_mut(q_row)).enumerate() {
            let (kk, vv) = (&k[..n_keys * row], &v[..n_keys * row]);
            ops::attention_row(qr, first_pos + i, kk, vv, &key_pos, shape, scale, mask, out);
        }
        let params = AttentionParams {
            shape,
            n_keys,
            scale,
            window,
        };
        let got = if decode {
            self.dev
                .attention_decode::<F>(&q, &k, &v, params, first_pos)?
        } else {
            self.dev
                .attention_prefill::<F>(&q, &k, &v, params, first_pos)?
        };
        Ok((got, want))
    }
}

/// Runs `run` on `dev` with activations of type `F`.
pub(crate) fn execute<D: Device, F: HostFloat>(
    dev: &D,
    rng: impl Rng,
    run: Run,
    format: Option<GgmlType>,
) -> Result<(Vec<f32>, Vec<f32>), KernelError> {
    Exec { dev, rng }.run::<F>(run, format)
}
