//! Control flow in lockstep: uniform branches and loops stay plain Rust,
//! divergent ones narrow a lane mask.
//!
//! Outside any divergence every lane is active (`m0`), so the emitter needs
//! no mask at all. A branch on a varying condition runs its body under a new
//! mask `parent && cond`, skipped when no lane has it. A divergent loop keeps
//! a mask of the lanes still iterating; `break` clears the breaking lanes
//! from every mask up to the loop's, `return` up to `m0`.

use cubecl::ir::{Variable, VariableKind};
use cubecl_runtime::compiler::CompilationError;

use super::compiler::{Generator, generic, rust_type, unsupported};
use super::lower::{Block, Item};

impl Generator {
    pub(super) fn block(&mut self, block: &Block) -> Result<(), CompilationError> {
        for (array, values) in &block.const_arrays {
            let VariableKind::ConstantArray { id, length, .. } = array.kind else {
                continue;
            };
            let t = rust_type(array.ty)?;
            let items: Result<Vec<String>, _> = values.iter().map(|v| self.constant(v)).collect();
            self.line(format!(
                "const CA{id}: [{t}; {length}] = [{}];",
                items?.join(", ")
            ));
        }
        for var in &block.locals {
            let VariableKind::LocalMut { id } = var.kind else {
                continue;
            };
            let t = rust_type(var.ty)?;
            if self.u.varies(var) {
                self.line(format!("let mut v{id} = [<{t}>::default(); UNITS];"));
            } else {
                self.line(format!("let mut v{id}: {t} = <{t}>::default();"));
            }
        }
        // After a break or return that only some lanes took, the rest of the
        // block runs masked (the analysis made sure it is already).
        for item in &block.items {
            self.item(item)?;
        }
        Ok(())
    }

    fn item(&mut self, item: &Item) -> Result<(), CompilationError> {
        if !matches!(item, Item::Op(_)) {
            // Control flow reads lane values through their arrays: the open
            // lane loop ends here.
            self.flush();
        }
        match item {
            Item::Op(inst) => self.instruction((**inst).clone()),
            Item::If { cond, then } => self.branch(cond, then, None),
            Item::IfElse {
                cond,
                then,
                otherwise,
            } => self.branch(cond, then, Some(otherwise)),
            Item::Switch {
                value,
                cases,
                default,
            } => self.switch(value, cases, default),
            Item::Loop { id, body } => self.plain_loop(*id, body),
            Item::Range {
                id,
                i,
                start,
                end,
                step,
                inclusive,
                body,
            } => self.range_loop(*id, i, start, end, step.as_ref(), *inclusive, body),
            Item::Break => self.break_loop(),
            Item::Return => {
                if self.u.masked_kernel {
                    self.clear_lanes_up_to(0);
                } else {
                    self.line("return;");
                }
                Ok(())
            }
        }
    }

    fn branch(
        &mut self,
        cond: &Variable,
        then: &Block,
        otherwise: Option<&Block>,
    ) -> Result<(), CompilationError> {
        let c = self.value(cond)?;
        if !self.u.varies(cond) {
            self.line(format!("if {c} {{"));
            self.nested(then)?;
            if let Some(otherwise) = otherwise {
                self.line("} else {");
                self.nested(otherwise)?;
            }
            self.line("}");
            return Ok(());
        }
        // The condition is read once, before either side may change it.
        let held = self.new_mask();
        self.line(format!("let mut {held} = [false; UNITS];"));
        self.line(format!("for l in 0..UNITS {{ {held}[l] = {c}; }}"));
        if otherwise.is_none() && !self.masked && !exits(then) {
            // Where every lane takes the branch (an elementwise kernel's
            // `i < len`, false only in the last cube), the body runs as
            // unmasked code: contiguous accesses become checked spans and
            // the lane loops vectorize. Per-lane checked loads had kept
            // LLVM from vectorizing GeGLU's tanh (5% of a Gemma 3 prefill).
            self.line(format!("if {held}.iter().all(|&x| x) {{"));
            self.nested(then)?;
            self.line("} else {");
            self.depth += 1;
            self.masked_scope(Some(format!("{held}[l]")), then)?;
            self.depth -= 1;
            self.line("}");
            return Ok(());
        }
        self.masked_scope(Some(format!("{held}[l]")), then)?;
        if let Some(otherwise) = otherwise {
            self.masked_scope(Some(format!("!{held}[l]")), otherwise)?;
        }
        Ok(())
    }

