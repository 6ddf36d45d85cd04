//! What generated kernels call, and the launcher.
//!
//! A kernel runs one cube per call (its units as lanes, in lockstep); a launch
//! runs the cubes of a grid in parallel on the [`crate::pool`]. Arrays are raw pointers
//! with lengths because cubes write disjoint parts of the same outputs at the
//! same time, as on a GPU; every access is bounds-checked.

use std::sync::atomic::{AtomicU8, Ordering};

/// One array argument: a pointer to `len` elements of the kernel's type.
///
/// Even an empty array points at readable memory ([`EMPTY`]), because lane
/// loads read an element whatever the index (see [`ld`]).
#[derive(Clone, Copy, Debug)]
pub struct Buf {
    ptr: *mut u8,
    pub len: usize,
}

/// What an empty array points at: zeros, as long as any element type.
static EMPTY: [u64; 1] = [0];

// SAFETY: a launch hands the same buffers to every cube; kernels write
// disjoint elements (the contract every GPU kernel already keeps).
unsafe impl Send for Buf {}
unsafe impl Sync for Buf {}

impl Buf {
    pub fn of<T>(data: &[T]) -> Buf {
        Buf::new(data.as_ptr() as *mut u8, data.len())
    }

    pub fn of_mut<T>(data: &mut [T]) -> Buf {
        Buf::new(data.as_mut_ptr() as *mut u8, data.len())
    }

    fn new(ptr: *mut u8, len: usize) -> Buf {
        // Nothing is ever written through an empty array's pointer: every
        // store checks its index first.
        let ptr = if len == 0 {
            EMPTY.as_ptr() as *mut u8
        } else {
            ptr
        };
        Buf { ptr, len }
    }

    /// The array's first element, as the kernel's element type.
    pub fn ptr<T>(&self) -> *mut T {
        self.ptr as *mut T
    }
}

/// Scalar arguments, per type, in the order the kernel's IR numbers them.
#[derive(Clone, Debug, Default)]
pub struct Scalars {
    pub f32: Vec<f32>,
    pub u32: Vec<u32>,
    pub i32: Vec<i32>,
}

/// A compiled kernel variant.
#[derive(Clone, Copy)]
pub struct Kernel {
    pub run: unsafe fn([u32; 3], [u32; 3], &[Buf], &Scalars),
    pub cube_dim: [u32; 3],
}

impl Kernel {
    /// A grid with one unit per element of `n` (at least one cube).
    pub fn cubes_for(&self, n: usize) -> [u32; 3] {
        let units = self.cube_dim.iter().product::<u32>() as usize;
        [n.div_ceil(units).max(1) as u32, 1, 1]
    }
}

/// Element `i` of the array at `ptr`, checked against `len`.
///
/// # Safety
/// `ptr` points to `len` valid elements.
#[inline(always)]
pub unsafe fn at<'a, T>(ptr: *mut T, len: usize, i: u32) -> &'a mut T {
    let i = i as usize;
    if i >= len {
        out_of_bounds("index", i, 1, len);
    }
    // SAFETY: in bounds, checked above.
    unsafe { &mut *ptr.add(i) }
}

/// Element `i` of the array at `ptr`, read in a lane loop. Out of bounds,
/// it reads element 0 instead and, if the lane is `active`, clears `ok`; the
/// loop asserts `ok` after it, since a panic inside would stop
/// vectorization. (A load that always happens, at a chosen index,
/// vectorizes; a conditional one does not. An inactive lane's index may be
/// anything: its value is never used.)
///
/// # Safety
/// `ptr` points to `len` valid elements, and at least one readable one.
#[inline(always)]
pub unsafe fn ld<T: Copy>(ptr: *const T, len: usize, i: u32, active: bool, ok: &mut bool) -> T {
    let i = i as usize;
    let inside = i < len;
    *ok &= inside || !active;
    // SAFETY: `i` in bounds, or element 0, which is readable (see `Buf`).
    unsafe { *ptr.add(if inside { i } else { 0 }) }
}

/// Element `i` of lane `l`'s part of a per-unit local array of `len`
/// elements per lane, in a lane loop. The array is stored lane-minor
/// (element `i` of every lane together, at `i * units + l`), so that the
/// lanes' accesses at one uniform `i` are contiguous and vectorize. Out of
/// bounds, it reads the lane's element 0 and, if `active`, clears `ok`.
///
/// # Safety
/// `ptr` points to `len * units` elements and `l < units`.
#[inline(always)]
pub unsafe fn ldl<T: Copy>(
    ptr: *const T,
    len: usize,
    units: usize,
    i: u32,
    l: usize,
    active: bool,
    ok: &mut bool,
) -> T {
    let inside = (i as usize) < len;
    *ok &= inside || !active;
    let row = if inside { i as usize * units } else { 0 };
    // SAFETY: `row + l < len * units`.
    unsafe { *ptr.add(row + l) }
}

/// Stores `value` as element `i` of lane `l`'s part of a lane-minor local
/// array (see [`ldl`]) if the lane is `active`; out of bounds, it stores
/// nothing and, if `active`, clears `ok`.
///
/// # Safety
/// `ptr` points to `len * units` elements and `l < units`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub unsafe fn stl<T: Copy>(
    ptr: *mut T,
    len: usize,
    units: usize,
    i: u32,
    l: usize,
    value: T,
    active: bool,
    ok: &mut bool,
) {
    let inside = (i as usize) < len;
    *ok &= inside || !active;
    let row = if inside { i as usize * units } else { 0 };
    // SAFETY: `row + l < len * units`. Otherwise the slot, which only lane
    // `l` uses, gets its own value back: an unconditional store vectorizes.
    unsafe {
        let slot = ptr.add(row + l);
        *slot = if inside && active { value } else { *slot };
    }
}

/// Checks that lanes `0..UNITS` may access elements `start + l` of an array
/// of `len` (a contiguous access, whose loop then needs no check per lane).
#[inline(always)]
pub fn span(start: u32, lanes: usize, len: usize) -> usize {
    let start = start as usize;
    if start + lanes > len {
        out_of_bounds("indices", start, lanes, len);
    }
    start
}

/// Checks that lanes `0..UNITS` may read the 16-bit values at bytes
/// `start + 2 * l` of an array of `len` `u32`s (see [`halfword`]).
#[inline(always)]
pub fn span_halves(start: u32, lanes: usize, len: usize) -> usize {
    let start = start as usize;
    if start + 2 * lanes > len * 4 {
        out_of_bounds("bytes", start, 2 * lanes, len * 4);
    }
    start
}

