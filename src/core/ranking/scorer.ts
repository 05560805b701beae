import type { CareerProfile, UserContext } from '../features/index.js';

/** Which way of scoring produced a ranking. */
export type ScorerKind = 'ml' | 'baseline';

/** Scores every candidate career for one person; a pure function of features and weights. */
export interface Scorer {
  readonly kind: ScorerKind;
  /** Identifies the model (artifact version) or the baseline's definition. */
  readonly version: string;
  /** Writes one score in [0, 1] per career into `out`, in the order of `careers`. */
  scoreAll(user: UserContext, careers: readonly CareerProfile[], out: Float64Array): void;
}
