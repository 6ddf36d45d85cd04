//! What generated kernels call, and the launcher.
//!
//! A kernel runs one cube per call (its units as lanes, in lockstep); a launch
//! runs the cubes of a grid in parallel with rayon. Arrays are raw pointers
//! with lengths because cubes write disjoint parts of the same outputs at the
//! same time, as on a GPU; every access is bounds-checked.

use rayon::prelude::*;

/// One array argument: a pointer to `len` elements of the kernel's type.
#[derive(Clone, Copy, Debug)]
pub struct Buf {
    pub ptr: *mut u8,
    pub len: usize,
}

// SAFETY: a launch hands the same buffers to every cube; kernels write
// disjoint elements (the contract every GPU kernel already keeps).
unsafe impl Send for Buf {}
unsafe impl Sync for Buf {}

impl Buf {
    pub fn of<T>(data: &[T]) -> Buf {
        Buf {
            ptr: data.as_ptr() as *mut u8,
            len: data.len(),
        }
    }

    pub fn of_mut<T>(data: &mut [T]) -> Buf {
        Buf {
            ptr: data.as_mut_ptr() as *mut u8,
            len: data.len(),
        }
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
    assert!(i < len, "kernel index {i} out of bounds ({len})");
    // SAFETY: in bounds, checked above.
    unsafe { &mut *ptr.add(i) }
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

/// Runs `kernel` over a grid of `count` cubes, in parallel.
///
/// # Safety
/// `bufs` and `scalars` are the kernel's arguments, with true lengths and
/// types, and the launch shape is one the kernel was written for.
pub unsafe fn launch(kernel: Kernel, count: [u32; 3], bufs: &[Buf], scalars: &Scalars) {
    let n = count[0] as usize * count[1] as usize * count[2] as usize;
    (0..n).into_par_iter().for_each(|c| {
        let c = c as u32;
        let cube = [
            c % count[0],
            c / count[0] % count[1],
            c / (count[0] * count[1]),
        ];
        // SAFETY: forwarded from the caller.
        unsafe { (kernel.run)(cube, count, bufs, scalars) }
    });
}
