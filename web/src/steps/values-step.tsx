import { useRef, useState } from 'preact/hooks';
import type { StepProps } from '../app.js';
import { VALUE_TEXT } from '../copy.js';

/** Step 4: the six work values in order of importance (Up/Down buttons or drag and drop). */
export function ValuesStep({ state, update }: StepProps) {
  const [announce, setAnnounce] = useState('');
  const dragged = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const move = (from: number, to: number, focusDir?: 'up' | 'down') => {
    if (to < 0 || to >= state.valueOrder.length || from === to) return;
    const order = [...state.valueOrder];
    const [item] = order.splice(from, 1);
    order.splice(to, 0, item!);
    update({ valueOrder: order, valuesStated: true });
    setAnnounce(`${item} moved to position ${to + 1} of ${order.length}.`);
    if (focusDir) {
      // Keep focus on the moved item's button; at either end use the other one.
      requestAnimationFrame(() => {
        const li = list.current?.children[to];
        const want = li?.querySelector<HTMLButtonElement>(`button[data-dir="${focusDir}"]`);
        const other = li?.querySelector<HTMLButtonElement>(
          `button[data-dir="${focusDir === 'up' ? 'down' : 'up'}"]`,
        );
        (want && !want.disabled ? want : other)?.focus();
      });
    }
  };

  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        What matters most to you at work?
      </h2>
      <p class="lead">
        Put O*NET’s six work values in order, most important first: use the Up and Down buttons, or
        drag a card.
      </p>
      <ol class="values" ref={list}>
        {state.valueOrder.map((name, i) => (
          <li
            key={name}
            draggable
            class="value-card"
            onDragStart={(e) => {
              dragged.current = i;
              e.dataTransfer?.setData('text/plain', name);
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged.current !== null) move(dragged.current, i);
              dragged.current = null;
            }}
          >
            <span class="value-pos" aria-hidden="true">
              {i + 1}
            </span>
            <span class="value-body">
              <strong class="value-name">{name}</strong>
              <span class="value-text">{VALUE_TEXT[name]}</span>
            </span>
            <span class="value-buttons">
              <button
                type="button"
                class="icon"
                data-dir="up"
                aria-label={`Move ${name} up`}
                disabled={i === 0}
                onClick={() => move(i, i - 1, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon"
                data-dir="down"
                aria-label={`Move ${name} down`}
                disabled={i === state.valueOrder.length - 1}
                onClick={() => move(i, i + 1, 'down')}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="sr-only" aria-live="assertive">
        {announce}
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={state.valuesStated}
          onChange={(e) => update({ valuesStated: (e.currentTarget as HTMLInputElement).checked })}
        />
        Use this order when matching (ticked as soon as you move a value)
      </label>
    </>
  );
}
