import { useEffect, useRef } from 'preact/hooks';
import type { StepProps } from '../app.js';
import { api } from '../api/client.js';
import type { Questionnaire, RiasecLetter } from '../api/types.js';
import { RIASEC_TEXT } from '../copy.js';

const SCALE = ['Strongly dislike', 'Dislike', 'Not sure', 'Like', 'Strongly like'] as const;

/** Step 2: the 30-item like/dislike questionnaire (scored by the API), or letters picked directly. */
export function InterestsStep({
  state,
  update,
  reference,
  questionnaire,
}: StepProps & { questionnaire: Questionnaire }) {
  const answered = Object.keys(state.answers).length;
  const seq = useRef(0);

  // Score after every change, so the results always use the current answers.
  useEffect(() => {
    if (state.interestMode !== 'questionnaire' || answered === 0) return;
    const n = ++seq.current;
    const controller = new AbortController();
    api.score(state.answers, controller.signal).then(
      (r) => {
        if (n !== seq.current) return;
        const scores: Partial<Record<RiasecLetter, number>> = {};
        for (const [l, v] of Object.entries(r.scores))
          if (v !== null) scores[l as RiasecLetter] = v;
        update({ interestScores: scores });
      },
      () => {},
    );
    return () => controller.abort();
  }, [state.answers, state.interestMode]);

  const nameOf = (l: RiasecLetter) => reference.riasec.find((a) => a.letter === l)?.name ?? l;
  const order =
    state.interestMode === 'letters'
      ? state.letters
      : answered > 0 && state.interestScores
        ? (Object.entries(state.interestScores) as [RiasecLetter, number][])
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([l]) => l)
        : [];

  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        What kind of work do you enjoy?
      </h2>
      <fieldset class="choice-row">
        <legend>How would you like to tell us?</legend>
        <label>
          <input
            type="radio"
            name="interest-mode"
            value="questionnaire"
            checked={state.interestMode === 'questionnaire'}
            onChange={() => update({ interestMode: 'questionnaire' })}
          />
          Rate 30 activities (about 3 minutes)
        </label>
        <label>
          <input
            type="radio"
            name="interest-mode"
            value="letters"
            checked={state.interestMode === 'letters'}
            onChange={() => update({ interestMode: 'letters' })}
          />
          Pick interest areas directly
        </label>
      </fieldset>
      {state.currentJob?.rated && order.length === 0 && (
        <p class="muted">
          If you skip this step, we use the interests typical of {state.currentJob.title}.
        </p>
      )}
      {state.interestMode === 'questionnaire' ? (
        <QuestionnaireForm questionnaire={questionnaire} state={state} update={update} />
      ) : (
        <LetterPicker state={state} update={update} reference={reference} />
      )}
      <div class="summary" aria-live="polite">
        <p>
          {order.length > 0
            ? `Your strongest interests: ${order.map(nameOf).join(', ')}.`
            : 'No interests stated yet.'}
        </p>
        {state.interestMode === 'questionnaire' && answered > 0 && state.interestScores && (
          <InterestScores scores={state.interestScores} nameOf={nameOf} />
        )}
      </div>
    </>
  );
}

/** The six scores of the questionnaire (O*NET's 1–7 scale), strongest first, with bars. */
function InterestScores({
  scores,
  nameOf,
}: {
  scores: Readonly<Partial<Record<RiasecLetter, number>>>;
  nameOf: (l: RiasecLetter) => string;
}) {
  const rows = (Object.entries(scores) as [RiasecLetter, number][]).sort((a, b) => b[1] - a[1]);
  return (
    <ul class="interest-scores" aria-label="Your interest scores, 1 (low) to 7 (high)">
      {rows.map(([letter, value]) => (
        <li key={letter} data-letter={letter}>
          <span class="score-name">{nameOf(letter)}</span>
          <span class="score-bar" aria-hidden="true">
            <span style={{ width: `${(Math.max(0, value - 1) / 6) * 100}%` }} />
          </span>
          <span class="score-value">{value.toFixed(1)} of 7</span>
        </li>
      ))}
    </ul>
  );
}

function QuestionnaireForm({
  questionnaire,
  state,
  update,
}: Pick<StepProps, 'state' | 'update'> & { questionnaire: Questionnaire }) {
  const answered = Object.keys(state.answers).length;
  const setAnswer = (id: string, value: number) =>
    update((s) => ({ answers: { ...s.answers, [id]: value } }));
  return (
    <>
      <p class="lead">
        How would you feel about doing each of these at work? There are no right answers, and you do
        not need training for any of them to like it.
      </p>
      <p class="progress-text">
        {answered} of {questionnaire.items.length} answered
        {answered > 0 && (
          <>
            {' · '}
            <button
              type="button"
              class="link"
              onClick={() => update({ answers: {}, interestScores: null })}
            >
              Clear answers
            </button>
          </>
        )}
      </p>
      <ol class="questionnaire">
        {questionnaire.items.map((item, i) => (
          <li key={item.id}>
            <fieldset class="likert">
              <legend>
                <span class="q-num">{i + 1}.</span> {item.activity}
              </legend>
              <div class="likert-options">
                {SCALE.map((label, k) => (
                  <label key={label}>
                    <input
                      type="radio"
                      name={`q-${item.id}`}
                      value={k + 1}
                      checked={state.answers[item.id] === k + 1}
                      onChange={() => setAnswer(item.id, k + 1)}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
    </>
  );
}

function LetterPicker({
  state,
  update,
  reference,
}: Pick<StepProps, 'state' | 'update' | 'reference'>) {
  const toggle = (l: RiasecLetter, on: boolean) =>
    update((s) => ({
      letters: on ? [...s.letters.filter((x) => x !== l), l] : s.letters.filter((x) => x !== l),
    }));
  return (
    <fieldset class="letters">
      <legend>Tick the areas that appeal to you, the strongest first.</legend>
      {reference.riasec.map((a) => {
        const rank = state.letters.indexOf(a.letter);
        return (
          <label key={a.letter} class="letter-card">
            <input
              type="checkbox"
              name="letter"
              value={a.letter}
              checked={rank >= 0}
              onChange={(e) => toggle(a.letter, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class="letter-name">
              {a.name} ({a.letter}){rank >= 0 && <span class="rank"> · choice {rank + 1}</span>}
            </span>
            <span class="letter-text">{RIASEC_TEXT[a.letter]}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
