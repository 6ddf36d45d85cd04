//! Criterion benchmarks of the generated CPU kernels (`realm-cpu`), at the
//! size of a small model's FFN projection (SmolLM2-135M's is 1536x576; 768
//! columns make whole 256-element k-quant blocks): decode (matvec) and a
//! 64-token prefill (matmul), each on the float path and, for integer
//! formats, the integer-dot path (`matvec_q8`, `matmul_q8`). Ids read
//! `kernel/cpu/format/shape`, e.g.
//! `matvec/cpu/Q4_1/1536x768`; filter with
//! `cargo bench -p realm-benches --bench cpu_kernels -- matvec/cpu/Q4_1`.
//!
//! Throughputs: matvec counts the weight's GGUF bytes (GB/s of quantized
//! weights read, comparable with llama.cpp's memory-bound decode); matmul
//! counts FLOPs as "elements" (`Gelem/s` reads GFLOP/s). Threads: rayon's
//! default (every core), set `RAYON_NUM_THREADS` to pin it.

use criterion::Throughput;
use realm_benches::{gguf_bytes, matmul_flops, random_floats, random_weight};
use realm_cpu::quantized::{CpuWeight, MatmulPath, WeightLayout};
use realm_ir::GgmlType;

const FORMATS: [GgmlType; 7] = [
    GgmlType::Q4_0,
    GgmlType::Q4_1,
    GgmlType::Q5_0,
    GgmlType::Q4_K,
    GgmlType::Q6_K,
    GgmlType::Q8_0,
    GgmlType::F16,
];
/// A small model's FFN projection: `rows x cols`.
const MATVEC: (usize, usize) = (1536, 768);
/// A 64-token prefill through the same projection: `tokens x rows x cols`.
const MATMUL: (usize, usize, usize) = (64, 1536, 768);

fn main() {
    let mut c = realm_benches::Size::Small.criterion().configure_from_args();
    for ggml in FORMATS {
        let (rows, cols) = MATVEC;
        let bytes = random_weight(ggml, rows * cols, 1);
        // Each path's kernels read their own layout (the runtime picks one
        // at load): plain for the float kernels, row-tiled for the integer ones.
        let plain = CpuWeight::from_gguf(ggml, &bytes, rows * cols)
            .expect("a benchmarked format has CPU kernels");
        let tiled = CpuWeight::matrix_in(
            WeightLayout::RowTiled,
            ggml,
            &bytes,
            rows,
            cols,
            &mut |_| {},
        )
        .expect("a benchmarked format has CPU kernels");
        let laid_out = |path| match path {
            MatmulPath::Float => &plain,
            _ => &tiled,
        };
        let x: Vec<f32> = random_floats(cols, 2);
        let mut y = vec![0f32; rows];
        for (name, path) in [
            ("matvec", MatmulPath::Float),
            ("matvec_q8", MatmulPath::Int8Rows),
        ] {
            let weight = laid_out(path);
            if weight.matvec_on(path, cols, &x, &mut y).is_err() {
                continue; // a float format has no integer path
            }
            let mut group = c.benchmark_group(format!("{name}/cpu"));
            group.throughput(Throughput::Bytes(gguf_bytes(ggml, rows * cols) as u64));
            group.bench_function(format!("{}/{rows}x{cols}", ggml.name()), |b| {
                b.iter(|| {
                    weight
                        .matvec_on(path, cols, &x, &mut y)
                        .expect("shapes match")
                })
            });
            group.finish();
        }

        let (tokens, rows, cols) = MATMUL;
        let x: Vec<f32> = random_floats(tokens * cols, 3);
        let mut y = vec![0f32; tokens * rows];
        for (name, path) in [
            ("matmul", MatmulPath::Float),
            ("matmul_q8", MatmulPath::Int8),
        ] {
            let weight = laid_out(path);
            if weight.matmul_on(path, cols, &x, &mut y).is_err() {
                continue; // a float format has no integer path
            }
            let mut group = c.benchmark_group(format!("{name}/cpu"));
            group.throughput(Throughput::Elements(matmul_flops(tokens, rows, cols)));
            group.bench_function(format!("{}/{tokens}x{rows}x{cols}", ggml.name()), |b| {
                b.iter(|| {
                    weight
                        .matmul_on(path, cols, &x, &mut y)
                        .expect("shapes match")
                })
            });
            group.finish();
        }
    }
    c.final_summary();
}
