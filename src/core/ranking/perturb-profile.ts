import type { UserProfile } from '../domain/index.js';

/** At most this many "one stated skill dropped" variants per profile (the first stated ones). */
export const MAX_SKILL_DROPS = 8;

/** The indices of `scores` in descending order of score (the first on ties). */
const byScore = (scores: readonly number[]) =>
  scores
    .map((v, i) => ({ v, i }))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .map((x) => x.i);

/** `scores` with its two highest entries exchanged, or null when fewer than two are above 0. */
function swapTopTwo(scores: readonly number[] | null): number[] | null {
  if (!scores) return null;
  const [a, b] = byScore(scores);
  if (a === undefined || b === undefined || !(scores[b]! > 0) || scores[a] === scores[b])
    return null;
  const out = [...scores];
  out[a] = scores[b]!;
  out[b] = scores[a]!;
  return out;
}

const swapFirstTwo = <T>(order: readonly T[]): T[] =>
  order.length < 2 ? [...order] : [order[1]!, order[0]!, ...order.slice(2)];

/**
 * The profiles a person could as well have given, each one detail away from `profile`: one
 * stated skill dropped (for each of the first MAX_SKILL_DROPS stated skills, when more than one
 * is stated), the first two interests in the other order, the first two work values in the
 * other order. A skill inferred from a current job is not a stated one and is never dropped, and
 * a profile inferred from a job keeps its interests and values (they are the job's, not words
 * the person chose). How much a match moves across these is how much it rests on any one thing
 * the person said.
 */
export function profilePerturbations(profile: UserProfile): UserProfile[] {
  const out: UserProfile[] = [];
  const stated = profile.skillLevels.flatMap((level, k) =>
    level !== null && profile.skillSources[k] !== 'inferred' ? [k] : [],
  );
  if (stated.length > 1)
    for (const k of stated.slice(0, MAX_SKILL_DROPS)) {
      const skillLevels = [...profile.skillLevels];
      const skillSources = [...profile.skillSources];
      skillLevels[k] = null;
      skillSources[k] = null;
      out.push({ ...profile, skillLevels, skillSources });
    }
  if (profile.inferred) return out;
  const interests = swapTopTwo(profile.interests);
  if (interests)
    out.push({ ...profile, interests, interestOrder: swapFirstTwo(profile.interestOrder) });
  const values = swapTopTwo(profile.values);
  if (values) out.push({ ...profile, values, valueOrder: swapFirstTwo(profile.valueOrder) });
  return out;
}
