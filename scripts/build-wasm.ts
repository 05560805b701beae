/**
 * `npm run build:wasm`: assembles src/core/model/fit-kernels.wat and writes the bytes, base64,
 * into src/core/model/fit-kernels-wasm.ts, the module the fitting code loads. Run it after
 * editing the .wat file; test/wasm-kernels.test.ts fails until you do.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleWat, toEmbeddedWasmModule } from './assemble-wat.js';

const dir = path.join(import.meta.dirname, '..', 'src', 'core', 'model');
const bytes = await assembleWat(path.join(dir, 'fit-kernels.wat'));
const target = path.join(dir, 'fit-kernels-wasm.ts');
await writeFile(target, toEmbeddedWasmModule(bytes, 'fit-kernels.wat', 'FIT_KERNELS_WASM_BASE64'));
process.stdout.write(
  `wrote ${path.relative(process.cwd(), target)} (${bytes.length} bytes of WebAssembly)\n`,
);
