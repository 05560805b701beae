import { useState } from 'preact/hooks';
import { api, ApiError } from '../api/client.js';
import type { PathwaysResult, ProfileInput } from '../api/types.js';
import { formatWage } from './format.js';

type Route = PathwaysResult['routes'][number];
type Step = Route['steps'][number];
type Loaded =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'done'; readonly result: PathwaysResult }
  | { readonly kind: 'error'; readonly message: string };

const years = (y: number) => (y === 1 ? '1 year' : `${y} years`);

function StepItem({ step }: { step: Step }) {
  const change = step.wage.changeUsd;
  return (
    <li class="pathway-step">
      <p>
        <strong>{step.to.title}</strong> <span class="note">({step.feasibility})</span>
      </p>
      <ul class="pathway-facts">
        {step.skillGaps.length > 0 && (
          <li>
            Skills to build:{' '}
            {step.skillGaps
              .map((g) => `${g.skill} ${g.currentRating ?? '?'}→${g.requiredRating}`)
              .join(', ')}
          </li>
        )}
        {!step.skillsRated && <li>O*NET has no skill ratings for this job: gaps unknown.</li>}
        <li>
          Median pay {formatWage(step.wage.toMedianUsd)}
          {change !== null &&
            ` (${change >= 0 ? '+' : '−'}$${Math.abs(change).toLocaleString('en-US')})`}
          , middle half {formatWage(step.wage.toPct25Usd)}–{formatWage(step.wage.toPct75Usd)} · Job
          Zone {step.jobZone.from ?? '?'} → {step.jobZone.to ?? '?'}
        </li>
        <li title={step.time.education.basis}>
          Study: {years(step.time.education.years)}{' '}
          <span class="note">— {step.time.education.basis}</span>
        </li>
        <li title={step.time.experience.basis}>
          Experience first: {years(step.time.experience.years)}{' '}
          <span class="note">— {step.time.experience.basis}</span>
        </li>
        {step.credentials.map((c) => (
          <li key={c} class="credential">
            {c}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "How to get there": routes from the person to this career, loaded when first opened. */
export function PathwayPanel({ profile, code }: { profile: ProfileInput; code: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'idle' });
  const load = () => {
    if (loaded.kind !== 'idle') return;
    setLoaded({ kind: 'loading' });
    api.pathways(profile, code).then(
      (result) => setLoaded({ kind: 'done', result }),
      (error: unknown) =>
        setLoaded({
          kind: 'error',
          message: error instanceof ApiError ? error.message : 'The routes could not be loaded.',
        }),
    );
  };
  return (
    <details
      class="pathways"
      onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && load()}
    >
      <summary>How to get there</summary>
      <div aria-live="polite">
        {loaded.kind === 'loading' && <p class="muted">Finding routes…</p>}
        {loaded.kind === 'error' && <p class="notice">{loaded.message}</p>}
        {loaded.kind === 'done' && <Routes result={loaded.result} />}
      </div>
    </details>
  );
}

function Routes({ result }: { result: PathwaysResult }) {
  if (result.reason) return <p class="notice pathway-reason">{result.reason.message}</p>;
  return (
    <>
      <ol class="pathway-routes">
        {result.routes.slice(0, 3).map((r) => (
          <li key={r.via.map((v) => v.code).join()} class="pathway-route">
            <p class="pathway-summary">
              <strong>
                {r.via.length ? `Via ${r.via.map((v) => v.title).join(', then ')}` : 'Directly'}
              </strong>
              : about {years(r.readyYears)} before you can be hired, then about{' '}
              {years(r.trainingYears)} of on-the-job training.
            </p>
            <ol class="pathway-steps">
              {r.steps.map((s) => (
                <StepItem key={s.to.code} step={s} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <details class="pathway-assumptions">
        <summary>What these times assume</summary>
        <ul>
          {result.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
