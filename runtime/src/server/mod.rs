//! `realm serve`: an OpenAI-compatible HTTP server over one loaded model,
//! shared by tenants.
//!
//! - [`http`]: routes and the path of a request (auth, parsing, limits, streaming).
//! - [`openai`]: the API's request, response and error shapes.
//! - [`responses`]: scheduler events turned into response objects and chunks.
//! - [`tenants`]: the tenants file and API keys.
//! - [`quota`]: per-tenant usage against limits (429s).
//! - [`scheduler`]: continuous batching over the model, on its own thread.
//! - [`controllers`]: tenants' WASM controllers.
//! - [`metrics`]: `/metrics` in Prometheus' format.

pub mod controllers;
pub mod http;
pub mod metrics;
pub mod openai;
pub mod quota;
pub mod responses;
pub mod scheduler;
pub mod tenants;

use crate::chat::ChatTemplate;
use crate::engine::Engine;
use anyhow::{Context, Result, bail};
use controllers::ControllerStore;
use metrics::Metrics;
use quota::TenantState;
use scheduler::{SchedulerConfig, SchedulerHandle};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use tenants::{ServerBounds, TenantRegistry};

/// Everything the request handlers share.
pub struct AppState {
    pub engine: Arc<Engine>,
    pub template: ChatTemplate,
    pub registry: TenantRegistry,
    tenant_states: HashMap<String, Arc<TenantState>>,
    pub scheduler: SchedulerHandle,
    pub metrics: Arc<Metrics>,
    pub controllers: ControllerStore,
    /// The id `/v1/models` lists and requests name.
    pub model_id: String,
    pub created: u64,
}

impl AppState {
    /// Starts the scheduler over `engine` and sets up the shared state.
    pub fn new(
        engine: Arc<Engine>,
        registry: TenantRegistry,
        config: SchedulerConfig,
    ) -> Result<Arc<AppState>> {
        let template = engine
            .chat_template()
            .context("cannot load the chat template")?;
        let metrics = Arc::new(Metrics::default());
        let tenant_states = registry
            .tenants()
            .iter()
            .map(|t| (t.name.clone(), TenantState::new(t.clone())))
            .collect();
        let model_id = model_id(&engine.path);
        let scheduler = scheduler::spawn(engine.clone(), config, metrics.clone());
        Ok(Arc::new(AppState {
            controllers: ControllerStore::new()?,
            engine,
            template,
            registry,
            tenant_states,
            scheduler,
            metrics,
            model_id,
            created: openai::now_unix(),
        }))
    }

    pub fn tenant_state(&self, name: &str) -> Option<Arc<TenantState>> {
        self.tenant_states.get(name).cloned()
    }

    /// Every tenant's state, in name order.
    pub fn tenant_states(&self) -> Vec<Arc<TenantState>> {
        let mut v: Vec<_> = self.tenant_states.values().cloned().collect();
        v.sort_by(|a, b| a.name().cmp(b.name()));
        v
    }

    /// Whether a request's `model` names this server's model: its id, or
    /// the file name it was loaded from.
    pub fn serves_model(&self, name: &str) -> bool {
        name == self.model_id
            || self
                .engine
                .path
                .file_name()
                .is_some_and(|f| f.to_string_lossy() == name)
    }
}

/// The model's id: its file name without `.gguf`.
fn model_id(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "model".into(), |f| f.to_string_lossy().into_owned());
    name.strip_suffix(".gguf").unwrap_or(&name).to_owned()
}

/// Where and how to serve.
pub struct ServeOptions {
    pub host: IpAddr,
    pub port: u16,
    pub tenants: Option<std::path::PathBuf>,
    pub scheduler: SchedulerConfig,
}

/// The tenants a server will know: from the file, or the anonymous one
/// (then only on loopback: an open server must not face a network).
pub fn registry_for(opts: &ServeOptions, n_ctx: usize) -> Result<TenantRegistry> {
    let bounds = ServerBounds {
        slots: opts.scheduler.slots,
        n_ctx,
    };
    match &opts.tenants {
        Some(path) => TenantRegistry::load(path, bounds),
        None => {
            if !opts.host.is_loopback() {
                bail!(
                    "without --tenants the server has no API keys, so it listens on loopback only: give --tenants FILE to serve {}",
                    opts.host
                );
            }
            Ok(TenantRegistry::anonymous(bounds))
        }
    }
}

/// Serves until Ctrl-C. `on_listening` gets the bound address (port 0 picks one).
pub fn serve(
    engine: Engine,
    opts: ServeOptions,
    on_listening: impl FnOnce(SocketAddr),
) -> Result<()> {
    let registry = registry_for(&opts, engine.n_ctx)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let state = AppState::new(Arc::new(engine), registry, opts.scheduler)?;
        let addr = SocketAddr::new(opts.host, opts.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        on_listening(listener.local_addr()?);
        axum::serve(listener, http::router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("the server stopped")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(host: &str, tenants: Option<&str>) -> ServeOptions {
        ServeOptions {
            host: host.parse().unwrap(),
            port: 0,
            tenants: tenants.map(Into::into),
            scheduler: SchedulerConfig {
                slots: 4,
                batch_tokens: 64,
                max_kept_sessions: 4,
            },
        }
    }

    #[test]
    fn an_open_server_listens_on_loopback_only() {
        assert!(
            registry_for(&opts("127.0.0.1", None), 512)
                .unwrap()
                .is_open()
        );
        assert!(registry_for(&opts("::1", None), 512).is_ok());
        let err = registry_for(&opts("0.0.0.0", None), 512)
            .unwrap_err()
            .to_string();
        assert!(err.contains("--tenants"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.toml");
        std::fs::write(&file, "[[tenant]]\nname = \"a\"\napi_key = \"k\"\n").unwrap();
        let reg = registry_for(&opts("0.0.0.0", file.to_str()), 512).unwrap();
        assert!(!reg.is_open());
    }

    #[test]
    fn the_model_id_is_the_file_name_without_gguf() {
        assert_eq!(model_id(Path::new("/m/SmolLM2.Q4_1.gguf")), "SmolLM2.Q4_1");
        assert_eq!(model_id(Path::new("plain")), "plain");
    }
}
