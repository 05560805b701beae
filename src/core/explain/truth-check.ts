import { RIASEC, SKILLS, WORK_VALUES, toSkillRating, type Occupation } from '../domain/index.js';
import {
  FEATURES,
  PROFILE_DIMENSIONS,
  featureApplies,
  technologySimilarity,
  type CareerProfile,
  type UserContext,
} from '../features/index.js';
import type { ExplanationFacts, HoldingBack } from './explanation-schema.js';

/** The rules every explanation keeps; a violation names one. */
export const TRUTH_RULES = [
  'strength',
  'gap',
  'to-check',
  'not-applicable',
  'holding-back',
  'skill-mention',
  'filler',
  'grammar',
] as const;

/** One broken rule, with what broke it. */
export interface Violation {
  readonly rule: (typeof TRUTH_RULES)[number];
  readonly detail: string;
}

/** One explanation and the data it must be true of. */
export interface TruthCheckInput {
  readonly user: UserContext;
  readonly career: CareerProfile;
  readonly occupation: Occupation;
  readonly facts: ExplanationFacts;
  readonly text: string;
}

const skillIndex = (name: string) => SKILLS.findIndex((s) => s.name === name);
const letterOf = (name: string) => RIASEC.find((a) => a.name === name)?.letter;

/** The person's level of skill k when stated with one or given by their current job, else null. */
function levelOf(user: UserContext, k: number): number | null {
  const level = user.profile.skillLevels[k] ?? null;
  return user.profile.skillSources[k] === 'stated-default' ? null : level;
}
const mentioned = (user: UserContext, k: number) => user.profile.skillLevels[k] != null;

/**
 * Checks one explanation against the data, rule by rule, independently of how it was built:
 * strengths are skills the person has that the job uses (importance ≥ 3) at or near their level;
 * gaps are skills the person has below the level needed, skills to check ones they did not
 * mention; every factor applies to the person; what holds the match back is negative and its
 * reason is true; the text names a skill only as one of those, builds only gaps, never says
 * "how X fits the job", agrees in number and writes lists as English ("A, B and C").
 */
export function checkExplanation(input: TruthCheckInput): Violation[] {
  return [
    ...checkSkills(input),
    ...checkApplicable(input),
    ...checkHoldingBack(input),
    ...checkText(input),
  ];
}

function checkSkills({ user, career, facts }: TruthCheckInput): Violation[] {
  const out: Violation[] = [];
  for (const name of facts.skillsThatFit) {
    const k = skillIndex(name);
    const known = k < 0 ? null : levelOf(user, k);
    const required = career.skillLevels[k] ?? 0;
    const ok =
      k >= 0 &&
      mentioned(user, k) &&
      career.skillImportance[k]! >= 3 &&
      (known === null ||
        (required - known < 1 &&
          toSkillRating(required) <= toSkillRating(known) &&
          toSkillRating(known) - toSkillRating(required) <= 1));
    if (!ok) out.push({ rule: 'strength', detail: `${name} is not a strength for ${career.code}` });
  }
  for (const g of facts.gaps) {
    const k = skillIndex(g.skill);
    const known = k < 0 ? null : levelOf(user, k);
    if (known === null || known !== g.currentLevel || g.requiredRating <= toSkillRating(known))
      out.push({ rule: 'gap', detail: `${g.skill} is not a skill the person has below the need` });
  }
  for (const c of facts.skillsToCheck) {
    const k = skillIndex(c.skill);
    if (k < 0 || mentioned(user, k) || facts.gaps.some((g) => g.skill === c.skill))
      out.push({ rule: 'to-check', detail: `${c.skill} was mentioned, so it is not one to check` });
  }
  return out;
}

/**
 * A factor applies when one of its features does; a fit feature (strength × emphasis) applies
 * where the person said something about the dimension (non-zero strength).
 */
function checkApplicable({ user, facts }: TruthCheckInput): Violation[] {
  const applies = (j: number) =>
    featureApplies(FEATURES[j]!, user) &&
    (FEATURES[j]!.block !== 'fit' || user.strength[j - 2 * PROFILE_DIMENSIONS] !== 0);
  return facts.factors
    .filter((f) => !FEATURES.some((feature, j) => feature.factor?.id === f.id && applies(j)))
    .map((f) => ({ rule: 'not-applicable' as const, detail: `factor ${f.id} does not apply` }));
}

function checkHoldingBack(input: TruthCheckInput): Violation[] {
  const h = input.facts.holdingBack;
  if (!h) return [];
  const bad = (detail: string): Violation[] => [{ rule: 'holding-back', detail }];
  const listed = input.facts.factors.find((f) => f.id === h.id);
  if (h.contribution >= 0 || !listed || listed.contribution !== h.contribution)
    return bad(`${h.id} does not pull the score down`);
  return reasonHolds(h, input) ? [] : bad(`${h.reason} (${h.subjects.join(', ')}) is not true`);
}