    fn switch(
        &mut self,
        value: &Variable,
        cases: &[(Variable, Block)],
        default: &Block,
    ) -> Result<(), CompilationError> {
        let v = self.value(value)?;
        if !self.u.varies(value) {
            for (n, (case, body)) in cases.iter().enumerate() {
                let c = self.constant(case)?;
                let keyword = if n == 0 { "if" } else { "} else if" };
                self.line(format!("{keyword} {v} == {c} {{"));
                self.nested(body)?;
            }
            if cases.is_empty() {
                self.line("{");
            } else {
                self.line("} else {");
            }
            self.nested(default)?;
            self.line("}");
            return Ok(());
        }
        let held = self.new_mask();
        self.line(format!(
            "let {held}: Vec<_> = (0..UNITS).map(|l| {v}).collect();"
        ));
        let mut seen = Vec::new();
        for (case, body) in cases {
            let c = self.constant(case)?;
            seen.push(format!("{held}[l] != {c}"));
            self.masked_scope(Some(format!("{held}[l] == {c}")), body)?;
        }
        let none = if seen.is_empty() {
            "true".to_string()
        } else {
            seen.join(" && ")
        };
        self.masked_scope(Some(none), default)
    }

    /// A body one level deeper, in the same mode under the same mask.
    fn nested(&mut self, body: &Block) -> Result<(), CompilationError> {
        self.depth += 1;
        self.block(body)?;
        self.depth -= 1;
        Ok(())
    }

    /// Runs `body` masked under a fresh mask `m = parent && cond`, if any lane has it.
    fn masked_scope(&mut self, cond: Option<String>, body: &Block) -> Result<(), CompilationError> {
        let parent = self.mask().to_string();
        let m = self.new_mask();
        match cond {
            Some(c) => {
                self.line(format!("let mut {m} = [false; UNITS];"));
                self.line(format!(
                    "for l in 0..UNITS {{ {m}[l] = {parent}[l] && {c}; }}"
                ));
            }
            None => self.line(format!("let mut {m} = {parent};")),
        }
        self.line(format!("if {m}.iter().any(|&x| x) {{"));
        self.with_mask(m, false, body)?;
        self.line("}");
        Ok(())
    }

    /// `body`, one level deeper, masked by `m` (a loop's mask if `is_loop`).
    fn with_mask(
        &mut self,
        m: String,
        is_loop: bool,
        body: &Block,
    ) -> Result<(), CompilationError> {
        let was_masked = std::mem::replace(&mut self.masked, true);
        self.depth += 1;
        self.masks.push(m);
        if is_loop {
            self.loops.push(Some(self.masks.len() - 1));
        }
        self.block(body)?;
        if is_loop {
            self.loops.pop();
        }
        self.masks.pop();
        self.depth -= 1;
        self.masked = was_masked;
        Ok(())
    }

