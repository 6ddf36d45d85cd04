//! The HTTP surface: routes, authentication, and the path of a generation
//! request from its body to the scheduler and back as JSON, SSE or WebSocket
//! messages.

use super::AppState;
use super::openai::{
    ApiError, ChatRequest, CommonParams, CompletionRequest, PromptField, parse_body,
};
use super::quota::{Demand, Rejection, TenantState};
use super::responses::{Endpoint, Responder, collect, failure};
use super::scheduler::{Event, Job};
use axum::Router;
use axum::body::Bytes;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::StreamExt;
use futures_util::stream::Stream;
use serde_json::{Value, json};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc::UnboundedReceiver;

/// Largest request body (a long prompt is a few hundred KiB).
pub const MAX_BODY_BYTES: usize = 4 << 20;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/metrics", get(metrics))
        .route("/v1/models", get(models))
        .route("/v1/chat/completions", post(chat_completions))
        .route("/v1/completions", post(completions))
        .route("/v1/ws", get(websocket))
        .route("/v1/controllers", post(super::controllers::upload))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body())).into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}

async fn not_found() -> ApiError {
    ApiError {
        status: StatusCode::NOT_FOUND,
        ..ApiError::invalid(
            "No such endpoint: this server answers /v1/chat/completions, /v1/completions, /v1/models, /v1/ws, /v1/controllers, /health and /metrics.",
        )
    }
}

async fn health(State(state): State<Arc<AppState>>) -> axum::Json<Value> {
    axum::Json(json!({"status": "ok", "model": state.model_id}))
}

async fn metrics(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(&state.tenant_states()),
    )
}

/// The tenant a request's `Authorization` header names.
pub fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Arc<TenantState>, ApiError> {
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let tenant = state
        .registry
        .authenticate(auth)
        .map_err(|_| ApiError::unauthorized())?;
    state
        .tenant_state(&tenant.name)
        .ok_or_else(ApiError::unauthorized)
}

