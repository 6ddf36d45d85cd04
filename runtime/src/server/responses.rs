//! Scheduler events turned into OpenAI's response objects: whole responses,
//! and the chunks a stream sends (the same JSON over SSE and WebSocket).

use super::AppState;
use super::openai::{ApiError, now_unix};
use super::scheduler::{Event, TokenLogprob, Usage};
use crate::engine::Engine;
use crate::generate::FinishReason;
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Chat,
    Completions,
}

impl Endpoint {
    /// The label in metrics.
    pub fn label(self) -> &'static str {
        match self {
            Endpoint::Chat => "chat.completions",
            Endpoint::Completions => "completions",
        }
    }
}

/// Builds one request's response objects (every chunk of a stream carries
/// the same `id` and `created`).
pub struct Responder {
    endpoint: Endpoint,
    id: String,
    created: u64,
    model: String,
    engine: Arc<Engine>,
    /// Whether log-probabilities were asked for.
    logprobs: bool,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl Responder {
    pub fn new(endpoint: Endpoint, state: &AppState, logprobs: bool) -> Self {
        let prefix = match endpoint {
            Endpoint::Chat => "chatcmpl",
            Endpoint::Completions => "cmpl",
        };
        let created = now_unix();
        let n = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        Responder {
            endpoint,
            id: format!("{prefix}-{created:x}{n:08x}"),
            created,
            model: state.model_id.clone(),
            engine: state.engine.clone(),
            logprobs,
        }
    }

    fn token_bytes(&self, id: u32) -> Vec<u8> {
        self.engine.tokenizer.token_bytes(id).unwrap_or_default()
    }

    fn token_text(&self, id: u32) -> String {
        String::from_utf8_lossy(&self.token_bytes(id)).into_owned()
    }

    fn chat_logprob(&self, lp: &TokenLogprob) -> Value {
        let entry = |id: u32, logprob: f32| {
            let bytes = self.token_bytes(id);
            json!({"token": String::from_utf8_lossy(&bytes), "logprob": logprob, "bytes": bytes})
        };
        let mut v = entry(lp.token, lp.logprob);
        v["top_logprobs"] = lp.top.iter().map(|&(id, l)| entry(id, l)).collect();
        v
    }

    /// `choices[0].logprobs` for these tokens (`null` when not asked for).
    fn logprobs_value(&self, lps: &[TokenLogprob], text_offset: usize) -> Value {
        if !self.logprobs {
            return Value::Null;
        }
        match self.endpoint {
            Endpoint::Chat => {
                json!({"content": lps.iter().map(|lp| self.chat_logprob(lp)).collect::<Vec<_>>()})
            }
            Endpoint::Completions => {
                let mut offset = text_offset;
                let mut offsets = Vec::new();
                let mut tokens = Vec::new();
                for lp in lps {
                    let t = self.token_text(lp.token);
                    offsets.push(offset);
                    offset += t.len();
                    tokens.push(t);
                }
                let top: Vec<Value> = lps
                    .iter()
                    .map(|lp| {
                        let mut m = serde_json::Map::new();
                        for &(id, l) in &lp.top {
                            m.entry(self.token_text(id)).or_insert(json!(l));
                        }
                        Value::Object(m)
                    })
                    .collect();
                json!({
                    "tokens": tokens,
                    "token_logprobs": lps.iter().map(|lp| lp.logprob).collect::<Vec<_>>(),
                    "top_logprobs": top,
                    "text_offset": offsets,
                })
            }
        }
    }

    fn usage_value(usage: &Usage) -> Value {
        json!({
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
            "prompt_tokens_details": {"cached_tokens": usage.cached_tokens},
        })
    }

    fn object(&self, chunk: bool) -> &'static str {
        match (self.endpoint, chunk) {
            (Endpoint::Chat, false) => "chat.completion",
            (Endpoint::Chat, true) => "chat.completion.chunk",
            (Endpoint::Completions, _) => "text_completion",
        }
    }

    fn envelope(&self, chunk: bool, choice: Value, usage: Option<&Usage>) -> Value {
        let mut v = json!({
            "id": self.id,
            "object": self.object(chunk),
            "created": self.created,
            "model": self.model,
            "system_fingerprint": concat!("realm-", env!("CARGO_PKG_VERSION")),
            "choices": [choice],
        });
        if let Some(u) = usage {
            v["usage"] = Self::usage_value(u);
        }
        v
    }

    /// The whole response of a request that was not streamed.
    pub fn full(
        &self,
        text: &str,
        lps: &[TokenLogprob],
        finish: FinishReason,
        usage: &Usage,
    ) -> Value {
        let choice = match self.endpoint {
            Endpoint::Chat => json!({
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "logprobs": self.logprobs_value(lps, 0),
                "finish_reason": finish.as_str(),
            }),
            Endpoint::Completions => json!({
                "index": 0,
                "text": text,
                "logprobs": self.logprobs_value(lps, 0),
                "finish_reason": finish.as_str(),
            }),
        };
        self.envelope(false, choice, Some(usage))
    }

    /// A stream's first chunk (the chat endpoint announces the role).
    pub fn opening_chunk(&self) -> Option<Value> {
        (self.endpoint == Endpoint::Chat).then(|| {
            self.envelope(
                true,
                json!({"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": null, "finish_reason": null}),
                None,
            )
        })
    }

    /// A chunk for one token's text (`text_offset` counts the text sent before it).
    pub fn token_chunk(&self, text: &str, lp: Option<&TokenLogprob>, text_offset: usize) -> Value {
        let lps: Vec<TokenLogprob> = lp.cloned().into_iter().collect();
        let logprobs = self.logprobs_value(&lps, text_offset);
        let choice = match self.endpoint {
            Endpoint::Chat => {
                json!({"index": 0, "delta": {"content": text}, "logprobs": logprobs, "finish_reason": null})
            }
            Endpoint::Completions => {
                json!({"index": 0, "text": text, "logprobs": logprobs, "finish_reason": null})
            }
        };
        self.envelope(true, choice, None)
    }

    /// The last chunk: the finish reason, and the usage (always sent, so a
    /// streaming client learns its token counts too).
    pub fn closing_chunk(&self, finish: FinishReason, usage: &Usage) -> Value {
        let choice = match self.endpoint {
            Endpoint::Chat => {
                json!({"index": 0, "delta": {}, "logprobs": null, "finish_reason": finish.as_str()})
            }
            Endpoint::Completions => {
                json!({"index": 0, "text": "", "logprobs": null, "finish_reason": finish.as_str()})
            }
        };
        self.envelope(true, choice, Some(usage))
    }
}

/// The API error a failed request becomes.
pub fn failure(message: String, by_controller: bool) -> ApiError {
    if by_controller {
        ApiError::controller_failed(message)
    } else {
        ApiError::server(message)
    }
}

/// Collects a request's events into its response (or its error).
pub async fn collect(
    responder: &Responder,
    events: &mut tokio::sync::mpsc::UnboundedReceiver<Event>,
) -> Result<Value, ApiError> {
    let mut text = String::new();
    let mut lps = Vec::new();
    while let Some(event) = events.recv().await {
        match event {
            Event::Token { text: t, logprob } => {
                text.push_str(&t);
                lps.extend(logprob);
            }
            Event::Done { finish, usage } => return Ok(responder.full(&text, &lps, finish, &usage)),
            Event::Failed {
                message,
                by_controller,
            } => return Err(failure(message, by_controller)),
        }
    }
    Err(ApiError::server("the scheduler dropped the request"))
}
