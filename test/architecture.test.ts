import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const LAYERS = ['core', 'app', 'adapters', 'config', 'http', 'cli', 'main'] as const;
type Layer = (typeof LAYERS)[number] | 'root';

/** Which layers each layer may import (docs/ARCHITECTURE.md: core ← app ← adapters | http | cli ← main). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['core', 'root'],
  app: ['core', 'app', 'root'],
  adapters: ['core', 'app', 'adapters', 'config', 'root'],
  config: ['config', 'root'],
  http: ['core', 'app', 'config', 'http', 'root'],
  cli: ['core', 'app', 'config', 'cli', 'root'],
  main: ['core', 'app', 'adapters', 'config', 'http', 'cli', 'main', 'root'],
  root: ['root'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function layerOf(file: string): Layer {
  const first = path.relative(SRC, file).split(path.sep)[0] ?? '';
  return (LAYERS as readonly string[]).includes(first) ? (first as Layer) : 'root';
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)];
  return found.map((m) => path.resolve(path.dirname(file), m[1] ?? ''));
}

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('keeps the dependency direction core ← app ← adapters | http | cli ← main', () => {
    const violations = files.flatMap((file) =>
      relativeImports(file)
        .filter((target) => !ALLOWED[layerOf(file)].includes(layerOf(target)))
        .map((target) => `${path.relative(SRC, file)} imports ${path.relative(SRC, target)}`),
    );
    expect(violations).toEqual([]);
  });

  it('keeps src/core free of I/O, process, the clock and ambient randomness', () => {
    const impure = files
      .filter((file) => layerOf(file) === 'core')
      .filter((file) =>
        /from ['"](node:|fs|path|http|better-sqlite3|pg|openai|fastify)|process\.|Date\.now\(|Math\.random\(/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => path.relative(SRC, file));
    expect(impure).toEqual([]);
  });

  it('imports another folder only through its index (no deep imports across folders)', () => {
    const deep = files.flatMap((file) =>
      relativeImports(file)
        .filter((target) => {
          const fromDir = path.dirname(file);
          const toDir = path.dirname(target);
          if (toDir === fromDir || toDir.startsWith(fromDir + path.sep)) return false;
          if (fromDir.startsWith(toDir + path.sep)) return false;
          return !/\/index\.(js|ts)$/.test(target) && path.basename(target) !== 'errors.js';
        })
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
    );
    expect(deep).toEqual([]);
  });
});
