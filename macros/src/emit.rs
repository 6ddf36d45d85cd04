//! Turning a checked spec into Rust: the layout constant, the host
//! dequantization and the `#[cube]` dequantization.
//!
//! Both dequantizations are printed from the same expression trees by one
//! printer, so they cannot drift apart; only the spelling of casts and of the
//! reader functions differs between the two [`Target`]s.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::BinOp;

use crate::int8::{self, Int8, Word};
use crate::spec::{FieldKind, FloatExpr, FormatSpec, IntExpr, LetRhs};

/// Rows per tile of the row-tiled layout: `realm_ir::layout::ROW_TILE`,
/// which every generated format asserts it equals.
const ROW_TILE: u32 = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Host,
    Cube,
    /// `#[cube]` code on the row-tiled layout (`realm_ir::layout::tiled`):
    /// a block is named by `tile` and `sub`, and word fields are read
    /// through the `_tiled` readers.
    CubeTiled,
}

impl Target {
    fn is_cube(self) -> bool {
        self != Target::Host
    }

    /// Whether field `f` is read through the `_tiled` readers: a word
    /// field (see `BlockLayout::is_word_field`) of the tiled layout.
    fn tiled_field(self, spec: &FormatSpec, f: usize) -> bool {
        let field = &spec.fields[f];
        self == Target::CubeTiled && field.kind == FieldKind::Bytes && field.bytes.is_multiple_of(4)
    }

    fn u32_lit(self, v: u32) -> Literal {
        match self {
            Target::Host => Literal::u32_unsuffixed(v),
            Target::Cube | Target::CubeTiled => Literal::u32_suffixed(v),
        }
    }

    fn i32_lit(self, v: i32) -> Literal {
        match self {
            Target::Host => Literal::i32_unsuffixed(v),
            Target::Cube | Target::CubeTiled => Literal::i32_suffixed(v),
        }
    }

