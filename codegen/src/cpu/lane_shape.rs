//! Lane shapes: which lane values are `base + lane`, and what divides a
//! uniform value, so that dividing a lane-affine index can be uniform.
//!
//! A CPU kernel that walks a block 32 elements at a time computes each
//! unit's element as `e = s * 32 + UNIT_POS_X` (`s` uniform). A format then
//! finds the element's sub-block as `e / 32`: the same in every lane. Proving
//! it needs two facts the plain uniformity rules lack: `e` is a uniform base
//! plus the lane (lane-affine, lanes `0..range`), and the base is a multiple
//! of 32 (its alignment). Then `(base + lane) / d` is `base / d` in every
//! lane when `d` divides the alignment and `range <= d` (no wrap: an aligned
//! base leaves room for the lanes below the next multiple), and
//! `(base + lane) % d` is the lane itself. The same holds, with `base % d +
//! lane` for the remainder, when the alignment divides `d` and the lanes fit
//! in the alignment (16 lanes walking a 32-element sub-block). The sub-block's scales then decode
//! once per cube, as scalars, instead of in every lane.
//!
//! Only non-negative values divide this way (a negative base truncates
//! differently): unsigned ones, and signed ones with a known bound. The
//! format specs compute in i32 (`let j = i / 32`), so bounds are tracked
//! too: a value in `0..=bound`, from non-negative constants, the unit
//! position, counters of loops with constant bounds, and the arithmetic
//! that keeps them non-negative. Only single-assignment values take part,
//! so that the emitter can rebuild the base as an expression
//! (`Generator::affine`).

use cubecl::ir::{
    Arithmetic, Bitwise, Builtin, ElemType, FloatKind, Operation, Operator, StorageType, Type,
    UIntKind, Variable, VariableKind,
};

use super::uniformity::Uniformity;

/// Alignment of a value with no known factor besides 1 (and of 0: any).
const ANY: u32 = 1 << 31;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// The same in every lane, a multiple of `align` (a power of two).
    Uniform { align: u32 },
    /// `base + lane` for lanes `0..range`, with `base` a multiple of `align`.
    Affine { align: u32, range: u32 },
    /// `base + o` with a per-lane `o` in `0..range` (not necessarily the
    /// lane itself), `base` a multiple of `align`: what dividing an affine
    /// value by less than its lanes leaves (`(base + lane) / 8` over 16
    /// lanes is `base / 8` plus 0 or 1). Divided again by enough, it is
    /// uniform: that is how a 1-bit plane's word index is found uniform.
    Offset { align: u32, range: u32 },
}

impl Shape {
    /// The alignment and lane range of a lane-dependent shape.
    fn spread(self) -> Option<(u32, u32)> {
        match self {
            Shape::Affine { align, range } | Shape::Offset { align, range } => Some((align, range)),
            Shape::Uniform { .. } => None,
        }
    }

    /// The same kind of shape with other parameters.
    fn with(self, align: u32, range: u32) -> Shape {
        match self {
            Shape::Offset { .. } => Shape::Offset { align, range },
            _ => Shape::Affine { align, range },
        }
    }
}

pub(super) fn is_u32(ty: Type) -> bool {
    ty == Type::Scalar(StorageType::Scalar(ElemType::UInt(UIntKind::U32)))
}

pub(super) fn is_f32(ty: Type) -> bool {
    ty == Type::Scalar(StorageType::Scalar(ElemType::Float(FloatKind::F32)))
}

/// The value of a non-negative integer constant.
fn non_negative_constant(var: &Variable) -> Option<u64> {
    match var.kind {
        VariableKind::Constant(c) => u64::try_from(c.as_i64()).ok(),
        _ => None,
    }
}

fn is_i32(ty: Type) -> bool {
    ty == Type::Scalar(StorageType::Scalar(ElemType::Int(cubecl::ir::IntKind::I32)))
}

/// The largest value of `ty`, for the 32-bit integers the rules cover.
fn type_max(ty: Type) -> Option<u64> {
    if is_u32(ty) {
        Some(u32::MAX as u64)
    } else if is_i32(ty) {
        Some(i32::MAX as u64)
    } else {
        None
    }
}

