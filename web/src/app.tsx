import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api } from './api/client.js';
import type { About, Questionnaire, Reference } from './api/types.js';
import { Footer } from './components/footer.js';
import { Stepper } from './components/stepper.js';
import { ResultsStep } from './results/results-step.js';
import { clearState, loadInitialState, saveState } from './state/persistence.js';
import { INITIAL_STATE, STEPS, type StepId, type WebState } from './state/web-state.js';
import { ConstraintsStep } from './steps/constraints-step.js';
import { InterestsStep } from './steps/interests-step.js';
import { SkillsStep } from './steps/skills-step.js';
import { StartStep } from './steps/start-step.js';
import { ValuesStep } from './steps/values-step.js';

/** A change to the state: a partial state or a function of the current one. */
export type Update = (patch: Partial<WebState> | ((s: WebState) => Partial<WebState>)) => void;

/** What every step gets. */
export interface StepProps {
  readonly state: WebState;
  readonly update: Update;
  readonly reference: Reference;
  readonly goTo: (step: StepId) => void;
  /** /v1/about (null until loaded or when it failed): attribution and whether an LLM is set up. */
  readonly about: About | null;
}

/** The page: loads the reference lists, keeps the profile, shows one step at a time. */
export function App() {
  const [initial] = useState(loadInitialState);
  const [state, setState] = useState<WebState>(initial.state);
  const [reference, setReference] = useState<Reference | null>(null);
  const [questionnaire, setQuestionnaire] = useState<Questionnaire | null>(null);
  const [about, setAbout] = useState<About | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const focusStep = useRef(false);

  useEffect(() => {
    // A shared profile is now this browser's; the address goes back to plain.
    if (initial.fromLink) history.replaceState(null, '', location.pathname + location.search);
    Promise.all([api.reference(), api.questionnaire()])
      .then(([r, q]) => {
        setReference(r);
        setQuestionnaire(q);
      })
      .catch((e: Error) => setLoadError(e.message));
    api.about().then(setAbout, () => setAbout(null));
  }, []);

  useEffect(() => saveState(state), [state]);

  const update: Update = useCallback(
    (patch) => setState((s) => ({ ...s, ...(typeof patch === 'function' ? patch(s) : patch) })),
    [],
  );
  const goTo = useCallback((step: StepId) => {
    focusStep.current = true;
    setState((s) => ({ ...s, step }));
  }, []);
  const startOver = useCallback(() => {
    clearState();
    focusStep.current = true;
    setState(INITIAL_STATE);
  }, []);

  useLayoutEffect(() => {
    if (!focusStep.current) return;
    focusStep.current = false;
    document.getElementById('step-heading')?.focus();
    window.scrollTo({ top: 0 });
  }, [state.step]);

  const stepIndex = STEPS.findIndex((s) => s.id === state.step);
  useEffect(() => {
    document.title = `${STEPS[stepIndex]?.label ?? 'Start'} — Find your next career`;
  }, [stepIndex]);
  const props = reference ? { state, update, reference, goTo, about } : null;

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <div class="wrap">
          <h1>Find your next career</h1>
          <p class="tagline">
            A few minutes about what you enjoy and what you can do; ranked occupations with the
            reasons, the pay and what to learn next.
          </p>
        </div>
      </header>
      <div class="wrap">
        <Stepper current={state.step} onGo={goTo} />
      </div>
      <main id="main" class="wrap" tabIndex={-1}>
        {loadError && (
          <div class="notice error" role="alert">
            <p>The page could not load its lists: {loadError}</p>
            <button type="button" onClick={() => location.reload()}>
              Try again
            </button>
          </div>
        )}
        {!props && !loadError && (
          <p role="status" class="loading">
            Loading…
          </p>
        )}
        {props && (
          <section class={`step step-${state.step}`} aria-labelledby="step-heading">
            {state.step === 'start' && <StartStep {...props} />}
            {state.step === 'interests' && questionnaire && (
              <InterestsStep {...props} questionnaire={questionnaire} />
            )}
            {state.step === 'skills' && <SkillsStep {...props} />}
            {state.step === 'values' && <ValuesStep {...props} />}
            {state.step === 'constraints' && <ConstraintsStep {...props} />}
            {state.step === 'results' && <ResultsStep {...props} />}
            <StepActions index={stepIndex} goTo={goTo} />
          </section>
        )}
      </main>
      <Footer about={about} onStartOver={startOver} />
    </>
  );
}

function StepActions({ index, goTo }: { index: number; goTo: (step: StepId) => void }) {
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  return (
    <div class="step-actions">
      {prev && (
        <button type="button" class="secondary" onClick={() => goTo(prev.id)}>
          Back<span class="sr-only">: {prev.label}</span>
        </button>
      )}
      {next && (
        <button type="button" class="primary" onClick={() => goTo(next.id)}>
          {next.id === 'results' ? 'See my matches' : `Next: ${next.label}`}
        </button>
      )}
    </div>
  );
}
