//! Why a controller failed, in words a tenant can act on.
//!
//! Every way a guest can misbehave maps to one variant here; nothing a guest
//! does panics the host. An error ends only the request whose controller
//! failed.

use wasmtime::{Trap, WasmBacktrace};

/// A controller module was rejected, or a running controller failed.
#[derive(Debug, thiserror::Error)]
pub enum ControllerError {
    /// The uploaded module is larger than [`Limits::max_module_bytes`](crate::Limits).
    #[error("controller module is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// Size of the upload.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are neither valid WebAssembly nor valid WAT text.
    #[error("controller module does not compile: {0}")]
    Compile(String),
    /// The module imports something the host does not provide (anything
    /// outside module `realm`, such as WASI, or an unknown or mistyped
    /// `realm` function).
    #[error("controller module imports {0}")]
    Import(String),
    /// A required export is missing or has the wrong type.
    #[error("controller module exports {0}")]
    Export(String),
    /// Instantiation failed for a reason other than a trap or a limit.
    #[error("controller could not be instantiated: {0}")]
    Instantiate(String),
    /// The guest used up its fuel: it loops, or does too much work per call.
    #[error(
        "controller ran out of fuel in `{call}` (limit {fuel} per call): it loops or does too much work"
    )]
    OutOfFuel {
        /// The export that was running (`start`, `init` or `step`).
        call: &'static str,
        /// The fuel that call had.
        fuel: u64,
    },
    /// The guest asked for more linear memory than it may have.
    #[error("controller tried to grow its memory to {requested} bytes; the limit is {limit} bytes")]
    MemoryLimit {
        /// Bytes the guest asked for.
        requested: usize,
        /// The limit.
        limit: usize,
    },
    /// The guest asked for a larger table than it may have.
    #[error("controller tried to grow a table to {requested} elements; the limit is {limit}")]
    TableLimit {
        /// Elements the guest asked for.
        requested: usize,
        /// The limit.
        limit: usize,
    },
    /// The guest trapped (`unreachable`, an out-of-bounds access of its own
    /// memory, division by zero, stack overflow, ...).
    #[error("controller trapped in `{call}`: {message}")]
    Trap {
        /// The export that was running.
        call: &'static str,
        /// What the trap was, and where.
        message: String,
    },
    /// The guest broke the host-function ABI: a pointer outside its memory,
    /// an invalid token id, a bad return code, nothing left to sample, ...
    #[error("controller broke the ABI: {0}")]
    Abi(String),
    /// The guest's `init` returned this nonzero code: it refuses the request
    /// (typically its config).
    #[error("controller refused the request: init returned {0}")]
    Refused(i32),
    /// An earlier call failed; a controller is not called again after that.
    #[error("controller already failed and cannot be called again")]
    Failed,
    /// The host was misused (a server bug, not the tenant's).
    #[error("controller host error: {0}")]
    Host(String),
}

/// Turns the error a guest call returned into a [`ControllerError`]: errors
/// our host functions and limiter raised come back as themselves, traps get
/// the export name and the innermost guest function.
pub(crate) fn from_call(err: wasmtime::Error, call: &'static str, fuel: u64) -> ControllerError {
    let err = match err.downcast::<ControllerError>() {
        Ok(ours) => return ours,
        Err(err) => err,
    };
    match err.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => ControllerError::OutOfFuel { call, fuel },
        Some(trap) => {
            let mut message = trap.to_string();
            let innermost = err
                .downcast_ref::<WasmBacktrace>()
                .and_then(|trace| trace.frames().first())
                .and_then(|frame| frame.func_name());
            if let Some(name) = innermost {
                message.push_str(&format!(" (in function `{name}`)"));
            }
            ControllerError::Trap { call, message }
        }
        None if call == "start" => ControllerError::Instantiate(format!("{err:#}")),
        None => ControllerError::Trap {
            call,
            message: format!("{err:#}"),
        },
    }
}
