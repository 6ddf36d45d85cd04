//! Tenants: who may call the server, with which API key, under which limits.
//!
//! The tenants file is TOML, one `[[tenant]]` table per tenant:
//!
//! ```toml
//! [[tenant]]
//! name = "alice"
//! api_key = "sk-alice-secret"      # or api_key_sha256 = "<64 hex digits>"
//! max_concurrent = 4               # sessions generating at once
//! tokens_per_minute = 20000        # prompt + generated tokens, sliding minute
//! max_context = 2048               # prompt + generated tokens of one request
//! kv_cache_mb = 64                 # KV cache of running and kept sessions
//! ```
//!
//! Every limit is optional (absent: the server's own bound). Keys are kept
//! only as SHA-256 digests, and a presented key is compared against every
//! tenant's digest in constant time, so neither the file's plain keys nor the
//! timing of a failed lookup say which tenants exist.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

/// One tenant's limits, resolved against the server's bounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantLimits {
    pub max_concurrent: usize,
    /// `None`: no rate limit.
    pub tokens_per_minute: Option<u64>,
    /// Positions one request may fill (prompt and generated tokens).
    pub max_context: usize,
    /// `None`: no KV cache budget beyond the server's memory.
    pub kv_cache_bytes: Option<usize>,
}

/// A tenant as the server knows it.
#[derive(Debug)]
pub struct Tenant {
    pub name: String,
    pub limits: TenantLimits,
    key_digest: Option<[u8; 32]>,
}

/// The tenants file's `[[tenant]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantEntry {
    name: String,
    api_key: Option<String>,
    api_key_sha256: Option<String>,
    max_concurrent: Option<usize>,
    tokens_per_minute: Option<u64>,
    max_context: Option<usize>,
    kv_cache_mb: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantsFile {
    #[serde(default)]
    tenant: Vec<TenantEntry>,
}

/// The server's own bounds, which tenants' limits default to and never exceed.
#[derive(Clone, Copy, Debug)]
pub struct ServerBounds {
    /// Sequences the scheduler runs at once.
    pub slots: usize,
    /// The engine's context.
    pub n_ctx: usize,
}

/// Every tenant, and how a request's API key finds its tenant.
#[derive(Debug)]
pub struct TenantRegistry {
    tenants: Vec<Arc<Tenant>>,
    /// Without a tenants file: one tenant, no key asked.
    open: bool,
}

/// Why a request was not let in (always answered with 401 and one message).
#[derive(Debug, PartialEq, Eq)]
pub struct Unauthorized;

impl TenantRegistry {
    /// One anonymous tenant with the server's bounds, no API key needed.
    pub fn anonymous(bounds: ServerBounds) -> TenantRegistry {
        TenantRegistry {
            tenants: vec![Arc::new(Tenant {
                name: "anonymous".into(),
                limits: TenantLimits {
                    max_concurrent: bounds.slots,
                    tokens_per_minute: None,
                    max_context: bounds.n_ctx,
                    kv_cache_bytes: None,
                },
                key_digest: None,
            })],
            open: true,
        }
    }

    pub fn load(path: &Path, bounds: ServerBounds) -> Result<TenantRegistry> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the tenants file {}", path.display()))?;
        Self::parse(&text, bounds)
            .with_context(|| format!("in the tenants file {}", path.display()))
    }

    pub fn parse(text: &str, bounds: ServerBounds) -> Result<TenantRegistry> {
        let file: TenantsFile = toml::from_str(text)?;
        if file.tenant.is_empty() {
            bail!("no [[tenant]] tables: nobody could use the server");
        }
        let mut tenants: Vec<Arc<Tenant>> = Vec::new();
        for entry in file.tenant {
            let tenant = resolve(entry, bounds)?;
            if tenants.iter().any(|t| t.name == tenant.name) {
                bail!("tenant {:?} is listed twice", tenant.name);
            }
            if tenants.iter().any(|t| t.key_digest == tenant.key_digest) {
                bail!(
                    "tenant {:?} has the same API key as another tenant",
                    tenant.name
                );
            }
            tenants.push(Arc::new(tenant));
        }
        Ok(TenantRegistry {
            tenants,
            open: false,
        })
    }

    /// Whether requests need no API key (no tenants file).
    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn tenants(&self) -> &[Arc<Tenant>] {
        &self.tenants
    }

    /// The tenant an `Authorization` header value names.
    pub fn authenticate(&self, authorization: Option<&str>) -> Result<Arc<Tenant>, Unauthorized> {
        if self.open {
            return Ok(self.tenants[0].clone());
        }
        let key = authorization
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .ok_or(Unauthorized)?;
        let digest: [u8; 32] = Sha256::digest(key.as_bytes()).into();
        // Compare against every tenant, whatever matches first.
        let mut found = None;
        for tenant in &self.tenants {
            if let Some(d) = &tenant.key_digest
                && constant_time_eq(d, &digest)
            {
                found = Some(tenant.clone());
            }
        }
        found.ok_or(Unauthorized)
    }
}

