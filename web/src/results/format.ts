import type { Recommendation, Reference, SkillGap, WageValue } from '../api/types.js';
import { levelToRating } from '../state/web-state.js';

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** A BLS wage as text, honest about top-coding: `$96,800`, `$239,200 or more`, `not published`. */
export function formatWage(value: WageValue | null | undefined): string {
  if (!value || value.kind === 'unknown') return 'not published';
  return value.kind === 'atLeast' ? `${usd(value.usd)} or more` : usd(value.usd);
}

/** The outlook in a few words: change over 2024–34 and yearly openings. */
export function formatOutlook(outlook: Recommendation['outlook']): string {
  if (!outlook) return 'no BLS projection';
  const parts: string[] = [];
  if (outlook.changePercent !== null) {
    parts.push(`${outlook.changePercent > 0 ? '+' : ''}${outlook.changePercent}% by 2034`);
  }
  if (outlook.annualOpeningsThousands !== null) {
    const n = Math.round(outlook.annualOpeningsThousands * 1000);
    parts.push(`${n.toLocaleString('en-US')} openings a year`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no BLS projection';
}

/** The skill scale as /v1/reference gives it: 1 basic … 5 expert, with each step's O*NET level. */
export type SkillScale = Reference['skillScale'];

/** A step of the skill scale as every part of the page writes it: `advanced (4 of 5)`. */
export function formatSkillStep(rating: number, scale: SkillScale): string {
  const step = scale.find((s) => s.rating === rating);
  return step ? `${step.label} (${rating} of ${scale.length})` : `${rating} of ${scale.length}`;
}

/** A step inside parentheses, where nested ones would read badly: `advanced, 4 of 5`. */
export function formatSkillStepInline(rating: number, scale: SkillScale): string {
  const step = scale.find((s) => s.rating === rating);
  return `${step ? `${step.label}, ` : ''}${rating} of ${scale.length}`;
}

/** The step of the skill scale nearest an O*NET level (ties to the lower step, as the API does). */
export function levelToStep(level: number, scale: SkillScale): number {
  return levelToRating(
    level,
    scale.map((s) => s.onetLevel),
  );
}

/** A skill gap in the words of the skill scale: "Science to advanced (4 of 5)". */
export function formatSkillGap(gap: SkillGap, scale: SkillScale): string {
  const to = formatSkillStep(gap.requiredRating, scale);
  if (gap.currentRating === null) return `${gap.skill} to ${to}`;
  const from =
    scale.find((s) => s.rating === gap.currentRating)?.label ?? String(gap.currentRating);
  return `${gap.skill} from ${from} to ${to}`;
}

/**
 * Needed skills the person did not mention, as a sentence that says so: "Worth checking (you did
 * not mention them): Reading Comprehension at advanced (4 of 5) and Speaking at proficient (3 of 5)."
 */
export function formatSkillsToCheck(
  skills: readonly { skill: string; requiredRating: SkillGap['requiredRating'] }[],
  scale: SkillScale,
): string | null {
  if (skills.length === 0) return null;
  const items = skills.map((s) => `${s.skill} at ${formatSkillStep(s.requiredRating, scale)}`);
  const list =
    items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
  const them = skills.length === 1 ? 'it' : 'them';
  return `Worth checking (you did not mention ${them}): ${list}.`;
}

/**
 * The tools of a recommendation as a sentence, saying which kind of demand: asked for in this
 * job's postings (O*NET In Demand) or across all postings (Hot Technology).
 */
export function formatTools(tools: Recommendation['toolsInDemand']): string | null {
  if (tools.length === 0) return null;
  const own = tools.filter((t) => t.inDemand).map((t) => t.name);
  const wide = tools.filter((t) => !t.inDemand).map((t) => t.name);
  return [
    own.length > 0 ? `Tools employers ask for in this job: ${own.join(', ')}.` : null,
    wide.length > 0
      ? `${own.length > 0 ? 'Also in' : 'In'} demand across job postings: ${wide.join(', ')}.`
      : null,
  ]
    .filter((x): x is string => x !== null)
    .join(' ');
}
