//! Teacher-forced: the generated CPU kernels against the reference backend
//! (the oracle) and llama.cpp, on the tiny models in every format, through
//! both the prefill path (matmul, prefill attention) and the decode path
//! (matvec, decode attention).

mod common;

use common::*;
use realm_models::{Backend, Logits, Model};
use realm_runtime::backend::cpu::CpuBackend;
use realm_runtime::backend::reference::ReferenceBackend;
use realm_runtime::gguf::GgufFile;

/// A top-2 margin (in the oracle's logits) below which rounding differences
/// may order the pair differently: the reference rounds activations to 8 bits
/// for quantized dot products as llama.cpp does; the kernels keep f32.
const NEAR_TIE: f32 = 0.05;

fn all_logits<B: Backend>(backend: &B, file: &GgufFile, prompt: &[u32]) -> (Vec<f32>, usize) {
    let model = Model::load(file, backend, &mut |_, _| {}).unwrap();
    let mut cache = model.new_cache(backend, prompt.len());
    let logits = model
        .forward(backend, &mut cache, prompt, Logits::All)
        .unwrap();
    (logits, model.config.n_vocab)
}

/// Logits of every position, fed one token at a time (the decode path).
fn decoded_logits(file: &GgufFile, prompt: &[u32]) -> Vec<f32> {
    let model = Model::load(file, &CpuBackend, &mut |_, _| {}).unwrap();
    let mut cache = model.new_cache(&CpuBackend, prompt.len());
    let mut out = Vec::new();
    for &t in prompt {
        out.extend(
            model
                .forward(&CpuBackend, &mut cache, &[t], Logits::Last)
                .unwrap(),
        );
    }
    out
}

/// The oracle's top-1 at every position, or its runner-up in a near tie.
fn top1_mismatches(
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

fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

#[test]
fn cpu_backend_matches_the_reference_on_every_tiny_model() {
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
        let (prefill, _) = all_logits(&CpuBackend, &file, &prompt);
        let decode = decoded_logits(&file, &prompt);
        failures.extend(top1_mismatches(
            &name, "prefill", &prefill, &oracle, n_vocab,
        ));
        failures.extend(top1_mismatches(&name, "decode", &decode, &oracle, n_vocab));
        println!(
            "{name}: {} positions, max |logit - reference| prefill {:.4}, decode {:.4}",
            prompt.len(),
            max_abs_diff(&prefill, &oracle),
            max_abs_diff(&decode, &oracle)
        );
        // The two CPU paths run different kernels over the same weights.
        let paths = max_abs_diff(&prefill, &decode);
        if paths > 1e-3 {
            failures.push(format!("{name}: prefill and decode differ by {paths}"));
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} tiny models found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
