import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../app/questionnaire/index.js';
import { parseConfig } from '../../config/index.js';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import type { CliDeps } from '../deps.js';
import { runCli } from '../run-cli.js';
import { registerQuestionnaire, type AskLine } from './questionnaire.js';

async function run(args: string[], askLine?: AskLine) {
  const items = buildQuestionnaire((await loadSharedCatalog()).interestActivities);
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    config: parseConfig({}, process.cwd()),
    io: { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false },
    loadQuestionnaire: async () => items,
    ...(askLine && { askLine }),
  };
  const code = await runCli(['questionnaire', ...args], deps, [registerQuestionnaire]);
  return { code, out: out.join(''), err: err.join(''), items };
}

const file = (content: unknown) => {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'careers-q-')), 'answers.json');
  writeFileSync(f, JSON.stringify(content));
  return f;
};

describe('careers questionnaire', () => {
  it('scores answers from a file and says how to use them', async () => {
    const { code, out } = await run([
      '--answers',
      file({ answers: { S1: 5, S2: 5, I1: 4, R1: 1 } }),
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}S {2}Social +7\.0 of 7/m);
    expect(out).toContain('careers recommend --interests "S,I,R"');
  });

  it('prints the scores and the letters in order as JSON', async () => {
    const { out } = await run(['--answers', file({ S1: 5, I1: 4 }), '--json']);
    expect(JSON.parse(out)).toMatchObject({
      order: ['S', 'I'],
      interests: ['S', 'I'],
      answered: 2,
    });
  });

  it('asks every item in a terminal, re-asking after a wrong key, with Enter skipping and q stopping', async () => {
    const replies = ['5', 'x', '4', '', 'q'];
    const asked: string[] = [];
    const { code, out, err } = await run([], async (question) => {
      asked.push(question);
      return replies.shift() ?? null;
    });
    expect(code).toBe(0);
    expect(asked[0]).toMatch(/^\[1\/30\] /);
    expect(asked[2]).toBe(asked[1]);
    expect(err).toContain('Type a number from 1 to 5');
    expect(out).toContain('(2 answers)');
  });

  it('refuses unknown item ids and, without a terminal, says to give --answers', async () => {
    const bad = await run(['--answers', file({ answers: { S9: 3 } })]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('Unknown questionnaire item(s): S9');
    const none = await run([]);
    expect(none.code).not.toBe(0);
    expect(none.err).toContain('--answers FILE');
  });
});
