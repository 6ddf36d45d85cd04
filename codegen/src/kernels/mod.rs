//! Realm's kernels, each written once in cubecl and generic over the format
//! ([`crate::formats::QuantFormat`]) and the float type of activations.

pub mod dequantize;
pub mod matvec;

use cubecl::prelude::*;

/// The linear index of this cube in a 2D grid (wgpu allows at most 65535 cubes
/// per dimension, and a vocabulary has more rows than that).
#[cube]
pub fn cube_index() -> u32 {
    CUBE_POS_Y * CUBE_COUNT_X + CUBE_POS_X
}
