//! What the GPU test files share: deciding whether a backend's tests run.

use realm_codegen::device::GpuBackend;

/// `true` if `backend` works here. Otherwise prints `SKIPPED` with the reason,
/// and fails instead when `require_var` (e.g. `REALM_REQUIRE_WGPU`) is set, as
/// CI does for what it installs.
pub fn backend_available(backend: GpuBackend, require_var: &str) -> bool {
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
