;; The two matrix passes of fitting a logistic regression (src/core/model/logistic-loss.ts's
;; computeMargins and computeGradient) with 128-bit SIMD, two float64 lanes, over the matrix in
;; tiles of 16 rows: value (i, j) at tp + ((i >> 4)·p + j)·128 + (i & 15)·8, so a tile's 16
;; values of one column are adjacent and both passes read memory in order. Rows past n in the
;; last tile may hold anything: lanes never mix, their margins are never read and the gradient
;; reads only rows below n. Every output value goes through exactly the same additions and
;; multiplications in the same order as the TypeScript loops, so the results are bit-for-bit
;; identical; only the number of values done per instruction changes. Memory is the caller's;
;; all offsets are in bytes.
(module
  (import "env" "memory" (memory 1))

  ;; z_i = b + x_i0·w_0 + x_i1·w_1 + … (left to right) for the $nt tiles at $tp; writes 16·$nt
  ;; margins at $zp. Sixteen rows, eight independent add chains, per sweep over the weights.
  (func (export "margins") (param $tp i32) (param $nt i32) (param $p i32) (param $wp i32) (param $b f64) (param $zp i32)
    (local $t i32) (local $j i32) (local $a i32) (local $w v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $s4 v128) (local $s5 v128) (local $s6 v128) (local $s7 v128)
    (local.set $a (local.get $tp))
    (block $tiles_done (loop $tiles
      (br_if $tiles_done (i32.ge_u (local.get $t) (local.get $nt)))
      (local.set $s0 (f64x2.splat (local.get $b)))
      (local.set $s1 (local.get $s0))
      (local.set $s2 (local.get $s0))
      (local.set $s3 (local.get $s0))
      (local.set $s4 (local.get $s0))
      (local.set $s5 (local.get $s0))
      (local.set $s6 (local.get $s0))
      (local.set $s7 (local.get $s0))
      (local.set $j (i32.const 0))
      (block $cols_done (loop $cols
        (br_if $cols_done (i32.ge_u (local.get $j) (local.get $p)))
        (local.set $w (f64x2.splat (f64.load (i32.add (local.get $wp) (i32.shl (local.get $j) (i32.const 3))))))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (v128.load offset=0 (local.get $a)) (local.get $w))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (v128.load offset=16 (local.get $a)) (local.get $w))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (v128.load offset=32 (local.get $a)) (local.get $w))))
        (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (v128.load offset=48 (local.get $a)) (local.get $w))))
        (local.set $s4 (f64x2.add (local.get $s4) (f64x2.mul (v128.load offset=64 (local.get $a)) (local.get $w))))
        (local.set $s5 (f64x2.add (local.get $s5) (f64x2.mul (v128.load offset=80 (local.get $a)) (local.get $w))))
        (local.set $s6 (f64x2.add (local.get $s6) (f64x2.mul (v128.load offset=96 (local.get $a)) (local.get $w))))
        (local.set $s7 (f64x2.add (local.get $s7) (f64x2.mul (v128.load offset=112 (local.get $a)) (local.get $w))))
        (local.set $a (i32.add (local.get $a) (i32.const 128)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols)))
      (v128.store offset=0 (local.get $zp) (local.get $s0))
      (v128.store offset=16 (local.get $zp) (local.get $s1))
      (v128.store offset=32 (local.get $zp) (local.get $s2))
      (v128.store offset=48 (local.get $zp) (local.get $s3))
      (v128.store offset=64 (local.get $zp) (local.get $s4))
      (v128.store offset=80 (local.get $zp) (local.get $s5))
      (v128.store offset=96 (local.get $zp) (local.get $s6))
      (v128.store offset=112 (local.get $zp) (local.get $s7))
      (local.set $zp (i32.add (local.get $zp) (i32.const 128)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $tiles)))
  )

  ;; out = Xᵀ·r for the n × p matrix in tiles at $tp (as margins reads it), residuals at $rp,
  ;; out (p values) at $op. Rows go in blocks of eight (half a tile), each column's eight
  ;; products summed as ((((q0x0 + q1x1) + (q2x2 + q3x3)) + (q4x4 + q5x5)) + (q6x6 + q7x7)) and
  ;; then added to out; the rows after the last full eight are added one at a time. Two columns
  ;; per step: the products of column j and of j + 1 are paired lane by lane with shuffles.
  (func (export "gradient") (param $tp i32) (param $n i32) (param $p i32) (param $rp i32) (param $op i32)
    (local $b i32) (local $blocks i32) (local $j i32) (local $pairs_end i32) (local $tile_bytes i32)
    (local $base i32) (local $a i32) (local $o i32) (local $i i32) (local $q f64)
    (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
    (local $x0 v128) (local $x1 v128) (local $x2 v128) (local $x3 v128)
    (local $y0 v128) (local $y1 v128) (local $y2 v128) (local $y3 v128)
    (local.set $tile_bytes (i32.shl (local.get $p) (i32.const 7)))
    (local.set $pairs_end (i32.and (local.get $p) (i32.const -2)))
    (local.set $blocks (i32.shr_u (local.get $n) (i32.const 3)))
    (block $zero_done (loop $zero
      (br_if $zero_done (i32.ge_u (local.get $j) (local.get $p)))
      (f64.store (i32.add (local.get $op) (i32.shl (local.get $j) (i32.const 3))) (f64.const 0))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $zero)))
    (block $blocks_done (loop $block
      (br_if $blocks_done (i32.ge_u (local.get $b) (local.get $blocks)))
      (local.set $a (i32.add (local.get $rp) (i32.shl (local.get $b) (i32.const 6))))
      (local.set $q0 (v128.load offset=0 (local.get $a)))
      (local.set $q1 (v128.load offset=16 (local.get $a)))
      (local.set $q2 (v128.load offset=32 (local.get $a)))
      (local.set $q3 (v128.load offset=48 (local.get $a)))
      ;; Tile b >> 1, half b & 1.
      (local.set $base
        (i32.add (local.get $tp)
          (i32.add
            (i32.mul (i32.shr_u (local.get $b) (i32.const 1)) (local.get $tile_bytes))
            (i32.shl (i32.and (local.get $b) (i32.const 1)) (i32.const 6)))))
      (local.set $a (local.get $base))
      (local.set $o (local.get $op))
      (local.set $j (i32.const 0))
      (block $pairs_done (loop $pairs
        (br_if $pairs_done (i32.ge_u (local.get $j) (local.get $pairs_end)))
        ;; Products of column j (x) and column j + 1 (y), two rows per vector.
        (local.set $x0 (f64x2.mul (local.get $q0) (v128.load offset=0 (local.get $a))))
        (local.set $x1 (f64x2.mul (local.get $q1) (v128.load offset=16 (local.get $a))))
        (local.set $x2 (f64x2.mul (local.get $q2) (v128.load offset=32 (local.get $a))))
        (local.set $x3 (f64x2.mul (local.get $q3) (v128.load offset=48 (local.get $a))))
        (local.set $y0 (f64x2.mul (local.get $q0) (v128.load offset=128 (local.get $a))))
        (local.set $y1 (f64x2.mul (local.get $q1) (v128.load offset=144 (local.get $a))))
        (local.set $y2 (f64x2.mul (local.get $q2) (v128.load offset=160 (local.get $a))))
        (local.set $y3 (f64x2.mul (local.get $q3) (v128.load offset=176 (local.get $a))))
        (v128.store (local.get $o)
          (f64x2.add (v128.load (local.get $o))
            (f64x2.add
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x0) (local.get $y0))
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x0) (local.get $y0)))
                  (f64x2.add
                    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x1) (local.get $y1))
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x1) (local.get $y1))))
                (f64x2.add
                  (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x2) (local.get $y2))
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x2) (local.get $y2))))
              (f64x2.add
                (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x3) (local.get $y3))
                (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x3) (local.get $y3))))))
        (local.set $a (i32.add (local.get $a) (i32.const 256)))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $pairs)))
      ;; An odd last column: the same sums from its lanes.
      (if (i32.lt_u (local.get $pairs_end) (local.get $p))
        (then
          (local.set $x0 (f64x2.mul (local.get $q0) (v128.load offset=0 (local.get $a))))
          (local.set $x1 (f64x2.mul (local.get $q1) (v128.load offset=16 (local.get $a))))
          (local.set $x2 (f64x2.mul (local.get $q2) (v128.load offset=32 (local.get $a))))
          (local.set $x3 (f64x2.mul (local.get $q3) (v128.load offset=48 (local.get $a))))
          (f64.store (local.get $o)
            (f64.add (f64.load (local.get $o))
              (f64.add
                (f64.add
                  (f64.add
                    (f64.add (f64x2.extract_lane 0 (local.get $x0)) (f64x2.extract_lane 1 (local.get $x0)))
                    (f64.add (f64x2.extract_lane 0 (local.get $x1)) (f64x2.extract_lane 1 (local.get $x1))))
                  (f64.add (f64x2.extract_lane 0 (local.get $x2)) (f64x2.extract_lane 1 (local.get $x2))))
                (f64.add (f64x2.extract_lane 0 (local.get $x3)) (f64x2.extract_lane 1 (local.get $x3))))))))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $block)))
    ;; The remaining rows, one at a time: out_j = out_j + q·x_ij.
    (local.set $i (i32.shl (local.get $blocks) (i32.const 3)))
    (block $rest_done (loop $rest
      (br_if $rest_done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $q (f64.load (i32.add (local.get $rp) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $a
        (i32.add (local.get $tp)
          (i32.add
            (i32.mul (i32.shr_u (local.get $i) (i32.const 4)) (local.get $tile_bytes))
            (i32.shl (i32.and (local.get $i) (i32.const 15)) (i32.const 3)))))
      (local.set $o (local.get $op))
      (local.set $j (i32.const 0))
      (block $cols_done (loop $cols
        (br_if $cols_done (i32.ge_u (local.get $j) (local.get $p)))
        (f64.store (local.get $o)
          (f64.add (f64.load (local.get $o)) (f64.mul (local.get $q) (f64.load (local.get $a)))))
        (local.set $a (i32.add (local.get $a) (i32.const 128)))
        (local.set $o (i32.add (local.get $o) (i32.const 8)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rest)))
  )
)
