//! What a conformance case needs from a device, and the two devices that give
//! it: a cubecl GPU ([`Gpu`], any runtime) and the CPU backend ([`CpuDevice`],
//! `realm-cpu`'s launch layer over the same kernels compiled to Rust).
//!
//! A case speaks in host vectors: activations arrive as f32 already rounded
//! to the activation type `F`, and results come back as f32. Each device turns
//! them into what its kernels take, so every case's logic exists once
//! (`execute.rs`) whatever runs it.

use cubecl::prelude::*;
use realm_cpu::CpuError;
use realm_cpu::CpuWeight;
use realm_cpu::quantized::MatmulPath;
use realm_cpu::quantized::WeightLayout;
use realm_ir::GgmlType;
use realm_ir::ops::GluActivation;

use crate::formats;
use crate::gpu::{
    AttentionParams, DeviceArray, Gpu, GpuWeight, HostFloat, KernelError, RopeParams,
};
use crate::kernels::FloatType;

/// A device the conformance suite runs on: one method per launch a case makes.
///
/// Methods generic over `F` run the kernel variant with activations of type
/// `F`; `x`-like arguments hold values `F` represents exactly. Weights of
/// norms (`rms_norm`, `layer_norm`) are f32 whatever `F` is, as on the GPU.
pub trait Device {
    /// A weight in the device's split layout.
    type Weight;

    /// `Err(why)` if this device has no kernels with `float` activations.
    fn supports(&self, float: FloatType) -> Result<(), String>;

    /// GGUF bytes of whole blocks of `format`, ready for the kernels.
    fn upload_weight(&self, format: GgmlType, bytes: &[u8]) -> Result<Self::Weight, KernelError>;

    fn dequantize<F: HostFloat>(&self, w: &Self::Weight) -> Result<Vec<f32>, KernelError>;

    fn embedding<F: HostFloat>(
        &self,
        w: &Self::Weight,
        cols: usize,
        ids: &[u32],
    ) -> Result<Vec<f32>, KernelError>;

