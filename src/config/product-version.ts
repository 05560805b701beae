import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root: two levels above this file, under src/ (tsx) and dist/ (built) alike. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The package version (package.json), shown by /v1/about, the OpenAPI document and the CLI. */
export const PRODUCT_VERSION: string = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
