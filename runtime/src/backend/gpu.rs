//! The GPU backends: whole models on the kernels Realm's compiler emits for
//! CUDA and wgpu (`realm_codegen::gpu`), one implementation for both runtimes.
//!
//! Matrices are uploaded once, quantized, in their format's split layout;
//! one-dimensional tensors (norm weights, biases) as f32. Activations and the
//! KV cache ([`DeviceCache`]) stay on the device: what crosses back to the
//! host per step is the rows of logits the caller asked for.
//!
//! A kernel launch can only fail on a shape the model's own construction
//! already fixed, so such a failure is a bug, reported with the op's name.

use realm_codegen::gpu::{
    AttentionParams, DeviceArray, Gpu, GpuRuntime, GpuWeight, KernelError, RopeParams,
};
use realm_ir::ops::{AttentionMask, AttentionShape, GluActivation};
use realm_models::{Backend, ModelError, RopeConfig, WeightRef};

use super::device_cache::DeviceCache;

/// A weight on the device: quantized rows for the kernels, or f32 values.
pub enum GpuTensorWeight {
    Matrix(RowChunks),
    Vector(DeviceArray<f32>),
}

/// A matrix as consecutive runs of whole rows, each one device array: one
/// run, unless the matrix is larger than the device binds in one array
/// (lavapipe and WebGPU bind 128 MiB; Gemma 3's embedding table is 178 MB).
pub struct RowChunks {
    /// Each run and its number of rows, in order.
    chunks: Vec<(GpuWeight, usize)>,
    rows: usize,
    cols: usize,
}

/// A `[rows, cols]` f32 activation matrix in device memory.
pub struct GpuTensor {
    pub rows: usize,
    pub cols: usize,
    data: DeviceArray<f32>,
}

pub struct GpuBackend<R: GpuRuntime> {
    gpu: Gpu<R>,
    name: &'static str,
    /// What the device is, for logs and `realm bench`.
    pub description: String,
    /// The largest weight array to upload, in bytes (the device's binding
    /// limit unless a test lowers it to exercise chunked weights).
    max_array_bytes: u64,
}

fn checked<T>(op: &str, result: Result<T, KernelError>) -> T {
    super::checked("GPU", op, result)
}

impl GpuTensorWeight {
    fn values(&self) -> &DeviceArray<f32> {
        match self {
            GpuTensorWeight::Vector(v) => v,
            GpuTensorWeight::Matrix { .. } => panic!("a matrix used as a vector"),
        }
    }

    fn matrix(&self) -> &RowChunks {
        match self {
            GpuTensorWeight::Matrix(m) => m,
            GpuTensorWeight::Vector(_) => panic!("a vector used as a matrix"),
        }
    }
}

impl<R: GpuRuntime> GpuBackend<R> {
    /// A backend on `gpu`, named `name` (`wgpu`, `cuda`) in logs and output.
    pub fn new(gpu: Gpu<R>, name: &'static str, description: String) -> Self {
        let max_array_bytes = gpu.max_array_bytes();
        GpuBackend {
            gpu,
            name,
            description,
            max_array_bytes,
        }
    }

    /// Splits weights into arrays of at most `bytes` (below the device's
    /// own limit): tests use it to run chunked weights on small models.
    pub fn with_max_array_bytes(mut self, bytes: u64) -> Self {
        self.max_array_bytes = bytes.min(self.gpu.max_array_bytes());
        self
    }

    /// Places `part` (`tokens x part_cols`) at column `col0` of `out`
    /// (`tokens x out_cols`), a row at a time (one copy when `tokens` is 1).
    fn place_columns(
        &self,
        part: &DeviceArray<f32>,
        out: &mut DeviceArray<f32>,
        tokens: usize,
        part_cols: usize,
        out_cols: usize,
        col0: usize,
    ) {
        for t in 0..tokens {
            let copied =
                self.gpu
                    .copy_into(part, t * part_cols, out, t * out_cols + col0, part_cols);
            checked("placing a chunk's outputs", copied);
        }
    }

    pub fn gpu(&self) -> &Gpu<R> {
        &self.gpu
    }

    fn tensor(&self, rows: usize, cols: usize, data: DeviceArray<f32>) -> GpuTensor {
        debug_assert_eq!(data.len(), rows * cols);
        GpuTensor { rows, cols, data }
    }
}

