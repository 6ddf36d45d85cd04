//! A compiled backend against the reference backend (the oracle) on the tiny
//! models in every format, teacher-forced, through both the prefill path
//! (matmul, prefill attention) and the decode path (matvec, decode
//! attention). The CPU and the GPU backends' tests share it.

use super::*;
use realm_models::{Backend, Logits, Model};
use realm_runtime::backend::reference::ReferenceBackend;
use realm_runtime::gguf::GgufFile;

/// A top-2 margin (in the oracle's logits) below which rounding differences
/// may order the pair differently. The reference rounds activations to 8
/// bits in llama.cpp's blocks (Q8_K's 256 elements for the k-quants); the
/// GPU kernels and the CPU's float path keep f32, and the CPU's integer
/// path (the default on AVX2 and up) rounds them per 32. On the tiny
/// models each logit moves by up to 0.077 (f32) or 0.094 (integer) from
/// the oracle's, so a pair closer than that may flip; [`MAX_LOGIT_DIFF`]
/// bounds the moves themselves.
pub const NEAR_TIE: f32 = 0.1;

/// The largest difference from the oracle's logits allowed at any position.
pub const MAX_LOGIT_DIFF: f32 = 0.15;

/// Logits of every position of `prompt`, in one forward pass.
pub fn all_logits<B: Backend>(backend: &B, file: &GgufFile, prompt: &[u32]) -> (Vec<f32>, usize) {
    let model = Model::load(file, backend, &mut |_, _| {}).unwrap();
    let mut cache = model.new_cache(backend, prompt.len());
    let logits = model
        .forward(backend, &mut cache, prompt, Logits::All)
        .unwrap();
    (logits, model.config.n_vocab)
}

/// Logits of every position, fed one token at a time (the decode path).
pub fn decoded_logits<B: Backend>(backend: &B, file: &GgufFile, prompt: &[u32]) -> Vec<f32> {
    let model = Model::load(file, backend, &mut |_, _| {}).unwrap();
    let mut cache = model.new_cache(backend, prompt.len());
    let mut out = Vec::new();
    for &t in prompt {
        out.extend(
            model
                .forward(backend, &mut cache, &[t], Logits::Last)
                .unwrap(),
        );
    }
    out
}

/// The oracle's top-1 at every position, or its runner-up in a near tie.
pub fn top1_mismatches(
    name: &str,
    path: &str,
    ours: &[f32],
    oracle: &[f32],
    n_vocab: usize,
) -> Vec<String> {
    let mut bad = Vec::new();
    for (p, (row, want)) in ours.chunks(n_vocab).zip(oracle.chunks(n_vocab)).enumerate() {
        let (got, best) = (argmax(row), argmax(want));
        if got == best {
            continue;
        }
        let margin = want[best] - want[got];
        if margin >= NEAR_TIE {
            bad.push(format!(
                "{name} ({path}) position {p}: ours {got}, reference {best} (margin {margin:.4})"
            ));
        }
    }
    bad
}

pub fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

/// Every tiny model on `backend`, prefill and decode, against the oracle;
/// panics listing every position whose top-1 differs beyond a near tie.
pub fn every_tiny_model_matches_the_reference<B: Backend>(backend: &B) {
    let mut failures = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(tiny_dir()).unwrap() {
        let json_path = entry.unwrap().path();
        if json_path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let reference = read_json_lossy(&json_path);
        let name = reference["model"].as_str().unwrap().to_owned();
        let file = GgufFile::open(&tiny_dir().join(&name)).unwrap();
        let prompt = ids(&reference["prompt_token_ids"]);
        let (oracle, n_vocab) = all_logits(&ReferenceBackend, &file, &prompt);
        let (prefill, _) = all_logits(backend, &file, &prompt);
        let decode = decoded_logits(backend, &file, &prompt);
        failures.extend(top1_mismatches(
            &name, "prefill", &prefill, &oracle, n_vocab,
        ));
        failures.extend(top1_mismatches(&name, "decode", &decode, &oracle, n_vocab));
        println!(
            "{} {name}: {} positions, max |logit - reference| prefill {:.4}, decode {:.4}",
            backend.name(),
            prompt.len(),
            max_abs_diff(&prefill, &oracle),
            max_abs_diff(&decode, &oracle)
        );
        for (path, logits) in [("prefill", &prefill), ("decode", &decode)] {
            let diff = max_abs_diff(logits, &oracle);
            if diff > MAX_LOGIT_DIFF {
                failures.push(format!("{name} ({path}): logits differ by {diff}"));
            }
        }
        // The two paths run different kernels over the same weights.
        let paths = max_abs_diff(&prefill, &decode);
        if paths > 1e-3 {
            failures.push(format!("{name}: prefill and decode differ by {paths}"));
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} tiny models found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
