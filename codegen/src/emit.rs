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

use crate::formats::{self, FormatSpec, FormatVisitor, Int8Spec, Int8Visitor};
use crate::gpu::{DECODE_UNITS, ELEMENTWISE_UNITS, MATVEC_UNITS, MAX_HEAD_DIM, ROW_UNITS};
use crate::kernels::{self, FloatType, Kernel};

/// A source language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Cuda,
    Wgsl,
    Msl,
    /// cubecl's kernel IR, printed (what Realm's CPU compiler reads).
    Ir,
    /// Rust, from Realm's own compiler: the CPU path.
    Cpu,
}

impl Target {
    pub const ALL: [Target; 5] = [
        Target::Cuda,
        Target::Wgsl,
        Target::Msl,
        Target::Ir,
        Target::Cpu,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Target::Cuda => "cuda",
            Target::Wgsl => "wgsl",
            Target::Msl => "msl",
            Target::Ir => "ir",
            Target::Cpu => "cpu",
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
            Target::Ir => "ir",
            Target::Cpu => "rs",
        }
    }
}

/// One kernel instantiation: kernel x format (for kernels that read a
/// weight) x float type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    pub kernel: Kernel,
    pub format: Option<GgmlType>,
    pub float: FloatType,
}

impl Variant {
    /// Every kernel x format x float type.
    pub fn all() -> Vec<Variant> {
        let mut all = Vec::new();
        for kernel in Kernel::ALL {
            let formats: Vec<Option<GgmlType>> = if kernel.per_format() {
                formats::ALL.iter().copied().map(Some).collect()
            } else {
                vec![None]
            };
            for format in formats {
                // Integer dot products need an integer format.
                if kernel.is_integer_dot() && !format.is_some_and(formats::is_int8) {
                    continue;
                }
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

    /// A file name for its source, e.g. `matvec_q4_k_f16.cu` or `rms_norm_f32.wgsl`.
    pub fn file_name(&self, target: Target) -> String {
        let format = self
            .format
            .map(|f| format!("_{}", f.name().to_lowercase()))
            .unwrap_or_default();
        format!(
            "{}{format}_{}.{}",
            self.kernel.name(),
            self.float.name(),
            target.extension()
        )
    }
}

impl Target {
    /// Whether `kernel` can be written in this language: WGSL has no
    /// cooperative matrices (cubecl 0.10's WGSL compiler panics on them).
    pub fn supports(self, kernel: Kernel) -> bool {
        !(kernel.needs_cooperative_matrices()
            && matches!(self, Target::Wgsl | Target::Ir | Target::Cpu))
    }
}

fn no_cooperative_matrices(target: Target) -> String {
    format!("{} has no cooperative matrices", target.name())
}

/// Compiles `variant` to `target` source (an error for a kernel the target
/// cannot express, see [`Target::supports`]).
pub fn emit(
    client: &ComputeClient<WgpuRuntime>,
    variant: Variant,
    target: Target,
) -> Result<String, String> {
    if !target.supports(variant.kernel) {
        return Err(no_cooperative_matrices(target));
    }
    let emitter = Emitter {
        client,
        variant,
        target,
    };
    match variant.format {
        Some(format) => formats::visit(format, emitter)
            .ok_or_else(|| format!("no spec for {}", format.name()))?,
        None => match variant.float {
            FloatType::F32 => emitter.float_kernel::<f32>(),
            FloatType::F16 => emitter.float_kernel::<half::f16>(),
        },
    }
}

struct Emitter<'a> {
    client: &'a ComputeClient<WgpuRuntime>,
    variant: Variant,
    target: Target,
}

impl FormatVisitor for Emitter<'_> {
    type Output = Result<String, String>;

    fn visit<Q: FormatSpec>(self) -> Self::Output {
        match self.variant.float {
            FloatType::F32 => self.quantized_kernel::<Q, f32>(),
            FloatType::F16 => self.quantized_kernel::<Q, half::f16>(),
        }
    }
}

/// [`Emitter::integer_dot`] for a format known to be an integer one.
struct IntegerDotEmitter<'a, 'b>(&'b Emitter<'a>);

impl Int8Visitor for IntegerDotEmitter<'_, '_> {
    type Output = Result<String, String>;

