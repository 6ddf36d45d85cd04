//! Realm's kernels, each written once in cubecl and generic over the format
//! ([`crate::formats::QuantFormat`]) and the float type of activations.

pub mod argmax;
pub mod attention;
pub mod dequantize;
pub mod dot;
pub mod elementwise;
pub mod embedding;
pub mod matmul;
pub mod matmul_cmma;
pub mod matvec;
pub mod matvec_q8;
pub mod norm;
pub mod quantize;
pub mod reduce;
pub mod rope;
pub mod softmax;

use cubecl::prelude::*;

pub use realm_ir::kernels::{FloatType, Kernel};

/// The score of a masked position: finite (WGSL has no infinity literals)
/// and below any real score, so `max` ignores it.
#[cube]
pub fn masked() -> f32 {
    f32::new(-3.0e38)
}

/// The linear index of this cube in a 2D grid (wgpu allows at most 65535 cubes
/// per dimension, and a vocabulary has more rows than that).
#[cube]
pub fn cube_index() -> u32 {
    CUBE_POS_Y * CUBE_COUNT_X + CUBE_POS_X
}
