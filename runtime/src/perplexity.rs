//! Perplexity computed exactly as llama.cpp's `llama-perplexity` does, so the
//! two can be compared number for number.
//!
//! The text is tokenized once (with BOS if the model adds one) and cut into
//! chunks of `n_ctx` tokens; a trailing partial chunk is dropped. Each chunk
//! is evaluated from an empty cache, with its first token replaced by BOS
//! when the model adds one. Only the second half of each chunk is scored:
//! positions `n_ctx/2 .. n_ctx-1` predict the token after them, so every
//! scored token has at least `n_ctx/2` tokens of context.

use crate::engine::Engine;
use anyhow::{Result, bail};

#[derive(Clone, Debug, serde::Serialize)]
pub struct Perplexity {
    pub ppl: f64,
    pub ctx: usize,
    pub chunks: usize,
    pub tokens_scored: usize,
}

/// `-log p(target)` from one row of logits, in f64.
pub fn negative_log_likelihood(logits: &[f32], target: u32) -> f64 {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
    let sum_exp: f64 = logits.iter().map(|&l| (l as f64 - max).exp()).sum();
    sum_exp.ln() - (logits[target as usize] as f64 - max)
}

/// Perplexity of `text` with chunks of `n_ctx` tokens. `on_chunk(i, n, ppl_so_far)`
/// reports progress.
pub fn perplexity(
    engine: &Engine,
    text: &str,
    n_ctx: usize,
    on_chunk: &mut dyn FnMut(usize, usize, f64),
) -> Result<Perplexity> {
    if n_ctx < 4 {
        bail!("--ctx {n_ctx} is too small for perplexity (at least 4)");
    }
    let tokens = engine.tokenizer.encode(text, true, false)?;
    let n_chunks = tokens.len() / n_ctx;
    if n_chunks == 0 {
        bail!(
            "the text has {} tokens, fewer than one chunk of {n_ctx}: use a longer text or a smaller --ctx",
            tokens.len()
        );
    }
    let bos = engine
        .tokenizer
        .adds_bos()
        .then(|| engine.tokenizer.bos())
        .flatten();
    let n_vocab = engine.config().n_vocab;
    let first = n_ctx / 2;
    let (mut nll, mut count) = (0f64, 0usize);
    for chunk in 0..n_chunks {
        let mut batch = tokens[chunk * n_ctx..(chunk + 1) * n_ctx].to_vec();
        if let Some(bos) = bos {
            batch[0] = bos;
        }
        let logits = engine.logits_all(&batch)?;
        // Targets are the original tokens (the BOS swap only affects the input).
        let targets = &tokens[chunk * n_ctx..(chunk + 1) * n_ctx];
        for pos in first..n_ctx - 1 {
            nll += negative_log_likelihood(
                &logits[pos * n_vocab..(pos + 1) * n_vocab],
                targets[pos + 1],
            );
            count += 1;
        }
        on_chunk(chunk + 1, n_chunks, (nll / count as f64).exp());
    }
    Ok(Perplexity {
        ppl: (nll / count as f64).exp(),
        ctx: n_ctx,
        chunks: n_chunks,
        tokens_scored: count,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nll_of_uniform_logits_is_log_vocab() {
        let l = vec![0.5f32; 8];
        assert!((negative_log_likelihood(&l, 3) - 8f64.ln()).abs() < 1e-12);
        let peaked = [0.0, 100.0, 0.0];
        assert!(negative_log_likelihood(&peaked, 1) < 1e-10);
        assert!(negative_log_likelihood(&peaked, 0) > 99.0);
    }
}
