import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { createRecommenderContext } from '../../app/recommend/index.js';
import { parseConfig } from '../../config/index.js';
import type { Catalog } from '../../core/domain/index.js';
import type { CliDeps } from '../deps.js';
import type { CliRecommender } from '../recommender-port.js';
import { runCli } from '../run-cli.js';
import { registerEval } from './eval.js';
import { registerEvalEstimate } from './eval-estimate.js';

const task = (text: string) => [{ id: text, text, core: true }];
const catalog = {
  occupations: [
    {
      ...makeOccupation({ code: '15-2041.00', skills: { Mathematics: [5, 6] } }),
      tasks: task('model data'),
    },
    {
      ...makeOccupation({ code: '15-2021.00', skills: { Mathematics: [5, 5] } }),
      tasks: task('prove data'),
    },
    {
      ...makeOccupation({ code: '35-2014.00', skills: { Mathematics: [1, 1] } }),
      tasks: task('cook food'),
    },
  ],
} as unknown as Catalog;

function run(...args: string[]) {
  const out: string[] = [];
  let opened = 0;
  const deps: CliDeps = {
    config: parseConfig({}, process.cwd()),
    io: { out: (t) => out.push(t), err: () => undefined, interactive: false },
    now: () => new Date(0),
    openRecommender: async () => {
      opened++;
      return {
        ctx: createRecommenderContext(catalog),
        close: async () => undefined,
      } as unknown as CliRecommender;
    },
  };
  return runCli(['eval', 'estimate', ...args], deps, [registerEval, registerEvalEstimate]).then(
    (code) => ({ code, out: out.join(''), opened }),
  );
}

describe('careers eval estimate', () => {
  it('takes its own options after the subcommand and writes only the estimate section', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'eval-estimate-')), 'EVAL.md');
    const { code, opened } = await run('--no-benchmark', '--out', file);
    expect(code).toBe(0);
    expect(opened).toBe(1);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^<!-- section:estimate -->/);
    expect(text).toContain('careers eval estimate --seed 42');
    expect(text).toContain('| product: all six signals');
  });

  it('prints the agreement as JSON without writing when asked', async () => {
    const { code, out } = await run('--no-benchmark', '--no-write', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { agreements: unknown[]; benchmarks: unknown[] };
    expect(report.agreements).toHaveLength(6);
    expect(report.benchmarks).toEqual([]);
  });
});
