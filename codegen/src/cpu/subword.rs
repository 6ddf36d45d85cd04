//! Sub-word reads: a byte (or two) taken out of a `u32` word is read as
//! bytes on the CPU.
//!
//! WGSL has no byte arrays, so the format readers (`formats/readers.rs`)
//! read a quantized byte as a word and a shift:
//!
//! ```text
//! word = w[byte / 4]
//! value = (word >> ((byte % 4) * 8 + shift)) & mask
//! ```
//!
//! In a lane loop that is a gather of words (lanes share words) and a
//! per-lane variable shift: it does not vectorize well. A CPU can address
//! bytes, so where the value provably lies within the byte at `byte` (or the
//! two bytes from an even `byte`), the compiler reads it as
//! `(bytes[byte] >> shift) & mask`: a plain `u8` load, contiguous across
//! lanes when `byte` is lane-affine. The instructions the pattern needed
//! alone (the word load, the shift arithmetic) are then dead and dropped.
//!
//! Where lanes read different bytes of the same (uniform) word, as a bit
//! plane's lanes do, the word read stays: one scalar load and a vector of
//! shifts beat a byte gather.
//!
//! The match is exact or nothing: the same words are read, little-endian, as
//! the GPU reads them; the shift's range is proven from its definition
//! (the uniformity pass's integer bounds, `lane_shape.rs`), and the byte's alignment from the lane-shape analysis.

use std::collections::{HashMap, HashSet};

use cubecl::ir::{Arithmetic, Bitwise, Operation, Operator, Variable, VariableKind};

use super::lane_shape::{Shape, is_u32};
use super::lower::{Block, Item, inputs};
use super::uniformity::Uniformity;

/// `(bytes[byte..byte + bytes] as little-endian >> shift) & mask`, replacing
/// the instruction that computed it from a word.
#[derive(Clone, Debug)]
pub(super) struct SubwordRead {
    /// The `u32` global array.
    pub list: Variable,
    /// The byte offset into the array's bytes.
    pub byte: Variable,
    /// The shift within the byte(s) (`None`: 0).
    pub shift: Option<Variable>,
    pub mask: Variable,
    /// 1 or 2.
    pub bytes: u32,
}

/// The reads found in a kernel, by the id of the value they compute, and the
/// instructions they leave dead.
#[derive(Debug, Default)]
pub(super) struct Subwords {
    pub reads: HashMap<u32, SubwordRead>,
    pub dead: HashSet<u32>,
}

impl Subwords {
    pub fn find(defs: &Defs, u: &Uniformity) -> Subwords {
        let mut found = Subwords::default();
        // Ids of the instructions each read made redundant (only these may go).
        let mut chains = HashSet::new();
        for (&id, op) in &defs.ops {
            if let Some((read, chain)) = defs.subword_read(op, u) {
                found.reads.insert(id, read);
                chains.extend(chain);
            }
        }
        if found.reads.is_empty() {
            return found;
        }
        if defs.unknown {
            // Some instruction's inputs are unknown: keep everything.
            return found;
        }
        let mut uses = defs.uses.clone();
        // The replaced instructions no longer read their old inputs.
        let mut work: Vec<u32> = Vec::new();
        for id in found.reads.keys() {
            for input in inputs(&defs.ops[id]).unwrap_or_default() {
                if let Some(i) = local_id(&input) {
                    let n = uses.entry(i).or_default();
                    *n = n.saturating_sub(1);
                    work.push(i);
                }
            }
        }
        // The reads keep their byte, shift and mask alive.
        for read in found.reads.values() {
            for v in [Some(read.byte), read.shift, Some(read.mask)]
                .into_iter()
                .flatten()
            {
                if let Some(i) = local_id(&v) {
                    *uses.entry(i).or_default() += 1;
                }
            }
        }
        while let Some(id) = work.pop() {
            if !chains.contains(&id) || found.dead.contains(&id) || uses[&id] > 0 {
                continue;
            }
            found.dead.insert(id);
            for input in inputs(&defs.ops[&id]).unwrap_or_default() {
                if let Some(i) = local_id(&input) {
                    let n = uses.entry(i).or_default();
                    *n = n.saturating_sub(1);
                    work.push(i);
                }
            }
        }
        found
    }
}

