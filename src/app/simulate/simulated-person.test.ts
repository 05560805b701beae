import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random/index.js';
import type { RelatedTruth } from '../related/index.js';
import { DEFAULT_REACTIONS, reactToList, type SimulatedPerson } from './simulated-person.js';

// A person whose related occupations are careers 0–4 (Primary-Short), with no taste of their own.
const truth: RelatedTruth = {
  gains: new Map([0, 1, 2, 3, 4].map((i) => [i, 3])),
  primary: new Set([0, 1, 2, 3, 4]),
  primaryShort: new Set([0, 1, 2, 3, 4]),
  tiers: [],
};
const person: SimulatedPerson = {
  sourceIndex: 99,
  query: {} as SimulatedPerson['query'],
  full: false,
  relevance: (c) => (truth.gains.get(c) ?? 0) / 3,
};

function reactMany(shown: readonly number[], n: number) {
  const rng = createRng(3);
  return Array.from({ length: n }, (_, k) => reactToList(person, shown, rng.fork(`p${k}`))).flat();
}

describe('simulated people', () => {
  it('react more to the top of the page than to the bottom (position bias)', () => {
    const reactions = reactMany([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4000);
    const atRank = (r: number) => reactions.filter((x) => x.rank === r).length / 4000;
    expect(atRank(0)).toBeCloseTo(DEFAULT_REACTIONS.reactShare, 1);
    expect(atRank(9)).toBeLessThan(atRank(0) / 3);
  });

  it('like related occupations and turn down the others, with some noise', () => {
    const reactions = reactMany([0, 10, 1, 11, 2, 12], 4000);
    const liked = (x: (typeof reactions)[number]) => x.rating !== 'down';
    const related = reactions.filter((x) => x.careerIndex < 5);
    const unrelated = reactions.filter((x) => x.careerIndex >= 10);
    const likeShare = (xs: typeof reactions) => xs.filter(liked).length / xs.length;
    expect(likeShare(related)).toBeCloseTo(1 - DEFAULT_REACTIONS.flipShare, 1);
    expect(likeShare(unrelated)).toBeCloseTo(DEFAULT_REACTIONS.flipShare, 1);
    // Some likes come with an outcome, and "hired" is the rarest.
    const outcomes = related.filter((x) => x.outcome !== null);
    expect(outcomes.length).toBeGreaterThan(0);
    const hired = outcomes.filter((x) => x.outcome === 'hired').length;
    expect(hired).toBeLessThan(outcomes.filter((x) => x.outcome === 'interested').length);
  });
});
