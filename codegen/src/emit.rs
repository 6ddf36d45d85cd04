//! Emitting kernel source without launching: CUDA C++ (cubecl-cuda's
//! compiler), WGSL (cubecl-wgpu's) and Metal MSL (cubecl-cpp's MSL dialect).
//!
//! Expanding a `#[cube]` kernel reads device properties from a client, so
//! emission borrows a wgpu client (lavapipe serves on a machine with no GPU).
//! The properties change the source only for kernels that query them, and ours
//! do not.

use cubecl::prelude::*;
use cubecl::wgpu::WgpuRuntime;
use cubecl::{Compiler, CubeTask};
use cubecl_runtime::kernel::KernelTask;
use realm_ir::GgmlType;

use crate::formats::{self, FormatSpec, FormatVisitor};
use crate::gpu::{ELEMENTWISE_UNITS, MATVEC_UNITS};
use crate::kernels::{self, FloatType};

/// A source language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Cuda,
    Wgsl,
    Msl,
}

impl Target {
    pub const ALL: [Target; 3] = [Target::Cuda, Target::Wgsl, Target::Msl];

    pub fn name(self) -> &'static str {
        match self {
            Target::Cuda => "cuda",
            Target::Wgsl => "wgsl",
            Target::Msl => "msl",
        }
    }

    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    pub fn extension(self) -> &'static str {
        match self {
            Target::Cuda => "cu",
            Target::Wgsl => "wgsl",
            Target::Msl => "metal",
        }
    }
}

/// The kernels, by name, as `realm-kernelgen` lists them.
pub const KERNELS: [&str; 2] = ["dequantize", "matvec"];

/// One kernel instantiation: kernel x format x float type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    pub kernel: &'static str,
    pub format: GgmlType,
    pub float: FloatType,
}

impl Variant {
    /// Every kernel x format x float type.
    pub fn all() -> Vec<Variant> {
        let mut all = Vec::new();
        for kernel in KERNELS {
            for &format in formats::ALL {
                for float in FloatType::ALL {
                    all.push(Variant {
                        kernel,
                        format,
                        float,
                    });
                }
            }
        }
        all
    }

    /// A file name for its source, e.g. `matvec_q4_k_f16.cu`.
    pub fn file_name(&self, target: Target) -> String {
        format!(
            "{}_{}_{}.{}",
            self.kernel,
            self.format.name().to_lowercase(),
            self.float.name(),
            target.extension()
        )
    }
}

/// Compiles `variant` to `target` source.
pub fn emit(
    client: &ComputeClient<WgpuRuntime>,
    variant: Variant,
    target: Target,
) -> Result<String, String> {
    let visitor = EmitVisitor {
        client,
        variant,
        target,
    };
    formats::visit(variant.format, visitor)
        .ok_or_else(|| format!("no spec for {}", variant.format.name()))?
}

struct EmitVisitor<'a> {
    client: &'a ComputeClient<WgpuRuntime>,
    variant: Variant,
    target: Target,
}

impl FormatVisitor for EmitVisitor<'_> {
    type Output = Result<String, String>;

    fn visit<Q: FormatSpec>(self) -> Self::Output {
        match self.variant.float {
            FloatType::F32 => self.with_float::<Q, f32>(),
            FloatType::F16 => self.with_float::<Q, half::f16>(),
        }
    }
}

const ARRAY: ArrayCompilationArg = ArrayCompilationArg { inplace: None };

impl EmitVisitor<'_> {
    fn with_float<Q: FormatSpec, F: Float>(&self) -> Result<String, String> {
        let client = self.client.clone();
        let block = Q::LAYOUT.block_elems;
        let settings = |units: u32| KernelSettings::default().cube_dim(CubeDim::new_1d(units));
        match self.variant.kernel {
            "dequantize" => self.compile(kernels::dequantize::dequantize::Dequantize::<
                Q,
                F,
                WgpuRuntime,
            >::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
                block,
            )),
            "matvec" => self.compile(kernels::matvec::matvec::Matvec::<Q, F, WgpuRuntime>::new(
                settings(MATVEC_UNITS),
                client,
                ARRAY,
                ARRAY,
                ARRAY,
                (),
                (),
                block,
                MATVEC_UNITS,
            )),
            other => Err(format!("unknown kernel `{other}`")),
        }
    }

    fn compile<K: CubeKernel>(&self, kernel: K) -> Result<String, String> {
        match self.target {
            Target::Wgsl => compile_with::<cubecl::wgpu::WgslCompiler, K>(kernel),
            Target::Cuda => compile_with::<cubecl::cuda::CudaCompiler, K>(kernel),
            Target::Msl => compile_with::<cubecl_cpp::MslCompiler, K>(kernel),
        }
    }
}

/// `kernel`'s source from compiler `C` with its default options, unchecked
/// (bounds are the launch layer's job) and with 32-bit addresses.
fn compile_with<C: Compiler + Default, K: CubeKernel>(kernel: K) -> Result<String, String> {
    let address = cubecl::ir::AddressType::U32.unsigned_type();
    KernelTask::<C, K>::new(kernel)
        .compile(
            &mut C::default(),
            &Default::default(),
            ExecutionMode::Unchecked,
            address,
        )
        .map(|k| k.source)
        .map_err(|e| format!("{e:?}"))
}
