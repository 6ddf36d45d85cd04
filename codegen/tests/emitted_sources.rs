//! The emitted source of every kernel x format x float type: CUDA compiles with
//! NVRTC (no GPU needed), and MSL matches its golden snapshot (no Metal
//! compiler exists on Linux; regenerate with `REALM_BLESS=1` after a reviewed
//! change). Emission needs a wgpu client for device properties.

mod common;

use std::path::PathBuf;

use common::backend_available;

use cubecl::Runtime;
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use realm_codegen::device::GpuBackend;
use realm_codegen::emit::{Target, Variant, emit};
use realm_codegen::nvrtc;
use realm_ir::GgmlType;
use realm_ir::kernels::{FloatType, Kernel};

fn wgpu_client() -> Option<cubecl::prelude::ComputeClient<WgpuRuntime>> {
    backend_available(GpuBackend::Wgpu, "REALM_REQUIRE_WGPU")
        .then(|| WgpuRuntime::client(&WgpuDevice::default()))
}

#[test]
fn every_emitted_cuda_kernel_compiles_with_nvrtc() {
    let install = match nvrtc::locate() {
        Ok(install) => install,
        Err(e) => {
            println!("SKIPPED: {e}");
            assert!(
                std::env::var_os("REALM_REQUIRE_NVRTC").is_none(),
                "REALM_REQUIRE_NVRTC is set: {e}"
            );
            return;
        }
    };
    let Some(client) = wgpu_client() else { return };
    let mut failures = Vec::new();
    let variants = Variant::all();
    for &variant in &variants {
        let source = emit(&client, variant, Target::Cuda).unwrap();
        // sm_90a is what cubecl-cuda passes on an H100/H200.
        match install.compile(&source, "sm_90a") {
            Ok(ptx) => assert!(ptx.contains(".entry"), "{variant:?}: no entry point in PTX"),
            Err(e) => failures.push(format!("{}: {e}", variant.file_name(Target::Cuda))),
        }
    }
    assert!(
        failures.is_empty(),
        "NVRTC failures:\n{}",
        failures.join("\n")
    );
    println!("{} CUDA kernels compiled with NVRTC", variants.len());
}

/// Emitted source declares its pooled variables and its shared arrays in hash
/// order (cubecl's allocator uses a HashMap), so runs of such declarations
/// are sorted before comparing. A shared array is a comment line and a
/// declaration line, kept together; arrays of the same size also trade places
/// in the shared block between runs, so their offsets are blanked.
fn normalize(source: &str) -> String {
    let is_decl = |l: &str| {
        let l = l.trim();
        (l.ends_with(';') && l.split_whitespace().count() == 2 && l.contains("l_mut_"))
            || (l.starts_with("threadgroup ") && l.contains("* shared_memory_"))
    };
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut lines = source.lines().chain(std::iter::once("")).peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("// Shared array size")
            && let Some(next) = lines.next_if(|next| is_decl(next))
        {
            let next = match next.find("dynamic_shared_mem[") {
                Some(at) => format!("{}dynamic_shared_mem[_]);", &next[..at]),
                None => next.to_string(),
            };
            run.push(format!("{line}\n{next}"));
            continue;
        }
        if is_decl(line) {
            run.push(line.to_string());
            continue;
        }
        run.sort_unstable();
        out.append(&mut run);
        out.push(line.to_string());
    }
    out.join("\n")
}

