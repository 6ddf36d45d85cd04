//! The list of conformance cases: for every kernel, the formats, float types
//! and shapes it is checked on, and the NMSE limit of each.
//!
//! Shapes include one element / one row / one block, sizes that are no
//! multiple of any tile or cube size, and more than one tile.

use realm_ir::GgmlType;
use realm_ir::ops::{AttentionShape, GluActivation, RopeStyle};

use super::{Case, FloatType, Kernel};
use crate::formats;

/// The matmul kernels: float, on tensor cores, in integer dot products.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MatmulKernel {
    /// [`Kernel::Matmul`]: tiled on a GPU, block-major on the CPU.
    Float,
    /// [`Kernel::MatmulCmma`].
    Cmma,
    /// [`Kernel::MatmulQ8`], with [`Kernel::QuantizeQ8`] before it.
    Q8,
    /// [`Kernel::MatvecQ8`] for each token, with [`Kernel::QuantizeQ8`] before it.
    Q8Rows,
}

/// What a case launches, with its shape.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Run {
    Dequantize {
        n_blocks: usize,
    },
    Embedding {
        rows: usize,
        cols: usize,
    },
    Matvec {
        rows: usize,
        cols: usize,
    },
    Matmul {
        tokens: usize,
        rows: usize,
        cols: usize,
        /// Which matmul kernel.
        kernel: MatmulKernel,
    },
    RmsNorm {
        rows: usize,
        cols: usize,
    },
    LayerNorm {
        rows: usize,
        cols: usize,
    },
    Softmax {
        rows: usize,
        cols: usize,
        scale: f32,
        causal: Option<usize>,
    },
    Rope {
        tokens: usize,
        heads: usize,
        head_dim: usize,
        n_rot: usize,
        style: RopeStyle,
    },
    Glu {
        n: usize,
        act: GluActivation,
    },
    Add {
        rows: usize,
        cols: usize,
        broadcast: bool,
    },
    Mul {
        rows: usize,
        cols: usize,
        broadcast: bool,
    },
    Scale {
        n: usize,
    },
    /// Each row's argmax, on values with many ties.
    Argmax {
        rows: usize,
        cols: usize,
    },
    /// `n` elements from `src_offset` of a `src_len` array into a `dst_len`
    /// one at `dst_offset`.
    Copy {
        src_len: usize,
        src_offset: usize,
        dst_len: usize,
        dst_offset: usize,
        n: usize,
    },
    Attention {
        shape: AttentionShape,
        /// Query rows; 1 with `decode`.
        queries: usize,
        /// Cache rows in use; the queries are the last `queries` of them.
        n_keys: usize,
        window: Option<usize>,
        decode: bool,
    },
}

/// NMSE limits, in the spirit of llama.cpp's test-backend-ops: exact ops 1e-7,
/// f16 rounding of outputs a little above its 2^-11 relative step, matmul and
/// attention 5e-4.
const EXACT: f64 = 1e-7;
const F16_ROUNDED: f64 = 1e-6;
const MATMUL: f64 = 5e-4;
/// Tensor cores take f16 inputs: rounding both operands costs about 2^-11
/// relative error per product, far below this.
const CMMA: f64 = 5e-4;
/// llama.cpp's test-backend-ops limit for its matmuls, whose CPU backend
/// quantizes activations to 8 bits too: the rounding costs about 2e-5.
const Q8_MATMUL: f64 = 5e-4;

fn exact(float: FloatType) -> f64 {
    match float {
        FloatType::F32 => EXACT,
        FloatType::F16 => F16_ROUNDED,
    }
}

/// Every case, for every kernel, format with a spec and float type.
pub fn all_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for float in FloatType::ALL {
        for &format in formats::ALL {
            quantized_cases(&mut cases, format, float);
        }
        float_cases(&mut cases, float);
    }
    cases
}

