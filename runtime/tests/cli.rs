//! The `realm` binary end to end on the tiny models: its output shapes, and
//! one clear error line (never a panic) for bad input.

mod common;

use common::*;
use realm_ir::GgmlType;
use realm_runtime::gguf::{GgufFile, GgufWriter, MetaValue, TensorInfo};
use std::path::Path;
use std::process::{Command, Output};

fn realm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_realm"))
        .args(args)
        .env("REALM_MODELS_DIR", "/nonexistent-realm-cache")
        .output()
        .expect("the realm binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Fails with `needle` in a one-line error, without a panic.
fn assert_clear_error(o: &Output, needle: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "expected failure, got: {}", stdout(o));
    assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("error: "),
        "{err}"
    );
}

fn tiny(name: &str) -> String {
    tiny_dir().join(name).display().to_string()
}

const PROMPT: &str = " the capital of France is Paris and the";

#[test]
fn run_json_reproduces_llama_cpp_greedy_tokens_on_the_tiny_f32_model() {
    let reference = read_json_lossy(&tiny_dir().join("tiny-f32.json"));
    let want = ids(&reference["greedy"]["token_ids"]);
    let n = want.len().to_string();
    let o = realm(&[
        "run",
        "--model",
        &tiny("tiny-f32.gguf"),
        "--prompt",
        PROMPT,
        "--temperature",
        "0",
        "-n",
        &n,
        "--ignore-eos",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        ids(&v["prompt_token_ids"]),
        ids(&reference["prompt_token_ids"])
    );
    assert_eq!(ids(&v["token_ids"]), want);
    // `auto` takes the CPU kernels on a machine without CUDA or a real GPU
    // behind wgpu (lavapipe, CI's adapter, is a software one).
    let real_gpu = realm_codegen::device::GpuBackend::Cuda.probe().is_ok()
        || realm_codegen::device::wgpu_adapters()
            .first()
            .is_some_and(|(kind, _)| kind.is_real_gpu());
    if !real_gpu {
        assert_eq!(v["backend"], "cpu", "auto without a GPU is the CPU kernels");
    }
    assert!(v["timings"]["gen_tokens_per_s"].as_f64().unwrap() > 0.0);
    assert!(v["text"].is_string());
}

#[test]
fn logits_json_has_the_reference_shape_and_values() {
    let reference = read_json_lossy(&tiny_dir().join("tiny-Q8_0.json"));
    let o = realm(&[
        "logits",
        "--model",
        &tiny("tiny-Q8_0.gguf"),
        "--prompt",
        PROMPT,
        "--top-k",
        "5",
        // The oracle, which rounds activations as llama.cpp's Q8_0 dot
        // product does: equal to 1e-4. (The CPU kernels' f32 activations
        // are held to the reference in cpu_backend.rs.)
        "--backend",
        "reference",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let got = v["positions"].as_array().unwrap();
    let want = reference["prompt_positions_topk"].as_array().unwrap();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g["pos"], w["pos"]);
        assert_eq!(ids(&g["ids"]), ids(&w["ids"]));
        for (a, b) in floats(&g["logits"]).iter().zip(floats(&w["logits"])) {
            assert!((a - b).abs() < 1e-4);
        }
    }
}

#[test]
fn models_lists_every_tiny_model() {
    let o = realm(&["models", tiny_dir().to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 10);
    let q4km = rows
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("tiny-Q4_K_M.gguf"))
        .unwrap();
    assert_eq!(q4km["architecture"], "llama");
    assert_eq!(q4km["quantization"], "Q4_K_M");
    assert!(q4km["parameters"].as_u64().unwrap() > 1_000_000);
    let o = realm(&["models"]);
    assert!(
        o.status.success(),
        "an empty cache is not an error: {}",
        stderr(&o)
    );
}

#[test]
fn perplexity_json_on_a_tiny_model() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("text.txt");
    std::fs::write(
        &text,
        "the capital of France is Paris and the capital of Italy is Rome. ".repeat(8),
    )
    .unwrap();
    let o = realm(&[
        "perplexity",
        "--model",
        &tiny("tiny-f32.gguf"),
        "--file",
        text.to_str().unwrap(),
        "--ctx",
        "64",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["ctx"], 64);
    assert!(v["chunks"].as_u64().unwrap() >= 1);
    assert_eq!(
        v["tokens_scored"].as_u64().unwrap(),
        v["chunks"].as_u64().unwrap() * 31
    );
    // A random model is near uniform over 512 tokens.
    let ppl = v["ppl"].as_f64().unwrap();
    assert!(ppl > 50.0 && ppl < 5000.0, "{ppl}");
}

#[test]
fn a_prompt_longer_than_the_context_is_a_clear_error_or_truncated_when_asked() {
    let run_in_16 = |extra: &[&str]| {
        let model = tiny("tiny-f32.gguf");
        let mut args = vec![
            "run", "--model", &model, "--prompt", PROMPT, "--ctx", "16", "-n", "2",
        ];
        args.extend_from_slice(extra);
        realm(&args)
    };
    assert_clear_error(&run_in_16(&[]), "context holds 16");
    let o = run_in_16(&["--truncate", "--json", "--temperature", "0"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["prompt_token_ids"].as_array().unwrap().len(), 15);
}

#[test]
fn bad_arguments_are_clear_errors() {
    assert_clear_error(
        &realm(&["run", "--model", "/no/such/model.gguf", "--prompt", "x"]),
        "/no/such/model.gguf",
    );
    assert_clear_error(
        &realm(&[
            "run",
            "--model",
            &tiny("tiny-f32.gguf"),
            "--prompt",
            "x",
            "--top-p",
            "7",
        ]),
        "top-p",
    );
    assert_clear_error(
        &realm(&[
            "run",
            "--model",
            &tiny("tiny-f32.gguf"),
            "--prompt-file",
            "/no/such/prompt.txt",
        ]),
        "/no/such/prompt.txt",
    );
    assert_clear_error(&realm(&["models", "--fetch", "gpt5"]), "unknown model");
    let o = realm(&["run", "--prompt", "x", "--backend", "quantum"]);
    assert!(!o.status.success() && stderr(&o).contains("quantum"));
}

/// What to write in place of one tensor: its format and bytes, or `None` to drop it.
type TensorEdit = fn(&TensorInfo, &[u8]) -> Option<(GgmlType, Vec<u8>)>;

fn keep(t: &TensorInfo, data: &[u8]) -> Option<(GgmlType, Vec<u8>)> {
    Some((t.ty, data.to_vec()))
}

fn same_metadata(_: &str, _: &mut Option<MetaValue>) {}

/// Rewrites the tiny f32 model, passing each metadata value through `edit_meta`
/// (set it to `None` to drop it) and each tensor through `edit_tensor`.
fn edited_model(
    dir: &Path,
    name: &str,
    edit_meta: impl Fn(&str, &mut Option<MetaValue>),
    edit_tensor: TensorEdit,
) -> String {
    let src = GgufFile::open(&tiny_dir().join("tiny-f32.gguf")).unwrap();
    let mut w = GgufWriter::new();
    for (k, v) in src.metadata_entries() {
        let mut v = Some(v.clone());
        edit_meta(k, &mut v);
        if let Some(v) = v {
            w.set(k, v);
        }
    }
    for t in src.tensors() {
        if let Some((ty, data)) = edit_tensor(t, src.tensor_data(t)) {
            w.add_tensor(&t.name, &t.dims, ty, data).unwrap();
        }
    }
    let path = dir.join(name);
    w.write_to(&path).unwrap();
    path.display().to_string()
}

fn run_fails_with(model: &str, needle: &str) {
    assert_clear_error(&realm(&["run", "--model", model, "--prompt", "x"]), needle);
}

#[test]
fn broken_models_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // One metadata value replaced (or removed, with `None`).
    let with_meta = |file: &str, key: &'static str, value: Option<MetaValue>| {
        edited_model(
            d,
            file,
            move |k, v| {
                if k == key {
                    *v = value.clone();
                }
            },
            keep,
        )
    };
    let unknown = with_meta(
        "mamba.gguf",
        "general.architecture",
        Some(MetaValue::String("mamba9".into())),
    );
    run_fails_with(&unknown, "unknown architecture \"mamba9\"");
    let no_heads = with_meta("noheads.gguf", "llama.attention.head_count", None);
    run_fails_with(&no_heads, "llama.attention.head_count");
    let bad_gqa = with_meta(
        "gqa.gguf",
        "llama.attention.head_count_kv",
        Some(MetaValue::U32(3)),
    );
    run_fails_with(&bad_gqa, "kv heads");

    let missing = edited_model(d, "missing.gguf", same_metadata, |t, data| {
        (t.name != "blk.1.ffn_up.weight").then(|| (t.ty, data.to_vec()))
    });
    run_fails_with(&missing, "missing tensor \"blk.1.ffn_up.weight\"");

    // A tensor in a format Realm cannot compute on.
    let iq2 = edited_model(d, "iq2.gguf", same_metadata, |t, data| {
        if t.name != "blk.0.attn_q.weight" {
            return keep(t, data);
        }
        let bytes = GgmlType::IQ2_XXS.bytes_for(t.n_elements()).unwrap() as usize;
        Some((GgmlType::IQ2_XXS, vec![0; bytes]))
    });
    run_fails_with(&iq2, "IQ2_XXS is not supported");

    let bytes = std::fs::read(tiny_dir().join("tiny-Q4_0.gguf")).unwrap();
    let truncated = d.join("truncated.gguf");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    run_fails_with(truncated.to_str().unwrap(), "outside the");

    let not_gguf = d.join("notes.gguf");
    std::fs::write(&not_gguf, "hello").unwrap();
    run_fails_with(not_gguf.to_str().unwrap(), "not a GGUF file");
}
