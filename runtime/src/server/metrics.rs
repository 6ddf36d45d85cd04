//! Counters, gauges and histograms for `GET /metrics`, in Prometheus' text
//! exposition format. Per-tenant series carry a `tenant` label (tenant names
//! are restricted to characters that need no escaping).

use super::quota::TenantState;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Upper bounds (seconds) of the latency histograms' buckets.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// Upper bounds of the batch-size histogram's buckets (sequences per step).
const BATCH_BUCKETS: [f64; 7] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0];

#[derive(Clone, Debug, Default)]
struct Histogram {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, bounds: &[f64], v: f64) {
        if self.counts.is_empty() {
            self.counts = vec![0; bounds.len()];
        }
        for (c, &b) in self.counts.iter_mut().zip(bounds) {
            if v <= b {
                *c += 1;
            }
        }
        self.sum += v;
        self.count += 1;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str, bounds: &[f64]) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (i, &b) in bounds.iter().enumerate() {
            let c = self.counts.get(i).copied().unwrap_or(0);
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{b}\"}} {c}");
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let braces = |s: &str| {
            if s.is_empty() {
                String::new()
            } else {
                format!("{{{s}}}")
            }
        };
        let _ = writeln!(out, "{name}_sum{} {}", braces(labels), self.sum);
        let _ = writeln!(out, "{name}_count{} {}", braces(labels), self.count);
    }
}

#[derive(Default)]
struct Inner {
    /// (tenant, endpoint, status) → requests answered.
    requests: BTreeMap<(String, &'static str, u16), u64>,
    prompt_tokens: BTreeMap<String, u64>,
    completion_tokens: BTreeMap<String, u64>,
    cancelled: BTreeMap<String, u64>,
    ttft: BTreeMap<String, Histogram>,
    inter_token: BTreeMap<String, Histogram>,
    batch_sequences: Histogram,
    queue_depth: usize,
    running: usize,
    batch_rows: usize,
}

/// Everything `/metrics` reports. Cheap to update from the scheduler thread
/// and the request handlers alike.
#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

impl Metrics {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn request(&self, tenant: &str, endpoint: &'static str, status: u16) {
        *self
            .lock()
            .requests
            .entry((tenant.to_owned(), endpoint, status))
            .or_default() += 1;
    }

    pub fn tokens(&self, tenant: &str, prompt: usize, completion: usize) {
        let mut m = self.lock();
        *m.prompt_tokens.entry(tenant.to_owned()).or_default() += prompt as u64;
        *m.completion_tokens.entry(tenant.to_owned()).or_default() += completion as u64;
    }

    pub fn cancelled(&self, tenant: &str) {
        *self.lock().cancelled.entry(tenant.to_owned()).or_default() += 1;
    }

    pub fn time_to_first_token(&self, tenant: &str, t: Duration) {
        self.lock()
            .ttft
            .entry(tenant.to_owned())
            .or_default()
            .observe(&LATENCY_BUCKETS, t.as_secs_f64());
    }

    pub fn inter_token(&self, tenant: &str, t: Duration) {
        self.lock()
            .inter_token
            .entry(tenant.to_owned())
            .or_default()
            .observe(&LATENCY_BUCKETS, t.as_secs_f64());
    }

    /// One scheduler step: sequences and token rows in the batch.
    pub fn step(&self, sequences: usize, rows: usize) {
        let mut m = self.lock();
        m.batch_sequences.observe(&BATCH_BUCKETS, sequences as f64);
        m.batch_rows = rows;
    }

    /// Requests waiting for a slot, and sequences running.
    pub fn occupancy(&self, waiting: usize, running: usize) {
        let mut m = self.lock();
        m.queue_depth = waiting;
        m.running = running;
    }

    /// The text exposition, with each tenant's current usage.
    pub fn render(&self, tenants: &[Arc<TenantState>]) -> String {
        let m = self.lock();
        let mut out = String::new();
        let family = |out: &mut String, name: &str, kind: &str, help: &str| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        };

