//! The generation loop: prefill, then sample one token at a time, streaming
//! text as it completes, until a limit, an end-of-generation token or a stop
//! string.

use crate::engine::Engine;
use crate::engine::SessionCache;
use crate::sampling::{Sampler, SamplingParams};
use crate::tokenizer::StreamDecoder;
use anyhow::Result;
use realm_models::KvCache;
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct GenerateOptions {
    pub max_tokens: usize,
    pub sampling: SamplingParams,
    /// Generation ends before the first occurrence of any of these.
    pub stop: Vec<String>,
    /// Keep going past end-of-generation tokens.
    pub ignore_eos: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinishReason {
    /// `max_tokens` reached, or the context is full.
    Length,
    /// The model produced an end-of-generation token.
    EndOfGeneration,
    /// A stop string appeared.
    Stop,
}

impl FinishReason {
    /// OpenAI's name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            FinishReason::Length => "length",
            FinishReason::EndOfGeneration | FinishReason::Stop => "stop",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Generation {
    /// Every sampled token, including a final end-of-generation token.
    pub token_ids: Vec<u32>,
    /// The streamed text (without end-of-generation tokens or stop strings).
    pub text: String,
    pub finish: FinishReason,
    pub prompt_tokens: usize,
    /// Prompt tokens actually computed (the rest came from the cache).
    pub prompt_tokens_computed: usize,
    pub prompt_time: Duration,
    pub gen_time: Duration,
}

impl Generation {
    pub fn prompt_tokens_per_s(&self) -> f64 {
        per_second(self.prompt_tokens_computed, self.prompt_time)
    }
    /// Tokens per second over the decode steps (the first token comes from the prefill).
    pub fn gen_tokens_per_s(&self) -> f64 {
        per_second(self.token_ids.len().saturating_sub(1), self.gen_time)
    }
}

fn per_second(n: usize, t: Duration) -> f64 {
    if n == 0 || t.is_zero() {
        0.0
    } else {
        n as f64 / t.as_secs_f64()
    }
}

/// Generates after `prompt`. `cache` must hold exactly `prompt[..cached]`;
/// `on_text` receives text as soon as it is final.
pub fn generate(
    engine: &Engine,
    cache: &mut SessionCache,
    prompt: &[u32],
    cached: usize,
    opts: &GenerateOptions,
    on_text: &mut dyn FnMut(&str),
) -> Result<Generation> {
    opts.sampling.validate().map_err(anyhow::Error::msg)?;
    debug_assert_eq!(cache.len(), cached);
    let mut sampler = Sampler::new(opts.sampling.clone());
    let mut history: Vec<u32> = prompt.to_vec();
    let mut decoder = StreamDecoder::new(&engine.tokenizer);
    let mut stops = StopFilter::new(&opts.stop);
    let mut out = Generation {
        token_ids: Vec::new(),
        text: String::new(),
        finish: FinishReason::Length,
        prompt_tokens: prompt.len(),
        prompt_tokens_computed: prompt.len() - cached,
        prompt_time: Duration::ZERO,
        gen_time: Duration::ZERO,
    };

    let start = Instant::now();
    let mut logits = engine.step(cache, &prompt[cached..])?;
    out.prompt_time = start.elapsed();
    let start = Instant::now();
    while out.token_ids.len() < opts.max_tokens {
        let token = sampler.sample(&logits, &history);
        out.token_ids.push(token);
        history.push(token);
        if !opts.ignore_eos && engine.tokenizer.is_eog(token) {
            out.finish = FinishReason::EndOfGeneration;
            break;
        }
        let piece = decoder.push(token);
        let (emit, stopped) = stops.push(&piece);
        out.text.push_str(&emit);
        on_text(&emit);
        if stopped {
            out.finish = FinishReason::Stop;
            break;
        }
        if out.token_ids.len() >= opts.max_tokens || cache.len() >= cache.capacity() {
            break;
        }
        logits = engine.step(cache, &[token])?;
    }
    if out.finish != FinishReason::Stop {
        let rest = stops.finish(&decoder.finish());
        out.text.push_str(&rest);
        on_text(&rest);
    }
    out.gen_time = start.elapsed();
    Ok(out)
}

/// Holds back streamed text that might be the start of a stop string.
pub struct StopFilter<'a> {
    stops: &'a [String],
    pending: String,
}

impl<'a> StopFilter<'a> {
    pub fn new(stops: &'a [String]) -> Self {
        StopFilter {
            stops,
            pending: String::new(),
        }
    }

    /// Adds `piece`; returns the text now safe to emit and whether a stop string was hit
    /// (the text returned then ends just before it).
    pub fn push(&mut self, piece: &str) -> (String, bool) {
        self.pending.push_str(piece);
        let first_hit = self
            .stops
            .iter()
            .filter(|s| !s.is_empty())
            .filter_map(|s| self.pending.find(s.as_str()))
            .min();
        if let Some(at) = first_hit {
            let emit = self.pending[..at].to_owned();
            self.pending.clear();
            return (emit, true);
        }
        // Keep the longest suffix that could still grow into a stop string.
        let mut keep_from = self.pending.len();
        for (i, _) in self.pending.char_indices().rev() {
            let tail = &self.pending[i..];
            if self.stops.iter().any(|s| s.starts_with(tail)) {
                keep_from = i;
            }
        }
        let emit = self.pending[..keep_from].to_owned();
        self.pending.drain(..keep_from);
        (emit, false)
    }

    /// The held-back text plus `rest`, at the end of generation.
    pub fn finish(&mut self, rest: &str) -> String {
        let (mut emit, stopped) = self.push(rest);
        if !stopped {
            emit.push_str(&std::mem::take(&mut self.pending));
        }
        emit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stops: &[&str], pieces: &[&str]) -> (String, bool) {
        let stops: Vec<String> = stops.iter().map(|s| s.to_string()).collect();
        let mut f = StopFilter::new(&stops);
        let mut text = String::new();
        for p in pieces {
            let (emit, stopped) = f.push(p);
            text.push_str(&emit);
            if stopped {
                return (text, true);
            }
        }
        text.push_str(&f.finish(""));
        (text, false)
    }

    #[test]
    fn stop_strings_split_across_pieces_are_caught() {
        assert_eq!(
            run(&["END"], &["hello E", "N", "D more"]),
            ("hello ".into(), true)
        );
        assert_eq!(run(&["\n\n"], &["a\n", "\nb"]), ("a".into(), true));
    }

    #[test]
    fn near_misses_are_released() {
        assert_eq!(run(&["END"], &["hello E", "ND"]), ("hello ".into(), true));
        assert_eq!(run(&["END"], &["hello E", "x"]), ("hello Ex".into(), false));
        assert_eq!(
            run(&["END"], &["EN"]),
            ("EN".into(), false),
            "held text is flushed at the end"
        );
        assert_eq!(run(&[], &["a", "b"]), ("ab".into(), false));
    }

    #[test]
    fn earliest_stop_wins() {
        assert_eq!(run(&["b", "a"], &["xab"]), ("x".into(), true));
    }
}
