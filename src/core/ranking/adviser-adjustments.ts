import { outlookConcernKind, toBroadOccupation, type OnetCode } from '../domain/index.js';
import type { CareerProfile } from '../features/index.js';

/** Whether a career's outlook holds it back (shrinking or small, see outlookConcernKind). */
export function hasOutlookConcern(
  career: Pick<CareerProfile, 'growthPercent' | 'annualOpeningsThousands'>,
): boolean {
  return outlookConcernKind(career.growthPercent, career.annualOpeningsThousands) !== null;
}

/**
 * The careers of a job's family: the same SOC broad occupation (29-1141.00 → every 29-1141.xx)
 * and its closest relatives (O*NET's Primary-Short related occupations), as a mask over `careers`.
 */
export function familyMask(
  careers: readonly CareerProfile[],
  current: OnetCode,
  closestRelatives: readonly number[],
): Uint8Array {
  const mask = new Uint8Array(careers.length);
  const broad = toBroadOccupation(current);
  careers.forEach((c, i) => {
    if (toBroadOccupation(c.code) === broad) mask[i] = 1;
  });
  for (const i of closestRelatives) mask[i] = 1;
  return mask;
}

/**
 * What the product adds to the expanded score, as an adviser would (all in score units, 0 = off):
 * a hub correction per kind of profile, a penalty for a shrinking or small occupation, and the
 * shift of the current job's family for a person who wants a close move (+) or a new direction (−).
 */
export interface AdviserSettings {
  /** β of the hub correction: score − β · the occupation's mean score over reference queries. */
  readonly hubBeta: { readonly stated: number; readonly inferred: number };
  /**
   * α of mutual proximity: score ← (1 − α)·score + α·(share of reference queries of the same
   * kind that give the occupation a lower score). A hub, high for everyone, gets a low share.
   */
  readonly mutualProximity?: { readonly stated: number; readonly inferred: number };
  /** Subtracted from the score of an occupation with an outlook concern. */
  readonly outlookPenalty: number;
  /** Added to (close) or subtracted from (new-direction) the score of the current job's family. */
  readonly familyShift: number;
}

/** No adjustment at all: the expanded score as it is. */
export const NO_ADJUSTMENT: AdviserSettings = Object.freeze({
  hubBeta: Object.freeze({ stated: 0, inferred: 0 }),
  outlookPenalty: 0,
  familyShift: 0,
});

/**
 * The hub-corrected score, mapped back onto [0, 1]: (x − β·h + β) / (1 + β) with x and the
 * reference mean h in [0, 1]; one increasing map per kind of profile, so with h the same for
 * every career it changes no order.
 */
export function hubCorrected(score: number, reference: number, beta: number): number {
  return beta === 0 ? score : (score - beta * reference + beta) / (1 + beta);
}