/// Single-assignment definitions, and how often each value is read (one
/// walk of a kernel's body, shared by the passes that match patterns in it).
#[derive(Default)]
pub(super) struct Defs {
    ops: HashMap<u32, Operation>,
    uses: HashMap<u32, usize>,
    /// An instruction's inputs could not be listed: `uses` may be short.
    unknown: bool,
}

impl Defs {
    pub(super) fn of(body: &Block) -> Defs {
        let mut defs = Defs::default();
        defs.collect(body);
        defs
    }

    fn collect(&mut self, block: &Block) {
        for item in &block.items {
            match item {
                Item::Op(inst) => {
                    if let Some(out) = inst.out
                        && let VariableKind::LocalConst { id } = out.kind
                    {
                        self.ops.insert(id, inst.operation.clone());
                    }
                    match inputs(&inst.operation) {
                        Some(vars) => vars.iter().for_each(|v| self.used(v)),
                        None => self.unknown = true,
                    }
                }
                Item::If { cond, then } => {
                    self.used(cond);
                    self.collect(then);
                }
                Item::IfElse {
                    cond,
                    then,
                    otherwise,
                } => {
                    self.used(cond);
                    self.collect(then);
                    self.collect(otherwise);
                }
                Item::Switch {
                    value,
                    cases,
                    default,
                } => {
                    self.used(value);
                    for (case, block) in cases {
                        self.used(case);
                        self.collect(block);
                    }
                    self.collect(default);
                }
                Item::Loop { body, .. } => self.collect(body),
                Item::Range {
                    start,
                    end,
                    step,
                    body,
                    ..
                } => {
                    self.used(start);
                    self.used(end);
                    if let Some(step) = step {
                        self.used(step);
                    }
                    self.collect(body);
                }
                Item::Break | Item::Return => {}
            }
        }
    }

    /// How often the single-assignment value `id` is read.
    pub(super) fn uses(&self, id: u32) -> usize {
        self.uses.get(&id).copied().unwrap_or(0)
    }

    /// Whether some instruction's inputs could not be listed (and [`Defs::uses`]
    /// may then be short).
    pub(super) fn incomplete(&self) -> bool {
        self.unknown
    }

    /// Every single-assignment value's id and defining operation.
    pub(super) fn ops(&self) -> impl Iterator<Item = (&u32, &Operation)> {
        self.ops.iter()
    }

    fn used(&mut self, var: &Variable) {
        if let Some(id) = local_id(var) {
            *self.uses.entry(id).or_default() += 1;
        }
    }

    pub(super) fn def(&self, var: &Variable) -> Option<&Operation> {
        local_id(var).and_then(|id| self.ops.get(&id))
    }

    /// `op` as a sub-word read, with the ids of the instructions it makes
    /// redundant, if it is one (see the module docs).
    fn subword_read(&self, op: &Operation, u: &Uniformity) -> Option<(SubwordRead, Vec<u32>)> {
        let Operation::Bitwise(Bitwise::BitwiseAnd(and)) = op else {
            return None;
        };
        let (shifted, mask_var, mask) = match (const_u64(&and.lhs), const_u64(&and.rhs)) {
            (None, Some(m)) => (and.lhs, and.rhs, m),
            (Some(m), None) => (and.rhs, and.lhs, m),
            _ => return None,
        };
        if mask == 0 || mask > u32::MAX as u64 || !is_u32(shifted.ty) {
            return None;
        }
        let Some(Operation::Bitwise(Bitwise::ShiftRight(shr))) = self.def(&shifted) else {
            return None;
        };
        let (word, amount) = (shr.lhs, shr.rhs);
        let Some(Operation::Operator(Operator::Index(index) | Operator::UncheckedIndex(index))) =
            self.def(&word)
        else {
            return None;
        };
        let list = index.list;
        if !matches!(
            list.kind,
            VariableKind::GlobalInputArray(_) | VariableKind::GlobalOutputArray(_)
        ) || !is_u32(list.ty)
        {
            return None;
        }
        let Some(Operation::Arithmetic(Arithmetic::Div(quarter))) = self.def(&index.index) else {
            return None;
        };
        let byte = quarter.lhs;
        if const_u64(&quarter.rhs) != Some(4) || !is_u32(byte.ty) || !immutable(&byte) {
            return None;
        }
        // Lanes reading bytes of one word (a bit plane: 16 lanes' bits in
        // two bytes of a uniform word) are better served by that word,
        // loaded once, and a per-lane shift than by a byte gather.
        if u.varies(&byte) && !u.varies(&index.index) {
            return None;
        }
        // The amount is `(byte % 4) * 8`, plus a shift or not.
        let mut chain = vec![
            local_id(&shifted)?,
            local_id(&word)?,
            local_id(&index.index)?,
            local_id(&amount)?,
        ];
        let (byte_bits, shift) = match self.byte_bits(&amount, &byte) {
            Some(ids) => {
                chain.extend(ids);
                (amount, None)
            }
            None => {
                let Some(Operation::Arithmetic(Arithmetic::Add(add))) = self.def(&amount) else {
                    return None;
                };
                if let Some(ids) = self.byte_bits(&add.lhs, &byte) {
                    chain.extend(ids);
                    (add.lhs, Some(add.rhs))
                } else if let Some(ids) = self.byte_bits(&add.rhs, &byte) {
                    chain.extend(ids);
                    (add.rhs, Some(add.lhs))
                } else {
                    return None;
                }
            }
        };
        chain.push(local_id(&byte_bits)?);
        let max_shift = match &shift {
            Some(s) => u.value_bound(s)?,
            None => 0,
        };
        let width = max_shift + (64 - mask.leading_zeros() as u64);
        let bytes = if width <= 8 {
            1
        } else if width <= 16 && (aligned_to(u, &byte, 2) || self.even_per_lane(u, &byte)) {
            2
        } else {
            return None;
        };
        let read = SubwordRead {
            list,
            byte,
            shift,
            mask: mask_var,
            bytes,
        };
        Some((read, chain))
    }

