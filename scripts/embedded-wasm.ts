import path from 'node:path';

const src = path.join(import.meta.dirname, '..', 'src', 'core');

/** The core's WebAssembly sources and the modules that embed them (`npm run build:wasm`). */
export const EMBEDDED_WASM = [
  {
    wat: path.join(src, 'model', 'fit-kernels.wat'),
    target: path.join(src, 'model', 'fit-kernels-wasm.ts'),
    exportName: 'FIT_KERNELS_WASM_BASE64',
  },
  {
    wat: path.join(src, 'ranking', 'column-kernels.wat'),
    target: path.join(src, 'ranking', 'column-kernels-wasm.ts'),
    exportName: 'COLUMN_KERNELS_WASM_BASE64',
  },
] as const;
