//! OpenAI's API shapes: requests as clients send them, validated into what
//! the scheduler needs, and the response, chunk and error objects.

use crate::chat::ChatMessage;
use crate::generate::GenerateOptions;
use crate::sampling::SamplingParams;
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

/// An error in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub kind: &'static str,
    pub param: Option<&'static str>,
    pub code: Option<&'static str>,
    /// Seconds, for 429s.
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn invalid(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            kind: "invalid_request_error",
            param: None,
            code: None,
            retry_after: None,
        }
    }

    pub fn invalid_param(param: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            param: Some(param),
            ..ApiError::invalid(message)
        }
    }

    pub fn unauthorized() -> ApiError {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            code: Some("invalid_api_key"),
            ..ApiError::invalid("Invalid or missing API key: send `Authorization: Bearer <key>`.")
        }
    }

    pub fn model_not_found(model: &str) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            param: Some("model"),
            code: Some("model_not_found"),
            ..ApiError::invalid(format!(
                "The model `{model}` does not exist: GET /v1/models lists the one this server runs."
            ))
        }
    }

    pub fn context_exceeded(message: String) -> ApiError {
        ApiError {
            code: Some("context_length_exceeded"),
            param: Some("messages"),
            ..ApiError::invalid(message)
        }
    }

    pub fn rate_limited(message: String, retry_after: u64) -> ApiError {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            kind: "rate_limit_error",
            code: Some("rate_limit_exceeded"),
            retry_after: Some(retry_after),
            ..ApiError::invalid(message)
        }
    }

    /// A tenant's controller failed (to start, or mid-generation): the
    /// tenant's fault, so a 400.
    pub fn controller_failed(message: String) -> ApiError {
        ApiError {
            code: Some("controller_failed"),
            param: Some("controller"),
            ..ApiError::invalid(message)
        }
    }

    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            kind: "server_error",
            ..ApiError::invalid(message)
        }
    }

    pub fn server(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            kind: "server_error",
            ..ApiError::invalid(message)
        }
    }

    pub fn body(&self) -> Value {
        json!({"error": {
            "message": self.message,
            "type": self.kind,
            "param": self.param,
            "code": self.code,
        }})
    }
}

/// `stop`: one string or several.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum StopField {
    One(String),
    Many(Vec<String>),
}

/// A prompt for `/v1/completions`: text, or token ids.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum PromptField {
    Text(String),
    Texts(Vec<String>),
    Tokens(Vec<u32>),
    TokenLists(Vec<Vec<u32>>),
}

/// A message's content: text, or a list of parts of which text ones count.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum ContentField {
    Text(String),
    Parts(Vec<ContentPart>),
}