async fn models(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<axum::Json<Value>, ApiError> {
    authenticate(&state, &headers)?;
    Ok(axum::Json(json!({
        "object": "list",
        "data": [{"id": state.model_id, "object": "model", "created": state.created, "owned_by": "realm"}],
    })))
}

/// A body, or the body-limit rejection as an OpenAI error.
type Body = Result<Bytes, axum::extract::rejection::BytesRejection>;

fn body_bytes(body: Body) -> Result<Bytes, ApiError> {
    body.map_err(|e| ApiError {
        status: e.status(),
        ..ApiError::invalid(format!(
            "Cannot read the request body: {e} (at most {MAX_BODY_BYTES} bytes)"
        ))
    })
}

async fn chat_completions(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    generation(state, headers, body, Endpoint::Chat).await
}

async fn completions(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    generation(state, headers, body, Endpoint::Completions).await
}

/// Both generation endpoints: authenticate, start, answer.
async fn generation(
    state: Arc<AppState>,
    headers: HeaderMap,
    body: Body,
    endpoint: Endpoint,
) -> Response {
    let tenant = match authenticate(&state, &headers) {
        Ok(t) => t,
        Err(e) => return answer_error(&state, "anonymous-unauthorized", endpoint, e),
    };
    let started = body_bytes(body).and_then(|b| begin(&state, &tenant, endpoint, &b));
    respond(&state, &tenant, endpoint, started).await
}

/// Parses a request body for `endpoint` and starts it (over HTTP or a WebSocket).
fn begin(
    state: &AppState,
    tenant: &Arc<TenantState>,
    endpoint: Endpoint,
    body: &[u8],
) -> Result<Started, ApiError> {
    match endpoint {
        Endpoint::Chat => {
            let req: ChatRequest = parse_body(body)?;
            let prompt = prepare_chat(state, &req)?;
            start(state, tenant, prompt, &req.common, req.logprobs()?)
        }
        Endpoint::Completions => {
            let req: CompletionRequest = parse_body(body)?;
            req.check_unsupported()?;
            let prompt = prepare_completion(state, &req)?;
            start(state, tenant, prompt, &req.common, req.logprobs()?)
        }
    }
}

fn check_model(state: &AppState, common: &CommonParams) -> Result<(), ApiError> {
    match &common.model {
        Some(m) if !state.serves_model(m) => Err(ApiError::model_not_found(m)),
        _ => Ok(()),
    }
}

fn prepare_chat(state: &AppState, req: &ChatRequest) -> Result<Vec<u32>, ApiError> {
    check_model(state, &req.common)?;
    let messages = req.messages()?;
    state
        .engine
        .chat_prompt(&state.template, &messages)
        .map_err(|e| {
            ApiError::invalid_param("messages", format!("Cannot apply the chat template: {e:#}"))
        })
}

fn prepare_completion(state: &AppState, req: &CompletionRequest) -> Result<Vec<u32>, ApiError> {
    check_model(state, &req.common)?;
    let one = |what: &str| {
        ApiError::invalid_param(
            "prompt",
            format!("`prompt` must be one {what}: this server answers one choice per request"),
        )
    };
    let tokens = match &req.prompt {
        PromptField::Text(t) => state.engine.tokenize_prompt(t),
        PromptField::Texts(v) if v.is_empty() => Ok(Vec::new()),
        PromptField::Texts(v) if v.len() == 1 => state.engine.tokenize_prompt(&v[0]),
        PromptField::Texts(_) => return Err(one("string")),
        PromptField::Tokens(ids) => Ok(ids.clone()),
        PromptField::TokenLists(v) if v.len() == 1 => Ok(v[0].clone()),
        PromptField::TokenLists(_) => return Err(one("token list")),
    }
    .map_err(|e| ApiError::invalid_param("prompt", format!("Cannot tokenize the prompt: {e:#}")))?;
    let n_vocab = state.engine.config().n_vocab;
    if let Some(&bad) = tokens.iter().find(|&&t| t as usize >= n_vocab) {
        return Err(ApiError::invalid_param(
            "prompt",
            format!("token id {bad} is outside the vocabulary of {n_vocab}"),
        ));
    }
    Ok(tokens)
}

/// An admitted request on its way: what its stream or response needs.
struct Started {
    events: UnboundedReceiver<Event>,
    stream: bool,
    logprobs: bool,
}

/// Checks the request against the tenant's limits, then hands it to the scheduler.
fn start(
    state: &AppState,
    tenant: &Arc<TenantState>,
    prompt: Vec<u32>,
    common: &CommonParams,
    logprobs: Option<usize>,
) -> Result<Started, ApiError> {
    if prompt.is_empty() {
        return Err(ApiError::invalid_param(
            "prompt",
            "The prompt is empty (it tokenized to no tokens).",
        ));
    }
    let limits = &tenant.tenant.limits;
    let options = common.options(prompt.len(), limits.max_context)?;
    let controller = match &common.controller {
        Some(id) => Some(state.controllers.instantiate(
            tenant.name(),
            id,
            common.controller_config.as_deref(),
            &prompt,
            &state.engine,
        )?),
        None => None,
    };
    let logit_bias = common.logit_bias(state.engine.config().n_vocab)?;
    let positions = prompt.len() + options.max_tokens;
    let admission = tenant
        .admit(Demand {
            prompt_tokens: prompt.len(),
            kv_bytes: positions * state.engine.kv_bytes_per_position(),
        })
        .map_err(|r| match r {
            Rejection::Busy {
                message,
                retry_after,
            } => ApiError::rate_limited(message, retry_after.as_secs().max(1)),
            Rejection::TooLarge { message } => ApiError::invalid(message),
        })?;
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let job = Job {
        admission,
        prompt,
        options,
        logprobs,
        logit_bias,
        session: common.session.clone(),
        controller,
        events: tx,
        received: Instant::now(),
    };
    state
        .scheduler
        .submit(job)
        .map_err(|_| ApiError::unavailable("The scheduler has stopped."))?;
    Ok(Started {
        events: rx,
        stream: common.stream,
        logprobs: logprobs.is_some(),
    })
}

fn answer_error(state: &AppState, tenant: &str, endpoint: Endpoint, e: ApiError) -> Response {
    state
        .metrics
        .request(tenant, endpoint.label(), e.status.as_u16());
    e.into_response()
}

async fn respond(
    state: &Arc<AppState>,
    tenant: &TenantState,
    endpoint: Endpoint,
    started: Result<Started, ApiError>,
) -> Response {
    let mut started = match started {
        Ok(s) => s,
        Err(e) => return answer_error(state, tenant.name(), endpoint, e),
    };
    state.metrics.request(tenant.name(), endpoint.label(), 200);
    let responder = Responder::new(endpoint, state, started.logprobs);
    if started.stream {
        let stream = event_stream(responder, started.events)
            .map(|v| Ok::<_, Infallible>(SseEvent::default().data(v)));
        return Sse::new(stream)
            .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
            .into_response();
    }
    match collect(&responder, &mut started.events).await {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) => e.into_response(),
    }
}

