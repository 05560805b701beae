import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { About } from '../api/types.js';
import { subjectId } from '../state/persistence.js';

/** Attribution (from /v1/about), the privacy note, erase-my-feedback and start-over. */
export function Footer({ about, onStartOver }: { about: About | null; onStartOver: () => void }) {
  const [erase, setErase] = useState<string | null>(null);
  const eraseFeedback = () => {
    setErase('Erasing…');
    api.eraseFeedback(subjectId()).then(
      (r) => setErase(`Erased ${r.deleted} feedback ${r.deleted === 1 ? 'entry' : 'entries'}.`),
      (e: Error) => setErase(e.message),
    );
  };
  return (
    <footer class="site-footer">
      <div class="wrap">
        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">Your data</h2>
          <p>
            No accounts, cookies or tracking. Your answers stay in this browser and go to this
            server only to work out your matches. Feedback is stored with a random id kept in this
            browser, so you can erase it.
          </p>
          <div class="footer-actions">
            <button type="button" class="secondary small" onClick={eraseFeedback}>
              Erase my feedback
            </button>
            <button type="button" class="secondary small" onClick={onStartOver}>
              Start over
            </button>
          </div>
          <p role="status" class="status">
            {erase}
          </p>
        </section>
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          {about ? (
            <>
              <p class="attribution">{about.attribution}</p>
              <p>{about.blsCredit}</p>
              <p class="muted">
                {about.name} {about.version} · {about.data.onetRelease} ·{' '}
                {about.data.rateableOccupations} occupations with ratings · <a href="/docs">API</a>
              </p>
            </>
          ) : (
            <p class="attribution">
              Occupation data: O*NET 30.1 Database, U.S. Department of Labor, Employment and
              Training Administration (USDOL/ETA), CC BY 4.0. Wages and projections: U.S. Bureau of
              Labor Statistics.
            </p>
          )}
        </section>
      </div>
    </footer>
  );
}