/// Bytes `i` and `i + 1` of the `u32` array at `ptr`, as a little-endian
/// `u16` (a lane's f16 scale of a row-tiled weight): contiguous across the
/// lanes, so LLVM loads 8 lanes' at once and widens them (`vpmovzxwd`).
///
/// # Safety
/// Bytes `i` and `i + 1` lie inside the array (checked by [`span_halves`]).
#[inline(always)]
pub unsafe fn halfword(ptr: *const u32, i: usize) -> u32 {
    // SAFETY: forwarded from the caller.
    unsafe { rdb2_prechecked(ptr, i as u32) }
}

/// Checks, before a loop, the largest index `top` that one of its
/// contiguous accesses reaches on any pass, in any lane (see the CPU
/// compiler's `hoist.rs`): `fits` says the index arithmetic stayed exact.
#[inline(always)]
pub fn hoisted_check(fits: bool, top: u64, len: usize) {
    if !fits || top >= len as u64 {
        out_of_bounds("indices (checked before the loop)", top as usize, 1, len);
    }
}

/// The panic of a failed bounds check, kept out of line: the checks sit in
/// the kernels' innermost loops, where formatting arguments prepared for an
/// inline panic cost stores on every pass.
#[cold]
#[inline(never)]
fn out_of_bounds(what: &str, start: usize, count: usize, len: usize) -> ! {
    panic!(
        "kernel {what} {start}..{} out of bounds ({len})",
        start + count
    )
}

/// Byte `i` of the `u32` array at `ptr`, the array read as little-endian
/// bytes (as a GPU kernel reads it: `(w[i / 4] >> (i % 4) * 8) & 0xff`).
///
/// # Safety
/// `ptr` points to more than `i / 4` elements.
#[inline(always)]
pub unsafe fn byte(ptr: *const u32, i: usize) -> u32 {
    #[cfg(target_endian = "little")]
    // SAFETY: byte `i` lies in element `i / 4`, which is in bounds.
    unsafe {
        *(ptr as *const u8).add(i) as u32
    }
    #[cfg(target_endian = "big")]
    // SAFETY: as above.
    unsafe {
        (*ptr.add(i / 4) >> (i % 4 * 8)) & 0xff
    }
}

/// Byte `i` of the `u32` array at `ptr` of `len` elements (see [`byte`]), checked.
///
/// # Safety
/// `ptr` points to `len` valid elements.
#[inline(always)]
pub unsafe fn rdb1(ptr: *const u32, len: usize, i: u32) -> u32 {
    let i = i as usize;
    if i >= len * 4 {
        out_of_bounds("bytes", i, 1, len * 4);
    }
    // SAFETY: checked above.
    unsafe { rdb1_prechecked(ptr, i as u32) }
}

/// Bytes `i` and `i + 1` of the `u32` array at `ptr` of `len` elements, as
/// a little-endian `u16` (see [`byte`]), checked.
///
/// # Safety
/// `ptr` points to `len` valid elements.
#[inline(always)]
pub unsafe fn rdb2(ptr: *const u32, len: usize, i: u32) -> u32 {
    let i = i as usize;
    if i + 1 >= len * 4 {
        out_of_bounds("bytes", i, 2, len * 4);
    }
    // SAFETY: checked above.
    unsafe { rdb2_prechecked(ptr, i as u32) }
}

/// [`rdb1`] whose index was checked before the loop (`hoisted_check`).
///
/// # Safety
/// Byte `i` lies inside the array.
#[inline(always)]
pub unsafe fn rdb1_prechecked(ptr: *const u32, i: u32) -> u32 {
    // SAFETY: forwarded from the caller.
    unsafe { byte(ptr, i as usize) }
}

/// [`rdb2`] whose index was checked before the loop (`hoisted_check`).
///
/// # Safety
/// Bytes `i` and `i + 1` lie inside the array.
#[inline(always)]
pub unsafe fn rdb2_prechecked(ptr: *const u32, i: u32) -> u32 {
    let i = i as usize;
    // One 16-bit load: LLVM does not always merge two byte loads into one
    // (an index known to be even reaches it as `i | 1`), and block scales
    // were assembled byte by byte in the matvecs' hottest loop.
    #[cfg(target_endian = "little")]
    // SAFETY: forwarded from the caller; the load is unaligned-safe.
    unsafe {
        ((ptr as *const u8).add(i) as *const u16).read_unaligned() as u32
    }
    #[cfg(target_endian = "big")]
    // SAFETY: forwarded from the caller.
    unsafe {
        byte(ptr, i) | byte(ptr, i + 1) << 8
    }
}

/// Byte `i` of the `u32` array at `ptr` of `len` elements (see [`byte`]), in
/// a lane loop: out of bounds, byte 0, and `ok` cleared if the lane is `active`.
///
/// # Safety
/// `ptr` points to `len` valid elements, and at least one readable one.
#[inline(always)]
pub unsafe fn ldb(ptr: *const u32, len: usize, i: u32, active: bool, ok: &mut bool) -> u32 {
    let i = i as usize;
    let inside = i < len * 4;
    *ok &= inside || !active;
    // SAFETY: `i` in bounds, or byte 0, which is readable (see `Buf`).
    unsafe { byte(ptr, if inside { i } else { 0 }) }
}

/// Bytes `i` and `i + 1` of the `u32` array at `ptr` of `len` elements, as
/// a little-endian `u16` (see [`rdb2`]), in a lane loop: out of bounds,
/// bytes 0 and 1, and `ok` cleared if the lane is `active`.
///
/// # Safety
/// `ptr` points to `len` valid elements, and at least one readable one.
#[inline(always)]
pub unsafe fn ldb2(ptr: *const u32, len: usize, i: u32, active: bool, ok: &mut bool) -> u32 {
    let i = i as usize;
    let inside = i + 1 < len * 4;
    *ok &= inside || !active;
    // SAFETY: bytes `i` and `i + 1` in bounds, or bytes 0 and 1 of element 0.
    unsafe { rdb2_prechecked(ptr, if inside { i as u32 } else { 0 }) }
}

