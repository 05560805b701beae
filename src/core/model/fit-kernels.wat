;; The two matrix passes of fitting a logistic regression (src/core/model/logistic-loss.ts's
;; computeMargins and computeGradient) with 128-bit SIMD, two float64 lanes. Every output value
;; goes through exactly the same additions and multiplications in the same order as the
;; TypeScript loops, so the results are bit-for-bit identical; only the number of values done
;; per instruction changes. Memory is the caller's; all offsets are in bytes.
(module
  (import "env" "memory" (memory 1))

  ;; Copies the row-major n × p matrix at $xp into tiles of 16 rows at $tp: value (i, j) goes to
  ;; $tp + ((i >> 4)·p + j)·128 + (i & 15)·8, so a tile's 16 values of one column are adjacent.
  ;; Rows past n in the last tile are left as they are: lanes never mix, and their margins are
  ;; never read.
  (func (export "tile") (param $xp i32) (param $n i32) (param $p i32) (param $tp i32)
    (local $i i32) (local $j i32) (local $src i32) (local $dst i32)
    (local.set $src (local.get $xp))
    (block $rows_done (loop $rows
      (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $dst
        (i32.add (local.get $tp)
          (i32.add
            (i32.mul (i32.mul (i32.shr_u (local.get $i) (i32.const 4)) (local.get $p)) (i32.const 128))
            (i32.shl (i32.and (local.get $i) (i32.const 15)) (i32.const 3)))))
      (local.set $j (i32.const 0))
      (block $cols_done (loop $cols
        (br_if $cols_done (i32.ge_u (local.get $j) (local.get $p)))
        (f64.store (local.get $dst) (f64.load (local.get $src)))
        (local.set $src (i32.add (local.get $src) (i32.const 8)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 128)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rows)))
  )

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

  ;; out = Xᵀ·r for the row-major n × p matrix at $xp, residuals at $rp, out (p values) at $op.
  ;; Eight rows per sweep, each column's eight products summed as
  ;; ((((q0x0 + q1x1) + (q2x2 + q3x3)) + (q4x4 + q5x5)) + (q6x6 + q7x7)) and then added to out;
  ;; the rows after the last full eight are added one at a time. Lanes are columns j, j + 1.
  (func (export "gradient") (param $xp i32) (param $n i32) (param $p i32) (param $rp i32) (param $op i32)
    (local $i i32) (local $j i32) (local $pairs_end i32) (local $stride i32) (local $row i32)
    (local $x i32) (local $o i32) (local $q i32)
    (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
    (local $q4 v128) (local $q5 v128) (local $q6 v128) (local $q7 v128)
    (local $xs f64)
    (local.set $stride (i32.shl (local.get $p) (i32.const 3)))
    (local.set $pairs_end (i32.and (local.get $p) (i32.const -2)))
    (block $zero_done (loop $zero
      (br_if $zero_done (i32.ge_u (local.get $j) (local.get $p)))
      (f64.store (i32.add (local.get $op) (i32.shl (local.get $j) (i32.const 3))) (f64.const 0))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $zero)))
    (block $blocks_done (loop $blocks
      (br_if $blocks_done (i32.gt_u (i32.add (local.get $i) (i32.const 8)) (local.get $n)))
      (local.set $q (i32.add (local.get $rp) (i32.shl (local.get $i) (i32.const 3))))
      (local.set $q0 (v128.load64_splat offset=0 (local.get $q)))
      (local.set $q1 (v128.load64_splat offset=8 (local.get $q)))
      (local.set $q2 (v128.load64_splat offset=16 (local.get $q)))
      (local.set $q3 (v128.load64_splat offset=24 (local.get $q)))
      (local.set $q4 (v128.load64_splat offset=32 (local.get $q)))
      (local.set $q5 (v128.load64_splat offset=40 (local.get $q)))
      (local.set $q6 (v128.load64_splat offset=48 (local.get $q)))
      (local.set $q7 (v128.load64_splat offset=56 (local.get $q)))
      (local.set $row (i32.add (local.get $xp) (i32.mul (local.get $i) (local.get $stride))))
      (local.set $x (local.get $row))
      (local.set $o (local.get $op))
      (local.set $j (i32.const 0))
      (block $pairs_done (loop $pairs
        (br_if $pairs_done (i32.ge_u (local.get $j) (local.get $pairs_end)))
        (v128.store (local.get $o)
          (f64x2.add (v128.load (local.get $o))
            (f64x2.add
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (f64x2.mul (local.get $q0) (v128.load (local.get $x)))
                    (f64x2.mul (local.get $q1) (v128.load (i32.add (local.get $x) (local.get $stride)))))
                  (f64x2.add
                    (f64x2.mul (local.get $q2) (v128.load (i32.add (local.get $x) (i32.shl (local.get $stride) (i32.const 1)))))
                    (f64x2.mul (local.get $q3) (v128.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 3)))))))
                (f64x2.add
                  (f64x2.mul (local.get $q4) (v128.load (i32.add (local.get $x) (i32.shl (local.get $stride) (i32.const 2)))))
                  (f64x2.mul (local.get $q5) (v128.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 5)))))))
              (f64x2.add
                (f64x2.mul (local.get $q6) (v128.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 6)))))
                (f64x2.mul (local.get $q7) (v128.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 7)))))))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $pairs)))
      ;; An odd last column: the same sums on one lane.
      (if (i32.lt_u (local.get $pairs_end) (local.get $p))
        (then
          (f64.store (local.get $o)
            (f64.add (f64.load (local.get $o))
              (f64.add
                (f64.add
                  (f64.add
                    (f64.add
                      (f64.mul (f64x2.extract_lane 0 (local.get $q0)) (f64.load (local.get $x)))
                      (f64.mul (f64x2.extract_lane 0 (local.get $q1)) (f64.load (i32.add (local.get $x) (local.get $stride)))))
                    (f64.add
                      (f64.mul (f64x2.extract_lane 0 (local.get $q2)) (f64.load (i32.add (local.get $x) (i32.shl (local.get $stride) (i32.const 1)))))
                      (f64.mul (f64x2.extract_lane 0 (local.get $q3)) (f64.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 3)))))))
                  (f64.add
                    (f64.mul (f64x2.extract_lane 0 (local.get $q4)) (f64.load (i32.add (local.get $x) (i32.shl (local.get $stride) (i32.const 2)))))
                    (f64.mul (f64x2.extract_lane 0 (local.get $q5)) (f64.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 5)))))))
                (f64.add
                  (f64.mul (f64x2.extract_lane 0 (local.get $q6)) (f64.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 6)))))
                  (f64.mul (f64x2.extract_lane 0 (local.get $q7)) (f64.load (i32.add (local.get $x) (i32.mul (local.get $stride) (i32.const 7)))))))))))
      (local.set $i (i32.add (local.get $i) (i32.const 8)))
      (br $blocks)))
    ;; The remaining rows, one at a time: out_j = out_j + q·x_ij.
    (block $rest_done (loop $rest
      (br_if $rest_done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $q0 (v128.load64_splat (i32.add (local.get $rp) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $x (i32.add (local.get $xp) (i32.mul (local.get $i) (local.get $stride))))
      (local.set $o (local.get $op))
      (local.set $j (i32.const 0))
      (block $rpairs_done (loop $rpairs
        (br_if $rpairs_done (i32.ge_u (local.get $j) (local.get $pairs_end)))
        (v128.store (local.get $o)
          (f64x2.add (v128.load (local.get $o)) (f64x2.mul (local.get $q0) (v128.load (local.get $x)))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $rpairs)))
      (if (i32.lt_u (local.get $pairs_end) (local.get $p))
        (then
          (f64.store (local.get $o)
            (f64.add (f64.load (local.get $o))
              (f64.mul (f64x2.extract_lane 0 (local.get $q0)) (f64.load (local.get $x)))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rest)))
  )
)
