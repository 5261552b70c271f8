;; The UTF-8 decoding loop of text/utf8.ts (which says what it is for):
;; valid UTF-8 bytes to UTF-16 units, counting line feeds and surrogate
;; pairs on the way. WebAssembly because the same loop in JavaScript, which
;; checks the bounds of every typed-array access, ran at about half this
;; speed on dense report text, and decoding was a tenth of a `zhnum extract`
;; worker's time. The bytes must be valid UTF-8 (the caller checks them
;; first with isUtf8): the loop reads a lead byte's continuation bytes
;; without a check. Built into utf8-wasm.ts by `npm run build:wasm`; a test
;; holds the committed bytes to this file.
;;
;; Memory: the caller's; the bytes at B, the units written from O (at most
;; one unit a byte, two for four bytes).
(module
  (import "js" "memory" (memory 1))
  (global $newlines (export "newlines") (mut i32) (i32.const 0))
  (global $astral (export "astral") (mut i32) (i32.const 0))
  ;; n bytes at B to units from O; returns the number of units
  (func (export "decode") (param $n i32) (param $B i32) (param $O i32) (result i32)
    (local $i i32) (local $j i32) (local $c i32) (local $end i32) (local $nl i32) (local $as i32) (local $cp i32)
    (local.set $end (i32.add (local.get $B) (local.get $n)))
    (local.set $i (local.get $B))
    (local.set $j (local.get $O))
    ;; one branch a character, in the order of the cheapest: three-byte
    ;; sequences first (every Han character) measured slower, and so did two
    ;; of them decoded at once from one 8-byte load
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $i)))
        (if (i32.lt_u (local.get $c) (i32.const 0x80))
          (then
            (local.set $nl (i32.add (local.get $nl) (i32.eq (local.get $c) (i32.const 10))))
            (i32.store16 (local.get $j) (local.get $c))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $next)))
        (if (i32.lt_u (local.get $c) (i32.const 0xe0))
          (then
            (i32.store16 (local.get $j) (i32.or (i32.shl (i32.and (local.get $c) (i32.const 0x1f)) (i32.const 6))
              (i32.and (i32.load8_u offset=1 (local.get $i)) (i32.const 0x3f))))
            (local.set $i (i32.add (local.get $i) (i32.const 2)))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $next)))
        (if (i32.lt_u (local.get $c) (i32.const 0xf0))
          (then
            ;; the lead's high bits fall outside the 16 bits stored
            (i32.store16 (local.get $j) (i32.or (i32.or
              (i32.shl (local.get $c) (i32.const 12))
              (i32.shl (i32.and (i32.load8_u offset=1 (local.get $i)) (i32.const 0x3f)) (i32.const 6)))
              (i32.and (i32.load8_u offset=2 (local.get $i)) (i32.const 0x3f))))
            (local.set $i (i32.add (local.get $i) (i32.const 3)))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $next)))
        ;; four bytes: a code point above U+FFFF, written as a surrogate pair
        (local.set $cp (i32.sub (i32.or (i32.or (i32.or
            (i32.shl (i32.and (local.get $c) (i32.const 0x07)) (i32.const 18))
            (i32.shl (i32.and (i32.load8_u offset=1 (local.get $i)) (i32.const 0x3f)) (i32.const 12)))
            (i32.shl (i32.and (i32.load8_u offset=2 (local.get $i)) (i32.const 0x3f)) (i32.const 6)))
            (i32.and (i32.load8_u offset=3 (local.get $i)) (i32.const 0x3f)))
          (i32.const 0x10000)))
        (i32.store16 (local.get $j) (i32.add (i32.const 0xd800) (i32.shr_u (local.get $cp) (i32.const 10))))
        (i32.store16 offset=2 (local.get $j) (i32.add (i32.const 0xdc00) (i32.and (local.get $cp) (i32.const 0x3ff))))
        (local.set $as (i32.add (local.get $as) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $next)))
    (global.set $newlines (local.get $nl))
    (global.set $astral (local.get $as))
    (i32.shr_u (i32.sub (local.get $j) (local.get $O)) (i32.const 1))))