fn is_int32(ty: Type) -> bool {
    matches!(
        ty,
        Type::Scalar(StorageType::Scalar(
            ElemType::UInt(UIntKind::U32) | ElemType::Int(cubecl::ir::IntKind::I32)
        ))
    )
}

fn pow2_factor(v: u64) -> u32 {
    if v == 0 {
        ANY
    } else {
        1u32 << v.trailing_zeros().min(31)
    }
}

impl Uniformity {
    /// The shape of `var`, if one is known.
    pub(super) fn shape(&self, var: &Variable) -> Option<Shape> {
        match var.kind {
            VariableKind::Constant(c) => {
                let v = c.as_i64();
                Some(Shape::Uniform {
                    align: pow2_factor(v.unsigned_abs()),
                })
            }
            VariableKind::GlobalScalar(_) => Some(Shape::Uniform { align: 1 }),
            VariableKind::LocalConst { .. } if !self.varies(var) => Some(Shape::Uniform {
                align: self.align.get(&var.kind).copied().unwrap_or(1),
            }),
            VariableKind::LocalConst { .. } => self.affine.get(&var.kind).copied(),
            // A uniform loop counter: no known factor, but a multiple of it has
            // one (the rules that rebuild a lane-affine base still take only
            // single-assignment values, see `fixed`).
            VariableKind::LocalMut { .. } if !self.varies(var) => Some(Shape::Uniform { align: 1 }),
            VariableKind::Builtin(Builtin::UnitPos) => Some(Shape::Affine {
                align: ANY,
                range: self.units,
            }),
            VariableKind::Builtin(Builtin::UnitPosX) if self.dim_x == self.units => {
                Some(Shape::Affine {
                    align: ANY,
                    range: self.units,
                })
            }
            _ => None,
        }
    }