/// Stores `value` at element `i` of the array at `ptr`, in a lane loop: out
/// of bounds, it stores nothing and clears `ok`.
///
/// # Safety
/// `ptr` points to `len` valid elements, which no one else accesses meanwhile.
#[inline(always)]
pub unsafe fn st<T>(ptr: *mut T, len: usize, i: u32, value: T, ok: &mut bool) {
    let i = i as usize;
    let inside = i < len;
    *ok &= inside;
    if inside {
        // SAFETY: in bounds, checked above.
        unsafe { *ptr.add(i) = value }
    }
}

/// `e^x` in f32 within 2 ulp (Cephes' `expf`), branch-free so that a lane
/// loop of it vectorizes; the standard library's `exp` is a libm call per
/// lane, which perf found at 8% of a prefill (softmax, SiLU, attention).
/// Overflow gives infinity, underflow zero (denormals flush), NaN stays NaN.
#[inline(always)]
#[allow(clippy::excessive_precision)] // Cephes' coefficients, as published
pub fn exp_f32(x: f32) -> f32 {
    const HI: f32 = 88.722_83;
    const LO: f32 = -87.336_55;
    let xc = x.clamp(LO, HI);
    // x = n ln2 + r, |r| <= ln2 / 2, with ln2 in two parts so n ln2 is exact.
    let n = (xc * std::f32::consts::LOG2_E + 0.5).floor();
    let r = xc - n * 0.693_359_4 - n * -2.121_944_4e-4;
    let p = ((((1.987_569_1e-4 * r + 1.398_199_9e-3) * r + 8.333_452e-3) * r + 4.166_579_6e-2) * r
        + 1.666_666_5e-1)
        * r
        + 5.000_000_1e-1;
    let y = p * (r * r) + r + 1.0;
    // 2^n in two halves: n reaches 128, one past the largest exponent.
    let n = n as i32;
    let half = n >> 1;
    let pow2 = |e: i32| f32::from_bits(((e + 127) as u32) << 23);
    let e = y * pow2(half) * pow2(n - half);
    if x > HI {
        f32::INFINITY
    } else if x < LO {
        0.0
    } else {
        e
    }
}

/// `tanh(x)` in f32 within a few ulp, branch-free (see [`exp_f32`]): Cephes'
/// odd polynomial below 0.625, where `1 - 2 / (e^2|x| + 1)` would cancel,
/// and that formula above it.
#[inline(always)]
#[allow(clippy::excessive_precision)] // Cephes' coefficients, as published
pub fn tanh_f32(x: f32) -> f32 {
    let a = x.abs();
    let z = x * x;
    let small =
        ((((-5.704_988_7e-3 * z + 2.063_908_9e-2) * z - 5.373_971_6e-2) * z + 1.333_144_2e-1) * z
            - 3.333_328_2e-1)
            * z
            * x
            + x;
    let large = (1.0 - 2.0 / (exp_f32(2.0 * a) + 1.0)).copysign(x);
    if a < 0.625 { small } else { large }
}

/// Integer division with a GPU's answer for a zero divisor (0) instead of a panic.
#[inline(always)]
pub fn div<T: Div>(a: T, b: T) -> T {
    a.checked(b, false)
}

/// Integer remainder, 0 for a zero divisor.
#[inline(always)]
pub fn rem<T: Div>(a: T, b: T) -> T {
    a.checked(b, true)
}

pub trait Div: Copy {
    fn checked(self, b: Self, rem: bool) -> Self;
}

macro_rules! impl_div {
    ($($t:ty),*) => {$(
        impl Div for $t {
            #[inline(always)]
            fn checked(self, b: Self, rem: bool) -> Self {
                if rem { self.checked_rem(b).unwrap_or(0) } else { self.checked_div(b).unwrap_or(0) }
            }
        }
    )*};
}
impl_div!(u8, u16, u32, u64, i8, i16, i32, i64);

/// Weight rows per tile of [`launch_row_tiles`]: 64 rows of a small model's
/// projection (a few tens of KiB quantized) stay in L2 while every token
/// group passes over them.
pub const ROWS_PER_TILE: u32 = 64;

/// Runs `kernel` over a grid of `count` cubes (a plane of them: `count[2]`
/// is 1), in parallel, in tiles of [`ROWS_PER_TILE`] `x`s: within a tile,
/// every `y` in turn visits the tile's `x`s.
///
/// The matmul's grid is weight rows (`x`) by token groups (`y`). Visiting a
/// tile's rows for one token group reuses that group's activations from L1
/// across the rows, and the tile's weights stay in L2 across the groups: the
/// whole activation matrix (over a MiB for 512 tokens) is then read from
/// memory once per tile instead of once per row, and the weights once.
///
/// # Safety
/// As [`launch`].
pub unsafe fn launch_row_tiles(kernel: Kernel, count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    debug_assert_eq!(count[2], 1);
    // SAFETY: forwarded from the caller.
    unsafe { launch_in_order(kernel, count, bufs, scalars, |c| row_tile_cube(c, count)) }
}

/// The `c`-th cube [`launch_row_tiles`] visits.
fn row_tile_cube(c: u32, [rows, groups, _]: [u32; 3]) -> [u32; 3] {
    // Every tile before this one is whole.
    let first_row = c / (ROWS_PER_TILE * groups) * ROWS_PER_TILE;
    let tile_rows = ROWS_PER_TILE.min(rows - first_row);
    let within = c - first_row * groups;
    [first_row + within % tile_rows, within / tile_rows, 0]
}

/// Runs `kernel` over a grid of `count` cubes, in parallel.
///
/// # Safety
/// `bufs` and `scalars` are the kernel's arguments, with true lengths and
/// types, and the launch shape is one the kernel was written for.
pub unsafe fn launch(kernel: Kernel, count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    // SAFETY: forwarded from the caller.
    unsafe { launch_in_order(kernel, count, bufs, scalars, |c| grid_cube(c, count)) }
}

/// The `c`-th cube of a grid in x-major order.
fn grid_cube(c: u32, count: [u32; 3]) -> [u32; 3] {
    [
        c % count[0],
        c / count[0] % count[1],
        c / (count[0] * count[1]),
    ]
}

/// [`launch`] on the calling thread alone: for a grid whose work is less
/// than waking the pool costs (one token's activations quantized for a
/// decode step).
///
/// # Safety
/// As [`launch`].
pub unsafe fn launch_here(kernel: Kernel, count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    for c in 0..count[0] * count[1] * count[2] {
        // SAFETY: forwarded from the caller.
        unsafe { (kernel.run)(grid_cube(c, count), count, bufs, scalars) }
    }
}

