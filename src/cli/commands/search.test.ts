import { describe, expect, it } from 'vitest';
import { createTitleSearch } from '../../adapters/search/index.js';
import { parseConfig } from '../../config/index.js';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import type { CliDeps } from '../deps.js';
import { runCli } from '../run-cli.js';
import { formatSearchResults, registerSearch } from './search.js';

let shared: ReturnType<typeof build> | undefined;
const build = async () => createTitleSearch(await loadSharedCatalog());

function createDeps(wired = true) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    config: parseConfig({}, process.cwd()),
    io: { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false },
    ...(wired && {
      loadTitleSearch: () => (shared ??= build()),
    }),
  };
  return { deps, out, err };
}

const run = (deps: CliDeps, ...args: string[]) =>
  runCli(['search', ...args], deps, [registerSearch]);

describe('careers search', () => {
  it('prints a table of code, title and why, best match first', async () => {
    const { deps, out } = createDeps();
    expect(await run(deps, 'marketing', 'coordinator', '--limit', '2')).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^CODE\s+TITLE\s+WHY$/);
    expect(lines[1]).toMatch(
      /^11-2021\.00 {2}Marketing Managers\s+matches the alternate title "Marketing Coordinator"$/,
    );
  });

  it('prints { query, results } with --json', async () => {
    const { deps, out } = createDeps();
    expect(await run(deps, 'nurse', '--json', '-n', '3')).toBe(0);
    const body = JSON.parse(out.join('')) as { query: string; results: { code: string }[] };
    expect(body.query).toBe('nurse');
    expect(body.results).toHaveLength(3);
    expect(body.results[0]).toMatchObject({ code: '29-1141.00', matchedField: 'alternate' });
  });

  it('says nothing matched and what to try, with exit code 0', async () => {
    const { deps, out } = createDeps();
    expect(await run(deps, 'xyzzyqx')).toBe(0);
    expect(out.join('')).toMatch(/^No occupation matches "xyzzyqx"\. Try fewer or more common/);
  });

  it('rejects a blank query as VALIDATION_FAILED with exit code 1', async () => {
    const { deps, err } = createDeps();
    expect(await run(deps, '   ')).toBe(1);
    expect(err.join('')).toContain('error [VALIDATION_FAILED]: The search query is empty.');
  });

  it('rejects a limit outside 1–100 as a usage error', async () => {
    const { deps, err } = createDeps();
    expect(await run(deps, 'nurse', '--limit', '101')).toBe(1);
    expect(err.join('')).toContain('must be a whole number from 1 to 100');
  });

  it('fails clearly when the title search is not wired', async () => {
    const { deps, err } = createDeps(false);
    expect(await run(deps, 'nurse')).toBe(1);
    expect(err.join('')).toContain('title search is not wired');
  });
});

describe('formatSearchResults', () => {
  it('shortens long titles with an ellipsis to keep the columns aligned', () => {
    const text = formatSearchResults('x', [
      {
        code: '11-1011.00' as never,
        title: 'A'.repeat(60),
        score: 3.5,
        kind: 3,
        approximate: false,
        matchedTitle: 'x',
        matchedField: 'title',
        why: 'because',
      },
    ]);
    expect(text.split('\n')[1]).toBe(`11-1011.00  ${'A'.repeat(47)}…  because`);
  });
});
