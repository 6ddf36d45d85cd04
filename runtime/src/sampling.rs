//! Choosing the next token from logits.
//!
//! The order follows llama.cpp's default sampler chain: penalties, then top-k,
//! top-p, min-p, temperature, and a seeded draw. Temperature 0 is greedy:
//! argmax of the raw logits, ties to the lowest id.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

/// Sampling parameters, with llama.cpp's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct SamplingParams {
    /// 0 means greedy.
    pub temperature: f32,
    /// 0 means no limit.
    pub top_k: usize,
    /// 1.0 means no limit.
    pub top_p: f32,
    /// 0.0 means no limit.
    pub min_p: f32,
    /// Divides positive (multiplies negative) logits of tokens seen in the last
    /// `penalty_last_n` tokens; 1.0 means off.
    pub repeat_penalty: f32,
    /// Subtracted once from the logit of every token seen.
    pub presence_penalty: f32,
    /// Subtracted from a token's logit per time it was seen.
    pub frequency_penalty: f32,
    pub penalty_last_n: usize,
    /// `None` seeds from entropy.
    pub seed: Option<u64>,
}

impl Default for SamplingParams {
    fn default() -> Self {
        SamplingParams {
            temperature: 0.8,
            top_k: 40,
            top_p: 0.95,
            min_p: 0.05,
            repeat_penalty: 1.0,
            presence_penalty: 0.0,
            frequency_penalty: 0.0,
            penalty_last_n: 64,
            seed: None,
        }
    }
}

impl SamplingParams {
    /// Argmax decoding.
    pub fn greedy() -> Self {
        SamplingParams {
            temperature: 0.0,
            ..Default::default()
        }
    }

    /// Whether a token is just the argmax of the raw logits: greedy, with no
    /// penalty to change them first. A device can then pick it itself.
    pub fn is_plain_greedy(&self) -> bool {
        self.temperature <= 0.0
            && self.repeat_penalty == 1.0
            && self.presence_penalty == 0.0
            && self.frequency_penalty == 0.0
    }

    /// A clear message for a parameter out of range.
    pub fn validate(&self) -> Result<(), String> {
        let finite = [
            self.temperature,
            self.top_p,
            self.min_p,
            self.repeat_penalty,
            self.presence_penalty,
            self.frequency_penalty,
        ];
        if finite.iter().any(|v| !v.is_finite()) {
            return Err("sampling parameters must be finite numbers".into());
        }
        if self.temperature < 0.0 {
            return Err(format!("temperature {} is negative", self.temperature));
        }
        if !(0.0..=1.0).contains(&self.top_p) || self.top_p == 0.0 {
            return Err(format!("top-p {} is not in (0, 1]", self.top_p));
        }
        if !(0.0..=1.0).contains(&self.min_p) {
            return Err(format!("min-p {} is not in [0, 1]", self.min_p));
        }
        if self.repeat_penalty <= 0.0 {
            return Err(format!(
                "repeat penalty {} must be positive",
                self.repeat_penalty
            ));
        }
        Ok(())
    }
}

/// Argmax, ties to the lowest id.
pub fn argmax(logits: &[f32]) -> u32 {
    let mut best = 0;
    for (i, &v) in logits.iter().enumerate() {
        if v > logits[best] {
            best = i;
        }
    }
    best as u32
}

/// The log-probability of `token` under the softmax of `logits`, and the
/// `top_n` most likely tokens with theirs (highest first, ties to the lowest id).
pub fn logprobs(logits: &[f32], token: u32, top_n: usize) -> (f32, Vec<(u32, f32)>) {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let sum: f64 = logits.iter().map(|&l| ((l - max) as f64).exp()).sum();
    let log_z = max + sum.ln() as f32;
    let chosen = logits
        .get(token as usize)
        .map_or(f32::NEG_INFINITY, |&l| l - log_z);
    let mut top: Vec<(u32, f32)> = Vec::with_capacity(top_n + 1);
    if top_n > 0 {
        for (i, &l) in logits.iter().enumerate() {
            if top.len() == top_n && l <= top[top_n - 1].1 {
                continue;
            }
            let at = top.partition_point(|&(_, v)| v >= l);
            top.insert(at, (i as u32, l));
            top.truncate(top_n);
        }
    }
    (
        chosen,
        top.into_iter().map(|(i, l)| (i, l - log_z)).collect(),
    )
}

