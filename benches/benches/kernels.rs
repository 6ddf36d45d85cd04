//! Criterion benchmarks of the generated kernels, on every GPU backend this
//! machine has (CUDA, then wgpu). Ids read `kernel/backend/format/float/shape`,
//! e.g. `matvec/wgpu/Q4_K/f32/1024x1024`; filter with
//! `cargo bench -p realm-benches -- matvec/wgpu/Q4_K`.
//!
//! Throughputs, as criterion prints them (bytes in decimal units, as memory
//! bandwidths are quoted: 1 GB/s = 10^9 B/s):
//! - `matvec`: the weight's GGUF bytes (GB/s of quantized weights read; the
//!   activations, a few KB, are not counted).
//! - `matmul`, `attention_*`: "elements" = FLOPs, so `Gelem/s` reads GFLOP/s
//!   (criterion has no FLOP unit).
//! - `rms_norm`, `softmax`: bytes of activations read and written.
//!
//! Inputs are uploaded once, outside the timed loop, and only for benchmarks
//! the filter selects; one untimed iteration then compiles the kernel. Each
//! timed iteration is one launch and a `sync`, so it times the GPU work, not
//! the (asynchronous) launch. `REALM_BENCH_SIZE=large` picks GPU-sized shapes,
//! and there matvec and decode attention launch once over each of several
//! copies of their inputs before the sync (see `Shapes::cold_bytes`).

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use cubecl::Runtime;
use cubecl::cuda::{CudaDevice, CudaRuntime};
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use half::f16;
use realm_benches::{
    ATTENTION_SHAPES, Shapes, Size, attention_flops, attention_label, available_backends,
    cold_copies, gguf_bytes, matmul_flops, random_floats, random_weight, row_op_bytes,
};
use realm_codegen::device::GpuBackend;
use realm_codegen::formats;
use realm_codegen::gpu::{AttentionParams, DeviceArray, Gpu, HostFloat, KernelError};
use realm_ir::GgmlType;
use realm_ir::ops::AttentionShape;

/// The formats whose prefill matmul is benchmarked.
const MATMUL_FORMATS: [GgmlType; 4] = [
    GgmlType::Q4_K,
    GgmlType::Q8_0,
    GgmlType::Q4_0,
    GgmlType::F16,
];
/// The formats that are also benchmarked with f16 activations (everything runs in f32).
const F16_FORMATS: [GgmlType; 2] = [GgmlType::Q4_K, GgmlType::Q8_0];

fn main() {
    if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        // SAFETY: single-threaded here, before any client exists. Silences the
        // Vulkan loader's "XDG_RUNTIME_DIR is invalid" lines.
        unsafe { std::env::set_var("XDG_RUNTIME_DIR", std::env::temp_dir()) };
    }
    let size = Size::from_env().unwrap_or_else(|message| {
        eprintln!("error: {message}");
        std::process::exit(2);
    });
    let shapes = size.shapes();
    let mut c = size.criterion().configure_from_args();
    for backend in available_backends() {
        match backend {
            GpuBackend::Cuda => {
                let gpu = Gpu::new(CudaRuntime::client(&CudaDevice::new(0)));
                bench_backend(&mut c, backend.name(), &gpu, &shapes);
            }
            GpuBackend::Wgpu => {
                let gpu = Gpu::new(WgpuRuntime::client(&WgpuDevice::default()));
                bench_backend(&mut c, backend.name(), &gpu, &shapes);
            }
        }
    }
    c.final_summary();
}

/// Every benchmark on one device.
fn bench_backend<R: Runtime>(c: &mut Criterion, backend: &str, gpu: &Gpu<R>, shapes: &Shapes) {
    let f16 = gpu.supports_f16();
    if !f16 {
        println!("{backend}: no f16 support, f16 benchmarks skipped");
    }
    let b = Bench {
        gpu,
        backend,
        shapes,
    };

    let mut group = c.benchmark_group("matvec");
    for &(rows, cols) in &shapes.matvec {
        for &ggml in formats::ALL {
            b.matvec::<f32>(&mut group, ggml, rows, cols);
        }
        if f16 {
            for ggml in F16_FORMATS {
                b.matvec::<f16>(&mut group, ggml, rows, cols);
            }
        }
    }
    group.finish();

    let mut group = c.benchmark_group("matmul");
    for ggml in MATMUL_FORMATS {
        b.matmul::<f32>(&mut group, ggml);
    }
    if f16 {
        for ggml in F16_FORMATS {
            b.matmul::<f16>(&mut group, ggml);
        }
    }
    group.finish();

    let mut group = c.benchmark_group("attention_decode");
    for shape in ATTENTION_SHAPES {
        b.attention_decode::<f32>(&mut group, shape);
        if f16 {
            b.attention_decode::<f16>(&mut group, shape);
        }
    }
    group.finish();

    let mut group = c.benchmark_group("attention_prefill");
    for shape in ATTENTION_SHAPES {
        b.attention_prefill::<f32>(&mut group, shape);
        if f16 {
            b.attention_prefill::<f16>(&mut group, shape);
        }
    }
    group.finish();

    let mut group = c.benchmark_group("rms_norm");
    b.rms_norm::<f32>(&mut group);
    if f16 {
        b.rms_norm::<f16>(&mut group);
    }
    group.finish();

    let mut group = c.benchmark_group("softmax");
    b.softmax::<f32>(&mut group);
    if f16 {
        b.softmax::<f16>(&mut group);
    }
    group.finish();
}

