//! The reference backend on the real models against llama.cpp (f32 KV cache,
//! no flash attention: the configuration that computes attention as we do),
//! and the generated CPU kernels on the same greedy cases.
//!
//! These need SmolLM2-135M-Instruct Q4_1 and Gemma 3 270M Q4_K_M in the model
//! cache; `.ci/test-all` fetches them and runs these tests.

mod common;

use common::*;
use realm_runtime::backend::BackendKind;
use realm_runtime::engine::Engine;
use realm_runtime::generate::{GenerateOptions, generate};
use realm_runtime::perplexity::perplexity;
use realm_runtime::sampling::SamplingParams;
use serde_json::Value;

const SMOLLM2: &str = "SmolLM2-135M-Instruct.Q4_1.gguf";
const GEMMA3: &str = "gemma3-270m-q4_k_m.gguf";

fn engine(file: &str, n_ctx: usize) -> Engine {
    engine_on(BackendKind::Reference, file, n_ctx)
}

fn engine_on(backend: BackendKind, file: &str, n_ctx: usize) -> Engine {
    Engine::load(&real_model(file), backend, Some(n_ctx), &mut |_, _| {}).unwrap()
}

fn greedy_reference() -> Value {
    read_json_lossy(&shared_dir().join("reference/llamacpp_greedy.json"))
}

