//! The generated CPU kernels against `realm_ir`'s reference, through the same
//! launch shapes the GPU layer uses (the full conformance suite on the CPU
//! backend comes with the CPU launch layer).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use realm_cpu::kernels::by_name;
use realm_cpu::rt::{Buf, Scalars, launch};
use realm_ir::metrics::nmse;
use realm_ir::ops;

fn random(rng: &mut StdRng, n: usize, range: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(-range..range)).collect()
}

#[test]
fn scale_and_glu_match_the_reference() {
    let mut rng = StdRng::seed_from_u64(1);
    let a = random(&mut rng, 1000, 4.0);
    let mut out = vec![0f32; 1000];
    let kernel = by_name("scale_f32").unwrap();
    let scalars = Scalars {
        f32: vec![0.37],
        ..Default::default()
    };
    // SAFETY: the GPU layer's launch: arrays with true lengths, 256-unit cubes covering them.
    unsafe {
        launch(
            kernel,
            [4, 1, 1],
            &[Buf::of(&a), Buf::of_mut(&mut out)],
            &scalars,
        );
    }
    let want: Vec<f32> = a.iter().map(|v| v * 0.37).collect();
    assert_eq!(out, want);

    let (gate, up) = (random(&mut rng, 1000, 6.0), random(&mut rng, 1000, 2.0));
    for (name, act) in [
        ("swiglu_f32", ops::GluActivation::SwiGlu),
        ("geglu_f32", ops::GluActivation::GeGlu),
    ] {
        let mut out = vec![0f32; 1000];
        let bufs = [Buf::of(&gate), Buf::of(&up), Buf::of_mut(&mut out)];
        // SAFETY: as above.
        unsafe {
            launch(
                by_name(name).unwrap(),
                [4, 1, 1],
                &bufs,
                &Scalars::default(),
            )
        };
        let mut want = vec![0f32; 1000];
        ops::glu(&gate, &up, act, &mut want);
        assert!(nmse(&out, &want) < 1e-7, "{name}: {}", nmse(&out, &want));
    }
}

#[test]
fn softmax_with_barriers_and_causal_mask_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(2);
    let (rows, cols, first_pos) = (5, 300, 295);
    let x = random(&mut rng, rows * cols, 8.0);
    let mut out = vec![0f32; rows * cols];
    let scalars = Scalars {
        f32: vec![0.5],
        // cols, causal, first position
        u32: vec![cols as u32, 1, first_pos as u32],
        ..Default::default()
    };
    // SAFETY: one 128-unit cube per row, as the GPU layer launches it.
    unsafe {
        launch(
            by_name("softmax_f32").unwrap(),
            [rows as u32, 1, 1],
            &[Buf::of(&x), Buf::of_mut(&mut out)],
            &scalars,
        );
    }
    let mut want: Vec<f32> = x.iter().map(|v| v * 0.5).collect();
    for (r, row) in want.chunks_mut(cols).enumerate() {
        row.iter_mut()
            .skip(first_pos + r + 1)
            .for_each(|v| *v = f32::NEG_INFINITY);
        ops::softmax(row);
    }
    assert!(nmse(&out, &want) < 1e-7, "{}", nmse(&out, &want));
}

#[test]
fn rms_norm_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(3);
    let (rows, cols) = (3, 1000);
    let x = random(&mut rng, rows * cols, 2.0);
    let w = random(&mut rng, cols, 1.0);
    let mut out = vec![0f32; rows * cols];
    let scalars = Scalars {
        f32: vec![1e-6],
        u32: vec![cols as u32],
        ..Default::default()
    };
    // SAFETY: one cube per row.
    unsafe {
        launch(
            by_name("rms_norm_f32").unwrap(),
            [rows as u32, 1, 1],
            &[Buf::of(&x), Buf::of(&w), Buf::of_mut(&mut out)],
            &scalars,
        );
    }
    let mut want = vec![0f32; rows * cols];
    for (xr, wr) in x.chunks(cols).zip(want.chunks_mut(cols)) {
        ops::rms_norm(xr, &w, 1e-6, wr);
    }
    assert!(nmse(&out, &want) < 1e-7, "{}", nmse(&out, &want));
}

/// Attention's key loop reads the K and V rows with bounds checks made once
/// before each loop over a row's dimensions (see the CPU compiler's
/// `hoist.rs`): a cache shorter than the keys the scalars claim stops the
/// kernel with the hoisted check's panic before any read out of bounds.
#[test]
fn a_hoisted_bounds_check_stops_reads_past_the_cache() {
    let (heads, kv_heads, head_dim) = (2usize, 1usize, 64usize);
    let q = vec![0.5f32; heads * head_dim];
    // Three keys in the cache.
    let (k, v) = (vec![0.25f32; 3 * head_dim], vec![1.0f32; 3 * head_dim]);
    let run = |n_keys: u32| {
        let mut out = vec![0f32; q.len()];
        let scalars = Scalars {
            f32: vec![0.125],
            // heads, kv_heads, head_dim, n_keys, query position, window
            u32: vec![
                heads as u32,
                kv_heads as u32,
                head_dim as u32,
                n_keys,
                n_keys - 1,
                0,
            ],
            ..Default::default()
        };
        let bufs = [Buf::of(&q), Buf::of(&k), Buf::of(&v), Buf::of_mut(&mut out)];
        // SAFETY: true lengths; `n_keys` may claim more keys than the cache
        // holds, which the kernel's checks must catch.
        unsafe {
            launch(
                by_name("attention_prefill_f32").unwrap(),
                [heads as u32, 1, 1],
                &bufs,
                &scalars,
            )
        };
        out
    };
    // Every value row is 1, so every output is 1.
    assert!(run(3).iter().all(|&o| (o - 1.0).abs() < 1e-6));
    let panic = std::panic::catch_unwind(|| run(10)).expect_err("keys past the cache were read");
    let message = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default();
    assert!(
        message.contains("checked before the loop"),
        "not the hoisted check: {message}"
    );
}
