//! Launches of the kernels that read a weight in some format: dequantize,
//! embedding, matvec and matmul. Each goes through [`formats::visit`] to reach
//! the kernel instantiated for the weight's format.

use cubecl::prelude::*;

use super::{
    DeviceArray, ELEMENTWISE_UNITS, Gpu, GpuWeight, KernelError, MATVEC_UNITS, elementwise_grid,
    grid, shape_error,
};
use crate::formats::{self, FormatSpec, FormatVisitor};
use crate::kernels;

impl<R: Runtime> Gpu<R> {
    /// Every element of `w`, as `F`.
    pub fn dequantize<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
    ) -> Result<DeviceArray<F>, KernelError> {
        let out = self.empty(w.n_elements);
        self.launch(w, Launch::Dequantize { out: &out })?;
        Ok(out)
    }

    /// Rows `ids` of the table `w` (`cols` wide): `[ids.len(), cols]`.
    pub fn embedding<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        cols: usize,
        ids: &[u32],
    ) -> Result<DeviceArray<F>, KernelError> {
        let rows = check_matrix(w, cols)?;
        if let Some(&bad) = ids.iter().find(|&&id| id as usize >= rows) {
            return Err(shape_error(format!(
                "token id {bad} is past the table's {rows} rows"
            )));
        }
        let out = self.empty(ids.len() * cols);
        let ids = self.upload(ids);
        self.launch::<F>(
            w,
            Launch::Embedding {
                ids: &ids,
                out: &out,
                cols,
            },
        )?;
        Ok(out)
    }

    /// `y = W x` for a row-major `rows x cols` weight (decode: one token).
    pub fn matvec<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &DeviceArray<F>,
    ) -> Result<DeviceArray<F>, KernelError> {
        let rows = check_matrix(w, cols)?;
        super::same_len("matvec input", x.len(), cols)?;
        let y = self.empty(rows);
        self.launch(w, Launch::Matvec { x, y: &y, cols })?;
        Ok(y)
    }

    /// `Y = X Wᵀ` for activations `X` (`tokens x cols`) and a row-major
    /// `rows x cols` weight: `[tokens, rows]` (prefill). On tensor cores where
    /// the device has them, else tiled through shared memory.
    pub fn matmul<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &DeviceArray<F>,
    ) -> Result<DeviceArray<F>, KernelError> {
        match self.cmma_fragment() {
            Some(_) => self.matmul_cmma(w, cols, x),
            None => self.matmul_tiled(w, cols, x),
        }
    }

    /// [`Self::matmul`] on tensor cores; [`KernelError::Unsupported`] without them.
    pub fn matmul_cmma<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &DeviceArray<F>,
    ) -> Result<DeviceArray<F>, KernelError> {
        let frag = self.cmma_fragment().ok_or_else(|| {
            KernelError::Unsupported("no f16 cooperative matrices (tensor cores)".into())
        })?;
        self.matmul_with(w, cols, x, Some(frag))
    }

    /// [`Self::matmul`] with the shared-memory tiled kernel, on any device.
    pub fn matmul_tiled<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &DeviceArray<F>,
    ) -> Result<DeviceArray<F>, KernelError> {
        self.matmul_with(w, cols, x, None)
    }

    /// The matmul on tensor cores of fragment side `cmma`, or tiled without.
    fn matmul_with<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        cols: usize,
        x: &DeviceArray<F>,
        cmma: Option<u32>,
    ) -> Result<DeviceArray<F>, KernelError> {
        let rows = check_matrix(w, cols)?;
        if !x.len().is_multiple_of(cols) {
            return Err(shape_error(format!(
                "matmul input of {} elements is not rows of {cols}",
                x.len()
            )));
        }
        let y = self.empty(x.len() / cols * rows);
        self.launch(
            w,
            Launch::Matmul {
                x,
                y: &y,
                cols,
                cmma,
            },
        )?;
        Ok(y)
    }

    fn launch<F: Float + CubeElement>(
        &self,
        w: &GpuWeight,
        launch: Launch<'_, F>,
    ) -> Result<(), KernelError> {
        let visitor = Visitor {
            gpu: self,
            w,
            launch,
        };
        formats::visit(w.ggml, visitor).ok_or(KernelError::NoSpec(w.ggml))
    }
}

