//! The thin launch layer over cubecl: device arrays, weights in their split
//! layout, and one typed, checked entry point per kernel. Kernels are generic
//! over the format; [`crate::formats::visit`] picks the instantiation at run
//! time, and cubecl caches each compiled kernel by its generics and comptime
//! values.
//!
//! Every entry point checks its shapes and returns [`KernelError::Shape`]
//! rather than launching a kernel that would read out of bounds.

mod attention;
mod ops;
mod quantized;

pub use attention::AttentionParams;
pub use ops::RopeParams;

/// The cubecl names a backend built on this layer needs, so that cubecl
/// itself stays a dependency of this crate alone.
pub use cubecl::Runtime as GpuRuntime;
pub use cubecl::cuda::CudaRuntime;
pub use cubecl::wgpu::WgpuRuntime;

use std::marker::PhantomData;

use cubecl::prelude::*;
use cubecl::server::Handle;

use crate::kernels::FloatType;
use half::f16;
use realm_ir::GgmlType;
use realm_ir::activation::round_to_f16;
use realm_ir::layout::LayoutError;

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
    /// The device lacks something the kernel needs (e.g. cooperative matrices).
    Unsupported(String),
}

impl std::fmt::Display for KernelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KernelError::NoSpec(t) => write!(f, "no kernels for format {}", t.name()),
            KernelError::Layout(e) => e.fmt(f),
            KernelError::Shape(s) => write!(f, "shape mismatch: {s}"),
            KernelError::Device(s) => write!(f, "device error: {s}"),
            KernelError::Unsupported(s) => write!(f, "unsupported on this device: {s}"),
        }
    }
}

impl std::error::Error for KernelError {}

fn shape_error(message: String) -> KernelError {
    KernelError::Shape(message)
}

/// A one-dimensional array of `T` in device memory.
pub struct DeviceArray<T> {
    handle: Handle,
    len: usize,
    _t: PhantomData<T>,
}

impl<T> DeviceArray<T> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn arg<R: Runtime>(&self) -> ArrayArg<R> {
        // SAFETY: `len` is the number of `T` the handle was created with.
        unsafe { ArrayArg::from_raw_parts(self.handle.clone(), self.len) }
    }
}

/// A float type activations can have on the device, seen from the host:
/// how host f32 values become it and back.
pub trait HostFloat: Float + CubeElement {
    /// Which [`FloatType`] this is.
    const TYPE: FloatType;
    fn from_f32(v: f32) -> Self;
    fn into_f32(self) -> f32;
    /// Rounds `v` in place to what this type can hold.
    fn round_slice(v: &mut [f32]);
}

impl HostFloat for f32 {
    const TYPE: FloatType = FloatType::F32;
    fn from_f32(v: f32) -> Self {
        v
    }
    fn into_f32(self) -> f32 {
        self
    }
    fn round_slice(_: &mut [f32]) {}
}

impl HostFloat for f16 {
    const TYPE: FloatType = FloatType::F16;
    fn from_f32(v: f32) -> Self {
        f16::from_f32(v)
    }
    fn into_f32(self) -> f32 {
        self.to_f32()
    }
    fn round_slice(v: &mut [f32]) {
        round_to_f16(v)
    }
}

/// A quantized (or float) weight tensor on the device, split by field.
pub struct GpuWeight {
    words: DeviceArray<u32>,
    pub ggml: GgmlType,
    pub n_blocks: u32,
    pub n_elements: usize,
}

impl GpuWeight {
    /// The tensor's size in GGUF bytes (what a matvec over it reads).
    pub fn gguf_bytes(&self) -> usize {
        let bytes = self.ggml.bytes_for(self.n_elements as u64);
        bytes.expect("an uploaded weight is whole blocks") as usize
    }
}

/// One device, through one cubecl runtime.
pub struct Gpu<R: Runtime> {
    client: ComputeClient<R>,
}

/// Threads per cube for elementwise kernels, for one matvec row, for one
/// normalised or softmaxed row, and for one decode attention head.
pub(crate) const ELEMENTWISE_UNITS: u32 = 256;
pub(crate) const MATVEC_UNITS: u32 = 64;
pub(crate) const ROW_UNITS: u32 = 128;
pub(crate) const DECODE_UNITS: u32 = 64;
/// The largest head the attention kernels take (Gemma 3's 256); it sizes their shared memory.
pub const MAX_HEAD_DIM: u32 = realm_ir::launch::MAX_HEAD_DIM as u32;