/// Runs cube `cube_of(c)` for every `c` below the grid's size, in parallel
/// on the [`crate::pool`], in contiguous chunks of `c` (so `cube_of` decides
/// which cubes run together on a core).
///
/// # Safety
/// As [`launch`]; `cube_of` maps the range onto the grid.
unsafe fn launch_in_order(
    kernel: Kernel,
    count: [u32; 3],
    bufs: &[Buf],
    scalars: &Scalars,
    cube_of: impl Fn(u32) -> [u32; 3] + Sync,
) {
    let n = count[0] as usize * count[1] as usize * count[2] as usize;
    // Several chunks per thread, claimed as threads come free, so a thread
    // slowed by the machine's other work does not hold up the launch.
    let chunk = n
        .div_ceil(crate::pool::threads() * CHUNKS_PER_THREAD)
        .max(1);
    crate::pool::for_each_chunk(n.div_ceil(chunk), &|i| {
        for c in i * chunk..((i + 1) * chunk).min(n) {
            // SAFETY: forwarded from the caller.
            unsafe { (kernel.run)(cube_of(c as u32), count, bufs, scalars) }
        }
    });
}

/// Chunks of a launch per pool thread.
const CHUNKS_PER_THREAD: usize = 8;

/// The instruction sets a generated kernel has variants for, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Isa {
    /// AVX-512 (F, BW, VL, DQ, VNNI) with FMA and F16C: 16-lane loops in
    /// one register, and 8-bit dot products in one instruction. (AVX-512
    /// without VNNI, as on Skylake-SP, takes the AVX2 variants.)
    Avx512,
    /// AVX2 with FMA and F16C: 8-wide vectors.
    Avx2,
    /// Whatever the build targets.
    Baseline,
}

impl Isa {
    const ALL: [Isa; 3] = [Isa::Avx512, Isa::Avx2, Isa::Baseline];

    /// The instruction sets this CPU runs, best first (the baseline always).
    pub fn available() -> Vec<Isa> {
        let best = detect_isa();
        Isa::ALL.into_iter().skip_while(|&i| i != best).collect()
    }
}

/// The variant kernels run now; `u8::MAX` until first asked.
static ISA: AtomicU8 = AtomicU8::new(u8::MAX);

/// The [`Isa`] whose variants kernels run: the best this CPU has, detected
/// once per process, unless [`set_isa`] chose another. `REALM_CPU_ISA=avx2`
/// or `=baseline` caps the detection (for comparing variants).
#[inline]
pub fn isa() -> Isa {
    match ISA.load(Ordering::Relaxed) {
        u8::MAX => {
            let best = detect_isa();
            ISA.store(best as u8, Ordering::Relaxed);
            best
        }
        i => Isa::ALL[i as usize],
    }
}

/// Makes kernels run `isa`'s variants from now on (every variant computes
/// the same results within rounding; the conformance suite checks each).
/// Returns false, changing nothing, if this CPU lacks it.
pub fn set_isa(isa: Isa) -> bool {
    let ok = Isa::available().contains(&isa);
    if ok {
        ISA.store(isa as u8, Ordering::Relaxed);
    }
    ok
}

fn detect_isa() -> Isa {
    let cap = std::env::var("REALM_CPU_ISA").unwrap_or_default();
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        let avx2 = has!("avx2") && has!("fma") && has!("f16c");
        let avx512 = avx2
            && has!("avx512f")
            && has!("avx512bw")
            && has!("avx512vl")
            && has!("avx512dq")
            && has!("avx512vnni");
        if avx512 && cap.is_empty() {
            return Isa::Avx512;
        }
        if avx2 && cap != "baseline" {
            return Isa::Avx2;
        }
    }
    let _ = cap;
    Isa::Baseline
}

/// What a generated kernel's body may ask of the instruction set it was
/// compiled for, beyond plain Rust.
pub trait Target {
    /// The f16 in the low 16 bits of `h`, widened to f32 (exactly).
    fn f16_to_f32(h: u32) -> f32;

    /// `a * b + c`, fused (one rounding) where the target has the instruction.
    fn fmadd(a: f32, b: f32, c: f32) -> f32;

    /// [`dot_u8_i8`] of every lane.
    #[inline(always)]
    fn dot_u8_i8<const N: usize>(u: &[u32; N], v: &[u32; N]) -> [i32; N] {
        std::array::from_fn(|l| dot_u8_i8(u[l], v[l]))
    }

    /// The wrapping sum of every lane (in any order: it is exact).
    #[inline(always)]
    fn sum_lanes_i32<const N: usize>(x: &[i32; N]) -> i32 {
        wrapping_sum(x)
    }

    /// [`dot_u7_i8`] of every lane.
    #[inline(always)]
    fn dot_u7_i8<const N: usize>(u: &[i32; N], v: &[u32; N]) -> [i32; N] {
        Self::dot_u8_i8(&u.map(|u| u as u32), v)
    }

    /// [`Self::f16_to_f32`] of every lane.
    #[inline(always)]
    fn f16_to_f32_lanes<const N: usize>(h: &[u32; N]) -> [f32; N] {
        h.map(Self::f16_to_f32)
    }

    /// The `N` f16s at bytes `byte..byte + 2 * N` of the `u32` array at
    /// `ptr`, widened: lane `l`'s from [`halfword`]`(ptr, byte + 2 * l)`.
    ///
    /// # Safety
    /// The bytes lie inside the array (checked by [`span_halves`]).
    #[inline(always)]
    unsafe fn f16_to_f32_at<const N: usize>(ptr: *const u32, byte: usize) -> [f32; N] {
        // SAFETY: forwarded from the caller.
        std::array::from_fn(|l| Self::f16_to_f32(unsafe { halfword(ptr, byte + 2 * l) }))
    }
}

/// The sum of the products of the four bytes of `u` (unsigned) and of `v`
/// (two's complement), as the IR's `Dot` of two `u32`s means it
/// (`realm_codegen::kernels::dot`).
#[inline(always)]
pub fn dot_u8_i8(u: u32, v: u32) -> i32 {
    let (u, v) = (u.to_le_bytes(), v.to_le_bytes());
    (0..4).map(|j| u[j] as i32 * v[j] as i8 as i32).sum()
}

/// The wrapping sum of `x`.
#[inline(always)]
fn wrapping_sum(x: &[i32]) -> i32 {
    x.iter().fold(0i32, |a, &b| a.wrapping_add(b))
}

