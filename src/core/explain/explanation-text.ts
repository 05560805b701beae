import { formatSkillRating } from '../domain/index.js';
import type { ExplanationFacts } from './explanation-schema.js';
import { letterName } from './explanation-facts.js';
import { figuresText, toolsText } from './figures-text.js';
import { skillGapsText } from './skill-level-text.js';

/** Deterministic choice among phrasings, so one template is not repeated card after card. */
function pick<T>(options: readonly T[], key: string): T {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return options[(h >>> 0) % options.length]!;
}

const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function whyItFits(f: ExplanationFacts): string | null {
  const parts: string[] = [];
  if (f.skillsThatFit.length > 0) {
    const skills = list(f.skillsThatFit.slice(0, 3));
    parts.push(
      pick(
        [
          `your ${skills} are put to real use here`,
          `it draws on your ${skills}`,
          `it leans on ${skills}, which you bring`,
        ],
        `${f.code}:skills`,
      ),
    );
  }
  if (f.interests.shared.length > 0) {
    const names = list(f.interests.shared.map(letterName));
    parts.push(
      pick(
        [
          `it suits your ${names} interests`,
          `the work is ${names} in character, like your interests`,
        ],
        `${f.code}:int`,
      ),
    );
  }
  if (f.values.shared && f.values.careerTop) {
    parts.push(
      pick(
        [
          `it offers what you value most (${f.values.careerTop})`,
          `${f.values.careerTop}, your top work value, is what this job rewards`,
        ],
        `${f.code}:val`,
      ),
    );
  }
  if (parts.length === 0) return null;
  const opener = pick(
    ['This looks like a fit because', 'Why it fits:', 'It stands out because'],
    `${f.code}:open`,
  );
  return `${opener} ${parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}` : parts[0]}.`;
}

function holdingBack(f: ExplanationFacts): string | null {
  const h = f.holdingBack;
  if (!h) return null;
  const what =
    h.kind === 'skill'
      ? `how ${h.label} fits the job`
      : h.kind === 'interests'
        ? `the interest match (the job is ${list(f.interests.career.map(letterName)) || 'not clearly typed'}, you said ${list(f.interests.yours.map(letterName)) || 'nothing'})`
        : h.kind === 'salary'
          ? `the pay against your salary floor`
          : h.kind === 'education'
            ? `the preparation it needs (Job Zone ${f.education.jobZone ?? 'unknown'})`
            : h.label;
  return pick(
    [`The main thing holding it back is ${what}.`, `What holds this match back most: ${what}.`],
    `${f.code}:back`,
  );
}

function resemblance(f: ExplanationFacts): string | null {
  if (f.resemblesBestMatches.length === 0) return null;
  const titles = list(f.resemblesBestMatches);
  return pick(
    [
      `It also resembles the occupations that fit you best: ${titles}.`,
      `Part of the match is how close it is to your best-fitting occupations (${titles}).`,
    ],
    `${f.code}:prf`,
  );
}

/** The caveat of an estimated profile, with the occupations it was estimated from. */
export function estimatedProfileText(from: readonly string[] | null): string | null {
  if (from === null) return null;
  return `O*NET has not rated this occupation's skills; its profile is estimated from ${from.length > 0 ? `the rated occupations most like it (${list(from)})` : 'similar rated occupations'}.`;
}

function nextSteps(f: ExplanationFacts): string | null {
  const steps: string[] = [];
  if (f.gaps.length > 0) steps.push(`build ${skillGapsText(f.gaps.slice(0, 3))}`);
  if (f.education.typicalEntryEducation)
    steps.push(`typical entry: ${f.education.typicalEntryEducation.toLowerCase()}`);
  const tools = toolsText(f.toolsInDemand, f.toolsLeaveOutCurrentJob);
  if (tools) steps.push(tools);
  return steps.length > 0 ? `Next steps: ${steps.join('; ')}.` : null;
}

function counterfactual(f: ExplanationFacts): string | null {
  const c = f.counterfactuals[0];
  if (!c) return null;
  return pick(
    [
      `Raising ${c.skill} to ${formatSkillRating(c.toRating)} would move this match from ${c.fromPercent}% to ${c.toPercent}%.`,
      `With ${c.skill} at ${formatSkillRating(c.toRating)}, this match would rise from ${c.fromPercent}% to ${c.toPercent}%.`,
    ],
    `${f.code}:cf`,
  );
}

/** The deterministic explanation text, rendered only from the facts. */
export function toExplanationText(f: ExplanationFacts): string {
  return [
    whyItFits(f) ?? `${f.title} is a ${f.matchPercent}% match on the profile you gave.`,
    holdingBack(f),
    estimatedProfileText(f.profileEstimatedFrom),
    resemblance(f),
    figuresText(f),
    nextSteps(f),
    counterfactual(f),
  ]
    .filter((s): s is string => s !== null && s.length > 0)
    .join(' ');
}
