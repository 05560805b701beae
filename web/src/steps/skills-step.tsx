import type { StepProps } from '../app.js';
import type { Reference } from '../api/types.js';

type Skill = Reference['skills'][number];

/** Step 3: the 35 skills in O*NET's groups, each rated 1 basic … 5 expert or left "not stated", with anchors. */
export function SkillsStep({ state, update, reference }: StepProps) {
  const rated = Object.keys(state.skills).length;
  const setRating = (name: string, rating: number | null) =>
    update((s) => {
      const skills = { ...s.skills };
      if (rating === null) delete skills[name];
      else skills[name] = rating;
      return { skills, skillsFromJob: s.skillsFromJob.filter((n) => n !== name) };
    });
  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        What can you do?
      </h2>
      <p class="lead">
        Rate the skills you can judge on one scale —{' '}
        {reference.skillScale.map((s) => `${s.rating} ${s.label}`).join(', ')} — and leave the rest
        as “not stated”: an unrated skill counts as unknown, never as zero. Your matches use the
        same words. The examples are O*NET’s: what the skill looks like at a low, middle and high
        level.
      </p>
      <p class="progress-text">
        {rated} of {reference.skills.length} skills rated
        {state.currentJob && state.skillsFromJob.length > 0 && (
          <>
            {' '}
            · {state.skillsFromJob.length} filled in from {state.currentJob.title}
          </>
        )}
        {rated > 0 && (
          <>
            {' · '}
            <button
              type="button"
              class="link"
              onClick={() => update({ skills: {}, skillsFromJob: [] })}
            >
              Clear all ratings
            </button>
          </>
        )}
      </p>
      {reference.skillGroups.map((group) => (
        <section key={group.id} class="skill-group" aria-labelledby={`group-${group.id}`}>
          <h3 id={`group-${group.id}`}>{group.name}</h3>
          {reference.skills
            .filter((s) => s.groupId === group.id)
            .map((skill) => (
              <SkillRating
                key={skill.id}
                skill={skill}
                scale={reference.skillScale}
                rating={state.skills[skill.name] ?? null}
                fromJob={state.skillsFromJob.includes(skill.name)}
                onRate={(r) => setRating(skill.name, r)}
              />
            ))}
        </section>
      ))}
    </>
  );
}

function SkillRating({
  skill,
  scale,
  rating,
  fromJob,
  onRate,
}: {
  skill: Skill;
  scale: Reference['skillScale'];
  rating: number | null;
  fromJob: boolean;
  onRate: (rating: number | null) => void;
}) {
  const hintId = `anchors-${skill.id}`;
  const options: (number | null)[] = [null, ...scale.map((s) => s.rating)];
  const labelOf = (r: number) => scale.find((s) => s.rating === r)?.label ?? '';
  return (
    <fieldset class="skill" aria-describedby={hintId}>
      <legend>
        {skill.name}
        {fromJob && <span class="tag">from your job</span>}
      </legend>
      <div class="rating-options">
        {options.map((r) => (
          <label key={String(r)} class={r === null ? 'not-stated' : ''}>
            <input
              type="radio"
              name={`skill-${skill.id}`}
              value={r === null ? '' : String(r)}
              checked={rating === r}
              onChange={() => onRate(r)}
            />
            <span>
              {r === null ? 'Not stated' : r}
              {r !== null && <span class="sr-only"> of {scale.length}</span>}
              {r !== null && <span class="scale-word"> {labelOf(r)}</span>}
            </span>
          </label>
        ))}
      </div>
      <ul id={hintId} class="anchors">
        {skill.anchors.map((a) => (
          <li key={a.level} class={rating === a.rating ? 'current' : ''}>
            <span class="anchor-level" title={labelOf(a.rating)}>
              {a.rating}
            </span>
            <span class="sr-only"> is like: </span>
            {a.description}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
