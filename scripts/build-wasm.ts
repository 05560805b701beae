/**
 * `npm run build:wasm`: assembles each WebAssembly text file of the core (the fit's and the
 * ranking's kernels) and writes its bytes, base64, into the TypeScript module next to it, the one
 * the code loads. Run it after editing a .wat file; test/wasm-kernels.test.ts fails until you do.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleWat, toEmbeddedWasmModule } from './assemble-wat.js';
import { EMBEDDED_WASM } from './embedded-wasm.js';

for (const { wat, target, exportName } of EMBEDDED_WASM) {
  const bytes = await assembleWat(wat);
  await writeFile(target, toEmbeddedWasmModule(bytes, path.basename(wat), exportName));
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), target)} (${bytes.length} bytes of WebAssembly)\n`,
  );
}