    fn matvec<F: HostFloat>(
        &self,
        w: &Self::Weight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError>;

    /// The shared-memory tiled matmul.
    fn matmul_tiled<F: HostFloat>(
        &self,
        w: &Self::Weight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError>;

    /// The matmul on tensor cores; [`KernelError::Unsupported`] without them.
    fn matmul_cmma<F: HostFloat>(
        &self,
        w: &Self::Weight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError>;

    /// The integer-dot matmul (8-bit activations); [`KernelError::Unsupported`]
    /// where the launch layer has none.
    fn matmul_q8<F: HostFloat>(
        &self,
        w: &Self::Weight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError>;

    /// The integer-dot matvec, a token at a time (`x` holds one or more);
    /// [`KernelError::Unsupported`] where the launch layer has none.
    fn matvec_q8<F: HostFloat>(
        &self,
        w: &Self::Weight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError>;

    fn rms_norm<F: HostFloat>(
        &self,
        x: &[f32],
        weight: &[f32],
        eps: f32,
    ) -> Result<Vec<f32>, KernelError>;

    fn layer_norm<F: HostFloat>(
        &self,
        x: &[f32],
        weight: &[f32],
        bias: &[f32],
        eps: f32,
    ) -> Result<Vec<f32>, KernelError>;

    fn softmax<F: HostFloat>(
        &self,
        x: &[f32],
        cols: usize,
        scale: f32,
        causal: Option<usize>,
    ) -> Result<Vec<f32>, KernelError>;

    /// `x` (`tokens x heads x head_dim`) rotated; token `t` at `positions[t]`.
    fn rope<F: HostFloat>(
        &self,
        x: &[f32],
        positions: &[u32],
        heads: usize,
        head_dim: usize,
        params: RopeParams,
    ) -> Result<Vec<f32>, KernelError>;

    fn glu<F: HostFloat>(
        &self,
        gate: &[f32],
        up: &[f32],
        act: GluActivation,
    ) -> Result<Vec<f32>, KernelError>;

    fn add<F: HostFloat>(&self, a: &[f32], b: &[f32]) -> Result<Vec<f32>, KernelError>;

    fn mul<F: HostFloat>(&self, a: &[f32], b: &[f32]) -> Result<Vec<f32>, KernelError>;

    fn scale<F: HostFloat>(&self, a: &[f32], s: f32) -> Result<Vec<f32>, KernelError>;

    /// Each row's argmax (rows `cols` wide), as f32 to compare like the rest.
    fn argmax<F: HostFloat>(&self, x: &[f32], cols: usize) -> Result<Vec<f32>, KernelError>;

    /// `dst` after `n` elements of `src` from `src_offset` are written at `dst_offset`.
    fn copy<F: HostFloat>(
        &self,
        src: &[f32],
        src_offset: usize,
        dst: &[f32],
        dst_offset: usize,
        n: usize,
    ) -> Result<Vec<f32>, KernelError>;

    fn attention_decode<F: HostFloat>(
        &self,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        params: AttentionParams,
        query_pos: usize,
    ) -> Result<Vec<f32>, KernelError>;

    fn attention_prefill<F: HostFloat>(
        &self,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        params: AttentionParams,
        first_pos: usize,
    ) -> Result<Vec<f32>, KernelError>;
}

// ---------------------------------------------------------------- GPU

/// `v` on the device as `F`.
fn upload_as<R: Runtime, F: HostFloat>(gpu: &Gpu<R>, v: &[f32]) -> DeviceArray<F> {
    let host: Vec<F> = v.iter().map(|&x| F::from_f32(x)).collect();
    gpu.upload(&host)
}

/// `a` back on the host, as f32.
fn read_back<R: Runtime, F: HostFloat>(
    gpu: &Gpu<R>,
    a: &DeviceArray<F>,
) -> Result<Vec<f32>, KernelError> {
    Ok(gpu.read(a)?.into_iter().map(F::into_f32).collect())
}

/// Each method uploads, launches the [`Gpu`] method of the same name and reads back.
impl<R: Runtime> Device for Gpu<R> {
    type Weight = GpuWeight;

    fn supports(&self, float: FloatType) -> Result<(), String> {
        match float {
            FloatType::F16 if !self.supports_f16() => Err("device has no f16 support".into()),
            _ => Ok(()),
        }
    }

    fn upload_weight(&self, format: GgmlType, bytes: &[u8]) -> Result<GpuWeight, KernelError> {
        Gpu::upload_weight(self, format, bytes)
    }

    fn dequantize<F: HostFloat>(&self, w: &GpuWeight) -> Result<Vec<f32>, KernelError> {
        read_back(self, &Gpu::dequantize::<F>(self, w)?)
    }

    fn embedding<F: HostFloat>(
        &self,
        w: &GpuWeight,
        cols: usize,
        ids: &[u32],
    ) -> Result<Vec<f32>, KernelError> {
        read_back(self, &Gpu::embedding::<F>(self, w, cols, ids)?)
    }

    fn matvec<F: HostFloat>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        read_back(
            self,
            &Gpu::matvec(self, w, cols, &upload_as::<R, F>(self, x))?,
        )
    }

    fn matmul_tiled<F: HostFloat>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        read_back(
            self,
            &Gpu::matmul_tiled(self, w, cols, &upload_as::<R, F>(self, x))?,
        )
    }

    fn matmul_cmma<F: HostFloat>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        read_back(
            self,
            &Gpu::matmul_cmma(self, w, cols, &upload_as::<R, F>(self, x))?,
        )
    }

    fn matmul_q8<F: HostFloat>(
        &self,
        _: &GpuWeight,
        _: usize,
        _: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        Err(KernelError::Unsupported(
            "the GPU launch layer runs the float matmul; matmul_q8 is launched on the CPU only"
                .into(),
        ))
    }

    fn matvec_q8<F: HostFloat>(
        &self,
        _: &GpuWeight,
        _: usize,
        _: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        Err(KernelError::Unsupported(
            "the GPU launch layer runs the float matvec; matvec_q8 is launched on the CPU only"
                .into(),
        ))
    }

    fn rms_norm<F: HostFloat>(
        &self,
        x: &[f32],
        weight: &[f32],
        eps: f32,
    ) -> Result<Vec<f32>, KernelError> {
        let (x, weight) = (upload_as::<R, F>(self, x), self.upload(weight));
        read_back(self, &Gpu::rms_norm(self, &x, &weight, eps)?)
    }

    fn layer_norm<F: HostFloat>(
        &self,
        x: &[f32],
        weight: &[f32],
        bias: &[f32],
        eps: f32,
    ) -> Result<Vec<f32>, KernelError> {
        let x = upload_as::<R, F>(self, x);
        let (weight, bias) = (self.upload(weight), self.upload(bias));
        read_back(self, &Gpu::layer_norm(self, &x, &weight, &bias, eps)?)
    }

    fn softmax<F: HostFloat>(
        &self,
        x: &[f32],
        cols: usize,
        scale: f32,
        causal: Option<usize>,
    ) -> Result<Vec<f32>, KernelError> {
        let x = upload_as::<R, F>(self, x);
        read_back(self, &Gpu::softmax(self, &x, cols, scale, causal)?)
    }

    fn rope<F: HostFloat>(
        &self,
        x: &[f32],
        positions: &[u32],
        heads: usize,
        head_dim: usize,
        params: RopeParams,
    ) -> Result<Vec<f32>, KernelError> {
        let mut x = upload_as::<R, F>(self, x);
        let positions = self.upload(positions);
        Gpu::rope(self, &mut x, &positions, heads, head_dim, params)?;
        read_back(self, &x)
    }

    fn glu<F: HostFloat>(
        &self,
        gate: &[f32],
        up: &[f32],
        act: GluActivation,
    ) -> Result<Vec<f32>, KernelError> {
        let (gate, up) = (upload_as::<R, F>(self, gate), upload_as::<R, F>(self, up));
        read_back(self, &Gpu::glu(self, &gate, &up, act)?)
    }

    fn add<F: HostFloat>(&self, a: &[f32], b: &[f32]) -> Result<Vec<f32>, KernelError> {
        let (a, b) = (upload_as::<R, F>(self, a), upload_as::<R, F>(self, b));
        read_back(self, &Gpu::add(self, &a, &b)?)
    }

    fn mul<F: HostFloat>(&self, a: &[f32], b: &[f32]) -> Result<Vec<f32>, KernelError> {
        let (a, b) = (upload_as::<R, F>(self, a), upload_as::<R, F>(self, b));
        read_back(self, &Gpu::mul(self, &a, &b)?)
    }

    fn scale<F: HostFloat>(&self, a: &[f32], s: f32) -> Result<Vec<f32>, KernelError> {
        read_back(self, &Gpu::scale(self, &upload_as::<R, F>(self, a), s)?)
    }

    fn argmax<F: HostFloat>(&self, x: &[f32], cols: usize) -> Result<Vec<f32>, KernelError> {
        let out = Gpu::argmax(self, &upload_as::<R, F>(self, x), cols)?;
        Ok(self.read(&out)?.into_iter().map(|c| c as f32).collect())
    }

    fn copy<F: HostFloat>(
        &self,
        src: &[f32],
        src_offset: usize,
        dst: &[f32],
        dst_offset: usize,
        n: usize,
    ) -> Result<Vec<f32>, KernelError> {
        let src = upload_as::<R, F>(self, src);
        let mut dst = upload_as::<R, F>(self, dst);
        Gpu::copy_into(self, &src, src_offset, &mut dst, dst_offset, n)?;
        read_back(self, &dst)
    }

    fn attention_decode<F: HostFloat>(
        &self,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        params: AttentionParams,
        query_pos: usize,
    ) -> Result<Vec<f32>, KernelError> {
        let (q, k, v) = (
            upload_as::<R, F>(self, q),
            upload_as(self, k),
            upload_as(self, v),
        );
        read_back(
            self,
            &Gpu::attention_decode(self, &q, &k, &v, params, query_pos)?,
        )
    }

    fn attention_prefill<F: HostFloat>(
        &self,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        params: AttentionParams,
        first_pos: usize,
    ) -> Result<Vec<f32>, KernelError> {
        let (q, k, v) = (
            upload_as::<R, F>(self, q),
            upload_as(self, k),
            upload_as(self, v),
        );
        read_back(
            self,
            &Gpu::attention_prefill(self, &q, &k, &v, params, first_pos)?,
        )
    }
}

// ---------------------------------------------------------------- CPU

/// The CPU backend: `realm-cpu`'s launch layer, f32 activations only, no
/// tensor cores.
#[derive(Clone, Copy, Debug, Default)]
pub struct CpuDevice;

impl From<CpuError> for KernelError {
    fn from(e: CpuError) -> Self {
        match e {
            CpuError::Shape(s) => KernelError::Shape(s),
            CpuError::Unsupported(s) => KernelError::Unsupported(s),
        }
    }
}

/// [`KernelError::Unsupported`] unless `F` is f32, the CPU kernels' only
/// activation type (cases are skipped before they get here; this keeps a
/// direct call from running f32 kernels on values meant as `F`).
fn f32_only<F: HostFloat>() -> Result<(), KernelError> {
    match F::TYPE {
        FloatType::F32 => Ok(()),
        other => Err(KernelError::Unsupported(format!(
            "{} activations on the CPU backend",
            other.name()
        ))),
    }
}

/// Runs `op` into a zeroed output of `len` elements.
fn output(
    len: usize,
    op: impl FnOnce(&mut [f32]) -> Result<(), CpuError>,
) -> Result<Vec<f32>, KernelError> {
    let mut out = vec![0.0; len];
    op(&mut out)?;
    Ok(out)
}

/// `x` (rows of `cols`) times `w` on `path`, into a fresh output.
fn cpu_matmul<F: HostFloat>(
    w: &CpuWeight,
    path: MatmulPath,
    cols: usize,
    x: &[f32],
) -> Result<Vec<f32>, KernelError> {
    f32_only::<F>()?;
    // A zero `cols` gives an empty output, and realm-cpu the shape error.
    let rows = w.n_elements.checked_div(cols).unwrap_or(0);
    let tokens = x.len().checked_div(cols).unwrap_or(0);
    output(tokens * rows, |y| w.matmul_on(path, cols, x, y))
}

/// A weight on the CPU backend: split plainly, and its GGUF bytes for the
/// integer kernels, which read a row-tiled copy made for the shape they
/// are given (the runtime tiles at load, knowing the shape).
pub struct CpuUpload {
    plain: CpuWeight,
    bytes: Vec<u8>,
}

impl std::ops::Deref for CpuUpload {
    type Target = CpuWeight;

    fn deref(&self) -> &CpuWeight {
        &self.plain
    }
}

impl CpuUpload {
    /// The weight as a row-tiled matrix of rows of `cols`, or the plain
    /// weight where `cols` does not divide it (whose kernels then report
    /// the shape error).
    fn row_tiled(&self, cols: usize) -> Result<CpuWeight, KernelError> {
        let w = &self.plain;
        if cols == 0 || !w.n_elements.is_multiple_of(cols) {
            return Ok(CpuWeight::from_gguf(w.ggml, &self.bytes, w.n_elements)?);
        }
        let rows = w.n_elements / cols;
        Ok(CpuWeight::matrix_in(
            WeightLayout::RowTiled,
            w.ggml,
            &self.bytes,
            rows,
            cols,
            &mut |_| {},
        )?)
    }
}

/// Each method checks that `F` is f32 and calls `realm-cpu`'s function of the same name.
impl Device for CpuDevice {
    type Weight = CpuUpload;

    fn supports(&self, float: FloatType) -> Result<(), String> {
        match float {
            FloatType::F32 => Ok(()),
            FloatType::F16 => Err("the CPU backend has f32 activations only".into()),
        }
    }

    fn upload_weight(&self, format: GgmlType, bytes: &[u8]) -> Result<CpuUpload, KernelError> {
        let layout = formats::layout(format).ok_or(KernelError::NoSpec(format))?;
        let n_blocks = bytes.len() / layout.block_bytes() as usize;
        let n_elements = n_blocks * layout.block_elems as usize;
        Ok(CpuUpload {
            plain: CpuWeight::from_gguf(format, bytes, n_elements)?,
            bytes: bytes.to_vec(),
        })
    }

    fn dequantize<F: HostFloat>(&self, w: &CpuUpload) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(w.n_elements, |out| w.dequantize(out))
    }

    fn embedding<F: HostFloat>(
        &self,
        w: &CpuUpload,
        cols: usize,
        ids: &[u32],
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(ids.len() * cols, |out| w.embedding(cols, ids, out))
    }

    fn matvec<F: HostFloat>(
        &self,
        w: &CpuUpload,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        // A zero `cols` gives an empty output, and realm-cpu the shape error.
        let rows = w.n_elements.checked_div(cols).unwrap_or(0);
        output(rows, |y| w.matvec_on(MatmulPath::Float, cols, x, y))
    }

    fn matmul_tiled<F: HostFloat>(
        &self,
        w: &CpuUpload,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        cpu_matmul::<F>(w, MatmulPath::Float, cols, x)
    }

    fn matmul_q8<F: HostFloat>(
        &self,
        w: &CpuUpload,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        cpu_matmul::<F>(&w.row_tiled(cols)?, MatmulPath::Int8, cols, x)
    }

    fn matvec_q8<F: HostFloat>(
        &self,
        w: &CpuUpload,
        cols: usize,
        x: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        cpu_matmul::<F>(&w.row_tiled(cols)?, MatmulPath::Int8Rows, cols, x)
    }

    fn matmul_cmma<F: HostFloat>(
        &self,
        _: &CpuUpload,
        _: usize,
        _: &[f32],
    ) -> Result<Vec<f32>, KernelError> {
        Err(KernelError::Unsupported(
            "no tensor cores on the CPU backend (matmul_cmma is GPU-only)".into(),
        ))
    }

    fn rms_norm<F: HostFloat>(
        &self,
        x: &[f32],
        weight: &[f32],
        eps: f32,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(x.len(), |out| realm_cpu::ops::rms_norm(x, weight, eps, out))
    }

    fn layer_norm<F: HostFloat>(
        &self,
        x: &[f32],
        weight: &[f32],
        bias: &[f32],
        eps: f32,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(x.len(), |out| {
            realm_cpu::ops::layer_norm(x, weight, bias, eps, out)
        })
    }

    fn softmax<F: HostFloat>(
        &self,
        x: &[f32],
        cols: usize,
        scale: f32,
        causal: Option<usize>,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(x.len(), |out| {
            realm_cpu::ops::softmax(x, cols, scale, causal, out)
        })
    }

    fn rope<F: HostFloat>(
        &self,
        x: &[f32],
        positions: &[u32],
        heads: usize,
        head_dim: usize,
        params: RopeParams,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        let mut x = x.to_vec();
        realm_cpu::ops::rope(&mut x, positions, heads, head_dim, params)?;
        Ok(x)
    }

    fn glu<F: HostFloat>(
        &self,
        gate: &[f32],
        up: &[f32],
        act: GluActivation,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(gate.len(), |out| realm_cpu::ops::glu(gate, up, act, out))
    }

    fn add<F: HostFloat>(&self, a: &[f32], b: &[f32]) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(a.len(), |out| realm_cpu::ops::add(a, b, out))
    }

