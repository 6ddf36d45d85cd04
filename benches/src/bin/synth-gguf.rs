//! `synth-gguf`: writes a Llama-shaped GGUF with random quantized weights, for
//! benchmarking models this machine has no copy of (issue 5's 7B decode and
//! prefill figures). Speed does not depend on the weights' values, only on
//! their shapes and formats, so random blocks (with small, finite scales)
//! measure what a real model of that shape would.
//!
//! The tensor formats follow llama.cpp's Q4_K_M mix: Q4_K everywhere, Q6_K for
//! the output and, in the layers llama.cpp gives more bits (the first and last
//! eighth, and every third between), for `attn_v` and `ffn_down`. The
//! tokenizer is the tiny test model's SentencePiece vocabulary, padded with
//! unused tokens to the preset's vocabulary size.
//!
//! ```sh
//! cargo run --release -p realm-benches --bin synth-gguf -- --preset llama2-7b --out /tmp/llama2-7b-q4_k_m.gguf
//! ```

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use rand::{Rng, SeedableRng, rngs::StdRng};
use realm_ir::GgmlType;
use realm_runtime::gguf::{GgufFile, GgufWriter, MetaValue};

/// A model shape.
struct Preset {
    name: &'static str,
    n_embd: u64,
    n_layer: u64,
    n_head: u64,
    n_kv_head: u64,
    n_ff: u64,
    n_vocab: u64,
    n_ctx: u64,
}

const PRESETS: &[Preset] = &[
    // Llama-2-7B: the model llama.cpp's published H100 decode figure is for.
    Preset {
        name: "llama2-7b",
        n_embd: 4096,
        n_layer: 32,
        n_head: 32,
        n_kv_head: 32,
        n_ff: 11008,
        n_vocab: 32000,
        n_ctx: 4096,
    },
    // A small one with the same structure, to try the tool quickly.
    Preset {
        name: "llama-tiny",
        n_embd: 256,
        n_layer: 2,
        n_head: 4,
        n_kv_head: 2,
        n_ff: 768,
        n_vocab: 1024,
        n_ctx: 512,
    },
];

fn usage() -> String {
    let names: Vec<_> = PRESETS.iter().map(|p| p.name).collect();
    format!(
        "usage: synth-gguf --preset {} --out FILE [--seed N]",
        names.join("|")
    )
}

fn main() -> Result<()> {
    let mut preset = None;
    let mut out = None;
    let mut seed = 0u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(usage);
        match arg.as_str() {
            "--preset" => preset = Some(value()?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().context("--seed takes a number")?,
            _ => bail!("unknown argument {arg:?}\n{}", usage()),
        }
    }
    let (Some(preset), Some(out)) = (preset, out) else {
        bail!(usage());
    };
    let preset = PRESETS
        .iter()
        .find(|p| p.name == preset)
        .with_context(|| format!("unknown preset {preset:?}\n{}", usage()))?;
    let writer = model(preset, seed)?;
    writer
        .write_to(&out)
        .with_context(|| format!("cannot write {}", out.display()))?;
    println!("wrote {} ({})", out.display(), preset.name);
    Ok(())
}

/// llama.cpp's `use_more_bits`: the layers a Q4_K_M file stores at Q6_K.
fn more_bits(layer: u64, n_layer: u64) -> bool {
    layer < n_layer / 8 || layer >= 7 * n_layer / 8 || (layer - n_layer / 8) % 3 == 2
}

