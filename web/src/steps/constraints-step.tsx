import type { StepProps } from '../app.js';
import type { ChangePreference } from '../api/types.js';

const CHANGES: readonly { value: ChangePreference; label: string }[] = [
  { value: 'close', label: 'A close move: keep most of what I do' },
  { value: 'balanced', label: 'Whatever fits best' },
  { value: 'new-direction', label: 'A new direction: away from my current kind of job' },
];

/** The one question on how big a change the person wants (only with a current job). */
function ChangeQuestion({ state, update }: Pick<StepProps, 'state' | 'update'>) {
  return (
    <fieldset class="fields">
      <legend>How big a change do you want from {state.currentJob?.title ?? 'your job'}?</legend>
      {CHANGES.map((c) => (
        <label key={c.value} class="check">
          <input
            type="radio"
            name="change"
            value={c.value}
            checked={state.change === c.value}
            onChange={() => update({ change: c.value })}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Step 5: hard limits: salary floor, most preparation, fields to target or avoid, Bright Outlook; and how big a change. */
export function ConstraintsStep({ state, update, reference }: StepProps) {
  const zone = reference.jobZones.find((z) => z.zone === state.maxJobZone);
  const groups = reference.socMajorGroups.filter((g) => g.occupations > 0);
  const toggleGroup = (code: string, on: boolean) =>
    update((s) => ({
      socMajorGroups: on
        ? [...s.socMajorGroups.filter((g) => g !== code), code].sort()
        : s.socMajorGroups.filter((g) => g !== code),
    }));
  const toggleAvoid = (code: string, on: boolean) =>
    update((s) => ({
      avoidSocMajorGroups: on
        ? [...s.avoidSocMajorGroups.filter((g) => g !== code), code].sort()
        : s.avoidSocMajorGroups.filter((g) => g !== code),
    }));
  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        Any limits?
      </h2>
      <p class="lead">
        All optional. Occupations outside these limits are left out of your matches.
      </p>
      {state.currentJob ? <ChangeQuestion state={state} update={update} /> : null}
      <div class="field">
        <label for="min-salary">Lowest median pay you would consider (US dollars a year)</label>
        <p id="min-salary-hint" class="hint">
          Compared with the BLS national median. The BLS publishes the highest wages only as
          “$239,200 or more”; those count as at least that.
        </p>
        <input
          id="min-salary"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000000}
          step={1000}
          aria-describedby="min-salary-hint"
          value={state.minSalaryUsd ?? ''}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).valueAsNumber;
            update({ minSalaryUsd: Number.isFinite(v) && v > 0 ? Math.round(v) : null });
          }}
        />
      </div>
      <div class="field">
        <label for="max-zone">Most preparation you are willing to take on</label>
        <select
          id="max-zone"
          aria-describedby="max-zone-hint"
          value={state.maxJobZone === null ? '' : String(state.maxJobZone)}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            update({ maxJobZone: v === '' ? null : Number(v) });
          }}
        >
          <option value="">Any amount</option>
          {reference.jobZones.map((z) => (
            <option key={z.zone} value={String(z.zone)}>
              Up to {z.name}
            </option>
          ))}
        </select>
        <p id="max-zone-hint" class="hint">
          {zone
            ? zone.education
            : 'O*NET Job Zones run from 1 (little or no preparation) to 5 (extensive preparation).'}
        </p>
      </div>
      <fieldset class="fields">
        <legend>Only these fields (leave all unticked for any field)</legend>
        <div class="field-grid">
          {groups.map((g) => (
            <label key={g.code} class="check">
              <input
                type="checkbox"
                name="field"
                value={g.code}
                checked={state.socMajorGroups.includes(g.code)}
                onChange={(e) => toggleGroup(g.code, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                {g.name} <span class="muted">({g.occupations})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="fields">
        <legend>Avoid these fields</legend>
        <div class="field-grid">
          {groups.map((g) => (
            <label key={g.code} class="check">
              <input
                type="checkbox"
                name="avoid-field"
                value={g.code}
                checked={state.avoidSocMajorGroups.includes(g.code)}
                onChange={(e) => toggleAvoid(g.code, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{g.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={state.brightOutlookOnly}
          onChange={(e) =>
            update({ brightOutlookOnly: (e.currentTarget as HTMLInputElement).checked })
          }
        />
        Only occupations with a Bright Outlook (growing fast or with many openings, 2024–34)
      </label>
    </>
  );
}
