import { RIASEC, SKILLS, WORK_VALUES, toSkillRating, type Occupation } from '../domain/index.js';
import { technologySimilarity, type CareerProfile, type UserContext } from '../features/index.js';
import {
  NEEDED_IMPORTANCE,
  knownSkillLevel,
  type SkillGap,
  type SkillToCheck,
} from '../ranking/index.js';
import type { Factor, HoldingBack } from './explanation-schema.js';

/** Pay less than this many times the floor is "only a little above" it. */
export const NEAR_FLOOR_RATIO = 1.2;

/** Technology similarity below which a job "uses few of the tools of your current job". */
export const FEW_TOOLS_SIMILARITY = 0.1;

/** What the reasons are judged on. */
export interface HoldingBackInput {
  readonly user: UserContext;
  readonly career: CareerProfile;
  readonly occupation: Occupation;
  readonly gaps: readonly SkillGap[];
  readonly toCheck: readonly SkillToCheck[];
}

/** Reason fields with nothing set. */
type Reason = Omit<HoldingBack, keyof Factor>;
const reason = (r: Reason['reason'], subjects: readonly string[] = []): Reason => ({
  reason: r,
  subjects: [...subjects],
  yourRating: null,
  neededRating: null,
  yourJobZone: null,
});

/**
 * The job's main interest letters the person did not name: among the job's first high points
 * (as many as the person named letters, at least one). Empty when the job's top letters are
 * the person's, then interests do not hold the match back.
 */
export function interestLettersMissed(user: UserContext, career: CareerProfile) {
  const yours = user.topInterests;
  if (yours.length === 0) return [];
  return career.highPoints.slice(0, Math.max(1, yours.length)).filter((l) => !yours.includes(l));
}

function skillReason(input: HoldingBackInput, name: string): Reason | null {
  const { user, career } = input;
  const k = SKILLS.findIndex((s) => s.name === name);
  if (k < 0 || user.profile.skillLevels[k] == null) return null;
  // "Little use of your X" only for a skill the person has above the typical occupation's level.
  if (career.skillImportance[k]! < NEEDED_IMPORTANCE)
    return user.strength[k]! > 0 ? reason('skill-little-used', [name]) : null;
  const known = knownSkillLevel(user, k);
  if (known === null) return null;
  const yours = toSkillRating(known);
  const needed = toSkillRating(career.skillLevels[k]!);
  if (needed <= yours) return null;
  return { ...reason('skill-below-needed', [name]), yourRating: yours, neededRating: needed };
}

function keySkillsReason({ user, career, gaps, toCheck }: HoldingBackInput): Reason | null {
  if (gaps.length > 0)
    return reason(
      'key-skills-below',
      gaps.slice(0, 3).map((g) => g.skill),
    );
  const unstated = career.topSkills
    .filter((k) => user.profile.skillLevels[k] == null)
    .map((k) => SKILLS[k]!.name);
  if (unstated.length === 0) return null;
  // In the order of the skills to check (the text lists those too), then the rest.
  const ordered = [
    ...toCheck.map((c) => c.skill).filter((name) => unstated.includes(name)),
    ...unstated.filter((name) => !toCheck.some((c) => c.skill === name)),
  ];
  return reason('key-skills-unstated', ordered.slice(0, 3));
}

function educationReason({ user, career }: HoldingBackInput): Reason | null {
  const yours = user.profile.currentJobZone;
  const zone = career.jobZone;
  if (yours === null || zone === null || zone === yours) return null;
  return {
    ...reason(zone > yours ? 'more-preparation' : 'less-preparation'),
    yourJobZone: yours,
  };
}

function salaryReason({ user, career }: HoldingBackInput): Reason | null {
  const floor = user.minSalaryUsd;
  const median = career.medianWageUsd;
  if (floor === null || floor <= 0 || median === null) return null;
  if (median < floor) return reason('pay-below-floor');
  return median < floor * NEAR_FLOOR_RATIO ? reason('pay-near-floor') : null;
}

function outlookReason({ occupation }: HoldingBackInput): Reason | null {
  const o = occupation.outlook;
  if (!o || o.brightOutlook || o.changePercent === null || o.changePercent > 0) return null;
  return reason('outlook-not-growing');
}

/** Why factor `f` holds the match back, or null when the data do not bear a reason out. */
function reasonFor(f: Factor, input: HoldingBackInput): Reason | null {
  const { user, career } = input;
  switch (f.kind) {
    case 'skill':
      return skillReason(input, f.label);
    case 'skill-levels':
      return keySkillsReason(input);
    case 'interests': {
      const missed = interestLettersMissed(user, career);
      return missed.length === 0
        ? null
        : reason(
            'interests-differ',
            missed.map((l) => RIASEC.find((a) => a.letter === l)!.name),
          );
    }
    case 'values': {
      const top = career.topValue >= 0 ? WORK_VALUES[career.topValue]!.name : null;
      const yours = user.profile.valueOrder.slice(0, 3);
      return top === null || yours.length === 0 || yours.includes(top)
        ? null
        : reason('values-differ', [top]);
    }
    case 'salary':
      return salaryReason(input);
    case 'education':
      return educationReason(input);
    case 'outlook':
      return outlookReason(input);
    case 'career-profile':
      // The occupation's overall profile is a blend of many things: nothing a person could check.
      return f.id === 'technology' &&
        user.inferredTechnology.terms.length > 0 &&
        technologySimilarity(user.inferredTechnology, career.technology) < FEW_TOOLS_SIMILARITY
        ? reason('tools-differ')
        : null;
  }
}

/**
 * The factor that holds the match back: the most negative factor whose reason the data bear out
 * (a reasonless one, such as the overall profile, or interests when the job's top letters are the
 * person's, is passed over); null when there is none.
 */
export function findHoldingBack(
  factors: readonly Factor[],
  input: HoldingBackInput,
): HoldingBack | null {
  const negative = factors.filter((f) => f.contribution < 0).reverse();
  for (const f of negative) {
    const why = reasonFor(f, input);
    if (why) return { ...f, ...why };
  }
  return null;
}
