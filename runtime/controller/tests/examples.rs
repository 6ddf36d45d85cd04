//! The two example controllers, compiled from their WAT source.

mod common;

use common::{example, finite, host, start, step};
use realm_controller::{Action, ControllerError};

#[test]
fn stop_on_pattern_stops_once_the_text_contains_the_pattern() {
    let host = host();
    let mut controller = start(&host, &example("stop_on_pattern"), "lo b").unwrap();
    // "hello" / "hello " / "hello b": the pattern spans three tokens.
    assert_eq!(step(&mut controller, &[]).0.unwrap(), Action::Sample);
    assert_eq!(step(&mut controller, &[6]).0.unwrap(), Action::Sample);
    assert_eq!(step(&mut controller, &[6, 5]).0.unwrap(), Action::Sample);
    assert_eq!(step(&mut controller, &[6, 5, 2]).0.unwrap(), Action::Stop);
}

#[test]
fn stop_on_pattern_leaves_logits_alone_and_ignores_the_prompt() {
    let host = host();
    // The prompt (see `common::start`) is "hello a": it must not count.
    let mut controller = start(&host, &example("stop_on_pattern"), "hello").unwrap();
    let mut generated = Vec::new();
    for token in [1, 2, 3, 5, 4, 7, 10, 1] {
        let (action, logits) = step(&mut controller, &generated);
        assert_eq!(action.unwrap(), Action::Sample);
        assert!(logits.iter().all(|&l| l == 0.0));
        generated.push(token);
    }
    generated.push(6);
    assert_eq!(step(&mut controller, &generated).0.unwrap(), Action::Stop);
}

#[test]
fn stop_on_pattern_handles_text_longer_than_its_first_page() {
    let host = host();
    let mut controller = start(&host, &example("stop_on_pattern"), "a x2").unwrap();
    // 20,000 tokens of "aaaa" (80 KB of text, past the initial 64 KiB
    // page), 2,000 new ones a step.
    let mut generated = Vec::new();
    for _ in 0..10 {
        generated.extend([10u32; 2_000]);
        assert_eq!(step(&mut controller, &generated).0.unwrap(), Action::Sample);
    }
    generated.push(5); // " "
    assert_eq!(step(&mut controller, &generated).0.unwrap(), Action::Sample);
    generated.push(23); // "x23"
    assert_eq!(step(&mut controller, &generated).0.unwrap(), Action::Stop);
}

#[test]
fn stop_on_pattern_refuses_an_empty_pattern() {
    let host = host();
    let err = start(&host, &example("stop_on_pattern"), "").err().unwrap();
    assert!(matches!(err, ControllerError::Refused(1)), "{err}");
}

#[test]
fn charset_allows_only_tokens_made_of_its_bytes() {
    let host = host();
    let mut controller = start(&host, &example("charset"), "ab").unwrap();
    // "a", "b", "ab", "aaaa"; not "ba!", "c", the empty token or any `x..`.
    let (action, logits) = step(&mut controller, &[]);
    assert_eq!(action.unwrap(), Action::Sample);
    assert_eq!(finite(&logits), [1, 2, 3, 10]);
    // End of generation becomes possible after the first token.
    let (action, logits) = step(&mut controller, &[3]);
    assert_eq!(action.unwrap(), Action::Sample);
    assert_eq!(finite(&logits), [0, 1, 2, 3, 9, 10]);
}

#[test]
fn charset_keeps_the_allowed_logits_as_they_were() {
    let host = host();
    let mut controller = start(&host, &example("charset"), "hel o!ab").unwrap();
    let mut logits: Vec<f32> = (0..common::N_VOCAB).map(|i| i as f32 / 10.0).collect();
    assert_eq!(controller.step(&[], &mut logits).unwrap(), Action::Sample);
    assert_eq!(finite(&logits), [1, 2, 3, 5, 6, 7, 10]);
    assert_eq!(logits[6], 0.6);
    assert_eq!(logits[7], 0.7);
}

#[test]
fn charset_refuses_a_charset_no_token_matches() {
    let host = host();
    let err = start(&host, &example("charset"), "Q").err().unwrap();
    assert!(matches!(err, ControllerError::Refused(2)), "{err}");
    let err = start(&host, &example("charset"), "").err().unwrap();
    assert!(matches!(err, ControllerError::Refused(1)), "{err}");
}
