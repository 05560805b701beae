import { FIT_KERNELS_WASM_BASE64 } from './fit-kernels-wasm.js';
import type { MatrixKernels } from './matrix-kernels.js';
import { embeddedWasmModule, roundUp16 } from './wasm-module.js';
import type { Matrix } from './matrix.js';

/** fit-kernels.wat's exports; every pointer is a byte offset into the instance's memory. */
interface FitKernelExports {
  margins(tp: number, tiles: number, p: number, wp: number, b: number, zp: number): void;
  gradient(tp: number, n: number, p: number, rp: number, op: number): void;
}

const PAGE_BYTES = 65_536;
/** Larger matrices use the scalar kernels: the copy of X must fit in 32-bit offsets with room. */
const MAX_BYTES = 1 << 30;
/**
 * A released instance up to this size is kept for the next fit. Touching fresh memory costs
 * about as much as the fit itself on a small matrix (page faults: 9 ms per 3.6 MB copy here),
 * so repeated fits (cross-validation, the benchmark) reuse one; a big one is left to the GC.
 */
const KEEP_BYTES = 64 << 20;
const TILE_ROWS = 16;

interface KernelInstance {
  readonly memory: WebAssembly.Memory;
  readonly kernels: FitKernelExports;
}

/** The instance the last released kernels left behind (at most one; fits are synchronous). */
let spare: KernelInstance | null = null;

/** The compiled kernels; null where this runtime lacks WebAssembly SIMD. */
const compiledKernels = embeddedWasmModule(FIT_KERNELS_WASM_BASE64);

/** An instance with at least `bytes` of memory: the spare one (grown if need be) or a new one. */
function takeInstance(module: WebAssembly.Module, bytes: number): KernelInstance {
  const pages = Math.max(1, Math.ceil(bytes / PAGE_BYTES));
  const kept = spare;
  spare = null;
  if (kept !== null) {
    const have = kept.memory.buffer.byteLength / PAGE_BYTES;
    if (have < pages) kept.memory.grow(pages - have);
    return kept;
  }
  const memory = new WebAssembly.Memory({ initial: pages });
  const { exports } = new WebAssembly.Instance(module, { env: { memory } });
  return { memory, kernels: exports as unknown as FitKernelExports };
}

/** Copies the row-major `x` into `heap` from `offset` (in values) in fit-kernels.wat's tiles. */
function copyInTiles(x: Matrix, heap: Float64Array, offset: number): void {
  const { data, nRows: n, nCols: p } = x;
  for (let i = 0; i < n; i++) {
    const row = i * p;
    let at = offset + (i >> 4) * p * TILE_ROWS + (i & 15);
    for (let j = 0; j < p; j++, at += TILE_ROWS) heap[at] = data[row + j]!;
  }
}

/**
 * The SIMD kernels (fit-kernels.wat) on a private copy of `x` in tiles of 16 rows, each tile
 * column by column, so both passes read memory in order. Null when WebAssembly SIMD is missing
 * or the copy would pass {@link MAX_BYTES}. Call `release` when done: the kernels must not be
 * used after it.
 */
export function createSimdKernels(x: Matrix): MatrixKernels | null {
  const module = compiledKernels();
  const { nRows: n, nCols: p } = x;
  const tiles = Math.ceil(n / TILE_ROWS);
  const tileRows = tiles * TILE_ROWS;
  const tp = 0;
  const wp = tp + tileRows * p * 8;
  const op = wp + roundUp16(p * 8);
  const rp = op + roundUp16(p * 8);
  const zp = rp + tileRows * 8;
  const bytes = zp + tileRows * 8;
  if (module === null || bytes > MAX_BYTES) return null;
  const instance = takeInstance(module, bytes);
  const { kernels } = instance;
  const heap = new Float64Array(instance.memory.buffer);
  // The last tile's rows past n may keep an earlier matrix's values: lanes never mix, so they
  // only reach margins past n, which are not read, and the gradient stops at row n.
  copyInTiles(x, heap, tp / 8);
  const w = heap.subarray(wp / 8, wp / 8 + p);
  const gradient = heap.subarray(op / 8, op / 8 + p);
  const residual = heap.subarray(rp / 8, rp / 8 + n);
  const margins = heap.subarray(zp / 8, zp / 8 + n);
  return {
    nRows: n,
    nCols: p,
    margins: (weights, b, out) => {
      w.set(weights.subarray(0, p));
      kernels.margins(tp, tiles, p, wp, b, zp);
      out.set(margins);
    },
    gradient: (r, out) => {
      residual.set(r.subarray(0, n));
      kernels.gradient(tp, n, p, rp, op);
      out.set(gradient);
    },
    release: () => {
      if (instance.memory.buffer.byteLength <= KEEP_BYTES) spare = instance;
    },
  };
}
