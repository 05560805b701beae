import { describe, expect, it } from 'vitest';
import { parseConfig, PRODUCT_VERSION } from '../config/index.js';
import type { CliDeps } from './deps.js';
import { runCli } from './run-cli.js';

describe('the careers program', () => {
  it('prints the package version with --version and -V, and exits 0', async () => {
    expect(PRODUCT_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) {
      const out: string[] = [];
      const deps: CliDeps = {
        config: parseConfig({}, process.cwd()),
        io: { out: (t) => out.push(t), err: (t) => out.push(t), interactive: false },
      };
      expect(await runCli([flag], deps, [])).toBe(0);
      expect(out.join('')).toBe(`${PRODUCT_VERSION}\n`);
    }
  });
});
