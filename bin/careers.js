#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npm link` / `npx careers` work without a build step.
// Everything after the version check is imported dynamically: on an old Node.js the person reads
// one line saying which version is needed, not a syntax error from a dependency.
const { requireSupportedNode } = await import('./require-node.js');
requireSupportedNode();
const { register } = await import('tsx/esm/api');
register();
await import('../src/main/cli.ts');
