import type { OccupationDetail, ProfileInput, Recommendation, RiasecLetter } from '../api/types.js';
import { RiasecChart } from '../charts/riasec-chart.js';
import { SkillGapChart } from '../charts/skill-gap-chart.js';
import type { SentFeedback } from '../state/web-state.js';
import { VisitBar, type VisitHandlers } from './visit-bar.js';
import {
  formatOutlook,
  formatSkillGap,
  formatSkillsToCheck,
  formatSkillStep,
  formatTools,
  formatWage,
  type SkillScale,
} from './format.js';
import { PathwayPanel } from './pathway-panel.js';

const CONFIDENCE_TEXT = {
  High: 'High confidence: the match range is narrow (25 points or less).',
  Medium: 'Medium confidence: the match range is 26 to 50 points wide; telling us more narrows it.',
  Low: 'Low confidence: the match range is wider than 50 points; treat this as a lead, and tell us more to narrow it.',
} as const;

/** What the range after a match percentage means (the card's tooltip; the summary says it too). */
const MATCH_RANGE_TEXT =
  'Where this match would land 8 times in 10 if we knew your whole profile; the more you tell us, the narrower it gets.';

/** What the card needs to send feedback. */
export interface FeedbackHandlers {
  readonly sent: SentFeedback | undefined;
  readonly status: string | undefined;
  readonly onRate: (rating: 'up' | 'down') => void;
  readonly onOutcome: (outcome: 'interested' | 'applied' | 'hired') => void;
}

