import { formatWage, type WageValue } from '../core/domain/index.js';
import type { PathwaysResult } from '../app/pathways/index.js';
import type { PathwayStep } from '../core/pathways/index.js';

const wage = (w: WageValue | null) => (w ? formatWage(w) : 'not available');

function formatStep(step: PathwayStep, n: number): string[] {
  const from = step.from?.title ?? 'your stated skills';
  const change =
    step.wage.changeUsd === null
      ? ''
      : ` (${step.wage.changeUsd >= 0 ? '+' : '−'}$${Math.abs(step.wage.changeUsd).toLocaleString('en-US')})`;
  const gaps = step.skillGaps.length
    ? step.skillGaps
        .map((g) => `${g.skill} ${g.currentRating ?? '?'}→${g.requiredRating}`)
        .join(', ')
    : step.skillsRated
      ? 'none'
      : 'not known (O*NET has no skill ratings)';
  return [
    `  ${n}. ${from} → ${step.to.title} (${step.to.code})  [${step.feasibility}${step.onetRelated ? ', O*NET-related' : ''}]`,
    `     skills to close (1–5): ${gaps}${step.skillsShort > step.skillGaps.length ? ` and ${step.skillsShort - step.skillGaps.length} more` : ''}`,
    `     Job Zone ${step.jobZone.from ?? '?'} → ${step.jobZone.to ?? '?'}; median wage ${wage(step.wage.toMedianUsd)}${change}, middle half ${wage(step.wage.toPct25Usd)}–${wage(step.wage.toPct75Usd)}`,
    `     study ${step.time.education.years} y — ${step.time.education.basis}`,
    `     experience ${step.time.experience.years} y — ${step.time.experience.basis}`,
    `     then training ${step.time.training.years} y — ${step.time.training.basis}`,
    ...step.credentials.map((c) => `     ! ${c}`),
    ...step.notes.map((x) => `     note: ${x}`),
  ];
}

/** The pathways answer as terminal text: each route, its steps, the numbers and their bases. */
export function formatPathways(result: PathwaysResult): string {
  const head = `${result.current?.title ?? 'Your stated skills'} → ${result.target.title} (${result.target.code})`;
  const lines = [head, ''];
  if (result.reason) lines.push(result.reason.message, '');
  result.routes.forEach((route, i) => {
    lines.push(`Route ${i + 1}: ${route.summary}`);
    route.steps.forEach((s, k) => lines.push(...formatStep(s, k + 1)));
    lines.push('');
  });
  lines.push('Assumptions:', ...result.assumptions.map((a) => `  - ${a}`));
  return `${lines.join('\n')}\n`;
}