/// [`dot_u8_i8`] of a `u` whose bytes are all below 128 (the IR's `Dot`
/// with an `i32` left operand): the same sum, which `vpmaddubsw` computes
/// without saturating (a pair of products stays within 2 * 127 * 128).
#[inline(always)]
pub fn dot_u7_i8(u: i32, v: u32) -> i32 {
    debug_assert_eq!(u as u32 & 0x8080_8080, 0, "a byte of {u:#x} is 128 or more");
    dot_u8_i8(u as u32, v)
}

/// Any CPU: conversions in plain integer code.
pub struct Portable;

impl Target for Portable {
    #[inline(always)]
    fn f16_to_f32(h: u32) -> f32 {
        half::f16::from_bits(h as u16).to_f32_const()
    }

    /// Unfused: without the instruction, a fused multiply-add is a library call.
    #[inline(always)]
    fn fmadd(a: f32, b: f32, c: f32) -> f32 {
        a * b + c
    }
}

/// x86-64 with F16C and FMA (every [`Isa`] but the baseline).
#[cfg(target_arch = "x86_64")]
pub struct X86;

#[cfg(target_arch = "x86_64")]
impl Target for X86 {
    #[inline(always)]
    fn f16_to_f32(h: u32) -> f32 {
        use std::arch::x86_64::{_mm_cvtph_ps, _mm_cvtsi32_si128, _mm_cvtss_f32};
        let mut h = h;
        // `h` is kept in a general register, so that it reaches the vector
        // unit by `vmovd`, which writes the whole register. Given a 16-bit
        // load, LLVM folds it into `vpinsrw` on a register whose other
        // lanes it leaves undefined, and it picked a live accumulator: each
        // block's scale then waited for the previous block's multiply-adds
        // (the float Q8_0 matvec ran at 12 GiB/s instead of 21).
        // SAFETY: an empty instruction sequence, touching nothing else.
        unsafe {
            std::arch::asm!("/* {0:e} */", inout(reg) h, options(pure, nomem, nostack, preserves_flags));
        }
        // SAFETY: `X86` bodies run only inside functions that enable F16C,
        // chosen by `isa()` after detecting it.
        unsafe { _mm_cvtss_f32(_mm_cvtph_ps(_mm_cvtsi32_si128(h as i32))) }
    }

    /// One `vfmadd` (every non-baseline `Isa` has FMA).
    #[inline(always)]
    fn fmadd(a: f32, b: f32, c: f32) -> f32 {
        a.mul_add(b, c)
    }

    /// One 16-byte load and `vcvtph2ps` per 8 lanes.
    #[inline(always)]
    unsafe fn f16_to_f32_at<const N: usize>(ptr: *const u32, byte: usize) -> [f32; N] {
        use std::arch::x86_64::{__m128i, _mm_loadu_si128, _mm256_cvtph_ps, _mm256_storeu_ps};
        if !N.is_multiple_of(8) {
            // SAFETY: forwarded from the caller.
            return std::array::from_fn(|l| {
                Self::f16_to_f32(unsafe { halfword(ptr, byte + 2 * l) })
            });
        }
        let mut out = [0f32; N];
        // SAFETY: F16C (see `f16_to_f32`); the loads stay inside the bytes
        // the caller vouches for, the stores inside `out`.
        unsafe {
            for c in (0..N).step_by(8) {
                let h = _mm_loadu_si128((ptr as *const u8).add(byte + 2 * c) as *const __m128i);
                _mm256_storeu_ps(out.as_mut_ptr().add(c), _mm256_cvtph_ps(h));
            }
        }
        out
    }

    /// `vcvtph2ps`, 8 lanes at a time (each lane's low 16 bits packed first).
    #[inline(always)]
    fn f16_to_f32_lanes<const N: usize>(h: &[u32; N]) -> [f32; N] {
        use std::arch::x86_64::{
            __m256i, _mm256_and_si256, _mm256_castsi256_si128, _mm256_cvtph_ps, _mm256_loadu_si256,
            _mm256_packus_epi32, _mm256_permute4x64_epi64, _mm256_set1_epi32, _mm256_storeu_ps,
        };
        if !N.is_multiple_of(8) {
            return h.map(Self::f16_to_f32);
        }
        let mut out = [0f32; N];
        // SAFETY: AVX2 and F16C (see `f16_to_f32`); the loads and stores stay
        // inside `h` and `out`.
        unsafe {
            for c in (0..N).step_by(8) {
                let x = _mm256_loadu_si256(h.as_ptr().add(c) as *const __m256i);
                // The low halves, which `packus` then takes without saturating.
                let x = _mm256_and_si256(x, _mm256_set1_epi32(0xFFFF));
                // [h0..h3 h0..h3 | h4..h7 h4..h7] as 16-bit lanes; quadwords 0 and 2.
                let packed = _mm256_permute4x64_epi64::<0b10_00>(_mm256_packus_epi32(x, x));
                let f = _mm256_cvtph_ps(_mm256_castsi256_si128(packed));
                _mm256_storeu_ps(out.as_mut_ptr().add(c), f);
            }
        }
        out
    }

    /// AVX2 on 8 lanes at a time, exactly: each byte widened to 16 bits in
    /// place (the even bytes masked, the odd ones shifted down; `v`'s
    /// sign-extended by arithmetic shifts) and multiplied in pairs by
    /// `vpmaddwd`. `vpmaddubsw`, llama.cpp's AVX2 dot, would take two
    /// instructions instead of eight, but its 16-bit pair sums saturate
    /// once `u` reaches 128 (Q8_0 and the codebook formats reach 255).
    #[inline(always)]
    fn dot_u8_i8<const N: usize>(u: &[u32; N], v: &[u32; N]) -> [i32; N] {
        // SAFETY: `X86` bodies run only inside functions that enable AVX2,
        // chosen by `isa()` after detecting it.
        unsafe {
            in_chunks(
                u,
                v,
                |u, v, o| dot_8_lanes_avx2(u, v, o),
                |u, v, o| dot_4_lanes_sse2(u, v, o),
                dot_u8_i8,
            )
        }
    }

