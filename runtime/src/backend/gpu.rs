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
use realm_ir::dequant;
use realm_ir::ops::{AttentionMask, AttentionShape, GluActivation};
use realm_models::{Backend, ModelError, RopeConfig, WeightRef};

use super::device_cache::DeviceCache;

/// A weight on the device: quantized rows for the kernels, or f32 values.
pub enum GpuTensorWeight {
    Matrix { weight: GpuWeight, cols: usize },
    Vector(DeviceArray<f32>),
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
}

fn checked<T>(op: &str, result: Result<T, KernelError>) -> T {
    match result {
        Ok(v) => v,
        // Shapes are fixed by the model's construction and device errors
        // (a lost device) leave nothing to continue with.
        Err(e) => panic!("GPU backend {op}: {e}"),
    }
}

impl GpuTensorWeight {
    fn values(&self) -> &DeviceArray<f32> {
        match self {
            GpuTensorWeight::Vector(v) => v,
            GpuTensorWeight::Matrix { .. } => panic!("a matrix used as a vector"),
        }
    }

    fn matrix(&self) -> (&GpuWeight, usize) {
        match self {
            GpuTensorWeight::Matrix { weight, cols } => (weight, *cols),
            GpuTensorWeight::Vector(_) => panic!("a vector used as a matrix"),
        }
    }
}

impl<R: GpuRuntime> GpuBackend<R> {
    /// A backend on `gpu`, named `name` (`wgpu`, `cuda`) in logs and output.
    pub fn new(gpu: Gpu<R>, name: &'static str, description: String) -> Self {
        GpuBackend {
            gpu,
            name,
            description,
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
        let bad = |problem: String| ModelError::BadTensor {
            name: w.name.to_owned(),
            problem,
        };
        let n = w.n_elements();
        if w.dims.len() == 1 {
            let mut values = vec![0f32; n];
            dequant::dequantize(w.ty, w.bytes, &mut values).map_err(|e| bad(e.to_string()))?;
            w.release(w.bytes);
            return Ok(GpuTensorWeight::Vector(self.gpu.upload(&values)));
        }
        let cols = w.dims[0] as usize;
        if cols == 0 || !cols.is_multiple_of(w.ty.block_size()) {
            return Err(bad(format!(
                "rows of {cols} do not fill whole {} blocks",
                w.ty
            )));
        }
        // A device binds each array whole: a tensor larger than its largest
        // binding cannot run (a clear error, not a device panic mid-forward).
        let limit = self.gpu.max_array_bytes();
        if w.bytes.len() as u64 > limit {
            return Err(bad(format!(
                "{} bytes, more than the {} the {} device binds in one array",
                w.bytes.len(),
                limit,
                self.name
            )));
        }
        let weight = self
            .gpu
            .upload_weight(w.ty, w.bytes)
            .map_err(|e| bad(format!("cannot run on {}: {e}", self.name)))?;
        // Uploaded: the file's pages are not needed any more.
        w.release(w.bytes);
        Ok(GpuTensorWeight::Matrix { weight, cols })
    }

    fn new_cache(&self, n_layer: usize, n_kv: usize, capacity: usize) -> DeviceCache {
        DeviceCache::new(n_layer, n_kv, capacity)
    }

    fn embed(&self, table: &GpuTensorWeight, ids: &[u32]) -> Result<GpuTensor, ModelError> {
        let (weight, cols) = table.matrix();
        let n_vocab = weight.n_elements / cols;
        if let Some(&id) = ids.iter().find(|&&id| id as usize >= n_vocab) {
            return Err(ModelError::TokenOutOfRange { id, n_vocab });
        }
        let data = checked("embedding", self.gpu.embedding(weight, cols, ids));
        Ok(self.tensor(ids.len(), cols, data))
    }

    fn matmul(&self, x: &GpuTensor, w: &GpuTensorWeight) -> GpuTensor {
        let (weight, cols) = w.matrix();
        let rows = weight.n_elements / cols;
        let data = if x.rows == 1 {
            checked("matvec", self.gpu.matvec(weight, cols, &x.data))
        } else {
            checked("matmul", self.gpu.matmul(weight, cols, &x.data))
        };
        self.tensor(x.rows, rows, data)
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
