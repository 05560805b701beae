import { describe, expect, it } from 'vitest';
import { applyVisitFeedback } from './visit-feedback.js';

// Five careers on a line: similarity falls with distance (1, 0.8, 0.6, …).
const similarity = (a: number, b: number) => Math.max(0, 1 - 0.2 * Math.abs(a - b));

describe('visit feedback', () => {
  it('moves the rated career down by the shift and its nearest by shift × similarity', () => {
    const scores = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.5]);
    const changes = applyVisitFeedback(scores, [{ careerIndex: 0, rating: 'down' }], similarity, {
      shift: 0.2,
      neighbours: 2,
    });
    expect([...scores].map((s) => +s.toFixed(6))).toEqual([0.7, 0.64, 0.58, 0.6, 0.5]);
    expect([...changes.keys()]).toEqual([0, 1, 2]);
    expect(changes.get(1)!.scoreChange).toBeCloseTo(-0.16, 12);
  });

  it('moves careers up for "more like this", and adds the effects of several ratings', () => {
    const scores = new Float64Array(5);
    const up = { careerIndex: 4, rating: 'up' as const };
    const down = { careerIndex: 2, rating: 'down' as const };
    const changes = applyVisitFeedback(scores, [up, down], similarity, {
      shift: 0.2,
      neighbours: 2,
    });
    // Career 3 is near both: +0.16 from the up, −0.16 from the down.
    expect(changes.get(3)!.scoreChange).toBeCloseTo(0, 12);
    expect(changes.get(3)!.because).toEqual([up, down]);
    expect(scores[4]).toBeCloseTo(0.2, 12);
    expect(scores[2]).toBeCloseTo(-0.2 + 0.12, 12);
    expect(scores[0]).toBe(0);
  });
});
