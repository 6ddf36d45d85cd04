//! A compiler that prints the kernel IR (for development).
use cubecl::Compiler;
use cubecl::prelude::*;
use cubecl_runtime::kernel::KernelDefinition;

#[derive(Clone, Debug, Default)]
pub struct IrDump;

pub struct Text(pub String);
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Compiler for IrDump {
    type Representation = Text;
    type CompilationOptions = ();
    fn compile(
        &mut self,
        k: KernelDefinition,
        _: &(),
        _: ExecutionMode,
        _: cubecl::ir::StorageType,
    ) -> Result<Text, cubecl_runtime::compiler::CompilationError> {
        Ok(Text(format!(
            "buffers {:?}\nscalars {:?}\ncube_dim {:?}\n{}",
            k.buffers, k.scalars, k.cube_dim, k.body
        )))
    }
    fn elem_size(&self, e: cubecl::ir::ElemType) -> usize {
        e.size()
    }
    fn extension(&self) -> &'static str {
        "ir"
    }
}
