//! Reference semantics of every op a transformer forward pass uses.
//!
//! Each function is the definition the compiled kernels are tested against, so
//! it follows ggml's CPU reference where the order of operations changes the
//! result (sums accumulated in f64 for RMSNorm and softmax, RoPE angles
//! advanced by repeated multiplication), and is otherwise plain scalar code.
//! Tensors are row-major slices; shapes are in the doc comments.

/// RMSNorm of one row: `out = x / sqrt(mean(x²) + eps) * weight`.
pub fn rms_norm(x: &[f32], weight: &[f32], eps: f32, out: &mut [f32]) {
    assert_eq!(x.len(), weight.len());
    assert_eq!(x.len(), out.len());
    let sum_sq: f64 = x.iter().map(|&v| (v as f64) * (v as f64)).sum();
    let scale = 1.0 / ((sum_sq / x.len() as f64) as f32 + eps).sqrt();
    for ((o, &v), &w) in out.iter_mut().zip(x).zip(weight) {
        *o = v * scale * w;
    }
}

/// LayerNorm of one row: `out = (x - mean) / sqrt(var + eps) * weight + bias`.
pub fn layer_norm(x: &[f32], weight: &[f32], bias: &[f32], eps: f32, out: &mut [f32]) {
    let n = x.len() as f64;
    let mean = x.iter().map(|&v| v as f64).sum::<f64>() / n;
    let var = x.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / n;
    let scale = 1.0 / ((var as f32) + eps).sqrt();
    for i in 0..x.len() {
        out[i] = (x[i] - mean as f32) * scale * weight[i] + bias[i];
    }
}

/// Softmax of one row in place; `-inf` entries (masked positions) become 0.
pub fn softmax(x: &mut [f32]) {
    let max = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if max == f32::NEG_INFINITY {
        x.fill(0.0);
        return;
    }
    let mut sum = 0f64;
    for v in x.iter_mut() {
        *v = (*v - max).exp();
        sum += *v as f64;
    }
    let inv = (1.0 / sum) as f32;
    for v in x.iter_mut() {
        *v *= inv;
    }
}

/// How RoPE pairs up the dimensions of a head.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RopeStyle {
    /// Adjacent pairs `(2i, 2i+1)`: llama and its relatives (ggml's `LLAMA_ROPE_TYPE_NORM`;
    /// llama.cpp's converter permutes Q/K weights so this matches Meta's layout).
    Normal,
    /// Split halves `(i, i + d/2)`: GPT-NeoX, Qwen2, Gemma.
    Neox,
}

/// Rotary position embedding of one head vector `x` (len = head dim) at `pos`.
///
/// Only the first `n_rot` dimensions rotate. Angles are `pos * freq_scale * base^(-2i/n_rot)`,
/// advanced by repeated multiplication as ggml does.
pub fn rope(x: &mut [f32], pos: usize, n_rot: usize, base: f32, freq_scale: f32, style: RopeStyle) {
    assert!(n_rot <= x.len() && n_rot.is_multiple_of(2));
    let theta_scale = base.powf(-2.0 / n_rot as f32);
    let mut theta = pos as f32;
    for i in 0..n_rot / 2 {
        let angle = theta * freq_scale;
        let (sin, cos) = angle.sin_cos();
        let (a, b) = match style {
            RopeStyle::Normal => (2 * i, 2 * i + 1),
            RopeStyle::Neox => (i, i + n_rot / 2),
        };
        let (x0, x1) = (x[a], x[b]);
        x[a] = x0 * cos - x1 * sin;
        x[b] = x0 * sin + x1 * cos;
        theta *= theta_scale;
    }
}

/// SiLU: `x * sigmoid(x)`.
pub fn silu(x: f32) -> f32 {
    x / (1.0 + (-x).exp())
}

/// GELU, tanh approximation (what Gemma's `gelu_pytorch_tanh` and ggml use).
pub fn gelu(x: f32) -> f32 {
    const SQRT_2_OVER_PI: f32 = 0.797_884_6;
    0.5 * x * (1.0 + (SQRT_2_OVER_PI * x * (1.0 + 0.044715 * x * x)).tanh())
}

/// The gated activation of a GLU feed-forward block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GluActivation {
    /// `silu(gate) * up` (llama family).
    SwiGlu,
    /// `gelu(gate) * up` (Gemma).
    GeGlu,
}

/// `out[i] = act(gate[i]) * up[i]`.
pub fn glu(gate: &[f32], up: &[f32], act: GluActivation, out: &mut [f32]) {
    for i in 0..out.len() {
        let g = match act {
            GluActivation::SwiGlu => silu(gate[i]),
            GluActivation::GeGlu => gelu(gate[i]),
        };
        out[i] = g * up[i];
    }
}