/// Largest |ours - llama.cpp| over reference top-k logits; panics on a top-1 mismatch.
fn compare_positions(label: &str, logits: &[f32], n_vocab: usize, positions: &[Value]) -> f32 {
    let mut max_err = 0f32;
    for pos in positions {
        let p = pos["pos"].as_u64().unwrap() as usize;
        let row = &logits[p * n_vocab..(p + 1) * n_vocab];
        let want_ids = ids(&pos["ids"]);
        let want = floats(&pos["logits"]);
        assert_eq!(
            argmax(row) as u32,
            want_ids[0],
            "{label}: top-1 at position {p}"
        );
        for (&id, &w) in want_ids.iter().zip(&want) {
            max_err = max_err.max((row[id as usize] - w).abs());
        }
    }
    max_err
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_logits_match_llama_cpp_at_every_prompt_position() {
    smollm2_logits_at_every_prompt_position(BackendKind::Reference);
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_logits_on_wgpu_match_llama_cpp_at_every_prompt_position() {
    if let Some(why) = no_wgpu() {
        println!("SKIPPED smollm2 logits on wgpu: {why}");
        return;
    }
    smollm2_logits_at_every_prompt_position(BackendKind::Wgpu);
}

fn smollm2_logits_at_every_prompt_position(backend: BackendKind) {
    let reference =
        read_json_lossy(&shared_dir().join("reference/llamacpp_logits_smollm2_raw.json"));
    let e = engine_on(backend, SMOLLM2, 512);
    let prompt = ids(&reference["prompt_token_ids"]);
    assert_eq!(
        e.tokenize_prompt(reference["prompt"].as_str().unwrap())
            .unwrap(),
        prompt
    );
    let logits = e.logits_all(&prompt).unwrap();
    let n_vocab = e.config().n_vocab;
    let positions = reference["all_prompt_positions_top5"]["fa_off_kv_f32"]
        .as_array()
        .unwrap();
    let err = compare_positions("smollm2 raw", &logits, n_vocab, positions);
    // The final position's top 20.
    let last = prompt.len() - 1;
    let top20 = &reference["final_position_top20"]["fa_off_kv_f32"];
    let row = &logits[last * n_vocab..];
    let want = ids(&top20["ids"]);
    assert_eq!(argmax(row) as u32, want[0]);
    println!("smollm2 on {backend}: max |Δlogit| over top-5 at every position = {err:.4}");
    // llama.cpp's own configurations differ by up to 0.9 on this prompt
    // (f16 vs f32 KV cache, flash attention or not): SmolLM2's activations are
    // large, so summation order shows. The reference, which rounds activations
    // to 8 bits for quantized dot products as llama.cpp does, measures 0.43;
    // the compiled kernels keep f32 activations (wgpu: 0.50), so they are
    // held to llama.cpp's own spread.
    let limit = if backend == BackendKind::Reference {
        0.5
    } else {
        0.9
    };
    assert!(err < limit, "max error {err} (limit {limit})");
}

/// Our top-1 may differ from llama.cpp's greedy token only where our own
/// logits put the two this close: a near-tie that the engines' different
/// summation orders can break either way.
const NEAR_TIE: f32 = 0.25;

/// Every greedy case for `model`, compared position by position (as the
/// reference file advises: free-running greedy texts of two engines diverge
/// for good at the first near-tie). Teacher-forced along llama.cpp's greedy
/// path, our argmax must equal llama.cpp's token at every step but near-ties.
/// Free-running, our greedy text must agree with llama.cpp's up to the first
/// near-tie on that path.
fn greedy_cases(backend: BackendKind, model: &str, file: &str) {
    let reference = greedy_reference();
    let e = engine_on(backend, file, 512);
    let n_vocab = e.config().n_vocab;
    let mut checked = 0;
    for case in reference["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["model"] == model)
    {
        let id = case["id"].as_str().unwrap();
        let prompt = ids(&case["prompt_token_ids"]);
        assert_eq!(
            e.tokenize_prompt(case["prompt"].as_str().unwrap()).unwrap(),
            prompt,
            "{id}: tokens"
        );
        let want = ids(&case["greedy_fa_off_kv_f32"]["token_ids"]);

        // Teacher-forced along llama.cpp's path.
        let mut path = prompt.clone();
        path.extend(&want);
        let logits = e.logits_all(&path).unwrap();
        let last_prompt = &logits[(prompt.len() - 1) * n_vocab..prompt.len() * n_vocab];
        let top5 = ids(&case["final_prompt_position_top5_default"]["ids"]);
        let first = argmax(last_prompt);
        let gap = last_prompt[first] - last_prompt[top5[0] as usize];
        assert!(
            first as u32 == top5[0] || gap < NEAR_TIE,
            "{id}: top-1 after the prompt is {first}, llama.cpp's {} ({gap:.3} below ours)",
            top5[0]
        );
        let mut near_ties = Vec::new();
        for (i, &w) in want.iter().enumerate() {
            let row = &logits[(prompt.len() - 1 + i) * n_vocab..][..n_vocab];
            let ours = argmax(row);
            if ours as u32 != w {
                let margin = row[ours] - row[w as usize];
                assert!(
                    margin < NEAR_TIE,
                    "{id}: step {i}: ours {ours} beats llama.cpp's {w} by {margin}"
                );
                near_ties.push((i, (margin * 1000.0).round() / 1000.0));
            }
        }

        // Free-running.
        let opts = GenerateOptions {
            max_tokens: want.len(),
            sampling: SamplingParams::greedy(),
            stop: vec![],
            ignore_eos: true,
        };
        let mut cache = e.new_cache();
        let got = generate(&e, &mut cache, &prompt, 0, &opts, &mut |_| {}).unwrap();
        let agree = got
            .token_ids
            .iter()
            .zip(&want)
            .take_while(|(a, b)| a == b)
            .count();
        let first_tie = near_ties.first().map_or(want.len(), |&(i, _)| i);
        println!(
            "{id}: teacher-forced {}/{} equal (near-ties (step, margin) at {near_ties:?}); free-running {agree}/{} equal",
            want.len() - near_ties.len(),
            want.len(),
            want.len()
        );
        if agree < first_tie {
            // Free-running decodes a token at a time after the prompt, and
            // those logits differ from the teacher-forced pass's (the whole
            // path at once) in the last bits: it may leave llama.cpp's path
            // at a near-tie of its own. Replayed along llama.cpp's tokens,
            // the decode path must have ours and llama.cpp's within
            // NEAR_TIE where it left.
            let mut cache = e.new_cache();
            let mut row = e.step(&mut cache, &prompt).unwrap();
            for &t in &want[..agree] {
                row = e.step(&mut cache, &[t]).unwrap();
            }
            let (ours, theirs) = (argmax(&row), want[agree] as usize);
            let margin = row[ours] - row[theirs];
            println!(
                "{id}: free-running left at step {agree}: ours {ours}, llama.cpp's {theirs}, {margin:.3} apart"
            );
            assert!(
                margin < NEAR_TIE,
                "{id}: free-running greedy left llama.cpp's path at {agree}, \
                 before any near-tie, by {margin} (ours {ours}, llama.cpp's {theirs})"
            );
        }
        // At most one step in six. Gemma 3 base on its raw prompt is the
        // least confident case: on the CPU, 3 of 32 steps are near-ties
        // with f32 activations (margins 0.012-0.093) and 4 with the integer
        // path's 8-bit ones (0.06-0.22), which round in blocks of 32 where
        // llama.cpp's round Q5_0's products in blocks of 32 with f16 scales
        // and the k-quants' in 256.
        assert!(
            near_ties.len() * 6 <= want.len(),
            "{id}: {} near-ties in {} steps",
            near_ties.len(),
            want.len()
        );
        checked += 1;
    }
    assert!(checked >= 2, "{model}: only {checked} cases");
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_greedy_matches_llama_cpp() {
    greedy_cases(BackendKind::Reference, "smollm2", SMOLLM2);
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_greedy_on_the_generated_cpu_kernels_matches_llama_cpp() {
    greedy_cases(BackendKind::Cpu, "smollm2", SMOLLM2);
}

/// The France prompts on wgpu (lavapipe in CI): teacher-forced along
/// llama.cpp's greedy path and free-running, as on the other backends.
#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_greedy_on_wgpu_matches_llama_cpp() {
    if let Some(why) = no_wgpu() {
        println!("SKIPPED smollm2 greedy on wgpu: {why}");
        return;
    }
    greedy_cases(BackendKind::Wgpu, "smollm2", SMOLLM2);
}

/// Gemma 3 on wgpu: its 178 MB embedding table is over lavapipe's 128 MiB
/// binding limit, so this also runs a weight split into runs of rows.
#[test]
#[ignore = "needs the Gemma 3 GGUF in the model cache; run by .ci/test-all"]
fn gemma3_greedy_on_wgpu_matches_llama_cpp() {
    if let Some(why) = no_wgpu() {
        println!("SKIPPED gemma3 greedy on wgpu: {why}");
        return;
    }
    greedy_cases(BackendKind::Wgpu, "gemma3", GEMMA3);
}

#[test]
#[ignore = "needs the Gemma 3 GGUF in the model cache; run by .ci/test-all"]
fn gemma3_greedy_matches_llama_cpp() {
    greedy_cases(BackendKind::Reference, "gemma3", GEMMA3);
}

#[test]
#[ignore = "needs the Gemma 3 GGUF in the model cache; run by .ci/test-all"]
fn gemma3_greedy_on_the_generated_cpu_kernels_matches_llama_cpp() {
    greedy_cases(BackendKind::Cpu, "gemma3", GEMMA3);
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_chat_answers_paris() {
    let reference = greedy_reference();
    let case = &reference["cases"].as_array().unwrap()[0];
    let e = engine(SMOLLM2, 512);
    let prompt = e.tokenize_prompt(case["prompt"].as_str().unwrap()).unwrap();
    let opts = GenerateOptions {
        max_tokens: 32,
        sampling: SamplingParams::greedy(),
        stop: vec![],
        ignore_eos: false,
    };
    let mut cache = e.new_cache();
    let got = generate(&e, &mut cache, &prompt, 0, &opts, &mut |_| {}).unwrap();
    assert_eq!(got.text, "The capital of France is Paris.");
}

fn check_perplexity(backend: BackendKind, file: &str, llama_cpp: f64) {
    let text = std::fs::read_to_string(shared_dir().join("reference/ppl_lighthouse.txt")).unwrap();
    let e = engine_on(backend, file, 128);
    let result = perplexity(&e, &text, 128, &mut |_, _, _| {}).unwrap();
    let ratio = result.ppl / llama_cpp;
    println!(
        "{file} on {backend:?}: perplexity {:.4} vs llama.cpp {llama_cpp} (ratio {ratio:.4}, {} chunks)",
        result.ppl, result.chunks
    );
    assert!(
        (ratio - 1.0).abs() < 0.01,
        "{file} on {backend:?}: perplexity {} vs {llama_cpp}",
        result.ppl
    );
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_perplexity_within_one_percent_of_llama_cpp() {
    check_perplexity(BackendKind::Reference, SMOLLM2, 23.7683);
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_perplexity_on_the_generated_cpu_kernels_within_one_percent_of_llama_cpp() {
    check_perplexity(BackendKind::Cpu, SMOLLM2, 23.7683);
}

#[test]
#[ignore = "needs the Gemma 3 GGUF in the model cache; run by .ci/test-all"]
fn gemma3_perplexity_within_one_percent_of_llama_cpp() {
    check_perplexity(BackendKind::Reference, GEMMA3, 20.0189);
}

#[test]
#[ignore = "needs the Gemma 3 GGUF in the model cache; run by .ci/test-all"]
fn gemma3_perplexity_on_the_generated_cpu_kernels_within_one_percent_of_llama_cpp() {
    check_perplexity(BackendKind::Cpu, GEMMA3, 20.0189);
}