    /// The shape of `op`'s result `out`, by the rules above.
    pub(super) fn result_shape(&self, op: &Operation, out: &Variable) -> Option<Shape> {
        if !is_int32(out.ty) {
            return None;
        }
        use Shape::{Affine, Uniform};
        let fixed = |v: &Variable| {
            matches!(
                v.kind,
                VariableKind::LocalConst { .. }
                    | VariableKind::Constant(_)
                    | VariableKind::GlobalScalar(_)
            )
        };
        let one = |v: &Variable| matches!(v.kind, VariableKind::Constant(c) if c.as_i64() == 1);
        match op {
            Operation::Copy(v) => self.shape(v).filter(|_| fixed(v) || self.varies(v)),
            // A plane of one-byte fields divides and multiplies by 1.
            Operation::Arithmetic(Arithmetic::Div(b)) if one(&b.rhs) => self.shape(&b.lhs),
            Operation::Arithmetic(Arithmetic::Mul(b)) if one(&b.rhs) => self.shape(&b.lhs),
            Operation::Arithmetic(Arithmetic::Mul(b)) if one(&b.lhs) => self.shape(&b.rhs),
            Operation::Arithmetic(Arithmetic::Remainder(b) | Arithmetic::Modulo(b))
                if one(&b.rhs) && self.shape(&b.lhs).is_some() =>
            {
                Some(Uniform { align: ANY })
            }
            Operation::Operator(Operator::Cast(u)) if is_int32(u.input.ty) => {
                match self.shape(&u.input) {
                    Some(s @ (Affine { .. } | Shape::Offset { .. })) => Some(s),
                    _ => None,
                }
            }
            Operation::Arithmetic(Arithmetic::Add(b)) => {
                match (self.shape(&b.lhs), self.shape(&b.rhs)) {
                    (Some(Uniform { align: a }), Some(Uniform { align: c })) => {
                        Some(Uniform { align: a.min(c) })
                    }
                    (Some(s), Some(Uniform { align: u })) if fixed(&b.rhs) => {
                        let (align, range) = s.spread()?;
                        Some(s.with(align.min(u), range))
                    }
                    (Some(Uniform { align: u }), Some(s)) if fixed(&b.lhs) => {
                        let (align, range) = s.spread()?;
                        Some(s.with(align.min(u), range))
                    }
                    _ => None,
                }
            }
            Operation::Arithmetic(Arithmetic::Sub(b)) => {
                match (self.shape(&b.lhs), self.shape(&b.rhs)) {
                    (Some(Affine { align, range }), Some(Uniform { align: u }))
                        if fixed(&b.rhs) =>
                    {
                        Some(Affine {
                            align: align.min(u),
                            range,
                        })
                    }
                    _ => None,
                }
            }
            Operation::Arithmetic(Arithmetic::Mul(b)) => {
                match (self.shape(&b.lhs), self.shape(&b.rhs)) {
                    (Some(Uniform { align: a }), Some(Uniform { align: c })) => Some(Uniform {
                        align: (a as u64 * c as u64).min(ANY as u64) as u32,
                    }),
                    _ => None,
                }
            }
            Operation::Bitwise(Bitwise::ShiftLeft(b)) => match (self.shape(&b.lhs), b.rhs.kind) {
                (Some(Uniform { align }), VariableKind::Constant(c)) => Some(Uniform {
                    align: ((align as u64) << c.as_u64().min(31)).min(ANY as u64) as u32,
                }),
                _ => None,
            },
            // A uniform multiple of `align` over a power of two `d`: a
            // multiple of `align / d` where `d` divides it.
            Operation::Arithmetic(Arithmetic::Div(b))
                if matches!(self.shape(&b.lhs), Some(Uniform { .. })) =>
            {
                let Some(Uniform { align }) = self.shape(&b.lhs) else {
                    return None;
                };
                let d = self.power_of_two_divisor(b.lhs, b.rhs, out)?;
                Some(Uniform {
                    align: if align % d == 0 { align / d } else { 1 },
                })
            }
            // Its remainder: 0 where `d` divides `align`, else (`align`
            // divides `d`) still a multiple of `align`.
            Operation::Arithmetic(Arithmetic::Remainder(b) | Arithmetic::Modulo(b))
                if matches!(self.shape(&b.lhs), Some(Uniform { .. })) =>
            {
                let Some(Uniform { align }) = self.shape(&b.lhs) else {
                    return None;
                };
                let d = self.power_of_two_divisor(b.lhs, b.rhs, out)?;
                Some(Uniform {
                    align: if align % d == 0 { ANY } else { align },
                })
            }
            Operation::Arithmetic(Arithmetic::Div(b)) => {
                let (align, range) = self.shape(&b.lhs)?.spread()?;
                match self.divides(b.lhs, b.rhs, out) {
                    Some(d) => Some(Uniform {
                        align: if align % d == 0 { align / d } else { 1 },
                    }),
                    // `d` divides the base: `base / d` plus the offset's
                    // quotient, `0..=(range - 1) / d`.
                    None => {
                        let d = self.power_of_two_divisor(b.lhs, b.rhs, out)?;
                        (align % d == 0).then(|| Shape::Offset {
                            align: align / d,
                            range: (range - 1) / d + 1,
                        })
                    }
                }
            }
            Operation::Arithmetic(Arithmetic::Remainder(b) | Arithmetic::Modulo(b)) => {
                let d = self.divides(b.lhs, b.rhs, out)?;
                let Some(Affine { align, range }) = self.shape(&b.lhs) else {
                    return None;
                };
                // `base % d + lane`: the base's part is 0 when `d` divides
                // the alignment, and a multiple of the alignment otherwise.
                Some(Affine {
                    align: if align % d == 0 { ANY } else { align },
                    range,
                })
            }
            _ => None,
        }
    }

    /// `d` when `lhs / rhs` splits into the base's and the lane's parts
    /// (`(base + lane) / d == base / d`, and `% d` is `base % d + lane`): an
    /// unsigned lane-affine `lhs` and a constant power of two `d`, where
    /// either `d` divides the base's alignment and the lanes fit in `d`, or
    /// the alignment divides `d` and the lanes fit in the alignment (the
    /// base then sits at least `align` below the next multiple of `d`).
    fn divides(&self, lhs: Variable, rhs: Variable, out: &Variable) -> Option<u32> {
        let d = self.power_of_two_divisor(lhs, rhs, out)?;
        let (align, range) = self.shape(&lhs)?.spread()?;
        let splits = (align % d == 0 && range <= d) || (d % align == 0 && range <= align);
        splits.then_some(d)
    }