fn model(p: &Preset, seed: u64) -> Result<GgufWriter> {
    let mut w = GgufWriter::new();
    let u32v = |v: u64| MetaValue::U32(v as u32);
    w.set("general.architecture", MetaValue::String("llama".into()));
    w.set(
        "general.name",
        MetaValue::String(format!("synthetic {}", p.name)),
    );
    w.set("general.file_type", u32v(15)); // MOSTLY_Q4_K_M
    w.set("llama.block_count", u32v(p.n_layer));
    w.set("llama.context_length", u32v(p.n_ctx));
    w.set("llama.embedding_length", u32v(p.n_embd));
    w.set("llama.feed_forward_length", u32v(p.n_ff));
    w.set("llama.attention.head_count", u32v(p.n_head));
    w.set("llama.attention.head_count_kv", u32v(p.n_kv_head));
    w.set(
        "llama.attention.layer_norm_rms_epsilon",
        MetaValue::F32(1e-5),
    );
    w.set("llama.rope.dimension_count", u32v(p.n_embd / p.n_head));
    w.set("llama.rope.freq_base", MetaValue::F32(10000.0));
    w.set("llama.vocab_size", u32v(p.n_vocab));
    vocabulary(&mut w, p.n_vocab)?;

    let mut rng = StdRng::seed_from_u64(seed);
    let (e, ff) = (p.n_embd, p.n_ff);
    let kv = p.n_kv_head * (p.n_embd / p.n_head);
    w.add_tensor(
        "token_embd.weight",
        &[e, p.n_vocab],
        GgmlType::Q4_K,
        blocks(&mut rng, GgmlType::Q4_K, e * p.n_vocab),
    )?;
    w.add_f32("output_norm.weight", &[e], &vec![1.0; e as usize])?;
    w.add_tensor(
        "output.weight",
        &[e, p.n_vocab],
        GgmlType::Q6_K,
        blocks(&mut rng, GgmlType::Q6_K, e * p.n_vocab),
    )?;
    for l in 0..p.n_layer {
        let more = if more_bits(l, p.n_layer) {
            GgmlType::Q6_K
        } else {
            GgmlType::Q4_K
        };
        let name = |t: &str| format!("blk.{l}.{t}.weight");
        w.add_f32(&name("attn_norm"), &[e], &vec![1.0; e as usize])?;
        w.add_f32(&name("ffn_norm"), &[e], &vec![1.0; e as usize])?;
        for (t, dims, ty) in [
            ("attn_q", [e, e], GgmlType::Q4_K),
            ("attn_k", [e, kv], GgmlType::Q4_K),
            ("attn_v", [e, kv], more),
            ("attn_output", [e, e], GgmlType::Q4_K),
            ("ffn_gate", [e, ff], GgmlType::Q4_K),
            ("ffn_up", [e, ff], GgmlType::Q4_K),
            ("ffn_down", [ff, e], more),
        ] {
            let data = blocks(&mut rng, ty, dims[0] * dims[1]);
            w.add_tensor(&name(t), &dims, ty, data)?;
        }
    }
    Ok(w)
}

/// Random blocks of `ty` for `n` elements: random quants, and f16 scales set
/// to small finite values (random bits would hold infinities and NaNs).
fn blocks(rng: &mut StdRng, ty: GgmlType, n: u64) -> Vec<u8> {
    let bytes = ty.bytes_for(n).expect("whole blocks") as usize;
    let mut data = vec![0u8; bytes];
    rng.fill(&mut data[..]);
    // Where each format keeps its f16 super-block scales (ggml's block_q4_K:
    // d, dmin, scales[12], qs[128]; block_q6_K: ql[128], qh[64], scales[16], d).
    let (block_bytes, f16_offsets): (usize, &[usize]) = match ty {
        GgmlType::Q4_K => (144, &[0, 2]),
        GgmlType::Q6_K => (210, &[208]),
        other => unreachable!("no scales layout for {other}"),
    };
    for block in data.chunks_exact_mut(block_bytes) {
        for &at in f16_offsets {
            let scale = half::f16::from_f32(rng.random_range(1e-4f32..1e-3));
            block[at..at + 2].copy_from_slice(&scale.to_le_bytes());
        }
    }
    data
}

/// The tiny test model's SentencePiece vocabulary, padded with unused tokens.
fn vocabulary(w: &mut GgufWriter, n_vocab: u64) -> Result<()> {
    let tiny = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../runtime/tests/data/tiny/tiny-f32.gguf"
    );
    let file = GgufFile::open(std::path::Path::new(tiny))?;
    for (key, value) in file.metadata_entries() {
        if !key.starts_with("tokenizer.") {
            continue;
        }
        // Pad the per-token arrays: a placeholder text, score 0, type unused (5).
        let padded = match (key, value) {
            ("tokenizer.ggml.tokens", MetaValue::Array(items)) => pad(items, n_vocab, |i| {
                MetaValue::String(format!("<unused{i}>"))
            }),
            ("tokenizer.ggml.scores", MetaValue::Array(items)) => {
                pad(items, n_vocab, |_| MetaValue::F32(0.0))
            }
            ("tokenizer.ggml.token_type", MetaValue::Array(items)) => {
                pad(items, n_vocab, |_| MetaValue::I32(5))
            }
            _ => value.clone(),
        };
        w.set(key, padded);
    }
    Ok(())
}

fn pad(items: &[MetaValue], n: u64, make: impl Fn(u64) -> MetaValue) -> MetaValue {
    let mut items = items.to_vec();
    for i in items.len() as u64..n {
        items.push(make(i));
    }
    MetaValue::Array(items)
}
