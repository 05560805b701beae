import type { OnetCode } from '../../core/domain/index.js';
import type { FeedbackRecord } from '../ports/index.js';
import { profileInputSchema, resolveProfile } from '../profile/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import type { TrainingPair } from './training-pairs.js';

/** Weight of a feedback pair by its strongest signal: hired 3, applied 2, interested or a thumb 1. */
export const OUTCOME_WEIGHT = Object.freeze({ interested: 1, applied: 2, hired: 3 });

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
    const label: 0 | 1 = e.rating === 'down' ? 0 : 1;
    const weight = e.outcome ? OUTCOME_WEIGHT[e.outcome] : 1;
    const sourceIndex = ctx.codes.indexOf(career.code);
    pairs.push({
      user,
      careerIndex: sourceIndex,
      sourceIndex,
      label,
      weight,
      kind: 'feedback',
      eventId: e.id,
      person: e.subjectId ?? `event-${e.id}`,
    });
  }
  return { pairs, skipped };
}
