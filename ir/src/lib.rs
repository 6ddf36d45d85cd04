//! `realm-ir`: what Realm's tensor formats and ops *mean*.
//!
//! This crate knows no backend. It holds the data model of GGUF tensor formats
//! ([`format`]), how their blocks are laid out for kernels ([`layout`]), their reference dequantization ([`dequant`]) and the scalar
//! reference semantics of every op ([`ops`]), and the catalogue of kernels every
//! backend compiles ([`kernels`]). Every backend Realm has or will have
//! is tested against these functions, so they are written to be obviously
//! correct, not fast.

pub mod activation;
pub mod dequant;
pub mod format;
pub mod kernels;
pub mod launch;
pub mod layout;
pub mod metrics;
pub mod ops;

pub use format::GgmlType;
