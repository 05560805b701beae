import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleWat, toEmbeddedWasmModule } from '../scripts/assemble-wat.js';
import { EMBEDDED_WASM } from '../scripts/embedded-wasm.js';

describe('embedded WebAssembly', () => {
  it.each(EMBEDDED_WASM.map((e) => [path.basename(e.wat), e] as const))(
    'is %s assembled, so the binary never drifts from its source (npm run build:wasm)',
    async (_, { wat, target, exportName }) => {
      const assembled = toEmbeddedWasmModule(
        await assembleWat(wat),
        path.basename(wat),
        exportName,
      );
      expect(await readFile(target, 'utf8')).toBe(assembled);
    },
  );
});
