//! A bounded load test on loopback: many concurrent streaming clients across
//! several tenants. Only the intended 429s (a tenant over its concurrency
//! limit) may fail; every stream gets exactly the tokens it gets alone; and
//! after the load, nothing is left running or reserved and memory is flat
//! from one wave to the next.

mod common;
#[path = "common/server.rs"]
mod harness;

use common::tiny_dir;
use harness::*;
use realm_runtime::server::scheduler::SchedulerConfig;
use serde_json::json;
use std::collections::HashMap;
use std::time::{Duration, Instant};

const TENANTS: &str = r#"
[[tenant]]
name = "t1"
api_key = "k1"

[[tenant]]
name = "t2"
api_key = "k2"

[[tenant]]
name = "small"
api_key = "k3"
max_concurrent = 2
"#;

const CLIENTS: usize = 36;
const REQUESTS_PER_CLIENT: usize = 3;
const MAX_TOKENS: usize = 16;

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn prompt(i: usize) -> String {
    format!("Request {} says", i % 7)
}

fn body(i: usize) -> serde_json::Value {
    json!({"prompt": prompt(i), "max_tokens": MAX_TOKENS, "temperature": 0, "ignore_eos": true, "stream": true})
}

/// One wave of load: every client's statuses and texts.
fn wave(addr: std::net::SocketAddr) -> Vec<(usize, &'static str, u16, String)> {
    let handles: Vec<_> = (0..CLIENTS)
        .map(|c| {
            std::thread::spawn(move || {
                let key = ["k1", "k2", "k3"][c % 3];
                let mut out = Vec::new();
                for r in 0..REQUESTS_PER_CLIENT {
                    let i = c * REQUESTS_PER_CLIENT + r;
                    let st = stream(addr, "/v1/completions", Some(key), &body(i));
                    let status = st.status;
                    let text = if status == 200 {
                        stream_text(&st.collect())
                    } else {
                        String::new()
                    };
                    out.push((i, key, status, text));
                }
                out
            })
        })
        .collect();
    handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect()
}

#[test]
fn many_streams_across_tenants_only_the_intended_429s() {
    let config = SchedulerConfig {
        slots: 16,
        batch_tokens: 64,
        max_kept_sessions: 8,
    };
    let s = start(&tiny_dir().join("tiny-Q4_K_M.gguf"), Some(TENANTS), config);
    // What each prompt gives alone.
    let alone: HashMap<String, String> = (0..7)
        .map(|i| {
            let mut b = body(i);
            b["stream"] = json!(false);
            let r = post(s.addr, "/v1/completions", Some("k1"), &b).json();
            (
                prompt(i),
                r["choices"][0]["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();

    let started = Instant::now();
    let mut rss = Vec::new();
    let mut served = 0;
    let mut limited = 0;
    for _ in 0..3 {
        for (i, key, status, text) in wave(s.addr) {
            match status {
                200 => {
                    assert_eq!(
                        text,
                        alone[&prompt(i)],
                        "request {i} ({key}) got another stream's tokens"
                    );
                    served += 1;
                }
                429 => {
                    assert_eq!(key, "k3", "only the small tenant has a limit to hit");
                    limited += 1;
                }
                other => panic!("request {i} ({key}): status {other}"),
            }
        }
        rss.push(rss_kib());
    }
    let elapsed = started.elapsed();
    println!(
        "{served} streams served, {limited} intended 429s in {elapsed:.1?}; RSS after each wave: {rss:?} KiB"
    );
    let t1_t2 = 3 * CLIENTS * REQUESTS_PER_CLIENT * 2 / 3;
    assert!(
        served >= t1_t2,
        "t1 and t2 have no limits: all {t1_t2} of theirs must be served"
    );
    assert!(elapsed < Duration::from_secs(120));

    // Nothing left running, waiting or reserved.
    let metrics = request(s.addr, "GET", "/metrics", None, b"").body;
    for series in [
        "realm_running_sequences 0",
        "realm_queue_depth 0",
        "realm_kv_cache_bytes{tenant=\"t1\",use=\"running\"} 0",
        "realm_kv_cache_bytes{tenant=\"small\",use=\"running\"} 0",
        "realm_tenant_running{tenant=\"small\"} 0",
    ] {
        assert!(
            metrics.contains(series),
            "{series} missing after the load:\n{metrics}"
        );
    }
    // Memory is flat: the third wave does not grow what the first left.
    let growth = rss[2].saturating_sub(rss[0]);
    assert!(
        growth < 16 * 1024,
        "RSS grew {growth} KiB between waves: {rss:?}"
    );
}