fn resolve(e: TenantEntry, bounds: ServerBounds) -> Result<Tenant> {
    let name = e.name.trim().to_owned();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    {
        bail!(
            "tenant name {:?} must be non-empty and use only letters, digits, '-', '_' and '.' (it labels metrics)",
            e.name
        );
    }
    let key_digest = match (&e.api_key, &e.api_key_sha256) {
        (Some(_), Some(_)) => bail!("tenant {name:?}: give api_key or api_key_sha256, not both"),
        (None, None) => bail!("tenant {name:?} has no api_key or api_key_sha256"),
        (Some(key), None) => {
            if key.trim().is_empty() || key.trim() != key {
                bail!("tenant {name:?}: api_key must be non-empty, without surrounding spaces");
            }
            Sha256::digest(key.as_bytes()).into()
        }
        (None, Some(hex)) => parse_digest(hex)
            .with_context(|| format!("tenant {name:?}: api_key_sha256 must be 64 hex digits"))?,
    };
    let positive = |what: &str, v: Option<usize>| -> Result<Option<usize>> {
        match v {
            Some(0) => bail!("tenant {name:?}: {what} must be at least 1"),
            v => Ok(v),
        }
    };
    let max_concurrent = positive("max_concurrent", e.max_concurrent)?;
    let max_context = positive("max_context", e.max_context)?;
    let kv_cache_mb = positive("kv_cache_mb", e.kv_cache_mb)?;
    if e.tokens_per_minute == Some(0) {
        bail!("tenant {name:?}: tokens_per_minute must be at least 1");
    }
    Ok(Tenant {
        limits: TenantLimits {
            max_concurrent: max_concurrent.unwrap_or(bounds.slots),
            tokens_per_minute: e.tokens_per_minute,
            max_context: max_context.unwrap_or(bounds.n_ctx).min(bounds.n_ctx),
            kv_cache_bytes: kv_cache_mb.map(|mb| mb.saturating_mul(1 << 20)),
        },
        name,
        key_digest: Some(key_digest),
    })
}

fn parse_digest(hex: &str) -> Option<[u8; 32]> {
    let hex = hex.trim();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: ServerBounds = ServerBounds {
        slots: 8,
        n_ctx: 2048,
    };

    #[test]
    fn keys_map_to_their_tenants_plain_or_hashed() {
        let hashed: String = Sha256::digest(b"key-b")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let reg = TenantRegistry::parse(
            &format!(
                "[[tenant]]\nname = \"a\"\napi_key = \"key-a\"\nmax_concurrent = 2\nkv_cache_mb = 3\n\
                 [[tenant]]\nname = \"b\"\napi_key_sha256 = \"{hashed}\"\nmax_context = 99999\n"
            ),
            BOUNDS,
        )
        .unwrap();
        let a = reg.authenticate(Some("Bearer key-a")).unwrap();
        assert_eq!(a.name, "a");
        assert_eq!(a.limits.max_concurrent, 2);
        assert_eq!(a.limits.kv_cache_bytes, Some(3 << 20));
        assert_eq!(a.limits.max_context, 2048);
        let b = reg.authenticate(Some("Bearer key-b")).unwrap();
        assert_eq!(b.name, "b");
        assert_eq!(
            b.limits.max_context, 2048,
            "clamped to the server's context"
        );
        assert_eq!(b.limits.max_concurrent, 8);
        for bad in [
            None,
            Some(""),
            Some("Bearer "),
            Some("key-a"),
            Some("Bearer key-c"),
        ] {
            assert_eq!(reg.authenticate(bad).unwrap_err(), Unauthorized, "{bad:?}");
        }
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let cases = [
            ("", "no [[tenant]]"),
            ("[[tenant]]\nname = \"a\"\n", "no api_key"),
            (
                "[[tenant]]\nname = \"a\"\napi_key = \"k\"\napi_key_sha256 = \"00\"\n",
                "not both",
            ),
            (
                "[[tenant]]\nname = \"a\"\napi_key_sha256 = \"xyz\"\n",
                "64 hex",
            ),
            (
                "[[tenant]]\nname = \"a\"\napi_key = \"k\"\nmax_concurrent = 0\n",
                "at least 1",
            ),
            (
                "[[tenant]]\nname = \"a\"\napi_key = \"k\"\n[[tenant]]\nname = \"a\"\napi_key = \"j\"\n",
                "listed twice",
            ),
            (
                "[[tenant]]\nname = \"a\"\napi_key = \"k\"\n[[tenant]]\nname = \"b\"\napi_key = \"k\"\n",
                "same API key",
            ),
            (
                "[[tenant]]\nname = \"a\"\napi_key = \"k\"\nmax_tokens = 5\n",
                "unknown field",
            ),
            (
                "[[tenant]]\nname = \"a b\"\napi_key = \"k\"\n",
                "letters, digits",
            ),
            (
                "[[tenant]]\nname = \"a\"\napi_key = \"k\"\nmax_concurrent = \"x\"\n",
                "invalid type",
            ),
        ];
        for (text, want) in cases {
            let err = format!("{:#}", TenantRegistry::parse(text, BOUNDS).unwrap_err());
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn without_a_file_everyone_is_the_anonymous_tenant() {
        let reg = TenantRegistry::anonymous(BOUNDS);
        assert!(reg.is_open());
        assert_eq!(reg.authenticate(None).unwrap().name, "anonymous");
        assert_eq!(
            reg.authenticate(Some("Bearer x")).unwrap().name,
            "anonymous"
        );
    }
}
