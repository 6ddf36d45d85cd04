//! `realm-codegen`: Realm's kernels, written once in cubecl, and the thin layer
//! that compiles, emits and launches them.
//!
//! - [`formats`]: one spec per quantization format (through `realm-macros`).

// The generated format code names this crate by its absolute path, which
// resolves inside the crate too thanks to this alias.
extern crate self as realm_codegen;

pub mod conformance;
pub mod cpu;
pub mod device;
pub mod emit;
pub mod formats;
pub mod gpu;
pub mod kernels;
pub mod nvrtc;