fn quantized_cases(cases: &mut Vec<Case>, format: GgmlType, float: FloatType) {
    let block = format.block_size();
    let is_float = block == 1;
    let mut push = |kernel, shape: String, limit, run| {
        cases.push(Case {
            kernel,
            format: Some(format),
            float,
            shape,
            limit,
            run,
        })
    };
    for n_blocks in [1, 37] {
        // Float formats have one element per block: use more of them.
        let n_blocks = if is_float { n_blocks * 29 } else { n_blocks };
        let run = Run::Dequantize { n_blocks };
        push(
            Kernel::Dequantize,
            format!("{}", n_blocks * block),
            exact(float),
            run,
        );
    }
    let cols = if is_float { 67 } else { 2 * block };
    push(
        Kernel::Embedding,
        format!("5x{cols}"),
        exact(float),
        Run::Embedding { rows: 5, cols },
    );
    let col_blocks: &[usize] = if is_float { &[1, 67, 300] } else { &[1, 3] };
    for &rows in &[1, 7, 33] {
        for &cb in col_blocks {
            let cols = cb * block;
            let run = Run::Matvec { rows, cols };
            push(Kernel::Matvec, format!("{rows}x{cols}"), MATMUL, run);
        }
    }
    // One tile, partial tiles, and more than one tile (64) each way.
    let matmul_shapes: [(usize, usize, usize); 3] = if is_float {
        [(1, 1, 1), (7, 33, 67), (70, 66, 300)]
    } else {
        [(1, 1, block), (7, 33, 3 * block), (70, 66, 2 * block)]
    };
    let mut matmul_kernels = vec![MatmulKernel::Float, MatmulKernel::Cmma];
    if formats::is_int8(format) {
        matmul_kernels.extend([MatmulKernel::Q8, MatmulKernel::Q8Rows]);
    }
    for matmul in matmul_kernels {
        for (tokens, rows, cols) in matmul_shapes {
            let run = Run::Matmul {
                tokens,
                rows,
                cols,
                kernel: matmul,
            };
            let (kernel, limit) = match matmul {
                MatmulKernel::Float => (Kernel::Matmul, MATMUL),
                // Tensor cores multiply f16: activations and weights are rounded to it.
                MatmulKernel::Cmma => (Kernel::MatmulCmma, CMMA),
                // Activations rounded to 8 bits (relative error up to 1/254 of
                // their block's largest), as llama.cpp's CPU backend rounds them.
                MatmulKernel::Q8 => (Kernel::MatmulQ8, Q8_MATMUL),
                MatmulKernel::Q8Rows => (Kernel::MatvecQ8, Q8_MATMUL),
            };
            push(kernel, format!("{tokens}x{cols}·{rows}x{cols}"), limit, run);
        }
    }
}

