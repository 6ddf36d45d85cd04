//! The host side of the controller ABI: the functions a controller imports
//! from module `realm` (documented in the crate's README), and the state
//! they read.
//!
//! Every value a guest passes is checked here: token ids against the
//! vocabulary, indices against the prompt or the generated tokens, pointers
//! and lengths against the guest's memory. A bad one is an
//! [`ControllerError::Abi`] naming the function and the value.

use crate::edits::{Edits, MAX_INJECT};
use crate::{ControllerError, GuestLimiter, Limits, Vocabulary};
use std::sync::Arc;
use wasmtime::{Caller, Extern, Linker};

/// The only module controllers may import from.
pub(crate) const MODULE: &str = "realm";

/// Host functions that read or write guest memory: a module importing one of
/// them must export its memory as `memory`.
pub(crate) const USE_MEMORY: &[&str] = &["token_text", "config_read", "allow_bitmap"];

/// One unit of fuel per this many bytes a host function copies or scans.
const BYTES_PER_FUEL: usize = 8;

/// A controller's store data: what it may read, and what its current call
/// asked for.
pub(crate) struct HostState {
    pub vocab: Arc<dyn Vocabulary>,
    pub n_vocab: usize,
    pub config: Vec<u8>,
    pub prompt: Vec<u32>,
    pub generated: Vec<u32>,
    /// The export running now (`start`, `init` or `step`).
    pub call: &'static str,
    /// The fuel that call started with.
    pub fuel: u64,
    pub edits: Edits,
    pub limiter: GuestLimiter,
}

impl HostState {
    /// The state a controller starts with: `call` is `start` (the module's
    /// start function runs during instantiation).
    pub fn new(vocab: Arc<dyn Vocabulary>, config: &[u8], prompt: &[u32], limits: Limits) -> Self {
        let n_vocab = vocab.n_vocab();
        HostState {
            vocab,
            n_vocab,
            config: config.to_vec(),
            prompt: prompt.to_vec(),
            generated: Vec::new(),
            call: "start",
            fuel: limits.init_fuel,
            edits: Edits::new(n_vocab),
            limiter: GuestLimiter {
                memory_bytes: limits.memory_bytes,
            },
        }
    }
}

type Result<T> = wasmtime::Result<T>;

fn abi(message: String) -> wasmtime::Error {
    wasmtime::Error::new(ControllerError::Abi(message))
}

/// The token id `id`, if it is one.
fn token(state: &HostState, func: &str, id: i32) -> Result<u32> {
    match u32::try_from(id) {
        Ok(token) if (token as usize) < state.n_vocab => Ok(token),
        _ => Err(abi(format!(
            "{func}({id}): no such token (the vocabulary has {} tokens)",
            state.n_vocab
        ))),
    }
}

/// `list[i]`, where `list` is the prompt or the generated tokens.
fn element(list: &[u32], func: &str, i: i32) -> Result<i32> {
    usize::try_from(i)
        .ok()
        .and_then(|i| list.get(i))
        .map(|&id| id as i32)
        .ok_or_else(|| {
            abi(format!(
                "{func}({i}): index out of range (length {})",
                list.len()
            ))
        })
}

/// Logit edits and injections only mean something while a step runs.
fn in_step(state: &HostState, func: &str) -> Result<()> {
    if state.call == "step" {
        Ok(())
    } else {
        Err(abi(format!(
            "{func} called from `{}`; it is only valid in `step`",
            state.call
        )))
    }
}

/// Charges the guest for host work it caused (`bytes` copied or scanned).
fn charge(caller: &mut Caller<'_, HostState>, bytes: usize) -> Result<()> {
    let cost = (bytes / BYTES_PER_FUEL) as u64 + 1;
    let left = caller.get_fuel()?;
    if left < cost {
        caller.set_fuel(0)?;
        let state = caller.data();
        return Err(wasmtime::Error::new(ControllerError::OutOfFuel {
            call: state.call,
            fuel: state.fuel,
        }));
    }
    caller.set_fuel(left - cost)
}

