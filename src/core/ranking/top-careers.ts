import type { CareerProfile, UserContext } from '../features/index.js';
import { rankTopK, type ScoredIndex } from './rank.js';
import type { Scorer } from './scorer.js';

/**
 * The top `limit` eligible careers for the person: the scorer's own shortcut (Scorer.rankTop)
 * where it has one, else rankTopK over scoreAll's numbers; the same list either way.
 */
export function topCareers(
  scorer: Scorer,
  user: UserContext,
  careers: readonly CareerProfile[],
  codes: readonly string[],
  eligible: ArrayLike<number>,
  limit: number,
): ScoredIndex[] {
  const top = scorer.rankTop?.(user, careers, eligible, limit);
  if (top) return top;
  const scores = new Float64Array(careers.length);
  scorer.scoreAll(user, careers, scores);
  return rankTopK(scores, codes, eligible, limit);
}