#[test]
fn every_emitted_msl_kernel_matches_its_golden_snapshot() {
    let Some(client) = wgpu_client() else { return };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/msl");
    let bless = std::env::var_os("REALM_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut mismatches = Vec::new();
    for variant in Variant::all() {
        let source = normalize(&emit(&client, variant, Target::Msl).unwrap());
        let path = dir.join(variant.file_name(Target::Msl));
        if bless {
            std::fs::write(&path, &source).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(golden) if golden == source => {}
            Ok(_) => mismatches.push(format!("{} differs", path.display())),
            Err(e) => mismatches.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(
        mismatches.is_empty(),
        "MSL snapshots differ (review, then REALM_BLESS=1):\n{}",
        mismatches.join("\n")
    );
}

/// The CPU kernels checked in under `codegen/cpu/src/kernels` are exactly
/// what the compiler emits today: every f32 variant the CPU target supports
/// (the CPU computes in f32; f16 activations only save GPU bandwidth), their
/// index and the block layouts. Regenerate with `realm-kernelgen emit
/// --target cpu --float f32 --out codegen/cpu/src/kernels`.
#[test]
fn checked_in_cpu_kernels_are_what_the_compiler_emits() {
    let Some(client) = wgpu_client() else { return };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("cpu/src/kernels");
    let mut stems = Vec::new();
    let mut stale = Vec::new();
    for variant in Variant::all() {
        if variant.float != FloatType::F32 || !Target::Cpu.supports(variant.kernel) {
            continue;
        }
        let name = variant.file_name(Target::Cpu);
        let Ok(checked_in) = std::fs::read_to_string(dir.join(&name)) else {
            stale.push(format!("{name} (missing)"));
            continue;
        };
        stems.push(name.trim_end_matches(".rs").to_string());
        let emitted =
            realm_codegen::cpu::module_file(&emit(&client, variant, Target::Cpu).unwrap());
        if emitted != checked_in {
            stale.push(name);
        }
    }
    assert!(
        !stems.is_empty(),
        "no generated CPU kernels in {}",
        dir.display()
    );
    let index = std::fs::read_to_string(dir.join("mod.rs")).unwrap();
    assert_eq!(
        index,
        realm_codegen::cpu::module_index(&stems),
        "mod.rs lists other kernels"
    );
    let layouts = std::fs::read_to_string(dir.join("layouts.rs")).unwrap_or_default();
    if layouts != realm_codegen::cpu::layouts_file() {
        stale.push("layouts.rs".into());
    }
    assert!(stale.is_empty(), "stale generated CPU kernels: {stale:?}");
}

/// The CPU compiler fuses a block's per-lane work into one loop of lane
/// scalars (no array per intermediate value) and reads the activations and
/// the quantized bytes, at `base + lane`, with one bounds check in front of
/// the loop instead of one per lane: what lets LLVM vectorize the loop (see
/// `codegen/src/cpu/lanes.rs`).
#[test]
fn cpu_matvec_block_loop_is_one_fused_lane_loop_with_contiguous_loads() {
    let Some(client) = wgpu_client() else { return };
    let variant = Variant::all()
        .into_iter()
        .find(|v| {
            v.kernel == Kernel::Matvec
                && v.format == Some(GgmlType::Q8_0)
                && v.float == FloatType::F32
        })
        .expect("matvec Q8_0 f32 is a variant");
    let source = emit(&client, variant, Target::Cpu).unwrap();
    // f32 lane arrays: the accumulators (up to four, see `matvec.rs`), but
    // no array per dequantized weight or product. (Index and mask arrays of
    // u32 and bool remain; LLVM folds `base + lane` indices away.)
    let lane_arrays = source.matches("<f32>::default(); UNITS]").count();
    assert!(lane_arrays <= 4, "{lane_arrays} f32 lane arrays:\n{source}");
    // The activations' bounds are checked once, before the block loop
    // (see `codegen/src/cpu/hoist.rs`).
    let checked_per_pass = |l: &str| l.contains("span(") && l.contains("g1_len");
    assert!(
        source.contains("hoisted_check(fits, ") && !source.lines().any(checked_per_pass),
        "the activation loads are checked on every pass:\n{source}"
    );
    // The quants are bytes of `u32` words (WGSL has no byte arrays), read as
    // bytes, contiguous across lanes (see `codegen/src/cpu/subword.rs`).
    assert!(
        source.contains("byte(g0, a") && !source.contains("ldb(") && !source.contains("ld(g0"),
        "weight bytes are read contiguously, not gathered:\n{source}"
    );
    // The block's f16 scale, decoded by hand in the IR for WGSL, is one
    // conversion (see `codegen/src/cpu/f16_widen.rs`).
    assert!(
        source.contains("T::f16_to_f32("),
        "the f16 scale is not widened by the target:\n{source}"
    );
    // The dot product's multiply and add are one fused multiply-add (see
    // `codegen/src/cpu/fma.rs`).
    assert!(
        source.contains("T::fmadd("),
        "the dot product is not fused:\n{source}"
    );
}

/// The CPU matmul's block loops load each token's activations with no
/// bounds check of their own: one check per token, of the largest index the
/// loop reaches, is made before each loop (see `codegen/src/cpu/hoist.rs`).
/// Unhoisted, those checks outnumbered the multiply-adds.
#[test]
fn cpu_matmul_activation_checks_are_hoisted_out_of_the_block_loop() {
    let Some(client) = wgpu_client() else { return };
    for format in [GgmlType::Q4_1, GgmlType::Q4_K, GgmlType::Q8_0] {
        let variant = Variant::all()
            .into_iter()
            .find(|v| {
                v.kernel == Kernel::Matmul && v.format == Some(format) && v.float == FloatType::F32
            })
            .expect("matmul f32 is a variant");
        let source = emit(&client, variant, Target::Cpu).unwrap();
        let per_pass = source
            .lines()
            .filter(|l| l.contains("span(") && l.contains("g1_len"))
            .count();
        let hoisted = source
            .lines()
            .filter(|l| l.contains("hoisted_check(") && l.contains("g1_len"))
            .count();
        assert_eq!(
            per_pass, 0,
            "{format:?}: activation loads checked per pass:\n{source}"
        );
        // A whole tile and every shorter tail (1 to BLOCK_MAJOR_TOKENS - 1
        // tokens) is its own block loop.
        let tile = realm_codegen::kernels::matmul::BLOCK_MAJOR_TOKENS as usize;
        assert_eq!(
            hoisted,
            tile * (tile + 1) / 2,
            "{format:?}: one hoisted check per token of each tile size:\n{source}"
        );
    }
}

/// Every format's CPU matvec runs its block loop unmasked and without byte
/// gathers: the specs compute in i32 (`let j = i / 32`), and the compiler's
/// bounds prove the block-major element index non-negative, so a k-quant's
/// sub-block and its `j < 4` branch are uniform (its scales decode once per
/// cube, as scalars); a 1-bit plane (Q5_0's fifth bits) is one uniform word
/// load and a shift per lane (see `codegen/src/cpu/lane_shape.rs`).
#[test]
fn cpu_matvec_block_loops_have_no_masked_branches_or_byte_gathers() {
    let Some(client) = wgpu_client() else { return };
    let variants: Vec<Variant> = Variant::all()
        .into_iter()
        .filter(|v| v.kernel == Kernel::Matvec && v.float == FloatType::F32)
        .collect();
    assert!(variants.len() >= 15, "{} matvec variants", variants.len());
    for variant in variants {
        let source = emit(&client, variant, Target::Cpu).unwrap();
        let name = format!("{:?}", variant.format);
        assert!(!source.contains("ldb("), "{name}: a byte gather:\n{source}");
        // The one masked section is the final store by unit 0.
        let masked = source.matches("iter().any(").count();
        assert_eq!(masked, 1, "{name}: {masked} masked sections:\n{source}");
    }
}
