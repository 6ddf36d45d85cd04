//! What the kernel benchmarks (`benches/kernels.rs`) share: the shapes of each
//! size, random inputs, the work each benchmark counts (bytes moved, FLOPs)
//! and which backends run. The counting lives here, not in the bench file, so
//! that it is unit-tested: a throughput is only as right as its numerator.

use std::time::Duration;

use criterion::Criterion;
use rand::SeedableRng;
use rand::rngs::StdRng;
use realm_codegen::conformance::inputs::{random_blocks, random_vector};
use realm_codegen::device::GpuBackend;
use realm_codegen::formats;
use realm_codegen::gpu::HostFloat;
use realm_ir::GgmlType;
use realm_ir::ops::AttentionShape;

/// `REALM_BENCH_SIZE`: `small` (the default, a smoke test that finishes in
/// minutes on a software Vulkan driver) or `large` (GPU-sized shapes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    Small,
    Large,
}

impl Size {
    pub fn from_env() -> Result<Size, String> {
        match std::env::var("REALM_BENCH_SIZE").as_deref() {
            Err(_) | Ok("") | Ok("small") => Ok(Size::Small),
            Ok("large") => Ok(Size::Large),
            Ok(other) => Err(format!(
                "REALM_BENCH_SIZE={other}: expected `small` or `large`"
            )),
        }
    }

    pub fn shapes(self) -> Shapes {
        match self {
            Size::Small => Shapes {
                matvec: vec![(1024, 1024)],
                matmul: (64, 512, 512),
                decode_keys: 512,
                prefill_tokens: 128,
                norm: (64, 1024),
                softmax: (256, 1024),
                cold_bytes: 0,
            },
            Size::Large => Shapes {
                // Llama 3 8B's attention projection and its FFN up/gate.
                matvec: vec![(4096, 4096), (14336, 4096)],
                matmul: (512, 4096, 4096),
                decode_keys: 4096,
                prefill_tokens: 4096,
                norm: (512, 4096),
                softmax: (4096, 4096),
                // Five times the 50 MB L2 of an H100 or H200.
                cold_bytes: 256 << 20,
            },
        }
    }

    /// Criterion's settings for this size; command-line flags
    /// (`--measurement-time`, `--sample-size`, ...) still override them.
    pub fn criterion(self) -> Criterion {
        let (samples, warm_up, measure) = match self {
            Size::Small => (10, Duration::from_millis(200), Duration::from_millis(600)),
            Size::Large => (20, Duration::from_secs(1), Duration::from_secs(2)),
        };
        Criterion::default()
            .sample_size(samples)
            .warm_up_time(warm_up)
            .measurement_time(measure)
    }
}

/// The shapes one run benchmarks.
#[derive(Clone, Debug)]
pub struct Shapes {
    /// Weights of `rows x cols` for matvec (decode).
    pub matvec: Vec<(usize, usize)>,
    /// `(tokens, rows, cols)` for matmul (prefill).
    pub matmul: (usize, usize, usize),
    /// Keys in the cache for one decode query (at the last position).
    pub decode_keys: usize,
    /// Prompt length for prefill attention: that many queries over as many keys, causal.
    pub prefill_tokens: usize,
    /// `(rows, cols)` for RMSNorm: tokens x hidden size.
    pub norm: (usize, usize),
    /// `(rows, cols)` for softmax: score rows x keys.
    pub softmax: (usize, usize),
    /// The memory-bound decode kernels (matvec, decode attention) run over
    /// copies of their weight or K/V cache totalling at least this many bytes,
    /// one launch per copy in each timed iteration. Each launch then reads
    /// from device memory, not from the cache the previous launch left warm
    /// (as in a real decode, where every other layer runs between two uses of
    /// a weight), and the sync ending the iteration is paid once per copies,
    /// not once per launch of a few microseconds.
    pub cold_bytes: usize,
}

/// The attention shapes benchmarked, named as in the ids (`h9_kv3_d64`).
pub const ATTENTION_SHAPES: [AttentionShape; 2] = [
    // SmolLM2-135M.
    AttentionShape {
        n_head: 9,
        n_kv_head: 3,
        head_dim: 64,
    },
    // Gemma 3 270M.
    AttentionShape {
        n_head: 4,
        n_kv_head: 1,
        head_dim: 256,
    },
];

/// `h9_kv3_d64` for 9 heads, 3 KV heads of 64.
pub fn attention_label(shape: AttentionShape) -> String {
    format!(
        "h{}_kv{}_d{}",
        shape.n_head, shape.n_kv_head, shape.head_dim
    )
}

/// The backends to benchmark, CUDA first; prints why each missing one is skipped.
pub fn available_backends() -> Vec<GpuBackend> {
    GpuBackend::ALL
        .into_iter()
        .filter(|backend| match backend.probe() {
            Ok(()) => true,
            Err(reason) => {
                println!("skipping {}: {reason}", backend.name());
                false
            }
        })
        .collect()
}