/// The guest's bytes `ptr..ptr + len` (wasm32 addresses: unsigned), with the
/// store data alongside.
fn guest_bytes<'a>(
    caller: &'a mut Caller<'_, HostState>,
    func: &str,
    ptr: i32,
    len: i32,
) -> Result<(&'a mut [u8], &'a mut HostState)> {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return Err(abi(format!(
            "{func} needs the module to export its memory as `memory`"
        )));
    };
    let (data, state) = memory.data_and_store_mut(caller);
    let size = data.len();
    let Ok(len) = usize::try_from(len) else {
        return Err(abi(format!("{func}: negative length {len}")));
    };
    let start = ptr as u32 as usize;
    match data.get_mut(start..start.saturating_add(len)) {
        Some(bytes) => Ok((bytes, state)),
        None => Err(abi(format!(
            "{func}: buffer {start}..{} is outside the controller's memory ({size} bytes)",
            start as u64 + len as u64
        ))),
    }
}

/// Copies what `source` picks from the store data into the guest at `ptr`
/// (at most `cap` bytes); returns the full length, so a guest can tell a
/// truncated copy and retry with a larger buffer.
fn copy_out(
    caller: &mut Caller<'_, HostState>,
    func: &str,
    ptr: i32,
    cap: i32,
    source: impl FnOnce(&HostState, &mut [u8]) -> usize,
) -> Result<i32> {
    let (buffer, state) = guest_bytes(caller, func, ptr, cap)?;
    let len = source(state, buffer);
    charge(caller, len.min(cap as usize))?;
    i32::try_from(len).map_err(|_| abi(format!("{func}: {len} bytes do not fit an i32")))
}

/// Copies `bytes` into the front of `buffer`, as much as fits; returns
/// `bytes.len()`.
fn fill(buffer: &mut [u8], bytes: &[u8]) -> usize {
    let n = bytes.len().min(buffer.len());
    buffer[..n].copy_from_slice(&bytes[..n]);
    bytes.len()
}

