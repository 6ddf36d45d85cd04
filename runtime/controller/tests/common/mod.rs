//! Shared by the integration tests: a small vocabulary, a host with small
//! limits, and shortcuts from WAT source to a controller or its error.
#![allow(dead_code)]

use realm_controller::{Action, Controller, ControllerError, ControllerHost, Limits, TokenTable};
use std::sync::Arc;

/// Tokens 0..=10 are named below (0 and 9 end generation, 8 is empty);
/// 11..300 are `x11`, `x12`, ... so that tests can inject any byte value.
pub const TOKENS: [&str; 11] = [
    "<eos>",
    "a",
    "b",
    "ab",
    "c",
    " ",
    "hello",
    "ba!",
    "",
    "<|im_end|>",
    "aaaa",
];
pub const N_VOCAB: usize = 300;
pub const EOG: [u32; 2] = [0, 9];

pub fn vocab() -> Arc<TokenTable> {
    let mut pieces: Vec<Vec<u8>> = TOKENS.iter().map(|t| t.as_bytes().to_vec()).collect();
    pieces.extend((TOKENS.len()..N_VOCAB).map(|i| format!("x{i}").into_bytes()));
    Arc::new(TokenTable::new(pieces, EOG))
}

/// Small limits, so that runaway guests fail fast.
pub fn limits() -> Limits {
    Limits {
        fuel_per_call: 1_000_000,
        init_fuel: 10_000_000,
        memory_bytes: 1 << 20,
        max_module_bytes: 64 << 10,
    }
}

pub fn host() -> ControllerHost {
    ControllerHost::new(limits()).expect("host")
}

/// An example controller's WAT source, from `examples/`.
pub fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}.wat", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Compiles and starts `wat` with `config` and a fixed prompt.
pub fn start(
    host: &ControllerHost,
    wat: &str,
    config: &str,
) -> Result<Controller, ControllerError> {
    let module = host.compile(wat.as_bytes())?;
    Controller::start(&module, vocab(), config.as_bytes(), &[6, 5, 1])
}

/// One step with flat logits; the logits come back too.
pub fn step(
    controller: &mut Controller,
    generated: &[u32],
) -> (Result<Action, ControllerError>, Vec<f32>) {
    let mut logits = vec![0.0f32; N_VOCAB];
    let action = controller.step(generated, &mut logits);
    (action, logits)
}

/// The ids whose logits are still finite.
pub fn finite(logits: &[f32]) -> Vec<u32> {
    (0..logits.len() as u32)
        .filter(|&i| logits[i as usize].is_finite())
        .collect()
}

/// The error `wat` gives, at compile, start or its first step.
pub fn failure(wat: &str) -> ControllerError {
    let host = host();
    match start(&host, wat, "cfg") {
        Err(e) => e,
        Ok(mut controller) => match step(&mut controller, &[1]).0 {
            Err(e) => e,
            Ok(action) => panic!("expected a failure, got {action:?}"),
        },
    }
}

/// A module importing every `realm` function, with `init` and `step` bodies
/// (each must leave an i32), and one page of exported memory.
pub fn module(init: &str, step: &str) -> String {
    format!(
        r#"(module
  (import "realm" "vocab_size" (func $vocab_size (result i32)))
  (import "realm" "is_eog" (func $is_eog (param i32) (result i32)))
  (import "realm" "token_text" (func $token_text (param i32 i32 i32) (result i32)))
  (import "realm" "prompt_len" (func $prompt_len (result i32)))
  (import "realm" "prompt_token" (func $prompt_token (param i32) (result i32)))
  (import "realm" "generated_len" (func $generated_len (result i32)))
  (import "realm" "generated_token" (func $generated_token (param i32) (result i32)))
  (import "realm" "config_len" (func $config_len (result i32)))
  (import "realm" "config_read" (func $config_read (param i32 i32) (result i32)))
  (import "realm" "allow_none" (func $allow_none))
  (import "realm" "allow" (func $allow (param i32)))
  (import "realm" "allow_bitmap" (func $allow_bitmap (param i32 i32)))
  (import "realm" "ban" (func $ban (param i32)))
  (import "realm" "bias" (func $bias (param i32 f32)))
  (import "realm" "inject" (func $inject (param i32)))
  (memory (export "memory") 1)
  (func $init (export "init") (result i32) {init})
  (func $step (export "step") (result i32) {step})
)"#
    )
}