/// The number of rows of `w` seen as a matrix `cols` wide, if that shape fits
/// its blocks.
fn check_matrix(w: &GpuWeight, cols: usize) -> Result<usize, KernelError> {
    let block = w.ggml.block_size();
    if cols == 0 || !w.n_elements.is_multiple_of(cols) || !cols.is_multiple_of(block) {
        return Err(shape_error(format!(
            "a {} weight of {} elements is not rows of {cols} (block {block})",
            w.ggml.name(),
            w.n_elements
        )));
    }
    Ok(w.n_elements / cols)
}

enum Launch<'a, F> {
    Dequantize {
        out: &'a DeviceArray<F>,
    },
    Embedding {
        ids: &'a DeviceArray<u32>,
        out: &'a DeviceArray<F>,
        cols: usize,
    },
    Matvec {
        x: &'a DeviceArray<F>,
        y: &'a DeviceArray<F>,
        cols: usize,
    },
    Matmul {
        x: &'a DeviceArray<F>,
        y: &'a DeviceArray<F>,
        cols: usize,
        /// The tensor-core fragment side, for the cmma kernel.
        cmma: Option<u32>,
    },
}

struct Visitor<'a, R: Runtime, F> {
    gpu: &'a Gpu<R>,
    w: &'a GpuWeight,
    launch: Launch<'a, F>,
}

impl<R: Runtime, F: Float + CubeElement> FormatVisitor for Visitor<'_, R, F> {
    type Output = ();

    fn visit<Q: FormatSpec>(self) {
        let client = &self.gpu.client;
        let (w, n_blocks) = (self.w.words.arg(), self.w.n_blocks);
        let block = Q::LAYOUT.block_elems;
        // SAFETY (every launch): the arrays carry their true lengths and the
        // public entry points checked the shapes the kernels index by.
        match self.launch {
            Launch::Dequantize { out } => unsafe {
                kernels::dequantize::dequantize::launch_unchecked::<Q, F, R>(
                    client,
                    elementwise_grid(out.len()),
                    CubeDim::new_1d(ELEMENTWISE_UNITS),
                    w,
                    out.arg(),
                    n_blocks,
                    block,
                );
            },
            Launch::Embedding { ids, out, cols } => unsafe {
                kernels::embedding::embedding::launch_unchecked::<Q, F, R>(
                    client,
                    elementwise_grid(out.len()),
                    CubeDim::new_1d(ELEMENTWISE_UNITS),
                    w,
                    ids.arg(),
                    out.arg(),
                    n_blocks,
                    cols as u32,
                    block,
                );
            },
            Launch::Matvec { x, y, cols } => unsafe {
                kernels::matvec::matvec::launch_unchecked::<Q, F, R>(
                    client,
                    grid(y.len()),
                    CubeDim::new_1d(MATVEC_UNITS),
                    w,
                    x.arg(),
                    y.arg(),
                    n_blocks,
                    cols as u32,
                    block,
                    MATVEC_UNITS,
                    false,
                );
            },
            Launch::Matmul { x, y, cols, cmma } => {
                let (rows, tokens) = (self.w.n_elements / cols, x.len() / cols);
                // Cubes cover 64 x 64 outputs tiled, 2f x 2f on tensor cores.
                let tile = cmma.map_or(kernels::matmul::TILE, |frag| 2 * frag);
                let count = CubeCount::Static(
                    (rows as u32).div_ceil(tile),
                    (tokens as u32).div_ceil(tile).max(1),
                    1,
                );
                let (x, y, rows, cols) = (x.arg(), y.arg(), rows as u32, cols as u32);
                match cmma {
                    None => unsafe {
                        kernels::matmul::matmul::launch_unchecked::<Q, F, R>(
                            client,
                            count,
                            CubeDim::new_1d(kernels::matmul::UNITS),
                            w,
                            x,
                            y,
                            n_blocks,
                            rows,
                            cols,
                            block,
                            kernels::matmul::UNITS,
                            false,
                        );
                    },
                    Some(frag) => unsafe {
                        use kernels::matmul_cmma::{PLANE, PLANES};
                        kernels::matmul_cmma::matmul_cmma::launch_unchecked::<Q, F, R>(
                            client,
                            count,
                            CubeDim::new_2d(PLANE, PLANES),
                            w,
                            x,
                            y,
                            n_blocks,
                            rows,
                            cols,
                            block,
                            frag,
                        );
                    },
                }
            }
        }
    }
}
