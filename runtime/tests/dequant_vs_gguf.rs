//! Realm's reference dequantization (`realm_ir::dequant`) against the `gguf`
//! Python package, which is maintained alongside llama.cpp: every tensor of
//! every tiny test model, random blocks of every supported format, and a
//! sample of the real models in the model cache.
//!
//! F32, F16, BF16 and the legacy formats (Q4_0 .. Q8_0) must match bit for
//! bit. The k- and i-quants must match within an absolute error of 1e-6 or a
//! relative error of 1e-3, whichever is looser: the tolerance of f16 rounding,
//! allowed because the numpy code may group the scale products differently.
//! The summary printed at the end (`--nocapture`) gives the real worst error.
//!
//! These tests need python3 with `gguf` and `numpy` (`REALM_PYTHON`, default
//! `~/.cache/realm/pyenv/bin/python`), so they are `#[ignore]`d and run by
//! `.ci/test-all`.

mod common;

use common::{models_dir, python, tiny_dir};
use half::{bf16, f16};
use realm_ir::GgmlType;
use realm_ir::dequant::dequantize_to_vec;
use realm_runtime::gguf::{GgufFile, GgufWriter, TensorInfo};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn script() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/support/gguf_dequant.py"
    ))
}

/// The `*.gguf` files in `dir`, sorted; empty if `dir` does not exist.
fn gguf_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.expect("readable directory entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "gguf"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// One tensor as the `gguf` package dequantized it: the first `n_values`
/// values, stored as little-endian f32 at `path`.
struct Reference {
    name: String,
    ty: String,
    dims: Vec<u64>,
    n_values: usize,
    path: PathBuf,
}

impl Reference {
    fn values(&self) -> Vec<f32> {
        let bytes = std::fs::read(&self.path).expect("reference values written");
        assert_eq!(bytes.len(), self.n_values * 4, "{}", self.name);
        bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect()
    }
}

/// Runs `gguf_dequant.py` on `file`, writing into `out`, and reads its index.
fn reference(file: &Path, out: &Path, extra_args: &[&str]) -> Vec<Reference> {
    let python = python();
    let output = Command::new(&python)
        .arg(script())
        .arg(file)
        .arg(out)
        .args(extra_args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {}: {e}. Set REALM_PYTHON to a python3 with `pip install gguf numpy`",
                python.display()
            )
        });
    assert!(
        output.status.success(),
        "gguf_dequant.py failed on {}:\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let index = std::fs::read(out.join("index.json")).expect("index.json written");
    let index: serde_json::Value = serde_json::from_slice(&index).expect("index.json is JSON");
    let tensors = index["tensors"].as_array().expect("tensors array");
    tensors
        .iter()
        .map(|t| Reference {
            name: t["name"].as_str().expect("name").to_owned(),
            ty: t["type"].as_str().expect("type").to_owned(),
            dims: t["dims"]
                .as_array()
                .expect("dims")
                .iter()
                .map(|d| d.as_u64().expect("dim"))
                .collect(),
            n_values: t["n_values"].as_u64().expect("n_values") as usize,
            path: PathBuf::from(t["path"].as_str().expect("path")),
        })
        .collect()
}

/// Formats that must match the reference bit for bit: no arithmetic beyond
/// one exact widening, or one product (and sum) done in the same order.
fn is_bit_exact(ty: GgmlType) -> bool {
    matches!(
        ty,
        GgmlType::F32
            | GgmlType::F16
            | GgmlType::BF16
            | GgmlType::Q4_0
            | GgmlType::Q4_1
            | GgmlType::Q5_0
            | GgmlType::Q5_1
            | GgmlType::Q8_0
    )
}

/// Whether `ours` matches `theirs` for a tensor of type `ty`.
fn matches(ty: GgmlType, ours: f32, theirs: f32) -> bool {
    if ours.is_nan() || theirs.is_nan() {
        return ours.is_nan() && theirs.is_nan();
    }
    if is_bit_exact(ty) {
        return ours.to_bits() == theirs.to_bits();
    }
    let err = (ours - theirs).abs();
    err <= 1e-6 || err <= 1e-3 * theirs.abs()
}

/// What was compared for one format.
#[derive(Default)]
struct Stats {
    tensors: usize,
    values: usize,
    bit_equal: usize,
    max_abs_err: f32,
}

/// Per-format results over a whole test.
#[derive(Default)]
struct Tally(BTreeMap<GgmlType, Stats>);

impl Tally {
    /// Compares tensor `info` of `file` with its reference, panicking on the
    /// first value that does not match.
    fn check(&mut self, file: &GgufFile, info: &TensorInfo, reference: &Reference) {
        let name = &info.name;
        assert_eq!(info.ty.name(), reference.ty, "{name}: type");
        assert_eq!(info.dims, reference.dims, "{name}: dims");
        let n = reference.n_values;
        assert!(n > 0 && n as u64 <= info.n_elements(), "{name}: {n} values");
        let n_bytes = info.ty.bytes_for(n as u64).expect("reference cut at a row") as usize;
        let ours = dequantize_to_vec(info.ty, &file.tensor_data(info)[..n_bytes], n)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let theirs = reference.values();

        let stats = self.0.entry(info.ty).or_default();
        stats.tensors += 1;
        stats.values += n;
        for (i, (&a, &b)) in ours.iter().zip(&theirs).enumerate() {
            assert!(
                matches(info.ty, a, b),
                "{name} ({}), element {i}: ours {a:e} ({:#010x}), gguf {b:e} ({:#010x})",
                info.ty,
                a.to_bits(),
                b.to_bits()
            );
            if a.to_bits() == b.to_bits() {
                stats.bit_equal += 1;
            } else if !a.is_nan() {
                stats.max_abs_err = stats.max_abs_err.max((a - b).abs());
            }
        }
    }

