//! `realm bench`: llama-bench's measurement of prompt processing and
//! generation speed (see [`crate::bench`]).

use super::ModelArgs;
use super::progress::load_engine;
use crate::bench::{BenchSpec, bench as measure, test_name};
use anyhow::{Context, Result};
use clap::Args;

#[derive(Args, Debug)]
pub struct BenchArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Prompt tokens processed in one pass (0: skip the test).
    #[arg(short = 'p', long = "n-prompt", default_value_t = 512)]
    pub n_prompt: usize,
    /// Tokens generated one at a time (0: skip the test).
    #[arg(short = 'n', long = "n-gen", default_value_t = 128)]
    pub n_gen: usize,
    /// Timed repetitions of each test, after one warm-up run.
    #[arg(short = 'r', long = "repetitions", default_value_t = 5)]
    pub repetitions: usize,
    /// Worker threads (default: every core).
    #[arg(short = 't', long = "threads")]
    pub threads: Option<usize>,
    /// Print llama-bench's `-o json` shape instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn bench(mut args: BenchArgs) -> Result<()> {
    // Not `rayon::current_num_threads`: asking it builds the global pool,
    // which then cannot be sized.
    let n_threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    rayon::ThreadPoolBuilder::new()
        .num_threads(n_threads)
        .build_global()
        .context("cannot size the thread pool")?;
    // Room for the longer test (llama-bench sizes its context the same way).
    let needed = args.n_prompt.max(args.n_gen) + 1;
    let ctx = args.model.ctx.get_or_insert(needed);
    *ctx = (*ctx).max(needed);
    let engine = load_engine(&args.model, args.json)?;
    let spec = BenchSpec {
        n_prompt: args.n_prompt,
        n_gen: args.n_gen,
        repetitions: args.repetitions,
        n_threads,
    };
    let quiet = args.json;
    let results = measure(&engine, spec, &mut |what| {
        if !quiet {
            eprintln!("{what}");
        }
    })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(());
    }
    if let Some(r) = results.first() {
        println!("device: {}", r.device);
    }
    println!(
        "| {:<40} | {:<9} | {:>7} | {:>6} | {:>20} | {:>16} |",
        "model", "backend", "threads", "test", "t/s", "memory"
    );
    println!(
        "|{:-<42}|{:-<11}|{:->9}|{:->8}|{:->22}|{:->18}|",
        "", "", "", "", "", ""
    );
    for r in &results {
        let test = test_name(r.n_prompt, r.n_gen);
        let name = std::path::Path::new(&r.model_filename)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let memory = r.memory_bytes.map_or("-".into(), |b| {
            let kind = if r.memory_kind == "device" {
                "dev"
            } else {
                "rss"
            };
            format!("{:.0} MiB {kind}", b as f64 / (1 << 20) as f64)
        });
        println!(
            "| {name:<40} | {:<9} | {:>7} | {test:>6} | {:>20} | {memory:>16} |",
            r.backend,
            r.n_threads,
            format!("{:.2} ± {:.2}", r.avg_ts, r.stddev_ts)
        );
    }
    Ok(())
}