    /// `expr` (an i32) as a u32.
    fn to_u32(self, expr: TokenStream) -> TokenStream {
        match self {
            Target::Host => quote![((#expr) as u32)],
            Target::Cube | Target::CubeTiled => quote![u32::cast_from(#expr)],
        }
    }

    /// `expr` (a u32) as an i32.
    fn to_i32(self, expr: TokenStream) -> TokenStream {
        match self {
            Target::Host => quote![((#expr) as i32)],
            Target::Cube | Target::CubeTiled => quote![i32::cast_from(#expr)],
        }
    }

    fn to_f32(self, expr: TokenStream) -> TokenStream {
        match self {
            Target::Host => quote![((#expr) as f32)],
            Target::Cube | Target::CubeTiled => quote![f32::cast_from(#expr)],
        }
    }

    /// The module holding `read_bits`, `read_plane`, `read_f16`, ...
    fn readers(self) -> TokenStream {
        match self {
            Target::Host => quote![::realm_ir::layout::host],
            Target::Cube | Target::CubeTiled => quote![::realm_codegen::formats::readers],
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
    let row_tile = ROW_TILE;
    let host_body = body(spec, Target::Host);
    let cube_body = body(spec, Target::Cube);
    let cube_mod = format_ident!("__{}_cube", name.to_string().to_lowercase());
    let allow = allow_generated();
    let int8 = int8::analyse(spec);
    let int8_visit = match &int8 {
        Some(_) => quote![Some(visitor.visit::<Self>())],
        None => quote![None],
    };
    let (int8_host, int8_cube) = match &int8 {
        Some(i) => int8_impls(spec, i),
        None => (TokenStream::new(), TokenStream::new()),
    };

    quote! {
        #(#attrs)*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct #name;

        const _: () = {
            assert!(<#name as ::realm_codegen::formats::FormatSpec>::LAYOUT.block_bytes() as usize
                == ::realm_ir::GgmlType::#ggml.type_size(), #size_check);
            assert!(#block as usize == ::realm_ir::GgmlType::#ggml.block_size(), #elems_check);
            assert!(#row_tile as usize == ::realm_ir::layout::ROW_TILE, "the format macro's row tile is not realm_ir's");
        };

        impl ::realm_codegen::formats::FormatSpec for #name {
            const LAYOUT: ::realm_ir::layout::BlockLayout = ::realm_ir::layout::BlockLayout {
                ggml: ::realm_ir::GgmlType::#ggml,
                block_elems: #block,
                fields: &[#(#fields),*],
            };

            #allow
            fn dequant_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32 {
                #host_body
            }

            fn int8<V: ::realm_codegen::formats::Int8Visitor>(visitor: V) -> Option<V::Output> {
                #int8_visit
            }
        }

        #int8_host

        #[doc(hidden)]
        mod #cube_mod {
            use cubecl::prelude::*;

            #[cubecl::cube]
            impl ::realm_codegen::formats::QuantFormat for super::#name {
                #allow
                fn dequant(w: &Array<u32>, n_blocks: u32, block: u32, elem: u32) -> f32 {
                    #cube_body
                }
            }

            #int8_cube
        }
    }
}

/// The host and `#[cube]` implementations of a format's integer-dot
/// decomposition (see [`crate::int8`]).
fn int8_impls(spec: &FormatSpec, i: &Int8) -> (TokenStream, TokenStream) {
    let name = &spec.name;
    let group = i.group;
    let u_bits = i.u_bits;
    let [word_host, word_cube] = [Target::Host, Target::CubeTiled].map(|t| quant_word(spec, t, i));
    let [scale_host, scale_cube] =
        [Target::Host, Target::CubeTiled].map(|t| float_body(spec, t, &i.affine_lets, &i.scale));
    // `B = B0 - K * S`.
    let offset_expr = FloatExpr::Binary(
        Box::new(i.rest.clone().unwrap_or(FloatExpr::Lit(0))),
        BinOp::Sub(Default::default()),
        Box::new(FloatExpr::Binary(
            Box::new(FloatExpr::Lit(i.offset)),
            BinOp::Mul(Default::default()),
            Box::new(i.scale.clone()),
        )),
    );
    let [offset_host, offset_cube] = [Target::Host, Target::CubeTiled]
        .map(|t| float_body(spec, t, &i.affine_lets, &offset_expr));
    let allow = allow_generated();
    let host = quote! {
        impl ::realm_codegen::formats::Int8Spec for #name {
            const GROUP: u32 = #group;
            const U_BITS: u32 = #u_bits;

            #allow
            fn quant_word_host(w: &[u32], n_blocks: u32, block: u32, run: u32) -> u32 {
                #word_host
            }

            #allow
            fn scale_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32 {
                #scale_host
            }

            #allow
            fn offset_host(w: &[u32], n_blocks: u32, block: u32, elem: u32) -> f32 {
                #offset_host
            }
        }
    };
    let cube = quote! {
        #[cubecl::cube]
        impl ::realm_codegen::formats::Int8Format for super::#name {
            #allow
            fn quant_word(w: &Array<u32>, n_blocks: u32, tile: u32, sub: u32, run: u32) -> u32 {
                #word_cube
            }

            #allow
            fn scale(w: &Array<u32>, n_blocks: u32, tile: u32, sub: u32, elem: u32) -> f32 {
                #scale_cube
            }

            #allow
            fn offset(w: &Array<u32>, n_blocks: u32, tile: u32, sub: u32, elem: u32) -> f32 {
                #offset_cube
            }
        }
    };
    (host, cube)
}

/// The body of `quant_word`: `u = q + K` of elements `4 * run..4 * run + 4`, a byte each.
fn quant_word(spec: &FormatSpec, t: Target, i: &Int8) -> TokenStream {
    let four = t.u32_lit(4);
    let mut out = quote![let elem = run * #four;];
    out.extend(prelude(spec, t, &[], &i.q_lets));
    if let Some(word) = word_expr(spec, t, &i.word) {
        out.extend(word);
        return out;
    }
    let lets = lets(spec, t, &i.q_lets);
    let k = t.i32_lit(i.offset);
    out.extend(match t {
        Target::Host => quote! {
            let mut __word = 0u32;
            for __j in 0..4u32 {
                let i = (elem + __j) as i32;
                #lets
                __word |= (((q + #k) as u32) & 255) << (__j * 8);
            }
            __word
        },
        Target::Cube | Target::CubeTiled => quote! {
            let mut __word = 0u32;
            #[unroll]
            for __j in 0..4u32 {
                let i = i32::cast_from(elem + __j);
                #lets
                __word |= (u32::cast_from(q + #k) & 255u32) << (__j * 8u32);
            }
            __word
        },
    });
    out
}

/// A word read of planes, or `None` for [`Word::PerElement`].
fn word_expr(spec: &FormatSpec, t: Target, w: &Word) -> Option<TokenStream> {
    let readers = t.readers();
    let plane_word = |p: &int8::PlaneRef, bits: u32| {
        let start = format_ident!("__start_{}", p.field);
        let (at, bits, span) = (t.u32_lit(p.at), t.u32_lit(bits), t.u32_lit(p.span));
        if t.tiled_field(spec, p.field) {
            quote![#readers::read_plane_word_tiled(w, #start, #at, run, #bits, #span)]
        } else {
            quote![#readers::read_plane_word(w, #start + #at, run, #bits, #span)]
        }
    };
    Some(match w {
        Word::Plane(p) => plane_word(p, p.bits),
        Word::SignedBytes(p) => {
            let read = plane_word(p, 8);
            let flip = t.u32_lit(0x8080_8080);
            quote![(#read ^ #flip)]
        }
        Word::Spread(p) => {
            let start = format_ident!("__start_{}", p.field);
            let at = t.u32_lit(p.at);
            if t.tiled_field(spec, p.field) {
                quote![#readers::read_bit_nibble_word_tiled(w, #start, #at, run)]
            } else {
                quote![#readers::read_bit_nibble_word(w, #start + #at, run)]
            }
        }
        Word::Or(a, b) => {
            let (a, b) = (word_expr(spec, t, a)?, word_expr(spec, t, b)?);
            quote![(#a | #b)]
        }
        Word::Shl(a, c) => {
            let a = word_expr(spec, t, a)?;
            let c = t.u32_lit(*c);
            quote![(#a << #c)]
        }
        Word::PerElement => return None,
    })
}

/// What the generated functions allow: they are printed from expression
/// trees, with the parentheses, identities and unused values that brings.
fn allow_generated() -> TokenStream {
    quote![#[allow(unused_variables, unused_parens, unused_mut, non_snake_case, clippy::manual_div_ceil, clippy::identity_op, clippy::erasing_op, clippy::precedence)]]
}

/// The statements of a dequantization function: field positions, float
/// fields, lets, then the value.
fn body(spec: &FormatSpec, t: Target) -> TokenStream {
    let all_lets: Vec<usize> = (0..spec.lets.len()).collect();
    float_body(spec, t, &all_lets, &spec.value)
}

/// A function computing the float `e` from the lets `which`: the prelude
/// (with the float fields `e` reads), the lets, then `e`.
fn float_body(spec: &FormatSpec, t: Target, which: &[usize], e: &FloatExpr) -> TokenStream {
    let mut out = prelude(spec, t, &e.fields(), which);
    out.extend(lets(spec, t, which));
    let e = float(spec, t, e);
    out.extend(quote![#e]);
    out
}

/// Where each field of this block starts in the split buffer (see
/// `realm_ir::layout::BlockLayout::field_base`), the float fields `floats`,
/// the codebooks the lets `used` read, and the element index `i`.
fn prelude(spec: &FormatSpec, t: Target, floats: &[usize], used: &[usize]) -> TokenStream {
    let readers = t.readers();
    let mut out = TokenStream::new();
    let mut base = quote![0];
    if t.is_cube() {
        base = quote![0u32];
    }
    if t == Target::CubeTiled {
        let tile_rows = t.u32_lit(ROW_TILE);
        out.extend(quote![let block = tile * #tile_rows + sub;]);
    }
    for (f, field) in spec.fields.iter().enumerate() {
        let start = format_ident!("__start_{}", f);
        let bytes = t.u32_lit(field.bytes);
        if t.tiled_field(spec, f) {
            // The word of the block's word 0 (see `realm_ir::layout::tiled`).
            let tile_words = t.u32_lit(field.bytes / 4 * ROW_TILE);
            out.extend(quote![let #start = #base / 4u32 + tile * #tile_words + sub;]);
        } else {
            out.extend(quote![let #start = #base + block * #bytes;]);
        }
        base = match t {
            Target::Host => quote![(#base + (n_blocks * #bytes).div_ceil(4) * 4)],
            Target::Cube | Target::CubeTiled => {
                quote![(#base + ((n_blocks * #bytes + 3u32) / 4u32) * 4u32)]
            }
        };
    }

    for (f, field) in spec.fields.iter().enumerate() {
        if !floats.contains(&f) {
            continue;
        }
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

    if t.is_cube() && reads_codebook(spec, used) {
        for (name, path) in &spec.codebooks {
            let name = codebook_local(name);
            out.extend(quote![
                let #name = Array::<i32>::from_data(comptime!(#path.iter().map(|&v| v as i32).collect::<Vec<i32>>()));
            ]);
        }
    }

    out.extend(match t {
        Target::Host => quote![let i = elem as i32;],
        Target::Cube | Target::CubeTiled => quote![let i = i32::cast_from(elem);],
    });
    out
}

/// The lets `which` (indices in spec order), as statements.
fn lets(spec: &FormatSpec, t: Target, which: &[usize]) -> TokenStream {
    let mut out = TokenStream::new();
    for l in which.iter().map(|&k| &spec.lets[k]) {
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
                    Target::Cube | Target::CubeTiled => quote![
                        let mut #name = 0i32;
                        if #lhs #cmp #rhs { #name = #then; } else { #name = #otherwise; }
                    ],
                });
            }
        }
    }
    out
}

/// Whether the lets `lets` look anything up in a codebook.
fn reads_codebook(spec: &FormatSpec, lets: &[usize]) -> bool {
    let mut found = false;
    for &k in lets {
        for e in spec.lets[k].rhs.exprs() {
            e.visit(&mut |e| found |= matches!(e, IntExpr::Lookup { .. }));
        }
    }
    found
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
            if t.tiled_field(spec, *field) {
                quote![#readers::read_bits_tiled(w, #start, #index, #zero, #mask)]
            } else {
                quote![#readers::read_bits(w, #start + #index, #zero, #mask)]
            }
        }
        IntExpr::Plane { plane, index } => {
            let start = format_ident!("__start_{}", plane.field);
            let index = t.to_u32(int(spec, t, index));
            let (at, bits, span) = (
                t.u32_lit(plane.at),
                t.u32_lit(plane.bits),
                t.u32_lit(plane.span),
            );
            let read = if t.tiled_field(spec, plane.field) {
                quote![#readers::read_plane_tiled(w, #start, #at, #index, #bits, #span)]
            } else {
                quote![#readers::read_plane(w, #start + #at, #index, #bits, #span)]
            };
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
                Target::Cube | Target::CubeTiled => {
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