type Group<'a> = BenchmarkGroup<'a, WallTime>;
/// Keys and values on the device.
type KvCache<F> = (DeviceArray<F>, DeviceArray<F>);

/// One device and the shapes to run on it.
struct Bench<'a, R: Runtime> {
    gpu: &'a Gpu<R>,
    backend: &'a str,
    shapes: &'a Shapes,
}

/// The work one launch does, in criterion's units, and how many launches (over
/// as many copies of the inputs) one timed iteration makes.
#[derive(Clone, Copy)]
struct Work {
    per_launch: u64,
    unit: fn(u64) -> Throughput,
    launches: usize,
}

impl Work {
    /// Bytes moved, in decimal units (GB/s), as memory bandwidths are quoted.
    fn bytes(n: u64) -> Work {
        Work {
            per_launch: n,
            unit: Throughput::BytesDecimal,
            launches: 1,
        }
    }

    /// FLOPs, which criterion counts as elements: `Gelem/s` reads GFLOP/s.
    fn flops(n: u64) -> Work {
        Work {
            per_launch: n,
            unit: Throughput::Elements,
            launches: 1,
        }
    }

    fn launches(self, launches: usize) -> Work {
        Work { launches, ..self }
    }

    fn throughput(self) -> Throughput {
        (self.unit)(self.per_launch * self.launches as u64)
    }
}

