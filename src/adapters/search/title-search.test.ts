import { describe, expect, it } from 'vitest';
import type { Catalog, Occupation } from '../../core/domain/index.js';
import { isAppError } from '../../errors.js';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { createTitleSearch, loadTitleSearch } from './title-search.js';

interface Spec {
  readonly alt?: readonly string[];
  readonly rep?: readonly string[];
  /** BLS employment in thousands; null = no BLS row. */
  readonly employment?: number | null;
  readonly detail?: boolean;
  readonly rateable?: boolean;
}

function occupation(code: string, title: string, spec: Spec = {}): Occupation {
  const base = makeOccupation({ code, title, skills: spec.rateable === false ? null : {} });
  const outlook =
    spec.employment === null || base.outlook === null
      ? null
      : {
          ...base.outlook,
          employment2024Thousands: spec.employment ?? 10,
          inheritedFromSoc: spec.detail ?? false,
        };
  return {
    ...base,
    alternateTitles: spec.alt ?? [],
    reportedTitles: spec.rep ?? [],
    outlook,
  };
}

function catalogOf(occupations: Occupation[], fingerprint = 'fixture-1'): Catalog {
  return {
    source: { onetRelease: 'test', blsRelease: 'test', fingerprint },
    occupations: [...occupations].sort((a, b) => a.code.localeCompare(b.code)),
    knowledge: [],
    abilities: [],
    workStyles: [],
    jobZones: [],
    interestActivities: [],
    levelAnchors: [],
    educationCategories: [],
  };
}

const CATALOG = catalogOf([
  occupation('11-1011.00', 'Chief Executives', { alt: ['CEO (Chief Executive Officer)'] }),
  occupation('11-2021.00', 'Marketing Managers', {
    alt: ['Marketing Coordinator', 'Marketing Director'],
    rep: ['Marketing Coordinator'],
    employment: 400,
  }),
  occupation('13-1161.00', 'Market Research Analysts and Marketing Specialists', {
    alt: ['Senior Marketing Coordinator Lead', 'Marketing Specialist'],
    employment: 900,
  }),
  occupation('15-1251.00', 'Computer Programmers', { alt: ['Programmer'], employment: 120 }),
  occupation('15-1252.00', 'Software Developers', {
    alt: ['Software Engineer', 'Developer'],
    employment: 1700,
  }),
  occupation('27-3031.00', 'Public Relations Specialists', {
    alt: ['Marketing Coordinator', 'Publicist'],
    employment: 300,
  }),
  occupation('29-1141.00', 'Registered Nurses', {
    alt: ['Nurse', 'Registered Nurse (RN)'],
    employment: 3391,
  }),
  occupation('29-1141.03', 'Critical Care Nurses', {
    alt: ['Nurse'],
    rep: ['Nurse'],
    employment: 3391,
    detail: true,
  }),
  occupation('29-2072.00', 'Medical Records Specialists', {
    alt: ['Coder', 'Medical Coder'],
    employment: 190,
  }),
  occupation('55-1019.00', 'Military Officer Special and Tactical Operations Leaders, All Other', {
    alt: ['Operational Intelligence Officer (Management)'],
    employment: null,
    rateable: false,
  }),
  occupation('99-0001.00', 'Gizmo Fitters', { rep: ['Widget Maker'] }),
  occupation('99-0002.00', 'Gadget Assemblers', { alt: ['Widget Maker'] }),
  occupation('99-0003.00', 'Widget Makers'),
]);

const search = createTitleSearch(CATALOG);
const codes = (query: string, options = {}) => search.search(query, options).map((m) => m.code);

function expectValidationError(run: () => unknown, pattern: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
    expect((error as Error).message).toMatch(pattern);
    return;
  }
  throw new Error('expected a VALIDATION_FAILED error');
}