    /// 4 lanes in one register: two shuffles and adds (the integer-dot
    /// matvec's group sums across its units).
    #[inline(always)]
    fn sum_lanes_i32<const N: usize>(x: &[i32; N]) -> i32 {
        use std::arch::x86_64::{
            __m128i, _mm_add_epi32, _mm_cvtsi128_si32, _mm_loadu_si128, _mm_shuffle_epi32,
        };
        if N != 4 {
            return wrapping_sum(x);
        }
        // SAFETY: SSE2 is in every x86-64; the load reads the 4 lanes.
        unsafe {
            let v = _mm_loadu_si128(x.as_ptr() as *const __m128i);
            let v = _mm_add_epi32(v, _mm_shuffle_epi32(v, 0b01_00_11_10));
            let v = _mm_add_epi32(v, _mm_shuffle_epi32(v, 0b10_11_00_01));
            _mm_cvtsi128_si32(v)
        }
    }

    /// llama.cpp's AVX2 dot: `vpmaddubsw` (byte pairs into 16 bits, exact
    /// as `u < 128`), then `vpmaddwd` by ones (pairs of those into 32).
    #[inline(always)]
    fn dot_u7_i8<const N: usize>(u: &[i32; N], v: &[u32; N]) -> [i32; N] {
        // SAFETY: as `dot_u8_i8`'s (SSSE3 comes with AVX2).
        unsafe {
            in_chunks(
                u,
                v,
                |u, v, o| dot7_8_lanes_avx2(u as *const u32, v, o),
                |u, v, o| dot7_4_lanes_ssse3(u as *const u32, v, o),
                dot_u7_i8,
            )
        }
    }
}

/// A lane-wise dot of `N` lanes: `eight` on 8 lanes at a time, then `four`
/// on 4, then `one` on each remaining lane, straight-line (a loop over
/// slices with a branch per chunk halved `matmul_q8`'s speed).
///
/// # Safety
/// The CPU has what `eight` and `four` need; they read 8 and 4 lanes of
/// `u` and `v` at the pointers given and write as many to the third.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn in_chunks<U: Copy, const N: usize>(
    u: &[U; N],
    v: &[u32; N],
    // Closures, not function pointers: each call is direct and inlined into
    // the caller, whose target features the intrinsics need.
    eight: impl Fn(*const U, *const u32, *mut i32),
    four: impl Fn(*const U, *const u32, *mut i32),
    one: impl Fn(U, u32) -> i32,
) -> [i32; N] {
    let mut out = [0i32; N];
    let (u, v, o) = (u.as_ptr(), v.as_ptr(), out.as_mut_ptr());
    // SAFETY: the loads and the stores stay inside the arrays
    // (`c + 8 <= N`, `c + 4 <= N`); the rest is the caller's.
    unsafe {
        let mut c = 0;
        while c + 8 <= N {
            eight(u.add(c), v.add(c), o.add(c));
            c += 8;
        }
        if c + 4 <= N {
            four(u.add(c), v.add(c), o.add(c));
            c += 4;
        }
        for l in c..N {
            *o.add(l) = one(*u.add(l), *v.add(l));
        }
    }
    out
}

/// [`X86`]'s [`Target::dot_u7_i8`] of 8 lanes.
///
/// # Safety
/// The CPU has AVX2, and the pointers are valid for 8 lanes.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn dot7_8_lanes_avx2(u: *const u32, v: *const u32, out: *mut i32) {
    use std::arch::x86_64::{
        __m256i, _mm256_loadu_si256, _mm256_madd_epi16, _mm256_maddubs_epi16, _mm256_set1_epi16,
        _mm256_storeu_si256,
    };
    // SAFETY: forwarded from the caller.
    unsafe {
        let a = _mm256_loadu_si256(u as *const __m256i);
        let b = _mm256_loadu_si256(v as *const __m256i);
        let pairs = _mm256_maddubs_epi16(a, b);
        let sum = _mm256_madd_epi16(pairs, _mm256_set1_epi16(1));
        _mm256_storeu_si256(out as *mut __m256i, sum);
    }
}

/// [`dot7_8_lanes_avx2`] on 4 lanes.
///
/// # Safety
/// The CPU has SSSE3, and the pointers are valid for 4 lanes.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn dot7_4_lanes_ssse3(u: *const u32, v: *const u32, out: *mut i32) {
    use std::arch::x86_64::{
        __m128i, _mm_loadu_si128, _mm_madd_epi16, _mm_maddubs_epi16, _mm_set1_epi16,
        _mm_storeu_si128,
    };
    // SAFETY: forwarded from the caller.
    unsafe {
        let a = _mm_loadu_si128(u as *const __m128i);
        let b = _mm_loadu_si128(v as *const __m128i);
        let pairs = _mm_maddubs_epi16(a, b);
        let sum = _mm_madd_epi16(pairs, _mm_set1_epi16(1));
        _mm_storeu_si128(out as *mut __m128i, sum);
    }
}

/// [`dot_8_lanes_avx2`] on 4 lanes (128 bits), for 4-unit kernels.
///
/// # Safety
/// The pointers are valid for 4 lanes (SSE2 is in every x86-64).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn dot_4_lanes_sse2(u: *const u32, v: *const u32, out: *mut i32) {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi32, _mm_and_si128, _mm_loadu_si128, _mm_madd_epi16, _mm_set1_epi16,
        _mm_slli_epi16, _mm_srai_epi16, _mm_srli_epi16, _mm_storeu_si128,
    };
    // SAFETY: forwarded from the caller.
    unsafe {
        let a = _mm_loadu_si128(u as *const __m128i);
        let b = _mm_loadu_si128(v as *const __m128i);
        let a_even = _mm_and_si128(a, _mm_set1_epi16(0x00FF));
        let a_odd = _mm_srli_epi16(a, 8);
        let b_even = _mm_srai_epi16(_mm_slli_epi16(b, 8), 8);
        let b_odd = _mm_srai_epi16(b, 8);
        let sum = _mm_add_epi32(_mm_madd_epi16(a_even, b_even), _mm_madd_epi16(a_odd, b_odd));
        _mm_storeu_si128(out as *mut __m128i, sum);
    }
}