/// A request's events as the JSON texts a stream sends, ending with `[DONE]`.
/// Dropping the stream (the client went away) drops the receiver, which the
/// scheduler sees before its next step: the slot and cache are freed.
pub fn event_stream(
    responder: Responder,
    events: UnboundedReceiver<Event>,
) -> impl Stream<Item = String> + Send {
    struct Progress {
        responder: Responder,
        events: UnboundedReceiver<Event>,
        opened: bool,
        finished: bool,
        /// Items to send before reading more events.
        queue: std::collections::VecDeque<String>,
        /// Bytes of text sent so far (completions' `text_offset`).
        sent: usize,
    }
    let start = Progress {
        responder,
        events,
        opened: false,
        finished: false,
        queue: Default::default(),
        sent: 0,
    };
    futures_util::stream::unfold(start, |mut p| async move {
        if let Some(item) = p.queue.pop_front() {
            return Some((item, p));
        }
        if p.finished {
            return None;
        }
        if !p.opened {
            p.opened = true;
            if let Some(chunk) = p.responder.opening_chunk() {
                return Some((chunk.to_string(), p));
            }
        }
        loop {
            let Some(event) = p.events.recv().await else {
                p.finished = true;
                let e = ApiError::server("the scheduler dropped the request");
                p.queue.push_back("[DONE]".into());
                return Some((e.body().to_string(), p));
            };
            let item = match event {
                Event::Token { text, logprob } => {
                    if text.is_empty() && logprob.is_none() {
                        continue;
                    }
                    let chunk = p.responder.token_chunk(&text, logprob.as_ref(), p.sent);
                    p.sent += text.len();
                    chunk.to_string()
                }
                Event::Done { finish, usage } => {
                    // The closing chunk, then OpenAI's end marker.
                    p.finished = true;
                    p.queue.push_back("[DONE]".into());
                    p.responder.closing_chunk(finish, &usage).to_string()
                }
                Event::Failed {
                    message,
                    by_controller,
                } => {
                    p.finished = true;
                    p.queue.push_back("[DONE]".into());
                    failure(message, by_controller).body().to_string()
                }
            };
            return Some((item, p));
        }
    })
}

/// `GET /v1/ws`: each text message the client sends is a request,
/// `{"endpoint": "chat.completions" | "completions", "request": {...}}`;
/// the server answers with the same JSON chunks a stream sends, one message
/// each, then `[DONE]` (or an error object, then `[DONE]`).
async fn websocket(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let tenant = match authenticate(&state, &headers) {
        Ok(t) => t,
        Err(e) => return answer_error(&state, "anonymous-unauthorized", Endpoint::Chat, e),
    };
    upgrade
        .max_message_size(MAX_BODY_BYTES)
        .on_upgrade(move |socket| websocket_session(state, tenant, socket))
}

async fn websocket_session(state: Arc<AppState>, tenant: Arc<TenantState>, mut socket: WebSocket) {
    while let Some(Ok(message)) = socket.recv().await {
        let text = match message {
            Message::Text(t) => t,
            Message::Close(_) => return,
            _ => continue,
        };
        let started = websocket_request(&state, &tenant, text.as_bytes());
        let (endpoint, started) = match started {
            Ok(s) => s,
            Err((endpoint, e)) => {
                state
                    .metrics
                    .request(tenant.name(), endpoint.label(), e.status.as_u16());
                if send_all(&mut socket, [e.body().to_string(), "[DONE]".into()])
                    .await
                    .is_err()
                {
                    return;
                }
                continue;
            }
        };
        state.metrics.request(tenant.name(), endpoint.label(), 200);
        let responder = Responder::new(endpoint, &state, started.logprobs);
        let mut stream = Box::pin(event_stream(responder, started.events));
        while let Some(item) = stream.next().await {
            if send_all(&mut socket, [item]).await.is_err() {
                return; // the client went away: dropping the stream cancels the request
            }
        }
    }
}

async fn send_all(
    socket: &mut WebSocket,
    parts: impl IntoIterator<Item = String>,
) -> Result<(), axum::Error> {
    for p in parts {
        socket.send(Message::Text(p.into())).await?;
    }
    Ok(())
}

fn websocket_request(
    state: &AppState,
    tenant: &Arc<TenantState>,
    bytes: &[u8],
) -> Result<(Endpoint, Started), (Endpoint, ApiError)> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        endpoint: String,
        request: Value,
    }
    let env: Envelope = parse_body(bytes).map_err(|e| (Endpoint::Chat, e))?;
    let endpoint = match env.endpoint.as_str() {
        "chat.completions" | "/v1/chat/completions" => Endpoint::Chat,
        "completions" | "/v1/completions" => Endpoint::Completions,
        other => {
            return Err((
                Endpoint::Chat,
                ApiError::invalid_param(
                    "endpoint",
                    format!(
                        "unknown endpoint {other:?}: use \"chat.completions\" or \"completions\""
                    ),
                ),
            ));
        }
    };
    begin(state, tenant, endpoint, env.request.to_string().as_bytes())
        .map(|s| (endpoint, s))
        .map_err(|e| (endpoint, e))
}
