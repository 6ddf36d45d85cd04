//! `realm-macros`: one declarative spec per quantization format.
//!
//! [`quant_format!`] reads a spec such as
//!
//! ```text
//! quant_format! {
//!     /// Q4_K: 256 elements in 8 sub-blocks of 32, each with a 6-bit scale and min.
//!     pub struct Q4K: Q4_K {
//!         block = 256;
//!         field d: f16;
//!         field dmin: f16;
//!         field scales: [u8; 12];
//!         field qs: [u8; 128];
//!         let j = i / 32;
//!         let sc = if j < 4 { scales[j] & 63 } else { scales[j + 4] & 15 | (scales[j - 4] >> 6) << 4 };
//!         let m = if j < 4 { scales[j + 4] & 63 } else { scales[j + 4] >> 4 | (scales[j] >> 6) << 4 };
//!         let q = qs.bits(4).span(32)[i];
//!         value = d * sc * q - dmin * m;
//!     }
//! }
//! ```
//!
//! and generates, from that alone:
//! - a unit struct implementing `realm_codegen::formats::FormatSpec`: the
//!   block layout (`realm_ir::layout::BlockLayout`, which splits GGUF blocks into
//!   4-byte-aligned per-field streams at load time) and a host dequantization
//!   of one element, used to check the spec against the reference without a GPU;
//! - a `#[cube]` implementation of `realm_codegen::formats::QuantFormat`, the
//!   dequantization of one element that every kernel inlines, so every backend
//!   cubecl compiles to (and Realm's CPU compiler) gets the format;
//! - compile-time checks that the fields add up to ggml's block size.
//!
//! `i` is the element's index in its block. `field[k]` is byte `k` of a byte
//! field; `field.bits(B).span(S)[k]` is element `k` of a bit plane (see
//! `realm_ir::layout::host::read_plane`), with `.at(A)` to start at byte `A`
//! and `.signed()` for two's complement. Lets are i32; `value` is computed in
//! f32 from float fields and lets, in the order written.
//!
//! The generated code names `::realm_codegen`, `::realm_ir` and `cubecl`, so it
//! is meant to be expanded inside `realm-codegen`.

mod emit;
mod int8;
mod spec;

use proc_macro::TokenStream;
use syn::parse_macro_input;

/// Declares a quantization format from its spec; see the crate documentation.
#[proc_macro]
pub fn quant_format(input: TokenStream) -> TokenStream {
    let spec = parse_macro_input!(input as spec::FormatSpec);
    emit::emit(&spec).into()
}
