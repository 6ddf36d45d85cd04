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

use crate::gpu::Gpu;

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

/// What kind of adapter wgpu runs on: a real GPU, or a software rasteriser
/// on the CPU (lavapipe, SwiftShader), which computes correctly but slowly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AdapterKind {
    DiscreteGpu,
    IntegratedGpu,
    VirtualGpu,
    /// A software adapter on the CPU.
    Software,
    Other,
}

impl AdapterKind {
    pub fn is_real_gpu(self) -> bool {
        matches!(
            self,
            AdapterKind::DiscreteGpu | AdapterKind::IntegratedGpu | AdapterKind::VirtualGpu
        )
    }

    pub fn describe(self) -> &'static str {
        match self {
            AdapterKind::DiscreteGpu => "discrete GPU",
            AdapterKind::IntegratedGpu => "integrated GPU",
            AdapterKind::VirtualGpu => "virtual GPU",
            AdapterKind::Software => "software adapter on the CPU",
            AdapterKind::Other => "adapter of unknown kind",
        }
    }
}

/// A device opened for running kernels, and what it is.
pub struct OpenedGpu<R: Runtime> {
    pub gpu: Gpu<R>,
    /// For logs and benchmark output, e.g. `wgpu (software adapter on the CPU)`.
    pub description: String,
    /// `None` for CUDA (always a real GPU).
    pub adapter: Option<AdapterKind>,
}

/// The adapters wgpu sees, best first (a discrete GPU before an integrated
/// one before a software one), with their names. Listing them opens no device,
/// so it is cheap enough for `--backend auto` to ask.
pub fn wgpu_adapters() -> &'static [(AdapterKind, String)] {
    static ADAPTERS: OnceLock<Vec<(AdapterKind, String)>> = OnceLock::new();
    ADAPTERS.get_or_init(|| {
        let found = quietly_value(|| {
            let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
                backends: wgpu::Backends::all(),
                ..wgpu::InstanceDescriptor::new_without_display_handle()
            });
            let adapters =
                cubecl::future::block_on(instance.enumerate_adapters(wgpu::Backends::all()));
            adapters
                .iter()
                .map(|a| {
                    let info = a.get_info();
                    let kind = match info.device_type {
                        wgpu::DeviceType::DiscreteGpu => AdapterKind::DiscreteGpu,
                        wgpu::DeviceType::IntegratedGpu => AdapterKind::IntegratedGpu,
                        wgpu::DeviceType::VirtualGpu => AdapterKind::VirtualGpu,
                        wgpu::DeviceType::Cpu => AdapterKind::Software,
                        wgpu::DeviceType::Other => AdapterKind::Other,
                    };
                    (kind, info.name)
                })
                .collect::<Vec<_>>()
        });
        let mut adapters = found.unwrap_or_default();
        adapters.sort_by_key(|(kind, _)| *kind);
        adapters
    })
}

/// Whether this machine may have a real GPU for wgpu to find, answered
/// without loading any driver. On Linux a hardware GPU shows as a DRM render
/// node (`/dev/dri/renderD*`) or NVIDIA's device node: with neither, wgpu can
/// only find software adapters, and listing them would load a software
/// Vulkan driver (tens of megabytes resident) for nothing. Elsewhere (macOS's
/// Metal, Windows) the adapters are listed.
pub fn may_have_real_gpu() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    let render_node = std::fs::read_dir("/dev/dri").is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    });
    if render_node || std::path::Path::new("/dev/nvidia0").exists() {
        Ok(())
    } else {
        Err("no GPU device node (/dev/dri/renderD*, /dev/nvidia0)".into())
    }
}

/// Opens wgpu's default adapter (cubecl prefers a high-power GPU), or says why not.
pub fn open_wgpu() -> Result<OpenedGpu<WgpuRuntime>, String> {
    GpuBackend::Wgpu.probe()?;
    let gpu = Gpu::new(WgpuRuntime::client(&WgpuDevice::default()));
    let (adapter, description) = match wgpu_adapters().first() {
        Some((kind, name)) => (*kind, format!("wgpu: {name} ({})", kind.describe())),
        None => (AdapterKind::Other, "wgpu".to_owned()),
    };
    Ok(OpenedGpu {
        gpu,
        description,
        adapter: Some(adapter),
    })
}

/// Opens CUDA device 0, or says why not.
pub fn open_cuda() -> Result<OpenedGpu<CudaRuntime>, String> {
    GpuBackend::Cuda.probe()?;
    let gpu = Gpu::new(CudaRuntime::client(&CudaDevice::new(0)));
    Ok(OpenedGpu {
        gpu,
        description: "cuda (device 0)".into(),
        adapter: None,
    })
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
    quietly_value(f)
}

/// [`quietly`], keeping `f`'s value.
fn quietly_value<T>(f: impl FnOnce() -> T) -> Result<T, String> {
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
