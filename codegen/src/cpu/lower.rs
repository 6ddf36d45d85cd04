//! cubecl's kernel IR as a tree the CPU compiler can walk twice.
//!
//! `Scope::process` drains a scope, and branches hold their scopes inside
//! instructions, so the IR cannot be read once for analysis and again for
//! emission. Lowering processes every scope once, recursively, into a
//! [`Block`] of [`Item`]s: plain instructions and structured control flow.
//! Loops are numbered so the uniformity analysis can label them.

use cubecl::ir::{
    Branch, Instruction, Metadata, Operation, OperationReflect, Operator, Scope, Variable,
    VariableKind,
};

/// A scope: its constant arrays, its mutable locals and its items, in order.
pub struct Block {
    pub const_arrays: Vec<(Variable, Vec<Variable>)>,
    /// The `LocalMut` variables the scope declares.
    pub locals: Vec<Variable>,
    pub items: Vec<Item>,
}

pub enum Item {
    /// Any instruction that is not control flow (boxed: it is far larger
    /// than the other items).
    Op(Box<Instruction>),
    If {
        cond: Variable,
        then: Block,
    },
    IfElse {
        cond: Variable,
        then: Block,
        otherwise: Block,
    },
    Switch {
        value: Variable,
        cases: Vec<(Variable, Block)>,
        default: Block,
    },
    Loop {
        id: usize,
        body: Block,
    },
    Range {
        id: usize,
        i: Variable,
        start: Variable,
        end: Variable,
        step: Option<Variable>,
        inclusive: bool,
        body: Block,
    },
    Break,
    Return,
}

impl Item {
    /// The blocks nested directly in this item: a branch's arms, a loop's body.
    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            Item::If { then, .. } => vec![then],
            Item::IfElse {
                then, otherwise, ..
            } => vec![then, otherwise],
            Item::Switch { cases, default, .. } => {
                cases.iter().map(|(_, b)| b).chain([default]).collect()
            }
            Item::Loop { body, .. } | Item::Range { body, .. } => vec![body],
            Item::Op(_) | Item::Break | Item::Return => Vec::new(),
        }
    }
}

/// Lowers a kernel's body.
pub fn lower(scope: &mut Scope) -> Block {
    let mut loops = 0;
    lower_scope(scope, &mut loops)
}

fn lower_scope(scope: &mut Scope, loops: &mut usize) -> Block {
    let const_arrays = scope
        .const_arrays
        .iter()
        .map(|(array, values)| (*array, values.clone()))
        .collect();
    let mut processed = scope.process([]);
    // cubecl pools variables in a HashMap: sort, so that output is reproducible.
    processed.variables.sort_by_key(|v| format!("{:?}", v.kind));
    let locals = processed
        .variables
        .into_iter()
        .filter(|v| matches!(v.kind, VariableKind::LocalMut { .. }))
        .collect();
    let items = processed
        .instructions
        .into_iter()
        .filter_map(|inst| lower_instruction(inst, loops))
        .collect();
    Block {
        const_arrays,
        locals,
        items,
    }
}

fn lower_instruction(inst: Instruction, loops: &mut usize) -> Option<Item> {
    let Operation::Branch(branch) = inst.operation else {
        return Some(Item::Op(Box::new(inst)));
    };
    Some(match branch {
        Branch::If(mut b) => Item::If {
            cond: b.cond,
            then: lower_scope(&mut b.scope, loops),
        },
        Branch::IfElse(mut b) => Item::IfElse {
            cond: b.cond,
            then: lower_scope(&mut b.scope_if, loops),
            otherwise: lower_scope(&mut b.scope_else, loops),
        },
        Branch::Switch(mut s) => Item::Switch {
            value: s.value,
            cases: s
                .cases
                .iter_mut()
                .map(|(case, scope)| (*case, lower_scope(scope, loops)))
                .collect(),
            default: lower_scope(&mut s.scope_default, loops),
        },
        Branch::Loop(mut b) => {
            *loops += 1;
            let id = *loops;
            Item::Loop {
                id,
                body: lower_scope(&mut b.scope, loops),
            }
        }
        Branch::RangeLoop(mut r) => {
            *loops += 1;
            let id = *loops;
            Item::Range {
                id,
                i: r.i,
                start: r.start,
                end: r.end,
                step: r.step,
                inclusive: r.inclusive,
                body: lower_scope(&mut r.scope, loops),
            }
        }
        Branch::Break => Item::Break,
        Branch::Return => Item::Return,
        Branch::Unreachable => return None,
    })
}

/// The values an operation reads (an array's length reads no value), or
/// `None` if it cannot say.
pub fn inputs(op: &Operation) -> Option<Vec<Variable>> {
    Some(match op {
        Operation::Copy(v) => vec![*v],
        Operation::Operator(Operator::Index(i) | Operator::UncheckedIndex(i)) => {
            vec![i.list, i.index]
        }
        Operation::Operator(Operator::IndexAssign(i) | Operator::UncheckedIndexAssign(i)) => {
            vec![i.index, i.value]
        }
        Operation::Operator(Operator::Select(s)) => vec![s.cond, s.then, s.or_else],
        Operation::Metadata(Metadata::Length { .. } | Metadata::BufferLength { .. }) => vec![],
        Operation::Synchronization(_) | Operation::NonSemantic(_) | Operation::Marker(_) => {
            vec![]
        }
        other => other.args()?,
    })
}