/** Whether a holding-back reason is true of the person and the job. */
function reasonHolds(h: HoldingBack, { user, career, occupation }: TruthCheckInput): boolean {
  const ks = h.subjects.map(skillIndex);
  const floor = user.minSalaryUsd ?? 0;
  const median = career.medianWageUsd;
  const zone = user.profile.currentJobZone;
  switch (h.reason) {
    case 'skill-below-needed': {
      const known = levelOf(user, ks[0]!);
      return (
        h.kind === 'skill' &&
        h.subjects.length === 1 &&
        known !== null &&
        toSkillRating(known) === h.yourRating &&
        toSkillRating(career.skillLevels[ks[0]!]!) === h.neededRating &&
        h.neededRating > h.yourRating
      );
    }
    case 'skill-little-used':
      return (
        h.kind === 'skill' &&
        ks.length === 1 &&
        mentioned(user, ks[0]!) &&
        user.strength[ks[0]!]! > 0 &&
        career.skillImportance[ks[0]!]! < 3
      );
    case 'key-skills-below':
      return ks.length > 0 && ks.every((k) => hasBelowNeeded(user, career, k));
    case 'key-skills-unstated':
      return ks.length > 0 && ks.every((k) => !mentioned(user, k) && career.topSkills.includes(k));
    case 'interests-differ': {
      const yours = user.topInterests;
      const top = career.highPoints.slice(0, Math.max(1, yours.length));
      const letters = h.subjects.map(letterOf);
      return (
        yours.length > 0 &&
        letters.length > 0 &&
        letters.every((l) => l !== undefined && top.includes(l) && !yours.includes(l))
      );
    }
    case 'values-differ': {
      const top = career.topValue >= 0 ? WORK_VALUES[career.topValue]!.name : null;
      const yours = user.profile.valueOrder.slice(0, 3);
      return top !== null && h.subjects[0] === top && yours.length > 0 && !yours.includes(top);
    }
    case 'pay-below-floor':
      return median !== null && floor > 0 && median < floor;
    case 'pay-near-floor':
      return median !== null && floor > 0 && median >= floor && median < 1.2 * floor;
    case 'more-preparation':
    case 'less-preparation':
      return (
        zone !== null &&
        h.yourJobZone === zone &&
        career.jobZone !== null &&
        (h.reason === 'more-preparation' ? career.jobZone > zone : career.jobZone < zone)
      );
    case 'outlook-not-growing': {
      const o = occupation.outlook;
      return !!o && !o.brightOutlook && o.changePercent !== null && o.changePercent <= 0;
    }
    case 'tools-differ':
      return (
        h.id === 'technology' &&
        user.inferredTechnology.terms.length > 0 &&
        technologySimilarity(user.inferredTechnology, career.technology) < 0.1
      );
  }
}

function hasBelowNeeded(user: UserContext, career: CareerProfile, k: number): boolean {
  const known = k < 0 ? null : levelOf(user, k);
  return known !== null && toSkillRating(career.skillLevels[k]!) > toSkillRating(known);
}

/** Skill names, longest first (so "Judgment and Decision Making" is read whole). */
const SKILL_NAMES = SKILLS.map((s) => s.name).sort((a, b) => b.length - a.length);
const NAME = `(?:${SKILL_NAMES.join('|')})`;
const NAME_RE = new RegExp(`\\b${NAME}\\b`, 'g');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the data strings that may contain a skill's name (titles, tools) blanked. */
function withoutDataStrings(text: string, f: ExplanationFacts): string {
  const education = f.education.typicalEntryEducation;
  const strings = [
    f.title,
    ...f.resemblesBestMatches,
    ...f.hotTechnologies,
    f.salary.borrowedFrom?.title ?? '',
    f.outlook.borrowedFrom?.title ?? '',
    education ?? '',
    education?.toLowerCase() ?? '',
  ]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of strings)
    out = out.replace(new RegExp(`(?<![\\w])${escapeRe(s)}(?![\\w])`, 'g'), '…');
  return out;
}

function checkText({ user, facts, text }: TruthCheckInput): Violation[] {
  const out: Violation[] = [];
  const t = withoutDataStrings(text, facts);
  const named = new Set([
    ...facts.skillsThatFit,
    ...facts.gaps.map((g) => g.skill),
    ...facts.skillsToCheck.map((c) => c.skill),
    ...(facts.holdingBack?.subjects ?? []),
    ...facts.counterfactuals.map((c) => c.skill),
  ]);
  for (const m of t.matchAll(NAME_RE))
    if (!named.has(m[0]))
      out.push({ rule: 'skill-mention', detail: `${m[0]} is named without a fact behind it` });
  const gaps = new Set(facts.gaps.map((g) => g.skill));
  const build = /\bbuild ([^;.]*)/.exec(t)?.[1] ?? '';
  for (const m of build.matchAll(NAME_RE))
    if (!gaps.has(m[0])) out.push({ rule: 'skill-mention', detail: `"build ${m[0]}": not a gap` });
  for (const m of t.matchAll(new RegExp(`Raising (${NAME})`, 'g')))
    if (!gaps.has(m[1]!)) out.push({ rule: 'skill-mention', detail: `"Raising ${m[1]}"` });
  const hasJob = user.profile.currentOccupation !== null || user.profile.inferred != null;
  if (!hasJob && /current job/.test(t))
    out.push({ rule: 'not-applicable', detail: 'talks of a current job the person did not give' });
  if (/\bhow [^.;]* fits the job\b|\bundefined\b|\bnull\b|\bNaN\b/.test(t))
    out.push({ rule: 'filler', detail: 'vague or empty words' });
  out.push(...checkGrammar(t));
  return out;
}

/** "your X is", "your X and Y are"; lists of names end in "and", never in a comma. */
function checkGrammar(t: string): Violation[] {
  const out: Violation[] = [];
  const list = new RegExp(`your (${NAME}(?:(?:, | and )${NAME})*) (is|are)\\b`, 'g');
  for (const m of t.matchAll(list)) {
    const plural = [...m[1]!.matchAll(NAME_RE)].length > 1;
    if ((m[2] === 'are') !== plural) out.push({ rule: 'grammar', detail: m[0] });
  }
  const commas = new RegExp(`${NAME}(?:, ${NAME})+(?! and |, )`, 'g');
  for (const m of t.matchAll(commas))
    out.push({ rule: 'grammar', detail: `list without "and": ${m[0]}` });
  return out;
}
