//! Uniformity analysis: which values are the same in every unit of a cube.
//!
//! The CPU compiler runs a cube's units as lanes in lockstep. A value that
//! cannot differ between lanes (a kernel argument, the cube's position, a
//! load from a uniform address, arithmetic on such values) is computed once,
//! as a scalar, instead of once per lane; control flow on uniform conditions
//! stays ordinary Rust control flow. Only what depends on the unit's position,
//! directly or through divergent control flow, becomes per-lane and masked.
//!
//! The rules, iterated to a fixpoint:
//! - A unit-position builtin, and anything read from a per-unit local array,
//!   varies.
//! - An instruction's result varies when one of its inputs does.
//! - A mutable local assigned where lanes may have diverged varies (lanes
//!   that skipped the assignment keep the old value). A single-assignment
//!   local does not: every lane that computes it computes the same value.
//! - A loop is divergent when its bounds vary or when a `break` is reached
//!   under a varying condition (lanes leave at different iterations); its
//!   body then runs masked, and its counter varies.
//! - A `return` under divergence makes the whole kernel run masked.

use std::collections::{HashMap, HashSet};

use cubecl::ir::{Builtin, Operation, Plane, Variable, VariableKind};

use super::lane_shape::Shape;
use super::lower::{Block, Item, inputs};

/// What the analysis found, for the emitter.
#[derive(Debug, Default)]
pub struct Uniformity {
    varying: HashSet<VariableKind>,
    divergent_loops: HashSet<usize>,
    /// A `return` diverges: every lane carries a mask from the start.
    pub masked_kernel: bool,
    loop_stack: Vec<usize>,
    /// Lane-affine (and lane-offset) single-assignment values
    /// ([`super::lane_shape`]).
    pub(super) affine: HashMap<VariableKind, Shape>,
    /// Known power-of-two factors of uniform single-assignment values.
    pub(super) align: HashMap<VariableKind, u32>,
    /// Upper bounds of integer values known to lie in `0..=bound`
    /// ([`super::lane_shape`]): what lets a signed index divide like an
    /// unsigned one.
    pub(super) bound: HashMap<VariableKind, u64>,
    pub(super) units: u32,
    pub(super) dim_x: u32,
}

impl Uniformity {
    /// The analysis of a kernel body run by cubes of `dim` units.
    pub fn of(body: &Block, dim: [u32; 3]) -> Uniformity {
        let mut u = Uniformity {
            units: dim[0] * dim[1] * dim[2],
            dim_x: dim[0],
            ..Uniformity::default()
        };
        loop {
            let before = (u.varying.len(), u.divergent_loops.len(), u.masked_kernel);
            let masked = u.masked_kernel;
            // Shapes are facts of this pass's varying set: found afresh.
            u.affine.clear();
            u.align.clear();
            u.bound.clear();
            u.block(body, masked, masked);
            if before == (u.varying.len(), u.divergent_loops.len(), u.masked_kernel) {
                return u;
            }
        }
    }

    /// Whether `var` may differ between the lanes of a cube.
    pub fn varies(&self, var: &Variable) -> bool {
        match var.kind {
            VariableKind::LocalConst { .. } | VariableKind::LocalMut { .. } => {
                self.varying.contains(&var.kind)
            }
            VariableKind::LocalArray { .. } => true,
            VariableKind::Builtin(b) => matches!(
                b,
                Builtin::UnitPos
                    | Builtin::UnitPosX
                    | Builtin::UnitPosY
                    | Builtin::UnitPosZ
                    | Builtin::AbsolutePos
                    | Builtin::AbsolutePosX
                    | Builtin::AbsolutePosY
                    | Builtin::AbsolutePosZ
                    | Builtin::UnitPosPlane
            ),
            _ => false,
        }
    }

    /// Whether loop `id` runs with a per-lane mask.
    pub fn loop_diverges(&self, id: usize) -> bool {
        self.divergent_loops.contains(&id)
    }

    /// Walks `block`; `div` says lanes may have diverged (the emitter's masked
    /// mode), `rel` that they may have since the innermost loop began.
    /// Returns whether lanes diverged during the block (a break or return
    /// taken by some lanes only).
    fn block(&mut self, block: &Block, mut div: bool, mut rel: bool) -> bool {
        let mut diverged = false;
        for item in &block.items {
            if self.item(item, div, rel) {
                (div, rel, diverged) = (true, true, true);
            }
        }
        diverged
    }

