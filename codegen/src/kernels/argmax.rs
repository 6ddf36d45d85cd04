//! The index of each row's largest value: greedy sampling on the device, so a
//! decode step sends one token id back to the host instead of a row of logits.

use cubecl::prelude::*;

/// `out[r]` = the column of the largest value in row `r` (`cols` wide) of
/// `x`, the lowest such column among equal values (llama.cpp's greedy rule).
/// One cube per row; each unit scans a stride of the row, then the cube
/// reduces (value, column) pairs through shared memory.
#[cube(launch_unchecked)]
pub fn argmax<F: Float>(x: &Array<F>, out: &mut Array<u32>, cols: u32, #[comptime] units: u32) {
    let row = crate::kernels::cube_index();
    let rows = u32::cast_from(out.len());
    // Whole cubes leave together, so the barriers below stay uniform.
    if row < rows {
        let base = row * cols;
        let mut best = crate::kernels::masked();
        // Past every column: loses every tie against a real one.
        let mut best_col = cols;
        // A unit's columns rise, so `>` keeps the first of equal values.
        for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
            let v = f32::cast_from(x[(base + c) as usize]);
            if v > best {
                best = v;
                best_col = c;
            }
        }
        let mut values = SharedMemory::<f32>::new(units as usize);
        let mut columns = SharedMemory::<u32>::new(units as usize);
        let unit = UNIT_POS_X as usize;
        values[unit] = best;
        columns[unit] = best_col;
        sync_cube();
        let mut stride = CUBE_DIM_X / 2;
        while stride > 0 {
            if UNIT_POS_X < stride {
                let v = values[unit + stride as usize];
                let c = columns[unit + stride as usize];
                if v > values[unit] || (v == values[unit] && c < columns[unit]) {
                    values[unit] = v;
                    columns[unit] = c;
                }
            }
            sync_cube();
            stride /= 2;
        }
        if UNIT_POS_X == 0 {
            // A row of nothing but masked scores still names a real column.
            out[row as usize] = min(columns[0], cols - 1);
        }
    }
}
