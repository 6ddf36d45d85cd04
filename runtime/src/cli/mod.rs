//! The `realm` command line: argument shapes and dispatch. Each subcommand
//! lives in its own file.

mod bench;
mod chat;
mod logits;
mod models;
mod perplexity;
mod progress;
mod run;
mod serve;

use crate::backend::BackendKind;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "realm",
    version,
    about = "Run GGUF language models: kernels written once, every backend."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Generate text from a prompt, streaming it to stdout.
    Run(run::RunArgs),
    /// An interactive conversation using the model's chat template.
    Chat(chat::ChatArgs),
    /// Top-k logits at every prompt position, as JSON.
    Logits(logits::LogitsArgs),
    /// Perplexity of a text, computed as llama.cpp's llama-perplexity does.
    Perplexity(perplexity::PerplexityArgs),
    /// Prompt-processing and generation speed, measured as llama-bench does.
    Bench(bench::BenchArgs),
    /// An OpenAI-compatible HTTP server: tenants, quotas, continuous batching, WASM controllers.
    Serve(serve::ServeArgs),
    /// List GGUF models in a directory (default: the model cache), or fetch the known ones.
    Models(models::ModelsArgs),
}

/// Options every model-running subcommand takes.
#[derive(Args, Debug, Clone)]
pub struct ModelArgs {
    /// A GGUF file, or a known model name (smollm2, gemma3). Default: SmolLM2-135M-Instruct, fetched on first use.
    #[arg(long, short = 'm')]
    pub model: Option<String>,
    /// Where to compute: `auto` (CUDA, else wgpu on a real GPU, else cpu; the choice and its reason are logged with REALM_LOG=info), `cuda`, `wgpu` (any adapter, software ones too), `cpu` (the generated SIMD kernels) or `reference` (the oracle).
    #[arg(long, default_value = "auto")]
    pub backend: BackendKind,
    /// Context length in tokens (default: the model's, up to 4096).
    #[arg(long)]
    pub ctx: Option<usize>,
}

/// A prompt given inline or in a file.
#[derive(Args, Debug, Clone)]
#[group(required = true, multiple = false)]
pub struct PromptArgs {
    #[arg(long, short = 'p')]
    pub prompt: Option<String>,
    #[arg(long, short = 'f')]
    pub prompt_file: Option<PathBuf>,
}

impl PromptArgs {
    pub fn text(&self) -> anyhow::Result<String> {
        match (&self.prompt, &self.prompt_file) {
            (Some(p), _) => Ok(p.clone()),
            (None, Some(f)) => std::fs::read_to_string(f)
                .map_err(|e| anyhow::anyhow!("cannot read prompt file {}: {e}", f.display())),
            (None, None) => anyhow::bail!("give --prompt or --prompt-file"),
        }
    }
}

pub fn dispatch(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Run(a) => run::run(a),
        Command::Chat(a) => chat::chat(a),
        Command::Logits(a) => logits::logits(a),
        Command::Perplexity(a) => perplexity::perplexity(a),
        Command::Models(a) => models::models(a),
        Command::Bench(a) => bench::bench(a),
        Command::Serve(a) => serve::serve(a),
    }
}
