//! Loading a model with a progress bar on stderr.

use super::ModelArgs;
use crate::engine::Engine;
use crate::fetch;
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

/// Resolves `--model` (fetching the default model on first use) and loads it,
/// showing progress unless `quiet`.
pub fn load_engine(args: &ModelArgs, quiet: bool) -> Result<Engine> {
    let path = fetch::resolve_model(args.model.as_deref(), !quiet)?;
    tracing::info!(backend = %args.backend, "loading");
    let bar = if quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(0)
    };
    bar.set_style(
        ProgressStyle::with_template("loading {msg} [{bar:30}] {pos}/{len} layers")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_message(
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    let engine = Engine::load(&path, args.backend, args.ctx, &mut |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    });
    bar.finish_and_clear();
    let engine = engine?;
    if !quiet {
        eprintln!(
            "backend: {} on {} ({})",
            engine.backend, engine.device, engine.backend_reason
        );
    }
    Ok(engine)
}
