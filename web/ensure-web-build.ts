// Builds the web page into web/dist when the build is missing or older than its sources.
// `npm start` runs it first (prestart); the browser tests call ensureWebBuild() directly.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Vite from 'vite';

const WEB = import.meta.dirname;

/** Where the built page lives (served by the API at /). */
export const WEB_DIST = path.join(WEB, 'dist');

function newestMtimeMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when web/dist/index.html is missing or older than web/src, index.html or the config. */
export function webBuildIsStale(): boolean {
  const built = path.join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtimeMs(path.join(WEB, 'src')),
    statSync(path.join(WEB, 'index.html')).mtimeMs,
    statSync(path.join(WEB, 'vite.config.ts')).mtimeMs,
  );
  return sources > statSync(built).mtimeMs;
}

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
  await vite.build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
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
