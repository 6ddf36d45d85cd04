//! Backends the runtime can run models on.
//!
//! - [`cpu`]: the kernels Realm's compiler generated for the CPU from the same
//!   cubecl definitions as the GPU backends.
//! - [`reference`]: plain Rust over dequantized weights, the oracle every
//!   compiled backend is tested against.
//!
//! `--backend` names one of [`BackendKind`].

pub mod cpu;
pub mod host_cache;
pub mod reference;

use std::fmt;
use std::str::FromStr;

/// The backends `--backend` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackendKind {
    /// The generated CPU kernels, on quantized weights.
    Cpu,
    /// Plain Rust over dequantized f32 weights, multi-threaded with rayon.
    Reference,
}

impl FromStr for BackendKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            // No GPU backend runs whole models yet, so `auto` is the CPU
            // kernels: weights stay quantized and mapped, where the oracle
            // holds every weight as f32 (Gemma 3: 286 MB against 1.4 GB).
            "cpu" | "auto" => Ok(BackendKind::Cpu),
            "reference" => Ok(BackendKind::Reference),
            other => Err(format!(
                "unknown backend {other:?}: this build runs `cpu`, `reference`, and `auto` (which picks cpu)"
            )),
        }
    }
}

impl fmt::Display for BackendKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendKind::Cpu => f.write_str("cpu"),
            BackendKind::Reference => f.write_str("reference"),
        }
    }
}
