//! Whole models on the wgpu backend (lavapipe, Vulkan on the CPU, in CI):
//! the tiny models in every format teacher-forced against the reference
//! backend, a batched forward pass against separate ones, and (with the real
//! model in the cache) SmolLM2 against llama.cpp's greedy tokens.
//!
//! Without a wgpu adapter these tests print SKIPPED with the reason, as the
//! conformance suite does; `.ci/test-all` installs lavapipe and sets
//! `REALM_REQUIRE_WGPU`, so there a missing adapter fails them.

mod common;
#[path = "common/compare.rs"]
mod compare;

use common::*;
use realm_codegen::device::open_wgpu;
use realm_codegen::gpu::WgpuRuntime;
use realm_models::{KvCache, Logits, Model, Sequence};
use realm_runtime::backend::gpu::GpuBackend;
use realm_runtime::gguf::GgufFile;

fn wgpu_backend(test: &str) -> Option<GpuBackend<WgpuRuntime>> {
    if let Some(why) = no_wgpu() {
        println!("SKIPPED {test}: no wgpu adapter ({why})");
        return None;
    }
    let opened = open_wgpu().expect("wgpu was probed");
    Some(GpuBackend::new(opened.gpu, "wgpu", opened.description))
}

#[test]
fn wgpu_backend_matches_the_reference_on_every_tiny_model() {
    let Some(backend) = wgpu_backend("tiny models on wgpu") else {
        return;
    };
    println!("device: {}", backend.description);
    compare::every_tiny_model_matches_the_reference(&backend);
}

/// Three sequences of different lengths and histories in one pass give what
/// each gives alone: rows are sliced and joined on the device, and each
/// sequence's keys land in its own device cache.
#[test]
fn a_batched_pass_on_wgpu_equals_separate_passes() {
    let Some(backend) = wgpu_backend("batched forward on wgpu") else {
        return;
    };
    let name = "tiny-Q4_K_M.gguf";
    let file = GgufFile::open(&tiny_dir().join(name)).unwrap();
    let model = Model::load(&file, &backend, &mut |_, _| {}).unwrap();
    let histories: [&[u32]; 3] = [&[1, 5, 9], &[], &[1, 2]];
    let new: [&[u32]; 3] = [&[7], &[3, 4, 8, 11], &[6, 6]];

    let mut alone = Vec::new();
    for (h, n) in histories.iter().zip(&new) {
        let mut cache = model.new_cache(&backend, 16);
        if !h.is_empty() {
            model
                .forward(&backend, &mut cache, h, Logits::None)
                .unwrap();
        }
        alone.push(model.forward(&backend, &mut cache, n, Logits::All).unwrap());
    }

    let mut caches: Vec<_> = histories
        .iter()
        .map(|h| {
            let mut cache = model.new_cache(&backend, 16);
            if !h.is_empty() {
                model
                    .forward(&backend, &mut cache, h, Logits::None)
                    .unwrap();
            }
            cache
        })
        .collect();
    let mut batch: Vec<Sequence<'_, _>> = caches
        .iter_mut()
        .zip(&new)
        .map(|(cache, tokens)| Sequence {
            cache,
            tokens,
            logits: Logits::All,
        })
        .collect();
    let together = model.forward_batch(&backend, &mut batch).unwrap();
    drop(batch);
    for (i, (a, t)) in alone.iter().zip(&together).enumerate() {
        assert_eq!(a.len(), t.len(), "sequence {i}");
        let diff = compare::max_abs_diff(a, t);
        assert!(diff < 1e-3, "sequence {i}: batched differs by {diff}");
    }
    for (i, (cache, (h, n))) in caches.iter().zip(histories.iter().zip(&new)).enumerate() {
        assert_eq!(cache.len(), h.len() + n.len(), "sequence {i}: cache length");
    }
}

/// Greedy tokens picked on the device (only ids come back) equal the argmax
/// of the logits read back, for every row of a batch.
#[test]
fn device_argmax_equals_the_argmax_of_the_logits() {
    let Some(backend) = wgpu_backend("device argmax on wgpu") else {
        return;
    };
    let file = GgufFile::open(&tiny_dir().join("tiny-Q6_K.gguf")).unwrap();
    let model = Model::load(&file, &backend, &mut |_, _| {}).unwrap();
    let prompts: [&[u32]; 2] = [&[1, 40, 41, 42, 43], &[1, 7]];
    let run = |on_device: bool| {
        let mut caches: Vec<_> = prompts
            .iter()
            .map(|_| model.new_cache(&backend, 8))
            .collect();
        let mut batch: Vec<Sequence<'_, _>> = caches
            .iter_mut()
            .zip(&prompts)
            .map(|(cache, tokens)| Sequence {
                cache,
                tokens,
                logits: Logits::All,
            })
            .collect();
        if on_device {
            model.forward_batch_argmax(&backend, &mut batch).unwrap()
        } else {
            let n_vocab = model.config.n_vocab;
            let logits = model.forward_batch(&backend, &mut batch).unwrap();
            logits
                .iter()
                .map(|l| l.chunks(n_vocab).map(|row| argmax(row) as u32).collect())
                .collect()
        }
    };
    let (on_device, on_host) = (run(true), run(false));
    assert_eq!(on_device.iter().map(Vec::len).sum::<usize>(), 7);
    assert_eq!(on_device, on_host);
}

/// Weights larger than the device binds in one array go up as runs of rows
/// (Gemma 3's embedding on lavapipe): with every matrix of a tiny model
/// forced into several runs, prefill and decode give what one array gives.
#[test]
fn weights_split_into_row_runs_compute_the_same() {
    let Some(whole) = wgpu_backend("chunked weights on wgpu") else {
        return;
    };
    let chunked = wgpu_backend("chunked weights on wgpu")
        .expect("probed above")
        .with_max_array_bytes(16 * 1024);
    let file = GgufFile::open(&tiny_dir().join("tiny-Q4_K_M.gguf")).unwrap();
    // Ids from all over the 512-token vocabulary, so every run of the
    // embedding table serves some.
    let prompt = [1u32, 500, 3, 260, 130, 511, 7, 389];
    let (want, _) = compare::all_logits(&whole, &file, &prompt);
    let (got, _) = compare::all_logits(&chunked, &file, &prompt);
    let prefill = compare::max_abs_diff(&want, &got);
    let decoded = compare::decoded_logits(&chunked, &file, &prompt);
    let decode = compare::max_abs_diff(&want, &decoded);
    println!("chunked weights: prefill differs by {prefill}, decode by {decode}");
    assert_eq!(want.len(), got.len());
    assert!(
        prefill < 1e-5,
        "prefill with chunked weights differs by {prefill}"
    );
    assert!(
        decode < 1e-3,
        "decode with chunked weights differs by {decode}"
    );
}
