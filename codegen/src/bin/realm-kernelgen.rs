//! `realm-kernelgen`: list, emit and check Realm's generated kernels.
//!
//! - `list`: every kernel x format x float type.
//! - `emit --target cuda|wgsl|msl|cpu|ir [--kernel K] [--format F] [--float T]
//!   [--out DIR]`: the generated source (to files in DIR, or to stdout).
//! - `check [--backend wgpu|cuda|cpu] [--kernel K] [--format F]`: the
//!   conformance suite against the reference, with a closing `N passed, M failed`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use cubecl::Runtime as _;
use cubecl::cuda::{CudaDevice, CudaRuntime};
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use realm_codegen::conformance::{Case, CpuDevice, Outcome, all_cases, run_cases};
use realm_codegen::device::GpuBackend;
use realm_codegen::emit::{Target, Variant, emit};
use realm_codegen::gpu::Gpu;
use realm_codegen::kernels::Kernel;
use realm_ir::GgmlType;

#[derive(Parser)]
#[command(
    name = "realm-kernelgen",
    about = "List, emit and check Realm's generated kernels"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print every kernel x format x float type.
    List,
    /// Write generated source for a target.
    Emit {
        #[arg(long, value_parser = ["cuda", "wgsl", "msl", "ir", "cpu"])]
        target: String,
        /// One kernel, or several separated by commas.
        #[arg(long)]
        kernel: Option<String>,
        #[arg(long)]
        format: Option<String>,
        /// Only the variants with this activation type.
        #[arg(long, value_parser = ["f32", "f16"])]
        float: Option<String>,
        /// Directory to write one file per variant into (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Run the conformance suite on the available backends.
    Check {
        #[arg(long, value_parser = ["wgpu", "cuda", "cpu"])]
        backend: Option<String>,
        #[arg(long)]
        kernel: Option<String>,
        #[arg(long)]
        format: Option<String>,
    },
}

fn main() -> ExitCode {
    if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        // SAFETY: single-threaded here, before any client exists. Silences the
        // Vulkan loader's "XDG_RUNTIME_DIR is invalid" lines.
        unsafe { std::env::set_var("XDG_RUNTIME_DIR", std::env::temp_dir()) };
    }
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::List => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            for v in Variant::all() {
                let format = v.format.map_or("-", |f| f.name());
                let line = format!("{:<18} {format:<8} {}", v.kernel.name(), v.float.name());
                // A closed pipe (`| head`) ends the listing quietly.
                if writeln!(stdout, "{line}").is_err() {
                    break;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Emit {
            target,
            kernel,
            format,
            float,
            out,
        } => emit_command(&target, kernel, format, float, out),
        Command::Check {
            backend,
            kernel,
            format,
        } => check_command(backend, kernel, format),
    }
}

/// Checks `--kernel` and `--format` and returns a predicate for them (a
/// `--format` keeps only the kernels that read a weight in it).
fn filter(
    kernel: Option<String>,
    format: Option<String>,
) -> Result<impl Fn(Kernel, Option<GgmlType>) -> bool, String> {
    let kernels = match kernel {
        None => None,
        Some(names) => Some(
            names
                .split(',')
                .map(|name| {
                    Kernel::from_name(name.trim()).ok_or_else(|| {
                        let all: Vec<&str> = Kernel::ALL.iter().map(|k| k.name()).collect();
                        format!("unknown kernel `{name}` (kernels: {})", all.join(", "))
                    })
                })
                .collect::<Result<Vec<Kernel>, String>>()?,
        ),
    };
    let format = match format {
        None => None,
        Some(name) => Some(
            GgmlType::from_name(&name)
                .filter(|t| realm_codegen::formats::layout(*t).is_some())
                .ok_or_else(|| format!("unknown or unsupported format `{name}`"))?,
        ),
    };
    Ok(move |k: Kernel, f: Option<GgmlType>| {
        kernels.as_ref().is_none_or(|want| want.contains(&k))
            && format.is_none_or(|want| f == Some(want))
    })
}

