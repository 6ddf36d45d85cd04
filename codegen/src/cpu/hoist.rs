//! Bounds checks hoisted out of loops.
//!
//! A contiguous access in a lane loop is checked once per pass (`span`: its
//! first index plus the lanes within the array). In a kernel's innermost
//! loop those checks can outnumber the arithmetic: the block-major matmul
//! loads each token's activations with a check of its own, and perf had a
//! SmolLM2 prefill 30% faster with the checks removed. So before a uniform
//! counted loop, every access of its body that is sure to run on every pass
//! is checked once, for the largest index it can reach, and its per-pass
//! check is dropped. Uniform reads are treated alike (an element, or the
//! bytes of a subword read, checked against the array's bytes): a block's
//! scales, read once per block and row, had two checks per row and step in
//! the integer matvec, and hoisting them took it from 7.8 to 11 GiB/s.
//!
//! The largest index is found without trusting the kernel: the index is
//! rebuilt from its definitions, and the parts that depend on the loop's
//! counter or on the lane may only add, multiply, take minima or maxima, or
//! divide by a value fixed for the loop. Those never decrease as the counter
//! or the lane grows, so the index is largest on the last pass, in the last
//! lane. That largest value is computed exactly (in `u64`), and every one of
//! those parts must stay below 2^32 there: then the kernel's own wrapping
//! `u32` arithmetic is exact on every pass and lane, and no index exceeds the
//! checked one. Parts fixed for the loop are computed as the kernel computes
//! them (wrapping), so they are the same value inside the loop. Anything
//! else (a subtraction involving the counter, a value loaded from memory, a
//! loop whose body can break out) keeps the per-pass check.

use std::collections::{HashMap, HashSet};

use cubecl::ir::{Arithmetic, Builtin, Metadata, Operation, Operator, Variable, VariableKind};
use cubecl_runtime::compiler::CompilationError;

use super::compiler::Generator;
use super::lane_shape::{Shape, is_u32};
use super::lower::{Block, Item};
use super::subword::const_u64;

/// A part of an index: fixed for the loop (a `u32` expression, as the
/// kernel computes it), or growing with the counter or the lane (the name of
/// its largest value, exact, as a `u64`).
enum Part {
    Fixed(String),
    Growing(String),
}

impl Part {
    fn as_u64(&self) -> String {
        match self {
            Part::Fixed(e) => format!("(({e}) as u64)"),
            Part::Growing(name) => name.clone(),
        }
    }
}

/// The loop being hoisted out of, while its accesses are analysed.
struct Hoisting<'a> {
    counter: VariableKind,
    /// Counters of the constant loops nested in the body, and their last values.
    inner: HashMap<VariableKind, u64>,
    /// Mutable locals assigned in the loop's body, and single-assignment
    /// values defined there.
    assigned: &'a HashSet<VariableKind>,
    /// The check's statements, in order.
    lines: Vec<String>,
    next: usize,
}