/// A 2D grid of at least `n` cubes (at most 65535 per dimension on wgpu).
fn grid(n: usize) -> CubeCount {
    let n = n.max(1) as u32;
    let x = n.min(65535);
    CubeCount::Static(x, n.div_ceil(x), 1)
}

/// Enough cubes of `units` for one unit per element of `n`.
fn elementwise_grid(n: usize) -> CubeCount {
    grid(n.div_ceil(ELEMENTWISE_UNITS as usize))
}

impl<R: Runtime> Gpu<R> {
    pub fn new(client: ComputeClient<R>) -> Self {
        Gpu { client }
    }

    pub fn client(&self) -> &ComputeClient<R> {
        &self.client
    }

    pub fn upload<T: CubeElement>(&self, data: &[T]) -> DeviceArray<T> {
        DeviceArray {
            handle: self.client.create_from_slice(T::as_bytes(data)),
            len: data.len(),
            _t: PhantomData,
        }
    }

    /// An uninitialised array of `len` elements.
    pub fn empty<T: CubeElement>(&self, len: usize) -> DeviceArray<T> {
        DeviceArray {
            handle: self.client.empty(len.max(1) * size_of::<T>()),
            len,
            _t: PhantomData,
        }
    }

    pub fn read<T: CubeElement>(&self, array: &DeviceArray<T>) -> Result<Vec<T>, KernelError> {
        let bytes = self
            .client
            .read_one(array.handle.clone())
            .map_err(|e| KernelError::Device(format!("{e:?}")))?;
        Ok(T::from_bytes(&bytes)[..array.len].to_vec())
    }

    /// Bytes of device memory this client holds (reserved by its pools) and
    /// uses (in live arrays), if the runtime reports them.
    pub fn memory_used(&self) -> Option<(u64, u64)> {
        let usage = self.client.memory_usage().ok()?;
        Some((usage.bytes_reserved, usage.bytes_in_use))
    }

    /// The largest single array the device can bind, in bytes.
    pub fn max_array_bytes(&self) -> u64 {
        self.client.properties().memory.max_page_size
    }

    /// Whether the device runs kernels with f16 activations.
    pub fn supports_f16(&self) -> bool {
        use cubecl::ir::{ElemType, FloatKind};
        self.client
            .properties()
            .supports_type(ElemType::Float(FloatKind::F16))
    }

    /// The side of the f16 x f16 -> f32 cooperative-matrix fragment this device
    /// multiplies (16 with CUDA's wmma, 8 with Metal's simdgroup matrices), if any.
    pub fn cmma_fragment(&self) -> Option<u32> {
        use cubecl::ir::{ElemType, FloatKind, features::MmaConfig};
        let cmma = &self.client.properties().features.matmul.cmma;
        [16, 8].into_iter().find(|&side| {
            cmma.contains(&MmaConfig {
                a_type: ElemType::Float(FloatKind::F16).into(),
                b_type: ElemType::Float(FloatKind::F16).into(),
                cd_type: ElemType::Float(FloatKind::F32).into(),
                m: side,
                n: side,
                k: side,
            })
        })
    }

    /// Waits until every kernel launched so far has finished (launches are asynchronous).
    pub fn sync(&self) -> Result<(), KernelError> {
        cubecl::future::block_on(self.client.sync())
            .map_err(|e| KernelError::Device(format!("{e:?}")))
    }

    /// Bytes `n_blocks` blocks of `ggml` take on the device, split by field
    /// (at least their GGUF size: fields are padded to whole words).
    pub fn split_bytes(ggml: GgmlType, n_blocks: u64) -> Result<u64, KernelError> {
        let layout = crate::formats::layout(ggml).ok_or(KernelError::NoSpec(ggml))?;
        Ok(layout.split_words(n_blocks) * 4)
    }

    /// Copies GGUF tensor bytes to the device in the format's split layout.
    pub fn upload_weight(&self, ggml: GgmlType, bytes: &[u8]) -> Result<GpuWeight, KernelError> {
        let layout = crate::formats::layout(ggml).ok_or(KernelError::NoSpec(ggml))?;
        let words = layout.split(bytes).map_err(KernelError::Layout)?;
        let n_blocks = bytes.len() / layout.block_bytes() as usize;
        Ok(GpuWeight {
            words: self.upload(&words),
            ggml,
            n_blocks: n_blocks as u32,
            n_elements: n_blocks * layout.block_elems as usize,
        })
    }
}

/// Checks that two arrays an elementwise kernel combines have the same length.
fn same_len(what: &str, a: usize, b: usize) -> Result<(), KernelError> {
    realm_ir::launch::same_len(what, a, b).map_err(shape_error)
}