fn emit_command(
    target: &str,
    kernel: Option<String>,
    format: Option<String>,
    float: Option<String>,
    out: Option<PathBuf>,
) -> Result<ExitCode, String> {
    let target = Target::from_name(target).ok_or("unknown target")?;
    let keep = filter(kernel, format)?;
    GpuBackend::Wgpu
        .probe()
        .map_err(|e| format!("emitting needs a wgpu client for device properties: {e}"))?;
    let client = WgpuRuntime::client(&WgpuDevice::default());
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut written = 0;
    let mut stems = Vec::new();
    for variant in Variant::all() {
        let float_wanted = float.as_deref().is_none_or(|f| f == variant.float.name());
        if !keep(variant.kernel, variant.format)
            || !float_wanted
            || !target.supports(variant.kernel)
        {
            continue;
        }
        let mut source = emit(&client, variant, target)?;
        if target == Target::Cpu {
            source = realm_codegen::cpu::module_file(&source);
            stems.push(
                variant
                    .file_name(target)
                    .trim_end_matches(".rs")
                    .to_string(),
            );
        }
        match &out {
            Some(dir) => {
                let path = dir.join(variant.file_name(target));
                std::fs::write(&path, source).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            None => {
                use std::io::Write;
                let mut stdout = std::io::stdout().lock();
                // A closed pipe (`| head`) ends the listing quietly.
                if writeln!(stdout, "// ==== {}\n{source}", variant.file_name(target)).is_err() {
                    return Ok(ExitCode::SUCCESS);
                }
            }
        }
        written += 1;
    }
    if let Some(dir) = &out
        && target == Target::Cpu
    {
        let path = dir.join("mod.rs");
        std::fs::write(&path, realm_codegen::cpu::module_index(&stems))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let path = dir.join("layouts.rs");
        std::fs::write(&path, realm_codegen::cpu::layouts_file())
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(dir) = out {
        eprintln!(
            "wrote {written} {} kernels to {}",
            target.name(),
            dir.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn check_command(
    backend: Option<String>,
    kernel: Option<String>,
    format: Option<String>,
) -> Result<ExitCode, String> {
    let keep = filter(kernel, format)?;
    let cases: Vec<Case> = all_cases()
        .into_iter()
        .filter(|c| keep(c.kernel, c.format))
        .collect();
    let backends: Vec<&str> = match &backend {
        Some(b) => vec![b.as_str()],
        None => vec!["cuda", "wgpu", "cpu"],
    };
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    println!(
        "{:<6} {:<18} {:<8} {:<5} {:<26} result",
        "device", "kernel", "format", "float", "shape"
    );
    for name in backends {
        let outcomes = match name {
            "cuda" => GpuBackend::Cuda
                .probe()
                .map(|()| run_cases(&Gpu::new(CudaRuntime::client(&CudaDevice::new(0))), &cases)),
            "wgpu" => GpuBackend::Wgpu.probe().map(|()| {
                run_cases(
                    &Gpu::new(WgpuRuntime::client(&WgpuDevice::default())),
                    &cases,
                )
            }),
            // "cpu": realm-cpu, always built in.
            _ => Ok(run_cases(&CpuDevice, &cases)),
        };
        let outcomes = match outcomes {
            Ok(outcomes) => outcomes,
            Err(reason) => {
                println!("{name:<6} SKIPPED {} cases: {reason}", cases.len());
                skipped += cases.len();
                continue;
            }
        };
        for (case, outcome) in cases.iter().zip(outcomes) {
            let result = match &outcome {
                Outcome::Pass { nmse } => {
                    passed += 1;
                    format!("ok (NMSE {nmse:.1e} <= {:.0e})", case.limit)
                }
                Outcome::Fail { reason } => {
                    failed += 1;
                    format!("FAILED: {reason}")
                }
                Outcome::Skip { reason } => {
                    skipped += 1;
                    format!("SKIPPED: {reason}")
                }
            };
            println!(
                "{name:<6} {:<18} {:<8} {:<5} {:<26} {result}",
                case.kernel.name(),
                case.format_name(),
                case.float.name(),
                case.shape
            );
        }
    }
    println!("{passed} passed, {failed} failed ({skipped} skipped)");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
