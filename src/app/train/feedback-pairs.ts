import type { OnetCode } from '../../core/domain/index.js';
import type { FeedbackOutcome, FeedbackRating, FeedbackRecord } from '../ports/index.js';
import { profileInputSchema, resolveProfile } from '../profile/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import type { TrainingPair } from './training-pairs.js';

/** Weight of a feedback pair by its strongest signal: hired 3, applied 2, interested or a thumb 1. */
export const OUTCOME_WEIGHT = Object.freeze({ interested: 1, applied: 2, hired: 3 });

/**
 * The label and weight of one feedback event: a thumbs-up or any outcome is a good match, a
 * thumbs-down a bad one (a thumbs-down wins over an outcome); weighted by the strongest outcome.
 */
export function toFeedbackLabel(
  rating: FeedbackRating | null,
  outcome: FeedbackOutcome | null,
): { readonly label: 0 | 1; readonly weight: number } {
  return { label: rating === 'down' ? 0 : 1, weight: outcome ? OUTCOME_WEIGHT[outcome] : 1 };
}

/**
 * Whose feedback an event is: its subject id, or for events sent without one, the profile they
 * were sent with (a burst from one client repeats its profile, so it counts as one person).
 */
export function toPersonKey(event: Pick<FeedbackRecord, 'subjectId' | 'profile'>): string {
  if (event.subjectId) return `subject:${event.subjectId}`;
  const text = JSON.stringify(event.profile) ?? 'null';
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `profile:${(h >>> 0).toString(16)}`;
}

/** A labelled pair from one feedback event, with the event and the person (subject id) it came from. */
export type FeedbackPair = TrainingPair & { readonly eventId: number; readonly person: string };

/**
 * Turns stored feedback into labelled pairs. A thumbs-up or any outcome is a good match, a
 * thumbs-down a bad one (a thumbs-down wins over an outcome); events whose profile or occupation
 * can no longer be resolved are skipped and counted.
 */
export function toFeedbackPairs(
  ctx: RecommenderContext,
  events: readonly FeedbackRecord[],
): { pairs: FeedbackPair[]; skipped: number } {
  const pairs: FeedbackPair[] = [];
  let skipped = 0;
  for (const e of events) {
    const parsed = profileInputSchema.safeParse(e.profile);
    const career = ctx.findCareer(e.code);
    if (!parsed.success || !career) {
      skipped++;
      continue;
    }
    let user;
    try {
      user = resolveProfile(parsed.data, {
        findOccupation: (code: OnetCode) => ctx.findOccupation(code),
      });
    } catch {
      skipped++;
      continue;
    }
    const { label, weight } = toFeedbackLabel(e.rating, e.outcome);
    const sourceIndex = ctx.codes.indexOf(career.code);
    pairs.push({
      user,
      careerIndex: sourceIndex,
      sourceIndex,
      label,
      weight,
      kind: 'feedback',
      eventId: e.id,
      person: toPersonKey(e),
    });
  }
  return { pairs, skipped };
}
