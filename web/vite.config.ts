import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const WEB_ROOT = import.meta.dirname;

/** The web page's build: web/index.html → web/dist, served by the API server at /. */
export default defineConfig({
  root: WEB_ROOT,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: path.join(WEB_ROOT, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The bundle budget is ~150 kB gzipped; Vite's warning threshold is on the raw size.
    chunkSizeWarningLimit: 600,
    reportCompressedSize: true,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development: the API runs on :3000.
    proxy: { '/v1': 'http://127.0.0.1:3000' },
  },
});
