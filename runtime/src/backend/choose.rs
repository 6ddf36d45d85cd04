//! Resolving `--backend` to a device: `auto` picks CUDA when a GPU and driver
//! are usable, then wgpu on a real GPU, then the CPU kernels, and says why.
//! A backend named explicitly that cannot run is an error naming the reason.

use anyhow::{Result, bail};
use realm_codegen::device::{self, OpenedGpu};
use realm_codegen::gpu::{CudaRuntime, WgpuRuntime};

use super::BackendKind;

/// The backend to load a model on, opened where it is a device.
pub enum Choice {
    Cpu,
    Reference,
    Wgpu(OpenedGpu<WgpuRuntime>),
    Cuda(OpenedGpu<CudaRuntime>),
}

impl Choice {
    pub fn kind(&self) -> BackendKind {
        match self {
            Choice::Cpu => BackendKind::Cpu,
            Choice::Reference => BackendKind::Reference,
            Choice::Wgpu(_) => BackendKind::Wgpu,
            Choice::Cuda(_) => BackendKind::Cuda,
        }
    }
}

/// Opens the backend `kind` names; for `auto`, the best one present. Returns
/// it with a sentence saying why it was chosen (logged by the caller).
pub fn choose(kind: BackendKind) -> Result<(Choice, String)> {
    Ok(match kind {
        BackendKind::Cpu => (Choice::Cpu, "asked for".into()),
        BackendKind::Reference => (Choice::Reference, "asked for".into()),
        BackendKind::Cuda => match device::open_cuda() {
            Ok(gpu) => (Choice::Cuda(gpu), "asked for".into()),
            Err(why) => bail!("--backend cuda cannot run here: {why}"),
        },
        BackendKind::Wgpu => match device::open_wgpu() {
            Ok(gpu) => (Choice::Wgpu(gpu), "asked for".into()),
            Err(why) => bail!("--backend wgpu cannot run here: {why}"),
        },
        BackendKind::Auto => choose_auto(),
    })
}

fn choose_auto() -> (Choice, String) {
    let no_cuda = match device::open_cuda() {
        Ok(gpu) => return (Choice::Cuda(gpu), "auto: a CUDA GPU is usable".into()),
        Err(why) => why,
    };
    if let Err(why) = device::may_have_real_gpu() {
        return (
            Choice::Cpu,
            format!(
                "auto: no CUDA ({no_cuda}) and {why} for wgpu (--backend wgpu runs on a software adapter if one is installed)"
            ),
        );
    }
    match device::wgpu_adapters().first() {
        Some((kind, name)) if kind.is_real_gpu() => match device::open_wgpu() {
            Ok(gpu) => {
                let why = format!(
                    "auto: no CUDA ({no_cuda}); wgpu has {name}, a {}",
                    kind.describe()
                );
                (Choice::Wgpu(gpu), why)
            }
            Err(e) => (
                Choice::Cpu,
                format!("auto: no CUDA ({no_cuda}); wgpu's {name} failed to open ({e})"),
            ),
        },
        // A software adapter computes on the same cores as the CPU kernels,
        // through a rasteriser's compiler: far slower than our own.
        Some((kind, name)) => (
            Choice::Cpu,
            format!(
                "auto: no CUDA ({no_cuda}); wgpu's only adapter is {name}, a {} \
                 (use --backend wgpu to run on it anyway)",
                kind.describe()
            ),
        ),
        None => (
            Choice::Cpu,
            format!("auto: no CUDA ({no_cuda}) and no wgpu adapter"),
        ),
    }
}
