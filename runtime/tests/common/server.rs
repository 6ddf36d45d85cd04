//! A server on a free loopback port, in-process, and a minimal blocking HTTP
//! client for talking to it (plain requests and SSE streams).
#![allow(dead_code)]

use realm_runtime::backend::BackendKind;
use realm_runtime::engine::Engine;
use realm_runtime::server::scheduler::SchedulerConfig;
use realm_runtime::server::tenants::{ServerBounds, TenantRegistry};
use realm_runtime::server::{AppState, http::router};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

pub struct TestServer {
    pub addr: SocketAddr,
    pub state: Arc<AppState>,
}

pub const SCHEDULER: SchedulerConfig = SchedulerConfig {
    slots: 16,
    batch_tokens: 64,
    max_kept_sessions: 8,
};

/// Serves `model` with the tenants in `tenants_toml` (None: anonymous).
pub fn start(model: &Path, tenants_toml: Option<&str>, config: SchedulerConfig) -> TestServer {
    start_on(BackendKind::Cpu, model, tenants_toml, config)
}

/// [`start`] on `backend`.
pub fn start_on(
    backend: BackendKind,
    model: &Path,
    tenants_toml: Option<&str>,
    config: SchedulerConfig,
) -> TestServer {
    let engine = Engine::load(model, backend, Some(256), &mut |_, _| {}).unwrap();
    let bounds = ServerBounds {
        slots: config.slots,
        n_ctx: engine.n_ctx,
    };
    let registry = match tenants_toml {
        Some(t) => TenantRegistry::parse(t, bounds).unwrap(),
        None => TenantRegistry::anonymous(bounds),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let state = runtime
        .block_on(async { AppState::new(Arc::new(engine), registry, config) })
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let app = router(state.clone());
    std::thread::spawn(move || {
        runtime.block_on(async move { axum::serve(listener, app).await.unwrap() });
    });
    TestServer { addr, state }
}

/// A response: status, headers (lower-cased names), body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    s
}

fn write_request(s: &mut TcpStream, method: &str, path: &str, key: Option<&str>, body: &[u8]) {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(k) = key {
        head.push_str(&format!("Authorization: Bearer {k}\r\n"));
    }
    head.push_str("\r\n");
    // A server may answer (413) before reading a huge body: ignore write errors.
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(body);
}

fn read_head(r: &mut BufReader<TcpStream>) -> (u16, Vec<(String, String)>) {
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .unwrap_or_else(|| panic!("bad status line {line:?}"))
        .parse()
        .unwrap();
    let mut headers = Vec::new();
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((n, v)) = l.split_once(':') {
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    (status, headers)
}

/// Reads a body framed by Content-Length or chunked encoding.
fn read_body(r: &mut BufReader<TcpStream>, headers: &[(String, String)]) -> String {
    let get = |n: &str| headers.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    let mut body = Vec::new();
    if get("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        loop {
            let mut size = String::new();
            r.read_line(&mut size).unwrap();
            let n = usize::from_str_radix(size.trim(), 16).unwrap();
            if n == 0 {
                break;
            }
            let mut chunk = vec![0; n + 2];
            r.read_exact(&mut chunk).unwrap();
            body.extend_from_slice(&chunk[..n]);
        }
    } else if let Some(len) = get("content-length") {
        let mut b = vec![0; len.parse().unwrap()];
        r.read_exact(&mut b).unwrap();
        body = b;
    } else {
        r.read_to_end(&mut body).unwrap();
    }
    String::from_utf8(body).unwrap()
}

pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    key: Option<&str>,
    body: &[u8],
) -> Reply {
    let mut s = connect(addr);
    write_request(&mut s, method, path, key, body);
    let mut r = BufReader::new(s);
    let (status, headers) = read_head(&mut r);
    let body = read_body(&mut r, &headers);
    Reply {
        status,
        headers,
        body,
    }
}

pub fn post(addr: SocketAddr, path: &str, key: Option<&str>, body: &Value) -> Reply {
    request(addr, "POST", path, key, body.to_string().as_bytes())
}

/// An SSE stream being read event by event.
pub struct EventStream {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    reader: BufReader<TcpStream>,
    /// Bytes of the current chunk left to read (chunked encoding).
    left: usize,
    buf: String,
}

pub fn stream(addr: SocketAddr, path: &str, key: Option<&str>, body: &Value) -> EventStream {
    let mut s = connect(addr);
    write_request(&mut s, "POST", path, key, body.to_string().as_bytes());
    let mut reader = BufReader::new(s);
    let (status, headers) = read_head(&mut reader);
    EventStream {
        status,
        headers,
        reader,
        left: 0,
        buf: String::new(),
    }
}

impl EventStream {
    fn read_more(&mut self) -> bool {
        if self.left == 0 {
            let mut size = String::new();
            if self.reader.read_line(&mut size).unwrap_or(0) == 0 {
                return false;
            }
            if size.trim().is_empty() {
                size.clear();
                if self.reader.read_line(&mut size).unwrap_or(0) == 0 {
                    return false;
                }
            }
            self.left = usize::from_str_radix(size.trim(), 16).unwrap();
            if self.left == 0 {
                return false;
            }
        }
        let mut b = vec![0; self.left];
        self.reader.read_exact(&mut b).unwrap();
        self.left = 0;
        self.buf.push_str(&String::from_utf8(b).unwrap());
        true
    }

    /// The next `data:` payload, or None at the end of the stream.
    pub fn next_data(&mut self) -> Option<String> {
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let event: String = self.buf.drain(..end + 2).collect();
                let data: Vec<&str> = event
                    .lines()
                    .filter_map(|l| l.strip_prefix("data: ").or(l.strip_prefix("data:")))
                    .collect();
                if data.is_empty() {
                    continue; // a keep-alive comment
                }
                return Some(data.join("\n"));
            }
            if !self.read_more() {
                return None;
            }
        }
    }

    /// Every remaining payload, through `[DONE]`.
    pub fn collect(mut self) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(d) = self.next_data() {
            let done = d == "[DONE]";
            out.push(d);
            if done {
                break;
            }
        }
        out
    }
}

/// The text a stream's chunks carry (chat deltas or completion text).
pub fn stream_text(payloads: &[String]) -> String {
    payloads
        .iter()
        .filter(|p| *p != "[DONE]")
        .map(|p| {
            let v: Value = serde_json::from_str(p).unwrap();
            let c = &v["choices"][0];
            c["delta"]["content"]
                .as_str()
                .or(c["text"].as_str())
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}
