import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { toBroadOccupation } from '../../core/domain/index.js';
import { toUserContext } from '../../core/features/index.js';
import {
  DEFAULT_EXPANSION,
  hasOutlookConcern,
  type ExpansionOptions,
  type Scorer,
} from '../../core/ranking/index.js';
import { resolveProfile, type ProfileInput } from '../profile/index.js';
import { toExpandedScorer } from './expanded-model.js';
import type { RecommenderContext } from './recommender-context.js';

let ctx: RecommenderContext;
let base: Scorer;

beforeAll(async () => {
  ctx = await loadSharedContext();
  base = trainSmallModel(ctx);
});

const adviser = DEFAULT_EXPANSION.adviser!;
const scoresOf = (options: ExpansionOptions, input: ProfileInput) => {
  const user = toUserContext(
    resolveProfile(input, { findOccupation: ctx.findOccupation }),
    ctx.population,
  );
  const out = new Float64Array(ctx.careers.length);
  toExpandedScorer(ctx, base, options).scoreAll(user, ctx.careers, out);
  return out;
};
const nurse: ProfileInput = { currentOccupation: '29-1141.00' };

describe('what the product adds to the expanded score', () => {
  it('lowers a shrinking or small occupation by the outlook penalty and leaves the others alone', () => {
    const without = scoresOf(
      { ...DEFAULT_EXPANSION, adviser: { ...adviser, outlookPenalty: 0 } },
      nurse,
    );
    const with_ = scoresOf(DEFAULT_EXPANSION, nurse);
    ctx.careers.forEach((c, i) => {
      const expected = hasOutlookConcern(c)
        ? Math.max(0, without[i]! - adviser.outlookPenalty)
        : without[i]!;
      expect(with_[i]).toBeCloseTo(expected, 12);
    });
  });

  it('raises the current job’s broad occupation for a close move and lowers it for a new direction', () => {
    const balanced = scoresOf(DEFAULT_EXPANSION, nurse);
    const close = scoresOf(DEFAULT_EXPANSION, { ...nurse, preferences: { change: 'close' } });
    const away = scoresOf(DEFAULT_EXPANSION, {
      ...nurse,
      preferences: { change: 'new-direction' },
    });
    ctx.careers.forEach((c, i) => {
      if (toBroadOccupation(c.code) !== '29-114') return;
      expect(close[i]).toBeCloseTo(Math.min(1, balanced[i]! + adviser.familyShift), 12);
      expect(away[i]).toBeLessThan(balanced[i]!);
    });
  });

  it('blends a stated profile’s score with a share of reference queries between 0 and 1 (mutual proximity)', () => {
    const input: ProfileInput = { skills: ['Programming', 'Mathematics'], interests: ['I', 'C'] };
    const plain = scoresOf({ ...DEFAULT_EXPANSION, adviser: undefined }, input);
    const adjusted = scoresOf(DEFAULT_EXPANSION, input);
    const alpha = adviser.mutualProximity!.stated;
    ctx.careers.forEach((c, i) => {
      const outlook = hasOutlookConcern(c) ? adviser.outlookPenalty : 0;
      const share = (adjusted[i]! + outlook - (1 - alpha) * plain[i]!) / alpha;
      if (adjusted[i]! > 0) {
        expect(share).toBeGreaterThanOrEqual(-1e-9);
        expect(share).toBeLessThanOrEqual(1 + 1e-9);
      }
    });
  });
});
