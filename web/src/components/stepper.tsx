import { STEPS, type StepId } from '../state/web-state.js';

/** The steps as a numbered list of buttons; the current one is marked for screen readers. */
export function Stepper({ current, onGo }: { current: StepId; onGo: (step: StepId) => void }) {
  const index = STEPS.findIndex((s) => s.id === current);
  return (
    <nav class="stepper" aria-label="Steps">
      <ol>
        {STEPS.map((s, i) => (
          <li key={s.id} class={i === index ? 'current' : i < index ? 'done' : ''}>
            <button
              type="button"
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onGo(s.id)}
            >
              <span class="num" aria-hidden="true">
                {i + 1}
              </span>
              <span class="label">{s.label}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