    fn visit<Q: Int8Spec>(self) -> Self::Output {
        match self.0.variant.float {
            FloatType::F32 => self.0.integer_dot::<Q, f32>(),
            FloatType::F16 => self.0.integer_dot::<Q, half::f16>(),
        }
    }
}

const ARRAY: ArrayCompilationArg = ArrayCompilationArg { inplace: None };

fn settings(units: u32) -> KernelSettings {
    KernelSettings::default().cube_dim(CubeDim::new_1d(units))
}

impl Emitter<'_> {
    /// Whether the target takes the CPU-shaped kernel variants: block-major
    /// matvec and matmul (a weight row walked a block at a time) and
    /// row-wise prefill attention (see the kernels).
    fn cpu_shaped(&self) -> bool {
        self.target == Target::Cpu
    }

    fn quantized_kernel<Q: FormatSpec, F: Float>(&self) -> Result<String, String> {
        use kernels::{
            dequantize::dequantize, embedding::embedding, matmul::matmul, matvec::matvec,
        };
        let client = self.client.clone();
        let block = Q::LAYOUT.block_elems;
        match self.variant.kernel {
            Kernel::Dequantize => self.compile(dequantize::Dequantize::<Q, F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
                block,
            )),
            Kernel::Embedding => self.compile(embedding::Embedding::<Q, F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                ARRAY,
                (),
                (),
                block,
            )),
            Kernel::Matvec => {
                let block_major = self.cpu_shaped();
                let units = if block_major {
                    block.min(kernels::matvec::BLOCK_MAJOR_UNITS)
                } else {
                    MATVEC_UNITS
                };
                self.compile(matvec::Matvec::<Q, F, WgpuRuntime>::new(
                    settings(units),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    block,
                    units,
                    block_major,
                ))
            }
            Kernel::Matmul => {
                let block_major = self.cpu_shaped();
                let units = if block_major {
                    block.min(kernels::matvec::BLOCK_MAJOR_UNITS)
                } else {
                    kernels::matmul::UNITS
                };
                self.compile(matmul::Matmul::<Q, F, WgpuRuntime>::new(
                    settings(units),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    (),
                    block,
                    units,
                    block_major,
                ))
            }
            Kernel::MatmulCmma => {
                let frag = match self.target {
                    Target::Cuda => 16,
                    Target::Msl => 8,
                    Target::Wgsl | Target::Ir | Target::Cpu => {
                        return Err(no_cooperative_matrices(self.target));
                    }
                };
                self.compile(kernels::matmul_cmma::matmul_cmma::MatmulCmma::<
                    Q,
                    F,
                    WgpuRuntime,
                >::new(
                    KernelSettings::default().cube_dim(CubeDim::new_2d(
                        kernels::matmul_cmma::PLANE,
                        kernels::matmul_cmma::PLANES,
                    )),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    (),
                    block,
                    frag,
                ))
            }
            Kernel::MatmulQ8 | Kernel::MatvecQ8 => Q::int8(IntegerDotEmitter(self))
                .ok_or_else(|| format!("{} is not an integer format", Q::LAYOUT.ggml.name()))?,
            other => Err(format!("`{}` takes no format", other.name())),
        }
    }

    /// `matmul_q8` or `matvec_q8`: the one kernel of `kernels::matvec_q8`,
    /// with a tile of tokens or one.
    fn integer_dot<Q: Int8Spec, F: Float>(&self) -> Result<String, String> {
        // Realm's CPU compiler has the dot product as one operation.
        let native_dot = self.cpu_shaped();
        // Quants under 8 bits: `vpmaddubsw` cannot saturate on them.
        let narrow_u = Q::U_BITS < 8;
        // A step of 32 elements holds one group or two.
        if Q::GROUP < kernels::quantize::Q8_BLOCK && Q::GROUP * 2 != kernels::quantize::Q8_BLOCK {
            return Err(format!(
                "matvec_q8 has no layout for groups of {}",
                Q::GROUP
            ));
        }
        // One kernel, a token per cube in decode and a tile of them in
        // prefill (`matmul_q8`).
        let token_tile = if self.variant.kernel == Kernel::MatvecQ8 {
            1
        } else {
            kernels::matvec_q8::PREFILL_TOKENS
        };
        self.compile(
            kernels::matvec_q8::matvec_q8::MatvecQ8::<Q, F, WgpuRuntime>::new(
                settings(kernels::matvec_q8::UNITS),
                self.client.clone(),
                ARRAY,
                ARRAY,
                ARRAY,
                ARRAY,
                ARRAY,
                (),
                (),
                (),
                (),
                Q::LAYOUT.block_elems,
                Q::GROUP,
                native_dot,
                narrow_u,
                token_tile,
            ),
        )
    }

    fn float_kernel<F: Float>(&self) -> Result<String, String> {
        use kernels::attention::{self, CPU_PREFILL_UNITS, PREFILL_UNITS};
        use kernels::elementwise::{self, BinaryOp};
        use kernels::{norm, rope, softmax};
        let client = self.client.clone();
        let binary = |op| {
            self.compile(elementwise::binary::Binary::<F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client.clone(),
                ARRAY,
                ARRAY,
                ARRAY,
                op,
            ))
        };
        match self.variant.kernel {
            Kernel::RmsNorm => {
                // The CPU's cube is one plane (see the kernel).
                let units = if self.cpu_shaped() {
                    norm::CPU_ROW_UNITS
                } else {
                    ROW_UNITS
                };
                self.compile(norm::rms_norm::RmsNorm::<F, WgpuRuntime>::new(
                    settings(units),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    units,
                    self.cpu_shaped(),
                ))
            }
            Kernel::LayerNorm => self.compile(norm::layer_norm::LayerNorm::<F, WgpuRuntime>::new(
                settings(ROW_UNITS),
                client,
                ARRAY,
                ARRAY,
                ARRAY,
                ARRAY,
                (),
                (),
                ROW_UNITS,
            )),
            Kernel::Softmax => self.compile(softmax::softmax::Softmax::<F, WgpuRuntime>::new(
                settings(ROW_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
                (),
                (),
                (),
                ROW_UNITS,
            )),
            Kernel::Rope(style) => self.compile(rope::rope::Rope::<F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
                (),
                (),
                (),
                (),
                style,
                self.cpu_shaped(),
            )),
            Kernel::Glu(act) => self.compile(elementwise::glu::Glu::<F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                ARRAY,
                act,
            )),
            Kernel::QuantizeQ8 => self.compile(kernels::quantize::quantize_q8::QuantizeQ8::<
                F,
                WgpuRuntime,
            >::new(
                settings(kernels::quantize::UNITS),
                client,
                ARRAY,
                ARRAY,
                ARRAY,
                ARRAY,
            )),
            Kernel::Add => binary(BinaryOp::Add),
            Kernel::Mul => binary(BinaryOp::Mul),
            Kernel::Scale => self.compile(elementwise::scale::Scale::<F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
            )),
            Kernel::Copy => self.compile(elementwise::copy::Copy::<F, WgpuRuntime>::new(
                settings(ELEMENTWISE_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
                (),
                (),
            )),
            Kernel::Argmax => self.compile(kernels::argmax::argmax::Argmax::<F, WgpuRuntime>::new(
                settings(ROW_UNITS),
                client,
                ARRAY,
                ARRAY,
                (),
                ROW_UNITS,
            )),
            Kernel::AttentionDecode => self.compile(
                attention::attention_decode::AttentionDecode::<F, WgpuRuntime>::new(
                    settings(DECODE_UNITS),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    (),
                    (),
                    (),
                    (),
                    MAX_HEAD_DIM,
                    DECODE_UNITS,
                ),
            ),
            // The CPU's variant: a cube per (query, head), lanes over dimensions.
            Kernel::AttentionPrefill if self.cpu_shaped() => {
                self.compile(attention::attention_prefill_rows::AttentionPrefillRows::<
                    F,
                    WgpuRuntime,
                >::new(
                    settings(CPU_PREFILL_UNITS),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    (),
                    (),
                    (),
                    (),
                    (),
                    MAX_HEAD_DIM,
                    CPU_PREFILL_UNITS,
                ))
            }
            Kernel::AttentionPrefill => {
                self.compile(attention::attention_prefill::AttentionPrefill::<
                    F,
                    WgpuRuntime,
                >::new(
                    settings(PREFILL_UNITS),
                    client,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    ARRAY,
                    (),
                    (),
                    (),
                    (),
                    (),
                    (),
                    (),
                    MAX_HEAD_DIM,
                ))
            }
            other => Err(format!("`{}` needs a format", other.name())),
        }
    }

    fn compile<K: CubeKernel>(&self, kernel: K) -> Result<String, String> {
        match self.target {
            Target::Wgsl => compile_with::<cubecl::wgpu::WgslCompiler, K>(kernel),
            Target::Cuda => compile_with::<cubecl::cuda::CudaCompiler, K>(kernel),
            Target::Msl => compile_with::<cubecl_cpp::MslCompiler, K>(kernel),
            Target::Ir => compile_with::<crate::cpu::dump::IrDump, K>(kernel),
            Target::Cpu => compile_with::<crate::cpu::compiler::RustCompiler, K>(kernel),
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
