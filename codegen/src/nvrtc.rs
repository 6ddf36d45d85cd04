//! Compile-checking CUDA C++ with NVRTC, on machines without a GPU.
//!
//! NVRTC (NVIDIA's runtime compiler, `libnvrtc`) turns CUDA C++ into PTX on the
//! CPU alone: no driver and no device are needed. This module loads it
//! dynamically from an install laid out by `.ci/install-nvrtc`, which takes it,
//! and the CUDA headers that emitted kernels include (`cuda_runtime.h`,
//! `cuda_fp16.h`, ...), from NVIDIA's PyPI wheels:
//!
//! ```text
//! $REALM_CUDA_DIR/            default: $HOME/.cache/realm/cuda
//!     include/                cuda_runtime.h, cuda_fp16.h, crt/host_config.h, ...
//!     lib/libnvrtc.so.12      and lib/libnvrtc-builtins.so.12.N beside it
//! ```
//!
//! [`locate`] finds that install, or says what is missing (so a test can skip
//! with the reason), and [`NvrtcInstall::compile`] compiles one source:
//!
//! ```no_run
//! use realm_codegen::nvrtc;
//!
//! let install = nvrtc::locate()?;
//! let ptx = install.compile(
//!     "extern \"C\" __global__ void k(float* x) { x[threadIdx.x] += 1.0f; }",
//!     nvrtc::DEFAULT_ARCH,
//! )?;
//! assert!(ptx.contains(".entry k"));
//! # Ok::<(), nvrtc::NvrtcError>(())
//! ```
//!
//! The library is loaded from the install's explicit path (not through the
//! loader's search path, so `LD_LIBRARY_PATH` plays no part), once per process,
//! and is never unloaded. NVRTC allows concurrent compiles of distinct programs,
//! so callers may compile from several threads at once.

use std::ffi::{CString, c_char, c_int, c_void};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The environment variable naming the install directory, overriding
/// [`default_dir`]. Give an absolute path: a relative one is taken from the
/// process's working directory (a package's own directory under `cargo test`).
pub const DIR_ENV: &str = "REALM_CUDA_DIR";

/// The architecture [`compile_ptx`] targets: Hopper (H100/H200), as PTX.
pub const DEFAULT_ARCH: &str = "compute_90";

/// The NVRTC library's file name inside the install's `lib/`.
pub const LIBRARY_NAME: &str = "libnvrtc.so.12";

/// The prefix of the NVRTC builtins library's file name (`libnvrtc-builtins.so.12.9`).
const BUILTINS_PREFIX: &str = "libnvrtc-builtins.so.";

/// The name NVRTC gives the source in its log (`kernel.cu(4): error: ...`).
const PROGRAM_NAME: &str = "kernel.cu";

/// What the error messages tell the reader to run.
const INSTALL_HINT: &str =
    "run .ci/install-nvrtc (it installs into $REALM_CUDA_DIR, default ~/.cache/realm/cuda)";

/// Why NVRTC could not be found, loaded, or could not compile a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NvrtcError {
    /// No usable install: the message says which directory or files are missing
    /// and how to install them.
    NotInstalled(String),
    /// `libnvrtc` is there but could not be loaded, or lacks a function.
    Load {
        /// The library that failed to load.
        library: PathBuf,
        /// The loader's message.
        message: String,
    },
    /// An argument NVRTC cannot take (a NUL byte in the source or an option).
    InvalidInput(String),
    /// The source did not compile.
    Compile {
        /// NVRTC's program log: the errors, each with `kernel.cu(LINE)`.
        log: String,
    },
    /// Another NVRTC call failed.
    Api {
        /// The NVRTC function that failed.
        call: &'static str,
        /// Its `nvrtcResult`.
        code: i32,
        /// NVRTC's description of `code`.
        message: String,
    },
}

impl NvrtcError {
    /// NVRTC's program log, if this is a compile error.
    pub fn log(&self) -> Option<&str> {
        match self {
            NvrtcError::Compile { log } => Some(log),
            _ => None,
        }
    }
}

impl fmt::Display for NvrtcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NvrtcError::NotInstalled(why) => write!(f, "NVRTC is not installed: {why}"),
            NvrtcError::Load { library, message } => {
                write!(f, "cannot load NVRTC from {}: {message}", library.display())
            }
            NvrtcError::InvalidInput(why) => write!(f, "invalid NVRTC input: {why}"),
            NvrtcError::Compile { log } => write!(f, "NVRTC compilation failed:\n{log}"),
            NvrtcError::Api {
                call,
                code,
                message,
            } => write!(f, "{call} failed with NVRTC error {code}: {message}"),
        }
    }
}