#[derive(Debug, Deserialize)]
pub struct ContentPart {
    #[serde(rename = "type")]
    pub kind: String,
    pub text: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct MessageField {
    pub role: String,
    pub content: Option<ContentField>,
}

#[derive(Debug, Default, Deserialize)]
pub struct StreamOptions {
    #[serde(default)]
    pub include_usage: bool,
}

/// The parameters both endpoints share. Unknown fields are ignored, as
/// OpenAI clients send many; known ones with the wrong type are errors.
#[derive(Debug, Default, Deserialize)]
pub struct CommonParams {
    pub model: Option<String>,
    pub max_tokens: Option<i64>,
    /// The chat endpoint's newer name for `max_tokens`.
    pub max_completion_tokens: Option<i64>,
    pub temperature: Option<f32>,
    pub top_p: Option<f32>,
    pub top_k: Option<i64>,
    pub min_p: Option<f32>,
    pub seed: Option<u64>,
    pub stop: Option<StopField>,
    pub presence_penalty: Option<f32>,
    pub frequency_penalty: Option<f32>,
    pub repeat_penalty: Option<f32>,
    /// Token id (as a string, as OpenAI has it) → bias added to its logit, in [-100, 100].
    pub logit_bias: Option<std::collections::HashMap<String, f32>>,
    pub n: Option<i64>,
    #[serde(default)]
    pub stream: bool,
    pub stream_options: Option<StreamOptions>,
    pub user: Option<String>,
    /// Realm: keep this conversation's KV cache on the server under this id.
    pub session: Option<String>,
    /// Realm: the id of one of the tenant's uploaded controllers.
    pub controller: Option<String>,
    /// Realm: a configuration string handed to the controller.
    pub controller_config: Option<String>,
    #[serde(default)]
    pub ignore_eos: bool,
}

#[derive(Debug, Deserialize)]
pub struct ChatRequest {
    pub messages: Vec<MessageField>,
    pub logprobs: Option<bool>,
    pub top_logprobs: Option<i64>,
    #[serde(flatten)]
    pub common: CommonParams,
}

#[derive(Debug, Deserialize)]
pub struct CompletionRequest {
    pub prompt: PromptField,
    pub logprobs: Option<i64>,
    pub echo: Option<bool>,
    pub suffix: Option<String>,
    #[serde(flatten)]
    pub common: CommonParams,
}

/// Top alternatives a request may ask for (OpenAI's bound).
pub const MAX_TOP_LOGPROBS: i64 = 20;
/// Stop strings a request may give.
const MAX_STOPS: usize = 16;
/// Longest session or controller id.
const MAX_ID_LEN: usize = 128;

impl ChatRequest {
    pub fn messages(&self) -> Result<Vec<ChatMessage>, ApiError> {
        if self.messages.is_empty() {
            return Err(ApiError::invalid_param(
                "messages",
                "`messages` must hold at least one message",
            ));
        }
        self.messages
            .iter()
            .enumerate()
            .map(|(i, m)| {
                if !["system", "user", "assistant", "developer", "tool"].contains(&m.role.as_str()) {
                    return Err(ApiError::invalid_param(
                        "messages",
                        format!("messages[{i}].role {:?} is not system, user, assistant, developer or tool", m.role),
                    ));
                }
                let content = match &m.content {
                    None => String::new(),
                    Some(ContentField::Text(t)) => t.clone(),
                    Some(ContentField::Parts(parts)) => {
                        let mut text = String::new();
                        for p in parts {
                            match (p.kind.as_str(), &p.text) {
                                ("text", Some(t)) => text.push_str(t),
                                (kind, _) => {
                                    return Err(ApiError::invalid_param(
                                        "messages",
                                        format!("messages[{i}] has a content part of type {kind:?}: this model reads text only"),
                                    ));
                                }
                            }
                        }
                        text
                    }
                };
                // The template knows system/user/assistant; a developer message is a system one.
                let role = if m.role == "developer" { "system".into() } else { m.role.clone() };
                Ok(ChatMessage { role, content })
            })
            .collect()
    }

    /// Top alternatives per token, when log-probabilities are asked for.
    pub fn logprobs(&self) -> Result<Option<usize>, ApiError> {
        match (self.logprobs.unwrap_or(false), self.top_logprobs) {
            (false, Some(n)) if n > 0 => Err(ApiError::invalid_param(
                "top_logprobs",
                "`top_logprobs` needs `logprobs: true`",
            )),
            (false, _) => Ok(None),
            (true, None) => Ok(Some(0)),
            (true, Some(n)) if (0..=MAX_TOP_LOGPROBS).contains(&n) => Ok(Some(n as usize)),
            (true, Some(n)) => Err(ApiError::invalid_param(
                "top_logprobs",
                format!("`top_logprobs` {n} is not in 0..={MAX_TOP_LOGPROBS}"),
            )),
        }
    }
}

impl CompletionRequest {
    pub fn logprobs(&self) -> Result<Option<usize>, ApiError> {
        match self.logprobs {
            None => Ok(None),
            Some(n) if (0..=MAX_TOP_LOGPROBS).contains(&n) => Ok(Some(n as usize)),
            Some(n) => Err(ApiError::invalid_param(
                "logprobs",
                format!("`logprobs` {n} is not in 0..={MAX_TOP_LOGPROBS}"),
            )),
        }
    }

