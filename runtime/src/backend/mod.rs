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
