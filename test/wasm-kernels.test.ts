import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIT_KERNELS_WASM_BASE64 } from '../src/core/model/fit-kernels-wasm.js';
import { assembleWat } from '../scripts/assemble-wat.js';

describe('embedded WebAssembly', () => {
  it('is fit-kernels.wat assembled, so the binary never drifts from its source (npm run build:wasm)', async () => {
    const wat = path.join(import.meta.dirname, '..', 'src', 'core', 'model', 'fit-kernels.wat');
    const assembled = Buffer.from(await assembleWat(wat)).toString('base64');
    expect(FIT_KERNELS_WASM_BASE64).toBe(assembled);
  });
});
