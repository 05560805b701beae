#!/usr/bin/env node
// Stops at once, with one line, when the running Node.js is older than the project supports.
// Plain JavaScript with no imports, so it runs (and says why) on any Node.js version: `npm start`,
// the npm scripts and the `careers` command call it before loading anything else.

/** The oldest Node.js release the project runs on (22 and 24 LTS). */
export const MINIMUM_NODE = '22.12.0';

/**
 * The one-line refusal for a Node.js version string (e.g. "20.20.2"), or null when it is supported.
 * @param {string} version
 * @returns {string | null}
 */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = String(version).replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `career-recommender needs Node.js >= ${MINIMUM_NODE} (24 LTS recommended); this is Node.js ${version}. ` +
    'Install Node.js 24 LTS, or run `source scripts/use-node.sh` to fetch it from the npm registry.'
  );
}

/** Exits with status 1 and the refusal on stderr when this Node.js is too old. */
export function requireSupportedNode() {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem !== null) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('require-node.js') && import.meta.url.endsWith('/require-node.js')) {
  requireSupportedNode();
}
