//! The catalogue of Realm's kernels and their compile-time variants.
//!
//! A kernel here is a name and a meaning (its reference is in [`crate::ops`]
//! or [`crate::dequant`]); every backend compiles the same list. Kernels that
//! read a quantized weight are instantiated once per format, the others once
//! per float type only.

use crate::ops::{GluActivation, RopeStyle};

/// One kernel, with the compile-time choices that make it a distinct program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kernel {
    /// Any format to floats.
    Dequantize,
    /// Rows of a quantized table, picked by token id.
    Embedding,
    /// Fused dequantization and matrix-vector product (decode).
    Matvec,
    /// Fused dequantization and matrix-matrix product, tiled (prefill).
    Matmul,
    /// The same product on tensor cores (cooperative matrices), where a target has them.
    MatmulCmma,
    /// Activation rows to 8-bit integers, a scale per 32 (llama.cpp's Q8_0).
    QuantizeQ8,
    /// The matmul in integer dot products, of a weight in an integer format
    /// and activations from [`Kernel::QuantizeQ8`].
    MatmulQ8,
    /// The matvec in integer dot products (decode: a token, or a few).
    MatvecQ8,
    RmsNorm,
    LayerNorm,
    /// Row softmax of scaled scores, with optional causal masking.
    Softmax,
    Rope(RopeStyle),
    Glu(GluActivation),
    /// `a + b`, `b` broadcast over rows of `a`.
    Add,
    /// `a * b`, `b` broadcast over rows of `a`.
    Mul,
    /// `a * s` for a scalar `s`.
    Scale,
    /// A range of one array written into another at an offset.
    Copy,
    /// The column of each row's largest value (greedy sampling on the device).
    Argmax,
    /// Flash attention for one query row per sequence, over the KV cache.
    AttentionDecode,
    /// Flash attention for a block of query rows, causal, over the KV cache.
    AttentionPrefill,
}

impl Kernel {
    pub const ALL: [Kernel; 22] = [
        Kernel::Dequantize,
        Kernel::Embedding,
        Kernel::Matvec,
        Kernel::Matmul,
        Kernel::MatmulCmma,
        Kernel::QuantizeQ8,
        Kernel::MatmulQ8,
        Kernel::MatvecQ8,
        Kernel::RmsNorm,
        Kernel::LayerNorm,
        Kernel::Softmax,
        Kernel::Rope(RopeStyle::Normal),
        Kernel::Rope(RopeStyle::Neox),
        Kernel::Glu(GluActivation::SwiGlu),
        Kernel::Glu(GluActivation::GeGlu),
        Kernel::Add,
        Kernel::Mul,
        Kernel::Scale,
        Kernel::Copy,
        Kernel::Argmax,
        Kernel::AttentionDecode,
        Kernel::AttentionPrefill,
    ];

    /// The name tools and file names use, e.g. `rope_neox`.
    pub fn name(self) -> &'static str {
        match self {
            Kernel::Dequantize => "dequantize",
            Kernel::Embedding => "embedding",
            Kernel::Matvec => "matvec",
            Kernel::Matmul => "matmul",
            Kernel::MatmulCmma => "matmul_cmma",
            Kernel::QuantizeQ8 => "quantize_q8",
            Kernel::MatmulQ8 => "matmul_q8",
            Kernel::MatvecQ8 => "matvec_q8",
            Kernel::RmsNorm => "rms_norm",
            Kernel::LayerNorm => "layer_norm",
            Kernel::Softmax => "softmax",
            Kernel::Rope(RopeStyle::Normal) => "rope_normal",
            Kernel::Rope(RopeStyle::Neox) => "rope_neox",
            Kernel::Glu(GluActivation::SwiGlu) => "swiglu",
            Kernel::Glu(GluActivation::GeGlu) => "geglu",
            Kernel::Add => "add",
            Kernel::Mul => "mul",
            Kernel::Scale => "scale",
            Kernel::Copy => "copy",
            Kernel::Argmax => "argmax",
            Kernel::AttentionDecode => "attention_decode",
            Kernel::AttentionPrefill => "attention_prefill",
        }
    }

    pub fn from_name(name: &str) -> Option<Kernel> {
        Kernel::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether the kernel reads a weight in some format, and so is compiled once per format.
    pub fn per_format(self) -> bool {
        matches!(
            self,
            Kernel::Dequantize
                | Kernel::Embedding
                | Kernel::Matvec
                | Kernel::Matmul
                | Kernel::MatmulCmma
                | Kernel::MatmulQ8
                | Kernel::MatvecQ8
        )
    }

    /// Whether the kernel takes integer dot products of 8-bit activations,
    /// and so exists only for integer formats.
    pub fn is_integer_dot(self) -> bool {
        matches!(self, Kernel::MatmulQ8 | Kernel::MatvecQ8)
    }

    /// Whether the kernel needs cooperative matrix instructions (tensor cores),
    /// which some targets lack.
    pub fn needs_cooperative_matrices(self) -> bool {
        self == Kernel::MatmulCmma
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for k in Kernel::ALL {
            assert_eq!(Kernel::from_name(k.name()), Some(k));
        }
        let mut names: Vec<_> = Kernel::ALL.iter().map(|k| k.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Kernel::ALL.len());
        assert_eq!(Kernel::from_name("conv2d"), None);
    }
}
