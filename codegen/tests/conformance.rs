//! The conformance suite on every backend this machine has: the CPU backend
//! (always), wgpu (lavapipe in CI) and CUDA. A GPU backend that is missing is
//! reported as SKIPPED with its reason; `REALM_REQUIRE_WGPU=1` /
//! `REALM_REQUIRE_CUDA=1` turn that into a failure.

mod common;

use common::backend_available;
use cubecl::Runtime;
use cubecl::cuda::{CudaDevice, CudaRuntime};
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use realm_codegen::conformance::{CpuDevice, Device, Outcome, all_cases, run_cases};
use realm_codegen::device::GpuBackend;
use realm_codegen::gpu::Gpu;

/// Runs every case on `device` (called `name`); fails with the list of failures.
fn run_suite(name: &str, device: &impl Device) {
    let cases = all_cases();
    let mut failures = Vec::new();
    let (mut passed, mut skipped) = (0, 0);
    for (case, outcome) in cases.iter().zip(run_cases(device, &cases)) {
        match outcome {
            Outcome::Pass { .. } => passed += 1,
            Outcome::Fail { reason } => failures.push(format!("{}: {reason}", case.label())),
            Outcome::Skip { reason } => {
                skipped += 1;
                println!("SKIPPED {} on {name}: {reason}", case.label());
            }
        }
    }
    println!(
        "{name}: {passed} passed, {} failed, {skipped} skipped",
        failures.len()
    );
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
    assert!(passed > 0);
}

/// Every instruction-set variant of the CPU kernels this machine runs
/// (AVX-512, AVX2, baseline), one after another.
#[test]
fn every_kernel_and_format_matches_the_oracle_on_cpu() {
    let isas = realm_cpu::rt::Isa::available();
    for &isa in &isas {
        assert!(realm_cpu::rt::set_isa(isa));
        run_suite(&format!("cpu ({isa:?})"), &CpuDevice);
    }
    assert!(realm_cpu::rt::set_isa(isas[0]));
}

#[test]
fn every_kernel_and_format_matches_the_oracle_on_wgpu() {
    if backend_available(GpuBackend::Wgpu, "REALM_REQUIRE_WGPU") {
        let client = WgpuRuntime::client(&WgpuDevice::default());
        run_suite(GpuBackend::Wgpu.name(), &Gpu::new(client));
    }
}

#[test]
fn every_kernel_and_format_matches_the_oracle_on_cuda() {
    if backend_available(GpuBackend::Cuda, "REALM_REQUIRE_CUDA") {
        let client = CudaRuntime::client(&CudaDevice::new(0));
        run_suite(GpuBackend::Cuda.name(), &Gpu::new(client));
    }
}
