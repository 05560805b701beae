import { useState } from 'preact/hooks';
import type { StepProps } from '../app.js';
import { ApiError, api } from '../api/client.js';
import type { TextProfile } from '../api/types.js';
import { LETTERS, levelToRating } from '../state/web-state.js';

type Evidence = TextProfile['evidence'][number];

/** The text read and what was found in it (kept in the page only, never saved or shared). */
interface Reading {
  readonly text: string;
  readonly result: TextProfile;
  readonly truncated: boolean;
}

const RATING_WORDS = ['basic', 'developing', 'proficient', 'advanced', 'expert'];

/**
 * "Paste your résumé or describe what you do" (or upload it): the server reads it into a profile;
 * the page shows the inferred skills with the words that led to them highlighted in the text,
 * and every skill can be adjusted or removed before ranking.
 */
export function ResumePanel({
  state,
  update,
  reference,
}: Pick<StepProps, 'state' | 'update' | 'reference'>) {
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [focus, setFocus] = useState<string | null>(null);

  const apply = (text: string, result: TextProfile, truncated: boolean) => {
    setReading({ text, result, truncated });
    setFocus(result.skills[0]?.name ?? null);
    const best = result.occupations[0]!;
    const skills: Record<string, number> = {};
    for (const s of result.skills)
      skills[s.name] = levelToRating(s.level, reference.selfRatingLevels);
    const interests = Array.isArray(result.profile.interests)
      ? (result.profile.interests as number[]).map((x) => (x - 1) / 6)
      : null;
    // The best match becomes the starting job; the skills read from the text are the person's
    // own ratings from now on (they can change or remove any).
    update({
      currentJob: { code: best.code, title: best.title, interests, rated: true },
      jobDraft: best.title,
      skills,
      skillsFromJob: [],
    });
  };

  const run = async (
    read: () => Promise<{ text: string; result: TextProfile; truncated: boolean }>,
  ) => {
    setBusy(true);
    setError(null);
    try {
      const { text, result, truncated } = await read();
      apply(text, result, truncated);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const readText = () =>
    run(async () => ({ text: draft, result: await api.fromText(draft), truncated: false }));
  const readFile = (file: File) =>
    run(async () => {
      const r = await api.fromFile(file);
      setDraft(r.text);
      return { text: r.text, result: r, truncated: r.truncated };
    });

  const setRating = (name: string, rating: number | null) =>
    update((s) => {
      const skills = { ...s.skills };
      if (rating === null) delete skills[name];
      else skills[name] = rating;
      return { skills };
    });

  const shown = reading?.result.skills.filter((s) => s.name in state.skills) ?? [];
  return (
    <section class="resume" aria-labelledby="resume-heading">
      <h3 id="resume-heading">Paste your résumé or describe what you do</h3>
      <p class="hint" id="resume-hint">
        A CV, a few sentences about your work, or a job ad you liked. It is read on the server to
        find the matching O*NET occupations and skills, and is not kept.
      </p>
      <textarea
        id="resume-text"
        rows={8}
        maxLength={20000}
        aria-labelledby="resume-heading"
        aria-describedby="resume-hint"
        value={draft}
        disabled={busy}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="resume-actions">
        <button
          type="button"
          id="resume-read"
          disabled={busy || draft.trim() === ''}
          onClick={readText}
        >
          Read my text
        </button>
        <label class="file-button">
          Or upload a file (.pdf, .docx, .txt, .md)
          <input
            id="resume-file"
            type="file"
            accept=".pdf,.docx,.txt,.md"
            disabled={busy}
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void readFile(file);
            }}
          />
        </label>
      </div>
      <div role="status" class="status">
        {busy && 'Reading…'}
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {reading && (
        <div class="resume-result">
          <p>
            It reads most like <strong>{reading.result.occupations[0]!.title}</strong>
            {reading.result.occupations.length > 1 &&
              `, then ${reading.result.occupations
                .slice(1, 3)
                .map((o) => o.title)
                .join(' and ')}`}
            . We start from there; the skills below are now yours to change.
            {reading.truncated && ' Only the first 20,000 characters of the file were read.'}
          </p>
          <ul class="inferred-skills" aria-label="Skills read from your text">
            {shown.map((s) => (
              <li key={s.name} class={focus === s.name ? 'focus' : ''} data-skill={s.name}>
                <button
                  type="button"
                  class="link skill-name"
                  aria-pressed={focus === s.name}
                  onClick={() => setFocus(s.name)}
                >
                  {s.name}
                </button>
                <select
                  aria-label={`${s.name}: your level`}
                  value={String(state.skills[s.name])}
                  onChange={(e) =>
                    setRating(s.name, Number((e.currentTarget as HTMLSelectElement).value))
                  }
                >
                  {RATING_WORDS.map((w, i) => (
                    <option key={w} value={String(i + 1)}>
                      {i + 1} {w}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="secondary small remove-skill"
                  aria-label={`Remove ${s.name}`}
                  onClick={() => setRating(s.name, null)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {reading.result.technologies.length > 0 && (
            <p class="muted">
              Tools you name: {reading.result.technologies.map((t) => t.name).join(', ')}
            </p>
          )}
          <p class="hint">
            Highlighted: the words that led to {focus ? <strong>{focus}</strong> : 'the matches'}.
          </p>
          <HighlightedText text={reading.text} evidence={reading.result.evidence} focus={focus} />
          <p class="muted">
            Interests read from it: {interestWords(reading.result)}. Change anything in the next
            steps.
          </p>
        </div>
      )}
    </section>
  );
}

function interestWords(result: TextProfile): string {
  const scores = result.profile.interests;
  if (!Array.isArray(scores)) return 'none';
  return (scores as number[])
    .map((v, i) => ({ v, l: LETTERS[i]! }))
    .sort((a, b) => b.v - a.v)
    .slice(0, 2)
    .map((x) => x.l)
    .join(', ');
}

/**
 * The text with every evidence word marked; the words that support `focus` (a skill) are
 * marked `focus`. Offsets come from the server and index the same text.
 */
function HighlightedText({
  text,
  evidence,
  focus,
}: {
  text: string;
  evidence: readonly Evidence[];
  focus: string | null;
}) {
  const cuts = new Set([0, text.length]);
  const spans = evidence.flatMap((e) =>
    e.words.map((w) => ({ ...w, focus: e.for === 'skill' && e.name === focus })),
  );
  for (const s of spans) {
    cuts.add(Math.min(s.start, text.length));
    cuts.add(Math.min(s.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts = points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const inside = spans.filter((s) => s.start <= start && s.end >= end);
    const piece = text.slice(start, end);
    if (inside.length === 0) return piece;
    return (
      <mark key={start} class={inside.some((s) => s.focus) ? 'evidence focus' : 'evidence'}>
        {piece}
      </mark>
    );
  });
  return (
    <pre class="resume-text" aria-label="Your text with the evidence highlighted">
      {parts}
    </pre>
  );
}
