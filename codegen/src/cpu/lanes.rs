//! Lane-loop fusion: consecutive per-lane statements share one loop.
//!
//! Emitting every per-lane instruction as its own `for l in 0..UNITS` loop
//! over its own array keeps each intermediate value in memory, one array per
//! instruction, and leaves vectorizing to LLVM's loop fusion (which rarely
//! happens). Instead, the per-lane statements between two pieces of control
//! flow go into one loop, where each single-assignment value is a plain
//! scalar of the lane (`x{id}`): LLVM's loop vectorizer then sees one loop
//! body, a scalar program, and turns it into SIMD as a whole.
//!
//! A value also gets its lane array (`b{id}`) only when a statement outside
//! its loop reads it. That is known from a first emission pass, which records
//! where each value is read (see [`Fusion`]).
//!
//! Memory accesses inside a fused loop must not panic (a panic is an early
//! exit, which stops vectorization): they go through `realm-cpu`'s `ld`/`st`
//! helpers, which skip an access out of bounds and clear the loop's `ok`
//! flag; the loop asserts `ok` once it is done, so a bad index still fails
//! loudly, just after the loop rather than inside it.
//!
//! Uniform arithmetic met while a loop is open is hoisted in front of it (its
//! inputs are uniform, so all are defined before the loop); a uniform memory
//! access or assignment to a mutable local closes the loop first, keeping
//! program order where it matters.

use std::collections::HashSet;

/// The open fused loop.
#[derive(Debug)]
pub(super) struct LaneGroup {
    /// Indentation at which the group opened.
    pub depth: usize,
    /// Uniform statements that go before the loop.
    pub hoisted: Vec<String>,
    /// Lane arrays the loop fills for readers outside it.
    pub arrays: Vec<String>,
    /// The loop body.
    pub body: Vec<String>,
    /// Single-assignment values computed as lane scalars in this loop.
    pub scalars: HashSet<u32>,
}

impl LaneGroup {
    pub fn new(depth: usize) -> LaneGroup {
        LaneGroup {
            depth,
            hoisted: Vec::new(),
            arrays: Vec::new(),
            body: Vec::new(),
            scalars: HashSet::new(),
        }
    }

    /// The group as source lines: hoisted statements, arrays, the loop and
    /// its bounds assertion (when an access in it is checked).
    pub fn render(self) -> Vec<String> {
        let checks = self.body.iter().any(|s| s.contains("&mut ok"));
        let mut lines = self.hoisted;
        lines.extend(self.arrays);
        if checks {
            lines.push("let mut ok = true;".into());
        }
        lines.push("for l in 0..UNITS {".into());
        lines.extend(self.body.into_iter().map(|s| format!("    {s}")));
        lines.push("}".into());
        if checks {
            lines.push("assert!(ok, \"kernel index out of bounds\");".into());
        }
        lines
    }
}

/// Which per-lane values are read outside the loop that computes them: the
/// first pass records it, the second uses it.
#[derive(Debug, Default)]
pub(super) struct Fusion {
    read_outside: HashSet<u32>,
    /// From the first pass; `None` during it (every value gets an array).
    escaping: Option<HashSet<u32>>,
}

impl Fusion {
    /// The findings of a first pass, for the second.
    pub fn second_pass(first: Fusion) -> Fusion {
        Fusion {
            escaping: Some(first.read_outside),
            ..Fusion::default()
        }
    }

    /// Records that value `id` is read through its lane array.
    pub fn read_outside(&mut self, id: u32) {
        self.read_outside.insert(id);
    }

    /// Whether value `id` needs a lane array.
    pub fn escapes(&self, id: u32) -> bool {
        self.escaping.as_ref().is_none_or(|ids| ids.contains(&id))
    }
}