        family(
            &mut out,
            "realm_requests_total",
            "counter",
            "Requests answered, by tenant, endpoint and HTTP status.",
        );
        for ((tenant, endpoint, status), n) in &m.requests {
            let _ = writeln!(
                out,
                "realm_requests_total{{tenant=\"{tenant}\",endpoint=\"{endpoint}\",status=\"{status}\"}} {n}"
            );
        }
        for (name, help, map) in [
            (
                "realm_prompt_tokens_total",
                "Prompt tokens of admitted requests.",
                &m.prompt_tokens,
            ),
            (
                "realm_completion_tokens_total",
                "Tokens generated.",
                &m.completion_tokens,
            ),
            (
                "realm_cancelled_total",
                "Requests whose client went away before the end.",
                &m.cancelled,
            ),
        ] {
            family(&mut out, name, "counter", help);
            for (tenant, n) in map {
                let _ = writeln!(out, "{name}{{tenant=\"{tenant}\"}} {n}");
            }
        }
        for (name, help, map) in [
            (
                "realm_time_to_first_token_seconds",
                "From request to first generated token.",
                &m.ttft,
            ),
            (
                "realm_inter_token_latency_seconds",
                "Between consecutive generated tokens of a request.",
                &m.inter_token,
            ),
        ] {
            family(&mut out, name, "histogram", help);
            for (tenant, h) in map {
                h.render(
                    &mut out,
                    name,
                    &format!("tenant=\"{tenant}\""),
                    &LATENCY_BUCKETS,
                );
            }
        }
        family(
            &mut out,
            "realm_batch_sequences",
            "histogram",
            "Sequences per scheduler step.",
        );
        m.batch_sequences
            .render(&mut out, "realm_batch_sequences", "", &BATCH_BUCKETS);
        for (name, help, v) in [
            (
                "realm_queue_depth",
                "Requests admitted and waiting for a slot.",
                m.queue_depth,
            ),
            (
                "realm_running_sequences",
                "Sequences in the running batch.",
                m.running,
            ),
            (
                "realm_batch_rows",
                "Token rows in the last scheduler step.",
                m.batch_rows,
            ),
        ] {
            family(&mut out, name, "gauge", help);
            let _ = writeln!(out, "{name} {v}");
        }
        family(
            &mut out,
            "realm_tenant_running",
            "gauge",
            "Requests running or waiting, per tenant.",
        );
        for t in tenants {
            let _ = writeln!(
                out,
                "realm_tenant_running{{tenant=\"{}\"}} {}",
                t.name(),
                t.snapshot().running
            );
        }
        family(
            &mut out,
            "realm_kv_cache_bytes",
            "gauge",
            "KV cache reserved by running requests and held by kept conversations.",
        );
        for t in tenants {
            let s = t.snapshot();
            let name = t.name();
            let _ = writeln!(
                out,
                "realm_kv_cache_bytes{{tenant=\"{name}\",use=\"running\"}} {}",
                s.reserved_kv
            );
            let _ = writeln!(
                out,
                "realm_kv_cache_bytes{{tenant=\"{name}\",use=\"kept\"}} {}",
                s.kept_kv
            );
        }
        family(
            &mut out,
            "realm_tokens_last_minute",
            "gauge",
            "Tokens charged to each tenant's per-minute budget.",
        );
        for t in tenants {
            let _ = writeln!(
                out,
                "realm_tokens_last_minute{{tenant=\"{}\"}} {}",
                t.name(),
                t.snapshot().tokens_last_minute
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_are_cumulative_and_series_are_labelled() {
        let m = Metrics::default();
        m.request("a", "chat", 200);
        m.request("a", "chat", 200);
        m.request("b", "completions", 429);
        m.time_to_first_token("a", Duration::from_millis(30));
        m.time_to_first_token("a", Duration::from_millis(300));
        let text = m.render(&[]);
        assert!(
            text.contains("realm_requests_total{tenant=\"a\",endpoint=\"chat\",status=\"200\"} 2")
        );
        assert!(text.contains(
            "realm_requests_total{tenant=\"b\",endpoint=\"completions\",status=\"429\"} 1"
        ));
        assert!(
            text.contains("realm_time_to_first_token_seconds_bucket{tenant=\"a\",le=\"0.05\"} 1")
        );
        assert!(
            text.contains("realm_time_to_first_token_seconds_bucket{tenant=\"a\",le=\"0.5\"} 2")
        );
        assert!(text.contains("realm_time_to_first_token_seconds_count{tenant=\"a\"} 2"));
        assert!(text.contains("# TYPE realm_queue_depth gauge"));
    }
}
