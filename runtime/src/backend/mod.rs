//! Backends the runtime can run models on.
//!
//! Today there is the [`reference`] backend, the oracle every compiled backend
//! is tested against. `--backend` names one of [`BackendKind`].

pub mod reference;

use std::fmt;
use std::str::FromStr;

/// The backends `--backend` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackendKind {
    /// Plain Rust over dequantized f32 weights, multi-threaded with rayon.
    Reference,
}

impl FromStr for BackendKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "reference" | "auto" => Ok(BackendKind::Reference),
            other => Err(format!(
                "unknown backend {other:?}: this build runs `reference` (and `auto`, which picks it)"
            )),
        }
    }
}

impl fmt::Display for BackendKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendKind::Reference => f.write_str("reference"),
        }
    }
}
