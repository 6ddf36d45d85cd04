//! Which devices this machine has, found without panicking.
//!
//! cubecl panics when it creates a client for a runtime that is not there (no
//! CUDA driver, no Vulkan adapter), so each runtime is probed once, inside
//! `catch_unwind` and with the panic message silenced, and the answer cached.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, OnceLock};

use cubecl::Runtime;
use cubecl::cuda::{CudaDevice, CudaRuntime};
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};

/// A GPU runtime cubecl can launch on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GpuBackend {
    Cuda,
    Wgpu,
}

impl GpuBackend {
    pub const ALL: [GpuBackend; 2] = [GpuBackend::Cuda, GpuBackend::Wgpu];

    pub fn name(self) -> &'static str {
        match self {
            GpuBackend::Cuda => "cuda",
            GpuBackend::Wgpu => "wgpu",
        }
    }

    /// `Ok(())` if a client can be created, else why not.
    pub fn probe(self) -> Result<(), String> {
        static CUDA: OnceLock<Result<(), String>> = OnceLock::new();
        static WGPU: OnceLock<Result<(), String>> = OnceLock::new();
        match self {
            GpuBackend::Cuda => CUDA.get_or_init(probe_cuda).clone(),
            GpuBackend::Wgpu => WGPU.get_or_init(probe_wgpu).clone(),
        }
    }

    /// The first backend that works, in order of preference (CUDA, then wgpu).
    pub fn best() -> Option<GpuBackend> {
        GpuBackend::ALL.into_iter().find(|b| b.probe().is_ok())
    }
}

fn probe_cuda() -> Result<(), String> {
    // SAFETY: a dlopen of the driver library, which is what the check is for.
    if !unsafe { cudarc::driver::sys::is_culib_present() } {
        return Err("no CUDA driver (libcuda) on this machine".into());
    }
    quietly(|| {
        let _ = CudaRuntime::client(&CudaDevice::new(0));
    })
    .map_err(|e| format!("CUDA driver present but unusable: {e}"))
}

fn probe_wgpu() -> Result<(), String> {
    quietly(|| {
        let _ = WgpuRuntime::client(&WgpuDevice::default());
    })
    .map_err(|e| {
        format!("no wgpu adapter (install a Vulkan driver, e.g. mesa-vulkan-drivers): {e}")
    })
}

/// Runs `f`, turning a panic into its message without printing it.
fn quietly(f: impl FnOnce()) -> Result<(), String> {
    // The panic hook is global: serialise probes so one probe cannot swallow
    // another thread's real panic for longer than it has to.
    static HOOK: Mutex<()> = Mutex::new(());
    let _guard = HOOK.lock().unwrap_or_else(|e| e.into_inner());
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(f));
    std::panic::set_hook(previous);
    result.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panicked".into())
    })
}