/// A sampler with its own random state, for one generation.
pub struct Sampler {
    params: SamplingParams,
    rng: StdRng,
}

impl Sampler {
    pub fn new(params: SamplingParams) -> Self {
        let rng = match params.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => StdRng::from_os_rng(),
        };
        Sampler { params, rng }
    }

    pub fn params(&self) -> &SamplingParams {
        &self.params
    }

    /// Picks the next token given the logits and the tokens so far (prompt and
    /// generated) that the penalties look at.
    pub fn sample(&mut self, logits: &[f32], history: &[u32]) -> u32 {
        let p = &self.params;
        let mut logits = logits.to_vec();
        apply_penalties(&mut logits, history, p);
        if p.temperature <= 0.0 {
            return argmax(&logits);
        }

        // Candidates sorted by logit, highest first (ties to the lowest id).
        let mut cand: Vec<(u32, f32)> = logits
            .iter()
            .enumerate()
            .map(|(i, &l)| (i as u32, l))
            .collect();
        let order = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if p.top_k > 0 && p.top_k < cand.len() {
            // Only the top k need sorting: select them first (a server
            // samples every sequence of a batch on one thread, and a full
            // sort of Gemma 3's 262k logits takes milliseconds).
            cand.select_nth_unstable_by(p.top_k - 1, order);
            cand.truncate(p.top_k);
        }
        cand.sort_by(order);
        let probs = softmax(&cand, 1.0);
        if p.top_p < 1.0 {
            let mut cum = 0.0;
            let keep = probs
                .iter()
                .position(|&pr| {
                    cum += pr;
                    cum >= p.top_p
                })
                .map_or(cand.len(), |i| i + 1);
            cand.truncate(keep.max(1));
        }
        if p.min_p > 0.0 {
            let max = cand[0].1;
            // p_i >= min_p * p_max  <=>  l_i >= l_max + ln(min_p)
            let threshold = max + p.min_p.ln();
            let keep = cand.iter().take_while(|c| c.1 >= threshold).count();
            cand.truncate(keep.max(1));
        }
        let probs = softmax(&cand, p.temperature);
        let r: f32 = self.rng.random();
        let mut cum = 0.0;
        for (c, pr) in cand.iter().zip(&probs) {
            cum += pr;
            if r < cum {
                return c.0;
            }
        }
        cand.last().expect("at least one candidate").0
    }
}

fn softmax(cand: &[(u32, f32)], temperature: f32) -> Vec<f32> {
    let max = cand[0].1;
    let exps: Vec<f32> = cand
        .iter()
        .map(|c| ((c.1 - max) / temperature).exp())
        .collect();
    let sum: f32 = exps.iter().sum();
    exps.iter().map(|e| e / sum).collect()
}

