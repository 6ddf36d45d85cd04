//! Per-tenant usage against the tenant's limits: sessions running, tokens in
//! the last minute, KV cache reserved. A request is admitted (and holds an
//! [`Admission`] until it ends, however it ends) or rejected with a reason
//! and, when waiting helps, how long to wait.

use super::tenants::Tenant;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);

/// A tenant and what it is using now.
#[derive(Debug)]
pub struct TenantState {
    pub tenant: Arc<Tenant>,
    usage: Mutex<Usage>,
}

#[derive(Debug, Default)]
struct Usage {
    running: usize,
    /// KV bytes reserved by running requests.
    reserved_kv: usize,
    /// KV bytes held by kept conversations (evictable).
    kept_kv: usize,
    /// Tokens charged in the last minute, oldest first.
    window: VecDeque<(Instant, u64)>,
    window_sum: u64,
}

impl Usage {
    fn expire(&mut self, now: Instant) {
        while let Some(&(t, n)) = self.window.front() {
            if now.duration_since(t) < WINDOW {
                break;
            }
            self.window.pop_front();
            self.window_sum -= n;
        }
    }
}

/// Why a request was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Rejection {
    /// A limit that frees up: answer 429 with `Retry-After`.
    Busy {
        message: String,
        retry_after: Duration,
    },
    /// A request that can never fit this tenant's limits: answer 400.
    TooLarge { message: String },
}

/// What a request needs, checked at admission.
#[derive(Clone, Copy, Debug)]
pub struct Demand {
    pub prompt_tokens: usize,
    /// KV bytes for the positions it may fill.
    pub kv_bytes: usize,
}

impl TenantState {
    pub fn new(tenant: Arc<Tenant>) -> Arc<TenantState> {
        Arc::new(TenantState {
            tenant,
            usage: Mutex::new(Usage::default()),
        })
    }

    pub fn name(&self) -> &str {
        &self.tenant.name
    }

    fn usage(&self) -> std::sync::MutexGuard<'_, Usage> {
        // A panic while holding the lock leaves plain counters behind: still usable.
        self.usage.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Admits a request or says why not. The prompt's tokens are charged to
    /// the minute's budget now; generated tokens as they come ([`Self::charge`]).
    pub fn admit(self: &Arc<Self>, demand: Demand) -> Result<Admission, Rejection> {
        let limits = &self.tenant.limits;
        let now = Instant::now();
        let mut u = self.usage();
        u.expire(now);
        if let Some(budget) = limits.kv_cache_bytes
            && demand.kv_bytes > budget
        {
            return Err(Rejection::TooLarge {
                message: format!(
                    "this request may fill {} MiB of KV cache but the tenant's budget is {} MiB: lower max_tokens or the prompt",
                    mib(demand.kv_bytes),
                    mib(budget)
                ),
            });
        }
        if let Some(tpm) = limits.tokens_per_minute
            && demand.prompt_tokens as u64 > tpm
        {
            return Err(Rejection::TooLarge {
                message: format!(
                    "the prompt has {} tokens but the tenant may use {tpm} tokens per minute",
                    demand.prompt_tokens
                ),
            });
        }
        if u.running >= limits.max_concurrent {
            return Err(Rejection::Busy {
                message: format!(
                    "the tenant already has {} requests running (its limit)",
                    u.running
                ),
                retry_after: Duration::from_secs(1),
            });
        }
        if let Some(budget) = limits.kv_cache_bytes
            && u.reserved_kv + demand.kv_bytes > budget
        {
            return Err(Rejection::Busy {
                message: format!(
                    "the tenant's running requests hold {} of its {} MiB KV cache budget",
                    mib(u.reserved_kv),
                    mib(budget)
                ),
                retry_after: Duration::from_secs(1),
            });
        }
        if let Some(tpm) = limits.tokens_per_minute
            && u.window_sum + demand.prompt_tokens as u64 > tpm
        {
            // Wait until enough of the window's oldest tokens expire.
            let mut left = u.window_sum + demand.prompt_tokens as u64;
            let mut wait = WINDOW;
            for &(t, n) in &u.window {
                left -= n;
                if left <= tpm {
                    wait = (t + WINDOW).saturating_duration_since(now);
                    break;
                }
            }
            return Err(Rejection::Busy {
                message: format!(
                    "the tenant used {} of its {tpm} tokens per minute",
                    u.window_sum
                ),
                retry_after: wait.max(Duration::from_secs(1)),
            });
        }
        u.running += 1;
        u.reserved_kv += demand.kv_bytes;
        charge(&mut u, now, demand.prompt_tokens as u64);
        Ok(Admission {
            state: self.clone(),
            kv_bytes: demand.kv_bytes,
        })
    }

