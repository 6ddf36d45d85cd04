//! The `realm` binary: parse arguments, run, print errors as one line.

use clap::Parser;
use realm_runtime::cli::{Cli, dispatch};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Vulkan's window-system layers complain on stderr when this is unset (a
    // server or a container), as `--backend auto` lists wgpu's adapters. No
    // window is ever opened; any directory quiets them.
    if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        // SAFETY: the first thing `main` does, before any thread exists.
        unsafe { std::env::set_var("XDG_RUNTIME_DIR", std::env::temp_dir()) };
    }
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("REALM_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .init();
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
