import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepProps } from '../app.js';
import { ApiError, api } from '../api/client.js';
import type { TitleMatch } from '../api/types.js';
import { levelToRating } from '../state/web-state.js';
import { ResumePanel } from './resume-panel.js';

/** Step 1: an optional current job title (autocomplete) whose O*NET profile pre-fills the skills. */
export function StartStep({ state, update, reference }: StepProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (match: TitleMatch) => {
    setBusy(true);
    setError(null);
    try {
      const inferred = await api.infer(match.code);
      update((s) => {
        // The person's own ratings stay; the job fills in the rest.
        const own = Object.fromEntries(
          Object.entries(s.skills).filter(([name]) => !s.skillsFromJob.includes(name)),
        );
        const filled: Record<string, number> = {};
        reference.skills.forEach((skill, i) => {
          const level = inferred.profile.skillLevels[i];
          if (level != null && !(skill.name in own)) {
            filled[skill.name] = levelToRating(level, reference.selfRatingLevels);
          }
        });
        return {
          currentJob: {
            code: inferred.code,
            title: inferred.title,
            interests: inferred.profile.interests ?? null,
            rated: true,
          },
          skills: { ...own, ...filled },
          skillsFromJob: Object.keys(filled),
        };
      });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
        // O*NET has no ratings for this occupation: keep it (it is excluded from the matches)
        // but there is nothing to fill in from it.
        update({
          currentJob: { code: match.code, title: match.title, interests: null, rated: false },
        });
      } else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const clearJob = () =>
    update((s) => ({
      currentJob: null,
      jobDraft: '',
      skills: Object.fromEntries(
        Object.entries(s.skills).filter(([name]) => !s.skillsFromJob.includes(name)),
      ),
      skillsFromJob: [],
    }));

  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        Where are you starting from?
      </h2>
      <p class="lead">
        Five short steps: your current job (optional), what you enjoy, what you can do, what matters
        to you, and any limits. Skip whatever you like; every step you fill in sharpens the matches.
      </p>
      <ResumePanel state={state} update={update} reference={reference} />
      <JobCombobox
        onChoose={choose}
        disabled={busy}
        query={state.jobDraft}
        onQuery={(jobDraft) => update({ jobDraft })}
      />
      <UnpickedWarning draft={state.jobDraft} current={state.currentJob?.title ?? null} />
      <div role="status" class="status">
        {busy && 'Looking up that job…'}
        {!busy && state.currentJob && (
          <div class="notice">
            <p>
              Starting from <strong>{state.currentJob.title}</strong> ({state.currentJob.code}).{' '}
              {state.currentJob.rated
                ? 'We filled in the skills, interests and values typical of this job; you can change any of them in the next steps.'
                : 'O*NET has no skill or interest ratings for this job, so nothing could be filled in: tell us about yourself in the next steps.'}{' '}
              Matches will not include this job itself.
            </p>
            <button type="button" class="secondary small" onClick={clearJob}>
              Start blank instead
            </button>
          </div>
        )}
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {!state.currentJob && (
        <p class="muted">No current job, or rather not say? Just go on to the next step.</p>
      )}
    </>
  );
}

/**
 * Says, before it is dropped, that a typed title is not used until a job is picked from the list
 * (the page never guesses an occupation from free text).
 */
function UnpickedWarning({ draft, current }: { draft: string; current: string | null }) {
  const typed = draft.trim();
  if (typed === '' || draft === current) return null;
  return (
    <p class="notice warning unpicked" role="status">
      {current
        ? `You are still starting from ${current}: “${typed}” is used only once you pick a job from the list.`
        : `“${typed}” is not used until you pick a job from the list: pick the closest one, or clear the box to go on without a job.`}
    </p>
  );
}

/** An ARIA 1.2 combobox over the title search: arrows move, Enter picks, Escape closes. */
function JobCombobox({
  onChoose,
  disabled,
  query,
  onQuery,
}: {
  onChoose: (m: TitleMatch) => void;
  disabled: boolean;
  /** The text in the box (kept in the page state, so an unpicked title can be warned about). */
  query: string;
  onQuery: (query: string) => void;
}) {
  const setQuery = onQuery;
  const [results, setResults] = useState<readonly TitleMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const search = (q: string) => {
    window.clearTimeout(timer.current);
    inFlight.current?.abort();
    if (q.trim().length < 2) {
      setResults([]);
      setOpen(false);
      setMessage('');
      return;
    }
    timer.current = window.setTimeout(() => {
      const controller = new AbortController();
      inFlight.current = controller;
      api.search(q.trim(), controller.signal).then(
        (r) => {
          setResults(r.results);
          setActive(-1);
          setOpen(true);
          setMessage(
            r.results.length === 0
              ? 'No matching job titles.'
              : `${r.results.length} job titles found; use the arrow keys to choose.`,
          );
        },
        (e: Error) => {
          if (e.name !== 'AbortError') setMessage(e.message);
        },
      );
    }, 180);
  };

  const pick = (m: TitleMatch) => {
    setQuery(m.title);
    setOpen(false);
    setResults([]);
    setMessage('');
    onChoose(m);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && results.length > 0) setOpen(true);
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      const m = open ? results[active >= 0 ? active : 0] : undefined;
      if (m) {
        e.preventDefault();
        pick(m);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setQuery('');
    }
  };

  const expanded = open && results.length > 0;
  return (
    <div class="field combobox">
      <label for="job-title">Your current or most recent job title (optional)</label>
      <p id="job-title-hint" class="hint">
        For example “marketing coordinator”, “nurse” or “warehouse worker”. Pick one from the list.
      </p>
      <input
        id="job-title"
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="job-listbox"
        aria-describedby="job-title-hint"
        aria-activedescendant={expanded && active >= 0 ? `job-option-${active}` : undefined}
        value={query}
        // Read-only, not disabled, while the job is looked up: a disabled box loses the focus,
        // which would drop a keyboard user to the top of the page after Enter.
        readOnly={disabled}
        aria-busy={disabled}
        onInput={(e) => {
          const q = (e.currentTarget as HTMLInputElement).value;
          setQuery(q);
          search(q);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <ul id="job-listbox" role="listbox" aria-label="Job titles" hidden={!expanded}>
        {results.map((m, i) => (
          <li
            key={m.code}
            id={`job-option-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : ''}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(m)}
          >
            <span class="option-title">{m.title}</span>
            <span class="option-why">{m.why}</span>
          </li>
        ))}
      </ul>
      <p class="sr-only" role="status">
        {message}
      </p>
    </div>
  );
}
