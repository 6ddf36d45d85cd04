//! Whether a format's values are an integer times a group's scale plus the
//! group's offset, and how to read its integers four at a time: what
//! integer-dot kernels (8-bit activations, `u8 x i8` dot products) need.
//!
//! Every integer format's `value` is linear in its `q`: `d * q`,
//! `d * q + m`, `d * sc * q - dmin * m`. Splitting the expression tree
//! gives the scale `S` (the coefficient of `q`) and the rest `B0`, both
//! built from the spec's own fields and lets. `q` is moved into `0..=255`
//! by an offset `K` (`u = q + K`: the constant a spec subtracts, or 128 for
//! signed values), so `value = S * u + B` with `B = B0 - K * S`.
//!
//! `S` and `B` are constant over a group of elements: the lets they use may
//! depend on the element index `i` only through `i / N`, and the group is
//! the smallest such `N` (the whole block if they do not use `i`).
//!
//! Four consecutive `u`s (from an element index that is a multiple of 4) are
//! one `u32` of bytes. Where `q` is bit planes combined with `|` and `<<`,
//! each plane is read as a word at once (a plane whose runs of 4 elements
//! share a shift is four bytes of one aligned word; a 1-bit plane with no
//! span is four bits of one byte, spread); anything else is read element by
//! element and packed.

use proc_macro2::Ident;
use syn::BinOp;

use crate::spec::{FieldKind, FloatExpr, FormatSpec, IntExpr, LetRhs, Plane};

pub struct Int8 {
    /// `u = q + offset`.
    pub offset: i32,
    pub word: Word,
    /// The bits `u` takes (at most 8): under 8, every byte of a word of `u`s
    /// is below 128, which lets AVX2 use `vpmaddubsw`.
    pub u_bits: u32,
    /// The coefficient of `q` in `value`.
    pub scale: FloatExpr,
    /// `value` at `q = 0`, if not zero.
    pub rest: Option<FloatExpr>,
    /// Elements sharing one scale and offset.
    pub group: u32,
    /// The lets `scale` and `rest` read, in spec order (indices into `lets`).
    pub affine_lets: Vec<usize>,
    /// The lets `q` reads, itself included, in spec order.
    pub q_lets: Vec<usize>,
}

/// How four `u`s are read as one word of bytes.
pub enum Word {
    /// Four bytes of an aligned word, shifted and masked.
    Plane(PlaneRef),
    /// Four bits of a byte, one to each byte of the word.
    Spread(PlaneRef),
    /// A signed 8-bit plane, moved to unsigned by flipping each sign bit.
    SignedBytes(PlaneRef),
    Or(Box<Word>, Box<Word>),
    /// Each byte shifted left (never out of its byte: `u` fits 8 bits).
    Shl(Box<Word>, u32),
    /// `q` element by element, offset and packed.
    PerElement,
}

#[derive(Clone, Copy)]
pub struct PlaneRef {
    pub field: usize,
    pub bits: u32,
    pub span: u32,
    pub at: u32,
}

impl PlaneRef {
    fn of(p: &Plane) -> Self {
        PlaneRef {
            field: p.field,
            bits: p.bits,
            span: word_span(p),
            at: p.at,
        }
    }
}

/// The plane's span for word reads: a plane of whole bytes has one field
/// per byte, so any span lays it out alike, and 4 makes it words.
fn word_span(p: &Plane) -> u32 {
    if p.bits == 8 { 4 } else { p.span }
}

/// The integer-dot decomposition of `spec`, or `None` if its values are not
/// linear in an integer `q` with grouped scales (float formats).
pub fn analyse(spec: &FormatSpec) -> Option<Int8> {
    let q_index = spec.lets.iter().position(|l| l.name == "q")?;
    let q_name = spec.lets[q_index].name.clone();
    let (scale, rest) = linear(&spec.value, &q_name)?;
    let scale = scale?;

    let mut affine_refs = Vec::new();
    for e in std::iter::once(&scale).chain(&rest) {
        e.visit(&mut |e| {
            if let FloatExpr::Var(v) = e {
                affine_refs.push(v.clone());
            }
        });
    }
    if affine_refs.contains(&q_name) {
        return None;
    }
    let affine_lets = closure(spec, &affine_refs);
    let group = group(spec, &affine_lets)?;
    if !group.is_multiple_of(4) || !spec.block.is_multiple_of(group) {
        return None;
    }

    let LetRhs::Plain(q_expr) = &spec.lets[q_index].rhs else {
        return None;
    };
    let (unsigned, subtracted) = match q_expr {
        IntExpr::Binary(e, BinOp::Sub(_), k) => match **k {
            IntExpr::Lit(k) => (&**e, k),
            _ => (q_expr, 0),
        },
        e => (e, 0),
    };
    let (word, offset, u_bits) = match unsigned {
        IntExpr::Plane { plane, index }
            if plane.signed && plane.bits == 8 && aligned(spec, plane) && is_i(index) =>
        {
            (Word::SignedBytes(PlaneRef::of(plane)), subtracted + 128, 8)
        }
        e => match word(spec, e) {
            Some((w, bits)) if bits <= 8 => (w, subtracted, bits),
            _ => (Word::PerElement, 128, 8),
        },
    };
    let q_lets = closure(spec, std::slice::from_ref(&q_name));
    Some(Int8 {
        offset,
        word,
        u_bits,
        scale,
        rest,
        group,
        affine_lets,
        q_lets,
    })
}

fn is_i(e: &IntExpr) -> bool {
    matches!(e, IntExpr::ElementIndex)
}

