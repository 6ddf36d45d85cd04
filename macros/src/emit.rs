//! Turning a checked spec into Rust: the layout constant, the host
//! dequantization and the `#[cube]` dequantization.
//!
//! Both dequantizations are printed from the same expression trees by one
//! printer, so they cannot drift apart; only the spelling of casts and of the
//! reader functions differs between the two [`Target`]s.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::BinOp;

use crate::spec::{FieldKind, FloatExpr, FormatSpec, IntExpr, LetRhs};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Host,
    Cube,
}

impl Target {
    fn u32_lit(self, v: u32) -> Literal {
        match self {
            Target::Host => Literal::u32_unsuffixed(v),
            Target::Cube => Literal::u32_suffixed(v),
        }
    }

    fn i32_lit(self, v: i32) -> Literal {
        match self {
            Target::Host => Literal::i32_unsuffixed(v),
            Target::Cube => Literal::i32_suffixed(v),
        }
    }

    /// `expr` (an i32) as a u32.
    fn to_u32(self, expr: TokenStream) -> TokenStream {
        match self {
            Target::Host => quote![((#expr) as u32)],
            Target::Cube => quote![u32::cast_from(#expr)],
        }
    }

    /// `expr` (a u32) as an i32.
    fn to_i32(self, expr: TokenStream) -> TokenStream {
        match self {
            Target::Host => quote![((#expr) as i32)],
            Target::Cube => quote![i32::cast_from(#expr)],
        }
    }

    fn to_f32(self, expr: TokenStream) -> TokenStream {
        match self {
            Target::Host => quote![((#expr) as f32)],
            Target::Cube => quote![f32::cast_from(#expr)],
        }
    }

    /// The module holding `read_bits`, `read_plane`, `read_f16`, ...
    fn readers(self) -> TokenStream {
        match self {
            Target::Host => quote![::realm_ir::layout::host],
            Target::Cube => quote![::realm_codegen::formats::readers],
        }
    }
}

pub fn emit(spec: &FormatSpec) -> TokenStream {
    let FormatSpec {
        attrs, name, ggml, ..
    } = spec;
    let block = spec.block;
    let fields = spec.fields.iter().map(|f| {
        let name = f.name.to_string();
        let bytes = f.bytes;
        let kind = match f.kind {
            FieldKind::F32 => quote![F32],
            FieldKind::F16 => quote![F16],
            FieldKind::Bf16 => quote![Bf16],
            FieldKind::Bytes => quote![Bytes],
        };
        quote![::realm_ir::layout::FieldLayout { name: #name, bytes: #bytes, kind: ::realm_ir::layout::FieldKind::#kind }]
    });
    let block_bytes = spec.block_bytes();
    let size_check = format!(
        "the fields of {name} add up to {block_bytes} bytes, but ggml's {ggml} block is a different size"
    );
    let elems_check = format!("{name} declares a block size that is not ggml's {ggml}");
    let host_body = body(spec, Target::Host);
    let cube_body = body(spec, Target::Cube);
    let cube_mod = format_ident!("__{}_cube", name.to_string().to_lowercase());

    quote! {
        #(#attrs)*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct #name;

        const _: () = {
            assert!(<#name as ::realm_codegen::formats::FormatSpec>::LAYOUT.block_bytes() as usize
                == ::realm_ir::GgmlType::#ggml.type_size(), #size_check);
            assert!(#block as usize == ::realm_ir::GgmlType::#ggml.block_size(), #elems_check);
        };

        impl ::realm_codegen::formats::FormatSpec for #name {
            const LAYOUT: ::realm_ir::layout::BlockLayout = ::realm_ir::layout::BlockLayout {
                ggml: ::realm_ir::GgmlType::#ggml,
                block_elems: #block,
                fields: &[#(#fields),*],
            };

            #[allow(unused_variables, unused_parens, non_snake_case, clippy::manual_div_ceil, clippy::identity_op, clippy::erasing_op, clippy::precedence)]
            fn dequant_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32 {
                #host_body
            }
        }

        #[doc(hidden)]
        mod #cube_mod {
            use cubecl::prelude::*;

            #[cubecl::cube]
            impl ::realm_codegen::formats::QuantFormat for super::#name {
                #[allow(unused_variables, unused_parens, non_snake_case, clippy::manual_div_ceil, clippy::identity_op, clippy::erasing_op, clippy::precedence)]
                fn dequant(w: &Array<u32>, n_blocks: u32, block: u32, elem: u32) -> f32 {
                    #cube_body
                }
            }
        }
    }
}

/// The statements of a dequantization function: field positions, float
/// fields, lets, then the value.
fn body(spec: &FormatSpec, t: Target) -> TokenStream {
    let readers = t.readers();
    let mut out = TokenStream::new();

    // Where each field of this block starts in the split buffer (see
    // `realm_ir::layout::BlockLayout::field_base`).
    let mut base = quote![0];
    if t == Target::Cube {
        base = quote![0u32];
    }
    for (f, field) in spec.fields.iter().enumerate() {
        let start = format_ident!("__start_{}", f);
        let bytes = t.u32_lit(field.bytes);
        out.extend(quote![let #start = #base + block * #bytes;]);
        base = match t {
            Target::Host => quote![(#base + (n_blocks * #bytes).div_ceil(4) * 4)],
            Target::Cube => quote![(#base + ((n_blocks * #bytes + 3u32) / 4u32) * 4u32)],
        };
    }

    for (f, field) in spec.fields.iter().enumerate() {
        let start = format_ident!("__start_{}", f);
        let name = &field.name;
        let reader = match field.kind {
            FieldKind::F32 => quote![read_f32],
            FieldKind::F16 => quote![read_f16],
            FieldKind::Bf16 => quote![read_bf16],
            FieldKind::Bytes => continue,
        };
        out.extend(quote![let #name = #readers::#reader(w, #start);]);
    }

    if t == Target::Cube {
        for (name, path) in &spec.codebooks {
            let name = codebook_local(name);
            out.extend(quote![
                let #name = Array::<i32>::from_data(comptime!(#path.iter().map(|&v| v as i32).collect::<Vec<i32>>()));
            ]);
        }
    }

    out.extend(match t {
        Target::Host => quote![let i = elem as i32;],
        Target::Cube => quote![let i = i32::cast_from(elem);],
    });

    for l in &spec.lets {
        let name = &l.name;
        match &l.rhs {
            LetRhs::Plain(e) => {
                let e = int(spec, t, e);
                out.extend(quote![let #name = #e;]);
            }
            LetRhs::IfElse {
                lhs,
                cmp,
                rhs,
                then,
                otherwise,
            } => {
                let (lhs, rhs) = (int(spec, t, lhs), int(spec, t, rhs));
                let (then, otherwise) = (int(spec, t, then), int(spec, t, otherwise));
                out.extend(match t {
                    Target::Host => quote![
                        let #name = if #lhs #cmp #rhs { #then } else { #otherwise };
                    ],
                    // Real branches, not a select: only the taken branch may
                    // read memory (the other one's index can be out of range).
                    Target::Cube => quote![
                        let mut #name = 0i32;
                        if #lhs #cmp #rhs { #name = #then; } else { #name = #otherwise; }
                    ],
                });
            }
        }
    }

    let value = float(spec, t, &spec.value);
    out.extend(quote![#value]);
    out
}

fn int(spec: &FormatSpec, t: Target, e: &IntExpr) -> TokenStream {
    let readers = t.readers();
    match e {
        IntExpr::ElementIndex => quote![i],
        IntExpr::Var(name) => quote![#name],
        IntExpr::Lit(v) => {
            let v = t.i32_lit(*v);
            quote![#v]
        }
        IntExpr::Binary(a, op, b) => {
            let (a, b) = (int(spec, t, a), int(spec, t, b));
            match op {
                // Shifts go through u32: WGSL shifts by a u32, and the
                // values shifted in specs are never negative.
                BinOp::Shl(_) | BinOp::Shr(_) => {
                    let shifted = {
                        let (a, b) = (t.to_u32(a), t.to_u32(b));
                        quote![(#a #op #b)]
                    };
                    t.to_i32(shifted)
                }
                _ => quote![(#a #op #b)],
            }
        }
        IntExpr::Byte { field, index } => {
            let start = format_ident!("__start_{}", field);
            let index = t.to_u32(int(spec, t, index));
            let (zero, mask) = (t.u32_lit(0), t.u32_lit(255));
            quote![#readers::read_bits(w, #start + #index, #zero, #mask)]
        }
        IntExpr::Plane { plane, index } => {
            let start = format_ident!("__start_{}", plane.field);
            let index = t.to_u32(int(spec, t, index));
            let (at, bits, span) = (
                t.u32_lit(plane.at),
                t.u32_lit(plane.bits),
                t.u32_lit(plane.span),
            );
            let read = quote![#readers::read_plane(w, #start + #at, #index, #bits, #span)];
            if plane.signed {
                quote![#readers::sign_extend(#read, #bits)]
            } else {
                read
            }
        }
        IntExpr::Lookup { codebook, index } => {
            let (name, path) = &spec.codebooks[*codebook];
            let index = int(spec, t, index);
            match t {
                Target::Host => quote![(#path[(#index) as usize] as i32)],
                Target::Cube => {
                    let name = codebook_local(name);
                    quote![#name[usize::cast_from(#index)]]
                }
            }
        }
    }
}

fn float(spec: &FormatSpec, t: Target, e: &FloatExpr) -> TokenStream {
    match e {
        FloatExpr::Field(f) => {
            let name = &spec.fields[*f].name;
            quote![#name]
        }
        FloatExpr::Var(name) => t.to_f32(quote![#name]),
        FloatExpr::Lit(v) => {
            let v = Literal::f32_suffixed(*v as f32);
            quote![#v]
        }
        FloatExpr::Binary(a, op, b) => {
            let (a, b) = (float(spec, t, a), float(spec, t, b));
            quote![(#a #op #b)]
        }
    }
}

/// The local holding a codebook in `#[cube]` code (locals are snake case).
fn codebook_local(name: &syn::Ident) -> syn::Ident {
    format_ident!("codebook_{}", name.to_string().to_lowercase())
}
