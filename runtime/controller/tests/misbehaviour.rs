//! Every way a controller can misbehave gives its own error, never a panic,
//! and ends only that controller.

mod common;

use common::{example, failure, finite, host, module, start, step};
use realm_controller::{Action, ControllerError, ControllerHost, Limits};

/// Asserts `err`'s display mentions `needle`, so the tenant is told why.
fn says(err: &ControllerError, needle: &str) {
    let text = err.to_string();
    assert!(
        text.contains(needle),
        "{text:?} does not mention {needle:?}"
    );
}

// Limits: fuel.

#[test]
fn infinite_loop_in_step_runs_out_of_fuel() {
    let err = failure(&module("(i32.const 0)", "(loop $l (br $l)) (i32.const 0)"));
    assert!(
        matches!(
            err,
            ControllerError::OutOfFuel {
                call: "step",
                fuel: 1_000_000
            }
        ),
        "{err:?}"
    );
    says(&err, "ran out of fuel in `step`");
}

#[test]
fn infinite_loop_in_init_runs_out_of_fuel() {
    let err = failure(&module("(loop $l (br $l)) (i32.const 0)", "(i32.const 0)"));
    assert!(
        matches!(
            err,
            ControllerError::OutOfFuel {
                call: "init",
                fuel: 10_000_000
            }
        ),
        "{err:?}"
    );
}

#[test]
fn infinite_loop_in_the_start_function_runs_out_of_fuel() {
    let wat = r#"(module
      (func $forever (loop $l (br $l)))
      (start $forever)
      (func (export "step") (result i32) (i32.const 0)))"#;
    let err = failure(wat);
    assert!(
        matches!(err, ControllerError::OutOfFuel { call: "start", .. }),
        "{err:?}"
    );
}

#[test]
fn a_loop_of_host_calls_runs_out_of_fuel_too() {
    // Each allow_none clears the whole bitmap: the host charges for that work.
    let err = failure(&module(
        "(i32.const 0)",
        "(loop $l (call $allow_none) (br $l)) (i32.const 0)",
    ));
    assert!(
        matches!(err, ControllerError::OutOfFuel { call: "step", .. }),
        "{err:?}"
    );
}

#[test]
fn host_work_is_charged_by_size() {
    // Over a SmolLM2-sized vocabulary, one allow_none costs at least the
    // 768 words it clears.
    let host = host();
    let pieces = (0..49_152).map(|i| format!("t{i}").into_bytes()).collect();
    let vocab = std::sync::Arc::new(realm_controller::TokenTable::new(pieces, []));
    let fuel = |body: &str| {
        let module = host
            .compile(module("(i32.const 0)", body).as_bytes())
            .unwrap();
        let mut controller =
            realm_controller::Controller::start(&module, vocab.clone(), b"", &[]).unwrap();
        let mut logits = vec![0.0; 49_152];
        controller.step(&[], &mut logits).unwrap();
        controller.fuel_used()
    };
    let plain = fuel("(call $allow (i32.const 1)) (i32.const 0)");
    let cleared = fuel("(call $allow_none) (call $allow (i32.const 1)) (i32.const 0)");
    assert!(
        cleared >= plain + 768,
        "allow_none cost {} fuel",
        cleared - plain
    );
}

// Limits: memory.

#[test]
fn memory_grow_past_the_limit_fails_with_the_limit() {
    // The test limit is 1 MiB (16 pages); this asks for 17.
    let err = failure(&module(
        "(i32.const 0)",
        "(drop (memory.grow (i32.const 16))) (i32.const 0)",
    ));
    assert!(
        matches!(
            err,
            ControllerError::MemoryLimit {
                requested: 1_114_112,
                limit: 1_048_576
            }
        ),
        "{err:?}"
    );
    says(&err, "the limit is 1048576 bytes");
}

#[test]
fn memory_bomb_growing_page_by_page_stops_at_the_limit() {
    let bomb =
        "(loop $l (br_if $l (i32.ne (memory.grow (i32.const 1)) (i32.const -1)))) (i32.const 0)";
    let err = failure(&module("(i32.const 0)", bomb));
    assert!(
        matches!(err, ControllerError::MemoryLimit { .. }),
        "{err:?}"
    );
}

