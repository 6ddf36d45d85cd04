//! How long one batched decode step takes for 1 to 8 sequences, on the
//! generated CPU kernels: what the server's continuous batching pays per
//! step, without HTTP, sampling or prompt prefill around it (those make
//! `serve_throughput.py` noisier than its step differences).
//!
//! `cargo run --release -p realm-benches --example batched_decode_steps -- MODEL.gguf [MAX_SEQUENCES [MIN_SEQUENCES]]`
//!
//! Each sequence first prefills its own 20-token prompt; then every level
//! runs 25 steps of one token per sequence and reports the fastest (this
//! machine's noise is one-sided), with the aggregate tokens/s it implies.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use realm_models::{Logits, Model, Sequence};
use realm_runtime::backend::cpu::CpuBackend;
use realm_runtime::gguf::GgufFile;

const PROMPT_TOKENS: u32 = 20;
const STEPS: usize = 25;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .context("usage: batched_decode_steps MODEL.gguf [MAX_SEQUENCES [MIN_SEQUENCES]]")?;
    let max: usize = args
        .next()
        .map_or(Ok(8), |s| s.parse())
        .context("MAX_SEQUENCES")?;
    // One level alone (`16 16`) is what a profile of it needs.
    let min: usize = args
        .next()
        .map_or(Ok(1), |s| s.parse())
        .context("MIN_SEQUENCES")?;
    let file = GgufFile::open(Path::new(&path))?;
    let backend = CpuBackend;
    let model = Model::load(&file, &backend, &mut |_, _| {})?;
    let vocab = model.config.n_vocab as u32;
    let prompt: Vec<u32> = (0..PROMPT_TOKENS).map(|i| (100 + i * 37) % vocab).collect();
    for n in min.max(1)..=max {
        let mut caches = Vec::with_capacity(n);
        for _ in 0..n {
            let mut cache = model.new_cache(&backend, prompt.len() + STEPS + 1);
            model.forward(&backend, &mut cache, &prompt, Logits::Last)?;
            caches.push(cache);
        }
        let next: Vec<[u32; 1]> = (0..n as u32).map(|i| [(500 + i) % vocab]).collect();
        let mut best = f64::MAX;
        for _ in 0..STEPS {
            let mut batch: Vec<_> = caches
                .iter_mut()
                .zip(&next)
                .map(|(cache, token)| Sequence {
                    cache,
                    tokens: &token[..],
                    logits: Logits::Last,
                })
                .collect();
            let start = Instant::now();
            model.forward_batch(&backend, &mut batch)?;
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!(
            "{n} sequences: {:6.2} ms a step, {:6.1} tok/s",
            best * 1e3,
            n as f64 / best
        );
    }
    Ok(())
}
