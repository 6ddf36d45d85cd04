//! Per-unit local arrays that only constant indices reach, split into one
//! lane array per element.
//!
//! A per-unit array is otherwise one lane-minor stack array (see `ldl` in
//! `realm-cpu`): element `i` of every lane at `i * UNITS..`. LLVM keeps such
//! an array in memory, so an accumulator array (a matmul's per-token sums, a
//! prefill step's per-key dot products) is loaded and stored on every pass of
//! the loop that updates it: perf had those stores and the loads waiting on
//! them as the hottest instructions of attention. When every access is at a
//! constant index (loops over the array unrolled), element `i` becomes a
//! lane array of its own, `la{id}_{i}`, like any per-lane variable, which
//! LLVM promotes to vector registers.

use std::collections::HashSet;

use cubecl::ir::{ConstantValue, Operation, Operator, Variable, VariableKind};

use super::lower::{Block, Item, inputs};

/// The ids of the local arrays whose every access is an index at a constant
/// inside the array.
pub(super) fn constant_indexed(body: &Block) -> HashSet<u32> {
    let mut scan = Scan::default();
    scan.block(body);
    if scan.unknown {
        return HashSet::new();
    }
    scan.seen.difference(&scan.dynamic).copied().collect()
}

/// The element a constant index names, if `index` is one inside `length`.
pub(super) fn constant_index(index: &Variable, length: usize) -> Option<usize> {
    let i = match index.kind {
        VariableKind::Constant(ConstantValue::UInt(u)) => usize::try_from(u).ok()?,
        VariableKind::Constant(ConstantValue::Int(i)) => usize::try_from(i).ok()?,
        _ => return None,
    };
    (i < length).then_some(i)
}

#[derive(Default)]
struct Scan {
    /// Local arrays accessed anywhere.
    seen: HashSet<u32>,
    /// Local arrays accessed otherwise than at a constant index inside them.
    dynamic: HashSet<u32>,
    /// An operation whose inputs the IR cannot list: nothing is split.
    unknown: bool,
}

impl Scan {
    fn block(&mut self, block: &Block) {
        for item in &block.items {
            if let Item::Op(inst) = item {
                self.op(&inst.operation, inst.out.as_ref());
            }
            item.blocks().into_iter().for_each(|b| self.block(b));
        }
    }

    fn op(&mut self, operation: &Operation, out: Option<&Variable>) {
        let indexed = match operation {
            Operation::Operator(Operator::Index(i) | Operator::UncheckedIndex(i)) => {
                Some((i.list, i.index))
            }
            Operation::Operator(Operator::IndexAssign(i) | Operator::UncheckedIndexAssign(i)) => {
                out.map(|list| (*list, i.index))
            }
            _ => None,
        };
        if let Some((list, index)) = indexed
            && let VariableKind::LocalArray { id, length, .. } = list.kind
        {
            self.seen.insert(id);
            if constant_index(&index, length).is_none() {
                self.dynamic.insert(id);
            }
        }
        // Any other appearance (an array copied, its length read, an
        // operation the IR cannot list) keeps the array whole.
        let others = match inputs(operation) {
            Some(vars) => vars,
            None => {
                self.unknown = true;
                return;
            }
        };
        for var in others.iter().chain(out) {
            if let VariableKind::LocalArray { id, .. } = var.kind
                && indexed.is_none_or(|(list, _)| list.kind != var.kind)
            {
                self.seen.insert(id);
                self.dynamic.insert(id);
            }
        }
    }
}
