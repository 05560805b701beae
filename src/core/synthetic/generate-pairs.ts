import type { UserProfile } from '../domain/index.js';
import { INTEREST_OFFSET, type CareerProfile } from '../features/index.js';
import type { Rng } from '../random/index.js';
import { pearson } from './profile-similarity.js';
import { OPPOSITE_LETTER, toSelfReport } from './self-report.js';
import {
  matrixSimilarity,
  toSimilarityMatrix,
  type SimilarityMatrix,
} from './similarity-matrix.js';

/** The six kinds of synthetic user–career pairs. */
export const MATCH_TYPES = [
  'strong',
  'moderate',
  'weak',
  'poor',
  'partial',
  'wrong-interest',
] as const;

/** A kind of synthetic pair. */
export type MatchType = (typeof MATCH_TYPES)[number];

/** One labelled synthetic pair: a person synthesized from `sourceIndex`, and a career. */
export interface SyntheticPair {
  readonly user: UserProfile;
  readonly sourceIndex: number;
  readonly careerIndex: number;
  readonly matchType: MatchType;
  /** profileSimilarity(source, career) in [0, 1]. */
  readonly similarity: number;
  /** The rule's fit score for the pair (see labelRule). */
  readonly fit: number;
  readonly label: 0 | 1;
  /** True when label noise flipped the rule's label. */
  readonly flipped: boolean;
}

/** Options of the generator. */
export interface SyntheticOptions {
  readonly pairs: number;
  /** Probability of flipping a label (default 0.08), so the task is not trivially separable. */
  readonly labelNoise?: number;
  /** Probability that a reported skill is a random one (default 0.15). */
  readonly skillNoise?: number;
  /** Probability that a person rates their skills (default 0.3). */
  readonly rateProbability?: number;
}

/** The generated pairs and how many of each kind. */
export interface SyntheticSet {
  readonly pairs: readonly SyntheticPair[];
  readonly countsByType: Readonly<Record<MatchType, number>>;
  readonly positives: number;
}

/** Fit score threshold of the labelling rule. */
export const GOOD_FIT_THRESHOLD = 0.62;

/**
 * The labelling rule: fit = 0.65 × max(0, skill correlation of source and career)
 * + 0.35 × max(0, correlation of the interests the person *reported* with the career's RIASEC
 * profile); the pair is good when fit ≥ 0.62. So a person whose skills fit but whose stated
 * interests point elsewhere is labelled bad, as a careers adviser would judge it.
 */
export function labelRule(
  matrix: SimilarityMatrix,
  source: number,
  career: CareerProfile,
  careerIndex: number,
  user: UserProfile,
): number {
  const skill = Math.max(0, matrix.skills[source * matrix.size + careerIndex]!);
  const interests = user.interests
    ? Math.max(
        0,
        pearson(user.interests, career.vector.subarray(INTEREST_OFFSET, INTEREST_OFFSET + 6)),
      )
    : 0;
  return 0.65 * skill + 0.35 * interests;
}

type Band = (m: SimilarityMatrix, a: number, b: number) => boolean;

const inRange =
  (lo: number, hi: number): Band =>
  (m, a, b) => {
    const s = matrixSimilarity(m, a, b);
    return a !== b && s >= lo && s < hi;
  };

/** Which careers qualify for each match type, given the source occupation. */
const BANDS: Readonly<Record<MatchType, Band>> = {
  strong: inRange(0.7, 0.9),
  moderate: inRange(0.5, 0.7),
  weak: inRange(0.3, 0.5),
  poor: inRange(0, 0.3),
  partial: (m, a, b) =>
    a !== b && m.skills[a * m.size + b]! >= 0.75 && m.interests[a * m.size + b]! <= 0.1,
  'wrong-interest': (m, a, b) => matrixSimilarity(m, a, b) >= 0.7,
};

/**
 * Generates `pairs` labelled pairs, equally many of each match type, from real occupation
 * profiles. Deterministic for a given `rng` seed.
 */
export function generateSyntheticPairs(
  careers: readonly CareerProfile[],
  options: SyntheticOptions,
  rng: Rng,
): SyntheticSet {
  const matrix = toSimilarityMatrix(careers);
  const labelNoise = options.labelNoise ?? 0.08;
  const reportOptions = {
    skillNoise: options.skillNoise ?? 0.15,
    rateProbability: options.rateProbability ?? 0.3,
  };
  const pairs: SyntheticPair[] = [];
  const counts = Object.fromEntries(MATCH_TYPES.map((t) => [t, 0])) as Record<MatchType, number>;
  let positives = 0;
  for (let p = 0; p < options.pairs; p++) {
    const matchType = MATCH_TYPES[p % MATCH_TYPES.length]!;
    const band = BANDS[matchType];
    let source = -1;
    let candidates: number[] = [];
    for (let attempt = 0; attempt < 50 && candidates.length === 0; attempt++) {
      source = rng.int(careers.length);
      candidates = [];
      for (let b = 0; b < careers.length; b++) if (band(matrix, source, b)) candidates.push(b);
    }
    if (candidates.length === 0) continue;
    const careerIndex = rng.pick(candidates);
    const sourceCareer = careers[source]!;
    const override =
      matchType === 'wrong-interest'
        ? sourceCareer.highPoints.slice(0, 2).map((l) => OPPOSITE_LETTER[l])
        : undefined;
    const user = toSelfReport(sourceCareer, rng, { ...reportOptions, overrideInterests: override });
    const career = careers[careerIndex]!;
    const fit = labelRule(matrix, source, career, careerIndex, user);
    const ruleLabel = fit >= GOOD_FIT_THRESHOLD ? 1 : 0;
    const flipped = rng.next() < labelNoise;
    const label = (flipped ? 1 - ruleLabel : ruleLabel) as 0 | 1;
    positives += label;
    counts[matchType] += 1;
    pairs.push({
      user,
      sourceIndex: source,
      careerIndex,
      matchType,
      similarity: matrixSimilarity(matrix, source, careerIndex),
      fit,
      label,
      flipped,
    });
  }
  return { pairs, countsByType: counts, positives };
}