    /// Charges generated tokens to the minute's budget.
    pub fn charge(&self, tokens: u64) {
        let now = Instant::now();
        let mut u = self.usage();
        u.expire(now);
        charge(&mut u, now, tokens);
    }

    /// KV bytes held by this tenant's kept conversations.
    pub fn set_kept_kv(&self, bytes: usize) {
        self.usage().kept_kv = bytes;
    }

    /// Bytes of kept conversations that must go for the running requests
    /// and the kept ones to fit the budget together (0 when they fit).
    pub fn kept_kv_over_budget(&self) -> usize {
        let u = self.usage();
        match self.tenant.limits.kv_cache_bytes {
            Some(budget) => (u.reserved_kv + u.kept_kv).saturating_sub(budget),
            None => 0,
        }
    }

    /// A snapshot for metrics.
    pub fn snapshot(&self) -> UsageSnapshot {
        let mut u = self.usage();
        u.expire(Instant::now());
        UsageSnapshot {
            running: u.running,
            reserved_kv: u.reserved_kv,
            kept_kv: u.kept_kv,
            tokens_last_minute: u.window_sum,
        }
    }
}

fn charge(u: &mut Usage, now: Instant, tokens: u64) {
    if tokens > 0 {
        u.window.push_back((now, tokens));
        u.window_sum += tokens;
    }
}

fn mib(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1 << 20) as f64)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UsageSnapshot {
    pub running: usize,
    pub reserved_kv: usize,
    pub kept_kv: usize,
    pub tokens_last_minute: u64,
}

/// A running request's hold on its tenant's limits; dropping it (the request
/// ended, failed, or its client went away) gives them back.
#[derive(Debug)]
pub struct Admission {
    state: Arc<TenantState>,
    kv_bytes: usize,
}

impl Admission {
    pub fn tenant(&self) -> &Arc<TenantState> {
        &self.state
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        let mut u = self.state.usage();
        u.running -= 1;
        u.reserved_kv -= self.kv_bytes;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::tenants::{ServerBounds, TenantRegistry};

    fn tenant(extra: &str) -> Arc<TenantState> {
        let reg = TenantRegistry::parse(
            &format!("[[tenant]]\nname = \"t\"\napi_key = \"k\"\n{extra}"),
            ServerBounds {
                slots: 8,
                n_ctx: 512,
            },
        )
        .unwrap();
        TenantState::new(reg.tenants()[0].clone())
    }

    fn demand(prompt_tokens: usize, kv_bytes: usize) -> Demand {
        Demand {
            prompt_tokens,
            kv_bytes,
        }
    }

    #[test]
    fn concurrency_is_held_until_the_admission_drops() {
        let t = tenant("max_concurrent = 2");
        let a = t.admit(demand(1, 0)).unwrap();
        let _b = t.admit(demand(1, 0)).unwrap();
        assert!(matches!(t.admit(demand(1, 0)), Err(Rejection::Busy { .. })));
        drop(a);
        assert!(t.admit(demand(1, 0)).is_ok());
        assert_eq!(
            t.snapshot().running,
            1,
            "the last admission was dropped too"
        );
    }

    #[test]
    fn tokens_per_minute_rejects_with_a_wait() {
        let t = tenant("tokens_per_minute = 100");
        drop(t.admit(demand(60, 0)).unwrap());
        t.charge(30);
        match t.admit(demand(20, 0)) {
            Err(Rejection::Busy { retry_after, .. }) => {
                assert!(retry_after > Duration::from_secs(50), "{retry_after:?}")
            }
            other => panic!("{other:?}"),
        }
        assert!(t.admit(demand(10, 0)).is_ok(), "exactly the budget fits");
        assert!(matches!(
            t.admit(demand(101, 0)),
            Err(Rejection::TooLarge { .. })
        ));
        assert_eq!(t.snapshot().tokens_last_minute, 100);
    }

    #[test]
    fn kv_budget_counts_running_requests_and_kept_conversations() {
        let t = tenant("kv_cache_mb = 1");
        let half = 1 << 19;
        let a = t.admit(demand(1, half)).unwrap();
        let _b = t.admit(demand(1, half)).unwrap();
        assert!(matches!(t.admit(demand(1, 1)), Err(Rejection::Busy { .. })));
        assert!(matches!(
            t.admit(demand(1, (1 << 20) + 1)),
            Err(Rejection::TooLarge { .. })
        ));
        drop(a);
        t.set_kept_kv(half + 10);
        assert_eq!(t.kept_kv_over_budget(), 10);
    }
}
