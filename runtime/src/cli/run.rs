//! `realm run`: one prompt in, streamed text out.

use super::progress::load_engine;
use super::{ModelArgs, PromptArgs};
use crate::chat::ChatMessage;
use crate::engine::Overflow;
use crate::generate::{GenerateOptions, generate};
use crate::sampling::SamplingParams;
use anyhow::Result;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct RunArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub prompt: PromptArgs,
    /// Apply the model's chat template to the prompt (as one user message).
    #[arg(long)]
    pub chat: bool,
    /// A system message (with --chat).
    #[arg(long, requires = "chat")]
    pub system: Option<String>,
    #[command(flatten)]
    pub sampling: SamplingArgs,
    /// Keep the end of a prompt longer than the context instead of failing.
    #[arg(long)]
    pub truncate: bool,
    /// Print one JSON object instead of streaming text.
    #[arg(long)]
    pub json: bool,
}

/// Sampling and stopping options shared by `run` and `chat`.
#[derive(Args, Debug, Clone)]
pub struct SamplingArgs {
    #[arg(long, short = 'n', default_value_t = 256)]
    pub max_tokens: usize,
    /// 0 is greedy (argmax, ties to the lowest id).
    #[arg(long, default_value_t = 0.8)]
    pub temperature: f32,
    #[arg(long, default_value_t = 40)]
    pub top_k: usize,
    #[arg(long, default_value_t = 0.95)]
    pub top_p: f32,
    #[arg(long, default_value_t = 0.05)]
    pub min_p: f32,
    #[arg(long, default_value_t = 1.0)]
    pub repeat_penalty: f32,
    #[arg(long, default_value_t = 0.0)]
    pub presence_penalty: f32,
    #[arg(long, default_value_t = 0.0)]
    pub frequency_penalty: f32,
    #[arg(long)]
    pub seed: Option<u64>,
    /// Stop before this text (repeatable).
    #[arg(long)]
    pub stop: Vec<String>,
    /// Do not stop at end-of-generation tokens.
    #[arg(long)]
    pub ignore_eos: bool,
}

impl SamplingArgs {
    pub fn options(&self) -> GenerateOptions {
        GenerateOptions {
            max_tokens: self.max_tokens,
            sampling: SamplingParams {
                temperature: self.temperature,
                top_k: self.top_k,
                top_p: self.top_p,
                min_p: self.min_p,
                repeat_penalty: self.repeat_penalty,
                presence_penalty: self.presence_penalty,
                frequency_penalty: self.frequency_penalty,
                seed: self.seed,
                ..SamplingParams::default()
            },
            stop: self.stop.clone(),
            ignore_eos: self.ignore_eos,
        }
    }
}

pub fn run(args: RunArgs) -> Result<()> {
    let opts = args.sampling.options();
    opts.sampling.validate().map_err(anyhow::Error::msg)?;
    let text = args.prompt.text()?;
    let engine = load_engine(&args.model, args.json)?;
    let prompt = if args.chat {
        let template = engine.chat_template()?;
        let mut messages = Vec::new();
        if let Some(system) = &args.system {
            messages.push(ChatMessage {
                role: "system".into(),
                content: system.clone(),
            });
        }
        messages.push(ChatMessage {
            role: "user".into(),
            content: text,
        });
        engine.chat_prompt(&template, &messages)?
    } else {
        engine.tokenize_prompt(&text)?
    };
    let overflow = if args.truncate {
        Overflow::TruncateStart
    } else {
        Overflow::Error
    };
    let prompt = engine.fit_prompt(prompt, overflow)?;

    let mut cache = engine.new_cache();
    let stdout = std::io::stdout();
    let json = args.json;
    let generation = generate(&engine, &mut cache, &prompt, 0, &opts, &mut |piece| {
        if !json {
            let mut out = stdout.lock();
            let _ = out.write_all(piece.as_bytes());
            let _ = out.flush();
        }
    })?;
    if json {
        let value = serde_json::json!({
            "model": engine.path.display().to_string(),
            "backend": engine.backend.to_string(),
            "device": engine.device,
            "prompt_token_ids": prompt,
            "token_ids": generation.token_ids,
            "text": generation.text,
            "finish_reason": generation.finish.as_str(),
            "timings": {
                "prompt_tokens_per_s": generation.prompt_tokens_per_s(),
                "gen_tokens_per_s": generation.gen_tokens_per_s(),
            },
        });
        println!("{value}");
    } else {
        println!();
        eprintln!(
            "[{} prompt tokens at {:.1} tok/s, {} generated at {:.1} tok/s]",
            generation.prompt_tokens,
            generation.prompt_tokens_per_s(),
            generation.token_ids.len(),
            generation.gen_tokens_per_s()
        );
    }
    Ok(())
}
