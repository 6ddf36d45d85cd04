//! Throughput measured as llama-bench measures it.
//!
//! Two tests per run: `pp` processes a prompt of `n_prompt` tokens in one
//! forward pass; `tg` generates `n_gen` tokens one at a time. Each runs once
//! to warm up, then `repetitions` times from an empty cache; the result is the
//! mean and sample standard deviation of tokens per second over the
//! repetitions. Tokens are fixed pseudo-random ids, not text: tokenization and
//! sampling are not timed (llama-bench does the same).

use crate::engine::Engine;
use anyhow::{Result, bail};
use serde::Serialize;
use std::time::Instant;

/// One test's result, in llama-bench's `-o json` shape (the fields that
/// compare across the two tools).
#[derive(Clone, Debug, Serialize)]
pub struct BenchResult {
    pub model_filename: String,
    pub model_type: String,
    pub backend: String,
    /// What the backend computes on, e.g. `cpu` or `wgpu: NVIDIA H100 (discrete GPU)`.
    pub device: String,
    /// Memory the test left in use: device memory reserved by the backend's
    /// pools on a GPU, the process's peak resident set on the host backends.
    pub memory_bytes: Option<u64>,
    /// Which of the two `memory_bytes` is: `device` or `host_peak_rss`.
    pub memory_kind: &'static str,
    pub n_threads: usize,
    pub n_prompt: usize,
    pub n_gen: usize,
    /// Tokens per second of each repetition.
    pub samples_ts: Vec<f64>,
    pub avg_ts: f64,
    pub stddev_ts: f64,
}

/// llama-bench's name for a test: `pp512` or `tg128`.
pub fn test_name(n_prompt: usize, n_gen: usize) -> String {
    if n_prompt > 0 {
        format!("pp{n_prompt}")
    } else {
        format!("tg{n_gen}")
    }
}

/// What to measure.
#[derive(Clone, Copy, Debug)]
pub struct BenchSpec {
    pub n_prompt: usize,
    pub n_gen: usize,
    pub repetitions: usize,
    pub n_threads: usize,
}

/// `n` token ids spread over the vocabulary, the same on every run.
fn tokens(n: usize, n_vocab: usize) -> Vec<u32> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % n_vocab as u64) as u32
        })
        .collect()
}

fn mean_sd(samples: &[f64]) -> (f64, f64) {
    let n = samples.len() as f64;
    let mean = samples.iter().sum::<f64>() / n;
    if samples.len() < 2 {
        return (mean, 0.0);
    }
    let var = samples.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, var.sqrt())
}

/// Seconds to process `prompt` in one forward pass from an empty cache.
fn time_prompt(engine: &Engine, prompt: &[u32]) -> Result<f64> {
    let mut cache = engine.new_cache();
    let start = Instant::now();
    engine.step(&mut cache, prompt)?;
    Ok(start.elapsed().as_secs_f64())
}

/// Seconds to generate `n` tokens one at a time, each fed back (llama-bench
/// starts from one token and does not sample).
fn time_generation(engine: &Engine, n: usize, n_vocab: usize) -> Result<f64> {
    let mut cache = engine.new_cache();
    let ids = tokens(n, n_vocab);
    let start = Instant::now();
    for &id in &ids {
        engine.step(&mut cache, &[id])?;
    }
    Ok(start.elapsed().as_secs_f64())
}

/// Runs the `pp` test (if `n_prompt > 0`) and the `tg` test (if `n_gen > 0`).
pub fn bench(
    engine: &Engine,
    spec: BenchSpec,
    progress: &mut dyn FnMut(&str),
) -> Result<Vec<BenchResult>> {
    if spec.repetitions == 0 {
        bail!("-r must be at least 1");
    }
    let longest = spec.n_prompt.max(spec.n_gen);
    if longest >= engine.n_ctx {
        bail!(
            "a test of {longest} tokens does not fit the context of {} (raise --ctx)",
            engine.n_ctx
        );
    }
    let n_vocab = engine.config().n_vocab;
    let model_filename = engine.path.display().to_string();
    let model_type = engine.config().arch_name.clone();
    let mut results = Vec::new();
    for (n_prompt, n_gen) in [(spec.n_prompt, 0), (0, spec.n_gen)] {
        let n = n_prompt + n_gen;
        if n == 0 {
            continue;
        }
        let test = test_name(n_prompt, n_gen);
        let prompt = tokens(n_prompt, n_vocab);
        let run = || {
            if n_prompt > 0 {
                time_prompt(engine, &prompt)
            } else {
                time_generation(engine, n_gen, n_vocab)
            }
        };
        progress(&format!("{test}: warm-up"));
        run()?;
        let mut samples = Vec::with_capacity(spec.repetitions);
        for r in 0..spec.repetitions {
            progress(&format!(
                "{test}: repetition {}/{}",
                r + 1,
                spec.repetitions
            ));
            samples.push(n as f64 / run()?);
        }
        let (avg_ts, stddev_ts) = mean_sd(&samples);
        let (memory_bytes, memory_kind) = match engine.device_memory() {
            Some((reserved, _in_use)) => (Some(reserved), "device"),
            None => (peak_rss_bytes(), "host_peak_rss"),
        };
        results.push(BenchResult {
            model_filename: model_filename.clone(),
            model_type: model_type.clone(),
            backend: engine.backend.to_string(),
            device: engine.device.clone(),
            memory_bytes,
            memory_kind,
            n_threads: spec.n_threads,
            n_prompt,
            n_gen,
            samples_ts: samples,
            avg_ts,
            stddev_ts,
        });
    }
    Ok(results)
}

/// The process's peak resident set (Linux `VmHWM`), if the OS reports it.
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_sample_deviation() {
        let (m, sd) = mean_sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        assert_eq!(m, 5.0);
        assert!((sd - 2.138).abs() < 1e-3, "{sd}");
        assert_eq!(mean_sd(&[3.0]), (3.0, 0.0));
    }

    #[test]
    fn bench_tokens_are_in_the_vocabulary_and_repeatable() {
        let a = tokens(1000, 49152);
        assert!(a.iter().all(|&t| t < 49152));
        assert_eq!(a, tokens(1000, 49152));
        assert!(a.windows(2).any(|w| w[0] != w[1]));
    }
}