/// llama.cpp's `penalties` sampler over the last `penalty_last_n` tokens.
fn apply_penalties(logits: &mut [f32], history: &[u32], p: &SamplingParams) {
    if p.repeat_penalty == 1.0 && p.presence_penalty == 0.0 && p.frequency_penalty == 0.0 {
        return;
    }
    let recent = &history[history.len().saturating_sub(p.penalty_last_n)..];
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for &t in recent {
        *counts.entry(t).or_default() += 1;
    }
    for (&t, &n) in &counts {
        let Some(l) = logits.get_mut(t as usize) else {
            continue;
        };
        if *l > 0.0 {
            *l /= p.repeat_penalty;
        } else {
            *l *= p.repeat_penalty;
        }
        *l -= n as f32 * p.frequency_penalty + p.presence_penalty;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logprobs_are_a_log_softmax_with_the_top_tokens_first() {
        let logits = [1.0f32, 3.0, 2.0, 3.0];
        let (chosen, top) = logprobs(&logits, 2, 3);
        let z: f32 = logits.iter().map(|l| l.exp()).sum();
        assert!((chosen - (2f32.exp() / z).ln()).abs() < 1e-6);
        let ids: Vec<u32> = top.iter().map(|t| t.0).collect();
        assert_eq!(ids, [1, 3, 2], "ties keep the lowest id first");
        assert!((top[0].1 - (3f32.exp() / z).ln()).abs() < 1e-6);
        assert!(logprobs(&logits, 0, 0).1.is_empty());
    }

    #[test]
    fn greedy_is_argmax_with_ties_to_lowest_id() {
        let mut s = Sampler::new(SamplingParams::greedy());
        assert_eq!(s.sample(&[1.0, 3.0, 3.0, 2.0], &[]), 1);
        assert_eq!(argmax(&[0.0, -1.0]), 0);
    }

    #[test]
    fn same_seed_same_tokens() {
        let logits: Vec<f32> = (0..100).map(|i| (i as f32 * 0.37).sin()).collect();
        let params = SamplingParams {
            temperature: 1.0,
            top_k: 0,
            top_p: 1.0,
            min_p: 0.0,
            seed: Some(7),
            ..Default::default()
        };
        let run = || {
            let mut s = Sampler::new(params.clone());
            (0..20).map(|_| s.sample(&logits, &[])).collect::<Vec<_>>()
        };
        let a = run();
        assert_eq!(a, run());
        assert!(
            a.iter().collect::<std::collections::HashSet<_>>().len() > 3,
            "it samples, not argmaxes"
        );
    }

    #[test]
    fn top_k_one_is_greedy_and_filters_restrict_the_draw() {
        let logits = [0.0, 5.0, 4.9, -3.0];
        let mut s = Sampler::new(SamplingParams {
            temperature: 5.0,
            top_k: 1,
            seed: Some(1),
            ..Default::default()
        });
        assert!((0..50).all(|_| s.sample(&logits, &[]) == 1));
        // top-k 2 only ever yields the two best.
        let mut s = Sampler::new(SamplingParams {
            temperature: 5.0,
            top_k: 2,
            top_p: 1.0,
            min_p: 0.0,
            seed: Some(1),
            ..Default::default()
        });
        let seen: std::collections::HashSet<u32> =
            (0..200).map(|_| s.sample(&logits, &[])).collect();
        assert_eq!(seen, [1, 2].into_iter().collect());
        // min-p 0.5 drops tokens far below the best.
        let mut s = Sampler::new(SamplingParams {
            temperature: 1.0,
            top_k: 0,
            top_p: 1.0,
            min_p: 0.5,
            seed: Some(2),
            ..Default::default()
        });
        assert!((0..200).all(|_| [1, 2].contains(&s.sample(&logits, &[]))));
        // top-p 0.5 keeps only the best of two near-equal tokens plus nothing else.
        let mut s = Sampler::new(SamplingParams {
            temperature: 1.0,
            top_k: 0,
            top_p: 0.5,
            min_p: 0.0,
            seed: Some(3),
            ..Default::default()
        });
        assert!((0..200).all(|_| s.sample(&logits, &[]) == 1));
    }

    #[test]
    fn penalties_push_seen_tokens_down() {
        let p = SamplingParams {
            repeat_penalty: 2.0,
            ..SamplingParams::greedy()
        };
        let mut s = Sampler::new(p);
        assert_eq!(
            s.sample(&[1.0, 0.9], &[0]),
            1,
            "0.5 < 0.9 after the penalty"
        );
        let p = SamplingParams {
            frequency_penalty: 0.1,
            ..SamplingParams::greedy()
        };
        let mut s = Sampler::new(p);
        assert_eq!(s.sample(&[1.0, 0.85], &[0, 0]), 1);
        assert_eq!(s.sample(&[1.0, 0.85], &[0]), 0);
        let p = SamplingParams {
            presence_penalty: 0.5,
            ..SamplingParams::greedy()
        };
        assert_eq!(Sampler::new(p).sample(&[1.0, 0.6], &[0, 0, 0]), 1);
    }

    #[test]
    fn validation_names_the_bad_parameter() {
        let bad = SamplingParams {
            top_p: 1.5,
            ..Default::default()
        };
        assert!(bad.validate().unwrap_err().contains("top-p"));
        let bad = SamplingParams {
            temperature: f32::NAN,
            ..Default::default()
        };
        assert!(bad.validate().is_err());
        assert!(SamplingParams::default().validate().is_ok());
    }
}