    /// Whether `byte` is `uniform + 2 * x`, with the uniform part even: a
    /// 2-byte field of each lane's row in a row-tiled weight (an f16 scale
    /// at `field_base + 2 * (tile * 8 + lane)`).
    fn even_per_lane(&self, u: &Uniformity, byte: &Variable) -> bool {
        let Some(Operation::Arithmetic(Arithmetic::Add(add))) = self.def(byte) else {
            return false;
        };
        let doubled = |v: &Variable| {
            matches!(self.def(v), Some(Operation::Arithmetic(Arithmetic::Mul(m)))
                if const_u64(&m.lhs) == Some(2) || const_u64(&m.rhs) == Some(2))
        };
        (aligned_to(u, &add.lhs, 2) && doubled(&add.rhs))
            || (aligned_to(u, &add.rhs, 2) && doubled(&add.lhs))
    }

    /// If `var` is `(byte % 4) * 8`, the ids of its two instructions' values.
    fn byte_bits(&self, var: &Variable, byte: &Variable) -> Option<Vec<u32>> {
        let Some(Operation::Arithmetic(Arithmetic::Mul(mul))) = self.def(var) else {
            return None;
        };
        let rem = match (const_u64(&mul.lhs), const_u64(&mul.rhs)) {
            (None, Some(8)) => mul.lhs,
            (Some(8), None) => mul.rhs,
            _ => return None,
        };
        let Some(Operation::Arithmetic(Arithmetic::Remainder(r) | Arithmetic::Modulo(r))) =
            self.def(&rem)
        else {
            return None;
        };
        (r.lhs == *byte && const_u64(&r.rhs) == Some(4)).then(|| vec![local_id(&rem).unwrap()])
    }
}

pub(super) fn local_id(var: &Variable) -> Option<u32> {
    match var.kind {
        VariableKind::LocalConst { id } => Some(id),
        _ => None,
    }
}

/// A value that cannot change between two instructions that read it.
pub(super) fn immutable(var: &Variable) -> bool {
    matches!(
        var.kind,
        VariableKind::LocalConst { .. }
            | VariableKind::Constant(_)
            | VariableKind::GlobalScalar(_)
            | VariableKind::Builtin(_)
    )
}

pub(super) fn const_u64(var: &Variable) -> Option<u64> {
    match var.kind {
        VariableKind::Constant(c) if is_u32(var.ty) => Some(c.as_u64()),
        _ => None,
    }
}

/// Whether the uniform `var` is a known multiple of `n`.
fn aligned_to(u: &Uniformity, var: &Variable, n: u32) -> bool {
    !u.varies(var) && matches!(u.shape(var), Some(Shape::Uniform { align }) if align % n == 0)
}