impl std::error::Error for NvrtcError {}

/// An NVRTC install: the CUDA headers and the library, checked to be present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NvrtcInstall {
    /// The install's root directory.
    pub root: PathBuf,
    /// The include directories passed to NVRTC: `root/include`, and
    /// `root/include/cccl` where present (as cubecl's CUDA runtime does).
    pub include_dirs: Vec<PathBuf>,
    /// `root/lib/libnvrtc.so.12`.
    pub library: PathBuf,
    /// `root/lib/libnvrtc-builtins.so.12.N`, which `libnvrtc` loads itself.
    pub builtins: PathBuf,
}

/// The default install directory, `$HOME/.cache/realm/cuda` (what
/// `.ci/install-nvrtc` uses when `REALM_CUDA_DIR` is unset), if `HOME` is set.
pub fn default_dir() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".cache/realm/cuda"))
}

/// Finds the install in `$REALM_CUDA_DIR`, or else in [`default_dir`].
///
/// The error, [`NvrtcError::NotInstalled`], names what is missing and how to
/// install it; it does not load the library (the first compile does).
pub fn locate() -> Result<NvrtcInstall, NvrtcError> {
    match std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) {
        Some(dir) => NvrtcInstall::at(dir),
        None => match default_dir() {
            Some(dir) => NvrtcInstall::at(dir),
            None => Err(NvrtcError::NotInstalled(format!(
                "neither {DIR_ENV} nor HOME is set; {INSTALL_HINT}"
            ))),
        },
    }
}

/// Compiles `source` to PTX for [`DEFAULT_ARCH`] with the install [`locate`] finds.
pub fn compile_ptx(source: &str) -> Result<String, NvrtcError> {
    locate()?.compile(source, DEFAULT_ARCH)
}

impl NvrtcInstall {
    /// The install in `root`, if its headers and libraries are all there.
    pub fn at(root: impl Into<PathBuf>) -> Result<Self, NvrtcError> {
        let root = root.into();
        if !root.is_dir() {
            return Err(NvrtcError::NotInstalled(format!(
                "no directory {}; {INSTALL_HINT}",
                root.display()
            )));
        }
        let include = root.join("include");
        let lib = root.join("lib");
        let required = [
            "include/cuda_runtime.h",
            "include/crt/host_config.h",
            "include/cuda_fp16.h",
        ]
        .map(String::from)
        .into_iter()
        .chain([format!("lib/{LIBRARY_NAME}")]);
        // `exists` follows symlinks: a dangling one counts as missing.
        let mut missing: Vec<String> = required.filter(|file| !root.join(file).exists()).collect();
        let builtins = find_builtins(&lib);
        if builtins.is_none() {
            missing.push(format!("lib/{BUILTINS_PREFIX}*"));
        }
        match builtins {
            Some(builtins) if missing.is_empty() => {
                let mut include_dirs = vec![include.clone()];
                let cccl = include.join("cccl");
                if cccl.is_dir() {
                    include_dirs.push(cccl);
                }
                Ok(NvrtcInstall {
                    library: lib.join(LIBRARY_NAME),
                    root,
                    include_dirs,
                    builtins,
                })
            }
            _ => Err(NvrtcError::NotInstalled(format!(
                "incomplete install in {}, missing {}; {INSTALL_HINT}",
                root.display(),
                missing.join(", ")
            ))),
        }
    }

    /// NVRTC's version, `(major, minor)`; loads the library if not yet loaded.
    pub fn version(&self) -> Result<(i32, i32), NvrtcError> {
        let api = self.api()?;
        let (mut major, mut minor): (c_int, c_int) = (0, 0);
        // SAFETY: both pointers are valid for writes of a c_int.
        let code = unsafe { (api.version)(&mut major, &mut minor) };
        api.check("nvrtcVersion", code)?;
        Ok((major, minor))
    }

    /// Compiles one CUDA C++ source (which may `#include <cuda_runtime.h>`,
    /// `<cuda_fp16.h>`, ...) for `arch`, returning the PTX.
    ///
    /// `arch` is what `--gpu-architecture=` takes: a virtual architecture such as
    /// `compute_90` (front end and NVVM only), or a real one such as `sm_90a`,
    /// which cubecl's CUDA runtime uses and which also runs NVRTC's built-in
    /// assembler. A source that does not compile gives [`NvrtcError::Compile`]
    /// with NVRTC's log.
    pub fn compile(&self, source: &str, arch: &str) -> Result<String, NvrtcError> {
        self.compile_with_options(source, arch, &[])
    }

