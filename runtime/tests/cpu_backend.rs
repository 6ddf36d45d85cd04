//! Teacher-forced: the generated CPU kernels against the reference backend
//! (the oracle) on the tiny models in every format, through both the prefill
//! and the decode path (see `common/compare.rs`).

mod common;
#[path = "common/compare.rs"]
mod compare;

use common::*;
use realm_runtime::backend::cpu::CpuBackend;

#[test]
fn cpu_backend_matches_the_reference_on_every_tiny_model() {
    compare::every_tiny_model_matches_the_reference(&CpuBackend);
}
