//! Backends the runtime can run models on.
//!
//! - [`cpu`]: the kernels Realm's compiler generated for the CPU from the same
//!   cubecl definitions as the GPU backends.
//! - [`gpu`]: the same kernels emitted for CUDA or wgpu (Vulkan, Metal, DX12),
//!   with weights, activations and the KV cache in device memory.
//! - [`reference`]: plain Rust over dequantized weights, the oracle every
//!   compiled backend is tested against.
//!
//! `--backend` names one of [`BackendKind`]; [`choose`] resolves `auto`.

pub mod choose;
pub mod cpu;
pub mod device_cache;
pub mod gpu;
pub mod host_cache;
pub mod reference;

pub use choose::{Choice, choose};

use std::fmt;
use std::str::FromStr;

use realm_ir::dequant;
use realm_models::{ModelError, WeightRef};

/// The backends `--backend` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackendKind {
    /// CUDA if a GPU and driver are usable, else wgpu on a real GPU, else the
    /// CPU kernels (see [`choose`]).
    Auto,
    /// The generated CPU kernels, on quantized weights.
    Cpu,
    /// The generated kernels on any wgpu adapter (Vulkan, Metal, DX12),
    /// including a software one.
    Wgpu,
    /// The generated kernels on CUDA device 0.
    Cuda,
    /// Plain Rust over dequantized f32 weights, multi-threaded with rayon.
    Reference,
}

impl FromStr for BackendKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(BackendKind::Auto),
            "cpu" => Ok(BackendKind::Cpu),
            "wgpu" => Ok(BackendKind::Wgpu),
            "cuda" => Ok(BackendKind::Cuda),
            "reference" => Ok(BackendKind::Reference),
            other => Err(format!(
                "unknown backend {other:?}: choose auto, cpu, wgpu, cuda or reference"
            )),
        }
    }
}

impl fmt::Display for BackendKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BackendKind::Auto => "auto",
            BackendKind::Cpu => "cpu",
            BackendKind::Wgpu => "wgpu",
            BackendKind::Cuda => "cuda",
            BackendKind::Reference => "reference",
        })
    }
}

/// The value of a kernel launch, or a panic naming the backend and the op.
/// Shapes are fixed by the model's construction, so a launch that fails on
/// one is a bug; a device error (a lost device) leaves nothing to go on with.
pub(crate) fn checked<T, E: fmt::Display>(backend: &str, op: &str, result: Result<T, E>) -> T {
    match result {
        Ok(v) => v,
        Err(e) => panic!("{backend} backend {op}: {e}"),
    }
}

/// A load error about weight `w`.
pub(crate) fn bad_weight(w: &WeightRef<'_>, problem: String) -> ModelError {
    ModelError::BadTensor {
        name: w.name.to_owned(),
        problem,
    }
}

/// A one-dimensional weight (a norm weight, a bias) as f32, its file pages
/// let go: the compiled backends keep vectors unquantized.
pub(crate) fn vector_values(w: &WeightRef<'_>) -> Result<Vec<f32>, ModelError> {
    let mut values = vec![0f32; w.n_elements()];
    dequant::dequantize(w.ty, w.bytes, &mut values).map_err(|e| bad_weight(w, e.to_string()))?;
    w.release(w.bytes);
    Ok(values)
}

/// The row length of a matrix weight, checked to be whole blocks of its
/// format (the kernels walk a row a block at a time).
pub(crate) fn matrix_cols(w: &WeightRef<'_>) -> Result<usize, ModelError> {
    let cols = w.dims[0] as usize;
    if cols == 0 || !cols.is_multiple_of(w.ty.block_size()) {
        return Err(bad_weight(
            w,
            format!("rows of {cols} do not fill whole {} blocks", w.ty),
        ));
    }
    Ok(cols)
}