#[test]
fn huge_initial_memory_fails_at_instantiation() {
    for pages in [17, 65_536] {
        let wat = format!(
            r#"(module (memory (export "memory") {pages}) (func (export "step") (result i32) (i32.const 0)))"#
        );
        let host = host();
        let module = host
            .compile(wat.as_bytes())
            .expect("a large memory is valid wasm");
        let err = realm_controller::Controller::start(&module, common::vocab(), b"", &[])
            .err()
            .unwrap();
        assert!(
            matches!(err, ControllerError::MemoryLimit { requested, .. } if requested == pages * 65_536),
            "{err:?}"
        );
    }
}

#[test]
fn table_bomb_fails_with_the_limit() {
    let wat = r#"(module
      (table 1 funcref)
      (func (export "step") (result i32)
        (drop (table.grow (ref.null func) (i32.const 200000)))
        (i32.const 0)))"#;
    let err = failure(wat);
    assert!(
        matches!(
            err,
            ControllerError::TableLimit {
                requested: 200_001,
                limit: 100_000
            }
        ),
        "{err:?}"
    );
}

// Traps.

#[test]
fn unreachable_traps_with_its_function_name() {
    let err = failure(&module("(i32.const 0)", "unreachable"));
    assert!(
        matches!(err, ControllerError::Trap { call: "step", .. }),
        "{err:?}"
    );
    says(&err, "unreachable");
    says(&err, "in function `step`");
}

#[test]
fn guest_traps_of_every_kind_are_errors() {
    let cases = [
        ("(i32.load (i32.const -4))", "out of bounds memory access"),
        (
            "(i32.div_s (i32.const 1) (i32.const 0))",
            "integer divide by zero",
        ),
        ("(call $step)", "call stack exhausted"),
    ];
    for (body, message) in cases {
        let err = failure(&module("(i32.const 0)", body));
        assert!(
            matches!(err, ControllerError::Trap { .. }),
            "{body}: {err:?}"
        );
        says(&err, message);
    }
}

#[test]
fn trap_in_init_is_reported_as_init() {
    let err = failure(&module("unreachable", "(i32.const 0)"));
    assert!(
        matches!(err, ControllerError::Trap { call: "init", .. }),
        "{err:?}"
    );
}

#[test]
fn init_may_refuse() {
    let err = failure(&module("(i32.const 42)", "(i32.const 0)"));
    assert!(matches!(err, ControllerError::Refused(42)), "{err:?}");
}

// Bad modules, rejected at compile time.

#[test]
fn missing_step_is_rejected() {
    let err = failure(r#"(module (func (export "init") (result i32) (i32.const 0)))"#);
    assert!(matches!(err, ControllerError::Export(_)), "{err:?}");
    says(&err, "no function `step`");
}

#[test]
fn exports_with_the_wrong_signature_are_rejected() {
    for wat in [
        r#"(module (func (export "step") (param i32) (result i32) (i32.const 0)))"#,
        r#"(module (func (export "step")))"#,
        r#"(module (global (export "step") i32 (i32.const 0)))"#,
        r#"(module (func (export "step") (result i32) (i32.const 0)) (func (export "init") (result i64) (i64.const 0)))"#,
    ] {
        let err = failure(wat);
        assert!(matches!(err, ControllerError::Export(_)), "{wat}: {err:?}");
        says(&err, "with the wrong type");
    }
}

#[test]
fn memory_functions_need_an_exported_memory() {
    let wat = r#"(module
      (import "realm" "config_read" (func (param i32 i32) (result i32)))
      (memory 1)
      (func (export "step") (result i32) (i32.const 0)))"#;
    let err = failure(wat);
    assert!(matches!(err, ControllerError::Export(_)), "{err:?}");
    says(&err, "config_read");
    let wat = r#"(module
      (global (export "memory") i32 (i32.const 0))
      (func (export "step") (result i32) (i32.const 0)))"#;
    says(&failure(wat), "not a memory");
}

#[test]
fn wasi_and_other_foreign_imports_are_rejected() {
    for import in [
        r#"(import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))"#,
        r#"(import "env" "memory" (memory 1))"#,
    ] {
        let wat = format!(r#"(module {import} (func (export "step") (result i32) (i32.const 0)))"#);
        let err = failure(&wat);
        assert!(matches!(err, ControllerError::Import(_)), "{err:?}");
        says(&err, "only the functions of module `realm`");
    }
}

#[test]
fn unknown_host_functions_are_rejected() {
    let wat = r#"(module
      (import "realm" "open_file" (func (param i32) (result i32)))
      (func (export "step") (result i32) (i32.const 0)))"#;
    let err = failure(wat);
    assert!(matches!(err, ControllerError::Import(_)), "{err:?}");
    says(&err, "`realm.open_file`, which the host does not provide");
}

