import type { Occupation, UserProfile } from '../../core/domain/index.js';
import { toQuery } from '../../core/evaluation/index.js';
import type { Rng } from '../../core/random/index.js';
import type { FeedbackOutcome, FeedbackRating } from '../ports/index.js';
import type { RelatedTruth } from '../related/index.js';

/**
 * How simulated people behave. The rates are assumptions, stated so they can be argued with:
 * few people rate anything, attention falls with the position on the page, taste varies from
 * person to person, and some clicks are mistakes.
 */
export interface ReactionModel {
  /** Share of people who give their job title (a full profile); the others type a few words. */
  readonly fullProfileShare: number;
  /** Chance of looking at the card at rank r (0-based) is 1 / (1 + r)^positionDecay. */
  readonly positionDecay: number;
  /** Chance that a card looked at gets any reaction. */
  readonly reactShare: number;
  /** Standard deviation of a person's own taste, added to the hidden relevance (0–1). */
  readonly tasteSd: number;
  /** A card is liked when relevance + taste is above this. */
  readonly likeThreshold: number;
  /** Chance that a reaction is the opposite of what the person thinks (noise, misclicks). */
  readonly flipShare: number;
  /** Of liked cards: chance of a thumbs-up (the others get an outcome only). */
  readonly upShare: number;
  /** Of liked cards: chances of reporting interested, applied, hired (at most one, the strongest). */
  readonly outcomeShares: Readonly<Record<FeedbackOutcome, number>>;
}

/** The simulation's default behaviour (docs/EVALUATION.md, section feedback-simulation). */
export const DEFAULT_REACTIONS: ReactionModel = Object.freeze({
  fullProfileShare: 0.25,
  positionDecay: 0.7,
  reactShare: 0.4,
  tasteSd: 0.2,
  likeThreshold: 0.5,
  flipShare: 0.1,
  upShare: 0.75,
  outcomeShares: Object.freeze({ interested: 0.3, applied: 0.1, hired: 0.02 }),
});

/** A simulated person: the job they come from, what they type, and their hidden relevance. */
export interface SimulatedPerson {
  readonly sourceIndex: number;
  readonly query: UserProfile;
  readonly full: boolean;
  /** Hidden relevance of a career: its O*NET relatedness (gain / 3) plus the person's taste. */
  relevance(careerIndex: number): number;
}

/** One reaction to one card, as the product would store it. */
export interface SimulatedReaction {
  readonly careerIndex: number;
  /** 0-based position on the page. */
  readonly rank: number;
  readonly rating: FeedbackRating | null;
  readonly outcome: FeedbackOutcome | null;
}

/**
 * A person from source occupation `sourceIndex`: a full profile (as inferred from their job) or
 * the noisy few words of the benchmark's noisy query, and a taste drawn per career.
 */
export function createSimulatedPerson(
  occupation: Occupation,
  sourceIndex: number,
  truth: RelatedTruth,
  rng: Rng,
  model: ReactionModel = DEFAULT_REACTIONS,
): SimulatedPerson {
  const full = rng.next() < model.fullProfileShare;
  const query = toQuery(full ? 'full' : 'noisy', occupation, rng.fork('query'));
  const tasteRng = rng.fork('taste');
  const taste = new Map<number, number>();
  return {
    sourceIndex,
    query,
    full,
    relevance(careerIndex) {
      let t = taste.get(careerIndex);
      if (t === undefined) {
        t = tasteRng.normal(0, model.tasteSd);
        taste.set(careerIndex, t);
      }
      return (truth.gains.get(careerIndex) ?? 0) / 3 + t;
    },
  };
}

function outcomeOf(draw: number, shares: ReactionModel['outcomeShares']): FeedbackOutcome | null {
  if (draw < shares.hired) return 'hired';
  if (draw < shares.applied) return 'applied';
  if (draw < shares.interested) return 'interested';
  return null;
}

/**
 * What a person does with the cards shown (career indices, best first): looks at each with a
 * chance falling with its position, reacts to some, likes those above the threshold (with
 * noise); a like is a thumbs-up and/or an outcome, a dislike a thumbs-down.
 */
export function reactToList(
  person: SimulatedPerson,
  shown: readonly number[],
  rng: Rng,
  model: ReactionModel = DEFAULT_REACTIONS,
): SimulatedReaction[] {
  const out: SimulatedReaction[] = [];
  shown.forEach((careerIndex, rank) => {
    if (rng.next() >= 1 / Math.pow(1 + rank, model.positionDecay)) return;
    if (rng.next() >= model.reactShare) return;
    let likes = person.relevance(careerIndex) > model.likeThreshold;
    if (rng.next() < model.flipShare) likes = !likes;
    if (!likes) {
      out.push({ careerIndex, rank, rating: 'down', outcome: null });
      return;
    }
    const up = rng.next() < model.upShare;
    const outcome = outcomeOf(rng.next(), model.outcomeShares) ?? (up ? null : 'interested');
    out.push({ careerIndex, rank, rating: up ? 'up' : null, outcome });
  });
  return out;
}
