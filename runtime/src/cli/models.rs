//! `realm models`: what is in a directory of GGUF files, and fetching the
//! known models into the cache.

use crate::fetch;
use crate::gguf::GgufFile;
use anyhow::{Result, bail};
use clap::Args;
use realm_ir::GgmlType;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct ModelsArgs {
    /// Directory to list (default: the model cache).
    pub dir: Option<PathBuf>,
    /// Fetch a known model into the cache first (`smollm2`, `gemma3` or `all`).
    #[arg(long)]
    pub fetch: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// What `realm models` shows for one file.
#[derive(Debug, serde::Serialize)]
pub struct ModelSummary {
    pub file: String,
    pub architecture: String,
    pub parameters: u64,
    pub quantization: String,
    pub context_length: Option<u64>,
    pub size_bytes: u64,
}

/// llama.cpp's `llama_ftype` names, as `general.file_type` stores them.
fn file_type_name(id: u64) -> Option<&'static str> {
    Some(match id {
        0 => "F32",
        1 => "F16",
        2 => "Q4_0",
        3 => "Q4_1",
        7 => "Q8_0",
        8 => "Q5_0",
        9 => "Q5_1",
        10 => "Q2_K",
        11 => "Q3_K_S",
        12 => "Q3_K_M",
        13 => "Q3_K_L",
        14 => "Q4_K_S",
        15 => "Q4_K_M",
        16 => "Q5_K_S",
        17 => "Q5_K_M",
        18 => "Q6_K",
        25 => "IQ4_NL",
        30 => "IQ4_XS",
        32 => "BF16",
        _ => return None,
    })
}

pub fn summarize(path: &Path) -> Result<ModelSummary> {
    let f = GgufFile::open(path)?;
    let arch = f
        .get_str("general.architecture")
        .unwrap_or("unknown")
        .to_owned();
    let parameters = f.tensors().iter().map(|t| t.n_elements()).sum();
    let quantization = match f
        .metadata("general.file_type")
        .and_then(|v| v.as_u64())
        .and_then(file_type_name)
    {
        Some(name) => name.to_owned(),
        None => {
            // The format holding most of the bytes.
            let mut bytes: HashMap<GgmlType, u64> = HashMap::new();
            for t in f.tensors() {
                *bytes.entry(t.ty).or_default() += t.n_bytes;
            }
            bytes
                .into_iter()
                .max_by_key(|e| e.1)
                .map(|e| e.0.to_string())
                .unwrap_or_default()
        }
    };
    Ok(ModelSummary {
        file: path.display().to_string(),
        context_length: f
            .metadata(&format!("{arch}.context_length"))
            .and_then(|v| v.as_u64()),
        architecture: arch,
        parameters,
        quantization,
        size_bytes: f.file_size(),
    })
}

fn human(n: u64, unit: &str) -> String {
    let n = n as f64;
    if n >= 1e9 {
        format!("{:.1}G{unit}", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.0}M{unit}", n / 1e6)
    } else {
        format!("{:.0}K{unit}", n / 1e3)
    }
}

pub fn models(args: ModelsArgs) -> Result<()> {
    if let Some(name) = &args.fetch {
        let wanted: Vec<_> = fetch::KNOWN_MODELS
            .iter()
            .filter(|m| name == "all" || m.name == name)
            .collect();
        if wanted.is_empty() {
            let names: Vec<_> = fetch::KNOWN_MODELS.iter().map(|m| m.name).collect();
            bail!(
                "unknown model {name:?}: known models are {}",
                names.join(", ")
            );
        }
        for m in wanted {
            let path = fetch::ensure_model(m, !args.json)?;
            eprintln!("{}: {}", m.name, path.display());
        }
    }
    let dir = args.dir.clone().unwrap_or_else(fetch::models_dir);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && args.dir.is_none() => {
            eprintln!(
                "no models cached yet in {} (try `realm models --fetch smollm2`)",
                dir.display()
            );
            return Ok(());
        }
        Err(e) => bail!("cannot read {}: {e}", dir.display()),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "gguf"))
        .collect();
    paths.sort();
    let mut rows = Vec::new();
    for p in &paths {
        match summarize(p) {
            Ok(s) => rows.push(s),
            Err(e) => eprintln!("{}: {e:#}", p.display()),
        }
    }
    if args.json {
        println!("{}", serde_json::to_string(&rows)?);
        return Ok(());
    }
    println!(
        "{:<44} {:<8} {:>7} {:<8} {:>8} {:>7}",
        "FILE", "ARCH", "PARAMS", "QUANT", "CONTEXT", "SIZE"
    );
    for r in rows {
        let name = Path::new(&r.file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(r.file.clone());
        let ctx = r
            .context_length
            .map(|c| c.to_string())
            .unwrap_or_else(|| "-".into());
        println!(
            "{:<44} {:<8} {:>7} {:<8} {:>8} {:>7}",
            name,
            r.architecture,
            human(r.parameters, ""),
            r.quantization,
            ctx,
            human(r.size_bytes, "B")
        );
    }
    Ok(())
}
