//! Launches of the float kernels: norms, softmax, RoPE and elementwise ops.

use cubecl::prelude::*;
pub use realm_ir::launch::RopeParams;
use realm_ir::ops::GluActivation;

use super::{
    DeviceArray, ELEMENTWISE_UNITS, Gpu, KernelError, ROW_UNITS, elementwise_grid, grid, same_len,
    shape_error,
};
use crate::kernels::elementwise::BinaryOp;
use crate::kernels::{argmax, elementwise, norm, rope, softmax};

/// `len` elements seen as rows of `cols`: their number.
fn rows_of(what: &str, len: usize, cols: usize) -> Result<usize, KernelError> {
    realm_ir::launch::rows_of(what, len, cols).map_err(shape_error)
}

impl<R: Runtime> Gpu<R> {
    /// RMSNorm of every row of `x` (rows as wide as `weight`).
    pub fn rms_norm<F: Float + CubeElement>(
        &self,
        x: &DeviceArray<F>,
        weight: &DeviceArray<f32>,
        eps: f32,
    ) -> Result<DeviceArray<F>, KernelError> {
        let rows = rows_of("rms_norm", x.len(), weight.len())?;
        let out = self.empty(x.len());
        // SAFETY: lengths are true; rows of `weight.len()` checked above.
        unsafe {
            norm::rms_norm::launch_unchecked::<F, R>(
                &self.client,
                grid(rows),
                CubeDim::new_1d(ROW_UNITS),
                x.arg(),
                weight.arg(),
                out.arg(),
                weight.len() as u32,
                eps,
                ROW_UNITS,
                false,
            );
        }
        Ok(out)
    }

    /// LayerNorm of every row of `x` (rows as wide as `weight` and `bias`).
    pub fn layer_norm<F: Float + CubeElement>(
        &self,
        x: &DeviceArray<F>,
        weight: &DeviceArray<f32>,
        bias: &DeviceArray<f32>,
        eps: f32,
    ) -> Result<DeviceArray<F>, KernelError> {
        same_len("layer_norm weight and bias", weight.len(), bias.len())?;
        let rows = rows_of("layer_norm", x.len(), weight.len())?;
        let out = self.empty(x.len());
        // SAFETY: as in rms_norm.
        unsafe {
            norm::layer_norm::launch_unchecked::<F, R>(
                &self.client,
                grid(rows),
                CubeDim::new_1d(ROW_UNITS),
                x.arg(),
                weight.arg(),
                bias.arg(),
                out.arg(),
                weight.len() as u32,
                eps,
                ROW_UNITS,
            );
        }
        Ok(out)
    }

    /// Softmax of every row (`cols` wide) of `x * scale`. With `causal =
    /// Some(p)`, row `r` is the query at position `p + r` and column `c` the
    /// key at position `c`; later keys are masked.
    pub fn softmax<F: Float + CubeElement>(
        &self,
        x: &DeviceArray<F>,
        cols: usize,
        scale: f32,
        causal: Option<usize>,
    ) -> Result<DeviceArray<F>, KernelError> {
        let rows = rows_of("softmax", x.len(), cols)?;
        let out = self.empty(x.len());
        // SAFETY: lengths are true; rows of `cols` checked above.
        unsafe {
            softmax::softmax::launch_unchecked::<F, R>(
                &self.client,
                grid(rows),
                CubeDim::new_1d(ROW_UNITS),
                x.arg(),
                out.arg(),
                cols as u32,
                scale,
                u32::from(causal.is_some()),
                causal.unwrap_or(0) as u32,
                ROW_UNITS,
            );
        }
        Ok(out)
    }

    /// Rotates, in place, the heads of `x` (`tokens x heads x head_dim`);
    /// token `t` is at `positions[t]`.
    pub fn rope<F: Float + CubeElement>(
        &self,
        x: &mut DeviceArray<F>,
        positions: &DeviceArray<u32>,
        heads: usize,
        head_dim: usize,
        params: RopeParams,
    ) -> Result<(), KernelError> {
        let pairs = params
            .pairs(x.len(), positions.len(), heads, head_dim)
            .map_err(shape_error)?;
        let theta_scale = params.theta_scale();
        // SAFETY: the kernel indexes pairs below `positions.len() * heads * n_rot / 2`
        // of rows `head_dim` wide, checked above.
        unsafe {
            rope::rope::launch_unchecked::<F, R>(
                &self.client,
                elementwise_grid(pairs),
                CubeDim::new_1d(ELEMENTWISE_UNITS),
                x.arg(),
                positions.arg(),
                heads as u32,
                head_dim as u32,
                params.n_rot as u32,
                theta_scale,
                params.freq_scale,
                params.style,
                false,
            );
        }
        Ok(())
    }

