import { describe, expect, it } from 'vitest';
import type { TitleMatch } from '../../app/ports/index.js';
import { createLazyTitleSearch } from './lazy-title-search.js';
import type { CachableTitleSearch } from './title-search.js';

function countingBuild() {
  const calls: string[] = [];
  const match: TitleMatch = {
    code: '29-1141.00' as TitleMatch['code'],
    title: 'Registered Nurses',
    score: 3.5,
    kind: 3,
    approximate: false,
    matchedTitle: 'Nurse',
    matchedField: 'alternate',
    why: 'matches the alternate title "Nurse"',
  };
  const engine: CachableTitleSearch = {
    search: (query) => {
      calls.push(`search ${query}`);
      return [match];
    },
    toSearchIndexJson: () => '{}',
  };
  const build = () => {
    calls.push('build');
    return engine;
  };
  return { calls, build, match };
}

describe('createLazyTitleSearch', () => {
  it('builds nothing until the first search, then builds once and reuses it', () => {
    const { calls, build, match } = countingBuild();
    const lazy = createLazyTitleSearch(build);
    expect(calls).toEqual([]);
    expect(lazy.ready).toBe(false);
    expect(lazy.search('nurse')).toEqual([match]);
    expect(lazy.search('rn')).toEqual([match]);
    expect(calls).toEqual(['build', 'search nurse', 'search rn']);
    expect(lazy.ready).toBe(true);
  });

  it('builds ahead of the first search on warm(), once', () => {
    const { calls, build } = countingBuild();
    const lazy = createLazyTitleSearch(build);
    lazy.warm();
    lazy.warm();
    expect(calls).toEqual(['build']);
    expect(lazy.ready).toBe(true);
    expect(lazy.toSearchIndexJson()).toBe('{}');
  });
});