    /// [`compile`](Self::compile), with more NVRTC options (`-lineinfo`,
    /// `--use_fast_math`, `-DNAME=VALUE`, ...) after the architecture and the
    /// include directories.
    pub fn compile_with_options(
        &self,
        source: &str,
        arch: &str,
        options: &[&str],
    ) -> Result<String, NvrtcError> {
        let source = c_string(source, "the source")?;
        let name = c_string(PROGRAM_NAME, "the program name")?;
        let mut all_options = vec![c_string(
            &format!("--gpu-architecture={arch}"),
            "the architecture",
        )?];
        for dir in &self.include_dirs {
            all_options.push(c_string(
                &format!("--include-path={}", dir.display()),
                "an include directory",
            )?);
        }
        for option in options {
            all_options.push(c_string(option, "an option")?);
        }
        let option_ptrs: Vec<*const c_char> = all_options.iter().map(|o| o.as_ptr()).collect();
        let option_count = c_int::try_from(option_ptrs.len())
            .map_err(|_| NvrtcError::InvalidInput("too many options".to_owned()))?;

        let api = self.api()?;
        let mut program: Program = std::ptr::null_mut();
        // SAFETY: `program` is valid for writes; `source` and `name` are
        // NUL-terminated and outlive the call; no headers are passed, so the two
        // header arrays may be null.
        let code = unsafe {
            (api.create_program)(
                &mut program,
                source.as_ptr(),
                name.as_ptr(),
                0,
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        api.check("nvrtcCreateProgram", code)?;
        let program = ProgramGuard { api, program };

        // SAFETY: `program` is a live program; `option_ptrs` holds
        // `option_count` pointers to NUL-terminated strings in `all_options`,
        // which outlives the call.
        let code =
            unsafe { (api.compile_program)(program.program, option_count, option_ptrs.as_ptr()) };
        if code != NVRTC_SUCCESS {
            let log = program.read("nvrtcGetProgramLog", api.log_size, api.log)?;
            if code == NVRTC_ERROR_COMPILATION {
                return Err(NvrtcError::Compile { log });
            }
            let mut error = api.error("nvrtcCompileProgram", code);
            if let NvrtcError::Api { message, .. } = &mut error
                && !log.is_empty()
            {
                message.push_str(":\n");
                message.push_str(&log);
            }
            return Err(error);
        }
        program.read("nvrtcGetPTX", api.ptx_size, api.ptx)
    }

    /// The loaded library, loading it on first use (once per path per process).
    fn api(&self) -> Result<&'static Api, NvrtcError> {
        static LOADED: Mutex<Vec<(PathBuf, &'static Api)>> = Mutex::new(Vec::new());
        let mut loaded = LOADED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, api)) = loaded.iter().find(|(path, _)| *path == self.library) {
            return Ok(api);
        }
        let api: &'static Api = Box::leak(Box::new(Api::load(&self.library, &self.builtins)?));
        loaded.push((self.library.clone(), api));
        Ok(api)
    }
}

/// The builtins library in `lib`: `libnvrtc-builtins.so.12.N` (not the `.alt.` one).
fn find_builtins(lib: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(lib)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with(BUILTINS_PREFIX))
                && path.exists()
        })
        .collect();
    found.sort();
    found.pop()
}

fn c_string(text: &str, what: &str) -> Result<CString, NvrtcError> {
    CString::new(text).map_err(|_| NvrtcError::InvalidInput(format!("{what} contains a NUL byte")))
}

/// `nvrtcProgram`: an opaque handle.
type Program = *mut c_void;
/// `nvrtcResult`: a C enum.
type NvrtcResult = c_int;
const NVRTC_SUCCESS: NvrtcResult = 0;
const NVRTC_ERROR_COMPILATION: NvrtcResult = 6;

type SizeFn = unsafe extern "C" fn(Program, *mut usize) -> NvrtcResult;
type ReadFn = unsafe extern "C" fn(Program, *mut c_char) -> NvrtcResult;

