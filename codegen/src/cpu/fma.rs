//! Fused multiply-adds: `a * b + c` (or `- c`, or `c - a * b`) in f32, where
//! the product is read nowhere else, is emitted as one `T::fmadd`.
//!
//! Rust never fuses a multiplication and an addition by itself, and the
//! kernels' inner loops are exactly such pairs (a dequantization `d * q + m`,
//! a dot product's `acc + w * x`): fused, they take half the instructions on
//! a CPU with FMA. The result differs from the unfused one only by the
//! product's rounding, which the fused form skips (GPU compilers fuse these
//! too). The baseline target keeps them unfused (`Portable::fmadd`), since
//! without the instruction a fused multiply-add is a slow library call.
//!
//! The product's inputs are read again at the addition, so they must be
//! values that cannot change in between (single-assignment values,
//! constants, scalars); a product of a mutable variable stays as it is.

use cubecl::ir::{Arithmetic, Operation, Variable};

use super::lane_shape::is_f32;
use super::subword::{Defs, immutable, local_id};

/// `a * b + c`, with the product or the addend negated.
#[derive(Clone, Copy, Debug)]
pub(super) struct Fused {
    pub a: Variable,
    pub b: Variable,
    pub c: Variable,
    pub negate_product: bool,
    pub negate_addend: bool,
}

/// `op` as a fused multiply-add, if it is an addition or subtraction that
/// fuses, given the kernel's single-assignment values and their uses.
pub(super) fn fused(defs: &Defs, op: &Operation) -> Option<Fused> {
    if defs.incomplete() {
        // Some instruction's inputs are unknown: a product's uses may be undercounted.
        return None;
    }
    let (lhs, rhs, subtract) = match op {
        Operation::Arithmetic(Arithmetic::Add(b)) => (b.lhs, b.rhs, false),
        Operation::Arithmetic(Arithmetic::Sub(b)) => (b.lhs, b.rhs, true),
        _ => return None,
    };
    if !is_f32(lhs.ty) || !is_f32(rhs.ty) {
        return None;
    }
    // The product on the left: `a * b ± c`; on the right: `c ± a * b`.
    if let Some((a, b)) = product(defs, &lhs) {
        return Some(Fused {
            a,
            b,
            c: rhs,
            negate_product: false,
            negate_addend: subtract,
        });
    }
    let (a, b) = product(defs, &rhs)?;
    Some(Fused {
        a,
        b,
        c: lhs,
        negate_product: subtract,
        negate_addend: false,
    })
}

/// The factors of `var` if it is an f32 product read only once, of values
/// that cannot change.
fn product(defs: &Defs, var: &Variable) -> Option<(Variable, Variable)> {
    let id = local_id(var)?;
    let Operation::Arithmetic(Arithmetic::Mul(mul)) = defs.def(var)? else {
        return None;
    };
    (defs.uses(id) == 1 && immutable(&mul.lhs) && immutable(&mul.rhs)).then_some((mul.lhs, mul.rhs))
}