fn float_cases(cases: &mut Vec<Case>, float: FloatType) {
    let mut push = |kernel, shape: String, limit, run| {
        cases.push(Case {
            kernel,
            format: None,
            float,
            shape,
            limit,
            run,
        })
    };
    for (rows, cols) in [(1, 1), (5, 67), (3, 1000)] {
        let shape = format!("{rows}x{cols}");
        push(
            Kernel::RmsNorm,
            shape.clone(),
            exact(float),
            Run::RmsNorm { rows, cols },
        );
        push(
            Kernel::LayerNorm,
            shape,
            exact(float),
            Run::LayerNorm { rows, cols },
        );
    }
    let softmax_shapes = [
        (1, 1, 1.0, None),
        (4, 129, 0.125, None),
        (7, 33, 1.0, Some(0)),
        (5, 300, 0.5, Some(295)),
    ];
    for (rows, cols, scale, causal) in softmax_shapes {
        let mask = if causal.is_some() { " causal" } else { "" };
        let run = Run::Softmax {
            rows,
            cols,
            scale,
            causal,
        };
        push(
            Kernel::Softmax,
            format!("{rows}x{cols}{mask}"),
            exact(float),
            run,
        );
    }
    for style in [RopeStyle::Normal, RopeStyle::Neox] {
        for (tokens, heads, head_dim, n_rot) in [(1, 1, 2, 2), (6, 4, 64, 64), (5, 2, 80, 32)] {
            let run = Run::Rope {
                tokens,
                heads,
                head_dim,
                n_rot,
                style,
            };
            push(
                Kernel::Rope(style),
                format!("{tokens}x{heads}x{head_dim} rot {n_rot}"),
                exact(float),
                run,
            );
        }
    }
    for act in [GluActivation::SwiGlu, GluActivation::GeGlu] {
        for n in [1, 1000] {
            push(
                Kernel::Glu(act),
                format!("{n}"),
                exact(float),
                Run::Glu { n, act },
            );
        }
    }
    for (rows, cols, broadcast) in [(1, 1, false), (7, 67, false), (7, 67, true)] {
        let shape = format!("{rows}x{cols}{}", if broadcast { " row" } else { "" });
        let (add, mul) = (
            Run::Add {
                rows,
                cols,
                broadcast,
            },
            Run::Mul {
                rows,
                cols,
                broadcast,
            },
        );
        push(Kernel::Add, shape.clone(), exact(float), add);
        push(Kernel::Mul, shape, exact(float), mul);
    }
    for n in [1, 1000] {
        push(
            Kernel::Scale,
            format!("{n}"),
            exact(float),
            Run::Scale { n },
        );
    }
    // A whole array; one element at the very end; a KV-cache-like write of
    // rows into the middle of a larger array, past one cube of units.
    for (src_len, src_offset, dst_len, dst_offset, n) in [
        (1, 0, 1, 0, 1),
        (5, 4, 9, 8, 1),
        (1000, 192, 4096, 1536, 700),
    ] {
        push(
            Kernel::Copy,
            format!("{n} of {src_len}@{src_offset} -> {dst_len}@{dst_offset}"),
            exact(float),
            Run::Copy {
                src_len,
                src_offset,
                dst_len,
                dst_offset,
                n,
            },
        );
    }
    // One element; rows narrower and wider than a cube; a vocabulary-sized
    // row that is no multiple of anything.
    for (rows, cols) in [(1, 1), (3, 100), (4, 1000), (2, 49159)] {
        push(
            Kernel::Argmax,
            format!("{rows}x{cols}"),
            EXACT,
            Run::Argmax { rows, cols },
        );
    }
    attention_cases(&mut push);
}

fn attention_cases(push: &mut impl FnMut(Kernel, String, f64, Run)) {
    let shape = |n_head, n_kv_head, head_dim| AttentionShape {
        n_head,
        n_kv_head,
        head_dim,
    };
    // (shape, queries, keys, window): one of everything; GQA with more than
    // one tile; Gemma 3's head size with a sliding window and a cached prefix;
    // a head size that is no power of two.
    let decode = [
        (shape(1, 1, 1), 1, None),
        (shape(4, 2, 64), 100, None),
        (shape(4, 2, 64), 100, Some(16)),
        (shape(8, 1, 256), 70, Some(512)),
        (shape(3, 3, 80), 130, None),
    ];
    for (s, n_keys, window) in decode {
        let run = Run::Attention {
            shape: s,
            queries: 1,
            n_keys,
            window,
            decode: true,
        };
        push(
            Kernel::AttentionDecode,
            label(s, 1, n_keys, window),
            MATMUL,
            run,
        );
    }
    let prefill = [
        (shape(1, 1, 1), 1, 1, None),
        (shape(4, 2, 64), 13, 13, None),
        (shape(2, 1, 256), 9, 20, Some(5)),
        (shape(3, 3, 80), 17, 17, None),
    ];
    for (s, queries, n_keys, window) in prefill {
        let run = Run::Attention {
            shape: s,
            queries,
            n_keys,
            window,
            decode: false,
        };
        push(
            Kernel::AttentionPrefill,
            label(s, queries, n_keys, window),
            MATMUL,
            run,
        );
    }
}

fn label(s: AttentionShape, queries: usize, keys: usize, window: Option<usize>) -> String {
    let window = window.map(|w| format!(" win {w}")).unwrap_or_default();
    format!(
        "q{queries}x{}x{} kv{keys}x{}{window}",
        s.n_head, s.head_dim, s.n_kv_head
    )
}
