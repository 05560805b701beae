import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../core/domain/index.js';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import { COLLOQUIAL_SYNONYMS } from './colloquial-synonyms.js';
import { createTitleSearch, loadTitleSearch, type CachableTitleSearch } from './title-search.js';

// The required cases, run against the full O*NET 30.1 catalog in /work/shared/data.
let catalog: Catalog;
let search: CachableTitleSearch;
let plain: CachableTitleSearch;

beforeAll(async () => {
  catalog = await loadSharedCatalog();
  search = createTitleSearch(catalog);
  plain = createTitleSearch(catalog, { synonyms: [] });
});

const top = (query: string, n: number, engine = search) =>
  engine.search(query, { limit: n }).map((m) => m.code as string);

describe('title search on the full catalog', () => {
  it('finds physicians for "doctor" (a 29-12xx physician code in the top 3)', () => {
    const codes = top('doctor', 3);
    expect(codes.some((c) => c.startsWith('29-12'))).toBe(true);
    const titles = search.search('doctor', { limit: 3 }).map((m) => m.title);
    expect(titles.some((t) => /physician/i.test(t))).toBe(true);
  });

  it('finds software developers for "coder", and keeps medical coders in view', () => {
    expect(top('coder', 3)).toContain('15-1252.00');
    expect(top('coder', 5)).toContain('29-2072.00');
  });

  it('puts Registered Nurses first for "nurse"', () => {
    expect(top('nurse', 1)).toEqual(['29-1141.00']);
  });

  it('puts a marketing occupation first for "marketing coordinator", as O*NET lists it', () => {
    const [first] = search.search('marketing coordinator');
    expect(first?.code).toBe('11-2021.00');
    expect(first?.title).toMatch(/marketing/i);
    expect(first?.why).toBe('matches the alternate title "Marketing Coordinator"');
  });

  it('finds Data Scientists and network administrators by their everyday titles', () => {
    expect(top('data scientist', 1)).toEqual(['15-2051.00']);
    expect(top('network administrator', 1)).toEqual(['15-1244.00']);
  });

  it('tolerates typos: "softwre developer", "enginer", "pyhsician"', () => {
    expect(top('softwre developer', 1)).toEqual(['15-1252.00']);
    expect(search.search('enginer', { limit: 5 }).every((m) => /engineer/i.test(m.title))).toBe(
      true,
    );
    expect(search.search('pyhsician', { limit: 3 }).every((m) => m.code.startsWith('29-12'))).toBe(
      true,
    );
  });

  it('returns nothing for a query no title matches', () => {
    expect(search.search('xyzzyqx')).toEqual([]);
  });

  it('answers everyday words O*NET already covers without any synonym entry', () => {
    const expected: Record<string, string> = {
      doctor: '29-12',
      nurse: '29-1141.00',
      lawyer: '23-1011.00',
      cop: '33-3051.00',
      programmer: '15-1251.00',
      dev: '15-1252.00',
      gp: '29-1215.00',
      'software engineer': '15-1252.00',
      realtor: '41-9022.00',
      solicitor: '23-1011.00',
      physio: '29-1123.00',
    };
    for (const [query, code] of Object.entries(expected)) {
      expect([query, top(query, 1, plain)[0]?.startsWith(code)]).toEqual([query, true]);
    }
  });

  it('needs each colloquial synonym: without it the first result is wrong, with it right', () => {
    for (const { term, codes } of COLLOQUIAL_SYNONYMS) {
      const without = top(term, 1, plain)[0];
      const withIt = top(term, codes.length);
      expect([term, codes.includes(without ?? '')]).toEqual([term, false]);
      expect([term, [...withIt].sort()]).toEqual([term, [...codes].sort()]);
    }
  });

  it('restores the full index from JSON with identical answers', () => {
    const restored = loadTitleSearch(catalog, search.toSearchIndexJson());
    for (const q of ['doctor', 'coder', 'marketing coordinator', 'softwre developer', 'rn']) {
      expect(restored.search(q)).toEqual(search.search(q));
    }
  });
});
