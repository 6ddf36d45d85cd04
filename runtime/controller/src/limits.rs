//! How much a controller may use, and the store limiter that enforces it.

use crate::ControllerError;
use wasmtime::ResourceLimiter;

/// What one controller may consume. One value per server (or per tenant).
///
/// Fuel is wasmtime's deterministic instruction count: roughly one unit per
/// WebAssembly instruction, and the host charges host functions for the work
/// they do (one unit per 8 bytes copied or scanned), so a guest cannot hide a
/// loop inside host calls. Deterministic fuel rather than wall-clock time
/// means the same controller fails the same way under any load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Fuel for each `step` call (once per generated token).
    pub fuel_per_call: u64,
    /// Fuel for instantiation (the module's start function) and for `init`,
    /// each: larger, so that `init` can scan the whole vocabulary once and
    /// `step` stays cheap.
    pub init_fuel: u64,
    /// The most linear memory a controller may have, in bytes (a module
    /// declaring more than this fails to instantiate).
    pub memory_bytes: usize,
    /// The largest module accepted for compilation, in bytes (binary or text).
    pub max_module_bytes: usize,
}

impl Default for Limits {
    /// 50M fuel per step (a tight loop burns it in about 30 ms), 20x that
    /// for init (about 0.7 s), 16 MiB of memory, 4 MiB modules.
    fn default() -> Self {
        Limits {
            fuel_per_call: 50_000_000,
            init_fuel: 1_000_000_000,
            memory_bytes: 16 << 20,
            max_module_bytes: 4 << 20,
        }
    }
}

/// Elements a table may hold (a function table; 8 bytes each).
pub(crate) const TABLE_ELEMENTS: usize = 100_000;
/// Native stack a controller's calls may use. Guests run on the calling
/// thread's stack, so the server's threads need this much to spare.
pub(crate) const WASM_STACK_BYTES: usize = 512 << 10;

/// Enforces [`Limits::memory_bytes`] and one instance, one memory and a few
/// small tables per store. Growth past a limit is an error (a trap naming the
/// limit), not wasm's quiet `-1`: the tenant learns why its controller died.
pub(crate) struct GuestLimiter {
    pub memory_bytes: usize,
}

impl ResourceLimiter for GuestLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.memory_bytes {
            return Err(wasmtime::Error::new(ControllerError::MemoryLimit {
                requested: desired,
                limit: self.memory_bytes,
            }));
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > TABLE_ELEMENTS {
            return Err(wasmtime::Error::new(ControllerError::TableLimit {
                requested: desired,
                limit: TABLE_ELEMENTS,
            }));
        }
        Ok(true)
    }

    fn instances(&self) -> usize {
        1
    }

    fn tables(&self) -> usize {
        4
    }

    fn memories(&self) -> usize {
        1
    }
}
