//! Compiling and validating tenants' modules, once per upload.

use crate::abi::{self, HostState};
use crate::limits::WASM_STACK_BYTES;
use crate::{ControllerError, Limits, TokenTable};
use std::collections::BTreeMap;
use std::sync::Arc;
use wasmtime::{
    Config, Engine, Extern, ExternType, FuncType, InstancePre, Linker, Module, Store, ValType,
};

/// Compiles controller modules; one per server.
///
/// Holds the wasmtime engine (fuel metering on; no threads, which are not
/// compiled in; no 64-bit or multiple memories) and the linker with the
/// `realm` host functions, the only imports a controller gets.
pub struct ControllerHost {
    engine: Engine,
    linker: Linker<HostState>,
    /// Each host function's type, read from the linker (so it cannot drift
    /// from what is linked), to check a module's imports with clear errors.
    host_functions: BTreeMap<String, FuncType>,
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
        let vocab = Arc::new(TokenTable::default());
        let mut store = Store::new(&engine, HostState::new(vocab, b"", &[], limits));
        let linked: Vec<(String, Extern)> = linker
            .iter(&mut store)
            .map(|(_, name, item)| (name.to_string(), item))
            .collect();
        let host_functions = linked
            .into_iter()
            .filter_map(|(name, item)| Some((name, item.into_func()?.ty(&store))))
            .collect();
        Ok(ControllerHost {
            engine,
            linker,
            host_functions,
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
        let module = Module::new(&self.engine, bytes)
            .map_err(|e| ControllerError::Compile(format!("{e:#}")))?;
        self.check_imports(&module)?;
        let has_init = check_exports(&module)?;
        let pre = self
            .linker
            .instantiate_pre(&module)
            .map_err(|e| ControllerError::Import(format!("{e:#}")))?;
        Ok(ControllerModule {
            pre,
            has_init,
            limits: self.limits,
        })
    }

    /// Only the `realm` functions we define may be imported, with their types.
    fn check_imports(&self, module: &Module) -> Result<(), ControllerError> {
        for import in module.imports() {
            let name = format!("`{}.{}`", import.module(), import.name());
            if import.module() != abi::MODULE {
                return Err(ControllerError::Import(format!(
                    "{name}: a controller may import only the functions of module `{}` \
                     (no WASI, no filesystem, network, clock or threads)",
                    abi::MODULE
                )));
            }
            let Some(host) = self.host_functions.get(import.name()) else {
                let names: Vec<&str> = self.host_functions.keys().map(String::as_str).collect();
                return Err(ControllerError::Import(format!(
                    "{name}, which the host does not provide (it provides {})",
                    names.join(", ")
                )));
            };
            match import.ty() {
                ExternType::Func(ty) if FuncType::eq(&ty, host) => {}
                ExternType::Func(ty) => {
                    return Err(ControllerError::Import(format!(
                        "{name} as {ty}, but the host function is {host}"
                    )));
                }
                _ => {
                    return Err(ControllerError::Import(format!(
                        "{name} as something other than a function, but it is the function {host}"
                    )));
                }
            }
        }
        Ok(())
    }
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
        Some(_) => {
            return Err(ControllerError::Export(
                "`memory`, but it is not a memory".into(),
            ));
        }
        None => {
            if let Some(import) = module
                .imports()
                .find(|i| abi::USE_MEMORY.contains(&i.name()))
            {
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
