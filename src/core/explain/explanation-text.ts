import { formatSkillRating, formatWage, skillRatingLabel } from '../domain/index.js';
import type { ExplanationFacts, HoldingBack } from './explanation-schema.js';
import { letterName } from './explanation-facts.js';
import { figuresText, listText as list, toolsText } from './figures-text.js';
import { skillGapsText, skillsToCheckText } from './skill-level-text.js';

/** Deterministic choice among phrasings, so one template is not repeated card after card. */
function pick<T>(options: readonly T[], key: string): T {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return options[(h >>> 0) % options.length]!;
}

/** "is" for one thing, "are" for several. */
const isAre = (n: number) => (n === 1 ? 'is' : 'are');

function whyItFits(f: ExplanationFacts): string | null {
  const parts: string[] = [];
  if (f.skillsThatFit.length > 0) {
    const shown = f.skillsThatFit.slice(0, 3);
    const skills = list(shown);
    parts.push(
      pick(
        [
          `your ${skills} ${isAre(shown.length)} put to real use here`,
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

/** What holds the match back, in words from its reason's facts. */
function holdingBackWhat(h: HoldingBack, f: ExplanationFacts): string {
  const subjects = list(h.subjects);
  const n = h.subjects.length;
  switch (h.reason) {
    case 'skill-below-needed':
      return `your ${subjects} (${skillRatingLabel(h.yourRating!)}) is below the ${skillRatingLabel(h.neededRating!)} level it needs`;
    case 'skill-little-used':
      return `it makes little use of your ${subjects}`;
    case 'key-skills-below':
      return `it needs more ${subjects} than you have`;
    case 'key-skills-unstated':
      return `you did not mention its key ${n === 1 ? 'skill' : 'skills'} ${subjects}`;
    case 'interests-differ':
      return `${subjects} ${n === 1 ? 'is one of the job’s main interests' : 'are among the job’s main interests'} but not among yours`;
    case 'values-differ':
      return `what it rewards most, ${subjects}, is not among your top work values`;
    case 'pay-below-floor':
      return `its median pay (${f.salary.medianText}) is below your floor (${formatWage({ kind: 'exact', usd: f.salary.floorUsd! })})`;
    case 'pay-near-floor':
      return `its median pay (${f.salary.medianText}) is only a little above your floor (${formatWage({ kind: 'exact', usd: f.salary.floorUsd! })})`;
    case 'more-preparation':
    case 'less-preparation':
      return `it needs ${h.reason === 'more-preparation' ? 'more' : 'less'} preparation (Job Zone ${f.education.jobZone}) than your current job (Job Zone ${h.yourJobZone})`;
    case 'outlook-not-growing': {
      const change = f.outlook.changePercent!;
      const whose = f.outlook.borrowedFrom ? ` (figures for ${f.outlook.borrowedFrom.title})` : '';
      return change < 0
        ? `employment in it is projected to fall ${Math.abs(change)}%${whose}`
        : `employment in it is not projected to grow${whose}`;
    }
    case 'tools-differ':
      return 'it uses few of the tools and technology of your current job';
  }
}

/** A shrinking or small occupation: its outlook is what holds it back in the ranking. */
function outlookHoldsBack(f: ExplanationFacts): string | null {
  const c = f.outlookConcern;
  if (!c) return null;
  const than = c.kind === 'small' ? 'larger' : 'growing';
  return `What holds it back: ${c.note.charAt(0).toLowerCase()}${c.note.slice(1)}, so it ranks below ${than} occupations that fit nearly as well.`;
}

function holdingBack(f: ExplanationFacts): string | null {
  if (f.outlookConcern) return outlookHoldsBack(f);
  const h = f.holdingBack;
  if (!h) return null;
  const what = holdingBackWhat(h, f);
  return pick(
    [`What holds it back: ${what}.`, `It is held back because ${what}.`],
    `${f.code}:back`,
  );
}

function resemblance(f: ExplanationFacts): string | null {
  if (f.resemblesBestMatches.length === 0) return null;
  // Titles with commas of their own ("Packers and Packagers, Hand") are set apart by semicolons.
  const titles = f.resemblesBestMatches.some((t) => t.includes(','))
    ? `${f.resemblesBestMatches.slice(0, -1).join('; ')}${f.resemblesBestMatches.length > 1 ? '; and ' : ''}${f.resemblesBestMatches.at(-1)}`
    : list(f.resemblesBestMatches);
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
  const toCheck = f.skillsToCheck.slice(0, 3);
  if (toCheck.length > 0)
    steps.push(
      `worth checking, as you did not mention ${toCheck.length === 1 ? 'it' : 'them'}: ${skillsToCheckText(toCheck)}`,
    );
  if (f.education.typicalEntryEducation)
    steps.push(`typical entry: ${f.education.typicalEntryEducation.toLowerCase()}`);
  const tools = toolsText(f.toolsInDemand, f.toolsLeaveOutCurrentJob);
  if (tools) steps.push(tools);
  return steps.length > 0 ? `Next steps: ${steps.join('; ')}.` : null;
}

function counterfactual(f: ExplanationFacts): string | null {
  const c = f.counterfactuals[0];
  if (!c) return null;
  // A skill the person did not mention is not one to raise: they may have it already.
  if (c.fromLevel === null)
    return `If you have ${c.skill} at ${formatSkillRating(c.toRating)}, this match would be ${c.toPercent}% instead of ${c.fromPercent}%.`;
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
    f.payAgainstCurrentJob ? `${f.payAgainstCurrentJob.text}.` : null,
    nextSteps(f),
    counterfactual(f),
  ]
    .filter((s): s is string => s !== null && s.length > 0)
    .join(' ');
}
