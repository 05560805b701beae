;; The ranking's two passes down the career columns (column-terms.ts's addColumnTerms and
;; shortfall-logits.ts's toShortfallSums) with 128-bit SIMD: two careers per instruction, two
;; float64 lanes. The columns are laid out as in CareerColumns.data: column j's value for career
;; c at $dp + (j·n + c)·8. Every output value goes through exactly the same additions,
;; multiplications and comparisons in the same order as the TypeScript loops, so the results are
;; bit-for-bit identical; an odd last career is done alone with the same operations. Memory is
;; the caller's; all pointers are byte offsets.
(module
  (import "env" "memory" (memory 1))

  ;; z[c] += Σₜ w[t] · column[col[t]][c] for the n careers: four terms per pass over z, as
  ;; ((((z + w0·x0) + w1·x1) + w2·x2) + w3·x3), then the last (m mod 4) terms one per pass.
  ;; z at $zp (n values), the m column indices (i32) at $tp and their weights at $wp.
  (func (export "addTerms") (param $zp i32) (param $dp i32) (param $n i32) (param $tp i32) (param $wp i32) (param $m i32)
    (local $t i32) (local $c i32) (local $stride i32) (local $pairs i32)
    (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32) (local $at i32)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128)
    (local.set $stride (i32.shl (local.get $n) (i32.const 3)))
    (local.set $pairs (i32.and (local.get $n) (i32.const -2)))
    (block $quads_done (loop $quads
      (br_if $quads_done (i32.gt_u (i32.add (local.get $t) (i32.const 4)) (local.get $m)))
      (local.set $b0 (i32.add (local.get $dp) (i32.mul (i32.load offset=0 (i32.add (local.get $tp) (i32.shl (local.get $t) (i32.const 2)))) (local.get $stride))))
      (local.set $b1 (i32.add (local.get $dp) (i32.mul (i32.load offset=4 (i32.add (local.get $tp) (i32.shl (local.get $t) (i32.const 2)))) (local.get $stride))))
      (local.set $b2 (i32.add (local.get $dp) (i32.mul (i32.load offset=8 (i32.add (local.get $tp) (i32.shl (local.get $t) (i32.const 2)))) (local.get $stride))))
      (local.set $b3 (i32.add (local.get $dp) (i32.mul (i32.load offset=12 (i32.add (local.get $tp) (i32.shl (local.get $t) (i32.const 2)))) (local.get $stride))))
      (local.set $w0 (f64x2.splat (f64.load offset=0 (i32.add (local.get $wp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $w1 (f64x2.splat (f64.load offset=8 (i32.add (local.get $wp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $w2 (f64x2.splat (f64.load offset=16 (i32.add (local.get $wp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $w3 (f64x2.splat (f64.load offset=24 (i32.add (local.get $wp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $c (i32.const 0))
      (block $pairs_done (loop $pair
        (br_if $pairs_done (i32.ge_u (local.get $c) (local.get $pairs)))
        (local.set $at (i32.shl (local.get $c) (i32.const 3)))
        (v128.store (i32.add (local.get $zp) (local.get $at))
          (f64x2.add
            (f64x2.add
              (f64x2.add
                (f64x2.add
                  (v128.load (i32.add (local.get $zp) (local.get $at)))
                  (f64x2.mul (local.get $w0) (v128.load (i32.add (local.get $b0) (local.get $at)))))
                (f64x2.mul (local.get $w1) (v128.load (i32.add (local.get $b1) (local.get $at)))))
              (f64x2.mul (local.get $w2) (v128.load (i32.add (local.get $b2) (local.get $at)))))
            (f64x2.mul (local.get $w3) (v128.load (i32.add (local.get $b3) (local.get $at))))))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))
        (br $pair)))
      (if (i32.lt_u (local.get $c) (local.get $n))
        (then
          (local.set $at (i32.shl (local.get $c) (i32.const 3)))
          (f64.store (i32.add (local.get $zp) (local.get $at))
            (f64.add
              (f64.add
                (f64.add
                  (f64.add
                    (f64.load (i32.add (local.get $zp) (local.get $at)))
                    (f64.mul (f64x2.extract_lane 0 (local.get $w0)) (f64.load (i32.add (local.get $b0) (local.get $at)))))
                  (f64.mul (f64x2.extract_lane 0 (local.get $w1)) (f64.load (i32.add (local.get $b1) (local.get $at)))))
                (f64.mul (f64x2.extract_lane 0 (local.get $w2)) (f64.load (i32.add (local.get $b2) (local.get $at)))))
              (f64.mul (f64x2.extract_lane 0 (local.get $w3)) (f64.load (i32.add (local.get $b3) (local.get $at))))))))
      (local.set $t (i32.add (local.get $t) (i32.const 4)))
      (br $quads)))
    (block $singles_done (loop $single
      (br_if $singles_done (i32.ge_u (local.get $t) (local.get $m)))
      (local.set $b0 (i32.add (local.get $dp) (i32.mul (i32.load (i32.add (local.get $tp) (i32.shl (local.get $t) (i32.const 2)))) (local.get $stride))))
      (local.set $w0 (f64x2.splat (f64.load (i32.add (local.get $wp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $c (i32.const 0))
      (block $pairs1_done (loop $pair1
        (br_if $pairs1_done (i32.ge_u (local.get $c) (local.get $pairs)))
        (local.set $at (i32.shl (local.get $c) (i32.const 3)))
        (v128.store (i32.add (local.get $zp) (local.get $at))
          (f64x2.add
            (v128.load (i32.add (local.get $zp) (local.get $at)))
            (f64x2.mul (local.get $w0) (v128.load (i32.add (local.get $b0) (local.get $at))))))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))
        (br $pair1)))
      (if (i32.lt_u (local.get $c) (local.get $n))
        (then
          (local.set $at (i32.shl (local.get $c) (i32.const 3)))
          (f64.store (i32.add (local.get $zp) (local.get $at))
            (f64.add
              (f64.load (i32.add (local.get $zp) (local.get $at)))
              (f64.mul (f64x2.extract_lane 0 (local.get $w0)) (f64.load (i32.add (local.get $b0) (local.get $at))))))))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $single)))
  )

  ;; gap(x) = x > 0 ? x : 0 is written inline: (f64x2.pmax 0 x) is 0 < x ? x : 0 lane by lane
  ;; (NaN and −0 give 0, as in TypeScript), and (select x 0 (f64.gt x 0)) for one career.

  ;; Per career c, over the m skills (indices k at $kp (i32), the person's levels at $mp; skill
  ;; k's level column is $lb + k, its importance column $ib + k): shortfall += Σ p·gap(d), surplus +=
  ;; Σ p·gap(−d), weight += Σ p, four skills per pass (left to right), then the last (m mod 4)
  ;; one per pass. The three sums at $sp, $up and $gp start as the caller leaves them.
  (func (export "shortfallSums") (param $dp i32) (param $n i32) (param $lb i32) (param $ib i32) (param $kp i32) (param $mp i32) (param $m i32) (param $sp i32) (param $up i32) (param $gp i32)
    (local $t i32) (local $c i32) (local $stride i32) (local $pairs i32) (local $at i32)
    (local $l0 i32) (local $l1 i32) (local $l2 i32) (local $l3 i32)
    (local $i0 i32) (local $i1 i32) (local $i2 i32) (local $i3 i32)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128)
    (local $p0 v128) (local $p1 v128) (local $p2 v128) (local $p3 v128)
    (local $d0 v128) (local $d1 v128) (local $d2 v128) (local $d3 v128)
    (local $q0 f64) (local $q1 f64) (local $q2 f64) (local $q3 f64)
    (local $e0 f64) (local $e1 f64) (local $e2 f64) (local $e3 f64)
    (local.set $stride (i32.shl (local.get $n) (i32.const 3)))
    (local.set $pairs (i32.and (local.get $n) (i32.const -2)))
    (block $quads_done (loop $quads
      (br_if $quads_done (i32.gt_u (i32.add (local.get $t) (i32.const 4)) (local.get $m)))
      (local.set $l0 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $lb) (i32.load offset=0 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $l1 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $lb) (i32.load offset=4 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $l2 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $lb) (i32.load offset=8 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $l3 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $lb) (i32.load offset=12 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $i0 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $ib) (i32.load offset=0 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $i1 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $ib) (i32.load offset=4 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $i2 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $ib) (i32.load offset=8 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $i3 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $ib) (i32.load offset=12 (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $m0 (f64x2.splat (f64.load offset=0 (i32.add (local.get $mp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $m1 (f64x2.splat (f64.load offset=8 (i32.add (local.get $mp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $m2 (f64x2.splat (f64.load offset=16 (i32.add (local.get $mp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $m3 (f64x2.splat (f64.load offset=24 (i32.add (local.get $mp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $c (i32.const 0))
      (block $pairs_done (loop $pair
        (br_if $pairs_done (i32.ge_u (local.get $c) (local.get $pairs)))
        (local.set $at (i32.shl (local.get $c) (i32.const 3)))
        (local.set $p0 (v128.load (i32.add (local.get $i0) (local.get $at))))
        (local.set $p1 (v128.load (i32.add (local.get $i1) (local.get $at))))
        (local.set $p2 (v128.load (i32.add (local.get $i2) (local.get $at))))
        (local.set $p3 (v128.load (i32.add (local.get $i3) (local.get $at))))
        (local.set $d0 (f64x2.sub (v128.load (i32.add (local.get $l0) (local.get $at))) (local.get $m0)))
        (local.set $d1 (f64x2.sub (v128.load (i32.add (local.get $l1) (local.get $at))) (local.get $m1)))
        (local.set $d2 (f64x2.sub (v128.load (i32.add (local.get $l2) (local.get $at))) (local.get $m2)))
        (local.set $d3 (f64x2.sub (v128.load (i32.add (local.get $l3) (local.get $at))) (local.get $m3)))
        (v128.store (i32.add (local.get $sp) (local.get $at))
          (f64x2.add (f64x2.add (f64x2.add (f64x2.add
            (v128.load (i32.add (local.get $sp) (local.get $at)))
            (f64x2.mul (local.get $p0) (f64x2.pmax (v128.const f64x2 0 0) (local.get $d0))))
            (f64x2.mul (local.get $p1) (f64x2.pmax (v128.const f64x2 0 0) (local.get $d1))))
            (f64x2.mul (local.get $p2) (f64x2.pmax (v128.const f64x2 0 0) (local.get $d2))))
            (f64x2.mul (local.get $p3) (f64x2.pmax (v128.const f64x2 0 0) (local.get $d3)))))
        (v128.store (i32.add (local.get $up) (local.get $at))
          (f64x2.add (f64x2.add (f64x2.add (f64x2.add
            (v128.load (i32.add (local.get $up) (local.get $at)))
            (f64x2.mul (local.get $p0) (f64x2.pmax (v128.const f64x2 0 0) (f64x2.neg (local.get $d0)))))
            (f64x2.mul (local.get $p1) (f64x2.pmax (v128.const f64x2 0 0) (f64x2.neg (local.get $d1)))))
            (f64x2.mul (local.get $p2) (f64x2.pmax (v128.const f64x2 0 0) (f64x2.neg (local.get $d2)))))
            (f64x2.mul (local.get $p3) (f64x2.pmax (v128.const f64x2 0 0) (f64x2.neg (local.get $d3))))))
        (v128.store (i32.add (local.get $gp) (local.get $at))
          (f64x2.add (f64x2.add (f64x2.add (f64x2.add
            (v128.load (i32.add (local.get $gp) (local.get $at)))
            (local.get $p0)) (local.get $p1)) (local.get $p2)) (local.get $p3)))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))
        (br $pair)))
      (if (i32.lt_u (local.get $c) (local.get $n))
        (then
          (local.set $at (i32.shl (local.get $c) (i32.const 3)))
          (local.set $q0 (f64.load (i32.add (local.get $i0) (local.get $at))))
          (local.set $q1 (f64.load (i32.add (local.get $i1) (local.get $at))))
          (local.set $q2 (f64.load (i32.add (local.get $i2) (local.get $at))))
          (local.set $q3 (f64.load (i32.add (local.get $i3) (local.get $at))))
          (local.set $e0 (f64.sub (f64.load (i32.add (local.get $l0) (local.get $at))) (f64x2.extract_lane 0 (local.get $m0))))
          (local.set $e1 (f64.sub (f64.load (i32.add (local.get $l1) (local.get $at))) (f64x2.extract_lane 0 (local.get $m1))))
          (local.set $e2 (f64.sub (f64.load (i32.add (local.get $l2) (local.get $at))) (f64x2.extract_lane 0 (local.get $m2))))
          (local.set $e3 (f64.sub (f64.load (i32.add (local.get $l3) (local.get $at))) (f64x2.extract_lane 0 (local.get $m3))))
          (f64.store (i32.add (local.get $sp) (local.get $at))
            (f64.add (f64.add (f64.add (f64.add
              (f64.load (i32.add (local.get $sp) (local.get $at)))
              (f64.mul (local.get $q0) (select (local.get $e0) (f64.const 0) (f64.gt (local.get $e0) (f64.const 0)))))
              (f64.mul (local.get $q1) (select (local.get $e1) (f64.const 0) (f64.gt (local.get $e1) (f64.const 0)))))
              (f64.mul (local.get $q2) (select (local.get $e2) (f64.const 0) (f64.gt (local.get $e2) (f64.const 0)))))
              (f64.mul (local.get $q3) (select (local.get $e3) (f64.const 0) (f64.gt (local.get $e3) (f64.const 0))))))
          (f64.store (i32.add (local.get $up) (local.get $at))
            (f64.add (f64.add (f64.add (f64.add
              (f64.load (i32.add (local.get $up) (local.get $at)))
              (f64.mul (local.get $q0) (select (f64.neg (local.get $e0)) (f64.const 0) (f64.gt (f64.neg (local.get $e0)) (f64.const 0)))))
              (f64.mul (local.get $q1) (select (f64.neg (local.get $e1)) (f64.const 0) (f64.gt (f64.neg (local.get $e1)) (f64.const 0)))))
              (f64.mul (local.get $q2) (select (f64.neg (local.get $e2)) (f64.const 0) (f64.gt (f64.neg (local.get $e2)) (f64.const 0)))))
              (f64.mul (local.get $q3) (select (f64.neg (local.get $e3)) (f64.const 0) (f64.gt (f64.neg (local.get $e3)) (f64.const 0))))))
          (f64.store (i32.add (local.get $gp) (local.get $at))
            (f64.add (f64.add (f64.add (f64.add
              (f64.load (i32.add (local.get $gp) (local.get $at)))
              (local.get $q0)) (local.get $q1)) (local.get $q2)) (local.get $q3)))))
      (local.set $t (i32.add (local.get $t) (i32.const 4)))
      (br $quads)))
    (block $singles_done (loop $single
      (br_if $singles_done (i32.ge_u (local.get $t) (local.get $m)))
      (local.set $l0 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $lb) (i32.load (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $i0 (i32.add (local.get $dp) (i32.mul (i32.add (local.get $ib) (i32.load (i32.add (local.get $kp) (i32.shl (local.get $t) (i32.const 2))))) (local.get $stride))))
      (local.set $m0 (f64x2.splat (f64.load (i32.add (local.get $mp) (i32.shl (local.get $t) (i32.const 3))))))
      (local.set $c (i32.const 0))
      (block $pairs1_done (loop $pair1
        (br_if $pairs1_done (i32.ge_u (local.get $c) (local.get $pairs)))
        (local.set $at (i32.shl (local.get $c) (i32.const 3)))
        (local.set $p0 (v128.load (i32.add (local.get $i0) (local.get $at))))
        (local.set $d0 (f64x2.sub (v128.load (i32.add (local.get $l0) (local.get $at))) (local.get $m0)))
        (v128.store (i32.add (local.get $sp) (local.get $at))
          (f64x2.add (v128.load (i32.add (local.get $sp) (local.get $at)))
            (f64x2.mul (local.get $p0) (f64x2.pmax (v128.const f64x2 0 0) (local.get $d0)))))
        (v128.store (i32.add (local.get $up) (local.get $at))
          (f64x2.add (v128.load (i32.add (local.get $up) (local.get $at)))
            (f64x2.mul (local.get $p0) (f64x2.pmax (v128.const f64x2 0 0) (f64x2.neg (local.get $d0))))))
        (v128.store (i32.add (local.get $gp) (local.get $at))
          (f64x2.add (v128.load (i32.add (local.get $gp) (local.get $at))) (local.get $p0)))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))
        (br $pair1)))
      (if (i32.lt_u (local.get $c) (local.get $n))
        (then
          (local.set $at (i32.shl (local.get $c) (i32.const 3)))
          (local.set $q0 (f64.load (i32.add (local.get $i0) (local.get $at))))
          (local.set $e0 (f64.sub (f64.load (i32.add (local.get $l0) (local.get $at))) (f64x2.extract_lane 0 (local.get $m0))))
          (f64.store (i32.add (local.get $sp) (local.get $at))
            (f64.add (f64.load (i32.add (local.get $sp) (local.get $at)))
              (f64.mul (local.get $q0) (select (local.get $e0) (f64.const 0) (f64.gt (local.get $e0) (f64.const 0))))))
          (f64.store (i32.add (local.get $up) (local.get $at))
            (f64.add (f64.load (i32.add (local.get $up) (local.get $at)))
              (f64.mul (local.get $q0) (select (f64.neg (local.get $e0)) (f64.const 0) (f64.gt (f64.neg (local.get $e0)) (f64.const 0))))))
          (f64.store (i32.add (local.get $gp) (local.get $at))
            (f64.add (f64.load (i32.add (local.get $gp) (local.get $at))) (local.get $q0)))))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $single)))
  )

  ;; z[c] += wS · (shortfall[c] / weight[c] / 7) + wU · (surplus[c] / weight[c] / 7) where
  ;; weight[c] ≠ 0 (shortfall-logits.ts's addShortfallSums): both sides are computed and the
  ;; lanes whose weight is 0 (or −0) keep z, as the TypeScript `if` does.
  (func (export "addShortfallSums") (param $zp i32) (param $sp i32) (param $up i32) (param $gp i32) (param $n i32) (param $ws f64) (param $wu f64)
    (local $c i32) (local $pairs i32) (local $at i32) (local $w v128) (local $z v128) (local $g f64)
    (local $vs v128) (local $vu v128) (local $seven v128)
    (local.set $pairs (i32.and (local.get $n) (i32.const -2)))
    (local.set $vs (f64x2.splat (local.get $ws)))
    (local.set $vu (f64x2.splat (local.get $wu)))
    (local.set $seven (f64x2.splat (f64.const 7)))
    (block $pairs_done (loop $pair
      (br_if $pairs_done (i32.ge_u (local.get $c) (local.get $pairs)))
      (local.set $at (i32.shl (local.get $c) (i32.const 3)))
      (local.set $w (v128.load (i32.add (local.get $gp) (local.get $at))))
      (local.set $z (v128.load (i32.add (local.get $zp) (local.get $at))))
      (v128.store (i32.add (local.get $zp) (local.get $at))
        (v128.bitselect
          (f64x2.add
            (f64x2.add (local.get $z)
              (f64x2.mul (local.get $vs) (f64x2.div (f64x2.div (v128.load (i32.add (local.get $sp) (local.get $at))) (local.get $w)) (local.get $seven))))
            (f64x2.mul (local.get $vu) (f64x2.div (f64x2.div (v128.load (i32.add (local.get $up) (local.get $at))) (local.get $w)) (local.get $seven))))
          (local.get $z)
          (f64x2.ne (local.get $w) (v128.const f64x2 0 0))))
      (local.set $c (i32.add (local.get $c) (i32.const 2)))
      (br $pair)))
    (if (i32.lt_u (local.get $c) (local.get $n))
      (then
        (local.set $at (i32.shl (local.get $c) (i32.const 3)))
        (local.set $g (f64.load (i32.add (local.get $gp) (local.get $at))))
        (if (f64.ne (local.get $g) (f64.const 0))
          (then
            (f64.store (i32.add (local.get $zp) (local.get $at))
              (f64.add
                (f64.add (f64.load (i32.add (local.get $zp) (local.get $at)))
                  (f64.mul (local.get $ws) (f64.div (f64.div (f64.load (i32.add (local.get $sp) (local.get $at))) (local.get $g)) (f64.const 7))))
                (f64.mul (local.get $wu) (f64.div (f64.div (f64.load (i32.add (local.get $up) (local.get $at))) (local.get $g)) (f64.const 7)))))))))
  )
)
