//! Reductions across the units of a cube, through shared memory.
//!
//! Every unit of the cube must call these (they hold barriers), and the cube
//! must be one-dimensional with a power-of-two size no larger than `scratch`.

use cubecl::prelude::*;

/// The sum of every unit's `value`, returned to every unit: through shared
/// memory, or as a plane reduction where the cube is known to be one plane
/// (`one_plane`, the CPU's kernels: there a cube's units are lanes in lockstep).
#[cube]
pub fn cube_sum_of(value: f32, #[comptime] units: u32, #[comptime] one_plane: bool) -> f32 {
    if comptime!(one_plane) {
        plane_sum(value)
    } else {
        let mut scratch = SharedMemory::<f32>::new(units as usize);
        cube_sum(value, &mut scratch)
    }
}

/// The sum of every unit's `value`, returned to every unit.
#[cube]
pub fn cube_sum(value: f32, scratch: &mut SharedMemory<f32>) -> f32 {
    cube_reduce(value, scratch, false)
}

/// The largest of every unit's `value`, returned to every unit.
#[cube]
pub fn cube_max(value: f32, scratch: &mut SharedMemory<f32>) -> f32 {
    cube_reduce(value, scratch, true)
}

#[cube]
fn cube_reduce(value: f32, scratch: &mut SharedMemory<f32>, #[comptime] take_max: bool) -> f32 {
    let unit = UNIT_POS_X as usize;
    scratch[unit] = value;
    sync_cube();
    // A run-time stride: a comptime one would turn this into a host-side loop.
    let mut stride = CUBE_DIM_X / 2;
    while stride > 0 {
        if UNIT_POS_X < stride {
            let other = scratch[unit + stride as usize];
            if comptime!(take_max) {
                scratch[unit] = max(scratch[unit], other);
            } else {
                scratch[unit] += other;
            }
        }
        sync_cube();
        stride /= 2;
    }
    let total = scratch[0];
    // Nobody may overwrite `scratch` (a next reduction) before everyone has read it.
    sync_cube();
    total
}