    fn mul<F: HostFloat>(&self, a: &[f32], b: &[f32]) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(a.len(), |out| realm_cpu::ops::mul(a, b, out))
    }

    fn scale<F: HostFloat>(&self, a: &[f32], s: f32) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(a.len(), |out| realm_cpu::ops::scale(a, s, out))
    }

    fn argmax<F: HostFloat>(&self, x: &[f32], cols: usize) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        let mut out = vec![0u32; x.len() / cols.max(1)];
        realm_cpu::ops::argmax(x, cols, &mut out)?;
        Ok(out.into_iter().map(|c| c as f32).collect())
    }

    fn copy<F: HostFloat>(
        &self,
        src: &[f32],
        src_offset: usize,
        dst: &[f32],
        dst_offset: usize,
        n: usize,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        let mut out = dst.to_vec();
        realm_cpu::ops::copy(src, src_offset, &mut out, dst_offset, n)?;
        Ok(out)
    }

    fn attention_decode<F: HostFloat>(
        &self,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        params: AttentionParams,
        query_pos: usize,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(q.len(), |out| {
            realm_cpu::attention::attention_decode(q, k, v, out, params, query_pos)
        })
    }

    fn attention_prefill<F: HostFloat>(
        &self,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        params: AttentionParams,
        first_pos: usize,
    ) -> Result<Vec<f32>, KernelError> {
        f32_only::<F>()?;
        output(q.len(), |out| {
            realm_cpu::attention::attention_prefill(q, k, v, out, params, first_pos)
        })
    }
}