    fn item(&mut self, item: &Item, div: bool, rel: bool) -> bool {
        match item {
            Item::Op(inst) => {
                if let Some(out) = inst.out
                    && matches!(
                        out.kind,
                        VariableKind::LocalConst { .. } | VariableKind::LocalMut { .. }
                    )
                {
                    let assigned_under_divergence =
                        div && matches!(out.kind, VariableKind::LocalMut { .. });
                    // A plane reduction gives every lane the same value (the
                    // cube is one plane on the CPU).
                    let reduction = matches!(
                        inst.operation,
                        Operation::Plane(
                            Plane::Sum(_)
                                | Plane::Prod(_)
                                | Plane::Max(_)
                                | Plane::Min(_)
                                | Plane::All(_)
                                | Plane::Any(_)
                        )
                    ) || matches!(&inst.operation, Operation::Plane(Plane::Broadcast(b)) if !self.varies(&b.rhs));
                    let shape = match out.kind {
                        VariableKind::LocalConst { .. } => self.result_shape(&inst.operation, &out),
                        _ => None,
                    };
                    if let VariableKind::LocalConst { .. } = out.kind
                        && let Some(b) = self.result_bound(&inst.operation, &out)
                    {
                        self.bound.insert(out.kind, b);
                    }
                    match shape {
                        Some(s @ (Shape::Affine { .. } | Shape::Offset { .. })) => {
                            self.affine.insert(out.kind, s);
                        }
                        Some(Shape::Uniform { align }) => {
                            self.align.insert(out.kind, align);
                        }
                        None => {}
                    }
                    // A lane-affine index divided into its base's part is uniform.
                    let divided = matches!(shape, Some(Shape::Uniform { .. }))
                        && self.inputs_vary(&inst.operation);
                    let inputs_vary = !reduction && !divided && self.inputs_vary(&inst.operation);
                    if assigned_under_divergence || inputs_vary {
                        self.varying.insert(out.kind);
                    }
                }
                false
            }
            Item::If { cond, then } => {
                let v = self.varies(cond);
                self.block(then, div || v, rel || v)
            }
            Item::IfElse {
                cond,
                then,
                otherwise,
            } => {
                let v = self.varies(cond);
                let a = self.block(then, div || v, rel || v);
                let b = self.block(otherwise, div || v, rel || v);
                a || b
            }
            Item::Switch {
                value,
                cases,
                default,
            } => {
                let v = self.varies(value);
                let mut diverged = self.block(default, div || v, rel || v);
                for (_, case) in cases {
                    diverged |= self.block(case, div || v, rel || v);
                }
                diverged
            }
            Item::Loop { id, body } => {
                self.walk_loop(*id, body, div);
                false
            }
            Item::Range {
                id,
                i,
                start,
                end,
                step,
                inclusive,
                body,
            } => {
                let bounds_vary = self.varies(start)
                    || self.varies(end)
                    || step.as_ref().is_some_and(|s| self.varies(s));
                if bounds_vary {
                    self.divergent_loops.insert(*id);
                }
                if let Some(last) = self.counter_bound(start, end, step.as_ref(), *inclusive) {
                    self.bound.insert(i.kind, last);
                }
                self.walk_loop(*id, body, div);
                if self.loop_diverges(*id) {
                    self.varying.insert(i.kind);
                }
                false
            }
            Item::Break => {
                if rel && let Some(&id) = self.loop_stack.last() {
                    self.divergent_loops.insert(id);
                }
                rel
            }
            Item::Return => {
                if div {
                    self.masked_kernel = true;
                }
                div
            }
        }
    }

    fn walk_loop(&mut self, id: usize, body: &Block, div: bool) {
        let d = self.loop_diverges(id);
        self.loop_stack.push(id);
        self.block(body, div || d, d);
        self.loop_stack.pop();
    }

    fn inputs_vary(&self, op: &Operation) -> bool {
        match inputs(op) {
            Some(inputs) => inputs.iter().any(|v| self.varies(v)),
            // Inputs it cannot list: assume the worst.
            None => true,
        }
    }
}
