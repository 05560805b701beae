import type { PathwayRoute } from '../../core/pathways/index.js';
import { PATHWAY_ASSUMPTIONS } from './find-pathways.js';
import type { PathwaysMeasurement, StepShares } from './measure-pathways.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (name: string, s: StepShares) =>
  `| ${name} | ${s.steps} | ${pct(s.onetRelated)} | ${pct(s.careerChangers)} | ${pct(s.either)} |`;

function describeRoute(route: PathwayRoute): string {
  const path = route.via.length ? `via ${route.via.map((v) => v.title).join(' → ')}` : 'direct';
  const parts = route.steps.map((s) => {
    const bits = [
      s.time.education.years ? `study ${s.time.education.years} y` : '',
      s.time.experience.years ? `experience ${s.time.experience.years} y` : '',
    ].filter(Boolean);
    return bits.length ? bits.join(' + ') : '0 y';
  });
  return `${path} (${parts.join('; ')}; ${route.feasibility})`;
}

function needs(route: PathwayRoute): string {
  const last = route.steps[route.steps.length - 1]!;
  const notes = [...route.credentials];
  if (!last.skillsRated)
    notes.push('O*NET has no skill ratings for the target: skill gaps unknown');
  return notes.join('; ') || '–';
}

/** The `pathways` section of docs/EVALUATION.md: step shares, the ten transitions, assumptions. */
export function toPathwaysMarkdown(m: PathwaysMeasurement, command: string): string {
  const lines = [
    '## How do I get there: routes and time to be ready',
    '',
    `Written by \`${command}\`. ${m.pairs} seeded (seed ${m.seed}) pairs of rated occupations, the target at the same Job Zone or above, each answered as \`POST /v1/pathways\` does with \`maxSteps\` 2 from the profile inferred from the current occupation; ${m.answered} got routes. A step counts as a known move when O*NET 30.1 Related Occupations lists the pair (either direction) or the legacy Career Changers Matrix (O*NET 25.x, \`onet_legacy/\`) lists it as a move people made (from → to). Direct moves are the sampled pairs themselves, so their share is the sample's base rate; the stepping-stone steps are what the search chose.`,
    '',
    '| steps | n | O*NET related | Career Changers Matrix | either |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('into or out of a stepping stone (chosen by the search)', m.stoneSteps),
    row('direct moves (the sampled pairs)', m.directSteps),
    row('random pairs of rated occupations (reference)', m.randomPairs),
    '',
    `The best route goes through a stepping stone for ${pct(m.bestViaStone)} of the answered pairs. ${
      m.randomPairs.either > 0
        ? `A stepping-stone step is a known move ${(m.stoneSteps.either / m.randomPairs.either).toFixed(1)}× as often as a random pair of occupations is.`
        : ''
    } The Career Changers Matrix lists about nine moves per occupation, made under older codes, so its share is small for any set of steps.`,
    '',
    '### Ten classic transitions',
    '',
    'Each as the product answers it (the profile inferred from the current occupation, no years in it counted, education = the BLS typical entry education of the current job). "Ready" is the years before the person can be hired in the target (study + related experience, summed over the moves); "with 3 y" counts 3 years already worked in the current job; "then training" is the O*NET median on-the-job training in the target after starting. Up to three routes, best first.',
    '',
    '| from → to | best route | ready | with 3 y | then training | other routes | needs |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...m.classic.map((c) => {
      const [best, ...rest] = c.routes;
      if (!best) return `| ${c.fromWords} → ${c.toWords} | no route | | | | | |`;
      const target = best.steps[best.steps.length - 1]!.to;
      return `| ${c.fromWords} (${c.from}) → ${c.toWords} (${target.title}, ${c.to}) | ${describeRoute(best)} | ${best.readyYears} y | ${c.readyYearsWithThree ?? '–'} y | ${best.trainingYears} y | ${
        rest
          .slice(0, 2)
          .map((r) => `${describeRoute(r)}: ${r.readyYears} y`)
          .join('<br>') || '–'
      } | ${needs(best)} |`;
    }),
    '',
    'What the numbers rest on:',
    '',
    ...PATHWAY_ASSUMPTIONS.map((a) => `- ${a}`),
  ];
  return lines.join('\n');
}
