import type { Comparison, Recommendation } from '../api/types.js';
import { formatWage } from './format.js';

/** The model's and the baseline's top lists side by side, marking occupations both chose (the overlap count is in the results summary). */
export function CompareView({
  comparison,
  onOpen,
}: {
  comparison: Comparison;
  onOpen: (code: string, trigger: HTMLElement) => void;
}) {
  const shared = new Set(comparison.overlap.codes);
  const column = (title: string, note: string, recs: readonly Recommendation[], id: string) => (
    <section class="compare-col" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p class="muted">{note}</p>
      <ol class="compare-list">
        {recs.map((r) => (
          <li key={r.code} class={shared.has(r.code) ? 'shared' : ''}>
            <button
              type="button"
              class="link"
              onClick={(e) => onOpen(r.code, e.currentTarget as HTMLElement)}
            >
              {r.title}
            </button>
            <span class="compare-meta">
              {r.matchPercent}% (range {r.matchRange.low}–{r.matchRange.high}%) ·{' '}
              {formatWage(r.medianAnnualWage)}
              {r.wageBorrowedFrom && (
                <span class="note borrowed" title={r.wageBorrowedFrom.note}>
                  {' '}
                  (pay of {r.wageBorrowedFrom.title})
                </span>
              )}
              {shared.has(r.code) && <span class="badge">in both</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
  return (
    <div class="compare">
      <div class="compare-grid">
        {column(
          'ML model',
          comparison.ml.model.description,
          comparison.ml.recommendations,
          'col-ml',
        )}
        {column(
          'Simple matching',
          comparison.baseline.model.description,
          comparison.baseline.recommendations,
          'col-baseline',
        )}
      </div>
    </div>
  );
}
