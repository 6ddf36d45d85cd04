//! Compiling and validating tenants' modules, once per upload.

use crate::abi::{self, HostState};
use crate::limits::WASM_STACK_BYTES;
use crate::{ControllerError, Limits};
use std::sync::Arc;
use wasmtime::{Config, Engine, ExternType, FuncType, InstancePre, Linker, Module, ValType};

/// Compiles controller modules; one per server.
///
/// Holds the wasmtime engine (fuel metering on; no threads, which are not
/// compiled in; no 64-bit or multiple memories) and the linker with the
/// `realm` host functions, the only imports a controller gets.
pub struct ControllerHost {
    engine: Engine,
    linker: Linker<HostState>,
    limits: Limits,
}

/// A compiled, validated controller module: cheap to clone, shareable
/// between threads; [`Controller::start`](crate::Controller::start)
/// instantiates it for one request.
#[derive(Clone)]
pub struct ControllerModule {
    pub(crate) pre: InstancePre<HostState>,
    pub(crate) has_init: bool,
    pub(crate) limits: Limits,
}

impl ControllerHost {
    /// A host whose controllers get `limits`.
    pub fn new(limits: Limits) -> Result<Self, ControllerError> {
        let mut config = Config::new();
        config
            .consume_fuel(true)
            .max_wasm_stack(WASM_STACK_BYTES)
            .wasm_multi_memory(false)
            .wasm_memory64(false);
        let engine = Engine::new(&config).map_err(|e| ControllerError::Host(format!("{e:#}")))?;
        let mut linker = Linker::new(&engine);
        abi::link(&mut linker).map_err(|e| ControllerError::Host(format!("{e:#}")))?;
        Ok(ControllerHost {
            engine,
            linker,
            limits,
        })
    }

    /// The limits every controller compiled here runs under.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Compiles a module (WebAssembly binary or WAT text) and checks its
    /// imports and exports against the ABI, so that a bad upload is
    /// rejected now rather than failing every request later.
    pub fn compile(&self, bytes: &[u8]) -> Result<ControllerModule, ControllerError> {
        if bytes.len() > self.limits.max_module_bytes {
            return Err(ControllerError::TooLarge {
                size: bytes.len(),
                limit: self.limits.max_module_bytes,
            });
        }
        let module =
            Module::new(&self.engine, bytes).map_err(|e| ControllerError::Compile(format!("{e:#}")))?;
        check_imports(&module)?;
        let has_init = check_exports(&module)?;
        let pre = self
            .linker
            .instantiate_pre(&module)
            .map_err(|e| ControllerError::Import(format!("with the wrong type: {e:#}")))?;
        Ok(ControllerModule {
            pre,
            has_init,
            limits: self.limits,
        })
    }
}

/// Only `realm` functions we define may be imported.
fn check_imports(module: &Module) -> Result<(), ControllerError> {
    for import in module.imports() {
        let name = format!("`{}.{}`", import.module(), import.name());
        if import.module() != abi::MODULE {
            return Err(ControllerError::Import(format!(
                "{name}: a controller may import only the functions of module `{}` (no WASI, no filesystem, network, clock or threads)",
                abi::MODULE
            )));
        }
        if !matches!(import.ty(), ExternType::Func(_)) || !abi::FUNCTIONS.contains(&import.name()) {
            return Err(ControllerError::Import(format!(
                "{name}, which the host does not provide (it provides the functions {})",
                abi::FUNCTIONS.join(", ")
            )));
        }
    }
    Ok(())
}

/// `step: () -> i32` is required, `init: () -> i32` optional, and `memory`
/// must be a memory, present if an imported function reads guest memory.
/// Returns whether there is an `init`.
fn check_exports(module: &Module) -> Result<bool, ControllerError> {
    let entry = |name: &str| -> Result<bool, ControllerError> {
        match module.get_export(name) {
            None => Ok(false),
            Some(ExternType::Func(ty)) if returns_i32(&ty) => Ok(true),
            Some(_) => Err(ControllerError::Export(format!(
                "`{name}` with the wrong type: it must be a function taking nothing and returning i32"
            ))),
        }
    };
    if !entry("step")? {
        return Err(ControllerError::Export(
            "no function `step`: every controller must export `step: () -> i32`".into(),
        ));
    }
    let has_init = entry("init")?;
    match module.get_export("memory") {
        Some(ExternType::Memory(_)) => {}
        Some(_) => return Err(ControllerError::Export("`memory`, but it is not a memory".into())),
        None => {
            if let Some(import) = module.imports().find(|i| abi::USE_MEMORY.contains(&i.name())) {
                return Err(ControllerError::Export(format!(
                    "no memory, but it imports `{}`, which needs the module's memory exported as `memory`",
                    import.name()
                )));
            }
        }
    }
    Ok(has_init)
}

fn returns_i32(ty: &FuncType) -> bool {
    ty.params().len() == 0 && matches!(ty.results().collect::<Vec<_>>()[..], [ValType::I32])
}

impl ControllerModule {
    /// The limits this module's controllers run under.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub(crate) fn engine(&self) -> &Engine {
        self.pre.module().engine()
    }
}

// Shared by every request of the tenant that uploaded it.
const _: fn() = || {
    fn shareable<T: Send + Sync + Clone>() {}
    shareable::<ControllerModule>();
    shareable::<Arc<ControllerHost>>();
};