    fn plain_loop(&mut self, id: usize, body: &Block) -> Result<(), CompilationError> {
        if !self.u.loop_diverges(id) {
            self.line("loop {");
            self.loops.push(None);
            self.nested(body)?;
            self.loops.pop();
            self.line("}");
            return Ok(());
        }
        let parent = self.mask().to_string();
        let m = self.new_mask();
        self.line(format!("let mut {m} = {parent};"));
        self.line("loop {");
        self.line(format!("    if !{m}.iter().any(|&x| x) {{ break; }}"));
        self.with_mask(m, true, body)?;
        self.line("}");
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn range_loop(
        &mut self,
        id: usize,
        i: &Variable,
        start: &Variable,
        end: &Variable,
        step: Option<&Variable>,
        inclusive: bool,
        body: &Block,
    ) -> Result<(), CompilationError> {
        let VariableKind::LocalMut { id: var } = i.kind else {
            return Err(unsupported(i.kind));
        };
        let t = rust_type(i.ty)?;
        let cmp = if inclusive { "<=" } else { "<" };
        let unroll = match self.u.loop_diverges(id) {
            false => unrolled_trips(start, end, step, inclusive, body),
            true => None,
        };
        let (start_var, step_var) = (start, step);
        let start = self.value(start)?;
        let step = match step {
            Some(s) => self.value(s)?,
            None => format!("(1 as {t})"),
        };
        if let Some(trips) = unroll {
            // Each copy sees its counter as a constant once LLVM propagates
            // it: a block walked 16 lanes at a time then shifts its nibbles
            // by a constant, not a variable (see `UNROLL_TRIPS`).
            self.line(format!("let mut v{var}: {t} = {start};"));
            for _ in 0..trips {
                self.line("{");
                self.nested(body)?;
                self.line("}");
                self.line(format!("v{var} = v{var}.wrapping_add({step});"));
            }
            return Ok(());
        }
        if !self.u.loop_diverges(id) {
            let checked = self.hoist_checks(i, start_var, end, step_var, inclusive, body)?;
            self.line(format!("let mut v{var}: {t} = {start};"));
            self.line("loop {");
            let end = self.value(end)?;
            self.line(format!("    if !(v{var} {cmp} {end}) {{ break; }}"));
            self.loops.push(None);
            self.nested(body)?;
            self.loops.pop();
            self.line(format!("    v{var} = v{var}.wrapping_add({step});"));
            self.line("}");
            for access in checked {
                self.prechecked.remove(&access);
            }
            return Ok(());
        }
        let parent = self.mask().to_string();
        self.line(format!("let mut v{var} = [<{t}>::default(); UNITS];"));
        self.line(format!(
            "for l in 0..UNITS {{ if {parent}[l] {{ v{var}[l] = {start}; }} }}"
        ));
        let m = self.new_mask();
        self.line(format!("let mut {m} = {parent};"));
        self.line("loop {");
        let end = self.value(end)?;
        self.line(format!(
            "    for l in 0..UNITS {{ if {m}[l] && !(v{var}[l] {cmp} {end}) {{ {m}[l] = false; }} }}"
        ));
        self.line(format!("    if !{m}.iter().any(|&x| x) {{ break; }}"));
        self.with_mask(m.clone(), true, body)?;
        self.line(format!(
            "    for l in 0..UNITS {{ if {m}[l] {{ v{var}[l] = v{var}[l].wrapping_add({step}); }} }}"
        ));
        self.line("}");
        Ok(())
    }

    fn break_loop(&mut self) -> Result<(), CompilationError> {
        match self.loops.last() {
            None => Err(generic("break outside a loop".into())),
            Some(None) => {
                self.line("break;");
                Ok(())
            }
            Some(Some(outer)) => {
                let outer = *outer;
                self.clear_lanes_up_to(outer);
                Ok(())
            }
        }
    }

    /// Clears the lanes of the current mask from every mask down to index
    /// `outer` (a loop's mask for `break`; `m0` for `return`).
    fn clear_lanes_up_to(&mut self, outer: usize) {
        let current = self.mask().to_string();
        let chain: Vec<String> = self.masks[outer..].to_vec();
        self.line(format!("let stop = {current};"));
        let clears: String = chain.iter().map(|m| format!("{m}[l] = false; ")).collect();
        self.line(format!("for l in 0..UNITS {{ if stop[l] {{ {clears}}} }}"));
    }
}

/// Uniform loops of constant bounds and at most this many trips are unrolled.
const UNROLL_TRIPS: u64 = 4;

/// The trip count of a loop from `start` to `end` that is short enough to
/// unroll, with constant bounds, a step of 1 and no `break` of its own.
fn unrolled_trips(
    start: &Variable,
    end: &Variable,
    step: Option<&Variable>,
    inclusive: bool,
    body: &Block,
) -> Option<u64> {
    let constant = |v: &Variable| match v.kind {
        VariableKind::Constant(c) => Some(c.as_i64()),
        _ => None,
    };
    if step.is_some_and(|s| constant(s) != Some(1)) || breaks(body) {
        return None;
    }
    let (start, end) = (constant(start)?, constant(end)? + inclusive as i64);
    let trips = u64::try_from(end - start).ok()?;
    (trips <= UNROLL_TRIPS).then_some(trips)
}

/// Whether `block` holds a `break` or a `return`, at any depth: a body
/// emitted twice (see [`Generator::branch`]) must not change the masks
/// that enclose it.
fn exits(block: &Block) -> bool {
    block.items.iter().any(|item| {
        matches!(item, Item::Break | Item::Return) || item.blocks().into_iter().any(exits)
    })
}

/// Whether `block` has a `break` of the loop around it (or a `return`).
fn breaks(block: &Block) -> bool {
    block.items.iter().any(|item| match item {
        Item::Break | Item::Return => true,
        Item::If { then, .. } => breaks(then),
        Item::IfElse {
            then, otherwise, ..
        } => breaks(then) || breaks(otherwise),
        Item::Switch { cases, default, .. } => {
            breaks(default) || cases.iter().any(|(_, case)| breaks(case))
        }
        // A nested loop's breaks are its own.
        Item::Loop { .. } | Item::Range { .. } | Item::Op(_) => false,
    })
}
