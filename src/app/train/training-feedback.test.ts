import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../core/domain/index.js';
import {
  capPerPerson,
  personWeightCap,
  toTrainingFeedback,
  type PersonFeedbackPair,
} from './training-feedback.js';

const user = {} as UserProfile;
const pair = (
  person: string,
  careerIndex: number,
  label: 0 | 1,
  weight = 1,
): PersonFeedbackPair => ({
  user,
  careerIndex,
  sourceIndex: 0,
  label,
  weight,
  kind: 'feedback',
  person,
});

describe('training feedback', () => {
  it('counts one person once per occupation (the last event) and scales their weight to the cap', () => {
    const loud = Array.from({ length: 1000 }, (_, i) => pair('loud', i % 50, 0));
    const capped = capPerPerson([pair('quiet', 1, 1, 3), ...loud], 10);
    expect(capped).toHaveLength(51);
    expect(capped[0]).toMatchObject({ person: 'quiet', weight: 3 });
    const loudWeight = capped.filter((p) => p.person === 'loud').reduce((a, p) => a + p.weight, 0);
    expect(loudWeight).toBeCloseTo(10, 12);
  });

  it('sets the cap by the number of synthetic pairs: 8 at the product’s 40,000', () => {
    expect(personWeightCap(40_000)).toBe(8);
  });

  it('adds one random bad match per good one, and weighs thumbs-down at a quarter', () => {
    let next = 0;
    const out = toTrainingFeedback([pair('a', 3, 1, 2), pair('a', 4, 0)], () => next++, 40_000);
    expect(out.map((p) => [p.careerIndex, p.label, p.weight, p.kind])).toEqual([
      [3, 1, 2, 'feedback'],
      [0, 0, 2, 'feedback-negative'],
      [4, 0, 0.25, 'feedback'],
    ]);
  });
});
