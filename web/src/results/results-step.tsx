import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StepProps } from '../app.js';
import { ApiError, api } from '../api/client.js';
import type { Comparison, OccupationDetail, RecommendationResult } from '../api/types.js';
import { encodeShareHash, subjectId } from '../state/persistence.js';
import {
  personRiasec,
  saysSomething,
  toProfileInput,
  type ResultsView,
  toVisitFeedback,
  type SentFeedback,
  type VisitRating,
} from '../state/web-state.js';
import { CompareView } from './compare-view.js';
import { DetailDialog } from './detail-dialog.js';
import { download, toCsv, toJson } from './export.js';
import { ResultCard } from './result-card.js';

type Loaded =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'list'; result: RecommendationResult; fellBack: boolean }
  | { kind: 'compare'; comparison: Comparison };

const details = new Map<string, OccupationDetail | null>();
/** Titles of the occupations reacted to in this visit (they may have left the list since). */
const visitTitles = new Map<string, string>();

/** Step 6: the ranked matches, the model toggle, feedback, export, print, share and detail. */
export function ResultsStep({ state, update, goTo, reference, about }: StepProps) {
  const profile = useMemo(() => toProfileInput(state), [state]);
  const profileKey = JSON.stringify(profile);
  const visitFeedback = useMemo(() => toVisitFeedback(state), [state]);
  const visitKey = JSON.stringify(visitFeedback);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'idle' });
  const [, setDetailsVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const [feedbackStatus, setFeedbackStatus] = useState<Record<string, string>>({});
  const [shareStatus, setShareStatus] = useState('');
  const person = personRiasec(state);
  const hasProfile = saysSomething(state);
  const llm = about?.llm.configured ? about.llm : null;
  const askLlm = llm !== null && state.friendlyWording && state.view !== 'compare';

  useEffect(() => {
    if (!hasProfile) return;
    const controller = new AbortController();
    setLoaded({ kind: 'loading' });
    const run = async (): Promise<Loaded> => {
      if (state.view === 'compare') {
        return { kind: 'compare', comparison: await api.compare(profile, controller.signal) };
      }
      try {
        return {
          kind: 'list',
          result: await api.recommend(
            profile,
            state.view,
            controller.signal,
            askLlm,
            visitFeedback,
          ),
          fellBack: false,
        };
      } catch (e) {
        // The server trains its model at first start; until then, simple matching still works.
        if (state.view === 'ml' && e instanceof ApiError && e.code === 'MODEL_MISSING') {
          return {
            kind: 'list',
            result: await api.recommend(
              profile,
              'baseline',
              controller.signal,
              false,
              visitFeedback,
            ),
            fellBack: true,
          };
        }
        throw e;
      }
    };
    run().then(setLoaded, (e: Error) => {
      if (e.name !== 'AbortError') setLoaded({ kind: 'error', message: e.message });
    });
    return () => controller.abort();
  }, [profileKey, visitKey, state.view, askLlm]);

  // Each card's interest chart needs the occupation's RIASEC scores (kept for the dialog too).
  useEffect(() => {
    if (loaded.kind !== 'list') return;
    const missing = loaded.result.recommendations.map((r) => r.code).filter((c) => !details.has(c));
    for (const code of missing) {
      api.occupation(code).then(
        (d) => {
          details.set(code, d);
          setDetailsVersion((v) => v + 1);
        },
        () => {
          details.set(code, null);
          setDetailsVersion((v) => v + 1);
        },
      );
    }
  }, [loaded]);

  const openDetail = (code: string, from: HTMLElement) => {
    trigger.current = from;
    setOpen(code);
  };
  const closeDetail = () => {
    setOpen(null);
    trigger.current?.focus();
  };

  const sendFeedback = (code: string, patch: SentFeedback) => {
    setFeedbackStatus((s) => ({ ...s, [code]: 'Saving…' }));
    api.feedback({ profile, code, ...patch, subjectId: subjectId() }).then(
      () => {
        update((s) => ({ feedback: { ...s.feedback, [code]: { ...s.feedback[code], ...patch } } }));
        setFeedbackStatus((s) => ({ ...s, [code]: 'Saved. Thank you.' }));
      },
      (e: Error) => setFeedbackStatus((s) => ({ ...s, [code]: e.message })),
    );
  };

  // A second click on the same reaction takes it back.
  const rateVisit = (code: string, title: string, rating: VisitRating) =>
    update((s) => {
      visitTitles.set(code, title);
      const { [code]: previous, ...rest } = s.visit;
      return { visit: previous === rating ? rest : { ...rest, [code]: rating } };
    });

  const shareUrl = `${location.origin}${location.pathname}${encodeShareHash({ ...state, feedback: {} })}`;
  const copyShare = () => {
    const manual = () => setShareStatus('Select the link in the box and copy it.');
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(shareUrl).then(() => setShareStatus('Link copied.'), manual);
  };

  const result = loaded.kind === 'list' ? loaded.result : null;
  const setView = (view: ResultsView) => update({ view });

  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        Your matches
      </h2>
      {!hasProfile ? (
        <div class="notice">
          <p>
            Tell us at least one thing — a job, your interests, a skill or your values — to see
            matches.
          </p>
          <button type="button" class="primary" onClick={() => goTo('start')}>
            Go to the first step
          </button>
        </div>
      ) : (
        <>
          <div class="toolbar">
            <fieldset class="segmented">
              <legend>Ranking</legend>
              {(
                [
                  ['ml', 'ML model'],
                  ['baseline', 'Simple matching'],
                  ['compare', 'Side by side'],
                ] as const
              ).map(([value, label]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="view"
                    value={value}
                    checked={state.view === value}
                    onChange={() => setView(value)}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
            {llm && state.view !== 'compare' && (
              <label class="friendly-toggle">
                <input
                  type="checkbox"
                  checked={state.friendlyWording}
                  onChange={(e) =>
                    update({ friendlyWording: (e.currentTarget as HTMLInputElement).checked })
                  }
                />{' '}
                Friendlier wording: an AI assistant{llm.model ? ` (${llm.model})` : ''} rewrites the
                reasons from the same facts; each card says whether it did
              </label>
            )}
            <div class="actions">
              <button
                type="button"
                class="secondary small"
                data-export="json"
                disabled={!result}
                onClick={() =>
                  result &&
                  download('career-matches.json', toJson(profile, result), 'application/json')
                }
              >
                Export JSON
              </button>
              <button
                type="button"
                class="secondary small"
                data-export="csv"
                disabled={!result}
                onClick={() =>
                  result &&
                  download('career-matches.csv', toCsv(result, reference.skillScale), 'text/csv')
                }
              >
                Export CSV
              </button>
              <button
                type="button"
                class="secondary small"
                data-export="print"
                onClick={() => window.print()}
              >
                Print
              </button>
            </div>
          </div>
          <div aria-live="polite" aria-busy={loaded.kind === 'loading'} class="results-region">
            {loaded.kind === 'loading' && <p class="loading">Finding your matches…</p>}
            {loaded.kind === 'error' && (
              <p class="notice error" role="alert">
                {loaded.message}
              </p>
            )}
            {loaded.kind === 'list' && (
              <div class="summary">
                {loaded.fellBack && (
                  <strong>The trained model is not ready yet, so this is simple matching. </strong>
                )}
                {loaded.result.recommendations.length === 0
                  ? `None of the ${loaded.result.considered} occupations meets all your limits`
                  : `${loaded.result.recommendations.length} best of ${loaded.result.considered} occupations — ${
                      loaded.result.model.kind === 'ml'
                        ? 'ranked by the ML model'
                        : 'ranked by simple matching'
                    }`}
                {excludedText(loaded.result)}.
                {loaded.result.recommendations.length === 0
                  ? ' Try loosening them in the previous step.'
                  : ''}
                {floorNote(loaded.result, state.minSalaryUsd)}
                {loaded.result.recommendations.length > 0 && (
                  <details class="percent-meaning">
                    <summary>What the match % and its range mean</summary>
                    {loaded.result.model.kind === 'ml'
                      ? 'The match percentage is measured, not guessed: of the suggestions the model gives a match like that, about that share are occupations O*NET’s experts list as related to jobs like yours. The range is where it would land 8 times in 10 if we knew your whole profile; where ranges overlap, the order is not firm.'
                      : 'The match percentage is how similar your profile is to the occupation’s (cosine), not a probability; the range after it is how far that moves when one thing you told us changes.'}
                  </details>
                )}
              </div>
            )}
            {loaded.kind === 'list' && visitFeedback.length > 0 && (
              <p class="notice visit-summary" role="note">
                {visitSummary(visitFeedback, loaded.result)}{' '}
                <button type="button" class="link" onClick={() => update({ visit: {} })}>
                  Undo
                </button>
              </p>
            )}
            {state.jobDraft.trim() !== '' && state.jobDraft !== state.currentJob?.title && (
              <p class="notice" role="note">
                The job title you typed, “{state.jobDraft}”, was not used: no job was picked from
                the list.{' '}
                <button type="button" class="link" onClick={() => goTo('start')}>
                  Pick one in the first step
                </button>
              </p>
            )}
            {loaded.kind === 'compare' && (
              <p class="summary">
                Side by side: the ML model and simple matching share{' '}
                {loaded.comparison.overlap.count} of their top {loaded.comparison.overlap.k}.
              </p>
            )}
          </div>
          {loaded.kind === 'compare' && (
            <CompareView comparison={loaded.comparison} onOpen={openDetail} />
          )}
          {result && result.recommendations.length === 0 && (
            <p class="notice">
              No occupation meets all your limits.{' '}
              <button type="button" class="link" onClick={() => goTo('constraints')}>
                Change your limits
              </button>
            </p>
          )}
          {result && (
            <ol class="cards">
              {result.recommendations.map((rec) => (
                <ResultCard
                  key={rec.code}
                  rec={rec}
                  person={person}
                  detail={details.get(rec.code)}
                  onOpen={openDetail}
                  feedback={{
                    sent: state.feedback[rec.code],
                    status: feedbackStatus[rec.code],
                    onRate: (rating) => sendFeedback(rec.code, { rating }),
                    onOutcome: (outcome) => sendFeedback(rec.code, { outcome }),
                  }}
                  scale={reference.skillScale}
                  hasCurrentJob={state.currentJob !== null}
                  profile={profile}
                  visit={{
                    rating: state.visit[rec.code],
                    onRate: (rating) => rateVisit(rec.code, rec.title, rating),
                  }}
                  llmRequested={askLlm}
                />
              ))}
            </ol>
          )}
          <div class="share">
            <label for="share-link">
              Share link (your answers are in the link itself, not stored anywhere)
            </label>
            <div class="share-row">
              <input
                id="share-link"
                type="text"
                readOnly
                value={shareUrl}
                onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
              />
              <button type="button" class="secondary small" onClick={copyShare}>
                Copy link
              </button>
            </div>
            <p role="status" class="status">
              {shareStatus}
            </p>
          </div>
        </>
      )}
      <DetailDialog
        code={open}
        person={person}
        cached={(c) => details.get(c) ?? undefined}
        onClose={closeDetail}
        scale={reference.skillScale}
        recommended={(c) => result?.recommendations.find((r) => r.code === c)}
        hasCurrentJob={state.currentJob !== null}
      />
    </>
  );
}

/** What the visit's reactions did to the list, in one sentence. */
function visitSummary(
  feedback: readonly { code: string; rating: VisitRating }[],
  result: RecommendationResult,
): string {
  const titles = new Map<string, string>(visitTitles);
  for (const r of result.recommendations) {
    titles.set(r.code, r.title);
    for (const b of r.visitAdjustment?.because ?? []) titles.set(b.code, b.title);
  }
  const names = (rating: VisitRating) =>
    feedback.filter((f) => f.rating === rating).map((f) => titles.get(f.code) ?? f.code);
  const down = names('down');
  const up = names('up');
  return [
    'Re-ranked for this visit:',
    down.length > 0
      ? ` ${down.join(', ')} and the occupations most like ${down.length === 1 ? 'it' : 'them'} moved down (not for you).`
      : '',
    up.length > 0
      ? ` ${up.join(', ')} and the occupations most like ${up.length === 1 ? 'it' : 'them'} moved up (more like this).`
      : '',
  ].join('');
}

function excludedText(result: RecommendationResult): string {
  const names: Record<string, string> = {
    salary: 'pay',
    'job-zone': 'preparation',
    field: 'field',
    outlook: 'outlook',
    excluded: 'excluded',
    'current-occupation': 'your current job',
  };
  const parts = Object.entries(result.excluded)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k, n]) => `${n} by ${names[k] ?? k}`);
  return parts.length > 0 ? `; left out ${parts.join(', ')}` : '';
}

/**
 * How a salary floor treats pay BLS publishes only for a broader occupation: checked against
 * that figure, and said so when any shown match passes on it.
 */
function floorNote(result: RecommendationResult, minSalaryUsd: number | null): string {
  if (minSalaryUsd === null || minSalaryUsd <= 0) return '';
  const borrowed = result.recommendations.filter((r) => r.wageBorrowedFrom !== null).length;
  if (borrowed === 0) return '';
  return ` Your pay floor is checked against the median shown; for ${borrowed === 1 ? 'the match' : `the ${borrowed} matches`} whose pay is a broader occupation’s, the job’s own pay may be lower.`;
}
