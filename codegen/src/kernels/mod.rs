//! Realm's kernels, each written once in cubecl and generic over the format
//! ([`crate::formats::QuantFormat`]) and the float type of activations.

pub mod dequantize;
pub mod matvec;

use cubecl::prelude::*;

/// The float type of a kernel's activations and outputs (a compile-time variant).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatType {
    F32,
    F16,
}

impl FloatType {
    pub const ALL: [FloatType; 2] = [FloatType::F32, FloatType::F16];

    pub fn name(self) -> &'static str {
        match self {
            FloatType::F32 => "f32",
            FloatType::F16 => "f16",
        }
    }
}

/// The linear index of this cube in a 2D grid (wgpu allows at most 65535 cubes
/// per dimension, and a vocabulary has more rows than that).
#[cube]
pub fn cube_index() -> u32 {
    CUBE_POS_Y * CUBE_COUNT_X + CUBE_POS_X
}