#[test]
fn host_functions_with_the_wrong_signature_are_rejected() {
    let wat = r#"(module
      (import "realm" "ban" (func (param i64)))
      (func (export "step") (result i32) (i32.const 0)))"#;
    let err = failure(wat);
    assert!(matches!(err, ControllerError::Import(_)), "{err:?}");
    says(
        &err,
        "`realm.ban` as (type (func (param i64))), but the host function is (type (func (param i32)))",
    );
    let wat = r#"(module
      (import "realm" "vocab_size" (global i32))
      (func (export "step") (result i32) (i32.const 0)))"#;
    says(
        &failure(wat),
        "`realm.vocab_size` as something other than a function",
    );
}

#[test]
fn oversized_and_malformed_modules_are_rejected() {
    let host = host();
    let big = vec![b' '; 64 * 1024 + 1];
    let err = host.compile(&big).err().unwrap();
    assert!(
        matches!(
            err,
            ControllerError::TooLarge {
                size: 65_537,
                limit: 65_536
            }
        ),
        "{err:?}"
    );
    for bytes in [
        &b"(module (func (export \"step\") (result i32)"[..],
        b"\0asm\x01\0\0\0\xff",
    ] {
        let err = host.compile(bytes).err().unwrap();
        assert!(matches!(err, ControllerError::Compile(_)), "{err:?}");
    }
}

// Bad use of the host functions, at run time.

#[test]
fn out_of_bounds_pointers_are_abi_errors() {
    let cases = [
        (
            "(call $token_text (i32.const 1) (i32.const 65530) (i32.const 100))",
            "token_text: buffer 65530..65630 is outside",
        ),
        (
            "(call $config_read (i32.const -1) (i32.const 2))",
            "config_read: buffer 4294967295..4294967297 is outside",
        ),
        (
            "(call $token_text (i32.const 1) (i32.const 0) (i32.const -1))",
            "token_text: negative length -1",
        ),
    ];
    for (call, message) in cases {
        let err = failure(&module(
            "(i32.const 0)",
            &format!("(drop {call}) (i32.const 0)"),
        ));
        assert!(matches!(err, ControllerError::Abi(_)), "{call}: {err:?}");
        says(&err, message);
    }
    let err = failure(&module(
        "(i32.const 0)",
        "(call $allow_none) (call $allow_bitmap (i32.const 65535) (i32.const 38)) (i32.const 0)",
    ));
    says(&err, "allow_bitmap: buffer 65535..65573 is outside");
    let err = failure(&module(
        "(i32.const 0)",
        "(call $allow_none) (call $allow_bitmap (i32.const 0) (i32.const 39)) (i32.const 0)",
    ));
    says(&err, "longer than the vocabulary's bitmap (38 bytes)");
}

#[test]
fn invalid_token_ids_and_indices_are_abi_errors() {
    let cases = [
        (
            "(call $ban (i32.const 300))",
            "ban(300): no such token (the vocabulary has 300 tokens)",
        ),
        ("(call $allow (i32.const -1))", "allow(-1): no such token"),
        (
            "(call $bias (i32.const 300) (f32.const 1))",
            "bias(300): no such token",
        ),
        (
            "(call $inject (i32.const 1000))",
            "inject(1000): no such token",
        ),
        (
            "(drop (call $is_eog (i32.const 300)))",
            "is_eog(300): no such token",
        ),
        (
            "(drop (call $token_text (i32.const -5) (i32.const 0) (i32.const 8)))",
            "token_text(-5): no such token",
        ),
        (
            "(drop (call $prompt_token (i32.const 3)))",
            "prompt_token(3): index out of range (length 3)",
        ),
        (
            "(drop (call $generated_token (i32.const -1)))",
            "generated_token(-1): index out of range (length 1)",
        ),
    ];
    for (call, message) in cases {
        let err = failure(&module("(i32.const 0)", &format!("{call} (i32.const 0)")));
        assert!(matches!(err, ControllerError::Abi(_)), "{call}: {err:?}");
        says(&err, message);
    }
}

