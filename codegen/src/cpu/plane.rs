//! Plane (subgroup) operations in lockstep.
//!
//! On the CPU a cube runs as one plane: its units are the lanes of one
//! lockstep program, so `PLANE_DIM` is the cube's size, a unit's position in
//! its plane is its lane, and a plane reduction (sum, max, any, broadcast...)
//! folds the active lanes into one value that every lane sees: a uniform
//! scalar. Float sums and products fold into eight partial results, lane `l`
//! into partial `l % 8`, combined in a fixed order: the result is the same
//! on every machine (integer folds are exact in any order). Written as
//! eight lanes at a time (cubes of a multiple of eight units), the fold is
//! one vector operation per eight lanes; an integer sum over fewer lanes is
//! the target's `sum_lanes_i32`.

use cubecl::ir::{Plane, UnaryOperator, Variable};
use cubecl_runtime::compiler::CompilationError;

use super::compiler::{Generator, is_float, rust_type, unsupported};

impl Generator {
    pub(super) fn plane(&mut self, op: Plane, out: &Variable) -> Result<(), CompilationError> {
        // The input is read through its lane array, outside any lane loop.
        self.flush();
        let t = rust_type(out.ty)?;
        let float = is_float(t);
        if let Plane::Sum(u) = &op
            && (t == "i32" || t == "u32")
            && !self.masked
            && !self.units.is_multiple_of(8)
        {
            // An integer sum is exact in any order: the target's reduction
            // of the lane array, in vector registers. (Eight partials, or a
            // running sum, became 13 scalar-lane instructions for 4 units:
            // LLVM split the lanes apart before adding them.)
            let lanes = self.lane_array(&u.input)?;
            return self.assign(
                out,
                format!("(T::sum_lanes_i32(&{lanes}.map(|x| x as i32)) as {t})"),
            );
        }
        let (input, identity, combine) = match &op {
            Plane::Sum(u) => (
                u,
                zero(t),
                if float {
                    "{a} + {b}"
                } else {
                    "{a}.wrapping_add({b})"
                },
            ),
            Plane::Prod(u) => (
                u,
                one(t),
                if float {
                    "{a} * {b}"
                } else {
                    "{a}.wrapping_mul({b})"
                },
            ),
            Plane::Max(u) => (
                u,
                if float {
                    format!("{t}::NEG_INFINITY")
                } else {
                    format!("{t}::MIN")
                },
                "{a}.max({b})",
            ),
            Plane::Min(u) => (
                u,
                if float {
                    format!("{t}::INFINITY")
                } else {
                    format!("{t}::MAX")
                },
                "{a}.min({b})",
            ),
            Plane::All(u) => (u, "true".into(), "{a} && {b}"),
            Plane::Any(u) => (u, "false".into(), "{a} || {b}"),
            Plane::Broadcast(b) => {
                // Lane `rhs`'s value (a uniform lane id: a shuffle otherwise).
                if self.u.varies(&b.rhs) {
                    return Err(unsupported(op));
                }
                let lane = self.value(&b.rhs)?;
                let value = self.value(&b.lhs)?;
                // `l` rebound: the value's expression, in that lane.
                return self.assign(out, format!("{{ let l = ({lane}) as usize; {value} }}"));
            }
            other => return Err(unsupported(other)),
        };
        self.fold(out, input, &identity, combine)
    }

    fn fold(
        &mut self,
        out: &Variable,
        input: &UnaryOperator,
        identity: &str,
        combine: &str,
    ) -> Result<(), CompilationError> {
        let x = self.value(&input.input)?;
        let active = if self.masked {
            format!("{}[l]", self.mask())
        } else {
            "true".into()
        };
        self.line(format!("let mut p = [{identity}; 8];"));
        // With a multiple of eight lanes, the same folds in the same order
        // are written eight lanes at a time into `p[0..8]`: a loop LLVM
        // vectorizes (one vector operation per eight lanes), where
        // `p[l % 8]` stays scalar.
        let (lanes, slot, close) = if self.units.is_multiple_of(8) {
            (
                "for c in 0..UNITS / 8 { for j in 0..8 { let l = c * 8 + j;",
                "p[j]",
                "} }",
            )
        } else {
            ("for l in 0..UNITS {", "p[l % 8]", "}")
        };
        let step = combine.replace("{a}", slot).replace("{b}", &x);
        self.line(format!(
            "{lanes} if {active} {{ {slot} = {step}; }} {close}"
        ));
        let pair = |a: &str, b: &str| format!("({})", combine.replace("{a}", a).replace("{b}", b));
        let total = pair(
            &pair(&pair("p[0]", "p[1]"), &pair("p[2]", "p[3]")),
            &pair(&pair("p[4]", "p[5]"), &pair("p[6]", "p[7]")),
        );
        self.assign(out, total)
    }
}

fn zero(t: &str) -> String {
    format!("<{t}>::default()")
}

fn one(t: &str) -> String {
    if is_float(t) {
        format!("(1.0 as {t})")
    } else {
        format!("(1 as {t})")
    }
}