    /// Refuses what this server does not do rather than ignoring it.
    pub fn check_unsupported(&self) -> Result<(), ApiError> {
        if self.echo == Some(true) {
            return Err(ApiError::invalid_param("echo", "`echo` is not supported"));
        }
        if self.suffix.as_ref().is_some_and(|s| !s.is_empty()) {
            return Err(ApiError::invalid_param(
                "suffix",
                "`suffix` (fill-in-the-middle) is not supported",
            ));
        }
        Ok(())
    }
}

impl CommonParams {
    /// Generation options for a prompt of `prompt_len` tokens, in a context
    /// of `max_context` positions (the tenant's and the server's bound).
    pub fn options(
        &self,
        prompt_len: usize,
        max_context: usize,
    ) -> Result<GenerateOptions, ApiError> {
        if let Some(n) = self.n
            && n != 1
        {
            return Err(ApiError::invalid_param(
                "n",
                format!("`n` must be 1 (got {n}): one choice per request"),
            ));
        }
        let room = max_context.saturating_sub(prompt_len);
        if room == 0 {
            return Err(ApiError::context_exceeded(format!(
                "The prompt has {prompt_len} tokens but this tenant's context holds {max_context}: shorten it."
            )));
        }
        let max_tokens = match self.max_completion_tokens.or(self.max_tokens) {
            None => room,
            Some(n) if n < 1 => {
                return Err(ApiError::invalid_param(
                    "max_tokens",
                    format!("`max_tokens` must be at least 1 (got {n})"),
                ));
            }
            Some(n) if n as usize > room => {
                return Err(ApiError::context_exceeded(format!(
                    "The prompt ({prompt_len} tokens) plus max_tokens ({n}) exceed this tenant's context of {max_context} tokens: lower max_tokens to at most {room}."
                )));
            }
            Some(n) => n as usize,
        };
        let defaults = SamplingParams::default();
        let ranged = |name: &'static str,
                      v: Option<f32>,
                      lo: f32,
                      hi: f32,
                      default: f32|
         -> Result<f32, ApiError> {
            match v {
                None => Ok(default),
                Some(x) if x.is_finite() && (lo..=hi).contains(&x) => Ok(x),
                Some(x) => Err(ApiError::invalid_param(
                    name,
                    format!("`{name}` {x} is not in [{lo}, {hi}]"),
                )),
            }
        };
        let top_k = match self.top_k {
            None => defaults.top_k,
            Some(k) if k >= 0 => k as usize,
            Some(k) => {
                return Err(ApiError::invalid_param(
                    "top_k",
                    format!("`top_k` {k} is negative"),
                ));
            }
        };
        let top_p = ranged("top_p", self.top_p, 0.0, 1.0, defaults.top_p)?;
        if top_p == 0.0 {
            return Err(ApiError::invalid_param("top_p", "`top_p` must be above 0"));
        }
        let sampling = SamplingParams {
            temperature: ranged(
                "temperature",
                self.temperature,
                0.0,
                2.0,
                defaults.temperature,
            )?,
            top_k,
            top_p,
            min_p: ranged("min_p", self.min_p, 0.0, 1.0, defaults.min_p)?,
            repeat_penalty: ranged(
                "repeat_penalty",
                self.repeat_penalty,
                0.01,
                10.0,
                defaults.repeat_penalty,
            )?,
            presence_penalty: ranged("presence_penalty", self.presence_penalty, -2.0, 2.0, 0.0)?,
            frequency_penalty: ranged("frequency_penalty", self.frequency_penalty, -2.0, 2.0, 0.0)?,
            seed: self.seed,
            ..defaults
        };
        sampling.validate().map_err(ApiError::invalid)?;
        let stop = match &self.stop {
            None => Vec::new(),
            Some(StopField::One(s)) => vec![s.clone()],
            Some(StopField::Many(v)) => v.clone(),
        };
        if stop.len() > MAX_STOPS {
            return Err(ApiError::invalid_param(
                "stop",
                format!("at most {MAX_STOPS} stop strings"),
            ));
        }
        for (param, id) in [("session", &self.session), ("controller", &self.controller)] {
            if let Some(id) = id
                && (id.is_empty() || id.len() > MAX_ID_LEN)
            {
                return Err(ApiError::invalid_param(
                    param,
                    format!("`{param}` must be 1 to {MAX_ID_LEN} characters"),
                ));
            }
        }
        Ok(GenerateOptions {
            max_tokens,
            sampling,
            stop,
            ignore_eos: self.ignore_eos,
        })
    }
}

impl CommonParams {
    /// `logit_bias` checked against the vocabulary: (token, bias) pairs.
    pub fn logit_bias(&self, n_vocab: usize) -> Result<Vec<(u32, f32)>, ApiError> {
        let Some(map) = &self.logit_bias else {
            return Ok(Vec::new());
        };
        if map.len() > 1024 {
            return Err(ApiError::invalid_param(
                "logit_bias",
                "at most 1024 biased tokens",
            ));
        }
        let mut out: Vec<(u32, f32)> = map
            .iter()
            .map(|(k, &v)| {
                let id: u32 = k
                    .parse()
                    .ok()
                    .filter(|&id: &u32| (id as usize) < n_vocab)
                    .ok_or_else(|| {
                        ApiError::invalid_param(
                            "logit_bias",
                            format!("logit_bias key {k:?} is not a token id below {n_vocab}"),
                        )
                    })?;
                if !(v.is_finite() && (-100.0..=100.0).contains(&v)) {
                    return Err(ApiError::invalid_param(
                        "logit_bias",
                        format!("logit_bias value {v} for token {id} is not in [-100, 100]"),
                    ));
                }
                Ok((id, v))
            })
            .collect::<Result<_, _>>()?;
        out.sort_unstable_by_key(|p| p.0);
        Ok(out)
    }
}

/// Parses a JSON body into `T`, with serde's message (which names the field
/// and the expected type) as a 400.
pub fn parse_body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| {
        let what = if e.is_syntax() || e.is_eof() {
            "The body is not valid JSON"
        } else {
            "The request does not have the expected shape"
        };
        ApiError::invalid(format!("{what}: {e}"))
    })
}

