//! Realm's CPU compiler: cubecl's kernel IR to Rust source.
//!
//! A kernel's IR describes one unit. The generated Rust runs a whole cube in
//! **lockstep**: every variable becomes an array with one lane per unit, and
//! every instruction a loop over the active lanes. Control flow keeps a lane
//! mask per scope (an `if` narrows it, a `break` clears lanes up to its loop,
//! a loop runs while any lane is left). Because all lanes finish an
//! instruction before the next starts, `sync_cube` needs no code, and shared
//! memory is one array per cube. Cubes of a launch run in parallel (rayon, in
//! `realm-cpu`).
//!
//! Global arrays are raw pointers with lengths, read and written through
//! bounds-checked helpers; scalars come per type, as the IR numbers them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

use cubecl::ir::{
    Arithmetic, Bitwise, Builtin, Comparison, ConstantValue, ElemType, FloatKind, Instruction,
    IntKind, Metadata, Operation, Operator, StorageType, Type, UIntKind, Variable, VariableKind,
};
use cubecl::prelude::*;
use cubecl_runtime::compiler::CompilationError;
use cubecl_runtime::kernel::KernelDefinition;

use super::f16_widen::F16Widens;
use super::fma::{Fused, fused};
use super::lane_shape::Shape;
use super::lanes::{Fusion, LaneGroup};
use super::lower::{Block, lower};
use super::split_locals;
use super::subword::const_u64;
use super::subword::{Defs, SubwordRead, Subwords};
use super::uniformity::Uniformity;

/// The compiler, as cubecl's [`cubecl::Compiler`] (so kernels reach it
/// through the same `KernelTask` path as WGSL, CUDA and MSL).
#[derive(Clone, Debug, Default)]
pub struct RustCompiler;

/// Generated Rust source.
pub struct RustSource(pub String);

impl std::fmt::Display for RustSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl cubecl::Compiler for RustCompiler {
    type Representation = RustSource;
    type CompilationOptions = ();

    fn compile(
        &mut self,
        mut kernel: KernelDefinition,
        _: &(),
        _: ExecutionMode,
        _: StorageType,
    ) -> Result<RustSource, CompilationError> {
        let errors = kernel.body.pop_errors();
        if !errors.is_empty() {
            return Err(generic(format!("kernel has errors: {errors:?}")));
        }
        let body = lower(&mut kernel.body);
        // The first pass learns which lane values leave their fused loop.
        let first = Generator::emit(&kernel, &body, Fusion::default())?;
        let second = Generator::emit(&kernel, &body, Fusion::second_pass(first.fusion))?;
        Ok(RustSource(second.finish(&kernel)))
    }

    fn elem_size(&self, elem: ElemType) -> usize {
        elem.size()
    }

    fn extension(&self) -> &'static str {
        "rs"
    }
}

/// The entry point of every generated kernel: the body compiled for the
/// baseline CPU and, on x86-64, with AVX2 and with AVX-512 (chosen at run
/// time, once per process: `realm_cpu::rt::isa`). The body is generic over
/// the `realm_cpu::rt::Target` whose conversions it uses.
const DISPATCH: &str = "///
/// # Safety
/// `bufs` hold the kernel's arrays, with their true lengths and types.
pub unsafe fn run(cube: [u32; 3], count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    #[cfg(target_arch = \"x86_64\")]
    match isa() {
        Isa::Avx512 => return avx512(cube, count, bufs, scalars),
        Isa::Avx2 => return avx2(cube, count, bufs, scalars),
        Isa::Baseline => {}
    }
    body::<Portable>(cube, count, bufs, scalars)
}

#[cfg(target_arch = \"x86_64\")]
#[target_feature(enable = \"avx2,fma,f16c\")]
unsafe fn avx2(cube: [u32; 3], count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    body::<X86>(cube, count, bufs, scalars)
}

#[cfg(target_arch = \"x86_64\")]
#[target_feature(enable = \"avx512f,avx512bw,avx512vl,avx512dq,avx512vnni,avx2,fma,f16c\")]
unsafe fn avx512(cube: [u32; 3], count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    body::<X86Vnni>(cube, count, bufs, scalars)
}

";

pub(super) fn generic(reason: String) -> CompilationError {
    CompilationError::Generic {
        reason,
        backtrace: Default::default(),
    }
}

pub(super) fn unsupported(what: impl std::fmt::Debug) -> CompilationError {
    generic(format!("the CPU compiler does not support {what:?} yet"))
}

/// The Rust type of a scalar IR type.
pub(super) fn rust_type(ty: Type) -> Result<&'static str, CompilationError> {
    let Type::Scalar(StorageType::Scalar(elem)) = ty else {
        return Err(unsupported(ty));
    };
    elem_type(elem)
}

fn elem_type(elem: ElemType) -> Result<&'static str, CompilationError> {
    Ok(match elem {
        ElemType::Float(FloatKind::F32) => "f32",
        ElemType::Float(FloatKind::F64) => "f64",
        ElemType::Float(FloatKind::F16) => "f16",
        ElemType::UInt(UIntKind::U8) => "u8",
        ElemType::UInt(UIntKind::U16) => "u16",
        ElemType::UInt(UIntKind::U32) => "u32",
        ElemType::UInt(UIntKind::U64) => "u64",
        ElemType::Int(IntKind::I8) => "i8",
        ElemType::Int(IntKind::I16) => "i16",
        ElemType::Int(IntKind::I32) => "i32",
        ElemType::Int(IntKind::I64) => "i64",
        ElemType::Bool => "bool",
        other => return Err(unsupported(other)),
    })
}

/// The size of a Rust scalar type named by [`elem_type`].
fn type_bytes(t: &str) -> usize {
    match t {
        "f64" | "u64" | "i64" => 8,
        "f32" | "u32" | "i32" => 4,
        "f16" | "u16" | "i16" => 2,
        _ => 1,
    }
}

pub(super) fn is_float(t: &str) -> bool {
    matches!(t, "f32" | "f64" | "f16")
}