/// Dot product in f32 with eight interleaved partial sums, added at the end.
///
/// A single running sum cannot be vectorised (the compiler may not reorder
/// float adds); eight lanes can, and the order stays fixed, so the result is
/// deterministic on every machine.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    let mut lanes = [0f32; 8];
    let (a8, b8) = (a.chunks_exact(8), b.chunks_exact(8));
    let (a_tail, b_tail) = (a8.remainder(), b8.remainder());
    for (ca, cb) in a8.zip(b8) {
        for l in 0..8 {
            lanes[l] += ca[l] * cb[l];
        }
    }
    let tail: f32 = a_tail.iter().zip(b_tail).map(|(x, y)| x * y).sum();
    lanes.iter().sum::<f32>() + tail
}

/// `out[n, m] = x[n, k] · w[m, k]ᵀ`: every row of `x` against every row of `w`
/// (weights are stored one output feature per row, as in GGUF).
pub fn matmul(x: &[f32], w: &[f32], k: usize, out: &mut [f32]) {
    let n = x.len() / k;
    let m = w.len() / k;
    assert_eq!(out.len(), n * m);
    for i in 0..n {
        for j in 0..m {
            out[i * m + j] = dot(&x[i * k..(i + 1) * k], &w[j * k..(j + 1) * k]);
        }
    }
}

/// Which keys a query may attend to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttentionMask {
    /// Keys after the query's position are hidden.
    pub causal: bool,
    /// Keys `window` or more positions behind the query are hidden (sliding-window layers).
    pub window: Option<usize>,
}

impl AttentionMask {
    pub fn allows(&self, query_pos: usize, key_pos: usize) -> bool {
        if self.causal && key_pos > query_pos {
            return false;
        }
        match self.window {
            Some(w) => query_pos < key_pos + w,
            None => true,
        }
    }
}

/// Shapes of one attention call.
#[derive(Clone, Copy, Debug)]
pub struct AttentionShape {
    pub n_head: usize,
    pub n_kv_head: usize,
    pub head_dim: usize,
}