#[test]
fn bad_steering_is_an_abi_error() {
    let cases = [
        ("(call $allow_none) (i32.const 0)", "allowed no token"),
        (
            "(call $ban (i32.const 1)) (call $allow_none) (i32.const 0)",
            "allowed no token",
        ),
        (
            "(call $bias (i32.const 1) (f32.const nan)) (i32.const 0)",
            "must be finite",
        ),
        (
            "(call $bias (i32.const 1) (f32.const inf)) (i32.const 0)",
            "must be finite",
        ),
        ("(i32.const 7)", "step returned 7"),
        ("(i32.const 2)", "without queueing any token"),
        (
            "(call $inject (i32.const 1)) (i32.const 0)",
            "queued 1 tokens with inject but returned 0",
        ),
        (
            "(loop $l (call $inject (i32.const 1)) (br $l)) (i32.const 2)",
            "more than 1024 tokens",
        ),
    ];
    for (body, message) in cases {
        let err = failure(&module("(i32.const 0)", body));
        assert!(matches!(err, ControllerError::Abi(_)), "{body}: {err:?}");
        says(&err, message);
    }
    let err = failure(&module(
        "(call $ban (i32.const 1)) (i32.const 0)",
        "(i32.const 0)",
    ));
    says(&err, "ban called from `init`; it is only valid in `step`");
}

#[test]
fn the_server_passing_too_few_logits_is_a_host_error() {
    let host = host();
    let mut controller = start(&host, &module("(i32.const 0)", "(i32.const 0)"), "").unwrap();
    let err = controller.step(&[], &mut [0.0; 10]).unwrap_err();
    assert!(matches!(err, ControllerError::Host(_)), "{err:?}");
}

// Isolation.

#[test]
fn a_failed_controller_is_not_called_again() {
    let host = host();
    // Traps on its third step only.
    let wat = module(
        "(i32.const 0)",
        "(if (i32.eq (call $generated_len) (i32.const 2)) (then unreachable)) (i32.const 0)",
    );
    let mut controller = start(&host, &wat, "").unwrap();
    assert_eq!(step(&mut controller, &[]).0.unwrap(), Action::Sample);
    assert_eq!(step(&mut controller, &[1]).0.unwrap(), Action::Sample);
    assert!(matches!(
        step(&mut controller, &[1, 2]).0,
        Err(ControllerError::Trap { .. })
    ));
    let err = step(&mut controller, &[1, 2, 3]).0.unwrap_err();
    assert!(matches!(err, ControllerError::Failed), "{err:?}");
}

#[test]
fn other_controllers_carry_on_after_one_fails() {
    let host = host();
    let charset = host.compile(example("charset").as_bytes()).unwrap();
    let flaky = host
        .compile(
            module(
                "(i32.const 0)",
                "(if (call $generated_len) (then unreachable)) (i32.const 0)",
            )
            .as_bytes(),
        )
        .unwrap();
    let bomb = host
        .compile(module("(i32.const 0)", "(loop $l (br $l)) (i32.const 0)").as_bytes())
        .unwrap();
    let vocab = common::vocab();
    let start = |m| realm_controller::Controller::start(m, vocab.clone(), b"ab", &[]).unwrap();

    let mut good = start(&charset);
    let mut bad = start(&flaky);
    let mut looping = start(&bomb);
    assert_eq!(step(&mut bad, &[]).0.unwrap(), Action::Sample);
    assert!(step(&mut bad, &[1]).0.is_err());
    assert!(matches!(
        step(&mut looping, &[]).0,
        Err(ControllerError::OutOfFuel { .. })
    ));

    // The running good controller, a new one, and a new instance of the
    // module that just failed all work.
    for controller in [&mut good, &mut start(&charset)] {
        let (action, logits) = step(controller, &[]);
        assert_eq!(action.unwrap(), Action::Sample);
        assert_eq!(finite(&logits), [1, 2, 3, 10]);
    }
    let mut again = start(&flaky);
    assert_eq!(step(&mut again, &[]).0.unwrap(), Action::Sample);
}

#[test]
fn controllers_fail_independently_on_other_threads() {
    let host = std::sync::Arc::new(ControllerHost::new(Limits::default()).unwrap());
    let charset = host.compile(example("charset").as_bytes()).unwrap();
    let trap = host
        .compile(module("(i32.const 0)", "unreachable").as_bytes())
        .unwrap();
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let module = if i % 2 == 0 {
                charset.clone()
            } else {
                trap.clone()
            };
            std::thread::spawn(move || {
                let mut controller =
                    realm_controller::Controller::start(&module, common::vocab(), b"ab", &[])
                        .unwrap();
                step(&mut controller, &[]).0.map(|_| ())
            })
        })
        .collect();
    let results: Vec<bool> = threads
        .into_iter()
        .map(|t| t.join().unwrap().is_ok())
        .collect();
    assert_eq!(results, [true, false, true, false]);
}