pub(super) struct Generator {
    out: String,
    pub(super) depth: usize,
    pub(super) units: usize,
    pub(super) dim: [u32; 3],
    pub(super) u: Uniformity,
    /// Lanes may have diverged here: per-lane work goes through the
    /// innermost mask. Outside, every lane is active and uniform control
    /// flow is plain Rust.
    pub(super) masked: bool,
    /// The lane masks of the enclosing masked scopes, innermost last; `m0`
    /// (every lane) first.
    pub(super) masks: Vec<String>,
    /// For each enclosing loop, the index in `masks` of its mask if it runs
    /// masked (`None`: all its lanes iterate together).
    pub(super) loops: Vec<Option<usize>>,
    next_mask: usize,
    /// Shared arrays seen: id -> (type, length).
    shared: BTreeMap<u32, (&'static str, usize)>,
    /// Per-unit local arrays seen: id -> (type, length).
    locals: BTreeMap<u32, (&'static str, usize)>,
    /// Local arrays only constant indices reach: a lane array per element
    /// ([`super::split_locals`]).
    split: HashSet<u32>,
    /// The fused lane loop being collected ([`super::lanes`]).
    group: Option<LaneGroup>,
    fusion: Fusion,
    /// Lane values known to be `base + l` (lane-affine), by id: their base,
    /// an expression of uniform single-assignment values in the value's type.
    /// An array access at such an index is contiguous across lanes.
    affine: HashMap<u32, String>,
    next_span: usize,
    /// Bytes read out of words, read as bytes ([`super::subword`]).
    pub(super) subwords: Subwords,
    /// Hand-written f16 decodes, emitted as one conversion ([`super::f16_widen`]).
    f16_widens: F16Widens,
    /// 16-bit values read at `start + 2 * l` in every lane, by id: the
    /// array's pointer and the (checked) start byte. Widened from f16, they
    /// are loaded and converted as one vector, without going through a
    /// lane array (8 scalar stores read back as one vector stall the load).
    halfword_reads: HashMap<u32, (String, String)>,
    /// The body's single-assignment values and their uses, which decide
    /// the additions fused with their product ([`super::fma`]).
    pub(super) defs: Defs,
    /// Contiguous accesses (array, index) checked once before their loop
    /// ([`super::hoist`]): their passes need no check of their own.
    pub(super) prechecked: HashSet<(VariableKind, VariableKind)>,
}

/// Shared arrays up to this many bytes live on the stack; larger ones on the heap.
const STACK_SHARED_BYTES: usize = 32 << 10;

impl Generator {
    /// One emission pass over a lowered kernel body.
    fn emit(
        kernel: &KernelDefinition,
        body: &Block,
        fusion: Fusion,
    ) -> Result<Generator, CompilationError> {
        let dim = kernel.cube_dim;
        let uniformity = Uniformity::of(body, [dim.x, dim.y, dim.z]);
        let defs = Defs::of(body);
        let subwords = Subwords::find(&defs, &uniformity);
        let f16_widens = F16Widens::find(&defs);
        let mut g = Generator {
            out: String::new(),
            depth: 1,
            units: (dim.x * dim.y * dim.z) as usize,
            dim: [dim.x, dim.y, dim.z],
            masked: uniformity.masked_kernel,
            u: uniformity,
            masks: vec!["m0".into()],
            loops: Vec::new(),
            next_mask: 0,
            shared: BTreeMap::new(),
            locals: BTreeMap::new(),
            split: split_locals::constant_indexed(body),
            group: None,
            fusion,
            affine: HashMap::new(),
            next_span: 0,
            subwords,
            f16_widens,
            halfword_reads: HashMap::new(),
            defs,
            prechecked: HashSet::new(),
        };
        g.prologue(kernel)?;
        g.block(body)?;
        g.flush();
        Ok(g)
    }

    /// A statement outside any lane loop (closing the open one first).
    pub(super) fn line(&mut self, text: impl AsRef<str>) {
        self.flush();
        let depth = self.depth;
        self.write(depth, text.as_ref());
    }

    fn write(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// Emits the open lane loop, if any.
    pub(super) fn flush(&mut self) {
        if let Some(group) = self.group.take() {
            let depth = group.depth;
            for line in group.render() {
                self.write(depth, &line);
            }
        }
    }

    /// The open lane loop, opened here if there is none.
    fn group(&mut self) -> &mut LaneGroup {
        let depth = self.depth;
        self.group.get_or_insert_with(|| LaneGroup::new(depth))
    }

    pub(super) fn mask(&self) -> &str {
        self.masks.last().expect("a scope has a mask")
    }

    pub(super) fn new_mask(&mut self) -> String {
        self.next_mask += 1;
        format!("m{}", self.next_mask)
    }

    /// Binds the kernel's arguments to locals.
    fn prologue(&mut self, kernel: &KernelDefinition) -> Result<(), CompilationError> {
        for buffer in &kernel.buffers {
            let Type::Scalar(StorageType::Scalar(elem)) = buffer.ty else {
                return Err(unsupported(buffer.ty));
            };
            let t = elem_type(elem)?;
            let id = buffer.id;
            self.line(format!("let g{id}: *mut {t} = bufs[{id}].ptr();"));
            self.line(format!("let g{id}_len = bufs[{id}].len;"));
        }
        for scalar in &kernel.scalars {
            let t = match scalar.ty {
                StorageType::Scalar(elem) => elem_type(elem)?,
                other => return Err(unsupported(other)),
            };
            self.line(format!("let s_{t}: &[{t}] = &scalars.{t};"));
        }
        Ok(())
    }

    /// The function around the body, with the arrays the body declared.
    fn finish(self, kernel: &KernelDefinition) -> String {
        let units = self.units;
        let mut head = String::new();
        let _ = writeln!(head, "pub const UNITS: usize = {units};");
        let _ = writeln!(
            head,
            "pub const CUBE_DIM: [u32; 3] = [{}, {}, {}];",
            self.dim[0], self.dim[1], self.dim[2]
        );
        let _ = writeln!(
            head,
            "\n/// `{}` for one cube at `cube` of a grid of `count` cubes.",
            kernel.options.kernel_name
        );
        let _ = write!(head, "{DISPATCH}");
        let _ = writeln!(
            head,
            "#[inline(always)]\nunsafe fn body<T: Target>(cube: [u32; 3], count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {{"
        );
        // `m0` is every lane; a kernel that returns under divergence clears it.
        let m0 = if self.u.masked_kernel {
            "let mut m0"
        } else {
            "let m0"
        };
        let _ = writeln!(head, "    {m0} = [true; UNITS];");
        for (id, (t, len)) in &self.shared {
            if len * type_bytes(t) <= STACK_SHARED_BYTES {
                let _ = writeln!(head, "    let mut sh{id} = [<{t}>::default(); {len}];");
            } else {
                let _ = writeln!(
                    head,
                    "    let mut sh{id}: Vec<{t}> = vec![<{t}>::default(); {len}];"
                );
            }
        }
        for (id, (t, len)) in &self.locals {
            if self.split.contains(id) {
                for i in 0..*len {
                    let _ = writeln!(head, "    let mut la{id}_{i} = [<{t}>::default(); UNITS];");
                }
                continue;
            }
            // Lane-minor: element `i` of every lane together (see `ldl`).
            let n = len * units;
            if n * type_bytes(t) <= STACK_SHARED_BYTES {
                let _ = writeln!(head, "    let mut la{id} = [<{t}>::default(); {n}];");
            } else {
                let _ = writeln!(
                    head,
                    "    let mut la{id}: Vec<{t}> = vec![<{t}>::default(); {n}];"
                );
            }
        }
        head + &self.out + "}\n"
    }

    /// A literal for a constant.
    pub(super) fn constant(&self, var: &Variable) -> Result<String, CompilationError> {
        let VariableKind::Constant(value) = var.kind else {
            return Err(unsupported(var.kind));
        };
        let t = rust_type(var.ty)?;
        Ok(match (value, t) {
            (ConstantValue::Bool(b), _) => b.to_string(),
            (_, "f16") => format!("f16::from_f32({:?}f32)", value.as_f64() as f32),
            (_, "f32") => format!("{:?}f32", value.as_f64() as f32),
            (_, "f64") => format!("{:?}f64", value.as_f64()),
            (ConstantValue::Float(f), t) => format!("({f} as {t})"),
            (ConstantValue::Int(i), t) => format!("({i}i64 as {t})"),
            (ConstantValue::UInt(u), t) => format!("({u}u64 as {t})"),
        })
    }

    /// The value of `var` in lane `l` (a uniform value needs no `l`).
    pub(super) fn value(&mut self, var: &Variable) -> Result<String, CompilationError> {
        let [dx, dy, dz] = self.dim;
        let lane = if self.u.varies(var) { "[l]" } else { "" };
        Ok(match var.kind {
            VariableKind::LocalConst { id } if !lane.is_empty() => {
                if self.group.as_ref().is_some_and(|g| g.scalars.contains(&id)) {
                    format!("x{id}")
                } else {
                    self.fusion.read_outside(id);
                    format!("b{id}[l]")
                }
            }
            VariableKind::LocalConst { id } => format!("b{id}"),
            VariableKind::LocalMut { id } => format!("v{id}{lane}"),
            VariableKind::GlobalScalar(id) => format!("s_{}[{id}]", rust_type(var.ty)?),
            VariableKind::Constant(_) => self.constant(var)?,
            VariableKind::Builtin(b) => match b {
                Builtin::UnitPos => "(l as u32)".into(),
                Builtin::UnitPosX if dx as usize == self.units => "(l as u32)".into(),
                Builtin::UnitPosX => format!("(l as u32 % {dx})"),
                Builtin::UnitPosY => format!("(l as u32 / {dx} % {dy})"),
                Builtin::UnitPosZ => format!("(l as u32 / {})", dx * dy),
                Builtin::CubePosX => "cube[0]".into(),
                Builtin::CubePosY => "cube[1]".into(),
                Builtin::CubePosZ => "cube[2]".into(),
                Builtin::CubePos => {
                    "(cube[2] * count[0] * count[1] + cube[1] * count[0] + cube[0])".into()
                }
                // A cube is one plane (see `plane.rs`).
                Builtin::PlaneDim => format!("{}u32", self.units),
                Builtin::UnitPosPlane => "(l as u32)".into(),
                Builtin::PlanePos => "0u32".into(),
                Builtin::CubeDimX => format!("{dx}u32"),
                Builtin::CubeDimY => format!("{dy}u32"),
                Builtin::CubeDimZ => format!("{dz}u32"),
                Builtin::CubeDim => format!("{}u32", dx * dy * dz),
                Builtin::CubeCountX => "count[0]".into(),
                Builtin::CubeCountY => "count[1]".into(),
                Builtin::CubeCountZ => "count[2]".into(),
                Builtin::CubeCount => "(count[0] * count[1] * count[2])".into(),
                Builtin::AbsolutePosX => format!("(cube[0] * {dx} + l as u32 % {dx})"),
                Builtin::AbsolutePosY => format!("(cube[1] * {dy} + l as u32 / {dx} % {dy})"),
                Builtin::AbsolutePosZ => format!("(cube[2] * {dz} + l as u32 / {})", dx * dy),
                other => return Err(unsupported(other)),
            },
            other => return Err(unsupported(other)),
        })
    }

    /// Emits `out = expr`: once if `out` is uniform, else for every active
    /// lane (declaring a single-assignment local).
    pub(super) fn assign(&mut self, out: &Variable, expr: String) -> Result<(), CompilationError> {
        self.assign_checked(out, expr, true)
    }

    /// [`Self::assign`], saying whether `expr` is `pure` (reads no memory).
    ///
    /// A single-assignment lane value is computed in every lane, even where
    /// lanes are masked off (inactive lanes compute garbage nobody reads):
    /// nothing in an expression can fail (lane loads take any index, see
    /// `ld`), and straight-line code is what vectorizes. A mutable local keeps
    /// its old value in inactive lanes, through a select rather than a branch.
    fn assign_checked(
        &mut self,
        out: &Variable,
        expr: String,
        pure: bool,
    ) -> Result<(), CompilationError> {
        let t = rust_type(out.ty)?;
        let varies = self.u.varies(out);
        let mask = self.mask().to_string();
        match (out.kind, varies) {
            // Pure uniform arithmetic goes in front of an open lane loop
            // (its inputs are all uniform, so defined before the loop).
            (VariableKind::LocalConst { id }, false) if pure && self.group.is_some() => self
                .group()
                .hoisted
                .push(format!("let b{id}: {t} = {expr};")),
            (VariableKind::LocalConst { id }, false) => {
                self.line(format!("let b{id}: {t} = {expr};"))
            }
            (VariableKind::LocalMut { id }, false) => self.line(format!("v{id} = {expr};")),
            (VariableKind::LocalConst { id }, true) => {
                let escapes = self.fusion.escapes(id);
                let group = self.group();
                group.body.push(format!("let x{id}: {t} = {expr};"));
                group.scalars.insert(id);
                if escapes {
                    group
                        .arrays
                        .push(format!("let mut b{id} = [<{t}>::default(); UNITS];"));
                    group.body.push(format!("b{id}[l] = x{id};"));
                }
            }
            (VariableKind::LocalMut { id }, true) => {
                let value = if self.masked {
                    format!("if {mask}[l] {{ {expr} }} else {{ v{id}[l] }}")
                } else {
                    expr
                };
                self.group().body.push(format!("v{id}[l] = {value};"));
            }
            (other, _) => return Err(unsupported(other)),
        }
        Ok(())
    }

    /// Adds `statement` to the lane loop, for every lane or for the lanes of `mask`.
    fn lanes(&mut self, statement: &str, every_lane: bool, mask: &str) {
        let statement = if every_lane {
            statement.to_string()
        } else {
            format!("if {mask}[l] {{ {statement} }}")
        };
        self.group().body.push(statement);
    }

    pub(super) fn instruction(&mut self, inst: Instruction) -> Result<(), CompilationError> {
        let out = inst.out;
        if let Some(out) = &out
            && let VariableKind::LocalConst { id } = out.kind
        {
            if self.subwords.dead.contains(&id) {
                return Ok(());
            }
            if let Some(read) = self.subwords.reads.get(&id).cloned() {
                return self.subword_read(&read, out);
            }
            if let Some(h) = self.f16_widens.of.get(&id).copied() {
                // The decode's other instructions are left to LLVM to drop.
                if !self.u.varies(out) {
                    let h = self.value(&h)?;
                    return self.assign(out, format!("T::f16_to_f32({h})"));
                }
                // A scale per lane (a row per lane): `vcvtph2ps` on 8 lanes.
                if let VariableKind::LocalConst { id: h_id } = h.kind
                    && let Some((ptr, start)) = self.halfword_reads.get(&h_id).cloned()
                {
                    self.line(format!(
                        "let b{id}: [f32; UNITS] = T::f16_to_f32_at({ptr}, {start});"
                    ));
                    return Ok(());
                }
                self.flush();
                let h = self.lane_array(&h)?;
                self.line(format!(
                    "let b{id}: [f32; UNITS] = T::f16_to_f32_lanes(&{h});"
                ));
                return Ok(());
            }
            if self.u.varies(out) {
                if let Some(base) = self.affine_result(&inst.operation, out)? {
                    self.affine.insert(id, base);
                }
            } else if let Operation::Arithmetic(
                Arithmetic::Div(b) | Arithmetic::Remainder(b) | Arithmetic::Modulo(b),
            ) = &inst.operation
                && self.u.varies(&b.lhs)
            {
                // `(base + lane) / d`, uniform (see `lane_shape.rs`): `base / d`;
                // or `(base + lane) % 1`, which is `base % 1`.
                let base = self
                    .affine_base(&b.lhs)
                    .ok_or_else(|| generic(format!("no base for the lane-affine {:?}", b.lhs)))?;
                let d = self.value(&b.rhs)?;
                let f = match inst.operation {
                    Operation::Arithmetic(Arithmetic::Div(_)) => "div",
                    _ => "rem",
                };
                return self.assign(out, format!("{f}({base}, {d})"));
            }
        }
        if let Some(f) = fused(&self.defs, &inst.operation) {
            let e = self.fused(f)?;
            return self.assign(&out.unwrap(), e);
        }
        match inst.operation {
            Operation::Copy(input) => {
                let v = self.value(&input)?;
                self.assign(&out.unwrap(), v)
            }
            Operation::Arithmetic(Arithmetic::Dot(b)) => self.dot_u8_i8(&b, &out.unwrap()),
            Operation::Arithmetic(op) => {
                let out = out.unwrap();
                let e = self.arithmetic(op, &out)?;
                self.assign(&out, e)
            }
            Operation::Comparison(op) => {
                let e = self.comparison(op)?;
                self.assign(&out.unwrap(), e)
            }
            Operation::Bitwise(op) => {
                let e = self.bitwise(op)?;
                self.assign(&out.unwrap(), e)
            }
            Operation::Operator(op) => self.operator(op, out),
            Operation::Metadata(Metadata::Length { var } | Metadata::BufferLength { var }) => {
                let e = match var.kind {
                    VariableKind::GlobalInputArray(id) | VariableKind::GlobalOutputArray(id) => {
                        format!("(g{id}_len as u32)")
                    }
                    VariableKind::SharedArray { length, .. }
                    | VariableKind::LocalArray { length, .. }
                    | VariableKind::ConstantArray { length, .. } => format!("{length}u32"),
                    other => return Err(unsupported(other)),
                };
                self.assign(&out.unwrap(), e)
            }
            Operation::Plane(op) => self.plane(op, &out.unwrap()),
            Operation::Branch(_) => Err(generic("control flow outside a lowered block".into())),
            // Lanes run in lockstep: every unit reaches the barrier together.
            Operation::Synchronization(_) => Ok(()),
            Operation::NonSemantic(_) | Operation::Marker(_) => Ok(()),
            other => Err(unsupported(other)),
        }
    }

    /// `out = dot(u, v)` of two `u32`s: the sum of the products of their
    /// bytes, `u`'s unsigned and `v`'s signed (`realm_codegen::kernels::dot`).
    /// Lanes go to the target's whole-cube operation (`vpdpbusd` with
    /// AVX512-VNNI), which a loop over lanes would not become: the lane loop
    /// is closed, and the operands' lane arrays are passed.
    fn dot_u8_i8(
        &mut self,
        b: &cubecl::ir::BinaryOperator,
        out: &Variable,
    ) -> Result<(), CompilationError> {
        let types = (
            rust_type(b.lhs.ty)?,
            rust_type(b.rhs.ty)?,
            rust_type(out.ty)?,
        );
        // An `i32` left operand is `u32` bytes known to be below 128
        // (`realm_codegen::kernels::dot`): the same sum, with a cheaper
        // instruction on AVX2.
        let (scalar, lanes) = match types {
            ("u32", "u32", "i32") => ("dot_u8_i8", "T::dot_u8_i8"),
            ("i32", "u32", "i32") => ("dot_u7_i8", "T::dot_u7_i8"),
            _ => return Err(unsupported(format!("a dot product of {types:?}"))),
        };
        if !self.u.varies(out) {
            let (u, v) = (self.value(&b.lhs)?, self.value(&b.rhs)?);
            return self.assign(out, format!("{scalar}({u}, {v})"));
        }
        let VariableKind::LocalConst { id } = out.kind else {
            return Err(unsupported(out.kind));
        };
        self.flush();
        let (u, v) = (self.lane_array(&b.lhs)?, self.lane_array(&b.rhs)?);
        self.line(format!("let b{id}: [i32; UNITS] = {lanes}(&{u}, &{v});"));
        Ok(())
    }

    /// Every lane's value of `var`, as an array (outside lane loops).
    pub(super) fn lane_array(&mut self, var: &Variable) -> Result<String, CompilationError> {
        if !self.u.varies(var) {
            let v = self.value(var)?;
            return Ok(format!("[{v}; UNITS]"));
        }
        match var.kind {
            VariableKind::LocalConst { id } => {
                self.fusion.read_outside(id);
                Ok(format!("b{id}"))
            }
            VariableKind::LocalMut { id } => Ok(format!("v{id}")),
            other => Err(unsupported(other)),
        }
    }

    /// The base of a lane-affine value `var` (see [`Generator::affine`]).
    fn affine_base(&self, var: &Variable) -> Option<String> {
        let one_dimensional = self.dim[0] as usize == self.units;
        match var.kind {
            VariableKind::Builtin(Builtin::UnitPos) => Some("0u32".into()),
            VariableKind::Builtin(Builtin::UnitPosX) if one_dimensional => Some("0u32".into()),
            VariableKind::LocalConst { id } => self.affine.get(&id).cloned(),
            _ => None,
        }
    }

    /// The base of the result of `op`, where the uniformity pass found it
    /// lane-affine (`lane_shape.rs` holds the rules; this only writes the
    /// base out as an expression of the op's inputs).
    fn affine_result(
        &mut self,
        op: &Operation,
        out: &Variable,
    ) -> Result<Option<String>, CompilationError> {
        if !matches!(
            self.u.shape(out),
            Some(Shape::Affine { .. } | Shape::Offset { .. })
        ) {
            return Ok(None);
        }
        let t = rust_type(out.ty)?;
        Ok(match op {
            Operation::Copy(v) => self.affine_base(v),
            Operation::Operator(Operator::Cast(u)) => self
                .affine_base(&u.input)
                .map(|base| format!("(({base}) as {t})")),
            Operation::Arithmetic(Arithmetic::Add(b)) => {
                match (self.affine_base(&b.lhs), self.affine_base(&b.rhs)) {
                    (Some(base), None) => {
                        let v = self.value(&b.rhs)?;
                        Some(format!("({base}).wrapping_add({v})"))
                    }
                    (None, Some(base)) => {
                        let v = self.value(&b.lhs)?;
                        Some(format!("({base}).wrapping_add({v})"))
                    }
                    _ => None,
                }
            }
            Operation::Arithmetic(Arithmetic::Sub(b)) => match self.affine_base(&b.lhs) {
                Some(base) => {
                    let v = self.value(&b.rhs)?;
                    Some(format!("({base}).wrapping_sub({v})"))
                }
                None => None,
            },
            // By 1 (see `lane_shape.rs`).
            Operation::Arithmetic(Arithmetic::Div(b)) => match self.affine_base(&b.lhs) {
                Some(base) => Some(format!("div({base}, {})", self.value(&b.rhs)?)),
                None => None,
            },
            Operation::Arithmetic(Arithmetic::Mul(b)) => {
                match (self.affine_base(&b.lhs), self.affine_base(&b.rhs)) {
                    (Some(base), None) => {
                        Some(format!("({base}).wrapping_mul({})", self.value(&b.rhs)?))
                    }
                    (None, Some(base)) => {
                        Some(format!("({base}).wrapping_mul({})", self.value(&b.lhs)?))
                    }
                    _ => None,
                }
            }
            // `base % d + lane` (the base's part is 0 when `d` divides its alignment).
            Operation::Arithmetic(Arithmetic::Remainder(b) | Arithmetic::Modulo(b)) => {
                match self.affine_base(&b.lhs) {
                    Some(base) => {
                        let d = self.value(&b.rhs)?;
                        Some(format!("rem({base}, {d})"))
                    }
                    None => None,
                }
            }
            _ => None,
        })
    }

    /// For an access at `index` that every lane makes at `base + l`, the
    /// name of its checked start (computed and checked once, in front of
    /// the loop). `None` where lanes may be masked off, or not affine.
    fn contiguous(&mut self, list: &Variable, index: &Variable, len: &str) -> Option<String> {
        if self.masked
            || matches!(list.kind, VariableKind::LocalArray { .. })
            || !matches!(self.u.shape(index), Some(Shape::Affine { .. }))
        {
            return None;
        }
        let base = self.affine_base(index)?;
        self.next_span += 1;
        let name = format!("a{}", self.next_span);
        let start = if self.prechecked.contains(&(list.kind, index.kind)) {
            format!("(({base}) as u32) as usize")
        } else {
            format!("span(({base}) as u32, UNITS, {len})")
        };
        self.group().hoisted.push(format!("let {name} = {start};"));
        Some(name)
    }

    /// For a 2-byte read at byte `byte` that every lane makes at `start +
    /// 2 * l` (an f16 scale of each lane's row in a row-tiled weight:
    /// `field_base + 2 * (tile * 8 + lane)`), the name of its checked start
    /// byte, computed and checked once in front of the loop. The lanes'
    /// 16-bit loads are then contiguous, one vector load for LLVM.
    fn contiguous_halves(&mut self, list: &Variable, byte: &Variable, len: &str) -> Option<String> {
        if self.masked || matches!(list.kind, VariableKind::LocalArray { .. }) {
            return None;
        }
        // `uniform + lanes * 2`, either way round.
        let Some(Operation::Arithmetic(Arithmetic::Add(add))) = self.defs.def(byte) else {
            return None;
        };
        let (uniform, doubled) = match (self.u.varies(&add.lhs), self.u.varies(&add.rhs)) {
            (false, true) => (add.lhs, add.rhs),
            (true, false) => (add.rhs, add.lhs),
            _ => return None,
        };
        let Some(Operation::Arithmetic(Arithmetic::Mul(mul))) = self.defs.def(&doubled) else {
            return None;
        };
        let lanes = match (const_u64(&mul.lhs), const_u64(&mul.rhs)) {
            (None, Some(2)) => mul.lhs,
            (Some(2), None) => mul.rhs,
            _ => return None,
        };
        if !matches!(self.u.shape(&lanes), Some(Shape::Affine { .. })) {
            return None;
        }
        let base = self.affine_base(&lanes)?;
        let uniform = self.value(&uniform).ok()?;
        self.next_span += 1;
        let name = format!("a{}", self.next_span);
        self.group().hoisted.push(format!(
            "let {name} = span_halves(({uniform}).wrapping_add(({base}).wrapping_mul(2)), UNITS, {len});"
        ));
        Some(name)
    }

    /// `T::fmadd(a, b, c)`, with its negations (see [`super::fma`]).
    fn fused(&mut self, f: Fused) -> Result<String, CompilationError> {
        let (a, b, c) = (self.value(&f.a)?, self.value(&f.b)?, self.value(&f.c)?);
        let a = if f.negate_product {
            format!("-({a})")
        } else {
            a
        };
        let c = if f.negate_addend {
            format!("-({c})")
        } else {
            c
        };
        Ok(format!("T::fmadd({a}, {b}, {c})"))
    }

    fn arithmetic(&mut self, op: Arithmetic, out: &Variable) -> Result<String, CompilationError> {
        let t = rust_type(out.ty)?;
        let float = is_float(t);
        if t == "f16" {
            return Err(generic(
                "f16 arithmetic (the kernels compute in f32 and convert at loads and stores)"
                    .into(),
            ));
        }
        Ok(match op {
            Arithmetic::Add(b) => self.binary(
                &b,
                if float {
                    "{a} + {b}"
                } else {
                    "{a}.wrapping_add({b})"
                },
            )?,
            Arithmetic::Sub(b) => self.binary(
                &b,
                if float {
                    "{a} - {b}"
                } else {
                    "{a}.wrapping_sub({b})"
                },
            )?,
            Arithmetic::Mul(b) => self.binary(
                &b,
                if float {
                    "{a} * {b}"
                } else {
                    "{a}.wrapping_mul({b})"
                },
            )?,
            Arithmetic::Div(b) => {
                self.binary(&b, if float { "{a} / {b}" } else { "div({a}, {b})" })?
            }
            Arithmetic::Modulo(b) => self.binary(
                &b,
                if float {
                    "({a}).rem_euclid({b})"
                } else {
                    "rem({a}, {b})"
                },
            )?,
            Arithmetic::Remainder(b) => {
                self.binary(&b, if float { "{a} % {b}" } else { "rem({a}, {b})" })?
            }
            Arithmetic::Max(b) => self.binary(&b, "{a}.max({b})")?,
            Arithmetic::Min(b) => self.binary(&b, "{a}.min({b})")?,
            Arithmetic::Powf(b) => self.binary(&b, "{a}.powf({b})")?,
            Arithmetic::Fma(f) => {
                let (a, b, c) = (self.value(&f.a)?, self.value(&f.b)?, self.value(&f.c)?);
                if t == "f32" {
                    format!("T::fmadd({a}, {b}, {c})")
                } else {
                    format!("{a} * {b} + {c}")
                }
            }
            Arithmetic::Neg(u) => {
                self.unary(&u, if float { "-{a}" } else { "{a}.wrapping_neg()" })?
            }
            Arithmetic::Abs(u) => self.unary(&u, "{a}.abs()")?,
            // Branch-free, so a lane loop calling them vectorizes (the
            // standard library's call libm once per lane).
            Arithmetic::Exp(u) => self.unary(
                &u,
                if t == "f32" {
                    "exp_f32({a})"
                } else {
                    "{a}.exp()"
                },
            )?,
            Arithmetic::Log(u) => self.unary(&u, "{a}.ln()")?,
            Arithmetic::Sin(u) => self.unary(&u, "{a}.sin()")?,
            Arithmetic::Cos(u) => self.unary(&u, "{a}.cos()")?,
            Arithmetic::Tanh(u) => self.unary(
                &u,
                if t == "f32" {
                    "tanh_f32({a})"
                } else {
                    "{a}.tanh()"
                },
            )?,
            Arithmetic::Sqrt(u) => self.unary(&u, "{a}.sqrt()")?,
            Arithmetic::InverseSqrt(u) => self.unary(&u, "1.0 / {a}.sqrt()")?,
            Arithmetic::Recip(u) => self.unary(&u, "1.0 / {a}")?,
            Arithmetic::Floor(u) => self.unary(&u, "{a}.floor()")?,
            Arithmetic::Ceil(u) => self.unary(&u, "{a}.ceil()")?,
            Arithmetic::Round(u) => self.unary(&u, "{a}.round_ties_even()")?,
            Arithmetic::Trunc(u) => self.unary(&u, "{a}.trunc()")?,
            other => return Err(unsupported(other)),
        })
    }

    fn binary(
        &mut self,
        op: &cubecl::ir::BinaryOperator,
        pattern: &str,
    ) -> Result<String, CompilationError> {
        let (a, b) = (self.value(&op.lhs)?, self.value(&op.rhs)?);
        Ok(pattern.replace("{a}", &a).replace("{b}", &b))
    }

    fn unary(
        &mut self,
        op: &cubecl::ir::UnaryOperator,
        pattern: &str,
    ) -> Result<String, CompilationError> {
        let a = self.value(&op.input)?;
        Ok(pattern.replace("{a}", &format!("({a})")))
    }

    fn comparison(&mut self, op: Comparison) -> Result<String, CompilationError> {
        Ok(match op {
            Comparison::Lower(b) => self.binary(&b, "{a} < {b}")?,
            Comparison::LowerEqual(b) => self.binary(&b, "{a} <= {b}")?,
            Comparison::Equal(b) => self.binary(&b, "{a} == {b}")?,
            Comparison::NotEqual(b) => self.binary(&b, "{a} != {b}")?,
            Comparison::GreaterEqual(b) => self.binary(&b, "{a} >= {b}")?,
            Comparison::Greater(b) => self.binary(&b, "{a} > {b}")?,
            Comparison::IsNan(u) => self.unary(&u, "{a}.is_nan()")?,
            Comparison::IsInf(u) => self.unary(&u, "{a}.is_infinite()")?,
        })
    }

    fn bitwise(&mut self, op: Bitwise) -> Result<String, CompilationError> {
        Ok(match op {
            Bitwise::BitwiseAnd(b) => self.binary(&b, "{a} & {b}")?,
            Bitwise::BitwiseOr(b) => self.binary(&b, "{a} | {b}")?,
            Bitwise::BitwiseXor(b) => self.binary(&b, "{a} ^ {b}")?,
            // GPU shifts take the count modulo the width, as wrapping shifts do.
            Bitwise::ShiftLeft(b) => self.binary(&b, "{a}.wrapping_shl(({b}) as u32)")?,
            Bitwise::ShiftRight(b) => self.binary(&b, "{a}.wrapping_shr(({b}) as u32)")?,
            Bitwise::BitwiseNot(u) => self.unary(&u, "!{a}")?,
            Bitwise::CountOnes(u) => self.unary(&u, "{a}.count_ones()")?,
            other => return Err(unsupported(other)),
        })
    }

    /// A pointer to the first element of an array (of lane `l`'s part, for
    /// a per-unit local array) and its length, for the checked lane helpers.
    fn array(&mut self, list: &Variable) -> Result<(String, String), CompilationError> {
        Ok(match list.kind {
            VariableKind::GlobalInputArray(id) | VariableKind::GlobalOutputArray(id) => {
                (format!("g{id}"), format!("g{id}_len"))
            }
            VariableKind::SharedArray { id, length, .. } => {
                self.shared.insert(id, (rust_type(list.ty)?, length));
                (format!("sh{id}.as_mut_ptr()"), length.to_string())
            }
            VariableKind::LocalArray { .. } => {
                return Err(generic(
                    "a per-unit array is accessed through ldl/stl".into(),
                ));
            }
            VariableKind::ConstantArray { id, length, .. } => {
                (format!("CA{id}.as_ptr()"), length.to_string())
            }
            other => return Err(unsupported(other)),
        })
    }

    /// The lane array of a split local array's element at `index`
    /// ([`super::split_locals`]), if the array is split.
    fn split_slot(&self, list: &Variable, index: &Variable) -> Option<String> {
        let VariableKind::LocalArray { id, length, .. } = list.kind else {
            return None;
        };
        if !self.split.contains(&id) {
            return None;
        }
        let i = split_locals::constant_index(index, length)?;
        Some(format!("la{id}_{i}"))
    }

    /// Whether lane `l` is active, as an expression.
    fn active(&self) -> String {
        if self.masked {
            format!("{}[l]", self.mask())
        } else {
            "true".into()
        }
    }

    /// An element of an array, read in lane `l` of a fused loop (which must
    /// not panic: see [`super::lanes`]).
    fn lane_load(&mut self, list: &Variable, index: &Variable) -> Result<String, CompilationError> {
        let i = self.value(index)?;
        let active = self.active();
        if let VariableKind::LocalArray { id, length, .. } = list.kind {
            self.locals.insert(id, (rust_type(list.ty)?, length));
            if let Some(slot) = self.split_slot(list, index) {
                return Ok(format!("{slot}[l]"));
            }
            return Ok(format!(
                "ldl(la{id}.as_mut_ptr(), {length}, UNITS, {i}, l, {active}, &mut ok)"
            ));
        }
        let (ptr, len) = self.array(list)?;
        if let Some(start) = self.contiguous(list, index, &len) {
            return Ok(format!("*{ptr}.add({start} + l)"));
        }
        Ok(format!("ld({ptr}, {len}, {i}, {active}, &mut ok)"))
    }

    /// `out = (bytes >> shift) & mask`, the bytes read straight from the
    /// array's memory (see [`super::subword`]).
    fn subword_read(&mut self, read: &SubwordRead, out: &Variable) -> Result<(), CompilationError> {
        // (A body emitted twice, masked and not, may read it either way.)
        if let VariableKind::LocalConst { id } = out.kind {
            self.halfword_reads.remove(&id);
        }
        let (ptr, len) = self.array(&read.list)?;
        let byte = self.value(&read.byte)?;
        let k = read.bytes;
        let bytes = if !self.u.varies(&read.byte) {
            let load = if self.prechecked.contains(&(read.list.kind, read.byte.kind)) {
                format!("rdb{k}_prechecked({ptr}, {byte})")
            } else {
                format!("rdb{k}({ptr}, {len}, {byte})")
            };
            if !self.u.varies(out) {
                load
            } else {
                // Loaded once, in front of the lane loop that shifts it.
                self.next_span += 1;
                let name = format!("r{}", self.next_span);
                self.line(format!("let {name}: u32 = {load};"));
                name
            }
        } else if k == 1
            && let Some(start) = self.contiguous(&read.list, &read.byte, &format!("{len} * 4"))
        {
            format!("byte({ptr}, {start} + l)")
        } else if k == 1 {
            let active = self.active();
            format!("ldb({ptr}, {len}, {byte}, {active}, &mut ok)")
        } else if let Some(start) = self.contiguous_halves(&read.list, &read.byte, &len) {
            let whole = read.shift.is_none_or(|s| const_u64(&s) == Some(0))
                && const_u64(&read.mask) == Some(0xFFFF);
            if whole && let VariableKind::LocalConst { id } = out.kind {
                self.halfword_reads.insert(id, (ptr.clone(), start.clone()));
            }
            format!("halfword({ptr}, {start} + 2 * l)")
        } else {
            let active = self.active();
            format!("ldb2({ptr}, {len}, {byte}, {active}, &mut ok)")
        };
        let shift = match &read.shift {
            Some(s) => self.value(s)?,
            None => "0u32".into(),
        };
        let mask = self.value(&read.mask)?;
        let expr = format!("({bytes}).wrapping_shr(({shift}) as u32) & {mask}");
        self.assign_checked(out, expr, false)
    }

    /// A store of `value` to an element of an array, in lane `l` of a fused loop.
    fn lane_store(
        &mut self,
        list: &Variable,
        index: &Variable,
        value: &str,
    ) -> Result<String, CompilationError> {
        let i = self.value(index)?;
        if let VariableKind::LocalArray { id, length, .. } = list.kind {
            self.locals.insert(id, (rust_type(list.ty)?, length));
            let active = self.active();
            if let Some(slot) = self.split_slot(list, index) {
                // As `stl`: an inactive lane's slot gets its own value back.
                return Ok(if self.masked {
                    format!("{slot}[l] = if {active} {{ {value} }} else {{ {slot}[l] }};")
                } else {
                    format!("{slot}[l] = {value};")
                });
            }
            return Ok(format!(
                "stl(la{id}.as_mut_ptr(), {length}, UNITS, {i}, l, {value}, {active}, &mut ok);"
            ));
        }
        let (ptr, len) = self.array(list)?;
        if let Some(start) = self.contiguous(list, index, &len) {
            return Ok(format!("*{ptr}.add({start} + l) = {value};"));
        }
        Ok(format!("st({ptr}, {len}, {i}, {value}, &mut ok);"))
    }

    /// An element of an array, at a uniform index (outside lane loops).
    fn element(&mut self, list: &Variable, index: &Variable) -> Result<String, CompilationError> {
        let i = self.value(index)?;
        Ok(match list.kind {
            VariableKind::GlobalInputArray(id) | VariableKind::GlobalOutputArray(id) => {
                if self.prechecked.contains(&(list.kind, index.kind)) {
                    // Checked before the loop (`hoist.rs`).
                    format!("*g{id}.add(({i}) as usize)")
                } else {
                    format!("*at(g{id}, g{id}_len, {i})")
                }
            }
            VariableKind::SharedArray { id, length, .. } => {
                self.shared.insert(id, (rust_type(list.ty)?, length));
                format!("sh{id}[({i}) as usize]")
            }
            VariableKind::LocalArray { id, length, .. } => {
                self.locals.insert(id, (rust_type(list.ty)?, length));
                match self.split_slot(list, index) {
                    Some(slot) => format!("{slot}[l]"),
                    None => format!("la{id}[({i}) as usize * UNITS + l]"),
                }
            }
            VariableKind::ConstantArray { id, .. } => format!("CA{id}[({i}) as usize]"),
            other => return Err(unsupported(other)),
        })
    }

    fn operator(&mut self, op: Operator, out: Option<Variable>) -> Result<(), CompilationError> {
        match op {
            Operator::Index(i) | Operator::UncheckedIndex(i) => {
                let out = out.unwrap();
                let e = if self.u.varies(&out) {
                    self.lane_load(&i.list, &i.index)?
                } else {
                    self.element(&i.list, &i.index)?
                };
                self.assign_checked(&out, e, false)
            }
            Operator::IndexAssign(i) | Operator::UncheckedIndexAssign(i) => {
                let list = out.unwrap();
                let value = self.value(&i.value)?;
                let per_lane =
                    self.u.varies(&list) || self.u.varies(&i.index) || self.u.varies(&i.value);
                if per_lane {
                    let store = self.lane_store(&list, &i.index, &value)?;
                    // A lane's own local array takes its mask inside `stl`;
                    // shared and global stores are skipped by inactive lanes.
                    let own = matches!(list.kind, VariableKind::LocalArray { .. });
                    let mask = self.mask().to_string();
                    self.lanes(&store, own || !self.masked, &mask);
                } else {
                    let target = self.element(&list, &i.index)?;
                    // Every active lane stores the same value at the same place.
                    self.line(format!("{target} = {value};"));
                }
                Ok(())
            }
            Operator::And(b) => {
                let e = self.binary(&b, "{a} && {b}")?;
                self.assign(&out.unwrap(), e)
            }
            Operator::Or(b) => {
                let e = self.binary(&b, "{a} || {b}")?;
                self.assign(&out.unwrap(), e)
            }
            Operator::Not(u) => {
                let e = self.unary(&u, "!{a}")?;
                self.assign(&out.unwrap(), e)
            }
            Operator::Cast(u) => {
                let out = out.unwrap();
                let (from, to) = (rust_type(u.input.ty)?, rust_type(out.ty)?);
                let a = self.value(&u.input)?;
                let e = cast(&a, from, to);
                self.assign(&out, e)
            }
            Operator::Reinterpret(u) => {
                let out = out.unwrap();
                let (from, to) = (rust_type(u.input.ty)?, rust_type(out.ty)?);
                let a = self.value(&u.input)?;
                let e = match (from, to) {
                    ("u32", "f32") => format!("f32::from_bits({a})"),
                    ("f32", "u32") => format!("({a}).to_bits()"),
                    ("i32", "f32") => format!("f32::from_bits(({a}) as u32)"),
                    ("f32", "i32") => format!("(({a}).to_bits() as i32)"),
                    (f, t) if f == t => a,
                    ("u32", "i32") | ("i32", "u32") => format!("(({a}) as {to})"),
                    other => return Err(unsupported(other)),
                };
                self.assign(&out, e)
            }
            Operator::Select(s) => {
                let (c, a, b) = (
                    self.value(&s.cond)?,
                    self.value(&s.then)?,
                    self.value(&s.or_else)?,
                );
                self.assign(&out.unwrap(), format!("if {c} {{ {a} }} else {{ {b} }}"))
            }
            other => Err(unsupported(other)),
        }
    }
}

/// A conversion between scalar types, with GPU semantics where Rust's differ.
fn cast(a: &str, from: &str, to: &str) -> String {
    match (from, to) {
        _ if from == to => a.to_string(),
        ("f16", "f32") => format!("({a}).to_f32()"),
        ("f16", t) => format!("(({a}).to_f32() as {t})"),
        (_, "f16") if from != "bool" => format!("f16::from_f32(({a}) as f32)"),
        ("bool", "f16") => format!("f16::from_f32(({a}) as u8 as f32)"),
        ("bool", t) if is_float(t) => format!("(({a}) as u8 as {t})"),
        (_, "bool") => format!("(({a}) != Default::default())"),
        _ => format!("(({a}) as {to})"),
    }
}
