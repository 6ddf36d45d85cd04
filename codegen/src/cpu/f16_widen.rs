//! Half-precision widening: the format readers' hand-written f16 decode
//! (`readers::f16_bits_to_f32`, written out in integer operations because
//! WGSL has no 16-bit loads) is recognised and emitted as one conversion.
//!
//! A block's scales are uniform across the cube, so the decode runs as
//! scalar code once per block: about fifteen instructions and three selects
//! per scale, more than the block's vector work for a 4-bit format. The
//! generated kernel instead calls its target's `f16_to_f32`, one `vcvtph2ps`
//! where the CPU has F16C. Lane-varying decodes (an F16 tensor's elements)
//! keep the integer form, which vectorizes.
//!
//! The match is exact or nothing: every instruction of the decode is checked,
//! constants included. The decode reads only the low 16 bits of its input, so
//! it equals `f16::from_bits(h as u16)` widened, for every `h` (NaNs stay NaN;
//! F16C may set a signalling NaN's quiet bit, which nothing here can observe).

use std::collections::HashMap;

use cubecl::ir::{Arithmetic, Bitwise, Comparison, Operation, Operator, Variable, VariableKind};

use super::lane_shape::{is_f32, is_u32};
use super::subword::{Defs, const_u64};

/// The f16 decodes of a kernel: the id of each decoded f32 value, and the
/// `u32` whose low 16 bits it decodes.
#[derive(Debug, Default)]
pub(super) struct F16Widens {
    pub of: HashMap<u32, Variable>,
}

impl F16Widens {
    pub fn find(defs: &Defs) -> F16Widens {
        let of = defs
            .ops()
            .filter_map(|(&id, op)| Matcher(defs).widen(op).map(|h| (id, h)))
            .collect();
        F16Widens { of }
    }
}

struct Matcher<'a>(&'a Defs);