/// Whether runs of 4 elements of `plane` are the 4 bytes of one aligned word.
fn aligned(spec: &FormatSpec, plane: &Plane) -> bool {
    let field = &spec.fields[plane.field];
    field.kind == FieldKind::Bytes
        && field.bytes.is_multiple_of(4)
        && plane.at.is_multiple_of(4)
        && word_span(plane).is_multiple_of(4)
}

/// `e` read as a word, with the number of bits its values take.
fn word(spec: &FormatSpec, e: &IntExpr) -> Option<(Word, u32)> {
    match e {
        IntExpr::Plane { plane, index } if !plane.signed && is_i(index) => {
            if aligned(spec, plane) {
                Some((Word::Plane(PlaneRef::of(plane)), plane.bits))
            } else if plane.bits == 1 && plane.span == 1 {
                Some((Word::Spread(PlaneRef::of(plane)), 1))
            } else {
                None
            }
        }
        IntExpr::Binary(a, BinOp::BitOr(_), b) => {
            let (a, bits_a) = word(spec, a)?;
            let (b, bits_b) = word(spec, b)?;
            Some((Word::Or(Box::new(a), Box::new(b)), bits_a.max(bits_b)))
        }
        IntExpr::Binary(a, BinOp::Shl(_), c) => match **c {
            IntExpr::Lit(c) if (0..8).contains(&c) => {
                let (a, bits) = word(spec, a)?;
                Some((Word::Shl(Box::new(a), c as u32), bits + c as u32))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `(coefficient of q, the rest)` of a float expression linear in `q`;
/// `None` for either part means zero. `None` overall if not linear.
type Linear = (Option<FloatExpr>, Option<FloatExpr>);

fn linear(e: &FloatExpr, q: &Ident) -> Option<Linear> {
    Some(match e {
        FloatExpr::Var(v) if v == q => (Some(FloatExpr::Lit(1)), None),
        FloatExpr::Binary(a, op, b) => {
            let (ca, ra) = linear(a, q)?;
            let (cb, rb) = linear(b, q)?;
            match op {
                BinOp::Add(_) | BinOp::Sub(_) => (combine(ca, *op, cb), combine(ra, *op, rb)),
                BinOp::Mul(_) => match (ca, cb) {
                    (Some(_), Some(_)) => return None,
                    (None, None) => (None, Some(e.clone())),
                    // `a` has no `q`: it is its rest alone.
                    (None, cb) => (product(&ra, cb), product(&ra, rb)),
                    (ca, None) => (product(&rb, ca), product(&rb, ra)),
                },
                _ => return None,
            }
        }
        other => (None, Some(other.clone())),
    })
}

fn combine(a: Option<FloatExpr>, op: BinOp, b: Option<FloatExpr>) -> Option<FloatExpr> {
    match (a, b) {
        (a, None) => a,
        (None, Some(b)) if matches!(op, BinOp::Add(_)) => Some(b),
        (None, Some(b)) => Some(FloatExpr::Binary(
            Box::new(FloatExpr::Lit(0)),
            op,
            Box::new(b),
        )),
        (Some(a), Some(b)) => Some(FloatExpr::Binary(Box::new(a), op, Box::new(b))),
    }
}

fn product(factor: &Option<FloatExpr>, e: Option<FloatExpr>) -> Option<FloatExpr> {
    let (factor, e) = (factor.clone()?, e?);
    Some(FloatExpr::Binary(
        Box::new(factor),
        BinOp::Mul(Default::default()),
        Box::new(e),
    ))
}

/// The lets `names` read, directly or through other lets, in spec order.
fn closure(spec: &FormatSpec, names: &[Ident]) -> Vec<usize> {
    let mut needed: Vec<Ident> = names.to_vec();
    // Lets only read earlier lets: one backward pass finds them all.
    for l in spec.lets.iter().rev() {
        if needed.contains(&l.name) {
            for e in l.rhs.exprs() {
                e.visit(&mut |e| {
                    if let IntExpr::Var(v) = e {
                        needed.push(v.clone());
                    }
                });
            }
        }
    }
    (0..spec.lets.len())
        .filter(|&k| needed.contains(&spec.lets[k].name))
        .collect()
}

/// The group of the lets `lets`: `i / N` is constant over aligned runs of
/// any divisor of `N`, so the group is the greatest common divisor of their
/// `N`s; the block if they never read `i`, `None` if they read `i` another way.
fn group(spec: &FormatSpec, lets: &[usize]) -> Option<u32> {
    fn walk(e: &IntExpr, group: &mut Option<u32>) -> bool {
        match e {
            IntExpr::Binary(a, BinOp::Div(_), n) if is_i(a) => match **n {
                IntExpr::Lit(n) if n > 0 => {
                    let n = n as u32;
                    *group = Some(group.map_or(n, |g| gcd(g, n)));
                    true
                }
                _ => false,
            },
            IntExpr::ElementIndex => false,
            IntExpr::Binary(a, _, b) => walk(a, group) && walk(b, group),
            IntExpr::Byte { index, .. }
            | IntExpr::Plane { index, .. }
            | IntExpr::Lookup { index, .. } => walk(index, group),
            IntExpr::Var(_) | IntExpr::Lit(_) => true,
        }
    }
    let mut group = None;
    for &k in lets {
        for e in spec.lets[k].rhs.exprs() {
            if !walk(e, &mut group) {
                return None;
            }
        }
    }
    Some(group.map_or(spec.block, |g| gcd(g, spec.block)))
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}
