//! Helpers shared by the integration tests: where reference data and models live.
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;

/// llama.cpp's reference outputs, copied into the repository (see `data/README.md`).
pub fn shared_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"))
}

/// The tiny models in every format, quantized by llama.cpp, with its results.
pub fn tiny_dir() -> PathBuf {
    shared_dir().join("tiny")
}

/// Reads a JSON file whose strings may hold invalid UTF-8 (byte-token pieces).
pub fn read_json_lossy(path: &std::path::Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&String::from_utf8_lossy(&bytes)).unwrap()
}

/// The model cache the CLI fetches into (`REALM_MODELS_DIR` overrides it).
pub fn models_dir() -> PathBuf {
    std::env::var_os("REALM_MODELS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/realm/models")
        })
}

/// The Python with the test tools (`gguf`, `numpy`, `openai`) that
/// `.ci/test-all` installs; `REALM_PYTHON` overrides it.
pub fn python() -> PathBuf {
    std::env::var_os("REALM_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/realm/pyenv/bin/python")
        })
}

/// A real model from the cache; panics with how to fetch it when absent.
pub fn real_model(file: &str) -> PathBuf {
    let path = models_dir().join(file);
    assert!(
        path.exists(),
        "{} is missing: run `realm models --fetch` (or .ci/test-all, which does)",
        path.display()
    );
    path
}

pub fn ids(v: &Value) -> Vec<u32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as u32)
        .collect()
}

pub fn floats(v: &Value) -> Vec<f32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap() as f32)
        .collect()
}

/// Index of the largest value, ties to the lowest index (llama.cpp's greedy rule).
pub fn argmax(row: &[f32]) -> usize {
    realm_runtime::sampling::argmax(row) as usize
}

/// Why the wgpu tests cannot run here, if they cannot (printed as SKIPPED by
/// the caller). With `REALM_REQUIRE_WGPU` set, as CI sets it after
/// installing lavapipe, a missing adapter fails the test instead.
pub fn no_wgpu() -> Option<String> {
    let why = realm_codegen::device::GpuBackend::Wgpu.probe().err()?;
    assert!(
        std::env::var_os("REALM_REQUIRE_WGPU").is_none(),
        "REALM_REQUIRE_WGPU is set but wgpu is unavailable: {why}"
    );
    Some(why)
}
