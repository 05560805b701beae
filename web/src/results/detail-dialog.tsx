import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { OccupationDetail, Recommendation, RiasecLetter } from '../api/types.js';
import { RiasecChart } from '../charts/riasec-chart.js';
import { formatSkillStepInline, formatWage, levelToStep, type SkillScale } from './format.js';

/**
 * One occupation in a modal dialog (native <dialog>: focus is kept inside, Escape closes, focus
 * returns to what opened it). Related occupations open in the same dialog.
 */
export function DetailDialog({
  code,
  person,
  cached,
  onClose,
  scale,
  recommended,
  hasCurrentJob,
}: {
  code: string | null;
  person: Partial<Record<RiasecLetter, number>> | null;
  cached: (code: string) => OccupationDetail | undefined;
  onClose: () => void;
  /** The skill scale (1 basic … 5 expert) from /v1/reference. */
  scale: SkillScale;
  /** The recommendation of an occupation in the results, whose card the tools must match. */
  recommended: (code: string) => Recommendation | undefined;
  /** True when the person gave a current job (its tools are left out of a card's list). */
  hasCurrentJob: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState<string | null>(code);
  const [detail, setDetail] = useState<OccupationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setShown(code), [code]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (code && !d.open) d.showModal();
    if (!code && d.open) d.close();
  }, [code]);

  useEffect(() => {
    if (!shown) return;
    setError(null);
    const hit = cached(shown);
    if (hit) {
      setDetail(hit);
      return;
    }
    setDetail(null);
    const controller = new AbortController();
    api.occupation(shown, controller.signal).then(setDetail, (e: Error) => {
      if (e.name !== 'AbortError') setError(e.message);
    });
    return () => controller.abort();
  }, [shown]);

  useEffect(() => {
    if (detail) heading.current?.focus();
  }, [detail?.code]);

  const w = detail?.wages;
  const rec = detail ? recommended(detail.code) : undefined;
  // A recommended occupation shows its card's list (the current job's tools left out); any other
  // occupation the same ranking without a current job.
  const tools = rec ? rec.toolsInDemand : (detail?.toolsInDemand ?? []);
  return (
    <dialog
      ref={dialog}
      class="detail"
      aria-labelledby="detail-title"
      onClose={onClose}
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <div class="detail-inner">
        <div class="detail-head">
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            {detail ? detail.title : error ? 'Could not load this occupation' : 'Loading…'}
          </h2>
          <button
            type="button"
            class="icon close"
            aria-label="Close"
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </div>
        {error && <p role="alert">{error}</p>}
        {detail && (
          <>
            {detail.profileEstimateText && (
              <p class="note estimated">{detail.profileEstimateText}</p>
            )}
            <p class="code">
              {detail.code}
              {detail.jobZoneName && ` · ${detail.jobZoneName}`}
            </p>
            <p>{detail.description}</p>
            <div class="detail-grid">
              <section aria-labelledby="d-pay">
                <h3 id="d-pay">Pay (yearly, BLS)</h3>
                {w?.borrowedFrom && <p class="note borrowed">{w.borrowedFrom.note}</p>}
                {w ? (
                  <dl class="facts compact">
                    <div>
                      <dt>10th percentile</dt>
                      <dd>{formatWage(w.pct10AnnualUsd)}</dd>
                    </div>
                    <div>
                      <dt>25th percentile</dt>
                      <dd>{formatWage(w.pct25AnnualUsd)}</dd>
                    </div>
                    <div>
                      <dt>Median</dt>
                      <dd class="wage" data-kind={w.medianAnnualUsd.kind}>
                        {formatWage(w.medianAnnualUsd)}
                      </dd>
                    </div>
                    <div>
                      <dt>75th percentile</dt>
                      <dd>{formatWage(w.pct75AnnualUsd)}</dd>
                    </div>
                    <div>
                      <dt>90th percentile</dt>
                      <dd>{formatWage(w.pct90AnnualUsd)}</dd>
                    </div>
                  </dl>
                ) : (
                  <p class="muted">The BLS publishes no wages for this occupation.</p>
                )}
              </section>
              <section aria-labelledby="d-outlook">
                <h3 id="d-outlook">Outlook 2024–34</h3>
                {detail.outlook ? (
                  <>
                    <p>{detail.outlook.brightOutlookReason}</p>
                    {detail.outlook.borrowedFrom &&
                      detail.outlook.borrowedFrom.socCode !== w?.borrowedFrom?.socCode && (
                        <p class="note borrowed">{detail.outlook.borrowedFrom.note}</p>
                      )}
                    {detail.outlook.borrowedFrom &&
                      detail.outlook.borrowedFrom.socCode === w?.borrowedFrom?.socCode && (
                        <p class="note borrowed">
                          This projection is also for {detail.outlook.borrowedFrom.title}.
                        </p>
                      )}
                  </>
                ) : (
                  <p class="muted">No BLS projection.</p>
                )}
                <h3>Education</h3>
                <p>
                  {detail.outlook?.typicalEntryEducation ??
                    detail.education?.typicalLabel ??
                    'not published'}
                </p>
              </section>
            </div>
            {detail.interests && (
              <RiasecChart
                person={person}
                career={detail.interests.scores}
                careerTitle={detail.title}
              />
            )}
            {detail.skills && (
              <section aria-labelledby="d-skills">
                <h3 id="d-skills">Most important skills</h3>
                <ul class="columns">
                  {[...detail.skills]
                    .sort((a, b) => b.importance - a.importance)
                    .slice(0, 8)
                    .map((s) => (
                      <li key={s.id}>
                        {s.name}{' '}
                        <span class="muted">
                          ({formatSkillStepInline(levelToStep(s.level, scale), scale)})
                        </span>
                      </li>
                    ))}
                </ul>
              </section>
            )}
            {detail.tasks.length > 0 && (
              <section aria-labelledby="d-tasks">
                <h3 id="d-tasks">What the work involves</h3>
                <ul>
                  {detail.tasks.slice(0, 6).map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              </section>
            )}
            {tools.length > 0 && (
              <section aria-labelledby="d-tech">
                <h3 id="d-tech">Tools in demand, most relevant first</h3>
                <ol class="tools">
                  {tools.map((t) => (
                    <li key={t.name}>
                      {t.name}{' '}
                      <span class="muted">
                        ({t.inDemand ? 'asked for in this job' : 'in demand across jobs'};{' '}
                        {t.commodityTitle})
                      </span>
                    </li>
                  ))}
                </ol>
                {rec && hasCurrentJob && (
                  <p class="muted">Tools your current job already uses are left out.</p>
                )}
              </section>
            )}
            {detail.related.length > 0 && (
              <section aria-labelledby="d-related">
                <h3 id="d-related">Related occupations</h3>
                <ul class="related">
                  {detail.related.slice(0, 8).map((r) => (
                    <li key={r.code}>
                      <button type="button" class="link" onClick={() => setShown(r.code)}>
                        {r.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {detail.alternateTitles.length > 0 && (
              <p class="muted">Also called: {detail.alternateTitles.slice(0, 8).join(', ')}.</p>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}
