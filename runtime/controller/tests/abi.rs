//! What each host function gives and does, seen from guest modules that
//! report values back through `inject`.

mod common;

use common::{N_VOCAB, finite, host, module, start, step};
use realm_controller::Action;

/// Runs `body` as `step` (after `generated`) with config "xyz"; it must
/// return 2, and the injected tokens are the values it reports.
fn report(body: &str, generated: &[u32]) -> Vec<u32> {
    let host = host();
    let mut controller = start(
        &host,
        &module("(i32.const 0)", &format!("{body} (i32.const 2)")),
        "xyz",
    )
    .unwrap();
    match step(&mut controller, generated).0.unwrap() {
        Action::Inject(values) => values,
        other => panic!("{other:?}"),
    }
}

/// Runs `body` as `step` (which must return 0) and returns the logits.
fn steer(body: &str) -> Vec<f32> {
    let host = host();
    let mut controller = start(
        &host,
        &module("(i32.const 0)", &format!("{body} (i32.const 0)")),
        "",
    )
    .unwrap();
    let (action, logits) = step(&mut controller, &[1]);
    assert_eq!(action.unwrap(), Action::Sample);
    logits
}

#[test]
fn vocabulary_prompt_generated_and_config_are_visible() {
    // The prompt is [6, 5, 1] (see `common::start`).
    let body = "
      (call $inject (i32.sub (call $vocab_size) (i32.const 1)))
      (call $inject (call $prompt_len))
      (call $inject (call $prompt_token (i32.const 0)))
      (call $inject (call $prompt_token (i32.const 2)))
      (call $inject (call $generated_len))
      (call $inject (call $generated_token (i32.const 1)))
      (call $inject (call $config_len))
      (call $inject (call $is_eog (i32.const 0)))
      (call $inject (call $is_eog (i32.const 1)))
      (call $inject (call $is_eog (i32.const 9)))";
    assert_eq!(report(body, &[7, 8]), [299, 3, 6, 1, 2, 8, 3, 1, 0, 1]);
}

#[test]
fn copies_are_truncated_to_the_buffer_and_return_the_full_length() {
    // "hello" into 3 bytes at 100 (byte 103 holds 7 beforehand), then the
    // config "xyz" into 2 bytes at 200 (byte 202 holds 9).
    let body = "
      (i32.store8 (i32.const 103) (i32.const 7))
      (i32.store8 (i32.const 202) (i32.const 9))
      (call $inject (call $token_text (i32.const 6) (i32.const 100) (i32.const 3)))
      (call $inject (i32.load8_u (i32.const 100)))
      (call $inject (i32.load8_u (i32.const 102)))
      (call $inject (i32.load8_u (i32.const 103)))
      (call $inject (call $config_read (i32.const 200) (i32.const 2)))
      (call $inject (i32.load8_u (i32.const 200)))
      (call $inject (i32.load8_u (i32.const 201)))
      (call $inject (i32.load8_u (i32.const 202)))
      (call $inject (call $token_text (i32.const 8) (i32.const 0) (i32.const 0)))";
    assert_eq!(
        report(body, &[]),
        [
            5,
            b'h' as u32,
            b'l' as u32,
            7,
            3,
            b'x' as u32,
            b'y' as u32,
            9,
            0
        ]
    );
}

#[test]
fn bias_adds_up() {
    let logits = steer(
        "(call $bias (i32.const 1) (f32.const 1.5)) (call $bias (i32.const 1) (f32.const 0.5)) (call $bias (i32.const 2) (f32.const -3))",
    );
    assert_eq!(logits[1], 2.0);
    assert_eq!(logits[2], -3.0);
    assert_eq!(logits.iter().filter(|&&l| l == 0.0).count(), N_VOCAB - 2);
}

#[test]
fn ban_alone_removes_only_that_token() {
    let logits = steer("(call $ban (i32.const 4))");
    assert_eq!(finite(&logits).len(), N_VOCAB - 1);
    assert_eq!(logits[4], f32::NEG_INFINITY);
}

