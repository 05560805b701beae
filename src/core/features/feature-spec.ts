import type { CareerProfile } from './career-profile.js';
import type { UserContext } from './user-context.js';

/** What part of the pair a feature describes. */
export type FeatureBlock = 'user' | 'career' | 'fit' | 'context';

/** The group a person understands, used to phrase explanations. */
export type FeatureGroup =
  'skills' | 'interests' | 'values' | 'salary' | 'education' | 'outlook' | 'profile';

/** Kinds of factor an explanation talks about. */
export const FACTOR_KINDS = [
  'skill',
  'interests',
  'values',
  'salary',
  'education',
  'skill-levels',
  'outlook',
  'career-profile',
] as const;

/** One of FACTOR_KINDS. */
export type FactorKind = (typeof FACTOR_KINDS)[number];

/** The explanation factor a feature's contribution is added to (features of one id share it). */
export interface FeatureFactor {
  readonly id: string;
  readonly kind: FactorKind;
  /** What the explanation calls the factor: "your interests", "job outlook" … */
  readonly label: string;
}

/** One named feature of the pair vector. */
export interface FeatureSpec {
  /** Stable name, e.g. `fit:skill:Programming`; used by training reports and explanations. */
  readonly name: string;
  readonly block: FeatureBlock;
  readonly group: FeatureGroup;
  /** The O*NET element or idea the feature is about, in plain words (e.g. `Programming`). */
  readonly label: string;
  /**
   * The factor its contribution belongs to in an explanation; null for person-only features
   * (the same for every career, so they say nothing about why one fits).
   */
  readonly factor: FeatureFactor | null;
  /**
   * Whether the feature means anything for this person; absent = always. Where it does not
   * (technology similarity without a current job, salary fit without a floor), its value is a
   * placeholder 0, which should be read as missing, not as "no similarity" or "no fit".
   */
  readonly appliesTo?: (user: UserContext) => boolean;
}

/**
 * How the fast path (core/ranking, every career at once) gets a context feature:
 * - `user`: depends on the person only (added once per request);
 * - `career`: depends on the career only (added once per careers array and model);
 * - `columns`: Σᵢ user(person, i) · career(career, i) over `width` terms: the career parts become
 *   columns of the career layout and the person's parts one weight per column;
 * - `kernel`: a hand-written kernel in core/ranking computes it (by the feature's `role`);
 * - `per-pair`: no split; the plain definition is evaluated career by career.
 */
export type FastPath =
  | { readonly kind: 'user'; readonly of: (user: UserContext) => number }
  | { readonly kind: 'career'; readonly of: (career: CareerProfile) => number }
  | {
      readonly kind: 'columns';
      readonly width: number;
      readonly user: (user: UserContext, i: number) => number;
      readonly career: (career: CareerProfile, i: number) => number;
    }
  | { readonly kind: 'kernel' }
  | { readonly kind: 'per-pair' };

/** A context feature: one record says what it is, how it is computed and how it is explained. */
export interface ContextFeature<Role extends string = string> extends FeatureSpec {
  /** The key of its folded weight in the fast path (`fw.context[role]`). */
  readonly role: Role;
  /** Its definition for one user–career pair, in words (documentation). */
  readonly definition: string;
  /** Its value for one user–career pair: the plain path (training, explanations). */
  readonly value: (user: UserContext, career: CareerProfile) => number;
  readonly fast: FastPath;
}

/** Whether a feature applies to this person (see ContextFeature.appliesTo); the one place that decides. */
export function featureApplies(feature: FeatureSpec, user: UserContext): boolean {
  return feature.appliesTo === undefined || feature.appliesTo(user);
}
