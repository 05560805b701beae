/**
 * A lazily compiled WebAssembly module embedded as base64 (the kernels `npm run build:wasm`
 * writes): compiled on first use, once per thread; null where this runtime lacks WebAssembly or
 * the SIMD the kernels use, so their callers keep their TypeScript loops.
 */
export function embeddedWasmModule(base64: string): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled === undefined) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      compiled =
        typeof WebAssembly === 'object' && WebAssembly.validate(bytes)
          ? new WebAssembly.Module(bytes)
          : null;
    }
    return compiled;
  };
}

/** `bytes` rounded up to a multiple of 16, the width of a SIMD load. */
export const roundUp16 = (bytes: number) => Math.ceil(bytes / 16) * 16;