#[test]
fn allow_none_then_allow_and_bitmaps_restrict_the_choice() {
    // Bitmap byte at 0: bits 1 and 2; byte 37 (tokens 296..304): bit 3 = token 299.
    let body = "
      (i32.store8 (i32.const 0) (i32.const 6))
      (i32.store8 (i32.const 37) (i32.const 0xf8))
      (call $allow_none)
      (call $allow (i32.const 10))
      (call $allow_bitmap (i32.const 0) (i32.const 38))
      (call $bias (i32.const 10) (f32.const 1))
      (call $ban (i32.const 2))";
    let logits = steer(body);
    assert_eq!(finite(&logits), [1, 10, 299]);
    assert_eq!(logits[10], 1.0);
}

#[test]
fn allow_without_allow_none_changes_nothing() {
    assert_eq!(finite(&steer("(call $allow (i32.const 3))")).len(), N_VOCAB);
}

#[test]
fn logits_past_the_vocabulary_are_never_allowed_under_a_mask() {
    let host = host();
    let wat = module("(i32.const 0)", "(call $ban (i32.const 0)) (i32.const 0)");
    let mut controller = start(&host, &wat, "").unwrap();
    let mut logits = vec![0.0f32; N_VOCAB + 20]; // a model padding its output
    assert_eq!(controller.step(&[], &mut logits).unwrap(), Action::Sample);
    assert_eq!(finite(&logits), (1..N_VOCAB as u32).collect::<Vec<_>>());
}

#[test]
fn edits_last_one_step_and_apply_only_when_sampling() {
    let host = host();
    // Bans the token numbered like the step; step 2 also injects and step 3
    // stops: their bans must not reach the logits.
    let body = "
      (call $ban (call $generated_len))
      (if (i32.eq (call $generated_len) (i32.const 2))
        (then (call $inject (i32.const 5)) (return (i32.const 2))))
      (if (i32.eq (call $generated_len) (i32.const 3))
        (then (return (i32.const 1))))
      (i32.const 0)";
    let mut controller = start(&host, &module("(i32.const 0)", body), "").unwrap();
    let banned = |logits: &[f32]| {
        (0..N_VOCAB)
            .filter(|&i| logits[i].is_infinite())
            .collect::<Vec<_>>()
    };
    let (action, logits) = step(&mut controller, &[]);
    assert_eq!(
        (action.unwrap(), banned(&logits)),
        (Action::Sample, vec![0])
    );
    let (action, logits) = step(&mut controller, &[1]);
    assert_eq!(
        (action.unwrap(), banned(&logits)),
        (Action::Sample, vec![1])
    );
    let (action, logits) = step(&mut controller, &[1, 1]);
    assert_eq!(
        (action.unwrap(), banned(&logits)),
        (Action::Inject(vec![5]), vec![])
    );
    let (action, logits) = step(&mut controller, &[1, 1, 5]);
    assert_eq!((action.unwrap(), banned(&logits)), (Action::Stop, vec![]));
}

#[test]
fn guest_state_persists_from_init_through_steps() {
    let host = host();
    // init stores the prompt length; each step adds one and injects it.
    let wat = module(
        "(i32.store (i32.const 0) (call $prompt_len)) (i32.const 0)",
        "(i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
         (call $inject (i32.load (i32.const 0))) (i32.const 2)",
    );
    let mut controller = start(&host, &wat, "").unwrap();
    assert_eq!(
        step(&mut controller, &[]).0.unwrap(),
        Action::Inject(vec![4])
    );
    assert_eq!(
        step(&mut controller, &[4]).0.unwrap(),
        Action::Inject(vec![5])
    );
}

#[test]
fn readme_documents_every_host_function() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let wat = module("(i32.const 0)", "(i32.const 0)");
    let names: Vec<&str> = wat
        .lines()
        .filter_map(|line| line.trim().strip_prefix("(import \"realm\" \""))
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(names.len(), 15);
    for name in names {
        assert!(
            readme.contains(&format!("`{name}(")),
            "README.md does not document {name}"
        );
    }
}
