import { describe, expect, it } from 'vitest';
import { rateMatch } from './match-quality.js';
import { toSearchTerms, toTitleVariants } from './text-terms.js';

function rate(query: string, title: string, fuzzy = false) {
  const terms = toSearchTerms(query);
  return rateMatch(
    terms,
    terms.map(() => fuzzy),
    toTitleVariants(title),
  );
}

describe('rateMatch', () => {
  it('rates the whole title as kind 3', () => {
    expect(rate('marketing coordinator', 'Marketing Coordinator')).toEqual({
      kind: 3,
      approximate: false,
    });
  });

  it('rates the query as a consecutive phrase inside a longer title as kind 2', () => {
    expect(rate('marketing coordinator', 'Senior Marketing Coordinator').kind).toBe(2);
  });

  it('rates every query word present but apart or reordered as kind 1', () => {
    expect(rate('marketing coordinator', 'Coordinator of Digital Marketing').kind).toBe(1);
    expect(rate('nurse registered', 'Registered Nurse').kind).toBe(1);
  });

  it('rates a title missing some query words as kind 0', () => {
    expect(rate('marketing coordinator', 'Marketing Managers').kind).toBe(0);
  });

  it('matches an abbreviation in parentheses as the whole title', () => {
    expect(rate('rn', 'Registered Nurse (RN)')).toEqual({ kind: 3, approximate: false });
  });

  it('accepts typos only for terms marked fuzzy, and flags them as approximate', () => {
    expect(rate('softwre developer', 'Software Developers', true)).toEqual({
      kind: 3,
      approximate: true,
    });
    expect(rate('softwre developer', 'Software Developers', false).kind).toBe(0);
  });

  it('accepts the last query word as a prefix, flagged as approximate', () => {
    expect(rate('software dev', 'Software Developers')).toEqual({ kind: 3, approximate: true });
    expect(rate('soft developer', 'Software Developers').kind).toBe(0);
  });
});