impl<R: GpuRuntime> Backend for GpuBackend<R> {
    type Weight = GpuTensorWeight;
    type Tensor = GpuTensor;
    type Cache = DeviceCache;

    fn name(&self) -> &'static str {
        self.name
    }

    fn load_weight(&self, w: WeightRef<'_>) -> Result<GpuTensorWeight, ModelError> {
        if w.dims.len() == 1 {
            let values = super::vector_values(&w)?;
            return Ok(GpuTensorWeight::Vector(self.gpu.upload(&values)));
        }
        let cols = super::matrix_cols(&w)?;
        let cannot_run =
            |e: KernelError| super::bad_weight(&w, format!("cannot run on {}: {e}", self.name));
        // A device binds each array whole: a matrix larger than its largest
        // binding goes up as runs of whole rows that each fit, sized by the
        // format's split layout (fields padded to whole words per run).
        let rows = w.n_elements() / cols;
        let blocks_per_row = (cols / w.ty.block_size()) as u64;
        let whole =
            Gpu::<R>::split_bytes(w.ty, blocks_per_row * rows as u64).map_err(cannot_run)?;
        let rows_per_run = if whole <= self.max_array_bytes {
            rows
        } else {
            // A bound: one row's padding counted for every row.
            let device_row = Gpu::<R>::split_bytes(w.ty, blocks_per_row).map_err(cannot_run)?;
            if device_row > self.max_array_bytes {
                return Err(super::bad_weight(
                    &w,
                    format!(
                        "a row of {device_row} bytes is more than the {} the {} device binds in one array",
                        self.max_array_bytes, self.name
                    ),
                ));
            }
            (self.max_array_bytes / device_row) as usize
        };
        let row_bytes = w.bytes.len() / rows.max(1);
        let mut chunks = Vec::new();
        for part in w.bytes.chunks((rows_per_run * row_bytes).max(1)) {
            let weight = self.gpu.upload_weight(w.ty, part).map_err(cannot_run)?;
            chunks.push((weight, part.len() / row_bytes));
            // Uploaded: the file's pages are not needed any more.
            w.release(part);
        }
        Ok(GpuTensorWeight::Matrix(RowChunks { chunks, rows, cols }))
    }

    fn new_cache(&self, n_layer: usize, n_kv: usize, capacity: usize) -> DeviceCache {
        DeviceCache::new(n_layer, n_kv, capacity)
    }

    fn embed(&self, table: &GpuTensorWeight, ids: &[u32]) -> Result<GpuTensor, ModelError> {
        let table = table.matrix();
        let (n_vocab, cols) = (table.rows, table.cols);
        if let Some(&id) = ids.iter().find(|&&id| id as usize >= n_vocab) {
            return Err(ModelError::TokenOutOfRange { id, n_vocab });
        }
        if let [(weight, _)] = table.chunks.as_slice() {
            let data = checked("embedding", self.gpu.embedding(weight, cols, ids));
            return Ok(self.tensor(ids.len(), cols, data));
        }
        // Each chunk looks up the ids it holds; their rows are then placed.
        let mut out = self.gpu.empty(ids.len() * cols);
        let mut row0 = 0;
        for (weight, rows) in &table.chunks {
            let held: Vec<(usize, u32)> = ids
                .iter()
                .enumerate()
                .filter(|&(_, &id)| (row0..row0 + rows).contains(&(id as usize)))
                .map(|(i, &id)| (i, id - row0 as u32))
                .collect();
            if !held.is_empty() {
                let local: Vec<u32> = held.iter().map(|&(_, id)| id).collect();
                let found = checked("embedding", self.gpu.embedding(weight, cols, &local));
                for (k, &(i, _)) in held.iter().enumerate() {
                    let copied = self
                        .gpu
                        .copy_into(&found, k * cols, &mut out, i * cols, cols);
                    checked("placing embedding rows", copied);
                }
            }
            row0 += rows;
        }
        Ok(self.tensor(ids.len(), cols, out))
    }

    fn matmul(&self, x: &GpuTensor, w: &GpuTensorWeight) -> GpuTensor {
        let w = w.matrix();
        let product = |weight: &GpuWeight| {
            if x.rows == 1 {
                checked("matvec", self.gpu.matvec(weight, w.cols, &x.data))
            } else {
                checked("matmul", self.gpu.matmul(weight, w.cols, &x.data))
            }
        };
        if let [(weight, _)] = w.chunks.as_slice() {
            return self.tensor(x.rows, w.rows, product(weight));
        }
        // Each chunk gives some output columns of every token.
        let mut out = self.gpu.empty(x.rows * w.rows);
        let mut col0 = 0;
        for (weight, rows) in &w.chunks {
            let part = product(weight);
            self.place_columns(&part, &mut out, x.rows, *rows, w.rows, col0);
            col0 += rows;
        }
        self.tensor(x.rows, w.rows, out)
    }

    fn add_bias(&self, x: &mut GpuTensor, b: &GpuTensorWeight) {
        x.data = checked("add_bias", self.gpu.add(&x.data, b.values()));
    }

    fn rms_norm(&self, x: &GpuTensor, weight: &GpuTensorWeight, eps: f32) -> GpuTensor {
        let data = checked("rms_norm", self.gpu.rms_norm(&x.data, weight.values(), eps));
        self.tensor(x.rows, x.cols, data)
    }

    fn add(&self, x: &mut GpuTensor, y: &GpuTensor) {
        x.data = checked("add", self.gpu.add(&x.data, &y.data));
    }

    fn scale(&self, x: &mut GpuTensor, s: f32) {
        x.data = checked("scale", self.gpu.scale(&x.data, s));
    }

    fn rope(&self, x: &mut GpuTensor, pos0: usize, head_dim: usize, rope: &RopeConfig) {
        let positions: Vec<u32> = (pos0..pos0 + x.rows).map(|p| p as u32).collect();
        let positions = self.gpu.upload(&positions);
        let params = RopeParams {
            n_rot: rope.n_rot,
            base: rope.base,
            freq_scale: rope.freq_scale,
            style: rope.style,
        };
        let heads = x.cols / head_dim;
        checked(
            "rope",
            self.gpu
                .rope(&mut x.data, &positions, heads, head_dim, params),
        );
    }

    fn glu(&self, gate: &GpuTensor, up: &GpuTensor, act: GluActivation) -> GpuTensor {
        let data = checked("glu", self.gpu.glu(&gate.data, &up.data, act));
        self.tensor(gate.rows, gate.cols, data)
    }

    fn attention(
        &self,
        cache: &mut DeviceCache,
        layer: usize,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        pos0: usize,
        shape: AttentionShape,
        scale: f32,
        mask: AttentionMask,
    ) -> GpuTensor {
        assert!(mask.causal, "the attention kernels are causal");
        let (keys, values) = checked(
            "kv cache write",
            cache.append(&self.gpu, layer, pos0, &k.data, &v.data),
        );
        let params = AttentionParams {
            shape,
            n_keys: pos0 + q.rows,
            scale,
            window: mask.window,
        };
        let data = if q.rows == 1 {
            self.gpu
                .attention_decode(&q.data, keys, values, params, pos0)
        } else {
            self.gpu
                .attention_prefill(&q.data, keys, values, params, pos0)
        };
        self.tensor(
            q.rows,
            shape.n_head * shape.head_dim,
            checked("attention", data),
        )
    }

    fn commit(&self, cache: &mut DeviceCache, len: usize) {
        cache.commit(len);
    }

    fn slice_rows(&self, x: &GpuTensor, start: usize, n: usize) -> GpuTensor {
        let mut out = self.gpu.empty(n * x.cols);
        let copied = self
            .gpu
            .copy_into(&x.data, start * x.cols, &mut out, 0, n * x.cols);
        checked("slice_rows", copied);
        self.tensor(n, x.cols, out)
    }

    fn concat_rows(&self, parts: &[GpuTensor]) -> GpuTensor {
        let cols = parts.first().map_or(0, |p| p.cols);
        let rows: usize = parts.iter().map(|p| p.rows).sum();
        let mut out = self.gpu.empty(rows * cols);
        let mut at = 0;
        for part in parts {
            let n = part.data.len();
            checked(
                "concat_rows",
                self.gpu.copy_into(&part.data, 0, &mut out, at, n),
            );
            at += n;
        }
        self.tensor(rows, cols, out)
    }

    fn to_host(&self, x: &GpuTensor) -> Vec<f32> {
        checked("reading activations back", self.gpu.read(&x.data))
    }

    fn argmax_rows(&self, x: &GpuTensor) -> Vec<u32> {
        let ids = checked("argmax", self.gpu.argmax(&x.data, x.cols));
        checked("reading token ids back", self.gpu.read(&ids))
    }
}
