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
    let mut seq = SequenceState::new(&engine.tokenizer, prompt, opts);
    let mut out = Generation {
        token_ids: Vec::new(),
        text: String::new(),
        finish: FinishReason::Length,
        prompt_tokens: prompt.len(),
        prompt_tokens_computed: prompt.len() - cached,
        prompt_time: Duration::ZERO,
        gen_time: Duration::ZERO,
    };

    // Plain greedy decoding takes the argmax where the backend computes (on
    // a GPU only the token id crosses back); anything else samples on the
    // host from the row of logits.
    let greedy = opts.sampling.is_plain_greedy();
    let next = |cache: &mut SessionCache, tokens: &[u32], seq: &mut SequenceState| {
        if greedy {
            engine.step_greedy(cache, tokens)
        } else {
            Ok(seq.sample(&engine.step(cache, tokens)?))
        }
    };
    let start = Instant::now();
    let mut token = next(cache, &prompt[cached..], &mut seq)?;
    out.prompt_time = start.elapsed();
    let start = Instant::now();
    if opts.max_tokens > 0 {
        loop {
            let step = seq.push(token, cache.len() < cache.capacity());
            out.text.push_str(&step.text);
            on_text(&step.text);
            if let Some(finish) = step.finish {
                out.finish = finish;
                break;
            }
            token = next(cache, &[token], &mut seq)?;
        }
    }
    out.token_ids = seq.generated().to_vec();
    out.gen_time = start.elapsed();
    Ok(out)
}

/// What one generated token produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub token: u32,
    /// Text that is now final (often empty while a character or a possible
    /// stop string is still arriving; at the end, everything held back).
    pub text: String,
    /// Set when this token ends the generation.
    pub finish: Option<FinishReason>,
}

/// One sequence's generation, a token at a time: sampling, the text stream
/// and the stopping rules. The CLI's loop and the server's scheduler (which
/// advances many of these in one batched forward pass) both drive it.
pub struct SequenceState<'t> {
    tokenizer: &'t crate::tokenizer::Tokenizer,
    sampler: Sampler,
    /// Prompt and generated tokens, for the penalties.
    history: Vec<u32>,
    prompt_len: usize,
    decoder: StreamDecoder<'t>,
    stops: StopFilter,
    max_tokens: usize,
    ignore_eos: bool,
}

impl<'t> SequenceState<'t> {
    pub fn new(
        tokenizer: &'t crate::tokenizer::Tokenizer,
        prompt: &[u32],
        opts: &GenerateOptions,
    ) -> Self {
        SequenceState {
            tokenizer,
            sampler: Sampler::new(opts.sampling.clone()),
            history: prompt.to_vec(),
            prompt_len: prompt.len(),
            decoder: StreamDecoder::new(tokenizer),
            stops: StopFilter::new(opts.stop.clone()),
            max_tokens: opts.max_tokens,
            ignore_eos: opts.ignore_eos,
        }
    }

    /// The tokens generated so far.
    pub fn generated(&self) -> &[u32] {
        &self.history[self.prompt_len..]
    }

    /// Prompt and generated tokens.
    pub fn history(&self) -> &[u32] {
        &self.history
    }

    /// Draws the next token from `logits` with this sequence's sampler.
    pub fn sample(&mut self, logits: &[f32]) -> u32 {
        self.sampler.sample(logits, &self.history)
    }

    /// Appends `token`; `room` says whether the cache can take it as the
    /// next input (when not, the generation ends here with `length`).
    pub fn push(&mut self, token: u32, room: bool) -> Decoded {
        self.history.push(token);
        let mut step = Decoded {
            token,
            text: String::new(),
            finish: None,
        };
        if !self.ignore_eos && self.tokenizer.is_eog(token) {
            step.finish = Some(FinishReason::EndOfGeneration);
            step.text = self.flush();
            return step;
        }
        let piece = self.decoder.push(token);
        let (emit, stopped) = self.stops.push(&piece);
        step.text = emit;
        if stopped {
            step.finish = Some(FinishReason::Stop);
        } else if self.generated().len() >= self.max_tokens || !room {
            step.finish = Some(FinishReason::Length);
            let rest = self.flush();
            step.text.push_str(&rest);
        }
        step
    }

    /// Ends the generation here (a controller stopped it): the text still
    /// held back.
    pub fn stop_now(&mut self) -> String {
        self.flush()
    }

    /// Everything the decoder and the stop filter still hold.
    fn flush(&mut self) -> String {
        let rest = self.decoder.finish();
        self.stops.finish(&rest)
    }
}

/// Holds back streamed text that might be the start of a stop string.
pub struct StopFilter {
    stops: Vec<String>,
    pending: String,
}

impl StopFilter {
    pub fn new(stops: Vec<String>) -> Self {
        StopFilter {
            stops: stops.into_iter().filter(|s| !s.is_empty()).collect(),
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
        let mut f = StopFilter::new(stops);
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