/** One ranked occupation: match, confidence, pay, outlook, education, why, next steps, charts. */
export function ResultCard({
  rec,
  person,
  detail,
  onOpen,
  feedback,
  scale,
  hasCurrentJob,
  profile,
  visit,
  llmRequested = false,
}: {
  rec: Recommendation;
  person: Partial<Record<RiasecLetter, number>> | null;
  detail: OccupationDetail | null | undefined;
  onOpen: (code: string, trigger: HTMLElement) => void;
  feedback: FeedbackHandlers;
  /** The skill scale (1 basic … 5 expert) from /v1/reference. */
  scale: SkillScale;
  /** True when the person gave a current job (its tools are left out of the list). */
  hasCurrentJob: boolean;
  /** The profile the results are for: the "How to get there" panel asks routes for it. */
  profile?: ProfileInput;
  /** "Not for me" / "More like this" for this visit; absent where the list cannot re-rank. */
  visit?: VisitHandlers;
  /** True when the page asked the server's LLM to reword the reasons. */
  llmRequested?: boolean;
}) {
  const titleId = `card-${rec.code}`;
  const wage = rec.medianAnnualWage;
  const steps = nextSteps(rec, scale, hasCurrentJob);
  const outlookFrom = rec.outlook?.borrowedFrom ?? null;
  return (
    <li class="card" data-code={rec.code}>
      <article aria-labelledby={titleId}>
        <header class="card-head">
          <span class="rank" aria-hidden="true">
            {rec.rank}
          </span>
          <h3 id={titleId}>
            <button
              type="button"
              class="title-link"
              onClick={(e) => onOpen(rec.code, e.currentTarget as HTMLElement)}
            >
              <span class="sr-only">Rank {rec.rank}: </span>
              {rec.title}
            </button>
          </h3>
          <span class="match">
            <strong>{rec.matchPercent}%</strong> match{' '}
            <span class="match-range" title={MATCH_RANGE_TEXT}>
              (range {rec.matchRange.low}–{rec.matchRange.high}%)
            </span>
          </span>
        </header>
        <p class="badges">
          <span
            class={`badge confidence confidence-${rec.confidence.toLowerCase()}`}
            title={CONFIDENCE_TEXT[rec.confidence]}
          >
            {rec.confidence} confidence
          </span>
          {rec.outlook?.brightOutlook && (
            <span class="badge bright" title={outlookFrom?.note}>
              Bright Outlook
              {outlookFrom &&
                ` (${outlookFrom.kind === 'bls-group' ? 'BLS group' : 'broader occupation'})`}
            </span>
          )}
          {rec.outlookConcern && (
            <span class="badge outlook-concern" title={rec.outlookConcern.note}>
              {rec.outlookConcern.kind === 'shrinking' ? 'Shrinking' : 'Few openings'}
            </span>
          )}
          {rec.profileEstimated && (
            <span class="badge estimated" title={rec.profileEstimateText ?? undefined}>
              Estimated profile
            </span>
          )}
          {rec.reranked && <span class="badge">Moved by the AI assistant</span>}
          <span class="code">{rec.code}</span>
        </p>
        <p class="sr-only">{CONFIDENCE_TEXT[rec.confidence]}</p>
        {rec.profileEstimateText && !rec.explanation && (
          <p class="note estimated">{rec.profileEstimateText}</p>
        )}
        <dl class="facts">
          <div>
            <dt>Median pay</dt>
            <dd class="wage" data-kind={wage?.kind ?? 'unknown'}>
              {formatWage(wage)}
              {wage?.kind === 'atLeast' && (
                <span class="note"> (the BLS publishes no exact figure above this)</span>
              )}
              {rec.wageBorrowedFrom && (
                <span class="note borrowed" title={rec.wageBorrowedFrom.note}>
                  {' '}
                  ({borrowedLabel(rec.wageBorrowedFrom)})
                </span>
              )}
              {rec.payAgainstCurrentJob && (
                <span class="note pay-against-current"> · {rec.payAgainstCurrentJob.text}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Outlook</dt>
            <dd>
              {formatOutlook(rec.outlook)}
              {outlookFrom && (
                <span class="note borrowed" title={outlookFrom.note}>
                  {' '}
                  (
                  {outlookFrom.socCode === rec.wageBorrowedFrom?.socCode
                    ? `also the ${outlookFrom.kind === 'bls-group' ? 'BLS group' : 'broader occupation'}’s`
                    : borrowedLabel(outlookFrom)}
                  )
                </span>
              )}
              {rec.outlookConcern && (
                <span class="note outlook-concern"> · {rec.outlookConcern.note}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Education</dt>
            <dd>
              {rec.typicalEducation ?? 'not published'}
              {rec.jobZone !== null && <span class="note"> · Job Zone {rec.jobZone}</span>}
            </dd>
          </div>
        </dl>
        {rec.explanation && (
          <div class="why">
            <h4>The reasons</h4>
            <p>{whyText(rec.explanation)}</p>
            {rec.explanation.llm.used ? (
              <p class="note llm-status" data-llm="enhanced">
                Reworded by an AI assistant from the same facts.
              </p>
            ) : (
              llmRequested && (
                <p class="note llm-status" data-llm="kept">
                  {keptText(rec.explanation.llm.reason)}
                </p>
              )
            )}
          </div>
        )}
        {steps.length > 0 && (
          <div class="next-steps">
            <h4>Next steps</h4>
            <ul>
              {steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        )}
        {profile && <PathwayPanel profile={profile} code={rec.code} />}
        <div class="card-charts">
          <SkillGapChart gaps={rec.skillGaps} scale={scale} />
          {detail?.interests ? (
            <RiasecChart person={person} career={detail.interests.scores} careerTitle={rec.title} />
          ) : (
            <p class="muted chart-placeholder">
              {detail === null ? 'No interest ratings.' : 'Loading interests…'}
            </p>
          )}
        </div>
        {visit && <VisitBar rec={rec} visit={visit} />}
        <FeedbackBar rec={rec} feedback={feedback} />
      </article>
    </li>
  );
}

/**
 * The explanation without its closing "Next steps: …" part, which the card lists from the same
 * facts below it (an LLM rewording is shown whole).
 */
function whyText(e: NonNullable<Recommendation['explanation']>): string {
  if (e.llm.used) return e.text;
  const cut = e.text.indexOf(' Next steps: ');
  return cut > 0 ? e.text.slice(0, cut) : e.text;
}

/** Why the checked wording was kept when a rewording was asked for, in a person's words. */
function keptText(reason: string | undefined): string {
  const why: Record<string, string> = {
    timeout: 'the assistant did not answer in time',
    'rate limited': 'the assistant is busy',
    'ungrounded name': 'its rewording named something not in the facts',
    'ungrounded number': 'its rewording stated a number not in the facts',
    'incomplete output': 'its rewording left this match out',
    'malformed output': 'its answer could not be read',
    injection: 'its rewording did not pass the safety check',
  };
  const because = reason ? (why[reason] ?? `the assistant could not be used (${reason})`) : '';
  return `The checked wording is kept${because ? `: ${because}` : ''}.`;
}

/** Whose figures a borrowed wage or outlook is, in a few words. */
function borrowedLabel(b: NonNullable<Recommendation['wageBorrowedFrom']>): string {
  return b.kind === 'broader-occupation'
    ? `for the broader occupation ${b.title}`
    : `for the BLS group ${b.title}`;
}

function nextSteps(rec: Recommendation, scale: SkillScale, hasCurrentJob: boolean): string[] {
  const f = rec.explanation?.facts;
  const out: string[] = [];
  for (const g of rec.skillGaps.slice(0, 3)) out.push(`Build ${formatSkillGap(g, scale)}.`);
  const toCheck = formatSkillsToCheck(rec.skillsToCheck.slice(0, 3), scale);
  if (toCheck) out.push(toCheck);
  if (rec.typicalEducation) out.push(`Typical entry: ${rec.typicalEducation.toLowerCase()}.`);
  const tools = formatTools(rec.toolsInDemand.slice(0, 3));
  if (tools) {
    out.push(hasCurrentJob ? `${tools} (Leaving out what your current job uses.)` : tools);
  }
  const c = f?.counterfactuals[0];
  if (c)
    out.push(
      `${c.skill} at ${formatSkillStep(c.toRating, scale)} would lift this match from ${c.fromPercent}% to ${c.toPercent}%.`,
    );
  return out;
}

function FeedbackBar({ rec, feedback }: { rec: Recommendation; feedback: FeedbackHandlers }) {
  const { sent } = feedback;
  return (
    <div class="feedback" role="group" aria-label={`Feedback on ${rec.title}`}>
      <span class="feedback-q">Good suggestion?</span>
      <button
        type="button"
        class="chip"
        aria-pressed={sent?.rating === 'up'}
        onClick={() => feedback.onRate('up')}
      >
        Yes
      </button>
      <button
        type="button"
        class="chip"
        aria-pressed={sent?.rating === 'down'}
        onClick={() => feedback.onRate('down')}
      >
        No
      </button>
      <span class="feedback-q">Your step:</span>
      {(['interested', 'applied', 'hired'] as const).map((o) => (
        <button
          key={o}
          type="button"
          class="chip"
          aria-pressed={sent?.outcome === o}
          onClick={() => feedback.onOutcome(o)}
        >
          {o === 'interested' ? 'Interested' : o === 'applied' ? 'Applied' : 'Hired'}
        </button>
      ))}
      <span role="status" class="status">
        {feedback.status}
      </span>
    </div>
  );
}
