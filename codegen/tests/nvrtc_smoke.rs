//! NVRTC compile checks, with no GPU: they need the install that
//! `.ci/install-nvrtc` lays out. Without it each test prints `SKIPPED: <reason>`
//! and passes, unless `REALM_REQUIRE_NVRTC=1` (as CI sets after installing it).

use std::time::Instant;

use realm_codegen::nvrtc::{self, NvrtcError, NvrtcInstall};

/// The install, or `None` after printing why the test is skipped.
fn install_or_skip() -> Option<NvrtcInstall> {
    match nvrtc::locate() {
        Ok(install) => Some(install),
        Err(error) => {
            assert!(
                std::env::var("REALM_REQUIRE_NVRTC").as_deref() != Ok("1"),
                "REALM_REQUIRE_NVRTC=1, but {error}"
            );
            println!("SKIPPED: {error}");
            None
        }
    }
}

/// Starts as cubecl's emitted CUDA sources do, and uses `__half`.
const HALF_KERNEL: &str = r#"#include <cuda_runtime.h>
#include <cuda_fp16.h>

extern "C" __global__ void add_one_half(__half* out, const __half* in, unsigned int n) {
    unsigned int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        out[i] = __hadd(in[i], __float2half(1.0f));
    }
}
"#;

#[test]
fn compiles_a_half_kernel_to_ptx() {
    let Some(install) = install_or_skip() else {
        return;
    };
    let start = Instant::now();
    let ptx = install
        .compile(HALF_KERNEL, nvrtc::DEFAULT_ARCH)
        .unwrap_or_else(|e| panic!("{e}"));
    let (major, minor) = install.version().unwrap_or_else(|e| panic!("{e}"));
    println!(
        "NVRTC {major}.{minor}: {} bytes of PTX in {:?}",
        ptx.len(),
        start.elapsed()
    );
    assert!(ptx.contains(".entry add_one_half"), "{ptx}");
    assert!(ptx.contains(".target sm_90"), "{ptx}");
}

#[test]
fn takes_the_architecture_and_options() {
    let Some(install) = install_or_skip() else {
        return;
    };
    // A real architecture (what cubecl's CUDA runtime passes) also runs the
    // assembler; a virtual one only emits PTX.
    for (arch, target) in [
        ("sm_90a", ".target sm_90a"),
        ("compute_80", ".target sm_80"),
    ] {
        let ptx = install
            .compile_with_options(HALF_KERNEL, arch, &["-lineinfo"])
            .unwrap_or_else(|e| panic!("{arch}: {e}"));
        assert!(ptx.contains(".entry add_one_half"), "{arch}: {ptx}");
        assert!(ptx.contains(target), "{arch}: {ptx}");
    }
    let error = install.compile(HALF_KERNEL, "compute_1").unwrap_err();
    assert!(matches!(error, NvrtcError::Api { .. }), "{error:?}");
}

#[test]
fn a_syntax_error_returns_the_log() {
    let Some(install) = install_or_skip() else {
        return;
    };
    let source = HALF_KERNEL.replace("unsigned int i =", "unsigned int i = =");
    let error = install.compile(&source, nvrtc::DEFAULT_ARCH).unwrap_err();
    let log = error
        .log()
        .unwrap_or_else(|| panic!("not a compile error: {error}"));
    assert!(log.contains("kernel.cu(5): error"), "{log}");
    assert!(log.contains("expected an expression"), "{log}");
    assert!(error.to_string().contains(log), "{error}");
}

#[test]
fn a_missing_install_says_what_is_missing() {
    let dir = std::env::temp_dir().join(format!("realm-nvrtc-missing-{}", std::process::id()));
    let error = NvrtcInstall::at(&dir).unwrap_err();
    assert!(matches!(error, NvrtcError::NotInstalled(_)), "{error:?}");
    assert!(
        error.to_string().contains(&*dir.to_string_lossy()),
        "{error}"
    );
    assert!(error.to_string().contains(".ci/install-nvrtc"), "{error}");

    std::fs::create_dir_all(dir.join("include")).unwrap();
    std::fs::write(dir.join("include/cuda_runtime.h"), "").unwrap();
    let error = NvrtcInstall::at(&dir).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(error.contains("include/crt/host_config.h"), "{error}");
    assert!(error.contains("lib/libnvrtc.so.12"), "{error}");
    assert!(error.contains("lib/libnvrtc-builtins.so."), "{error}");
    assert!(!error.contains("include/cuda_runtime.h"), "{error}");
}