impl Generator {
    /// Checks before a uniform counted loop (counter `i` from `start` while
    /// below `end`, or up to it if `inclusive`) the contiguous accesses of
    /// its body that every pass makes, and records them as checked. Returns
    /// them, for the caller to forget once the loop is emitted: an index
    /// defined before the loop may be read after it too, where the check
    /// (skipped when the loop makes no pass) does not cover it.
    pub(super) fn hoist_checks(
        &mut self,
        i: &Variable,
        start: &Variable,
        end: &Variable,
        step: Option<&Variable>,
        inclusive: bool,
        body: &Block,
    ) -> Result<Vec<(VariableKind, VariableKind)>, CompilationError> {
        if self.masked || !counted_by_one(i, step, body) {
            return Ok(Vec::new());
        }
        let mut assigned = HashSet::new();
        assigned_in(body, &mut assigned);
        if assigned.contains(&i.kind) || [start, end].iter().any(|v| assigned.contains(&v.kind)) {
            return Ok(Vec::new());
        }
        let (mut accesses, mut uniform) = (Vec::new(), Vec::new());
        let mut inner = HashMap::new();
        self.every_pass(body, &mut inner, &mut accesses, &mut uniform);
        let mut h = Hoisting {
            counter: i.kind,
            inner,
            assigned: &assigned,
            lines: Vec::new(),
            next: 0,
        };
        let mut checked = Vec::new();
        // Lane accesses (`bytes` 0: elements), then uniform ones (elements,
        // or `bytes` of a subword read from its byte index).
        let lane = accesses.into_iter().map(|(list, index)| (list, index, 0));
        for (list, index, bytes) in lane.chain(uniform) {
            let (VariableKind::GlobalInputArray(id) | VariableKind::GlobalOutputArray(id)) =
                list.kind
            else {
                continue;
            };
            let shaped = if self.u.varies(&index) {
                matches!(self.u.shape(&index), Some(Shape::Affine { .. }))
            } else {
                true
            };
            if self.prechecked.contains(&(list.kind, index.kind)) || !shaped {
                continue;
            }
            let mark = h.lines.len();
            match self.largest(&index, &mut h) {
                Some(top) => {
                    let top = top.as_u64();
                    h.lines.push(if bytes == 0 {
                        format!("hoisted_check(fits, {top}, g{id}_len);")
                    } else {
                        format!("hoisted_check(fits, {top} + {}, g{id}_len * 4);", bytes - 1)
                    });
                    checked.push((list.kind, index.kind));
                }
                None => h.lines.truncate(mark),
            }
        }
        if checked.is_empty() {
            return Ok(checked);
        }
        let (start, end) = (self.value(start)?, self.value(end)?);
        let (runs, last) = if inclusive {
            (format!("{start} <= {end}"), end.to_string())
        } else {
            (format!("{start} < {end}"), format!("{end} - 1"))
        };
        self.line(format!("if {runs} {{"));
        self.line(format!("    let hv: u64 = ({last}) as u64;"));
        self.line("    let mut fits = true;");
        for line in h.lines {
            self.line(format!("    {line}"));
        }
        self.line("}");
        self.prechecked.extend(checked.iter().copied());
        Ok(checked)
    }

    /// The accesses of global arrays that `block` makes on every pass: in
    /// its own instructions, and in loops nested in it with constant bounds
    /// (which run every time), whose counters and last values go to
    /// `inner`. Lane accesses go to `lanes` as (array, index); uniform reads
    /// to `uniform`, as `(array, index, 0)` for an element or
    /// `(array, byte index, bytes)` for a subword read (in the matvecs'
    /// innermost loops, each block's scales are such reads, a check each).
    fn every_pass(
        &self,
        block: &Block,
        inner: &mut HashMap<VariableKind, u64>,
        lanes: &mut Vec<(Variable, Variable)>,
        uniform: &mut Vec<(Variable, Variable, u32)>,
    ) {
        for item in &block.items {
            match item {
                Item::Op(inst) => match &inst.operation {
                    Operation::Operator(
                        Operator::IndexAssign(a) | Operator::UncheckedIndexAssign(a),
                    ) => lanes.extend(inst.out.map(|list| (list, a.index))),
                    op => self.read_every_pass(inst.out, op, lanes, uniform),
                },
                Item::Range {
                    i,
                    start,
                    end,
                    step,
                    inclusive,
                    body,
                    ..
                } => {
                    if let Some(last) = constant_last(start, end, *inclusive)
                        && counted_by_one(i, step.as_ref(), body)
                    {
                        inner.insert(i.kind, last);
                        self.every_pass(body, inner, lanes, uniform);
                    }
                }
                // Branches need not run; other loops may run no pass.
                _ => {}
            }
        }
    }

