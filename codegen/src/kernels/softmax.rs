//! Row softmax of scaled scores with optional causal masking, one cube per row.

use cubecl::prelude::*;

use crate::kernels::masked;
use crate::kernels::reduce::{cube_max, cube_sum};

/// `out[r, :] = softmax(x[r, :] * scale)` over rows of `cols`. With `causal`
/// set, row `r` is the query at position `first_pos + r` and column `c` the key
/// at position `c`: columns after the query get probability 0 (and a row with
/// every column masked is all zeros, as in the reference).
#[cube(launch_unchecked)]
pub fn softmax<F: Float>(
    x: &Array<F>,
    out: &mut Array<F>,
    cols: u32,
    scale: f32,
    causal: u32,
    first_pos: u32,
    #[comptime] units: u32,
) {
    let row = crate::kernels::cube_index();
    let rows = u32::cast_from(x.len()) / cols;
    if row < rows {
        let base = row * cols;
        // Columns at or past `visible` are masked.
        let mut visible = cols;
        if causal != 0 {
            visible = min(cols, first_pos + row + 1);
        }
        let mut scratch = SharedMemory::<f32>::new(units as usize);
        let mut local_max = masked();
        for c in range_stepped(UNIT_POS_X, visible, CUBE_DIM_X) {
            local_max = max(local_max, f32::cast_from(x[(base + c) as usize]) * scale);
        }
        let row_max = cube_max(local_max, &mut scratch);
        let mut local_sum = 0.0f32;
        for c in range_stepped(UNIT_POS_X, visible, CUBE_DIM_X) {
            local_sum += f32::exp(f32::cast_from(x[(base + c) as usize]) * scale - row_max);
        }
        let sum = cube_sum(local_sum, &mut scratch);
        // An all-masked row has nothing to normalise: it stays all zeros.
        let mut inv = 0.0f32;
        if visible > 0 {
            inv = 1.0 / sum;
        }
        for c in range_stepped(UNIT_POS_X, cols, CUBE_DIM_X) {
            let i = (base + c) as usize;
            let mut p = 0.0f32;
            if c < visible {
                p = f32::exp(f32::cast_from(x[i]) * scale - row_max) * inv;
            }
            out[i] = F::cast_from(p);
        }
    }
}
