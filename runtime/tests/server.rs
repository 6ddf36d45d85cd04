//! `realm serve` end to end over real sockets, on a tiny model: the API's
//! shapes, API keys, per-tenant limits, isolation of kept conversations,
//! cancellation, and continuous batching giving every stream its own tokens.

mod common;
#[path = "common/server.rs"]
mod harness;

use common::tiny_dir;
use harness::*;
use realm_runtime::backend::BackendKind;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn model() -> PathBuf {
    tiny_dir().join("tiny-Q8_0.gguf")
}

const TENANTS: &str = r#"
[[tenant]]
name = "alice"
api_key = "key-alice"
max_concurrent = 1

[[tenant]]
name = "bob"
api_key = "key-bob"
tokens_per_minute = 60

[[tenant]]
name = "carol"
api_key = "key-carol"
kv_cache_mb = 1

[[tenant]]
name = "dave"
api_key = "key-dave"
"#;

fn completion(prompt: &str, max_tokens: usize) -> Value {
    json!({"prompt": prompt, "max_tokens": max_tokens, "temperature": 0, "ignore_eos": true})
}

#[test]
fn health_models_and_unknown_routes() {
    let s = start(&model(), None, SCHEDULER);
    let h = request(s.addr, "GET", "/health", None, b"");
    assert_eq!(h.status, 200);
    assert_eq!(h.json()["status"], "ok");
    let m = request(s.addr, "GET", "/v1/models", None, b"").json();
    assert_eq!(m["data"][0]["id"], "tiny-Q8_0");
    let nf = request(s.addr, "GET", "/v1/nothing", None, b"");
    assert_eq!(nf.status, 404);
    assert!(
        nf.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("No such endpoint")
    );
}

#[test]
fn completions_and_chat_answer_in_openai_shape_with_usage() {
    let s = start(&model(), None, SCHEDULER);
    let r = post(
        s.addr,
        "/v1/completions",
        None,
        &completion("Hello world", 6),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(v["object"], "text_completion");
    assert_eq!(v["choices"][0]["finish_reason"], "length");
    assert_eq!(v["usage"]["completion_tokens"], 6);
    let prompt_tokens = v["usage"]["prompt_tokens"].as_u64().unwrap();
    assert!(prompt_tokens > 1);
    assert_eq!(
        v["usage"]["total_tokens"].as_u64().unwrap(),
        prompt_tokens + 6
    );

    let chat = json!({"model": "tiny-Q8_0", "messages": [{"role": "user", "content": "Hi"}],
                      "max_tokens": 4, "temperature": 0, "logprobs": true, "top_logprobs": 3,
                      "ignore_eos": true});
    let v = post(s.addr, "/v1/chat/completions", None, &chat).json();
    assert_eq!(v["object"], "chat.completion");
    assert_eq!(v["choices"][0]["message"]["role"], "assistant");
    let lps = v["choices"][0]["logprobs"]["content"].as_array().unwrap();
    assert_eq!(lps.len(), 4);
    for lp in lps {
        let top = lp["top_logprobs"].as_array().unwrap();
        assert_eq!(top.len(), 3);
        // Greedy: the chosen token is the most likely one.
        assert_eq!(lp["logprob"], top[0]["logprob"]);
        assert!(lp["logprob"].as_f64().unwrap() <= 0.0);
    }

    // The same request streamed gives the same text, then usage, then [DONE].
    let mut chat_stream = chat.clone();
    chat_stream["stream"] = json!(true);
    let st = stream(s.addr, "/v1/chat/completions", None, &chat_stream);
    assert_eq!(st.status, 200);
    assert!(
        st.headers
            .iter()
            .any(|(n, v)| n == "content-type" && v.starts_with("text/event-stream"))
    );
    let payloads = st.collect();
    assert_eq!(payloads.last().unwrap(), "[DONE]");
    let first: Value = serde_json::from_str(&payloads[0]).unwrap();
    assert_eq!(first["choices"][0]["delta"]["role"], "assistant");
    let last: Value = serde_json::from_str(&payloads[payloads.len() - 2]).unwrap();
    assert_eq!(last["choices"][0]["finish_reason"], "length");
    assert_eq!(last["usage"]["completion_tokens"], 4);
    assert_eq!(
        stream_text(&payloads),
        v["choices"][0]["message"]["content"].as_str().unwrap()
    );
}

#[test]
fn logit_bias_steers_greedy_decoding() {
    let s = start(&model(), None, SCHEDULER);
    let mut body = completion("Hello world", 1);
    body["logprobs"] = json!(2);
    let first = post(s.addr, "/v1/completions", None, &body).json();
    let runner_up = first["choices"][0]["logprobs"]["top_logprobs"][0]
        .as_object()
        .unwrap()
        .keys()
        .find(|k| Some(k.as_str()) != first["choices"][0]["text"].as_str())
        .unwrap()
        .clone();
    // The runner-up's id: the token whose bytes are its text.
    let tok = &s.state.engine.tokenizer;
    let id = (0..tok.vocab_size() as u32)
        .find(|&i| tok.token_bytes(i).as_deref() == Some(runner_up.as_bytes()))
        .unwrap_or_else(|| panic!("no token spells {runner_up:?}"));
    body["logit_bias"] = json!({ id.to_string(): 100 });
    let biased = post(s.addr, "/v1/completions", None, &body).json();
    // (The stream drops the first token's leading space, as llama.cpp does.)
    assert_eq!(
        biased["choices"][0]["text"].as_str().unwrap().trim_start(),
        runner_up.trim_start()
    );
    body["logit_bias"] = json!({});
    assert_eq!(
        post(s.addr, "/v1/completions", None, &body).json()["choices"][0]["text"],
        first["choices"][0]["text"]
    );
}

#[test]
fn requests_without_a_valid_key_get_401_and_no_hint() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    let body = completion("Hello", 2);
    let missing = post(s.addr, "/v1/completions", None, &body);
    let wrong = post(s.addr, "/v1/completions", Some("key-mallory"), &body);
    let models = request(s.addr, "GET", "/v1/models", Some("key-alic"), b"");
    for r in [&missing, &wrong, &models] {
        assert_eq!(r.status, 401);
        assert_eq!(r.json()["error"]["code"], "invalid_api_key");
    }
    assert_eq!(missing.body, wrong.body, "the same answer whatever the key");
    assert!(!wrong.body.contains("alice") && !wrong.body.contains("bob"));
    assert_eq!(
        post(s.addr, "/v1/completions", Some("key-bob"), &body).status,
        200
    );
}