    /// [`Self::every_pass`] of one instruction that is not a store.
    fn read_every_pass(
        &self,
        out: Option<Variable>,
        op: &Operation,
        lanes: &mut Vec<(Variable, Variable)>,
        uniform: &mut Vec<(Variable, Variable, u32)>,
    ) {
        let Some(o) = out else { return };
        let index = match op {
            Operation::Operator(Operator::Index(a) | Operator::UncheckedIndex(a)) => Some(a),
            _ => None,
        };
        if self.u.varies(&o) {
            lanes.extend(index.map(|a| (a.list, a.index)));
            return;
        }
        let VariableKind::LocalConst { id } = o.kind else {
            return;
        };
        if self.subwords.dead.contains(&id) {
            return;
        }
        if let Some(read) = self.subwords.reads.get(&id) {
            if !self.u.varies(&read.byte) {
                uniform.push((read.list, read.byte, read.bytes));
            }
        } else if let Some(a) = index {
            uniform.push((a.list, a.index, 0));
        }
    }

    /// The largest value of `var` over the loop's passes and the lanes, or
    /// `None` if it cannot be bounded that way (see the module docs).
    fn largest(&mut self, var: &Variable, h: &mut Hoisting) -> Option<Part> {
        if !is_u32(var.ty) {
            return None;
        }
        let one_dimensional = self.dim[0] as usize == self.units;
        match var.kind {
            VariableKind::Builtin(Builtin::UnitPos) => Some(Part::Growing(h.grow(self.units - 1))),
            VariableKind::Builtin(Builtin::UnitPosX) if one_dimensional => {
                Some(Part::Growing(h.grow(self.units - 1)))
            }
            // Constants, arguments, the cube's place in the grid, and the
            // grid's and cube's sizes.
            VariableKind::Constant(_)
            | VariableKind::GlobalScalar(_)
            | VariableKind::Builtin(
                Builtin::CubePosX
                | Builtin::CubePosY
                | Builtin::CubePosZ
                | Builtin::CubePos
                | Builtin::CubeCountX
                | Builtin::CubeCountY
                | Builtin::CubeCountZ
                | Builtin::CubeCount
                | Builtin::CubeDimX
                | Builtin::CubeDimY
                | Builtin::CubeDimZ
                | Builtin::CubeDim
                | Builtin::PlaneDim,
            ) => Some(Part::Fixed(self.value(var).ok()?)),
            VariableKind::LocalMut { .. } if var.kind == h.counter => {
                Some(Part::Growing("hv".into()))
            }
            VariableKind::LocalMut { .. } if h.inner.contains_key(&var.kind) => {
                Some(Part::Growing(h.grow(h.inner[&var.kind] as usize)))
            }
            VariableKind::LocalMut { .. } => {
                let fixed = !h.assigned.contains(&var.kind) && !self.u.varies(var);
                fixed
                    .then(|| self.value(var).ok())
                    .flatten()
                    .map(Part::Fixed)
            }
            // Defined before the loop (so in scope at its head) and uniform:
            // read as it is.
            VariableKind::LocalConst { .. }
                if !h.assigned.contains(&var.kind) && !self.u.varies(var) =>
            {
                Some(Part::Fixed(self.value(var).ok()?))
            }
            // Defined in the body: rebuilt from its definition.
            VariableKind::LocalConst { .. } => {
                let op = self.defs.def(var)?.clone();
                self.largest_of(&op, h)
            }
            _ => None,
        }
    }

