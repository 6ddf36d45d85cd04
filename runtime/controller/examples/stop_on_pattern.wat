;; stop_on_pattern.wat: ends the generation once the generated text contains
;; the config string (which may span several tokens).
;;
;; Each step appends the text of the tokens generated since the last step to
;; a copy of the generated text in memory, and searches only where the
;; pattern could newly end: each byte is compared at most pattern-length
;; times over the whole generation.
;;
;; Memory layout:
;;   0 .. 4096   the pattern (the config string)
;;   4096 ..     the generated text so far (memory grows as needed)
;;
;; init returns 1 for an empty pattern or one longer than 4096 bytes.
(module
  (import "realm" "config_read" (func $config_read (param i32 i32) (result i32)))
  (import "realm" "generated_len" (func $generated_len (result i32)))
  (import "realm" "generated_token" (func $generated_token (param i32) (result i32)))
  (import "realm" "token_text" (func $token_text (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)

  (global $text i32 (i32.const 4096))
  (global $pattern_len (mut i32) (i32.const 0))
  ;; End of the text copied so far; tokens copied; text end at the last search.
  (global $end (mut i32) (i32.const 4096))
  (global $appended (mut i32) (i32.const 0))
  (global $searched (mut i32) (i32.const 4096))

  (func (export "init") (result i32)
    (global.set $pattern_len (call $config_read (i32.const 0) (i32.const 4096)))
    (if (result i32)
      (i32.or
        (i32.eqz (global.get $pattern_len))
        (i32.gt_u (global.get $pattern_len) (i32.const 4096)))
      (then (i32.const 1))
      (else (i32.const 0))))

  ;; Appends token `id`'s text at $end, growing memory if it does not fit.
  (func $append (param $id i32)
    (local $room i32) (local $len i32)
    (local.set $room (i32.sub (i32.shl (memory.size) (i32.const 16)) (global.get $end)))
    (local.set $len (call $token_text (local.get $id) (global.get $end) (local.get $room)))
    (if (i32.gt_u (local.get $len) (local.get $room))
      (then
        (if (i32.eq
              (memory.grow
                (i32.shr_u
                  (i32.add (i32.sub (local.get $len) (local.get $room)) (i32.const 65535))
                  (i32.const 16)))
              (i32.const -1))
          (then unreachable))
        (drop (call $token_text (local.get $id) (global.get $end) (local.get $len)))))
    (global.set $end (i32.add (global.get $end) (local.get $len))))

  ;; 1 if the pattern occurs at `at`.
  (func $matches (param $at i32) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (global.get $pattern_len)))
        (if (i32.ne
              (i32.load8_u (i32.add (local.get $at) (local.get $i)))
              (i32.load8_u (local.get $i)))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  (func (export "step") (result i32)
    (local $n i32) (local $at i32)
    (local.set $n (call $generated_len))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (global.get $appended) (local.get $n)))
        (call $append (call $generated_token (global.get $appended)))
        (global.set $appended (i32.add (global.get $appended) (i32.const 1)))
        (br $next)))
    ;; Occurrences not seen before end after $searched: they start at or after
    ;; $searched - pattern_len + 1 (and not before the text).
    (local.set $at
      (i32.add (i32.sub (global.get $searched) (global.get $pattern_len)) (i32.const 1)))
    (if (i32.lt_s (local.get $at) (global.get $text))
      (then (local.set $at (global.get $text))))
    (global.set $searched (global.get $end))
    (block $done
      (loop $next
        (br_if $done
          (i32.gt_u (i32.add (local.get $at) (global.get $pattern_len)) (global.get $end)))
        (if (call $matches (local.get $at))
          (then (return (i32.const 1))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $next)))
    (i32.const 0))
)
