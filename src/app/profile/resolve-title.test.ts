import { describe, expect, it } from 'vitest';
import type { OnetCode } from '../../core/domain/index.js';
import type { TitleMatch } from '../ports/index.js';
import { resolveTitle } from './resolve-title.js';

const match = (over: Partial<TitleMatch>): TitleMatch => ({
  code: '29-1141.00' as OnetCode,
  title: 'Registered Nurses',
  score: 3.5,
  kind: 3,
  approximate: false,
  matchedTitle: 'Staff Nurse',
  matchedField: 'alternate',
  why: '',
  ...over,
});

/** A finder that answers from a table, like the title search would. */
const finder =
  (table: Record<string, TitleMatch[]>) =>
  (q: string): TitleMatch[] =>
    table[q.trim().toLowerCase()] ?? [];

describe('resolving a typed job title', () => {
  it('resolves a whole O*NET title as exact, naming the other occupations that list it', () => {
    const find = finder({
      'staff nurse': [
        match({}),
        match({ code: '29-1141.01' as OnetCode, title: 'Acute Care Nurses', score: 3.4 }),
        match({ code: '29-2061.00' as OnetCode, title: 'Licensed Practical Nurses', kind: 2 }),
      ],
    });
    expect(resolveTitle('staff nurse', find)).toEqual({
      resolved: {
        code: '29-1141.00',
        title: 'Registered Nurses',
        confidence: 'exact',
        matchedTitle: 'Staff Nurse',
        matchedField: 'alternate',
        why: '"staff nurse" is an alternate O*NET title of Registered Nurses',
        alsoListedFor: [{ code: '29-1141.01', title: 'Acute Care Nurses' }],
      },
    });
  });

  it('resolves a misspelt title of two or more words as close, saying it allowed for spelling', () => {
    const find = finder({
      'registred nurse': [match({ approximate: true, matchedTitle: 'Registered Nurse' })],
    });
    expect(resolveTitle('registred nurse', find).resolved).toMatchObject({
      confidence: 'close',
      why: '"registred nurse" is close to an alternate O*NET title of Registered Nurses ("Registered Nurse"), allowing for spelling',
    });
  });

  it('sets a leading seniority word aside, and says so', () => {
    const find = finder({
      'senior software developer': [
        match({ kind: 0, code: '15-1252.00' as OnetCode, title: 'Software Developers' }),
      ],
      'software developer': [
        match({
          code: '15-1252.00' as OnetCode,
          title: 'Software Developers',
          matchedTitle: 'Software Developer',
          matchedField: 'title',
        }),
      ],
    });
    expect(resolveTitle('senior software developer', find).resolved).toMatchObject({
      code: '15-1252.00',
      confidence: 'close',
      why: '"senior software developer" without "senior" is the O*NET title of Software Developers ("Software Developer")',
    });
  });

  it('asks "did you mean" for words that are only part of titles, or one word within a typo of one', () => {
    const partial = match({
      kind: 0,
      code: '17-2011.00' as OnetCode,
      title: 'Aerospace Engineers',
    });
    const find = finder({
      'astronaut chef': [
        partial,
        match({ kind: 0, code: '35-1011.00' as OnetCode, title: 'Chefs and Head Cooks' }),
      ],
      danger: [match({ approximate: true, code: '27-2031.00' as OnetCode, title: 'Dancers' })],
    });
    expect(resolveTitle('astronaut chef', find)).toEqual({
      resolved: null,
      suggestions: [
        { code: '17-2011.00', title: 'Aerospace Engineers' },
        { code: '35-1011.00', title: 'Chefs and Head Cooks' },
      ],
    });
    expect(resolveTitle('danger', find).resolved).toBeNull();
    expect(resolveTitle('nothing at all', find)).toEqual({ resolved: null, suggestions: [] });
  });
});