    fn largest_of(&mut self, op: &Operation, h: &mut Hoisting) -> Option<Part> {
        use Arithmetic::*;
        let Operation::Arithmetic(a) = op else {
            return match op {
                Operation::Copy(v) => self.largest(v, h),
                Operation::Operator(Operator::Cast(c)) => self.largest(&c.input, h),
                Operation::Metadata(Metadata::Length { var } | Metadata::BufferLength { var }) => {
                    match var.kind {
                        VariableKind::GlobalInputArray(id)
                        | VariableKind::GlobalOutputArray(id) => {
                            Some(Part::Fixed(format!("(g{id}_len as u32)")))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
        };
        let (b, fixed, growing) = match a {
            Add(b) => (b, "({a}).wrapping_add({b})", "{a}.wrapping_add({b})"),
            Mul(b) => (b, "({a}).wrapping_mul({b})", "{a}.wrapping_mul({b})"),
            Min(b) => (b, "({a}).min({b})", "{a}.min({b})"),
            Max(b) => (b, "({a}).max({b})", "{a}.max({b})"),
            // Growing only in the dividend (checked below).
            Div(b) => (b, "div({a}, {b})", "div({a}, {b})"),
            Sub(b) => (b, "({a}).wrapping_sub({b})", ""),
            Remainder(b) | Modulo(b) => (b, "rem({a}, {b})", ""),
            _ => return None,
        };
        let (lhs, rhs) = (self.largest(&b.lhs, h)?, self.largest(&b.rhs, h)?);
        match (&lhs, &rhs) {
            (Part::Fixed(x), Part::Fixed(y)) => {
                Some(Part::Fixed(fixed.replace("{a}", x).replace("{b}", y)))
            }
            // A growing divisor or subtrahend makes the value shrink.
            (_, Part::Growing(_)) if matches!(a, Div(_)) => None,
            _ if growing.is_empty() => None,
            _ => {
                let e = growing
                    .replace("{a}", &lhs.as_u64())
                    .replace("{b}", &rhs.as_u64());
                let name = h.name();
                h.lines.push(format!("let {name}: u64 = {e};"));
                h.lines.push(format!("fits &= {name} <= u32::MAX as u64;"));
                Some(Part::Growing(name))
            }
        }
    }
}

impl Hoisting<'_> {
    fn name(&mut self) -> String {
        self.next += 1;
        format!("h{}", self.next)
    }

    /// A growing part whose largest value is the constant `top`.
    fn grow(&mut self, top: usize) -> String {
        let name = self.name();
        self.lines.push(format!("let {name}: u64 = {top};"));
        name
    }
}

/// The counter's last value in a loop with constant bounds that makes at
/// least one pass.
fn constant_last(start: &Variable, end: &Variable, inclusive: bool) -> Option<u64> {
    match (const_u64(start), const_u64(end)) {
        (Some(s), Some(e)) if inclusive && s <= e => Some(e),
        (Some(s), Some(e)) if !inclusive && s < e => Some(e - 1),
        _ => None,
    }
}

/// Whether a loop counting `i` by `step` is one the checks can be hoisted
/// out of: a `u32` counter stepping by one, through a body that cannot leave
/// before a pass ends (then a later access need not run on every pass).
fn counted_by_one(i: &Variable, step: Option<&Variable>, body: &Block) -> bool {
    step.is_none_or(|s| const_u64(s) == Some(1)) && is_u32(i.ty) && !leaves_early(body)
}

/// Whether `block` can leave its loop (or the kernel) early.
fn leaves_early(block: &Block) -> bool {
    block.items.iter().any(|item| match item {
        Item::Break | Item::Return => true,
        // A nested loop's break leaves that loop; a return leaves everything.
        Item::Loop { body, .. } | Item::Range { body, .. } => returns(body),
        _ => item.blocks().into_iter().any(leaves_early),
    })
}

fn returns(block: &Block) -> bool {
    block
        .items
        .iter()
        .any(|item| matches!(item, Item::Return) || item.blocks().into_iter().any(returns))
}

/// The mutable locals `block` assigns and the single-assignment values it
/// defines, at any depth (a nested loop's counter included).
fn assigned_in(block: &Block, out: &mut HashSet<VariableKind>) {
    for item in &block.items {
        match item {
            Item::Op(inst) => out.extend(inst.out.map(|o| o.kind).filter(|k| {
                matches!(
                    k,
                    VariableKind::LocalMut { .. } | VariableKind::LocalConst { .. }
                )
            })),
            Item::Range { i, .. } => {
                out.insert(i.kind);
            }
            _ => {}
        }
        item.blocks().into_iter().for_each(|b| assigned_in(b, out));
    }
}