/// [`X86`]'s [`Target::dot_u8_i8`] of lanes `u[0..8]`, `v[0..8]` into `out[0..8]`.
///
/// # Safety
/// The CPU has AVX2, and the pointers are valid for 8 lanes.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn dot_8_lanes_avx2(u: *const u32, v: *const u32, out: *mut i32) {
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi32, _mm256_and_si256, _mm256_loadu_si256, _mm256_madd_epi16,
        _mm256_set1_epi16, _mm256_slli_epi16, _mm256_srai_epi16, _mm256_srli_epi16,
        _mm256_storeu_si256,
    };
    // SAFETY: forwarded from the caller.
    unsafe {
        let a = _mm256_loadu_si256(u as *const __m256i);
        let b = _mm256_loadu_si256(v as *const __m256i);
        // Bytes 0 and 2 of each lane, and bytes 1 and 3, as 16-bit values.
        let a_even = _mm256_and_si256(a, _mm256_set1_epi16(0x00FF));
        let a_odd = _mm256_srli_epi16(a, 8);
        let b_even = _mm256_srai_epi16(_mm256_slli_epi16(b, 8), 8);
        let b_odd = _mm256_srai_epi16(b, 8);
        // Each lane: u0 v0 + u2 v2, plus u1 v1 + u3 v3 (at most 4 * 255 * 128).
        let sum = _mm256_add_epi32(
            _mm256_madd_epi16(a_even, b_even),
            _mm256_madd_epi16(a_odd, b_odd),
        );
        _mm256_storeu_si256(out as *mut __m256i, sum);
    }
}

/// [`X86`] with AVX512-VNNI (and VL): the [`Isa::Avx512`] variants.
#[cfg(target_arch = "x86_64")]
pub struct X86Vnni;

#[cfg(target_arch = "x86_64")]
impl Target for X86Vnni {
    #[inline(always)]
    fn f16_to_f32(h: u32) -> f32 {
        X86::f16_to_f32(h)
    }

    #[inline(always)]
    fn f16_to_f32_lanes<const N: usize>(h: &[u32; N]) -> [f32; N] {
        X86::f16_to_f32_lanes(h)
    }

    #[inline(always)]
    unsafe fn f16_to_f32_at<const N: usize>(ptr: *const u32, byte: usize) -> [f32; N] {
        // SAFETY: forwarded from the caller.
        unsafe { X86::f16_to_f32_at(ptr, byte) }
    }

    #[inline(always)]
    fn fmadd(a: f32, b: f32, c: f32) -> f32 {
        X86::fmadd(a, b, c)
    }

    #[inline(always)]
    fn sum_lanes_i32<const N: usize>(x: &[i32; N]) -> i32 {
        X86::sum_lanes_i32(x)
    }