#[test]
fn malformed_requests_get_clear_4xx_and_the_server_carries_on() {
    let s = start(&model(), None, SCHEDULER);
    let long_prompt = "word ".repeat(400);
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("/v1/chat/completions", b"{not json".to_vec(), 400, "not valid JSON"),
        ("/v1/chat/completions", br#"{"messages": "hi"}"#.to_vec(), 400, "expected"),
        ("/v1/chat/completions", br#"{"messages": []}"#.to_vec(), 400, "at least one"),
        ("/v1/chat/completions", br#"{"messages": [{"role": "user", "content": "x"}], "temperature": "hot"}"#.to_vec(), 400, "expected"),
        ("/v1/chat/completions", br#"{"messages": [{"role": "user", "content": "x"}], "max_tokens": -3}"#.to_vec(), 400, "max_tokens"),
        ("/v1/chat/completions", br#"{"messages": [{"role": "user", "content": "x"}], "n": 4}"#.to_vec(), 400, "`n`"),
        ("/v1/chat/completions", br#"{"messages": [{"role": "user", "content": "x"}], "top_logprobs": 50, "logprobs": true}"#.to_vec(), 400, "top_logprobs"),
        ("/v1/chat/completions", br#"{"model": "gpt-4", "messages": [{"role": "user", "content": "x"}]}"#.to_vec(), 404, "does not exist"),
        ("/v1/completions", br#"{"prompt": [999999]}"#.to_vec(), 400, "outside the vocabulary"),
        ("/v1/completions", br#"{"prompt": []}"#.to_vec(), 400, "empty"),
        ("/v1/completions", br#"{"prompt": "x", "echo": true}"#.to_vec(), 400, "echo"),
        ("/v1/completions", br#"{"prompt": "x", "max_tokens": 100000000000}"#.to_vec(), 400, "context"),
        ("/v1/completions", json!({"prompt": long_prompt}).to_string().into_bytes(), 400, "context"),
        ("/v1/completions", br#"{"prompt": "x", "logit_bias": {"abc": 1}}"#.to_vec(), 400, "logit_bias"),
        ("/v1/completions", br#"{"prompt": "x", "logit_bias": {"1": 1000}}"#.to_vec(), 400, "logit_bias"),
        ("/v1/completions", vec![b' '; 5 << 20], 413, "body"),
    ];
    for (path, body, status, want) in cases {
        let r = request(s.addr, "POST", path, None, &body);
        let shown = &String::from_utf8_lossy(&body)[..body.len().min(80)];
        assert_eq!(r.status, status, "{path} {shown}: {}", r.body);
        let e = r.json();
        let msg = e["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{shown}: {}", r.body));
        assert!(msg.contains(want), "{shown}: {msg}");
        assert!(e["error"]["type"].is_string());
    }
    assert_eq!(
        post(s.addr, "/v1/completions", None, &completion("Hello", 2)).status,
        200
    );
}

#[test]
fn over_the_concurrency_limit_is_429_and_a_disconnect_frees_the_slot_at_once() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    let mut long = completion("Once upon a time", 200);
    long["stream"] = json!(true);
    let mut first = stream(s.addr, "/v1/completions", Some("key-alice"), &long);
    assert_eq!(first.status, 200);
    assert!(first.next_data().is_some(), "the stream started");
    let second = post(
        s.addr,
        "/v1/completions",
        Some("key-alice"),
        &completion("Hi", 2),
    );
    assert_eq!(second.status, 429, "{}", second.body);
    assert_eq!(second.json()["error"]["type"], "rate_limit_error");
    let retry: u64 = second.header("retry-after").unwrap().parse().unwrap();
    assert!(retry >= 1);
    // Another tenant is not held up by alice's limit.
    assert_eq!(
        post(
            s.addr,
            "/v1/completions",
            Some("key-bob"),
            &completion("Hi", 2)
        )
        .status,
        200
    );

    drop(first); // the client goes away mid-stream
    let t = Instant::now();
    loop {
        let r = post(
            s.addr,
            "/v1/completions",
            Some("key-alice"),
            &completion("Hi", 2),
        );
        if r.status == 200 {
            break;
        }
        assert_eq!(r.status, 429);
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the slot was not freed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let metrics = request(s.addr, "GET", "/metrics", None, b"").body;
    assert!(
        metrics.contains("realm_cancelled_total{tenant=\"alice\"} 1"),
        "{metrics}"
    );
}

#[test]
fn tokens_per_minute_and_kv_budgets_are_enforced() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    // bob: 60 tokens a minute, prompt and generated.
    let ok = post(
        s.addr,
        "/v1/completions",
        Some("key-bob"),
        &completion("Hello world", 40),
    );
    assert_eq!(ok.status, 200);
    let over = post(
        s.addr,
        "/v1/completions",
        Some("key-bob"),
        &completion("Hello world", 10),
    );
    assert_eq!(over.status, 429, "{}", over.body);
    let retry: u64 = over.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // carol: a 1 MiB KV budget cannot hold a request that may fill the context.
    let per_position = s.state.engine.kv_bytes_per_position();
    let too_many = (1 << 20) / per_position + 1;
    if too_many < s.state.engine.n_ctx {
        let big = post(
            s.addr,
            "/v1/completions",
            Some("key-carol"),
            &completion("Hi", too_many),
        );
        assert_eq!(big.status, 400, "{}", big.body);
        assert!(big.body.contains("KV cache"), "{}", big.body);
    }
    assert_eq!(
        post(
            s.addr,
            "/v1/completions",
            Some("key-carol"),
            &completion("Hi", 4)
        )
        .status,
        200
    );
}

fn chat_turns(session: &str, turns: &[&str]) -> Value {
    let mut messages = Vec::new();
    for (i, t) in turns.iter().enumerate() {
        let role = if i % 2 == 0 { "user" } else { "assistant" };
        messages.push(json!({"role": role, "content": t}));
    }
    json!({"messages": messages, "max_tokens": 5, "temperature": 0, "session": session, "ignore_eos": true})
}

#[test]
fn kept_conversations_are_reused_by_their_tenant_only() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    let first = post(
        s.addr,
        "/v1/chat/completions",
        Some("key-dave"),
        &chat_turns("s1", &["Hello there"]),
    );
    assert_eq!(first.status, 200, "{}", first.body);
    let first = first.json();
    assert_eq!(first["usage"]["prompt_tokens_details"]["cached_tokens"], 0);
    let answer = first["choices"][0]["message"]["content"]
        .as_str()
        .unwrap()
        .to_owned();
    let turns = ["Hello there", answer.as_str(), "And again"];
    // Same tenant, same session: the earlier turn comes from the cache.
    let again = post(
        s.addr,
        "/v1/chat/completions",
        Some("key-dave"),
        &chat_turns("s1", &turns),
    )
    .json();
    let cached = again["usage"]["prompt_tokens_details"]["cached_tokens"]
        .as_u64()
        .unwrap();
    assert!(cached > 3, "{again}");
    // Another tenant naming the same session id gets nothing of dave's.
    let other = post(
        s.addr,
        "/v1/chat/completions",
        Some("key-carol"),
        &chat_turns("s1", &turns),
    )
    .json();
    assert_eq!(
        other["usage"]["prompt_tokens_details"]["cached_tokens"], 0,
        "{other}"
    );
    // And computes the same answer from scratch.
    assert_eq!(
        other["choices"][0]["message"],
        again["choices"][0]["message"]
    );
    // Nor does a request without the session.
    let mut plain = chat_turns("x", &turns);
    plain.as_object_mut().unwrap().remove("session");
    let plain = post(s.addr, "/v1/chat/completions", Some("key-dave"), &plain).json();
    assert_eq!(plain["usage"]["prompt_tokens_details"]["cached_tokens"], 0);
}

#[test]
fn concurrent_streams_each_get_exactly_their_own_tokens() {
    let s = start(&model(), None, SCHEDULER);
    let prompts: Vec<String> = (0..12).map(|i| format!("Story number {i}: the")).collect();
    // Alone, one at a time.
    let alone: Vec<String> = prompts
        .iter()
        .map(|p| {
            post(s.addr, "/v1/completions", None, &completion(p, 12)).json()["choices"][0]["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    // All at once, streamed: batched together by the scheduler.
    let handles: Vec<_> = prompts
        .iter()
        .map(|p| {
            let addr = s.addr;
            let mut body = completion(p, 12);
            body["stream"] = json!(true);
            std::thread::spawn(move || {
                stream_text(&stream(addr, "/v1/completions", None, &body).collect())
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.join().unwrap(), alone[i], "stream {i}");
    }
    let metrics = request(s.addr, "GET", "/metrics", None, b"").body;
    // Some step ran more than one sequence.
    let single: u64 = metric(&metrics, "realm_batch_sequences_bucket{le=\"1\"}");
    let all: u64 = metric(&metrics, "realm_batch_sequences_count");
    assert!(single < all, "no step batched two sequences:\n{metrics}");
}

/// The server on the wgpu backend: streams batched on the device (device
/// KV caches, rows sliced and joined there) each get the tokens they get
/// alone.
#[test]
fn continuous_batching_on_wgpu_gives_each_stream_its_own_tokens() {
    if let Some(why) = common::no_wgpu() {
        println!("SKIPPED serving on wgpu: {why}");
        return;
    }
    let s = start_on(BackendKind::Wgpu, &model(), None, SCHEDULER);
    let prompts: Vec<String> = (0..6).map(|i| format!("Tale {i}: once")).collect();
    let alone: Vec<String> = prompts
        .iter()
        .map(|p| {
            post(s.addr, "/v1/completions", None, &completion(p, 8)).json()["choices"][0]["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let handles: Vec<_> = prompts
        .iter()
        .map(|p| {
            let addr = s.addr;
            let mut body = completion(p, 8);
            body["stream"] = json!(true);
            std::thread::spawn(move || {
                stream_text(&stream(addr, "/v1/completions", None, &body).collect())
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.join().unwrap(), alone[i], "stream {i}");
    }
    let metrics = request(s.addr, "GET", "/metrics", None, b"").body;
    let single: u64 = metric(&metrics, "realm_batch_sequences_bucket{le=\"1\"}");
    let all: u64 = metric(&metrics, "realm_batch_sequences_count");
    assert!(single < all, "no step batched two sequences:\n{metrics}");
}

fn metric(text: &str, series: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series).map(|v| v.trim().parse().unwrap()))
        .unwrap_or_else(|| panic!("{series} missing"))
}

#[test]
fn websocket_streams_the_same_chunks() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    let body = completion("Hello world", 5);
    let want = post(s.addr, "/v1/completions", Some("key-bob"), &body).json()["choices"][0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut req = tungstenite::client::IntoClientRequest::into_client_request(format!(
        "ws://{}/v1/ws",
        s.addr
    ))
    .unwrap();
    req.headers_mut()
        .insert("Authorization", "Bearer key-carol".parse().unwrap());
    let (mut ws, _) = tungstenite::connect(req).unwrap();
    ws.send(tungstenite::Message::text(
        json!({"endpoint": "completions", "request": body}).to_string(),
    ))
    .unwrap();
    let mut payloads = Vec::new();
    loop {
        let m = ws.read().unwrap();
        let t = m.into_text().unwrap().to_string();
        let done = t == "[DONE]";
        payloads.push(t);
        if done {
            break;
        }
    }
    assert_eq!(stream_text(&payloads), want);
    // A bad request on the socket answers with an error object, and the socket stays usable.
    ws.send(tungstenite::Message::text(
        r#"{"endpoint": "images", "request": {}}"#,
    ))
    .unwrap();
    let err: Value = serde_json::from_str(&ws.read().unwrap().into_text().unwrap()).unwrap();
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("unknown endpoint")
    );
    assert_eq!(ws.read().unwrap().into_text().unwrap().as_str(), "[DONE]");
    // Without a key, no upgrade.
    let unauth = tungstenite::connect(format!("ws://{}/v1/ws", s.addr));
    assert!(unauth.is_err());
}

fn example_controller(name: &str) -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/controller/examples/");
    std::fs::read(format!("{path}{name}")).unwrap()
}

fn upload(addr: std::net::SocketAddr, key: &str, module: &[u8]) -> Reply {
    request(addr, "POST", "/v1/controllers", Some(key), module)
}

#[test]
fn controllers_steer_only_their_tenants_requests() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    let charset = upload(s.addr, "key-dave", &example_controller("charset.wat"));
    assert_eq!(charset.status, 200, "{}", charset.body);
    let charset_id = charset.json()["id"].as_str().unwrap().to_owned();

    // [a-z ]* only.
    let letters = "abcdefghijklmnopqrstuvwxyz ";
    let mut body = completion("Hello world", 12);
    body["controller"] = json!(charset_id);
    body["controller_config"] = json!(letters);
    let r = post(s.addr, "/v1/completions", Some("key-dave"), &body);
    assert_eq!(r.status, 200, "{}", r.body);
    let text = r.json()["choices"][0]["text"].as_str().unwrap().to_owned();
    assert!(
        !text.is_empty() && text.chars().all(|c| letters.contains(c)),
        "{text:?}"
    );
    let free = post(
        s.addr,
        "/v1/completions",
        Some("key-dave"),
        &completion("Hello world", 12),
    )
    .json();
    assert!(
        !free["choices"][0]["text"]
            .as_str()
            .unwrap()
            .chars()
            .all(|c| letters.contains(c)),
        "the unconstrained text already fits [a-z ]*: the check above proves nothing"
    );

    // Another tenant cannot name dave's controller: the same answer as an unknown id.
    let mut theirs = body.clone();
    theirs["controller"] = json!(charset_id);
    let r = post(s.addr, "/v1/completions", Some("key-carol"), &theirs);
    assert_eq!(r.status, 400);
    theirs["controller"] = json!("ctl-0000000000000000");
    let unknown = post(s.addr, "/v1/completions", Some("key-carol"), &theirs);
    assert_eq!(
        r.json()["error"]["message"]
            .as_str()
            .map(|m| m.replace(&charset_id, "ID")),
        unknown.json()["error"]["message"]
            .as_str()
            .map(|m| m.replace("ctl-0000000000000000", "ID"))
    );

    // Stop on a pattern: the text ends with the pattern's first occurrence.
    let stop = upload(
        s.addr,
        "key-dave",
        &example_controller("stop_on_pattern.wat"),
    )
    .json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let full = free["choices"][0]["text"].as_str().unwrap();
    let pattern: String = full
        .chars()
        .skip(full.chars().count() / 2)
        .take(3)
        .collect();
    let mut body = completion("Hello world", 12);
    body["controller"] = json!(stop);
    body["controller_config"] = json!(pattern);
    let r = post(s.addr, "/v1/completions", Some("key-dave"), &body).json();
    let text = r["choices"][0]["text"].as_str().unwrap();
    assert_eq!(r["choices"][0]["finish_reason"], "stop", "{r}");
    assert!(
        full.starts_with(text) && text.contains(&pattern) && text.len() < full.len(),
        "{text:?} / {full:?} / {pattern:?}"
    );
}

#[test]
fn a_misbehaving_controller_ends_only_its_own_request() {
    let s = start(&model(), Some(TENANTS), SCHEDULER);
    let looping = br#"(module (func (export "step") (result i32) (loop (br 0)) (i32.const 0)))"#;
    let trapping = br#"(module (func (export "step") (result i32) unreachable))"#;
    let wasi = br#"(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32))) (func (export "step") (result i32) (i32.const 0)))"#;
    let refused = upload(s.addr, "key-dave", wasi);
    assert_eq!(refused.status, 400);
    assert!(refused.body.contains("imports"), "{}", refused.body);
    assert_eq!(upload(s.addr, "key-dave", b"\0asm garbage").status, 400);

    for (module, want) in [(&looping[..], "fuel"), (&trapping[..], "trap")] {
        let id = upload(s.addr, "key-dave", module).json()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let mut body = completion("Hello world", 8);
        body["controller"] = json!(id);
        // A well-behaved request from another tenant runs alongside.
        let addr = s.addr;
        let other = std::thread::spawn(move || {
            post(
                addr,
                "/v1/completions",
                Some("key-carol"),
                &completion("Hi there", 8),
            )
        });
        let r = post(s.addr, "/v1/completions", Some("key-dave"), &body);
        assert_eq!(r.status, 400, "{}", r.body);
        let e = r.json();
        assert_eq!(e["error"]["code"], "controller_failed");
        assert!(
            e["error"]["message"].as_str().unwrap().contains(want),
            "{e}"
        );
        assert_eq!(other.join().unwrap().status, 200);
        // Streamed, the failure arrives as an error object, then [DONE].
        body["stream"] = json!(true);
        let payloads = stream(s.addr, "/v1/completions", Some("key-dave"), &body).collect();
        assert!(
            payloads[payloads.len() - 2].contains("controller_failed"),
            "{payloads:?}"
        );
    }
    assert_eq!(request(s.addr, "GET", "/health", None, b"").status, 200);
}

#[test]
fn one_tenants_flood_does_not_starve_another() {
    // Two slots; dave floods twelve requests, then carol sends one.
    let config = realm_runtime::server::scheduler::SchedulerConfig {
        slots: 2,
        batch_tokens: 64,
        max_kept_sessions: 8,
    };
    let tenants = "[[tenant]]\nname = \"dave\"\napi_key = \"key-dave\"\nmax_concurrent = 100\n\
                   [[tenant]]\nname = \"carol\"\napi_key = \"key-carol\"\n";
    let s = start(&model(), Some(tenants), config);
    let done = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let flood: Vec<_> = (0..12)
        .map(|i| {
            let (addr, done) = (s.addr, done.clone());
            std::thread::spawn(move || {
                let r = post(
                    addr,
                    "/v1/completions",
                    Some("key-dave"),
                    &completion(&format!("Flood {i}"), 40),
                );
                assert_eq!(r.status, 200);
                done.lock().unwrap().push("dave");
            })
        })
        .collect();
    // Let the flood queue up behind the two slots.
    let t = Instant::now();
    while metric(
        &request(s.addr, "GET", "/metrics", None, b"").body,
        "realm_queue_depth",
    ) < 8
    {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the flood never queued"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let r = post(
        s.addr,
        "/v1/completions",
        Some("key-carol"),
        &completion("Hi", 4),
    );
    assert_eq!(r.status, 200);
    done.lock().unwrap().push("carol");
    for h in flood {
        h.join().unwrap();
    }
    let order = done.lock().unwrap().clone();
    let carol_at = order.iter().position(|&n| n == "carol").unwrap();
    // Round-robin admission: carol takes the next free slot but one, not the
    // place behind every queued request of dave's.
    assert!(
        carol_at <= 4,
        "carol finished after {carol_at} of dave's requests: {order:?}"
    );
}

#[test]
fn kept_conversations_are_evicted_least_recently_used() {
    let config = realm_runtime::server::scheduler::SchedulerConfig {
        max_kept_sessions: 2,
        ..SCHEDULER
    };
    let s = start(&model(), Some(TENANTS), config);
    let cached = |session: &str| -> u64 {
        let r = post(
            s.addr,
            "/v1/chat/completions",
            Some("key-dave"),
            &chat_turns(session, &["Hello there, friend"]),
        );
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()["usage"]["prompt_tokens_details"]["cached_tokens"]
            .as_u64()
            .unwrap()
    };
    for id in ["s1", "s2", "s3"] {
        assert_eq!(cached(id), 0, "{id} is new");
    }
    // s1 was the least recently used of three, with room for two: gone.
    assert!(cached("s3") > 0, "s3 is kept");
    assert_eq!(cached("s1"), 0, "s1 was evicted");
    // Using s1 again kept it and evicted the then least recent (s2).
    assert!(cached("s1") > 0);
    assert_eq!(cached("s2"), 0);
}
