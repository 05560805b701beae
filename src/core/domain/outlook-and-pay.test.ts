import { describe, expect, it } from 'vitest';
import { outlookConcernKind, toOutlookConcern } from './outlook-concern.js';
import { toPayAgainstCurrentJob } from './pay-against-current.js';

describe('outlook concerns', () => {
  it('calls an occupation shrinking from a projected fall of 10% by 2034', () => {
    expect(outlookConcernKind(-10, 50)).toBe('shrinking');
    expect(outlookConcernKind(-9.9, 50)).toBeNull();
  });

  it('calls an occupation small under 1,000 openings a year, shrinking first', () => {
    expect(outlookConcernKind(2, 0.3)).toBe('small');
    expect(outlookConcernKind(-18.9, 0.3)).toBe('shrinking');
    expect(outlookConcernKind(2, 1)).toBeNull();
    expect(outlookConcernKind(null, null)).toBeNull();
  });

  it('writes the note from the figures, naming a borrowed projection', () => {
    expect(toOutlookConcern(-18.9, 2)?.note).toBe('Employment is projected to fall 18.9% by 2034');
    expect(toOutlookConcern(1, 0.3, 'Hoist Operators')?.note).toBe(
      'Few openings (about 300 a year; projection for Hoist Operators)',
    );
  });
});

describe('pay against the current job', () => {
  it('states the difference of the medians, rounded to $1,000 in the text', () => {
    const p = toPayAgainstCurrentJob(
      { kind: 'exact', usd: 93_600 },
      { kind: 'exact', usd: 70_400 },
      'Nurse',
    )!;
    expect(p.differenceUsd).toBe(23_200);
    expect(p.text).toBe('+$23,000 a year against your current job’s median');
    expect(
      toPayAgainstCurrentJob({ kind: 'exact', usd: 40_000 }, { kind: 'exact', usd: 52_000 }, 'X')!
        .text,
    ).toBe('−$12,000 a year against your current job’s median');
  });

  it('reads "about the same pay as" your current job when the difference rounds to $0', () => {
    const same = (median: number) =>
      toPayAgainstCurrentJob({ kind: 'exact', usd: median }, { kind: 'exact', usd: 52_000 }, 'X')!
        .text;
    expect(same(52_400)).toBe('About the same pay as your current job’s median');
    expect(same(51_600)).toBe('About the same pay as your current job’s median');
  });

  it('says "or more" for a top-coded median and nothing when the current median is unknown or top-coded', () => {
    expect(
      toPayAgainstCurrentJob(
        { kind: 'atLeast', usd: 239_200 },
        { kind: 'exact', usd: 100_000 },
        'X',
      )!.text,
    ).toBe('+$139,000 or more a year against your current job’s median');
    expect(
      toPayAgainstCurrentJob({ kind: 'exact', usd: 1 }, { kind: 'atLeast', usd: 239_200 }, 'X'),
    ).toBeNull();
    expect(toPayAgainstCurrentJob({ kind: 'exact', usd: 1 }, null, 'X')).toBeNull();
  });
});