/// Registers every host function.
pub(crate) fn link(linker: &mut Linker<HostState>) -> Result<()> {
    // The vocabulary.
    linker.func_wrap(MODULE, "vocab_size", |caller: Caller<'_, HostState>| {
        caller.data().n_vocab as i32
    })?;
    linker.func_wrap(
        MODULE,
        "is_eog",
        |caller: Caller<'_, HostState>, id: i32| -> Result<i32> {
            let state = caller.data();
            let id = token(state, "is_eog", id)?;
            Ok(state.vocab.is_eog(id) as i32)
        },
    )?;
    linker.func_wrap(
        MODULE,
        "token_text",
        |mut caller: Caller<'_, HostState>, id: i32, ptr: i32, cap: i32| -> Result<i32> {
            let id = token(caller.data(), "token_text", id)?;
            copy_out(&mut caller, "token_text", ptr, cap, |state, buffer| {
                fill(buffer, &state.vocab.token_bytes(id))
            })
        },
    )?;

    // The prompt, the tokens generated so far, the config string.
    linker.func_wrap(MODULE, "prompt_len", |caller: Caller<'_, HostState>| {
        caller.data().prompt.len() as i32
    })?;
    linker.func_wrap(
        MODULE,
        "prompt_token",
        |caller: Caller<'_, HostState>, i: i32| element(&caller.data().prompt, "prompt_token", i),
    )?;
    linker.func_wrap(MODULE, "generated_len", |caller: Caller<'_, HostState>| {
        caller.data().generated.len() as i32
    })?;
    linker.func_wrap(
        MODULE,
        "generated_token",
        |caller: Caller<'_, HostState>, i: i32| {
            element(&caller.data().generated, "generated_token", i)
        },
    )?;
    linker.func_wrap(MODULE, "config_len", |caller: Caller<'_, HostState>| {
        caller.data().config.len() as i32
    })?;
    linker.func_wrap(
        MODULE,
        "config_read",
        |mut caller: Caller<'_, HostState>, ptr: i32, cap: i32| -> Result<i32> {
            copy_out(&mut caller, "config_read", ptr, cap, |state, buffer| {
                fill(buffer, &state.config)
            })
        },
    )?;

    // Steering the next token.
    linker.func_wrap(
        MODULE,
        "allow_none",
        |mut caller: Caller<'_, HostState>| -> Result<()> {
            in_step(caller.data(), "allow_none")?;
            let words = caller.data().edits.mask_words();
            charge(&mut caller, words * 8)?;
            caller.data_mut().edits.allow_none();
            Ok(())
        },
    )?;
    linker.func_wrap(
        MODULE,
        "allow",
        |mut caller: Caller<'_, HostState>, id: i32| -> Result<()> {
            in_step(caller.data(), "allow")?;
            let id = token(caller.data(), "allow", id)?;
            caller.data_mut().edits.allow(id);
            Ok(())
        },
    )?;
    linker.func_wrap(
        MODULE,
        "allow_bitmap",
        |mut caller: Caller<'_, HostState>, ptr: i32, len: i32| -> Result<()> {
            in_step(caller.data(), "allow_bitmap")?;
            let most = caller.data().n_vocab.div_ceil(8);
            if usize::try_from(len).is_ok_and(|len| len > most) {
                return Err(abi(format!(
                    "allow_bitmap: {len} bytes is longer than the vocabulary's bitmap ({most} bytes)"
                )));
            }
            charge(&mut caller, len.max(0) as usize)?;
            let (bitmap, state) = guest_bytes(&mut caller, "allow_bitmap", ptr, len)?;
            state.edits.allow_bitmap(bitmap);
            Ok(())
        },
    )?;
    linker.func_wrap(
        MODULE,
        "ban",
        |mut caller: Caller<'_, HostState>, id: i32| -> Result<()> {
            in_step(caller.data(), "ban")?;
            let id = token(caller.data(), "ban", id)?;
            charge(&mut caller, 0)?;
            caller.data_mut().edits.ban(id);
            Ok(())
        },
    )?;
    linker.func_wrap(
        MODULE,
        "bias",
        |mut caller: Caller<'_, HostState>, id: i32, delta: f32| -> Result<()> {
            in_step(caller.data(), "bias")?;
            let id = token(caller.data(), "bias", id)?;
            if !delta.is_finite() {
                return Err(abi(format!(
                    "bias({id}, {delta}): the bias must be finite (use ban)"
                )));
            }
            caller.data_mut().edits.bias(id, delta);
            Ok(())
        },
    )?;
    linker.func_wrap(
        MODULE,
        "inject",
        |mut caller: Caller<'_, HostState>, id: i32| -> Result<()> {
            in_step(caller.data(), "inject")?;
            let id = token(caller.data(), "inject", id)?;
            let queue = &mut caller.data_mut().edits.inject;
            if queue.len() >= MAX_INJECT {
                return Err(abi(format!(
                    "inject: more than {MAX_INJECT} tokens in one step"
                )));
            }
            queue.push(id);
            Ok(())
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmtime::{Engine, Store};

    #[test]
    fn memory_functions_are_host_functions() {
        let engine = Engine::default();
        let mut linker = Linker::new(&engine);
        link(&mut linker).unwrap();
        let vocab = Arc::new(crate::TokenTable::default());
        let mut store = Store::new(&engine, HostState::new(vocab, b"", &[], Limits::default()));
        let names: Vec<String> = linker
            .iter(&mut store)
            .map(|(_, name, _)| name.to_string())
            .collect();
        assert_eq!(names.len(), 15);
        assert!(
            USE_MEMORY
                .iter()
                .all(|name| names.iter().any(|n| n == name))
        );
    }
}