/// The NVRTC functions this module calls, from one loaded library.
struct Api {
    version: unsafe extern "C" fn(*mut c_int, *mut c_int) -> NvrtcResult,
    get_error_string: unsafe extern "C" fn(NvrtcResult) -> *const c_char,
    create_program: unsafe extern "C" fn(
        *mut Program,
        *const c_char,
        *const c_char,
        c_int,
        *const *const c_char,
        *const *const c_char,
    ) -> NvrtcResult,
    compile_program: unsafe extern "C" fn(Program, c_int, *const *const c_char) -> NvrtcResult,
    destroy_program: unsafe extern "C" fn(*mut Program) -> NvrtcResult,
    log_size: SizeFn,
    log: ReadFn,
    ptx_size: SizeFn,
    ptx: ReadFn,
    // Kept open for the function pointers above: never dropped (see `api`).
    _nvrtc: libloading::Library,
    _builtins: libloading::Library,
}

impl Api {
    fn load(library: &Path, builtins: &Path) -> Result<Api, NvrtcError> {
        let load_error = |path: &Path, message: String| NvrtcError::Load {
            library: path.to_owned(),
            message,
        };
        let open = |path: &Path| {
            let name = path
                .to_str()
                .ok_or_else(|| load_error(path, "the path is not UTF-8".to_owned()))?;
            // SAFETY: loading NVRTC runs only its initialisers, which have no
            // preconditions.
            unsafe { libloading::Library::new(name) }.map_err(|e| load_error(path, e.to_string()))
        };
        // libnvrtc opens its builtins library by name when it first compiles
        // (found through its RUNPATH, $ORIGIN); loading it here by path first makes
        // that find this one whatever the layout.
        let builtins_lib = open(builtins)?;
        let nvrtc = open(library)?;
        macro_rules! function {
            ($name:literal) => {
                // SAFETY: the type given to each symbol below is its C signature
                // from nvrtc.h.
                *unsafe { nvrtc.get(concat!($name, "\0").as_bytes()) }
                    .map_err(|e| load_error(library, format!("{}: {e}", $name)))?
            };
        }
        Ok(Api {
            version: function!("nvrtcVersion"),
            get_error_string: function!("nvrtcGetErrorString"),
            create_program: function!("nvrtcCreateProgram"),
            compile_program: function!("nvrtcCompileProgram"),
            destroy_program: function!("nvrtcDestroyProgram"),
            log_size: function!("nvrtcGetProgramLogSize"),
            log: function!("nvrtcGetProgramLog"),
            ptx_size: function!("nvrtcGetPTXSize"),
            ptx: function!("nvrtcGetPTX"),
            _nvrtc: nvrtc,
            _builtins: builtins_lib,
        })
    }

    fn check(&self, call: &'static str, code: NvrtcResult) -> Result<(), NvrtcError> {
        if code == NVRTC_SUCCESS {
            Ok(())
        } else {
            Err(self.error(call, code))
        }
    }

    fn error(&self, call: &'static str, code: NvrtcResult) -> NvrtcError {
        // SAFETY: nvrtcGetErrorString takes any value and returns null or a
        // static NUL-terminated string.
        let text = unsafe { (self.get_error_string)(code) };
        let message = if text.is_null() {
            "unknown error".to_owned()
        } else {
            // SAFETY: non-null, so a static NUL-terminated string (above).
            unsafe { std::ffi::CStr::from_ptr(text) }
                .to_string_lossy()
                .into_owned()
        };
        NvrtcError::Api {
            call,
            code,
            message,
        }
    }
}

/// A created program, destroyed on drop.
struct ProgramGuard {
    api: &'static Api,
    program: Program,
}

impl ProgramGuard {
    /// Reads one of the program's strings (the log, the PTX) through its size
    /// and read functions.
    fn read(&self, call: &'static str, size: SizeFn, read: ReadFn) -> Result<String, NvrtcError> {
        let mut len = 0usize;
        // SAFETY: a live program, and `len` is valid for writes.
        let code = unsafe { size(self.program, &mut len) };
        self.api.check(call, code)?;
        // The size counts the terminating NUL; keep room for it even if zero.
        let mut buffer = vec![0u8; len.max(1)];
        // SAFETY: `buffer` holds the `len` bytes NVRTC writes.
        let code = unsafe { read(self.program, buffer.as_mut_ptr().cast()) };
        self.api.check(call, code)?;
        let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
        buffer.truncate(end);
        Ok(String::from_utf8_lossy(&buffer).into_owned())
    }
}

impl Drop for ProgramGuard {
    fn drop(&mut self) {
        // SAFETY: `program` came from nvrtcCreateProgram and is destroyed only
        // here. Its result is ignored: there is nothing to do about a failure.
        unsafe { (self.api.destroy_program)(&mut self.program) };
    }
}
