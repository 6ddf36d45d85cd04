//! The list of conformance cases, and how each kernel's case is run and
//! what the oracle says it should give.

use half::f16;
use rand::SeedableRng;
use rand::rngs::StdRng;
use realm_ir::GgmlType;
use realm_ir::activation::round_to_f16;

use super::inputs::{random_blocks, random_vector};
use super::{Case, FloatType};
use crate::formats;
use crate::gpu::{Gpu, KernelError};
use cubecl::prelude::Runtime;

/// What a case launches.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Run {
    Dequantize { n_blocks: usize },
    Matvec { rows: usize, cols: usize },
}

/// NMSE limits, in the spirit of llama.cpp's test-backend-ops: exact ops 1e-7,
/// f16 rounding of outputs a little above its 2^-11 relative step, matmul 5e-4.
const EXACT: f64 = 1e-7;
const F16_ROUNDED: f64 = 1e-6;
const MATMUL: f64 = 5e-4;

/// Every case, for every format with a spec and both float types. Shapes
/// include one block, one row, and row counts that are no multiple of anything.
pub fn all_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for &format in formats::ALL {
        let block = format.block_size();
        for float in FloatType::ALL {
            for n_blocks in [1, 37] {
                // Float formats have one element per block: use more of them.
                let n_blocks = if block == 1 { n_blocks * 29 } else { n_blocks };
                cases.push(Case {
                    kernel: "dequantize",
                    format,
                    float,
                    shape: format!("{}", n_blocks * block),
                    limit: if float == FloatType::F32 {
                        EXACT
                    } else {
                        F16_ROUNDED
                    },
                    run: Run::Dequantize { n_blocks },
                });
            }
            let col_blocks: &[usize] = if block == 1 { &[1, 67, 300] } else { &[1, 3] };
            for &rows in &[1, 7, 33] {
                for &cb in col_blocks {
                    let cols = cb * block;
                    cases.push(Case {
                        kernel: "matvec",
                        format,
                        float,
                        shape: format!("{rows}x{cols}"),
                        limit: MATMUL,
                        run: Run::Matvec { rows, cols },
                    });
                }
            }
        }
    }
    cases
}

fn seed(case: &Case) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let key = format!(
        "{} {} {} {}",
        case.kernel,
        case.format.name(),
        case.float.name(),
        case.shape
    );
    for b in key.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn dequantize_ref(format: GgmlType, bytes: &[u8], n: usize) -> Vec<f32> {
    realm_ir::dequant::dequantize_to_vec(format, bytes, n).expect("whole blocks")
}

/// Runs `case` on `gpu`: `(what the device gave, what the oracle gives)`.
pub(crate) fn execute<R: Runtime>(
    case: &Case,
    gpu: &Gpu<R>,
) -> Result<(Vec<f32>, Vec<f32>), KernelError> {
    let mut rng = StdRng::seed_from_u64(seed(case));
    let layout = formats::layout(case.format).ok_or(KernelError::NoSpec(case.format))?;
    let block = layout.block_elems as usize;
    match case.run {
        Run::Dequantize { n_blocks } => {
            let bytes = random_blocks(&layout, &mut rng, n_blocks);
            let mut want = dequantize_ref(case.format, &bytes, n_blocks * block);
            let w = gpu.upload_weight(case.format, &bytes)?;
            let got = match case.float {
                FloatType::F32 => gpu.dequantize::<f32>(&w)?,
                FloatType::F16 => {
                    round_to_f16(&mut want);
                    to_f32(gpu.dequantize::<f16>(&w)?)
                }
            };
            Ok((got, want))
        }
        Run::Matvec { rows, cols } => {
            let n_blocks = rows * cols / block;
            let bytes = random_blocks(&layout, &mut rng, n_blocks);
            let weights = dequantize_ref(case.format, &bytes, rows * cols);
            let mut x = random_vector(&mut rng, cols);
            let w = gpu.upload_weight(case.format, &bytes)?;
            let mut want = vec![0.0; rows];
            let got = match case.float {
                FloatType::F32 => {
                    realm_ir::ops::matmul(&x, &weights, cols, &mut want);
                    gpu.matvec::<f32>(&w, rows, cols, &x)?
                }
                FloatType::F16 => {
                    // The activations are f16 on the device: the oracle sees the same values.
                    round_to_f16(&mut x);
                    realm_ir::ops::matmul(&x, &weights, cols, &mut want);
                    round_to_f16(&mut want);
                    let x16: Vec<f16> = x.iter().map(|&v| f16::from_f32(v)).collect();
                    to_f32(gpu.matvec::<f16>(&w, rows, cols, &x16)?)
                }
            };
            Ok((got, want))
        }
    }
}

fn to_f32(v: Vec<f16>) -> Vec<f32> {
    v.into_iter().map(f16::to_f32).collect()
}
