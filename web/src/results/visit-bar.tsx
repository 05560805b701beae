import type { Recommendation } from '../api/types.js';
import type { VisitRating } from '../state/web-state.js';

/** What a card needs for the within-visit reactions. */
export interface VisitHandlers {
  readonly rating: VisitRating | undefined;
  readonly onRate: (rating: VisitRating) => void;
}

/** Why this visit's reactions moved a card, in words (nothing when they did not). */
export function visitNote(rec: Recommendation): string | null {
  const a = rec.visitAdjustment;
  if (!a || Math.abs(a.scoreChange) < 0.005) return null;
  const self = a.because.find((b) => b.code === rec.code);
  if (self)
    return self.rating === 'down'
      ? 'You said this is not for you.'
      : 'You asked for more like this.';
  const names = a.because.map((b) => b.title).join(' and ');
  return a.scoreChange < 0
    ? `Moved down: it is like ${names}, which you said is not for you.`
    : `Moved up: it is like ${names}, which you asked for more of.`;
}

const VISIT_BUTTONS = [
  { rating: 'down', label: 'Not for me' },
  { rating: 'up', label: 'More like this' },
] as const;

/** "Not for me" and "More like this": re-rank the list for this visit at once (nothing stored). */
export function VisitBar({ rec, visit }: { rec: Recommendation; visit: VisitHandlers }) {
  const note = visitNote(rec);
  return (
    <div class="visit" role="group" aria-label={`Re-rank around ${rec.title}`}>
      {VISIT_BUTTONS.map(({ rating, label }) => (
        <button
          key={rating}
          type="button"
          class="chip"
          data-visit={rating}
          aria-pressed={visit.rating === rating}
          onClick={() => visit.onRate(rating)}
        >
          {label}
        </button>
      ))}
      {note && <span class="note visit-note">{note}</span>}
    </div>
  );
}