/// Seconds since the Unix epoch, for `created`.
pub fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn common(json: &str) -> CommonParams {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn absurd_parameters_are_refused_by_name() {
        let cases = [
            (r#"{"temperature": -1}"#, "temperature"),
            (r#"{"temperature": 3}"#, "temperature"),
            (r#"{"top_p": 0}"#, "top_p"),
            (r#"{"max_tokens": 0}"#, "max_tokens"),
            (r#"{"max_tokens": 100000}"#, "max_tokens"),
            (r#"{"n": 2}"#, "n"),
            (r#"{"top_k": -5}"#, "top_k"),
            (r#"{"presence_penalty": 9}"#, "presence_penalty"),
            (r#"{"session": ""}"#, "session"),
        ];
        for (json, param) in cases {
            let err = common(json).options(10, 100).unwrap_err();
            assert_eq!(err.status, StatusCode::BAD_REQUEST, "{json}");
            assert!(
                err.message.contains(param) || err.param == Some(param),
                "{json}: {err:?}"
            );
        }
        let full = common("{}").options(100, 100).unwrap_err();
        assert_eq!(full.code, Some("context_length_exceeded"));
    }

    #[test]
    fn defaults_fill_the_context_and_follow_llama_cpp() {
        let o = common(r#"{"stop": "END", "seed": 3}"#)
            .options(10, 100)
            .unwrap();
        assert_eq!(o.max_tokens, 90);
        assert_eq!(o.stop, ["END"]);
        assert_eq!(o.sampling.seed, Some(3));
        assert_eq!(o.sampling.top_k, SamplingParams::default().top_k);
    }

    #[test]
    fn wrong_types_name_the_field() {
        let err = parse_body::<ChatRequest>(
            br#"{"messages": [{"role": "user", "content": "hi"}], "temperature": "hot"}"#,
        )
        .unwrap_err();
        assert!(
            err.message.contains("expected") || err.message.contains("invalid"),
            "{}",
            err.message
        );
        let err = parse_body::<ChatRequest>(b"{not json").unwrap_err();
        assert!(err.message.contains("not valid JSON"), "{}", err.message);
    }

    #[test]
    fn chat_content_parts_and_roles() {
        let req: ChatRequest = parse_body(
            br#"{"messages": [{"role": "developer", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}]}"#,
        )
        .unwrap();
        let m = req.messages().unwrap();
        assert_eq!(
            (m[0].role.as_str(), m[0].content.as_str()),
            ("system", "ab")
        );
        let req: ChatRequest =
            parse_body(br#"{"messages": [{"role": "wizard", "content": "x"}]}"#).unwrap();
        assert!(req.messages().is_err());
        let req: ChatRequest =
            parse_body(br#"{"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}"#)
                .unwrap();
        assert!(req.messages().unwrap_err().message.contains("text only"));
    }
}