impl<R: Runtime> Bench<'_, R> {
    /// Benchmarks `launch` as `group/backend/name`. `setup` runs once, and only
    /// if the filter selects this benchmark; then one untimed iteration
    /// compiles the kernel. A timed iteration is `launch(inputs, i)` for each
    /// `i` below `work.launches`, then one sync.
    fn run<S, T>(
        &self,
        group: &mut Group<'_>,
        name: String,
        work: Work,
        setup: impl FnOnce() -> Result<S, KernelError>,
        launch: impl Fn(&S, usize) -> Result<T, KernelError>,
    ) {
        let id = format!("{}/{name}", self.backend);
        let gpu = self.gpu;
        let iteration = |inputs: &S| {
            let outs = (0..work.launches)
                .map(|i| launch(inputs, i))
                .collect::<Result<Vec<T>, _>>();
            // The outputs live until the sync, as the kernels writing them do.
            let outs = outs.and_then(|outs| gpu.sync().map(|()| outs));
            outs.unwrap_or_else(|e| panic!("{id}: {e}"))
        };
        let mut setup = Some(setup);
        let mut inputs = None;
        group.throughput(work.throughput());
        group.bench_function(&id, |b| {
            let inputs: &S = inputs.get_or_insert_with(|| {
                let setup = setup.take().expect("set up once");
                let inputs = setup().unwrap_or_else(|e| panic!("{id}: {e}"));
                iteration(&inputs);
                inputs
            });
            b.iter(|| iteration(inputs));
        });
    }

    /// `y = W x` (decode). Throughput: the weight's GGUF bytes. With
    /// `cold_bytes`, an iteration runs once over each copy of the weight.
    fn matvec<F: HostFloat>(
        &self,
        group: &mut Group<'_>,
        ggml: GgmlType,
        rows: usize,
        cols: usize,
    ) {
        let gpu = self.gpu;
        let bytes = gguf_bytes(ggml, rows * cols);
        let copies = cold_copies(self.shapes.cold_bytes, bytes);
        self.run(
            group,
            format!("{}/{}/{rows}x{cols}", ggml.name(), F::TYPE.name()),
            Work::bytes(bytes as u64).launches(copies),
            || {
                let host = random_weight(ggml, rows * cols, 1);
                let weights = (0..copies)
                    .map(|_| gpu.upload_weight(ggml, &host))
                    .collect::<Result<Vec<_>, _>>()?;
                assert_eq!(weights[0].gguf_bytes(), bytes);
                Ok((weights, gpu.upload(&random_floats::<F>(cols, 2))))
            },
            |(weights, x), i| gpu.matvec(&weights[i], cols, x),
        );
    }

    /// `Y = X Wᵀ` (prefill). Throughput: FLOPs (`2 * tokens * rows * cols`).
    fn matmul<F: HostFloat>(&self, group: &mut Group<'_>, ggml: GgmlType) {
        let gpu = self.gpu;
        let (tokens, rows, cols) = self.shapes.matmul;
        self.run(
            group,
            format!("{}/{}/{tokens}x{rows}x{cols}", ggml.name(), F::TYPE.name()),
            Work::flops(matmul_flops(tokens, rows, cols)),
            || {
                let w = gpu.upload_weight(ggml, &random_weight(ggml, rows * cols, 1))?;
                Ok((w, gpu.upload(&random_floats::<F>(tokens * cols, 2))))
            },
            |(w, x), _| gpu.matmul(w, cols, x),
        );
    }

    /// One query at the last position over `decode_keys` keys. Throughput:
    /// FLOPs. Memory-bound like matvec, so it too runs over cold copies of its
    /// K/V cache.
    fn attention_decode<F: HostFloat>(&self, group: &mut Group<'_>, shape: AttentionShape) {
        let n_keys = self.shapes.decode_keys;
        let cache_bytes = 2 * n_keys * shape.n_kv_head * shape.head_dim * size_of::<F>();
        let copies = cold_copies(self.shapes.cold_bytes, cache_bytes);
        self.attention::<F>(
            group,
            shape,
            1,
            n_keys,
            copies,
            |gpu, q, (k, v), params, pos| gpu.attention_decode(q, k, v, params, pos),
        );
    }

    /// A whole prompt of `prefill_tokens`, causal. Throughput: FLOPs.
    fn attention_prefill<F: HostFloat>(&self, group: &mut Group<'_>, shape: AttentionShape) {
        let n = self.shapes.prefill_tokens;
        self.attention::<F>(group, shape, n, n, 1, |gpu, q, (k, v), params, pos| {
            gpu.attention_prefill(q, k, v, params, pos)
        });
    }

    /// Attention of the last `queries` positions over a cache of `n_keys`
    /// (`copies` of it), through `launch(gpu, q, (k, v), params, first query's
    /// position)`.
    fn attention<F: HostFloat>(
        &self,
        group: &mut Group<'_>,
        shape: AttentionShape,
        queries: usize,
        n_keys: usize,
        copies: usize,
        launch: impl Fn(
            &Gpu<R>,
            &DeviceArray<F>,
            &KvCache<F>,
            AttentionParams,
            usize,
        ) -> Result<DeviceArray<F>, KernelError>,
    ) {
        let gpu = self.gpu;
        let first_pos = n_keys - queries;
        let params = AttentionParams {
            shape,
            n_keys,
            scale: 1.0 / (shape.head_dim as f32).sqrt(),
            window: None,
        };
        let q_len = queries * shape.n_head * shape.head_dim;
        let kv_len = n_keys * shape.n_kv_head * shape.head_dim;
        self.run(
            group,
            format!(
                "{}/{}/{queries}x{n_keys}",
                attention_label(shape),
                F::TYPE.name()
            ),
            Work::flops(attention_flops(shape, queries, first_pos)).launches(copies),
            || {
                let q = gpu.upload(&random_floats::<F>(q_len, 1));
                let (k, v) = (random_floats::<F>(kv_len, 2), random_floats::<F>(kv_len, 3));
                let caches: Vec<KvCache<F>> = (0..copies)
                    .map(|_| (gpu.upload(&k), gpu.upload(&v)))
                    .collect();
                Ok((q, caches))
            },
            |(q, caches), i| launch(gpu, q, &caches[i], params, first_pos),
        );
    }

    /// RMSNorm over `norm` rows. Throughput: bytes read and written.
    fn rms_norm<F: HostFloat>(&self, group: &mut Group<'_>) {
        let gpu = self.gpu;
        let (rows, cols) = self.shapes.norm;
        self.run(
            group,
            format!("{}/{rows}x{cols}", F::TYPE.name()),
            Work::bytes(row_op_bytes::<F>(rows, cols, cols * size_of::<f32>())),
            || {
                let x = gpu.upload(&random_floats::<F>(rows * cols, 1));
                Ok((x, gpu.upload(&random_floats::<f32>(cols, 2))))
            },
            |(x, weight), _| gpu.rms_norm(x, weight, 1e-6),
        );
    }

    /// Softmax of `softmax` rows, no mask. Throughput: bytes read and written.
    fn softmax<F: HostFloat>(&self, group: &mut Group<'_>) {
        let gpu = self.gpu;
        let (rows, cols) = self.shapes.softmax;
        self.run(
            group,
            format!("{}/{rows}x{cols}", F::TYPE.name()),
            Work::bytes(row_op_bytes::<F>(rows, cols, 0)),
            || Ok(gpu.upload(&random_floats::<F>(rows * cols, 1))),
            |x, _| gpu.softmax(x, cols, 1.0, None),
        );
    }
}
