//! `realm logits`: the top-k logits at every prompt position, in the shape of
//! `prompt_positions_topk` in llama.cpp's reference files.

use super::progress::load_engine;
use super::{ModelArgs, PromptArgs};
use anyhow::{Result, bail};
use clap::Args;

#[derive(Args, Debug)]
pub struct LogitsArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub prompt: PromptArgs,
    #[arg(long, default_value_t = 5)]
    pub top_k: usize,
    /// Print JSON (the only output format; accepted for symmetry with the other commands).
    #[arg(long)]
    pub json: bool,
}

/// The `k` largest entries of `row`, largest first, ties to the lowest id.
pub fn top_k(row: &[f32], k: usize) -> Vec<(u32, f32)> {
    let mut idx: Vec<u32> = (0..row.len() as u32).collect();
    idx.sort_by(|&a, &b| row[b as usize].total_cmp(&row[a as usize]).then(a.cmp(&b)));
    idx.truncate(k);
    idx.into_iter().map(|i| (i, row[i as usize])).collect()
}

pub fn logits(args: LogitsArgs) -> Result<()> {
    if args.top_k == 0 {
        bail!("--top-k must be at least 1");
    }
    let engine = load_engine(&args.model, true)?;
    let prompt = engine.tokenize_prompt(&args.prompt.text()?)?;
    if prompt.len() > engine.n_ctx {
        bail!(
            "the prompt has {} tokens but the context holds {} (raise --ctx)",
            prompt.len(),
            engine.n_ctx
        );
    }
    let all = engine.logits_all(&prompt)?;
    let n_vocab = engine.config().n_vocab;
    let positions: Vec<_> = all
        .chunks(n_vocab)
        .enumerate()
        .map(|(pos, row)| {
            let top = top_k(row, args.top_k);
            serde_json::json!({
                "pos": pos,
                "ids": top.iter().map(|t| t.0).collect::<Vec<_>>(),
                "logits": top.iter().map(|t| t.1).collect::<Vec<_>>(),
            })
        })
        .collect();
    println!(
        "{}",
        serde_json::json!({ "prompt_token_ids": prompt, "positions": positions })
    );
    Ok(())
}
