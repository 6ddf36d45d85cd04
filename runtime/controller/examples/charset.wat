;; charset.wat: the constraint `[CHARS]*`, where CHARS is the config string.
;;
;; Only tokens whose text consists entirely of bytes in CHARS may be sampled;
;; end-of-generation tokens are allowed too once at least one token has been
;; generated. `init` scans the whole vocabulary once into a bitmap; `step` just
;; hands the bitmap to the host, so the per-token cost does not depend on how
;; long the tokens or the charset are.
;;
;; Memory layout:
;;   0 .. 256        byte table: 1 if the byte is in CHARS
;;   256 .. 4352     scratch: the config string, then each token's text
;;   8192 ..         allowed-token bitmap, (vocab_size + 7) / 8 bytes
;;   $eogs ..        the end-of-generation token ids, i32 each
;;
;; init returns 1 for an empty or over-long config, 2 if no token matches.
(module
  (import "realm" "vocab_size" (func $vocab_size (result i32)))
  (import "realm" "is_eog" (func $is_eog (param i32) (result i32)))
  (import "realm" "token_text" (func $token_text (param i32 i32 i32) (result i32)))
  (import "realm" "config_read" (func $config_read (param i32 i32) (result i32)))
  (import "realm" "generated_len" (func $generated_len (result i32)))
  (import "realm" "allow_none" (func $allow_none))
  (import "realm" "allow_bitmap" (func $allow_bitmap (param i32 i32)))
  (import "realm" "allow" (func $allow (param i32)))
  (memory (export "memory") 1)

  (global $scratch i32 (i32.const 256))
  (global $scratch_cap i32 (i32.const 4096))
  (global $bitmap i32 (i32.const 8192))
  (global $bitmap_len (mut i32) (i32.const 0))
  (global $eogs (mut i32) (i32.const 0))
  (global $eog_count (mut i32) (i32.const 0))

  ;; Grows memory until byte `end` is addressable.
  (func $ensure (param $end i32)
    (local $pages i32)
    (local.set $pages
      (i32.sub
        (i32.shr_u (i32.add (local.get $end) (i32.const 65535)) (i32.const 16))
        (memory.size)))
    (if (i32.gt_s (local.get $pages) (i32.const 0))
      (then
        (if (i32.eq (memory.grow (local.get $pages)) (i32.const -1))
          (then unreachable)))))

  ;; 1 if every one of the `len` bytes at `ptr` is in the byte table.
  (func $all_in_charset (param $ptr i32) (param $len i32) (result i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $ptr) (local.get $len)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (if (i32.eqz (i32.load8_u (i32.load8_u (local.get $ptr))))
          (then (return (i32.const 0))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  (func (export "init") (result i32)
    (local $len i32) (local $i i32) (local $n i32) (local $id i32) (local $matched i32)
    ;; The byte table from the config string.
    (local.set $len (call $config_read (global.get $scratch) (global.get $scratch_cap)))
    (if (i32.or (i32.eqz (local.get $len)) (i32.gt_u (local.get $len) (global.get $scratch_cap)))
      (then (return (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8
          (i32.load8_u (i32.add (global.get $scratch) (local.get $i)))
          (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))

    ;; Room for the bitmap; the end-of-generation list goes after it.
    (local.set $n (call $vocab_size))
    (global.set $bitmap_len (i32.shr_u (i32.add (local.get $n) (i32.const 7)) (i32.const 3)))
    (global.set $eogs
      (i32.and
        (i32.add (i32.add (global.get $bitmap) (global.get $bitmap_len)) (i32.const 3))
        (i32.const -4)))
    (call $ensure (global.get $eogs))

    ;; One pass over the vocabulary.
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $id) (local.get $n)))
        (if (call $is_eog (local.get $id))
          (then
            (local.set $i
              (i32.add (global.get $eogs) (i32.shl (global.get $eog_count) (i32.const 2))))
            (call $ensure (i32.add (local.get $i) (i32.const 4)))
            (i32.store (local.get $i) (local.get $id))
            (global.set $eog_count (i32.add (global.get $eog_count) (i32.const 1))))
          (else
            (local.set $len
              (call $token_text (local.get $id) (global.get $scratch) (global.get $scratch_cap)))
            ;; Empty tokens match vacuously but produce nothing: not allowed;
            ;; neither are tokens too long for the scratch buffer.
            (if (i32.and
                  (i32.and
                    (i32.ne (local.get $len) (i32.const 0))
                    (i32.le_u (local.get $len) (global.get $scratch_cap)))
                  (call $all_in_charset (global.get $scratch) (local.get $len)))
              (then
                (local.set $i
                  (i32.add (global.get $bitmap) (i32.shr_u (local.get $id) (i32.const 3))))
                (i32.store8 (local.get $i)
                  (i32.or
                    (i32.load8_u (local.get $i))
                    (i32.shl (i32.const 1) (i32.and (local.get $id) (i32.const 7)))))
                (local.set $matched (i32.add (local.get $matched) (i32.const 1)))))))
        (local.set $id (i32.add (local.get $id) (i32.const 1)))
        (br $next)))
    (if (result i32) (local.get $matched)
      (then (i32.const 0))
      (else (i32.const 2))))

  (func (export "step") (result i32)
    (local $i i32)
    (call $allow_none)
    (call $allow_bitmap (global.get $bitmap) (global.get $bitmap_len))
    (if (call $generated_len)
      (then
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $i) (global.get $eog_count)))
            (call $allow
              (i32.load (i32.add (global.get $eogs) (i32.shl (local.get $i) (i32.const 2)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))))
    (i32.const 0))
)
