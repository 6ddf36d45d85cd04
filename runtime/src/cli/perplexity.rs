//! `realm perplexity`: llama-perplexity's number for a text file.

use super::ModelArgs;
use super::progress::load_engine;
use crate::perplexity::perplexity as compute;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct PerplexityArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    #[arg(long, short = 'f')]
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
}

pub fn perplexity(mut args: PerplexityArgs) -> Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", args.file.display()))?;
    // llama-perplexity's chunk size is its context: 128 unless told otherwise here.
    let n_ctx = *args.model.ctx.get_or_insert(128);
    let engine = load_engine(&args.model, args.json)?;
    let result = compute(&engine, &text, n_ctx, &mut |i, n, ppl| {
        if !args.json {
            eprintln!("[{i}/{n}] {ppl:.4}");
        }
    })?;
    if args.json {
        println!("{}", serde_json::to_string(&result)?);
    } else {
        println!(
            "perplexity: {:.4} ({} chunks of {} tokens, {} tokens scored)",
            result.ppl, result.chunks, result.ctx, result.tokens_scored
        );
    }
    Ok(())
}