    /// `vpdpbusd` on 8 lanes at a time (256 bits: as fast per element as
    /// 512 on the cores that split 512-bit operations, and no tail for the
    /// 16-unit integer-dot kernels), then 4 (the 4-unit ones).
    #[inline(always)]
    fn dot_u8_i8<const N: usize>(u: &[u32; N], v: &[u32; N]) -> [i32; N] {
        use std::arch::x86_64::{
            __m128i, __m256i, _mm_dpbusd_epi32, _mm_loadu_si128, _mm_setzero_si128,
            _mm_storeu_si128, _mm256_dpbusd_epi32, _mm256_loadu_si256, _mm256_setzero_si256,
            _mm256_storeu_si256,
        };
        let mut out = [0i32; N];
        let (u, v, o) = (u.as_ptr(), v.as_ptr(), out.as_mut_ptr());
        // SAFETY: `X86Vnni` bodies run only inside functions that enable
        // AVX512-VNNI and VL, chosen by `isa()` after detecting them; the
        // loads and the stores stay inside the arrays (`c + 8 <= N`,
        // `c + 4 <= N`).
        unsafe {
            let mut c = 0;
            while c + 8 <= N {
                let a = _mm256_loadu_si256(u.add(c) as *const __m256i);
                let b = _mm256_loadu_si256(v.add(c) as *const __m256i);
                let r = _mm256_dpbusd_epi32(_mm256_setzero_si256(), a, b);
                _mm256_storeu_si256(o.add(c) as *mut __m256i, r);
                c += 8;
            }
            if c + 4 <= N {
                let a = _mm_loadu_si128(u.add(c) as *const __m128i);
                let b = _mm_loadu_si128(v.add(c) as *const __m128i);
                let r = _mm_dpbusd_epi32(_mm_setzero_si128(), a, b);
                _mm_storeu_si128(o.add(c) as *mut __m128i, r);
                c += 4;
            }
            for l in c..N {
                *o.add(l) = dot_u8_i8(*u.add(l), *v.add(l));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every target's lane dot product is the scalar one, on bytes at
    /// their extremes and on a spread of mixed ones (23 lanes: two 8-lane
    /// vectors, a 4-lane one and a scalar tail).
    #[test]
    fn every_target_takes_the_same_8_bit_dot_products() {
        let mut u = [0u32; 23];
        let mut v = [0u32; 23];
        let mut x = 0x9E37_79B9u32;
        for l in 0..23 {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            u[l] = x;
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            v[l] = x;
        }
        (u[0], v[0]) = (0xFFFF_FFFF, 0x8080_8080);
        (u[1], v[1]) = (0xFFFF_FFFF, 0x7F7F_7F7F);
        assert_eq!(dot_u8_i8(u[0], v[0]), 4 * 255 * -128);
        assert_eq!(dot_u8_i8(u[1], v[1]), 4 * 255 * 127);
        assert_eq!(dot_u8_i8(0x0403_0201, 0xFF01_FF01), 1 - 2 + 3 - 4);
        let want: [i32; 23] = std::array::from_fn(|l| dot_u8_i8(u[l], v[l]));
        assert_eq!(Portable::dot_u8_i8(&u, &v), want);
        #[cfg(target_arch = "x86_64")]
        if Isa::available().contains(&Isa::Avx2) {
            // SAFETY: the CPU has AVX2 (`Isa::Avx2` requires it).
            assert_eq!(unsafe { dot_avx2(&u, &v) }, want);
        }
        #[cfg(target_arch = "x86_64")]
        if Isa::available()[0] == Isa::Avx512 {
            // SAFETY: the CPU has AVX512-VNNI (`Isa::Avx512` requires it).
            assert_eq!(unsafe { dot_vnni(&u, &v) }, want);
        }
    }

    /// The narrow dot (`u`'s bytes below 128) agrees with the full one on
    /// every target, at the extremes where `vpmaddubsw` would saturate if
    /// a byte of `u` reached 128 (127 * -128 twice: -32512, within i16).
    #[test]
    fn every_target_takes_the_same_narrow_dot_products() {
        let mut u = [0i32; 23];
        let mut v = [0u32; 23];
        let mut x = 0x2545_F491u32;
        for l in 0..23 {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            u[l] = (x & 0x7F7F_7F7F) as i32;
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            v[l] = x;
        }
        (u[0], v[0]) = (0x7F7F_7F7F, 0x8080_8080);
        (u[1], v[1]) = (0x7F7F_7F7F, 0x7F7F_7F7F);
        (u[9], v[9]) = (0x7F7F_7F7F, 0x8080_8080);
        (u[20], v[20]) = (0x7F7F_7F7F, 0x8080_8080);
        assert_eq!(dot_u7_i8(u[0], v[0]), 4 * 127 * -128);
        let want: [i32; 23] = std::array::from_fn(|l| dot_u8_i8(u[l] as u32, v[l]));
        assert_eq!(Portable::dot_u7_i8(&u, &v), want);
        #[cfg(target_arch = "x86_64")]
        if Isa::available().contains(&Isa::Avx2) {
            // SAFETY: the CPU has AVX2 (`Isa::Avx2` requires it).
            assert_eq!(unsafe { dot7_avx2(&u, &v) }, want);
        }
        #[cfg(target_arch = "x86_64")]
        if Isa::available()[0] == Isa::Avx512 {
            // SAFETY: the CPU has AVX512-VNNI (`Isa::Avx512` requires it).
            assert_eq!(unsafe { dot7_vnni(&u, &v) }, want);
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn dot7_avx2(u: &[i32; 23], v: &[u32; 23]) -> [i32; 23] {
        X86::dot_u7_i8(u, v)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512vl,avx512vnni")]
    unsafe fn dot7_vnni(u: &[i32; 23], v: &[u32; 23]) -> [i32; 23] {
        X86Vnni::dot_u7_i8(u, v)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn dot_avx2(u: &[u32; 23], v: &[u32; 23]) -> [i32; 23] {
        X86::dot_u8_i8(u, v)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512vl,avx512vnni")]
    unsafe fn dot_vnni(u: &[u32; 23], v: &[u32; 23]) -> [i32; 23] {
        X86Vnni::dot_u8_i8(u, v)
    }

    /// Relative error of `got` against the f64 value `want`, in units of
    /// f32's epsilon.
    fn ulps(got: f32, want: f64) -> f64 {
        (got as f64 - want).abs() / (want.abs().max(f32::MIN_POSITIVE as f64) * f32::EPSILON as f64)
    }

    /// Every 97th f32 in exp's finite range, and the edges.
    #[test]
    fn exp_is_within_two_ulp_and_saturates() {
        let mut worst = 0.0f64;
        for bits in (0..=u32::MAX).step_by(97) {
            let x = f32::from_bits(bits);
            if !(-87.0..=88.7).contains(&x) {
                continue;
            }
            worst = worst.max(ulps(exp_f32(x), (x as f64).exp()));
        }
        assert!(worst <= 2.0, "exp: {worst} ulp");
        assert_eq!(exp_f32(0.0), 1.0);
        assert_eq!(exp_f32(f32::NEG_INFINITY), 0.0);
        assert_eq!(exp_f32(-1000.0), 0.0);
        assert_eq!(exp_f32(89.0), f32::INFINITY);
        assert!(exp_f32(f32::NAN).is_nan());
    }

    /// Every 97th f32, against f64's tanh: relative error near zero, where
    /// the polynomial serves, and absolute elsewhere.
    #[test]
    fn tanh_is_accurate_everywhere() {
        let mut worst = 0.0f64;
        for bits in (0..=u32::MAX).step_by(97) {
            let x = f32::from_bits(bits);
            if x.is_nan() {
                assert!(tanh_f32(x).is_nan());
                continue;
            }
            let want = (x as f64).tanh();
            let err = if x.abs() < 0.625 && x != 0.0 {
                ulps(tanh_f32(x), want)
            } else {
                (tanh_f32(x) as f64 - want).abs() / f32::EPSILON as f64
            };
            worst = worst.max(err);
        }
        assert!(worst <= 4.0, "tanh: {worst} ulp");
        assert_eq!(tanh_f32(f32::INFINITY), 1.0);
        assert_eq!(tanh_f32(f32::NEG_INFINITY), -1.0);
        assert_eq!(tanh_f32(0.0), 0.0);
    }

    /// Every f16, NaNs included (as NaNs), widens alike on every target and
    /// as the `half` crate widens it.
    #[test]
    fn every_target_widens_every_f16_exactly() {
        for h in 0..=u16::MAX as u32 {
            let want = half::f16::from_bits(h as u16).to_f32();
            let same =
                |got: f32| got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan());
            assert!(same(Portable::f16_to_f32(h)), "portable, {h:#06x}");
            // Bits above the low 16 are ignored, as by the IR's decode.
            assert!(
                same(Portable::f16_to_f32(h | 0xABCD_0000)),
                "portable, high bits, {h:#06x}"
            );
            #[cfg(target_arch = "x86_64")]
            if Isa::available()[0] != Isa::Baseline {
                // SAFETY: F16C is present (every non-baseline `Isa` has it).
                let got = unsafe { widen_f16c(h) };
                assert!(same(got), "f16c, {h:#06x}");
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "f16c")]
    unsafe fn widen_f16c(h: u32) -> f32 {
        X86::f16_to_f32(h)
    }

    /// Row tiles visit every cube of the grid once, a tile's rows together
    /// for each token group, including a last, partial tile.
    #[test]
    fn row_tiles_visit_every_cube_once() {
        for count in [[1, 1, 1], [64, 3, 1], [130, 5, 1], [576, 64, 1], [7, 1, 1]] {
            let n = count[0] * count[1];
            let mut seen = std::collections::HashSet::new();
            for c in 0..n {
                let [x, y, z] = row_tile_cube(c, count);
                assert!(
                    x < count[0] && y < count[1] && z == 0,
                    "{count:?}: cube {c}"
                );
                assert!(seen.insert((x, y)), "{count:?}: ({x}, {y}) twice");
                if c > 0 {
                    // Consecutive cubes share a tile and group, or move on.
                    let [px, py, _] = row_tile_cube(c - 1, count);
                    let same_tile = px / ROWS_PER_TILE == x / ROWS_PER_TILE;
                    assert!(same_tile && (py == y || py + 1 == y) || x % ROWS_PER_TILE == 0);
                }
            }
            assert_eq!(seen.len() as u32, n);
        }
    }

    #[test]
    fn the_chosen_isa_is_one_this_cpu_has() {
        let available = Isa::available();
        assert_eq!(available.last(), Some(&Isa::Baseline));
        assert!(available.contains(&isa()));
    }
}
