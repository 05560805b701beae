// Builds the web page into web/dist when the build is missing or older than its sources.
// `npm start` runs it through bin/prestart.js when the page is stale; the browser tests call
// ensureWebBuild() directly.
import { pathToFileURL } from 'node:url';
import type * as Vite from 'vite';
import path from 'node:path';
import { WEB_DIR, WEB_DIST, webBuildIsStale } from '../bin/web-build-stale.js';

export { WEB_DIST, webBuildIsStale };

/**
 * Runs the Vite build when needed; resolves to whether it built. When Vite is not installed
 * (a production install without devDependencies) an existing build is kept as it is.
 */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    log(
      'web: vite is not installed, so the page cannot be built (npm install, then npm run build:web).',
    );
    return false;
  }
  log('web: building the page into web/dist …');
  await vite.build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureWebBuild((line) => process.stdout.write(`${line}\n`)).then(
    (built) => {
      if (!built) process.stdout.write('web: the page in web/dist is up to date.\n');
    },
    (error: unknown) => {
      // The API still starts (and serves a pointer to /docs at /); the build error is shown.
      process.stderr.write(
        `web: the build failed, / will not show the page: ${(error as Error).message}\n`,
      );
    },
  );
}
