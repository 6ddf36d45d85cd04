//! The conformance suite on every GPU backend this machine has: wgpu (lavapipe
//! in CI) and CUDA. A backend that is missing is reported as SKIPPED with its
//! reason; `REALM_REQUIRE_WGPU=1` / `REALM_REQUIRE_CUDA=1` turn that into a failure.

use cubecl::Runtime;
use cubecl::cuda::{CudaDevice, CudaRuntime};
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use realm_codegen::conformance::{Outcome, all_cases};
use realm_codegen::device::GpuBackend;
use realm_codegen::gpu::Gpu;

fn run_suite<R: Runtime>(backend: GpuBackend, gpu: Gpu<R>) {
    let cases = all_cases();
    let mut failures = Vec::new();
    let (mut passed, mut skipped) = (0, 0);
    for case in &cases {
        let label = format!(
            "{} {} {} {}",
            case.kernel,
            case.format.name(),
            case.float.name(),
            case.shape
        );
        match case.run(&gpu) {
            Outcome::Pass { .. } => passed += 1,
            Outcome::Fail { reason } => failures.push(format!("{label}: {reason}")),
            Outcome::Skip { reason } => {
                skipped += 1;
                println!("SKIPPED {label} on {}: {reason}", backend.name());
            }
        }
    }
    println!(
        "{}: {passed} passed, {} failed, {skipped} skipped",
        backend.name(),
        failures.len()
    );
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
    assert!(passed > 0);
}

/// `true` if the backend is there; otherwise prints why and fails only when required.
fn available(backend: GpuBackend, require_var: &str) -> bool {
    match backend.probe() {
        Ok(()) => true,
        Err(reason) => {
            println!("SKIPPED: no {} backend: {reason}", backend.name());
            assert!(
                std::env::var_os(require_var).is_none(),
                "{require_var} is set but {} is unavailable: {reason}",
                backend.name()
            );
            false
        }
    }
}

#[test]
fn every_kernel_and_format_matches_the_oracle_on_wgpu() {
    if available(GpuBackend::Wgpu, "REALM_REQUIRE_WGPU") {
        let client = WgpuRuntime::client(&WgpuDevice::default());
        run_suite(GpuBackend::Wgpu, Gpu::new(client));
    }
}

#[test]
fn every_kernel_and_format_matches_the_oracle_on_cuda() {
    if available(GpuBackend::Cuda, "REALM_REQUIRE_CUDA") {
        let client = CudaRuntime::client(&CudaDevice::new(0));
        run_suite(GpuBackend::Cuda, Gpu::new(client));
    }
}
