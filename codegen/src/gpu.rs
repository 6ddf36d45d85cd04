//! The thin launch layer over cubecl: buffers, weights in their split layout,
//! and one typed entry point per kernel. Kernels are generic over the format;
//! [`crate::formats::visit`] picks the instantiation at run time, and cubecl
//! caches each compiled kernel by its generics and comptime values.

use cubecl::prelude::*;
use cubecl::server::Handle;
use realm_ir::GgmlType;
use realm_ir::layout::LayoutError;

use crate::formats::{self, FormatSpec, FormatVisitor};
use crate::kernels;

/// What went wrong launching a kernel.
#[derive(Debug)]
pub enum KernelError {
    /// The format has no spec, so no kernel.
    NoSpec(GgmlType),
    Layout(LayoutError),
    /// Arguments whose sizes do not fit together.
    Shape(String),
    /// The device failed (reading back, out of memory).
    Device(String),
}

impl std::fmt::Display for KernelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KernelError::NoSpec(t) => write!(f, "no kernels for format {}", t.name()),
            KernelError::Layout(e) => e.fmt(f),
            KernelError::Shape(s) => write!(f, "shape mismatch: {s}"),
            KernelError::Device(s) => write!(f, "device error: {s}"),
        }
    }
}

impl std::error::Error for KernelError {}

/// A quantized (or float) weight tensor on the device, split by field.
pub struct GpuWeight {
    handle: Handle,
    words: usize,
    pub ggml: GgmlType,
    pub n_blocks: u32,
    pub n_elements: usize,
}

/// One device, through one cubecl runtime.
pub struct Gpu<R: Runtime> {
    client: ComputeClient<R>,
}

/// Threads per cube for elementwise kernels and for one matvec row.
pub(crate) const ELEMENTWISE_UNITS: u32 = 256;
pub(crate) const MATVEC_UNITS: u32 = 64;

/// A 2D grid of at least `n` cubes (at most 65535 per dimension on wgpu).
fn grid(n: usize) -> CubeCount {
    let n = n.max(1) as u32;
    let x = n.min(65535);
    CubeCount::Static(x, n.div_ceil(x), 1)
}

impl<R: Runtime> Gpu<R> {
    pub fn new(client: ComputeClient<R>) -> Self {
        Gpu { client }
    }

    pub fn client(&self) -> &ComputeClient<R> {
        &self.client
    }

    /// Copies GGUF tensor bytes to the device in the format's split layout.
    pub fn upload_weight(&self, ggml: GgmlType, bytes: &[u8]) -> Result<GpuWeight, KernelError> {
        let layout = formats::layout(ggml).ok_or(KernelError::NoSpec(ggml))?;
        let words = layout.split(bytes).map_err(KernelError::Layout)?;
        let n_blocks = bytes.len() / layout.block_bytes() as usize;
        Ok(GpuWeight {
            handle: self.client.create_from_slice(u32::as_bytes(&words)),
            words: words.len(),
            ggml,
            n_blocks: n_blocks as u32,
            n_elements: n_blocks * layout.block_elems as usize,
        })
    }

    pub fn upload<F: CubeElement>(&self, data: &[F]) -> Handle {
        self.client.create_from_slice(F::as_bytes(data))
    }

    pub fn read<F: CubeElement>(&self, handle: Handle) -> Result<Vec<F>, KernelError> {
        let bytes = self
            .client
            .read_one(handle)
            .map_err(|e| KernelError::Device(format!("{e:?}")))?;
        Ok(F::from_bytes(&bytes).to_vec())
    }

    /// Every element of `w`, as `F`.
    pub fn dequantize<F: Float + CubeElement>(&self, w: &GpuWeight) -> Result<Vec<F>, KernelError> {
        let out = self.client.empty(w.n_elements * size_of::<F>());
        let launch = DequantizeLaunch::<R, F> {
            gpu: self,
            w,
            out: out.clone(),
            _f: std::marker::PhantomData,
        };
        formats::visit(w.ggml, launch).ok_or(KernelError::NoSpec(w.ggml))??;
        self.read(out)
    }

    /// `y = W x` for a row-major `rows x cols` weight.
    pub fn matvec<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        rows: usize,
        cols: usize,
        x: &[F],
    ) -> Result<Vec<F>, KernelError> {
        let block = w.ggml.block_size();
        if rows * cols != w.n_elements || !cols.is_multiple_of(block) || x.len() != cols {
            return Err(KernelError::Shape(format!(
                "{} weight of {} elements as {rows} x {cols} (block {block}) times a vector of {}",
                w.ggml.name(),
                w.n_elements,
                x.len()
            )));
        }
        let y = self.client.empty(rows * size_of::<F>());
        let launch = MatvecLaunch::<R, F> {
            gpu: self,
            w,
            x: self.upload(x),
            y: y.clone(),
            rows,
            cols,
            _f: std::marker::PhantomData,
        };
        formats::visit(w.ggml, launch).ok_or(KernelError::NoSpec(w.ggml))??;
        self.read(y)
    }
}

struct DequantizeLaunch<'a, R: Runtime, F> {
    gpu: &'a Gpu<R>,
    w: &'a GpuWeight,
    out: Handle,
    _f: std::marker::PhantomData<F>,
}

impl<R: Runtime, F: Float + CubeElement> FormatVisitor for DequantizeLaunch<'_, R, F> {
    type Output = Result<(), KernelError>;

    fn visit<Q: FormatSpec>(self) -> Self::Output {
        let n = self.w.n_elements;
        // SAFETY: the lengths are the handles' true lengths in elements.
        unsafe {
            kernels::dequantize::dequantize::launch_unchecked::<Q, F, R>(
                &self.gpu.client,
                grid(n.div_ceil(ELEMENTWISE_UNITS as usize)),
                CubeDim::new_1d(ELEMENTWISE_UNITS),
                ArrayArg::from_raw_parts(self.w.handle.clone(), self.w.words),
                ArrayArg::from_raw_parts(self.out, n),
                self.w.n_blocks,
                Q::LAYOUT.block_elems,
            );
        }
        Ok(())
    }
}

struct MatvecLaunch<'a, R: Runtime, F> {
    gpu: &'a Gpu<R>,
    w: &'a GpuWeight,
    x: Handle,
    y: Handle,
    rows: usize,
    cols: usize,
    _f: std::marker::PhantomData<F>,
}

impl<R: Runtime, F: Float + CubeElement> FormatVisitor for MatvecLaunch<'_, R, F> {
    type Output = Result<(), KernelError>;

    fn visit<Q: FormatSpec>(self) -> Self::Output {
        // SAFETY: the lengths are the handles' true lengths in elements.
        unsafe {
            kernels::matvec::matvec::launch_unchecked::<Q, F, R>(
                &self.gpu.client,
                grid(self.rows),
                CubeDim::new_1d(MATVEC_UNITS),
                ArrayArg::from_raw_parts(self.w.handle.clone(), self.w.words),
                ArrayArg::from_raw_parts(self.x, self.cols),
                ArrayArg::from_raw_parts(self.y, self.rows),
                self.w.n_blocks,
                self.cols as u32,
                Q::LAYOUT.block_elems,
                MATVEC_UNITS,
            );
        }
        Ok(())
    }
}
