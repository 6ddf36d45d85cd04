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
//! Only unsigned arithmetic divides this way (a negative base truncates
//! differently), and only single-assignment values take part, so that the
//! emitter can rebuild the base as an expression (`Generator::affine`).

use cubecl::ir::{
    Arithmetic, Bitwise, Builtin, ElemType, Operation, Operator, StorageType, Type, UIntKind,
    Variable, VariableKind,
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
}

fn is_u32(ty: Type) -> bool {
    ty == Type::Scalar(StorageType::Scalar(ElemType::UInt(UIntKind::U32)))
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
                    Some(s @ Affine { .. }) => Some(s),
                    _ => None,
                }
            }
            Operation::Arithmetic(Arithmetic::Add(b)) => {
                match (self.shape(&b.lhs), self.shape(&b.rhs)) {
                    (Some(Affine { align, range }), Some(Uniform { align: u }))
                        if fixed(&b.rhs) =>
                    {
                        Some(Affine {
                            align: align.min(u),
                            range,
                        })
                    }
                    (Some(Uniform { align: u }), Some(Affine { align, range }))
                        if fixed(&b.lhs) =>
                    {
                        Some(Affine {
                            align: align.min(u),
                            range,
                        })
                    }
                    (Some(Uniform { align: a }), Some(Uniform { align: c })) => {
                        Some(Uniform { align: a.min(c) })
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
            Operation::Arithmetic(Arithmetic::Div(b)) => {
                let d = self.divides(b.lhs, b.rhs, out)?;
                let Some(Affine { align, .. }) = self.shape(&b.lhs) else {
                    return None;
                };
                Some(Uniform {
                    align: if align % d == 0 { align / d } else { 1 },
                })
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
        if !is_u32(out.ty) || !is_u32(lhs.ty) {
            return None;
        }
        let VariableKind::Constant(c) = rhs.kind else {
            return None;
        };
        let d = u32::try_from(c.as_u64()).ok()?;
        let Some(Shape::Affine { align, range }) = self.shape(&lhs) else {
            return None;
        };
        let splits = (align % d == 0 && range <= d) || (d % align == 0 && range <= align);
        (d.is_power_of_two() && splits).then_some(d)
    }
}
