#!/usr/bin/env node
// `npm start`'s first step: refuses a Node.js that is too old, then builds the web page when its
// build is missing or stale. Plain JavaScript: when the page is up to date (every start but the
// first) it costs a plain Node.js start, not TypeScript's loader and Vite.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { requireSupportedNode } from './require-node.js';
import { webBuildIsStale, WEB_DIR } from './web-build-stale.js';

requireSupportedNode();
if (webBuildIsStale()) {
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(WEB_DIR, 'ensure-web-build.ts')],
    { stdio: 'inherit' },
  );
  // The API starts either way (ensure-web-build says why the page could not be built).
  if (build.error) process.stderr.write(`web: could not run the build: ${build.error.message}\n`);
} else {
  process.stdout.write('web: the page in web/dist is up to date.\n');
}