    /// `d` when `lhs / rhs` is a non-negative integer divided by a constant
    /// power of two `d`.
    fn power_of_two_divisor(&self, lhs: Variable, rhs: Variable, out: &Variable) -> Option<u32> {
        let non_negative = is_u32(lhs.ty) || self.value_bound(&lhs).is_some();
        if !is_int32(out.ty) || !is_int32(lhs.ty) || !non_negative {
            return None;
        }
        let VariableKind::Constant(c) = rhs.kind else {
            return None;
        };
        let d = u32::try_from(c.as_u64()).ok()?;
        d.is_power_of_two().then_some(d)
    }

    /// `b` when `var` is an integer known to lie in `0..=b`.
    pub(super) fn value_bound(&self, var: &Variable) -> Option<u64> {
        let max = type_max(var.ty)?;
        match var.kind {
            VariableKind::Constant(_) => non_negative_constant(var),
            VariableKind::Builtin(Builtin::UnitPos) => Some(u64::from(self.units) - 1),
            VariableKind::Builtin(Builtin::UnitPosX) => Some(u64::from(self.dim_x) - 1),
            VariableKind::LocalConst { .. } | VariableKind::LocalMut { .. } => {
                self.bound.get(&var.kind).copied()
            }
            _ => None,
        }
        .filter(|&b| b <= max)
    }

    /// The bound of `op`'s result `out` (see the module comment).
    pub(super) fn result_bound(&self, op: &Operation, out: &Variable) -> Option<u64> {
        let max = type_max(out.ty)?;
        let of = |v: &Variable| self.value_bound(v);
        let constant = non_negative_constant;
        match op {
            Operation::Copy(v) => of(v),
            Operation::Operator(Operator::Cast(u)) if is_int32(u.input.ty) => of(&u.input),
            Operation::Arithmetic(Arithmetic::Add(b)) => of(&b.lhs)?.checked_add(of(&b.rhs)?),
            Operation::Arithmetic(Arithmetic::Mul(b)) => of(&b.lhs)?.checked_mul(of(&b.rhs)?),
            Operation::Arithmetic(Arithmetic::Div(b)) => {
                let d = constant(&b.rhs).filter(|&d| d > 0)?;
                Some(of(&b.lhs)? / d)
            }
            Operation::Arithmetic(Arithmetic::Remainder(b) | Arithmetic::Modulo(b)) => {
                let d = constant(&b.rhs).filter(|&d| d > 0)?;
                match of(&b.lhs) {
                    Some(x) => Some(x.min(d - 1)),
                    // An unsigned remainder is below `d` whatever the input.
                    None if is_u32(b.lhs.ty) => Some(d - 1),
                    None => None,
                }
            }
            // Anded with a non-negative value: non-negative, and no larger.
            Operation::Bitwise(Bitwise::BitwiseAnd(b)) => match (of(&b.lhs), of(&b.rhs)) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            },
            Operation::Bitwise(Bitwise::BitwiseOr(b)) => {
                let x = of(&b.lhs)?.max(of(&b.rhs)?);
                Some(u64::MAX >> x.leading_zeros())
            }
            Operation::Bitwise(Bitwise::ShiftRight(b)) => {
                Some(of(&b.lhs)? >> constant(&b.rhs)?.min(63))
            }
            Operation::Bitwise(Bitwise::ShiftLeft(b)) => {
                let shift = u32::try_from(constant(&b.rhs)?).ok().filter(|&s| s < 32)?;
                of(&b.lhs)?.checked_mul(1u64 << shift)
            }
            _ => None,
        }
        .filter(|&b| b <= max)
    }

    /// The last value a loop counter takes, for constant non-negative
    /// bounds and step (the counter is the loop's own: nothing else
    /// assigns it).
    pub(super) fn counter_bound(
        &self,
        start: &Variable,
        end: &Variable,
        step: Option<&Variable>,
        inclusive: bool,
    ) -> Option<u64> {
        let constant = non_negative_constant;
        let (start, end) = (constant(start)?, constant(end)?);
        if let Some(step) = step {
            constant(step).filter(|&s| s > 0)?;
        }
        let last = if inclusive { end } else { end.checked_sub(1)? };
        (start <= last).then_some(last)
    }
}
