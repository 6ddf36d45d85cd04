//! The conformance suite: every kernel x format x float type, on a device,
//! against the oracle (`realm_ir`'s reference semantics), on random inputs.
//!
//! A device is anything with the [`Device`] methods: every cubecl GPU
//! ([`crate::gpu::Gpu`]) and the CPU backend ([`CpuDevice`]).
//!
//! The error metric is llama.cpp's test-backend-ops one, normalized mean squared
//! error `sum((got - want)^2) / sum(want^2)`, with a limit per case.

mod cases;
mod device;
mod execute;
pub mod inputs;

use half::f16;
use rand::SeedableRng;
use rand::rngs::StdRng;
use realm_ir::GgmlType;

use crate::gpu::KernelError;
pub use crate::kernels::{FloatType, Kernel};

pub use cases::all_cases;
pub use device::{CpuDevice, Device};
pub use realm_ir::metrics::nmse;

/// One conformance case: a kernel on one format (if it takes one), float type and shape.
#[derive(Clone, Debug)]
pub struct Case {
    pub kernel: Kernel,
    pub format: Option<GgmlType>,
    pub float: FloatType,
    /// e.g. `"7x96"`.
    pub shape: String,
    /// The largest normalized MSE that passes.
    pub limit: f64,
    pub(crate) run: cases::Run,
}

/// What running a case gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Pass { nmse: f64 },
    Fail { reason: String },
    Skip { reason: String },
}

impl Case {
    /// The format's name, or `-` for kernels that take none.
    pub fn format_name(&self) -> &'static str {
        self.format.map_or("-", |f| f.name())
    }

    /// `kernel format float shape`, e.g. `matvec Q4_K f16 7x768`.
    pub fn label(&self) -> String {
        format!(
            "{} {} {} {}",
            self.kernel.name(),
            self.format_name(),
            self.float.name(),
            self.shape
        )
    }

    /// A seed from the label, so each case sees the same inputs on every run.
    fn seed(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.label().bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// Runs the case on `device` and judges it against its limit.
    pub fn run<D: Device>(&self, device: &D) -> Outcome {
        if let Err(reason) = device.supports(self.float) {
            return Outcome::Skip { reason };
        }
        let rng = StdRng::seed_from_u64(self.seed());
        let result = match self.float {
            FloatType::F32 => execute::execute::<D, f32>(device, rng, self.run, self.format),
            FloatType::F16 => execute::execute::<D, f16>(device, rng, self.run, self.format),
        };
        match result {
            Err(KernelError::Unsupported(reason)) => Outcome::Skip { reason },
            Err(e) => Outcome::Fail {
                reason: e.to_string(),
            },
            Ok((got, want)) => {
                let nmse = nmse(&got, &want);
                if nmse.is_nan() || got.iter().any(|g| !g.is_finite()) {
                    Outcome::Fail {
                        reason: "non-finite output".into(),
                    }
                } else if nmse <= self.limit {
                    Outcome::Pass { nmse }
                } else {
                    Outcome::Fail {
                        reason: format!("NMSE {nmse:.3e} > limit {:.0e}", self.limit),
                    }
                }
            }
        }
    }
}

/// Runs `cases` on `device`, in order.
pub fn run_cases<D: Device>(device: &D, cases: &[Case]) -> Vec<Outcome> {
    cases.iter().map(|c| c.run(device)).collect()
}
