//! `realm serve`: the OpenAI-compatible server (see `crate::server`).

use super::ModelArgs;
use super::progress::load_engine;
use crate::server::scheduler::SchedulerConfig;
use crate::server::{ServeOptions, serve as run_server};
use anyhow::{Result, bail};
use clap::Args;
use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Address to listen on. Without --tenants only loopback addresses are allowed.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// Port to listen on (0 picks a free one and prints it).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// A TOML file of `[[tenant]]` tables (name, api_key or api_key_sha256,
    /// max_concurrent, tokens_per_minute, max_context, kv_cache_mb). Without
    /// it, one anonymous tenant is served, no API key needed.
    #[arg(long)]
    pub tenants: Option<PathBuf>,
    /// Sequences generating at once (the running batch's slots).
    #[arg(long, default_value_t = 32)]
    pub parallel: usize,
    /// Token rows per batched step: decoding sequences take one each, prompt
    /// chunks share the rest (a long prompt never stalls everyone's next token).
    #[arg(long, default_value_t = 256)]
    pub batch_tokens: usize,
    /// Conversations kept on the server (`session` in a request) at most, over all tenants.
    #[arg(long, default_value_t = 256)]
    pub max_sessions: usize,
}

pub fn serve(args: ServeArgs) -> Result<()> {
    if args.parallel == 0 || args.batch_tokens == 0 {
        bail!("--parallel and --batch-tokens must be at least 1");
    }
    let engine = load_engine(&args.model, false)?;
    let opts = ServeOptions {
        host: args.host,
        port: args.port,
        tenants: args.tenants,
        scheduler: SchedulerConfig {
            slots: args.parallel,
            batch_tokens: args.batch_tokens,
            max_kept_sessions: args.max_sessions,
        },
    };
    let model = engine.path.display().to_string();
    let backend = engine.backend;
    run_server(engine, opts, |addr| {
        // One line on stdout that scripts (and the tests) wait for.
        println!("listening on http://{addr} ({model} on {backend})");
        let _ = std::io::stdout().flush();
    })
}