/// GGUF bytes of `n_elements` in `ggml` (what `GpuWeight::gguf_bytes` reports
/// once uploaded; known here before uploading, for criterion's throughput).
pub fn gguf_bytes(ggml: GgmlType, n_elements: usize) -> usize {
    let bytes = ggml.bytes_for(n_elements as u64);
    bytes.expect("whole blocks") as usize
}

/// Random GGUF bytes for `n_elements` of `ggml` (a multiple of its block).
pub fn random_weight(ggml: GgmlType, n_elements: usize, seed: u64) -> Vec<u8> {
    let layout = formats::layout(ggml).expect("benchmarked formats have kernels");
    let n_blocks = n_elements / layout.block_elems as usize;
    random_blocks(&layout, &mut StdRng::seed_from_u64(seed), n_blocks)
}

/// `n` random activations in `-1..1`.
pub fn random_floats<F: HostFloat>(n: usize, seed: u64) -> Vec<F> {
    random_vector(&mut StdRng::seed_from_u64(seed), n)
        .into_iter()
        .map(F::from_f32)
        .collect()
}

/// How many copies of a `bytes`-sized buffer add up to `cold_bytes` (at least one).
pub fn cold_copies(cold_bytes: usize, bytes: usize) -> usize {
    cold_bytes.div_ceil(bytes.max(1)).max(1)
}

/// FLOPs of a `tokens x cols` by `cols x rows` matmul: one multiply-add (2 FLOPs) per term.
pub fn matmul_flops(tokens: usize, rows: usize, cols: usize) -> u64 {
    2 * (tokens * rows * cols) as u64
}

/// Query-key pairs causal attention scores: `queries` rows at positions
/// `first_pos..`, the one at `p` seeing keys `0..=p` (no sliding window).
pub fn causal_pairs(queries: usize, first_pos: usize) -> u64 {
    let (q, p) = (queries as u64, first_pos as u64);
    q * p + q * (q + 1) / 2
}

/// FLOPs of causal attention, counted as FlashAttention's benchmarks count
/// them: per visible query-key pair and head, a `head_dim` dot product for the
/// score and `head_dim` multiply-adds of V into the output, `4 * head_dim` in
/// all. Softmax (max, exp, sum) is not counted. Only visible pairs count, so
/// a kernel that computes and then masks whole blocks gets no credit for them;
/// for a full prompt this is `n(n+1)/2` pairs where FlashAttention's script
/// writes `n²/2`, within `1/n` of each other.
pub fn attention_flops(shape: AttentionShape, queries: usize, first_pos: usize) -> u64 {
    4 * causal_pairs(queries, first_pos) * (shape.n_head * shape.head_dim) as u64
}

/// Bytes a row-wise kernel (RMSNorm, softmax) moves: each element of `F` read
/// once and written once, plus `extra` (RMSNorm's f32 weight row).
pub fn row_op_bytes<F>(rows: usize, cols: usize, extra: usize) -> u64 {
    (2 * rows * cols * size_of::<F>() + extra) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causal_pairs_counts_each_visible_key() {
        // Decode: one query at the last of n positions sees all n keys.
        assert_eq!(causal_pairs(1, 511), 512);
        // A full prompt of 4: 1 + 2 + 3 + 4.
        assert_eq!(causal_pairs(4, 0), 10);
        // 2 new queries after 3 cached keys: 4 + 5.
        assert_eq!(causal_pairs(2, 3), 9);
        let brute: u64 = (0..7u64).map(|i| 5 + i + 1).sum();
        assert_eq!(causal_pairs(7, 5), brute);
    }

    #[test]
    fn attention_flops_is_four_head_dims_per_pair_and_head() {
        let shape = ATTENTION_SHAPES[0];
        assert_eq!(attention_flops(shape, 1, 99), 4 * 100 * 9 * 64);
    }

    #[test]
    fn gguf_bytes_matches_the_generated_weight() {
        for &ggml in formats::ALL {
            let n = 4 * ggml.block_size();
            assert_eq!(
                random_weight(ggml, n, 0).len(),
                gguf_bytes(ggml, n),
                "{}",
                ggml.name()
            );
        }
    }

    #[test]
    fn shapes_fit_every_format_block() {
        for size in [Size::Small, Size::Large] {
            let shapes = size.shapes();
            let cols = shapes.matvec.iter().map(|s| s.1).chain([shapes.matmul.2]);
            for cols in cols {
                for &ggml in formats::ALL {
                    assert!(cols.is_multiple_of(ggml.block_size()), "{}", ggml.name());
                }
            }
        }
    }

    #[test]
    fn cold_copies_cover_the_budget() {
        assert_eq!(cold_copies(0, 100), 1);
        assert_eq!(cold_copies(256, 100), 3);
        assert_eq!(cold_copies(256, 1000), 1);
    }
}
