;; Stage 1's loop, normalize (normalize.ts wraps it: what the stage does is
;; written there). WebAssembly because this loop, two stores a character, ran
;; about three times faster here than as JavaScript, which had to check the
;; bounds of every typed-array access (normalize was a quarter of the rule
;; extractor's time). Built into normalize-wasm.ts by `npm run build:wasm`;
;; a test holds the committed bytes to this file.
;;
;; Memory: the tables at fixed offsets (normalize.ts fills them), then the
;; scratch arrays at offsets the caller passes (they depend on the length):
;;   RUN    at 0x00000  u8[65536]   the run kind of a unit's folded character
;;                                  (Cls.OTHER 0, SPACE 1, DIGIT 2, CNUM 3,
;;                                  SURROGATE 7), | 0x80 when folding changes it
;;   FOLD   at 0x10000  u16[65536]  the folded character
;;   PLAIN  at 0x30000  i32[2048]   bit u: RUN[u] is Cls.OTHER without folding
;;   KEEP   at 0x32000  i32[2048]   bit u: the folded character is an ASCII
;;                                  digit or Latin letter (keeps a space)
;; (PLAIN as the loop reads it leaves 元 out, LOOP_PLAIN in normalize-tables.ts:
;; every 元 then takes the path that writes any other character, which notes
;; where it is written.)
(module
  ;; the caller's memory, made at the size the texts need and never grown:
  ;; growing would detach its buffer, and the first buffer detached in a
  ;; process makes V8 check every typed-array access in its optimized code
  (import "js" "memory" (memory 4))
  (global $count (export "count") (mut i32) (i32.const 0))
  (global $titles (export "titles") (mut i32) (i32.const 0))
  (global $surrogates (export "surrogates") (mut i32) (i32.const 0))
  (global $yuans (export "yuans") (mut i32) (i32.const 0))
  ;; 1 where a Han character (U+3400-U+9FFF, isHanUnit in normalize-tables.ts: the range
  ;; pipeline.ts takes units back from) was folded to another (a traditional form simplified)
  (global $hanFolds (export "hanFolds") (mut i32) (i32.const 0))
  ;; n units at U (u16, one more for a sentinel); writes the normalized units at O (u16),
  ;; their raw indices at T (i32, j + 1), the run kinds at K (u8) and starts at S (i32, count + 1),
  ;; the table-title positions at TT (i32), the normalized positions of every 元
  ;; downwards from Y (i32, the last at Y - 4; a 元 is never a title, so the two
  ;; lists fit one area of a slot a unit, from its two ends); returns the normalized length j
  (func (export "normalize") (param $n i32) (param $U i32) (param $O i32) (param $T i32) (param $K i32) (param $S i32) (param $TT i32) (param $Y i32) (result i32)
    (local $i i32) (local $j i32) (local $c i32) (local $k i32) (local $kind i32) (local $count i32)
    (local $e i32) (local $d i32) (local $next i32) (local $visible i32) (local $nt i32) (local $surr i32) (local $ny i32) (local $hf i32)
    ;; the sentinel: a space, whose kind no run has
    (i32.store16 (i32.add (local.get $U) (i32.shl (local.get $n) (i32.const 1))) (i32.const 0x20))
    ;; kind: the run kind of the last character written (-1: none yet)
    (local.set $kind (i32.const -1))
    ;; titles: the raw indices of the 表 that start the text or follow whitespace
    (if (i32.gt_s (local.get $n) (i32.const 0))
      (then (if (i32.eq (i32.load16_u (local.get $U)) (i32.const 0x8868))
        (then (i32.store (local.get $TT) (i32.const 0)) (local.set $nt (i32.const 1))))))
    (block $end
      (loop $main
        (br_if $end (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $c (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $i) (i32.const 1)))))
        (local.set $k (i32.load8_u (local.get $c)))
        (if (i32.eqz (local.get $kind))
          (then
            ;; the common case: characters that folding leaves alone, continuing
            ;; a run of them (the sentinel stops the loop without a check of i)
            (block $plainEnd
              (loop $plain
                (br_if $plainEnd (i32.eqz (i32.and
                  (i32.load offset=0x30000 (i32.shl (i32.shr_u (local.get $c) (i32.const 5)) (i32.const 2)))
                  (i32.shl (i32.const 1) (local.get $c)))))
                (i32.store16 (i32.add (local.get $O) (i32.shl (local.get $j) (i32.const 1))) (local.get $c))
                (i32.store (i32.add (local.get $T) (i32.shl (local.get $j) (i32.const 2))) (local.get $i))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (local.set $c (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $i) (i32.const 1)))))
                (br $plain)))
            ;; Line breaks (\n only) between two plain characters, the first not
            ;; ASCII (Chinese wrapped in paragraphs), are dropped here: what the
            ;; whitespace path below would do with them (only an ASCII digit or
            ;; letter keeps a space), without it; 85% of the whitespace runs of the
            ;; seed reports. A 表 after them may open a table: that path notes it.
            (if (i32.eq (local.get $c) (i32.const 0x0a))
              (then (if (i32.gt_s (local.get $j) (i32.const 0))
                (then (if (i32.ge_u (i32.load16_u (i32.add (local.get $O) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 1)))) (i32.const 0x80))
                  (then
                    (local.set $e (i32.add (local.get $i) (i32.const 1)))
                    (block $nlEnd
                      (loop $nl
                        (br_if $nlEnd (i32.ne (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $e) (i32.const 1)))) (i32.const 0x0a)))
                        (local.set $e (i32.add (local.get $e) (i32.const 1)))
                        (br $nl)))
                    (local.set $d (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $e) (i32.const 1)))))
                    (if (i32.lt_s (local.get $e) (local.get $n))
                      (then (if (i32.and
                          (i32.load offset=0x30000 (i32.shl (i32.shr_u (local.get $d) (i32.const 5)) (i32.const 2)))
                          (i32.shl (i32.const 1) (local.get $d)))
                        (then (if (i32.ne (local.get $d) (i32.const 0x8868))
                          (then (local.set $i (local.get $e)) (br $main)))))))))))))
            (local.set $k (i32.load8_u (local.get $c))))
          (else
            ;; characters continuing a digit or numeral run (a full-width digit after another)
            (block $runEnd
              (loop $run
                (br_if $runEnd (i32.ne (i32.and (local.get $k) (i32.const 0x7f)) (local.get $kind)))
                ;; a traditional numeral (萬, 億, 兩) folded: $hf notes it, without a branch
                (local.set $hf (i32.or (local.get $hf) (i32.and (i32.shr_u (local.get $k) (i32.const 7))
                  (i32.le_u (i32.sub (local.get $c) (i32.const 0x3400)) (i32.const 0x6bff)))))
                (i32.store16 (i32.add (local.get $O) (i32.shl (local.get $j) (i32.const 1)))
                  (if (result i32) (i32.and (local.get $k) (i32.const 0x80))
                    (then (i32.load16_u offset=0x10000 (i32.shl (local.get $c) (i32.const 1))))
                    (else (local.get $c))))
                (i32.store (i32.add (local.get $T) (i32.shl (local.get $j) (i32.const 2))) (local.get $i))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (local.set $c (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $i) (i32.const 1)))))
                (local.set $k (i32.load8_u (local.get $c)))
                (br $run)))))
        (br_if $end (i32.eq (local.get $i) (local.get $n)))
        (if (i32.and (local.get $k) (i32.const 0x80))
          (then
            (if (i32.le_u (i32.sub (local.get $c) (i32.const 0x3400)) (i32.const 0x6bff))
              (then (local.set $hf (i32.const 1))))
            (local.set $c (i32.load16_u offset=0x10000 (i32.shl (local.get $c) (i32.const 1))))
            (local.set $k (i32.and (local.get $k) (i32.const 0x7f)))))
        (local.set $next (i32.add (local.get $i) (i32.const 1)))
        (if (i32.eq (local.get $k) (i32.const 1))
          (then
            ;; a whitespace run: folded away unless it separates two numbers or two
            ;; words (a zero-width space separates nothing: 12\u200b345 is one number)
            (local.set $d (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $i) (i32.const 1)))))
            (local.set $visible (i32.and (i32.ne (local.get $d) (i32.const 0x200b)) (i32.ne (local.get $d) (i32.const 0xfeff))))
            (local.set $e (i32.add (local.get $i) (i32.const 1)))
            (block $wsEnd
              (loop $ws
                (br_if $wsEnd (i32.ge_s (local.get $e) (local.get $n)))
                (local.set $d (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $e) (i32.const 1)))))
                (br_if $wsEnd (i32.ne (i32.and (i32.load8_u (local.get $d)) (i32.const 0x7f)) (i32.const 1)))
                (if (i32.and (i32.ne (local.get $d) (i32.const 0x200b)) (i32.ne (local.get $d) (i32.const 0xfeff)))
                  (then (local.set $visible (i32.const 1))))
                (local.set $e (i32.add (local.get $e) (i32.const 1)))
                (br $ws)))
            (local.set $d (i32.load16_u (i32.add (local.get $U) (i32.shl (local.get $e) (i32.const 1)))))
            (if (i32.lt_s (local.get $e) (local.get $n))
              (then (if (i32.eq (local.get $d) (i32.const 0x8868))
                (then
                  (i32.store (i32.add (local.get $TT) (i32.shl (local.get $nt) (i32.const 2))) (local.get $e))
                  (local.set $nt (i32.add (local.get $nt) (i32.const 1)))))))
            ;; kept: after an ASCII digit or letter, before one (once folded), if anything visible was there
            (block $kept
              (block $fold
                (br_if $fold (i32.le_s (local.get $j) (i32.const 0)))
                (br_if $fold (i32.ge_s (local.get $e) (local.get $n)))
                (br_if $fold (i32.eqz (local.get $visible)))
                (local.set $c (i32.load16_u (i32.add (local.get $O) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 1)))))
                (br_if $fold (i32.ge_u (local.get $c) (i32.const 0x80)))
                (br_if $fold (i32.eqz (i32.and
                  (i32.load offset=0x32000 (i32.shl (i32.shr_u (local.get $c) (i32.const 5)) (i32.const 2)))
                  (i32.shl (i32.const 1) (local.get $c)))))
                (br_if $kept (i32.and
                  (i32.load offset=0x32000 (i32.shl (i32.shr_u (local.get $d) (i32.const 5)) (i32.const 2)))
                  (i32.shl (i32.const 1) (local.get $d)))))
              (local.set $i (local.get $e))
              (br $main))
            ;; a kept space, mapped to the run's first unit
            (local.set $c (i32.const 0x20))
            (local.set $k (i32.const 0))
            (local.set $next (local.get $e)))
          (else
            ;; a surrogate: the caller's offsets need the code-point table
            (if (i32.eq (local.get $k) (i32.const 7))
              (then (local.set $surr (i32.const 1)) (local.set $k (i32.const 0))))))
        ;; the second of a pair of em dashes (——, a range mark) is dropped: one is written
        (if (i32.eq (local.get $c) (i32.const 0x2014))
          (then (if (i32.gt_s (local.get $j) (i32.const 0))
            (then (if (i32.eq (i32.load16_u (i32.add (local.get $O) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 1)))) (i32.const 0x2014))
              (then (local.set $i (local.get $next)) (br $main)))))))
        (if (i32.ne (local.get $k) (local.get $kind))
          (then
            (i32.store8 (i32.add (local.get $K) (local.get $count)) (local.get $k))
            (i32.store (i32.add (local.get $S) (i32.shl (local.get $count) (i32.const 2))) (local.get $j))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $kind (local.get $k))))
        (if (i32.eq (local.get $c) (i32.const 0x5143))
          (then
            (local.set $ny (i32.add (local.get $ny) (i32.const 1)))
            (i32.store (i32.sub (local.get $Y) (i32.shl (local.get $ny) (i32.const 2))) (local.get $j))))
        (i32.store16 (i32.add (local.get $O) (i32.shl (local.get $j) (i32.const 1))) (local.get $c))
        (i32.store (i32.add (local.get $T) (i32.shl (local.get $j) (i32.const 2))) (local.get $i))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (local.set $i (local.get $next))
        (br $main)))
    (i32.store (i32.add (local.get $T) (i32.shl (local.get $j) (i32.const 2))) (local.get $n))
    (i32.store (i32.add (local.get $S) (i32.shl (local.get $count) (i32.const 2))) (local.get $j))
    (global.set $count (local.get $count))
    (global.set $titles (local.get $nt))
    (global.set $surrogates (local.get $surr))
    (global.set $yuans (local.get $ny))
    (global.set $hanFolds (local.get $hf))
    (local.get $j)))
