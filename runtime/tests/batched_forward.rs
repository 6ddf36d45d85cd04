//! A batched forward pass (several sequences, each at its own position and
//! with its own cache, in one pass) gives each sequence what it would get
//! alone: the property continuous batching in the server rests on.

mod common;

use common::*;
use realm_models::{Backend, KvCache, Logits, Model, Sequence};
use realm_runtime::backend::cpu::CpuBackend;
use realm_runtime::backend::reference::ReferenceBackend;
use realm_runtime::gguf::GgufFile;

/// Three sequences in different states: one decoding a token after a
/// prefilled prefix, one prefilling a chunk after a prefix of its own, one
/// starting from an empty cache (with every position's logits).
fn check_batch_matches_alone<B: Backend>(backend: &B, name: &str) -> f32 {
    let file = GgufFile::open(&tiny_dir().join(name)).unwrap();
    let model = Model::load(&file, backend, &mut |_, _| {}).unwrap();
    let vocab = model.config.n_vocab as u32;
    let token = |i: u32| (i * 7919 + 13) % vocab;
    let prefix_a: Vec<u32> = (0..9).map(token).collect();
    let prefix_b: Vec<u32> = (20..25).map(token).collect();
    let step_a = [token(40)];
    let chunk_b: Vec<u32> = (50..56).map(token).collect();
    let fresh_c: Vec<u32> = (60..64).map(token).collect();

    let prefilled = |prefix: &[u32]| {
        let mut cache = model.new_cache(backend, 32);
        model
            .forward(backend, &mut cache, prefix, Logits::Last)
            .unwrap();
        cache
    };
    // Alone.
    let mut alone_a = prefilled(&prefix_a);
    let mut alone_b = prefilled(&prefix_b);
    let mut alone_c = model.new_cache(backend, 32);
    let want = [
        model
            .forward(backend, &mut alone_a, &step_a, Logits::Last)
            .unwrap(),
        model
            .forward(backend, &mut alone_b, &chunk_b, Logits::Last)
            .unwrap(),
        model
            .forward(backend, &mut alone_c, &fresh_c, Logits::All)
            .unwrap(),
    ];
    // Together.
    let (mut a, mut b, mut c) = (
        prefilled(&prefix_a),
        prefilled(&prefix_b),
        model.new_cache(backend, 32),
    );
    let mut batch = [
        Sequence {
            cache: &mut a,
            tokens: &step_a,
            logits: Logits::Last,
        },
        Sequence {
            cache: &mut b,
            tokens: &chunk_b,
            logits: Logits::Last,
        },
        Sequence {
            cache: &mut c,
            tokens: &fresh_c,
            logits: Logits::All,
        },
    ];
    let got = model.forward_batch(backend, &mut batch).unwrap();
    assert_eq!(a.len(), prefix_a.len() + 1);
    assert_eq!(b.len(), prefix_b.len() + chunk_b.len());
    assert_eq!(c.len(), fresh_c.len());

    let mut worst = 0f32;
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g.len(), w.len(), "{name}: sequence {i} logits");
        for (row, (gr, wr)) in g
            .chunks(vocab as usize)
            .zip(w.chunks(vocab as usize))
            .enumerate()
        {
            let diff = gr
                .iter()
                .zip(wr)
                .map(|(x, y)| (x - y).abs())
                .fold(0f32, f32::max);
            worst = worst.max(diff);
            assert!(
                diff < 1e-3,
                "{name} on {}: sequence {i} row {row} differs by {diff} batched",
                backend.name()
            );
            assert_eq!(argmax(gr), argmax(wr), "{name}: sequence {i} row {row}");
        }
    }
    // Both caches continue the same way afterwards.
    let next = [token(99)];
    let after_batch = model.forward(backend, &mut b, &next, Logits::Last).unwrap();
    let after_alone = model
        .forward(backend, &mut alone_b, &next, Logits::Last)
        .unwrap();
    assert_eq!(argmax(&after_batch), argmax(&after_alone));
    worst
}

#[test]
fn batched_sequences_get_what_they_get_alone_on_cpu() {
    for name in ["tiny-Q4_0.gguf", "tiny-Q4_K_M.gguf", "tiny-Q8_0.gguf"] {
        let worst = check_batch_matches_alone(&CpuBackend, name);
        println!("{name} cpu: worst |batched - alone| {worst:.2e}");
    }
}

#[test]
fn batched_sequences_get_what_they_get_alone_on_the_reference() {
    let worst = check_batch_matches_alone(&ReferenceBackend, "tiny-Q4_K_M.gguf");
    println!("reference: worst |batched - alone| {worst:.2e}");
}
