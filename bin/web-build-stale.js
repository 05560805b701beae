// Whether the web page in web/dist must be (re)built. Plain JavaScript with no dependencies, so
// `npm start`'s check (bin/prestart.js) runs in plain Node.js and loads TypeScript and Vite only
// when there is something to build; web/ensure-web-build.ts uses the same check.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';

/** The web page's folder (sources, config) and where its build lives (served by the API at /). */
// (import.meta.url, not import.meta.dirname: on a Node.js too old for the latter, the version
// check must still get to say so.)
export const WEB_DIR = fileURLToPath(new URL('../web', import.meta.url));
export const WEB_DIST = path.join(WEB_DIR, 'dist');

/**
 * The newest modification time under a folder, in ms.
 * @param {string} dir
 * @returns {number}
 */
function newestMtimeMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * True when web/dist/index.html is missing or older than web/src, index.html or the config.
 * @returns {boolean}
 */
export function webBuildIsStale() {
  const built = path.join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtimeMs(path.join(WEB_DIR, 'src')),
    statSync(path.join(WEB_DIR, 'index.html')).mtimeMs,
    statSync(path.join(WEB_DIR, 'vite.config.ts')).mtimeMs,
  );
  return sources > statSync(built).mtimeMs;
}