impl Matcher<'_> {
    /// `select(exponent == 0, small, normal)`, the decode's last instruction.
    fn widen(&self, op: &Operation) -> Option<Variable> {
        let Operation::Operator(Operator::Select(last)) = op else {
            return None;
        };
        let exponent = self.equals_const(&last.cond, 0)?;
        let h = self.exponent_of(&exponent)?;
        self.is_normal(&last.or_else, &h, &exponent)?;
        self.is_small(&last.then, &h)?;
        (is_u32(h.ty) && is_f32(last.then.ty)).then_some(h)
    }

    /// `bitcast<f32>(sign | biased << 23 | mantissa << 13)`, with `biased`
    /// `select(exponent == 31, 255, exponent + 112)`.
    fn is_normal(&self, var: &Variable, h: &Variable, exponent: &Variable) -> Option<()> {
        let Operation::Operator(Operator::Reinterpret(cast)) = self.0.def(var)? else {
            return None;
        };
        let (high, mantissa_bits) = self.or(&cast.input)?;
        let (sign, biased_bits) = self.or(&high)?;
        self.is_sign(&sign, h)?;
        let mantissa = self.shifted_left(&mantissa_bits, 13)?;
        self.is_mantissa(&mantissa, h)?;
        let biased = self.shifted_left(&biased_bits, 23)?;
        let Operation::Operator(Operator::Select(select)) = self.0.def(&biased)? else {
            return None;
        };
        (self.equals_const(&select.cond, 31)? == *exponent).then_some(())?;
        (const_u64(&select.then)? == 255).then_some(())?;
        let (rebiased, bias) = self.with_const(&select.or_else, |op| match op {
            Operation::Arithmetic(Arithmetic::Add(b)) => Some((b.lhs, b.rhs)),
            _ => None,
        })?;
        (rebiased == *exponent && bias == 112).then_some(())
    }

    /// `select(sign == 0, magnitude, -magnitude)`, with `magnitude`
    /// `f32(mantissa) * 2^-24` and `sign` `(h & 0x8000) << 16`.
    fn is_small(&self, var: &Variable, h: &Variable) -> Option<()> {
        let Operation::Operator(Operator::Select(select)) = self.0.def(var)? else {
            return None;
        };
        let sign = self.equals_const(&select.cond, 0)?;
        self.is_sign(&sign, h)?;
        let Operation::Arithmetic(Arithmetic::Neg(neg)) = self.0.def(&select.or_else)? else {
            return None;
        };
        (neg.input == select.then).then_some(())?;
        let Operation::Arithmetic(Arithmetic::Mul(mul)) = self.0.def(&select.then)? else {
            return None;
        };
        let (cast, scale) = match (const_f64(&mul.lhs), const_f64(&mul.rhs)) {
            (None, Some(s)) => (mul.lhs, s),
            (Some(s), None) => (mul.rhs, s),
            _ => return None,
        };
        (scale == (-24f64).exp2()).then_some(())?;
        let Operation::Operator(Operator::Cast(cast)) = self.0.def(&cast)? else {
            return None;
        };
        self.is_mantissa(&cast.input, h)
    }

    /// `(h & 0x8000) << 16`.
    fn is_sign(&self, var: &Variable, h: &Variable) -> Option<()> {
        let masked = self.shifted_left(var, 16)?;
        (self.masked(&masked, 0x8000)? == *h).then_some(())
    }

    /// `h & 0x3FF`.
    fn is_mantissa(&self, var: &Variable, h: &Variable) -> Option<()> {
        (self.masked(var, 0x3FF)? == *h).then_some(())
    }

    /// `h` of `(h >> 10) & 0x1F`.
    fn exponent_of(&self, var: &Variable) -> Option<Variable> {
        let shifted = self.masked(var, 0x1F)?;
        let Operation::Bitwise(Bitwise::ShiftRight(shr)) = self.0.def(&shifted)? else {
            return None;
        };
        (const_u64(&shr.rhs)? == 10).then_some(shr.lhs)
    }

    /// `x` of `x == value`.
    fn equals_const(&self, var: &Variable, value: u64) -> Option<Variable> {
        let (x, c) = self.with_const(var, |op| match op {
            Operation::Comparison(Comparison::Equal(b)) => Some((b.lhs, b.rhs)),
            _ => None,
        })?;
        (c == value).then_some(x)
    }

    /// `x` of `x & mask`.
    fn masked(&self, var: &Variable, mask: u64) -> Option<Variable> {
        let (x, c) = self.with_const(var, |op| match op {
            Operation::Bitwise(Bitwise::BitwiseAnd(b)) => Some((b.lhs, b.rhs)),
            _ => None,
        })?;
        (c == mask).then_some(x)
    }

    /// `x` of `x << amount`.
    fn shifted_left(&self, var: &Variable, amount: u64) -> Option<Variable> {
        let Operation::Bitwise(Bitwise::ShiftLeft(shl)) = self.0.def(var)? else {
            return None;
        };
        (const_u64(&shl.rhs)? == amount).then_some(shl.lhs)
    }

    /// The operands of `var = a | b`.
    fn or(&self, var: &Variable) -> Option<(Variable, Variable)> {
        let Operation::Bitwise(Bitwise::BitwiseOr(or)) = self.0.def(var)? else {
            return None;
        };
        Some((or.lhs, or.rhs))
    }

    /// The other operand and the constant of a binary operation (picked out
    /// of `var`'s definition by `operands`) with one constant `u32` operand,
    /// on either side.
    fn with_const(
        &self,
        var: &Variable,
        operands: impl Fn(&Operation) -> Option<(Variable, Variable)>,
    ) -> Option<(Variable, u64)> {
        let (lhs, rhs) = operands(self.0.def(var)?)?;
        match (const_u64(&lhs), const_u64(&rhs)) {
            (None, Some(c)) => Some((lhs, c)),
            (Some(c), None) => Some((rhs, c)),
            _ => None,
        }
    }
}

fn const_f64(var: &Variable) -> Option<f64> {
    match var.kind {
        VariableKind::Constant(c) if is_f32(var.ty) => Some(c.as_f64()),
        _ => None,
    }
}
