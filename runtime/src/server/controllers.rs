//! Tenants' WASM controllers (interim: wired to realm-controller next).

use super::AppState;
use super::openai::ApiError;
use super::scheduler::TokenController;
use crate::engine::Engine;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use std::sync::Arc;

pub struct ControllerStore;

impl ControllerStore {
    pub fn new() -> anyhow::Result<Self> {
        Ok(ControllerStore)
    }

    pub fn instantiate(
        &self,
        _tenant: &str,
        id: &str,
        _config: Option<&str>,
        _prompt: &[u32],
        _engine: &Engine,
    ) -> Result<Box<dyn TokenController>, ApiError> {
        Err(ApiError::invalid_param("controller", format!("no controller {id:?}")))
    }
}

pub async fn upload(State(_state): State<Arc<AppState>>, _headers: HeaderMap) -> Response {
    use axum::response::IntoResponse;
    ApiError::invalid("not yet").into_response()
}
