//! Tenants' WASM controllers: uploaded with `POST /v1/controllers` (the
//! module's bytes, binary or WAT, as the body), kept per tenant, and named
//! by a request's `controller` (with an optional `controller_config`
//! string). A tenant can only ever use its own uploads: the store is keyed
//! by tenant on the server side. The sandbox is `realm-controller`.

use super::AppState;
use super::http::authenticate;
use super::openai::ApiError;
use super::scheduler::{ControlAction, TokenController};
use crate::engine::Engine;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use realm_controller::{
    Action, Controller, ControllerHost, ControllerModule, Limits, TokenTable, Vocabulary,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Controllers one tenant may keep.
const MAX_PER_TENANT: usize = 16;

pub struct ControllerStore {
    host: ControllerHost,
    /// (tenant, id) → compiled module.
    modules: Mutex<HashMap<(String, String), ControllerModule>>,
    /// The model's tokens as controllers see them, built on first use.
    vocab: OnceLock<Arc<dyn Vocabulary>>,
}

impl ControllerStore {
    pub fn new() -> anyhow::Result<Self> {
        let host = ControllerHost::new(Limits::default())
            .map_err(|e| anyhow::anyhow!("cannot set up the WASM controller host: {e}"))?;
        Ok(ControllerStore {
            host,
            modules: Mutex::new(HashMap::new()),
            vocab: OnceLock::new(),
        })
    }

    fn modules(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), ControllerModule>> {
        self.modules.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn vocab(&self, engine: &Engine) -> Arc<dyn Vocabulary> {
        self.vocab
            .get_or_init(|| {
                let tok = &engine.tokenizer;
                let n = tok.vocab_size() as u32;
                let pieces = (0..n)
                    .map(|i| tok.token_bytes(i).unwrap_or_default())
                    .collect();
                let eog: Vec<u32> = (0..n).filter(|&i| tok.is_eog(i)).collect();
                Arc::new(TokenTable::new(pieces, eog))
            })
            .clone()
    }

    /// Compiles and keeps a tenant's module; its id is derived from its bytes.
    pub fn upload(&self, tenant: &str, bytes: &[u8]) -> Result<String, ApiError> {
        let id = format!("ctl-{}", &hex(&Sha256::digest(bytes))[..16]);
        let key = (tenant.to_owned(), id.clone());
        if self.modules().contains_key(&key) {
            return Ok(id);
        }
        let module = self
            .host
            .compile(bytes)
            .map_err(|e| ApiError::invalid(format!("The controller was refused: {e}")))?;
        let mut modules = self.modules();
        if modules.keys().filter(|(t, _)| t == tenant).count() >= MAX_PER_TENANT {
            return Err(ApiError::invalid(format!(
                "A tenant may keep {MAX_PER_TENANT} controllers."
            )));
        }
        modules.insert(key, module);
        Ok(id)
    }

    /// A running controller for one request of `tenant`.
    pub fn instantiate(
        &self,
        tenant: &str,
        id: &str,
        config: Option<&str>,
        prompt: &[u32],
        engine: &Engine,
    ) -> Result<Box<dyn TokenController>, ApiError> {
        let module = self
            .modules()
            .get(&(tenant.to_owned(), id.to_owned()))
            .cloned()
            // The same answer whether the id is unknown or another tenant's.
            .ok_or_else(|| {
                ApiError::invalid_param(
                    "controller",
                    format!("This tenant has no controller {id:?}: upload it to /v1/controllers."),
                )
            })?;
        let controller = Controller::start(
            &module,
            self.vocab(engine),
            config.unwrap_or("").as_bytes(),
            prompt,
        )
        .map_err(|e| ApiError::controller_failed(format!("The controller failed to start: {e}")))?;
        Ok(Box::new(WasmController(controller)))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The scheduler's view of a WASM controller.
struct WasmController(Controller);

impl TokenController for WasmController {
    fn step(&mut self, generated: &[u32], logits: &mut [f32]) -> Result<ControlAction, String> {
        match self.0.step(generated, logits) {
            Ok(Action::Sample) => Ok(ControlAction::Sample),
            Ok(Action::Stop) => Ok(ControlAction::Stop),
            Ok(Action::Inject(tokens)) => Ok(ControlAction::Inject(tokens)),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// `POST /v1/controllers`: the body is the module (wasm binary or WAT text).
/// Answers `{"id", "object": "controller"}`.
pub async fn upload(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let tenant = match authenticate(&state, &headers) {
        Ok(t) => t,
        Err(e) => return e.into_response(),
    };
    let store = state.clone();
    let name = tenant.name().to_owned();
    // Compiling is CPU work: off the async workers.
    let result = tokio::task::spawn_blocking(move || store.controllers.upload(&name, &body)).await;
    match result {
        Ok(Ok(id)) => (
            StatusCode::OK,
            axum::Json(json!({"id": id, "object": "controller"})),
        )
            .into_response(),
        Ok(Err(e)) => e.into_response(),
        Err(_) => ApiError::server("compiling the controller panicked").into_response(),
    }
}
