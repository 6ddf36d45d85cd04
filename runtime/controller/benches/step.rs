//! Per-token cost of a controller: one `Controller::step` over a
//! SmolLM2-sized vocabulary (49,152 tokens), logits edits included.
//!
//! - `step/noop`: a guest that returns 0 at once: the fixed cost of a call
//!   (fuel set-up, entering wasm, the step state reset).
//! - `step/charset`: `examples/charset.wat` (`allow_none` + `allow_bitmap`
//!   + masking 49,152 logits): the cost of a typical constraint.
//! - `start/charset`: instantiating it and its `init`, which scans every
//!   token once: paid once per request.
//!
//! `cargo bench -p realm-controller --bench step`

use criterion::{Criterion, criterion_group, criterion_main};
use realm_controller::{Action, Controller, ControllerHost, ControllerModule, Limits, TokenTable};
use std::hint::black_box;
use std::sync::Arc;

const N_VOCAB: usize = 49_152;

/// 49,152 tokens of 1 to 8 printable ASCII bytes (a third with a leading
/// space, as BPE vocabularies have), from a fixed xorshift sequence; the last
/// two end generation.
fn vocab() -> Arc<TokenTable> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces = (0..N_VOCAB)
        .map(|_| {
            let len = 1 + next() % 8;
            let mut piece: Vec<u8> = (0..len).map(|_| b' ' + (next() % 95) as u8).collect();
            if next() % 3 == 0 {
                piece[0] = b' ';
            }
            piece
        })
        .collect();
    Arc::new(TokenTable::new(
        pieces,
        [N_VOCAB as u32 - 2, N_VOCAB as u32 - 1],
    ))
}

fn compile(host: &ControllerHost, wat: &str) -> ControllerModule {
    host.compile(wat.as_bytes()).expect("compiles")
}

fn bench(c: &mut Criterion) {
    let host = ControllerHost::new(Limits::default()).unwrap();
    let vocab = vocab();
    let charset_wat =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/charset.wat"))
            .unwrap();
    let charset = compile(&host, &charset_wat);
    let noop = compile(
        &host,
        r#"(module (func (export "step") (result i32) (i32.const 0)))"#,
    );
    let config = b"abcdefghijklmnopqrstuvwxyz ";
    let generated: Vec<u32> = (0..64).collect();
    let mut logits = vec![0.0f32; N_VOCAB];

    let mut controller = Controller::start(&charset, vocab.clone(), config, &[1, 2, 3]).unwrap();
    eprintln!("charset init: {} fuel", controller.fuel_used());
    assert_eq!(
        controller.step(&generated, &mut logits).unwrap(),
        Action::Sample
    );
    let allowed = logits.iter().filter(|l| l.is_finite()).count();
    eprintln!(
        "charset step: {} fuel, {allowed} of {N_VOCAB} tokens allowed",
        controller.fuel_used()
    );

    c.bench_function("step/noop", |b| {
        let mut controller = Controller::start(&noop, vocab.clone(), config, &[1, 2, 3]).unwrap();
        b.iter(|| {
            controller
                .step(black_box(&generated), black_box(&mut logits))
                .unwrap()
        })
    });
    c.bench_function("step/charset", |b| {
        b.iter(|| {
            controller
                .step(black_box(&generated), black_box(&mut logits))
                .unwrap()
        })
    });
    c.bench_function("start/charset", |b| {
        b.iter(|| Controller::start(&charset, vocab.clone(), config, &[1, 2, 3]).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
