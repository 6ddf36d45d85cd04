//! The quantization formats, each declared once in its own spec file.
//!
//! A spec (`q4_k.rs` and its siblings) is one [`realm_macros::quant_format!`]
//! invocation; it generates the format's [`FormatSpec`] (block layout and host
//! dequantization) and [`QuantFormat`] (`#[cube]` dequantization). Kernels are
//! generic over `QuantFormat`, so adding a format is adding a spec file and
//! one line to [`formats!`] below; nothing else in Realm is format-specific.

use cubecl::prelude::*;
use realm_ir::GgmlType;
use realm_ir::layout::BlockLayout;

pub mod readers;

/// What the host knows about a format: its block layout, and its
/// dequantization of one element from a split buffer (for checking the spec
/// against `realm_ir::dequant` without a device).
pub trait FormatSpec: QuantFormat + Copy + Default + Send + Sync + 'static {
    const LAYOUT: BlockLayout;

    /// Element `elem` of block `block` of a tensor of `n_blocks` blocks split
    /// by [`BlockLayout::split`].
    fn dequant_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32;

    /// Calls `visitor` with this format as an [`Int8Spec`], or returns
    /// `None` if its values are not integers times grouped scales (floats).
    fn int8<V: Int8Visitor>(visitor: V) -> Option<V::Output>;
}

/// A format whose element `e` is `scale * u + offset` for an integer
/// `0 <= u < 256` and a scale and offset shared by a group of elements:
/// every integer format, decomposed by `quant_format!` from its `value`.
/// Integer-dot kernels multiply `u` by 8-bit activations four at a time.
pub trait Int8Spec: FormatSpec + Int8Format {
    /// Elements (aligned runs, a multiple of 4) sharing one scale and offset.
    const GROUP: u32;
    /// The bits a quant byte `u` takes: under 8, every byte is below 128
    /// (and `dot_u7_i8` applies).
    const U_BITS: u32;

    /// [`Int8Format::quant_word`] on the host, on the plain split layout.
    fn quant_word_host(w: &[u32], n_blocks: u32, block: u32, run: u32) -> u32;
    /// [`Int8Format::scale`] on the host.
    fn scale_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32;
    /// [`Int8Format::offset`] on the host.
    fn offset_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32;
}

/// The device half of [`Int8Spec`], on the row-tiled layout
/// (`realm_ir::layout::tiled`): the integer-dot kernels run on the CPU
/// only, where every weight they read is tiled at load. A block is named
/// by its tile (`P / 8` of its physical block `P`) and its row in the tile
/// (`P % 8`), so that a kernel with a row per lane passes a uniform tile
/// and the lane, and every word read is `uniform + lane`.
#[cube]
pub trait Int8Format: QuantFormat {
    /// `u` of elements `4 * run..4 * run + 4` of a block, a byte each,
    /// element `4 * run` in the low byte.
    fn quant_word(w: &Array<u32>, n_blocks: u32, tile: u32, sub: u32, run: u32) -> u32;
    /// The scale of element `elem`'s group.
    fn scale(w: &Array<u32>, n_blocks: u32, tile: u32, sub: u32, elem: u32) -> f32;
    /// The offset of element `elem`'s group.
    fn offset(w: &Array<u32>, n_blocks: u32, tile: u32, sub: u32, elem: u32) -> f32;
}

/// Something to do with an [`Int8Spec`] format.
pub trait Int8Visitor {
    type Output;
    fn visit<F: Int8Spec>(self) -> Self::Output;
}

/// The device half of a format: dequantization of one element, inlined into
/// every kernel (cubecl has no calls; helper functions are expanded in place).
#[cube]
pub trait QuantFormat: Send + Sync + 'static {
    /// Element `elem` of block `block` of a tensor of `n_blocks` blocks in the
    /// split buffer `w`.
    fn dequant(w: &Array<u32>, n_blocks: u32, block: u32, elem: u32) -> f32;
}

/// Something to do with a format whose type is only known at run time.
pub trait FormatVisitor {
    type Output;
    fn visit<F: FormatSpec>(self) -> Self::Output;
}

/// The layout of `ggml`'s blocks, or `None` if it has no spec.
pub fn layout(ggml: GgmlType) -> Option<BlockLayout> {
    struct Layout;
    impl FormatVisitor for Layout {
        type Output = BlockLayout;
        fn visit<F: FormatSpec>(self) -> BlockLayout {
            F::LAYOUT
        }
    }
    visit(ggml, Layout)
}

/// Whether `ggml` is an integer format ([`Int8Spec`]).
pub fn is_int8(ggml: GgmlType) -> bool {
    struct IsInt8;
    impl FormatVisitor for IsInt8 {
        type Output = bool;
        fn visit<F: FormatSpec>(self) -> bool {
            struct Yes;
            impl Int8Visitor for Yes {
                type Output = ();
                fn visit<F: Int8Spec>(self) {}
            }
            F::int8(Yes).is_some()
        }
    }
    visit(ggml, IsInt8).unwrap_or(false)
}

/// Declares the spec modules and the run-time dispatch over them.
macro_rules! formats {
    ($($module:ident::$spec:ident),* $(,)?) => {
        $(mod $module;)*
        pub use self::{$($module::$spec),*};

        /// Every format with a spec, in the order of `GgmlType::SUPPORTED`.
        pub const ALL: &[GgmlType] = &[$(<$spec as FormatSpec>::LAYOUT.ggml),*];

        /// Calls `visitor` with the spec of `ggml`, or returns `None` if it has none.
        pub fn visit<V: FormatVisitor>(ggml: GgmlType, visitor: V) -> Option<V::Output> {
            $(if ggml == <$spec as FormatSpec>::LAYOUT.ggml {
                return Some(visitor.visit::<$spec>());
            })*
            None
        }

    };
}

formats![
    f32::F32,
    f16::F16,
    bf16::Bf16,
    q4_0::Q4_0,
    q4_1::Q4_1,
    q5_0::Q5_0,
    q5_1::Q5_1,
    q8_0::Q8_0,
    q2_k::Q2_K,
    q3_k::Q3_K,
    q4_k::Q4_K,
    q5_k::Q5_K,
    q6_k::Q6_K,
    iq4_nl::IQ4_NL,
    iq4_xs::IQ4_XS,
];
