import { embeddedWasmModule, roundUp16 } from '../model/index.js';
import type { CareerColumns } from './career-columns.js';
import { COLUMN_KERNELS_WASM_BASE64 } from './column-kernels-wasm.js';
import type { ShortfallSums } from './shortfall-logits.js';

/** column-kernels.wat's exports; every pointer is a byte offset into the instance's memory. */
interface ColumnKernelExports {
  addTerms(zp: number, dp: number, n: number, tp: number, wp: number, m: number): void;
  shortfallSums(
    dp: number,
    n: number,
    lb: number,
    ib: number,
    kp: number,
    mp: number,
    m: number,
    sp: number,
    up: number,
    gp: number,
  ): void;
  addShortfallSums(
    zp: number,
    sp: number,
    up: number,
    gp: number,
    n: number,
    ws: number,
    wu: number,
  ): void;
}

/**
 * The SIMD kernels over one copy of a column layout's data, with room for a pass's inputs and
 * outputs after it. Each pass copies its few inputs in, runs and copies its outputs out.
 */
export interface ColumnKernels {
  /** z[c] += Σₜ weightₜ · column[columnₜ][c] (addColumnTerms, same numbers). */
  addTerms(z: Float64Array, columns: Int32Array, weights: Float64Array, count: number): void;
  /** toShortfallSums's sums over the skills `indices` against `levels` (same numbers). */
  shortfallSums(indices: readonly number[], levels: ArrayLike<number>): ShortfallSums;
  /**
   * addShortfallSums(z, toShortfallSums(…), wShortfall, wSurplus) without handing the sums out
   * (same numbers).
   */
  addShortfallLogits(
    z: Float64Array,
    indices: readonly number[],
    levels: ArrayLike<number>,
    wShortfall: number,
    wSurplus: number,
  ): void;
}

const PAGE_BYTES = 65_536;
/** Fewer careers than this stay on the TypeScript loops (a request's ten shown careers). */
const MIN_CAREERS = 64;
/** Layouts whose copy would pass this stay on the TypeScript loops. */
const MAX_BYTES = 1 << 30;

/** The compiled kernels; null where this runtime lacks WebAssembly SIMD. */
const compiledKernels = embeddedWasmModule(COLUMN_KERNELS_WASM_BASE64);
const byColumns = new WeakMap<CareerColumns, ColumnKernels | null>();

/**
 * The SIMD kernels for `cols` (made on first use and kept with it: the data is copied once), or
 * null when the layout is small, too large, or WebAssembly SIMD is missing; the callers then
 * run their TypeScript loops, which give the same numbers.
 */
export function columnKernelsOf(cols: CareerColumns): ColumnKernels | null {
  // A request's selections (its ten shown careers) are new layouts every time: not kept.
  if (cols.count < MIN_CAREERS) return null;
  let kernels = byColumns.get(cols);
  if (kernels === undefined) byColumns.set(cols, (kernels = createColumnKernels(cols)));
  return kernels;
}

function createColumnKernels(cols: CareerColumns): ColumnKernels | null {
  const { count: n, width, data } = cols;
  const module = compiledKernels();
  // Data, then z, the three sums, the column (or skill) indices and the weights (or levels).
  const dataBytes = roundUp16(data.length * 8);
  const sumBytes = roundUp16(n * 8);
  const indexBytes = roundUp16(width * 4);
  const weightBytes = roundUp16(width * 8);
  const total = dataBytes + 4 * sumBytes + indexBytes + weightBytes;
  if (module === null || total > MAX_BYTES) return null;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(total / PAGE_BYTES) });
  const exports = new WebAssembly.Instance(module, { env: { memory } })
    .exports as unknown as ColumnKernelExports;
  const heap = new Float64Array(memory.buffer);
  const ints = new Int32Array(memory.buffer);
  heap.set(data, 0);
  const dp = 0;
  const zp = dataBytes;
  const sp = zp + sumBytes;
  const up = sp + sumBytes;
  const gp = up + sumBytes;
  const tp = gp + sumBytes;
  const wp = tp + indexBytes;
  const view = (at: number) => heap.subarray(at / 8, at / 8 + n);
  // The sums of the skills `indices` against `levels`, left at sp, up and gp.
  const sums = (indices: readonly number[], levels: ArrayLike<number>) => {
    const m = indices.length;
    heap.fill(0, sp / 8, (sp + 3 * sumBytes) / 8);
    for (let t = 0; t < m; t++) {
      ints[tp / 4 + t] = indices[t]!;
      heap[wp / 8 + t] = levels[indices[t]!]!;
    }
    exports.shortfallSums(dp, n, cols.level, cols.importance, tp, wp, m, sp, up, gp);
  };
  return {
    addTerms(z, columns, weights, count) {
      if (count === 0) return;
      heap.set(z, zp / 8);
      ints.set(columns.subarray(0, count), tp / 4);
      heap.set(weights.subarray(0, count), wp / 8);
      exports.addTerms(zp, dp, n, tp, wp, count);
      z.set(view(zp));
    },
    shortfallSums(indices, levels) {
      sums(indices, levels);
      return { shortfall: view(sp).slice(), surplus: view(up).slice(), weight: view(gp).slice() };
    },
    addShortfallLogits(z, indices, levels, wShortfall, wSurplus) {
      sums(indices, levels);
      heap.set(z, zp / 8);
      exports.addShortfallSums(zp, sp, up, gp, n, wShortfall, wSurplus);
      z.set(view(zp));
    },
  };
}
