//! What a CPU launch can refuse.

use std::fmt;

/// Inputs a kernel cannot run on: checked before any launch, so a bad shape
/// is an error here rather than an out-of-bounds panic inside a kernel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CpuError {
    /// Lengths or dimensions that do not fit together.
    Shape(String),
    /// A format without a spec, or a kernel variant that is not generated.
    Unsupported(String),
}

impl fmt::Display for CpuError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CpuError::Shape(s) => write!(f, "bad shape: {s}"),
            CpuError::Unsupported(s) => write!(f, "unsupported on the CPU backend: {s}"),
        }
    }
}

impl std::error::Error for CpuError {}

pub(crate) fn shape(message: String) -> CpuError {
    CpuError::Shape(message)
}

// The checks themselves are shared with the GPU launch layer (`realm_ir::launch`).

pub(crate) fn same_len(what: &str, a: usize, b: usize) -> Result<(), CpuError> {
    realm_ir::launch::same_len(what, a, b).map_err(shape)
}

/// The number of rows of `len` elements seen as rows of `cols`.
pub(crate) fn rows_of(what: &str, len: usize, cols: usize) -> Result<usize, CpuError> {
    realm_ir::launch::rows_of(what, len, cols).map_err(shape)
}