/// Scaled dot-product attention with grouped-query heads, for one query row.
///
/// `q`: `[n_head, head_dim]`; `k`, `v`: `[n_keys, n_kv_head, head_dim]`;
/// `key_pos[j]` is the position of key `j`; `out`: `[n_head, head_dim]`.
/// Query head `h` reads kv head `h / (n_head / n_kv_head)`.
#[allow(clippy::too_many_arguments)]
pub fn attention_row(
    q: &[f32],
    query_pos: usize,
    k: &[f32],
    v: &[f32],
    key_pos: &[usize],
    shape: AttentionShape,
    scale: f32,
    mask: AttentionMask,
    out: &mut [f32],
) {
    let AttentionShape {
        n_head,
        n_kv_head,
        head_dim: d,
    } = shape;
    let group = n_head / n_kv_head;
    let kv_stride = n_kv_head * d;
    let mut scores = vec![0f32; key_pos.len()];
    for h in 0..n_head {
        let kvh = h / group;
        let qh = &q[h * d..(h + 1) * d];
        for (j, &kp) in key_pos.iter().enumerate() {
            scores[j] = if mask.allows(query_pos, kp) {
                dot(qh, &k[j * kv_stride + kvh * d..][..d]) * scale
            } else {
                f32::NEG_INFINITY
            };
        }
        softmax(&mut scores);
        let oh = &mut out[h * d..(h + 1) * d];
        oh.fill(0.0);
        for (j, &p) in scores.iter().enumerate() {
            if p != 0.0 {
                let vj = &v[j * kv_stride + kvh * d..][..d];
                for (o, &x) in oh.iter_mut().zip(vj) {
                    *o += p * x;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rms_norm_normalises() {
        let x = [3.0, 4.0];
        let mut out = [0.0; 2];
        rms_norm(&x, &[1.0, 2.0], 0.0, &mut out);
        let rms = (12.5f32).sqrt();
        assert!((out[0] - 3.0 / rms).abs() < 1e-6);
        assert!((out[1] - 8.0 / rms).abs() < 1e-6);
    }

    #[test]
    fn layer_norm_centres() {
        let mut out = [0.0; 3];
        layer_norm(&[1.0, 2.0, 3.0], &[1.0; 3], &[0.5; 3], 0.0, &mut out);
        assert!((out[1] - 0.5).abs() < 1e-6);
        assert!((out[0] + out[2] - 1.0).abs() < 1e-6);
    }

    #[test]
    fn softmax_sums_to_one_and_masks() {
        let mut x = [1.0, f32::NEG_INFINITY, 3.0];
        softmax(&mut x);
        assert_eq!(x[1], 0.0);
        assert!((x.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(x[2] > x[0]);
        let mut all_masked = [f32::NEG_INFINITY; 2];
        softmax(&mut all_masked);
        assert_eq!(all_masked, [0.0, 0.0]);
    }

    #[test]
    fn rope_rotates_pairs_and_keeps_norm() {
        for style in [RopeStyle::Normal, RopeStyle::Neox] {
            let mut x = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
            let norm0: f32 = x.iter().map(|v| v * v).sum();
            rope(&mut x, 7, 4, 10000.0, 1.0, style);
            let norm1: f32 = x.iter().map(|v| v * v).sum();
            assert!((norm0 - norm1).abs() < 1e-3);
            assert_eq!(&x[4..], &[5.0, 6.0], "dims past n_rot stay");
        }
        // Position 0 is the identity; dimension pair 0 rotates by exactly `pos` radians.
        let mut x = [1.0, 0.0, 0.0, 0.0];
        rope(&mut x, 0, 4, 10000.0, 1.0, RopeStyle::Normal);
        assert_eq!(x, [1.0, 0.0, 0.0, 0.0]);
        let mut x = [1.0, 0.0, 0.0, 0.0];
        rope(&mut x, 1, 4, 10000.0, 1.0, RopeStyle::Normal);
        assert!((x[0] - 1f32.cos()).abs() < 1e-6 && (x[1] - 1f32.sin()).abs() < 1e-6);
        let mut x = [1.0, 0.0, 0.0, 0.0];
        rope(&mut x, 1, 4, 10000.0, 1.0, RopeStyle::Neox);
        assert!((x[0] - 1f32.cos()).abs() < 1e-6 && (x[2] - 1f32.sin()).abs() < 1e-6);
    }

    #[test]
    fn activations() {
        assert_eq!(silu(0.0), 0.0);
        assert!((silu(10.0) - 10.0).abs() < 1e-3);
        assert!((gelu(1.0) - 0.841_192).abs() < 1e-5);
        let mut out = [0.0; 2];
        glu(&[0.0, 1.0], &[5.0, 2.0], GluActivation::SwiGlu, &mut out);
        assert_eq!(out[0], 0.0);
        assert!((out[1] - 2.0 * silu(1.0)).abs() < 1e-6);
    }

    #[test]
    fn matmul_is_x_times_w_transposed() {
        let x = [1.0, 2.0, 3.0, 4.0]; // [2, 2]
        let w = [1.0, 0.0, 0.0, 1.0, 1.0, 1.0]; // [3, 2]
        let mut out = [0.0; 6];
        matmul(&x, &w, 2, &mut out);
        assert_eq!(out, [1.0, 2.0, 3.0, 3.0, 4.0, 7.0]);
    }

    #[test]
    fn attention_masks_and_groups_heads() {
        // Two query heads share one kv head; two keys at positions 0 and 1.
        let shape = AttentionShape {
            n_head: 2,
            n_kv_head: 1,
            head_dim: 2,
        };
        let q = [1.0, 0.0, 0.0, 1.0];
        let k = [1.0, 0.0, 0.0, 1.0];
        let v = [10.0, 0.0, 0.0, 20.0];
        let causal = AttentionMask {
            causal: true,
            window: None,
        };
        let mut out = [0.0; 4];
        // At position 0 only key 0 is visible.
        attention_row(&q, 0, &k, &v, &[0, 1], shape, 1.0, causal, &mut out);
        assert_eq!(out, [10.0, 0.0, 10.0, 0.0]);
        attention_row(&q, 1, &k, &v, &[0, 1], shape, 1.0, causal, &mut out);
        let p = 1.0 / (1.0 + (-1f32).exp()); // softmax([1, 0])[0]
        assert!((out[0] - 10.0 * p).abs() < 1e-5 && (out[1] - 20.0 * (1.0 - p)).abs() < 1e-5);
        assert!((out[3] - 20.0 * p).abs() < 1e-5, "head 1 prefers key 1");
        // A window of 1 hides key 0 from the query at position 1.
        let window = AttentionMask {
            causal: true,
            window: Some(1),
        };
        attention_row(&q, 1, &k, &v, &[0, 1], shape, 1.0, window, &mut out);
        assert_eq!(out, [0.0, 20.0, 0.0, 20.0]);
    }
}
