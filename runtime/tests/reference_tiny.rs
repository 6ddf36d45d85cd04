//! Teacher-forced: the reference backend against llama.cpp on the tiny models
//! in every format (llama.cpp's own quantizer output, f32 KV, no flash attention).

mod common;

use common::*;
use realm_models::{Logits, Model};
use realm_runtime::backend::reference::ReferenceBackend;
use realm_runtime::gguf::GgufFile;

/// Largest |ours - llama.cpp| allowed on a reference top-5 logit. llama.cpp
/// multiplies quantized weights with activations it quantizes to 8 bits
/// (Q8_0/Q8_K), which we do not; the f32 model agrees far more tightly.
///
/// f32, Q8_0 and Q4_K_M agree to 1e-5 at every position; the other formats
/// drift by up to 0.036. Traced with llama.cpp's eval callback on this
/// machine's build (`benches/scripts/llamacpp_trace_matmuls.py`, December
/// 2026):
/// - Every quantized matmul, given llama.cpp's own input, matches ggml's
///   rounding of activations to 1e-7. The drift starts where an input differs
///   from llama.cpp's by an ulp (SiLU through ggml's own `exp` polynomial,
///   RMSNorm squares rounded to f32 first, attention sums in ggml's lane
///   order) and that ulp moves a value across an 8-bit rounding boundary.
///   Emulating those ops alone reshuffled the drift rather than removing it:
///   the quantized dot products' own lane order would have to match too.
/// - The files were made by an AVX-512 build (Zen 4's instruction set, as the
///   shared references say). Built that way (`benches/README.md`), llama.cpp
///   reproduces all ten bit for bit; built for AVX2 it differs by up to 0.034
///   on the formats it repacks differently (Q4_0, IQ4_NL, Q3_K_M's Q4_K).
fn tolerance(model: &str) -> f32 {
    if ["f32", "Q8_0", "Q4_K_M"].iter().any(|m| model.contains(m)) {
        1e-4
    } else {
        0.04
    }
}

/// A top-2 margin in llama.cpp's logits below which the two engines' rounding
/// may order the pair differently.
///
/// Two positions fall under it: Q6_K position 21 (llama.cpp's margin 0.0069)
/// and Q3_K_M position 50 (0.0013). At both, the very build that made these
/// files picks our token as soon as only its arithmetic order changes
/// (`benches/scripts/llamacpp_self_agreement.py`, December 2026): Q6_K 21
/// with flash attention on (its default), Q3_K_M 50 fed token by token. With
/// flash attention on it differs from its own files' top-1 at 16 positions
/// of 9 models, at margins up to 0.040; token by token it moves logits by up
/// to 0.034.
const NEAR_TIE: f32 = 0.01;

#[test]
fn tiny_models_match_llama_cpp_at_every_position() {
    let mut checked = 0;
    let mut near_tie_misses = 0;
    let mut failures = Vec::new();
    let only = std::env::var("ONLY").unwrap_or_default();
    for entry in std::fs::read_dir(tiny_dir()).unwrap() {
        let json_path = entry.unwrap().path();
        if json_path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let reference = read_json_lossy(&json_path);
        let name = reference["model"].as_str().unwrap().to_owned();
        if !name.contains(&only) {
            continue;
        }
        let file = GgufFile::open(&tiny_dir().join(&name)).unwrap();
        let backend = ReferenceBackend;
        let model = Model::load(&file, &backend, &mut |_, _| {}).unwrap();
        let prompt = ids(&reference["prompt_token_ids"]);
        let mut cache = model.new_cache(&backend, prompt.len());
        let logits = model
            .forward(&backend, &mut cache, &prompt, Logits::All)
            .unwrap();
        let n_vocab = model.config.n_vocab;
        let mut max_err = 0f32;
        let mut mismatches = Vec::new();
        // Near-ties where ours is llama.cpp's second choice (see NEAR_TIE).
        let mut second_choices = Vec::new();
        for pos in reference["prompt_positions_topk"].as_array().unwrap() {
            let p = pos["pos"].as_u64().unwrap() as usize;
            let row = &logits[p * n_vocab..(p + 1) * n_vocab];
            let want_ids = ids(&pos["ids"]);
            let want_logits = floats(&pos["logits"]);
            // llama.cpp's own top two can be closer than the two engines'
            // rounding differs: there, ours must be one of its top two.
            let near_tie = want_logits[0] - want_logits[1] < NEAR_TIE;
            let ours = argmax(row) as u32;
            if ours != want_ids[0] {
                if near_tie && ours == want_ids[1] {
                    second_choices.push(p);
                } else {
                    mismatches.push(format!(
                        "{name}: top-1 at position {p}: ours {ours} llama.cpp {} (logits {:?})",
                        want_ids[0], want_logits
                    ));
                }
            }
            let mut pos_err = 0f32;
            for (&id, &want) in want_ids.iter().zip(&want_logits) {
                pos_err = pos_err.max((row[id as usize] - want).abs());
            }
            if std::env::var("VERBOSE").is_ok() {
                println!("{name} pos {p}: token {} err {pos_err:.5}", prompt[p]);
            }
            max_err = max_err.max(pos_err);
        }
        println!(
            "{name}: max |Δlogit| over top-5 at every position = {max_err:.5}; \
             llama.cpp's second choice at near-ties {second_choices:?}"
        );
        near_tie_misses += second_choices.len();
        failures.extend(mismatches);
        if max_err >= tolerance(&name) {
            failures.push(format!("{name}: max error {max_err}"));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(checked, 10, "f32 and nine quantized formats");
    // Today: Q6_K position 21 and Q3_K_M position 50. More would mean the
    // reference drifted, even if every one were a near-tie.
    assert!(
        near_tie_misses <= 2,
        "{near_tie_misses} near-ties where ours is llama.cpp's second choice"
    );
}
