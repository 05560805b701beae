import { RIASEC, SKILLS, type RiasecLetter, type UserProfile } from '../domain/index.js';
import { toUserVector } from './user-vector.js';

/** The per-request view of a person used to build pair features, computed once per request. */
export interface UserContext {
  readonly profile: UserProfile;
  /** Profile vector in [0, 1] (see toUserVector). */
  readonly vector: Float64Array;
  /** Skill levels 0–7 where the person gave or we inferred a level; NaN elsewhere. */
  readonly knownLevels: Float64Array;
  /** Which skills the person stated or we inferred (1) or not (0). */
  readonly stated: Uint8Array;
  readonly statedCount: number;
  /** Up to three interest letters, strongest first. */
  readonly topInterests: readonly RiasecLetter[];
  /** Index of the strongest work value, or −1. */
  readonly topValue: number;
  readonly minSalaryUsd: number | null;
  /** Job Zone the person compares against: their current one, else their stated maximum. */
  readonly referenceJobZone: number | null;
}

function strongestLetters(scores: readonly number[] | null, order: readonly RiasecLetter[]) {
  if (order.length > 0) return order.slice(0, 3);
  if (!scores) return [];
  return RIASEC.map((a, i) => ({ letter: a.letter, s: scores[i] ?? 0 }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, 3)
    .map((x) => x.letter);
}

/** Builds the per-request user context from a resolved profile. */
export function toUserContext(profile: UserProfile): UserContext {
  const knownLevels = new Float64Array(SKILLS.length).fill(Number.NaN);
  const stated = new Uint8Array(SKILLS.length);
  profile.skillLevels.forEach((level, i) => {
    if (level === null) return;
    stated[i] = 1;
    if (profile.skillSources[i] !== 'stated-default') knownLevels[i] = level;
  });
  let topValue = -1;
  if (profile.values) {
    let best = 0;
    profile.values.forEach((s, i) => {
      if (s > best) {
        best = s;
        topValue = i;
      }
    });
  }
  return {
    profile,
    vector: toUserVector(profile),
    knownLevels,
    stated,
    statedCount: stated.reduce((a, b) => a + b, 0),
    topInterests: strongestLetters(profile.interests, profile.interestOrder),
    topValue,
    minSalaryUsd: profile.constraints.minSalaryUsd ?? null,
    referenceJobZone: profile.currentJobZone ?? profile.constraints.maxJobZone ?? null,
  };
}
