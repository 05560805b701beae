import { InvalidArgumentError, type Command } from 'commander';
import type { TitleMatch } from '../../app/ports/index.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';

const TITLE_WIDTH = 48;

interface SearchFlags {
  readonly limit: number;
  readonly json?: boolean;
}

function parseLimitFlag(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value.trim()) || limit < 1 || limit > 100) {
    throw new InvalidArgumentError('must be a whole number from 1 to 100.');
  }
  return limit;
}

function fit(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** The results as an aligned table (code, title, why), or a hint when nothing matched. */
export function formatSearchResults(query: string, results: readonly TitleMatch[]): string {
  if (results.length === 0) {
    return (
      `No occupation matches "${query}". Try fewer or more common words ` +
      `(e.g. "nurse", "software developer", "truck driver") or check the spelling.\n`
    );
  }
  const width = Math.min(TITLE_WIDTH, Math.max(5, ...results.map((r) => r.title.length)));
  const rows = [
    `${'CODE'.padEnd(10)}  ${'TITLE'.padEnd(width)}  WHY`,
    ...results.map((r) => `${r.code.padEnd(10)}  ${fit(r.title, width)}  ${r.why}`),
  ];
  return `${rows.map((row) => row.trimEnd()).join('\n')}\n`;
}

/** Registers `careers search <query...>`: finds occupations by job title. */
export function registerSearch(program: Command, deps: CliDeps): void {
  program
    .command('search')
    .description(
      'Find occupations by job title, e.g. careers search "marketing coordinator" ' +
        '(official, alternate and reported O*NET titles; typos are tolerated).',
    )
    .argument('<query...>', 'the job title to look for')
    .option('-n, --limit <n>', 'most results to show (1–100)', parseLimitFlag, 10)
    .option('--json', 'print { "query", "results": [...] } as JSON')
    .action(async (words: string[], flags: SearchFlags) => {
      const loadTitleSearch = wired(deps.loadTitleSearch, 'The title search');
      const query = words.join(' ').trim();
      const search = await loadTitleSearch();
      const results = search.search(query, { limit: flags.limit });
      if (flags.json) printJson(deps.io, { query, results });
      else deps.io.out(formatSearchResults(query, results));
    });
}