describe('createTitleSearch', () => {
  it('ranks a whole-title match above titles that contain the words, above partial matches', () => {
    const result = search.search('marketing coordinator');
    expect(result.map((m) => [m.code, Math.floor(m.score)])).toEqual([
      ['11-2021.00', 3],
      ['27-3031.00', 3],
      ['13-1161.00', 2],
    ]);
  });

  it('returns one result per occupation, for its best-matching title, with a reason', () => {
    const [first] = search.search('marketing coordinator');
    expect(first).toEqual({
      code: '11-2021.00',
      title: 'Marketing Managers',
      score: expect.any(Number),
      kind: 3,
      approximate: false,
      matchedTitle: 'Marketing Coordinator',
      matchedField: 'alternate',
      why: 'matches the alternate title "Marketing Coordinator"',
    });
  });

  it('weights the official title above an alternate above a reported title', () => {
    expect(codes('widget maker')).toEqual(['99-0003.00', '99-0002.00', '99-0001.00']);
    expect(search.search('widget makers')[0]?.why).toBe('matches the O*NET title "Widget Makers"');
  });

  it('prefers the occupation most people hold when the same title fits several', () => {
    expect(codes('nurse')).toEqual(['29-1141.00', '29-1141.03']);
  });

  it('matches an abbreviation in parentheses, and its spelled-out form', () => {
    expect(codes('rn')[0]).toBe('29-1141.00');
    expect(codes('ceo')).toEqual(['11-1011.00']);
    expect(codes('chief executive officer')[0]).toBe('11-1011.00');
  });

  it('does not take a qualifier in parentheses for the whole title', () => {
    const hit = search.search('management').find((m) => m.code === '55-1019.00');
    expect(hit?.why).toBe(
      'your words appear in the alternate title "Operational Intelligence Officer (Management)"',
    );
    expect(Math.floor(hit?.score ?? 9)).toBe(2);
  });

  it('tolerates typos and says so', () => {
    const [hit] = search.search('softwre developer');
    expect(hit?.code).toBe('15-1252.00');
    expect(hit?.why).toBe('closely matches the O*NET title "Software Developers"');
    expect(codes('pubilcist')).toEqual(['27-3031.00']);
  });

  it('completes the last word as a prefix (type-ahead)', () => {
    expect(codes('software dev')[0]).toBe('15-1252.00');
    expect(codes('publi')).toContain('27-3031.00');
  });

  it('finds occupations through the colloquial-synonym table', () => {
    const result = search.search('coder');
    expect(result.map((m) => m.code).slice(0, 2)).toEqual(['15-1252.00', '15-1251.00']);
    expect(result[0]?.matchedField).toBe('synonym');
    expect(result[0]?.why).toBe('"coder" is an everyday word for this occupation');
    expect(result.map((m) => m.code)).toContain('29-2072.00');
  });

  it('uses no synonyms when given an empty table', () => {
    const plain = createTitleSearch(CATALOG, { synonyms: [] });
    expect(plain.search('coder').map((m) => m.code)).toEqual(['29-2072.00']);
  });

  it('returns an empty list when nothing matches or the query has only stop words', () => {
    expect(search.search('xyzzy plugh')).toEqual([]);
    expect(search.search('the of and')).toEqual([]);
  });

  it('honours the limit and the rateable-only filter', () => {
    expect(codes('marketing coordinator', { limit: 1 })).toEqual(['11-2021.00']);
    expect(codes('management', { rateableOnly: true })).not.toContain('55-1019.00');
  });

  it('rejects an empty or whitespace-only query with a helpful message', () => {
    expectValidationError(() => search.search(''), /empty.*job title/i);
    expectValidationError(() => search.search('   \t '), /empty.*job title/i);
  });

  it('rejects a limit outside 1–100 and an overlong query', () => {
    expectValidationError(() => search.search('nurse', { limit: 0 }), /1 to 100/);
    expectValidationError(() => search.search('nurse', { limit: 2.5 }), /1 to 100/);
    expectValidationError(() => search.search('x'.repeat(201)), /at most 200/);
  });

  it('orders equal scores by O*NET code and gives the same answer every time', () => {
    const twin = catalogOf([
      occupation('99-0020.00', 'Twin Bees', { alt: ['Beekeeper'] }),
      occupation('99-0010.00', 'Twin Aces', { alt: ['Beekeeper'] }),
    ]);
    const first = createTitleSearch(twin).search('beekeeper');
    expect(first.map((m) => m.code)).toEqual(['99-0010.00', '99-0020.00']);
    expect(createTitleSearch(twin).search('beekeeper')).toEqual(first);
  });
});

describe('loadTitleSearch', () => {
  const json = search.toSearchIndexJson();

  it('restores an index that answers exactly like the one it was saved from', () => {
    const restored = loadTitleSearch(CATALOG, json);
    for (const q of ['marketing coordinator', 'softwre developer', 'coder', 'rn', 'publi']) {
      expect(restored.search(q)).toEqual(search.search(q));
    }
  });

  it('rejects an index saved for another catalog or damaged JSON as DATA_INVALID', () => {
    const other = catalogOf([...CATALOG.occupations], 'fixture-2');
    for (const [catalog, text] of [
      [other, json],
      [CATALOG, '{not json'],
      [CATALOG, JSON.stringify({ ...JSON.parse(json), documents: [0, 9, 0, 1] })],
    ] as const) {
      expect(() => loadTitleSearch(catalog, text)).toThrow(/title-search index cannot be used/);
    }
  });

  it('rejects an index built with another synonym table', () => {
    expect(() => loadTitleSearch(CATALOG, json, { synonyms: [] })).toThrow(/other data/);
  });
});

describe('match reasons', () => {
  it('explains a partial match of a synonym as partial', () => {
    const [hit] = search.search('coder bootcamp');
    expect(hit?.code).toBe('15-1252.00');
    expect(hit?.why).toBe('partly matches the everyday term "coder"');
  });

  it('says when the words appear inside a longer title', () => {
    const hit = search.search('marketing coordinator').find((m) => m.code === '13-1161.00');
    expect(hit?.why).toBe(
      'your words appear in the alternate title "Senior Marketing Coordinator Lead"',
    );
  });
});