    /// Dequantizes every tensor the reference wrote for `path` and compares.
    fn check_file(&mut self, path: &Path, extra_args: &[&str]) {
        let file = GgufFile::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let out = tempfile::tempdir().expect("temp dir");
        let references = reference(path, out.path(), extra_args);
        assert_eq!(
            references.len(),
            file.tensors().len(),
            "{}: tensor count",
            path.display()
        );
        for r in &references {
            let info = file
                .tensor(&r.name)
                .unwrap_or_else(|| panic!("{}: no tensor {}", path.display(), r.name));
            self.check(&file, info, r);
        }
    }

    fn formats(&self) -> BTreeSet<GgmlType> {
        self.0.keys().copied().collect()
    }

    fn print(&self, title: &str) {
        println!("{title}");
        println!("  format   tensors     values  bit-equal  max |ours - gguf|");
        for (ty, s) in &self.0 {
            println!(
                "  {:<7} {:>8} {:>10} {:>10}  {:e}",
                ty.name(),
                s.tensors,
                s.values,
                s.bit_equal,
                s.max_abs_err
            );
        }
    }
}

#[test]
#[ignore = "needs python3 with the gguf package (REALM_PYTHON); run by .ci/test-all"]
fn tiny_models_match_gguf_python() {
    let files = gguf_files(&tiny_dir());
    assert!(
        !files.is_empty(),
        "no .gguf files in {}",
        tiny_dir().display()
    );
    let mut tally = Tally::default();
    let mut present = BTreeSet::new();
    for path in &files {
        let file = GgufFile::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        present.extend(file.tensors().iter().map(|t| t.ty));
        tally.check_file(path, &[]);
    }
    tally.print("tiny models vs gguf-py:");
    assert_eq!(tally.formats(), present, "every format present was checked");
    use GgmlType::*;
    for ty in [
        F32, Q2_K, Q3_K, Q4_0, Q4_K, Q5_K, Q6_K, Q8_0, IQ4_NL, IQ4_XS,
    ] {
        assert!(present.contains(&ty), "the tiny models hold no {ty} tensor");
    }
}

/// A small deterministic generator (splitmix64): enough to make random blocks.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A finite value in `-8..8`, as the scales of real blocks are.
    fn scale(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32 * 16.0 - 8.0
    }
}

/// Byte offsets of the f16 scales (`d`, `dmin`, `m`) in one block of `ty`.
fn f16_fields(ty: GgmlType) -> &'static [usize] {
    match ty {
        GgmlType::Q4_1 | GgmlType::Q5_1 | GgmlType::Q4_K | GgmlType::Q5_K => &[0, 2],
        GgmlType::Q2_K => &[80, 82],
        GgmlType::Q3_K => &[108],
        GgmlType::Q6_K => &[208],
        _ => &[0],
    }
}

/// `n_blocks` blocks of `ty` with random quants and finite random scales, so
/// that every bit of the layout is exercised without NaN or infinity.
fn random_blocks(ty: GgmlType, n_blocks: usize, rng: &mut Rng) -> Vec<u8> {
    let mut bytes: Vec<u8> = (0..n_blocks * ty.type_size())
        .map(|_| rng.next() as u8)
        .collect();
    for block in bytes.chunks_exact_mut(ty.type_size()) {
        match ty {
            GgmlType::F32 => block.copy_from_slice(&(rng.scale() * 1e3).to_le_bytes()),
            GgmlType::BF16 => block.copy_from_slice(&bf16::from_f32(rng.scale()).to_le_bytes()),
            _ => {
                for &at in f16_fields(ty) {
                    let d = f16::from_f32(rng.scale() / 64.0);
                    block[at..at + 2].copy_from_slice(&d.to_le_bytes());
                }
            }
        }
    }
    bytes
}

#[test]
#[ignore = "needs python3 with the gguf package (REALM_PYTHON); run by .ci/test-all"]
fn random_blocks_of_every_format_match_gguf_python() {
    // Formats the tiny models lack (F16, BF16, Q4_1, Q5_0, Q5_1) are only
    // checked here, so every supported format gets a random 256 x 16 tensor
    // (16 to 4096 blocks).
    let mut rng = Rng(0x5EED);
    let mut writer = GgufWriter::new();
    for ty in GgmlType::SUPPORTED {
        let dims = [256u64, 16];
        let data = random_blocks(ty, 256 * 16 / ty.block_size(), &mut rng);
        writer
            .add_tensor(&format!("random.{}", ty.name()), &dims, ty, data)
            .expect("valid tensor");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("random.gguf");
    writer.write_to(&path).expect("write GGUF");

    let mut tally = Tally::default();
    tally.check_file(&path, &[]);
    tally.print("random blocks vs gguf-py:");
    let supported: BTreeSet<GgmlType> = GgmlType::SUPPORTED.into_iter().collect();
    assert_eq!(tally.formats(), supported);
}

#[test]
#[ignore = "needs python3 with the gguf package (REALM_PYTHON) and models in REALM_MODELS_DIR; run by .ci/test-all"]
fn real_models_match_gguf_python() {
    let dir = models_dir();
    let files = gguf_files(&dir);
    assert!(
        !files.is_empty(),
        "no .gguf models in {}: fetch SmolLM2-135M-Instruct.Q4_1.gguf and \
         gemma3-270m-q4_k_m.gguf there (or set REALM_MODELS_DIR)",
        dir.display()
    );
    let mut tally = Tally::default();
    for path in &files {
        // Tensors under 8 MiB whole; of bigger ones (embeddings) the first 64 rows.
        tally.check_file(path, &["--max-bytes", "8388608", "--head-rows", "64"]);
    }
    tally.print(&format!("models in {} vs gguf-py:", dir.display()));
}