    /// `act(gate) * up`, elementwise.
    pub fn glu<F: Float + CubeElement>(
        &self,
        gate: &DeviceArray<F>,
        up: &DeviceArray<F>,
        act: GluActivation,
    ) -> Result<DeviceArray<F>, KernelError> {
        same_len("glu gate and up", gate.len(), up.len())?;
        let out = self.empty(gate.len());
        // SAFETY: lengths are true and equal.
        unsafe {
            elementwise::glu::launch_unchecked::<F, R>(
                &self.client,
                elementwise_grid(out.len()),
                CubeDim::new_1d(ELEMENTWISE_UNITS),
                gate.arg(),
                up.arg(),
                out.arg(),
                act,
            );
        }
        Ok(out)
    }

    /// `a + b`, with `b` as long as `a` or one row repeated over `a`'s rows.
    pub fn add<F: Float + CubeElement>(
        &self,
        a: &DeviceArray<F>,
        b: &DeviceArray<F>,
    ) -> Result<DeviceArray<F>, KernelError> {
        self.binary(a, b, BinaryOp::Add)
    }

    /// `a * b`, with `b` as long as `a` or one row repeated over `a`'s rows.
    pub fn mul<F: Float + CubeElement>(
        &self,
        a: &DeviceArray<F>,
        b: &DeviceArray<F>,
    ) -> Result<DeviceArray<F>, KernelError> {
        self.binary(a, b, BinaryOp::Mul)
    }

    fn binary<F: Float + CubeElement>(
        &self,
        a: &DeviceArray<F>,
        b: &DeviceArray<F>,
        op: BinaryOp,
    ) -> Result<DeviceArray<F>, KernelError> {
        rows_of("broadcast operand", a.len(), b.len())?;
        let out = self.empty(a.len());
        // SAFETY: `b` is non-empty and divides `a`, so `i % b.len()` is in bounds.
        unsafe {
            elementwise::binary::launch_unchecked::<F, R>(
                &self.client,
                elementwise_grid(out.len()),
                CubeDim::new_1d(ELEMENTWISE_UNITS),
                a.arg(),
                b.arg(),
                out.arg(),
                op,
            );
        }
        Ok(out)
    }

    /// `a * s`.
    pub fn scale<F: Float + CubeElement>(
        &self,
        a: &DeviceArray<F>,
        s: f32,
    ) -> Result<DeviceArray<F>, KernelError> {
        let out = self.empty(a.len());
        // SAFETY: lengths are true and equal.
        unsafe {
            elementwise::scale::launch_unchecked::<F, R>(
                &self.client,
                elementwise_grid(out.len()),
                CubeDim::new_1d(ELEMENTWISE_UNITS),
                a.arg(),
                out.arg(),
                s,
            );
        }
        Ok(out)
    }

    /// Writes `src[src_offset..src_offset + n]` into `dst` at `dst_offset`,
    /// leaving the rest of `dst` as it was.
    pub fn copy_into<F: Float + CubeElement>(
        &self,
        src: &DeviceArray<F>,
        src_offset: usize,
        dst: &mut DeviceArray<F>,
        dst_offset: usize,
        n: usize,
    ) -> Result<(), KernelError> {
        realm_ir::launch::copy_ranges(src.len(), src_offset, dst.len(), dst_offset, n)
            .map_err(shape_error)?;
        if n == 0 {
            return Ok(());
        }
        // SAFETY: both ranges were checked to lie inside their arrays.
        unsafe {
            elementwise::copy::launch_unchecked::<F, R>(
                &self.client,
                elementwise_grid(n),
                CubeDim::new_1d(ELEMENTWISE_UNITS),
                src.arg(),
                dst.arg(),
                src_offset as u32,
                dst_offset as u32,
                n as u32,
            );
        }
        Ok(())
    }

    /// The column of each row's largest value (`cols` wide rows), the lowest
    /// column among equal values.
    pub fn argmax<F: Float + CubeElement>(
        &self,
        x: &DeviceArray<F>,
        cols: usize,
    ) -> Result<DeviceArray<u32>, KernelError> {
        let rows = rows_of("argmax", x.len(), cols)?;
        let out = self.empty(rows);
        // SAFETY: lengths are true; rows of `cols` (at least one) checked above.
        unsafe {
            argmax::argmax::launch_unchecked::<F, R>(
                &self.client,
                grid(rows),
                CubeDim::new_1d(ROW_UNITS),
                x.arg(),
                out.arg(),
                cols as u32,
                ROW_UNITS,
            );
        }
        Ok(out)
    }
}
