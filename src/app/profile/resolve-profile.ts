import {
  DEFAULT_STATED_SKILL_LEVEL,
  inferProfileFromOccupation,
  RIASEC,
  SKILLS,
  WORK_VALUES,
  parseOnetCode,
  selfRatingToLevel,
  type Occupation,
  type OnetCode,
  type RiasecLetter,
  type SkillLevelSource,
  type UserProfile,
} from '../../core/domain/index.js';
import { AppError } from '../../errors.js';
import {
  INTEREST_PROFILER_MAX,
  isInterestProfilerScale,
  type ProfileInput,
} from './profile-schema.js';
import { closestNames } from './suggest.js';
import { combineExperience } from './combine-experience.js';
import { VALID_NAMES, findInterest, findWorkValue, type UnknownName } from './resolve-names.js';
import type {
  OccupationResolution,
  ProfileResolution,
  SkillResolution,
} from './profile-resolution-schema.js';
import { resolveSkill } from './resolve-skill.js';
import { resolveTitle, type TitleFinder } from './resolve-title.js';
import { unknownNamesError } from './unknown-names-error.js';

/** What resolving a profile needs from the catalog. */
export interface ProfileResolver {
  /** The occupation with this code, if any. */
  readonly findOccupation: (code: OnetCode) => Occupation | undefined;
  /** Occupations whose titles match a typed job title, best first (the title search). */
  readonly findTitles?: TitleFinder;
}

/** A resolved profile together with how its names were resolved. */
export interface ResolvedProfile {
  readonly profile: UserProfile;
  readonly resolved: ProfileResolution;
}

/** Score given to the k-th letter or value named in order of preference: 1, 0.8, 0.6 … */
export const rankScore = (rank: number) => Math.max(0.2, 1 - 0.2 * rank);

type Scores = { scores: number[]; order: string[] } | null;

function resolveScores(
  input: ProfileInput['interests'] | ProfileInput['values'],
  field: 'interests' | 'values',
  names: readonly string[],
  find: (s: string) => number | undefined,
  unknown: UnknownName[],
): Scores {
  if (input === undefined) return null;
  const scores = new Array<number>(names.length).fill(0);
  const given = Array.isArray(input)
    ? input.filter((x): x is number => typeof x === 'number')
    : Object.values(input);
  // Interest Profiler raw scores (0–40) map linearly onto the same 0–1 strength as O*NET's 1–7.
  const toScore =
    field === 'interests' && isInterestProfilerScale(given)
      ? (x: number) => Math.min(1, Math.max(0, x / INTEREST_PROFILER_MAX))
      : (x: number) => Math.min(1, Math.max(0, (x - 1) / 6));
  if (Array.isArray(input) && input.every((x) => typeof x === 'number')) {
    (input as number[]).forEach((x, i) => (scores[i] = toScore(x)));
  } else {
    const entries: [string, number | null][] = Array.isArray(input)
      ? (input as string[]).map((n) => [n, null])
      : Object.entries(input as Record<string, number>);
    entries.forEach(([name, score], rank) => {
      const i = find(name);
      if (i === undefined) {
        unknown.push({ field, value: name, suggestions: closestNames(name, VALID_NAMES[field]) });
      } else scores[i] = score === null ? rankScore(rank) : toScore(score);
    });
  }
  const order = names
    .map((n, i) => ({ n, s: scores[i] ?? 0 }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .map((x) => x.n);
  return { scores, order };
}

function resolveOccupation(
  input: string,
  resolver: ProfileResolver,
  unknown: UnknownName[],
): { occupation: Occupation; resolution: OccupationResolution } | null {
  const code = parseOnetCode(input);
  if (code) {
    const occupation = resolver.findOccupation(code);
    if (occupation) {
      const resolution: OccupationResolution = {
        input,
        how: 'code',
        code: occupation.code,
        title: occupation.title,
        confidence: 'exact',
        matchedTitle: null,
        matchedField: null,
        why: `${occupation.code} is the O*NET-SOC code of ${occupation.title}`,
        alsoListedFor: [],
      };
      return { occupation, resolution };
    }
    unknown.push({ field: 'currentOccupation', value: input, suggestions: [] });
    return null;
  }
  const outcome = resolver.findTitles
    ? resolveTitle(input, resolver.findTitles)
    : { resolved: null, suggestions: [] };
  const occupation = outcome.resolved ? resolver.findOccupation(outcome.resolved.code) : undefined;
  if (outcome.resolved && occupation) {
    return { occupation, resolution: { input, how: 'title', ...outcome.resolved } };
  }
  unknown.push({
    field: 'currentOccupation',
    value: input,
    suggestions: outcome.resolved ? [] : outcome.suggestions.map((o) => `${o.title} (${o.code})`),
    options: outcome.resolved ? [] : outcome.suggestions,
  });
  return null;
}

/**
 * Resolves names to O*NET element order and merges what the person stated with what their
 * current occupation implies (stated wins). Collects every unknown name before failing.
 */
export function resolveProfile(input: ProfileInput, resolver: ProfileResolver): UserProfile {
  return resolveProfileOutLoud(input, resolver).profile;
}

/**
 * `resolveProfile`, also saying what each typed name was resolved to and how sure: a job title
 * only when it is one of the occupation's titles (up to spelling), a skill by its O*NET name, id
 * or an everyday word for exactly one skill. Anything less is answered with a "did you mean"
 * question (AppError UNKNOWN_NAME), never a silent guess.
 */
export function resolveProfileOutLoud(
  input: ProfileInput,
  resolver: ProfileResolver,
): ResolvedProfile {
  const unknown: UnknownName[] = [];
  const jobs = (input.experience ?? []).map((job) => ({
    years: job.years,
    found: resolveOccupation(job.occupation, resolver, unknown),
  }));
  const resolvedJobs = jobs.flatMap((j) =>
    j.found ? [{ occupation: j.found.occupation, years: j.years }] : [],
  );
  const found = input.currentOccupation
    ? resolveOccupation(input.currentOccupation, resolver, unknown)
    : (jobs[0]?.found ?? null);
  const current = found?.occupation ?? null;
  const skillResolutions: SkillResolution[] = [];
  const inferred =
    resolvedJobs.length > 0 && resolvedJobs.length === jobs.length
      ? combineExperience(
          // A current occupation other than the latest job counts as a new job (half a year).
          current && current.code !== resolvedJobs[0]!.occupation.code
            ? [{ occupation: current, years: 0 }, ...resolvedJobs]
            : resolvedJobs,
        )
      : current
        ? inferProfileFromOccupation(current)
        : null;
  const levels: (number | null)[] = inferred
    ? [...inferred.skillLevels]
    : new Array(SKILLS.length).fill(null);
  const sources: (SkillLevelSource | null)[] = inferred
    ? [...inferred.skillSources]
    : new Array(SKILLS.length).fill(null);

  for (const s of input.skills ?? []) {
    const nameOrId = typeof s === 'string' ? s : s.name;
    const outcome = resolveSkill(nameOrId);
    if (!outcome.resolved) {
      unknown.push({
        field: 'skills',
        value: nameOrId,
        suggestions: outcome.suggestions,
        ...(outcome.reason === 'ambiguous' ? { ambiguous: true } : {}),
      });
      continue;
    }
    skillResolutions.push(outcome.resolved);
    const skill = outcome.skill;
    const i = SKILLS.indexOf(skill);
    const stated =
      typeof s === 'string'
        ? undefined
        : (s.level ?? (s.rating !== undefined ? selfRatingToLevel(s.rating) : undefined));
    if (stated !== undefined) {
      levels[i] = stated;
      sources[i] = 'stated';
    } else if (sources[i] !== 'inferred') {
      levels[i] = DEFAULT_STATED_SKILL_LEVEL;
      sources[i] = 'stated-default';
    }
  }

  const riasecNames = RIASEC.map((a) => a.name);
  const interests = resolveScores(
    input.interests,
    'interests',
    riasecNames,
    (n) => {
      const letter = findInterest(n);
      return letter === undefined ? undefined : RIASEC.findIndex((a) => a.letter === letter);
    },
    unknown,
  );
  const valueNames = WORK_VALUES.map((v) => v.name);
  const values = resolveScores(input.values, 'values', valueNames, findWorkValue, unknown);

  if (unknown.length > 0) throw unknownNamesError(unknown);

  const letterOf = (name: string) => RIASEC.find((a) => a.name === name)!.letter;
  const profile: UserProfile = {
    skillLevels: levels,
    skillSources: sources,
    interests: interests?.scores ?? inferred?.interests ?? null,
    interestOrder: interests
      ? interests.order.map(letterOf)
      : (inferred?.interestOrder ?? ([] as RiasecLetter[])),
    values: values?.scores ?? inferred?.values ?? null,
    valueOrder: values ? values.order : (inferred?.valueOrder ?? []),
    constraints: input.constraints ?? {},
    currentOccupation: current?.code ?? null,
    currentJobZone: current?.jobZone ?? null,
    inferred: inferred?.inferred ?? null,
  };
  const saysSomething =
    levels.some((l) => l !== null) || profile.interests !== null || profile.values !== null;
  if (!saysSomething && current) {
    throw new AppError(
      'VALIDATION_FAILED',
      `O*NET has no skill, interest or work-value ratings for ${current.title} (${current.code}) yet, so nothing can be inferred from it. Add skills, interests or values to the profile.`,
      { field: 'currentOccupation', code: current.code },
    );
  }
  if (!saysSomething) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The profile says nothing to match on: give at least one of skills, interests, values or currentOccupation.',
    );
  }
  return {
    profile,
    resolved: {
      currentOccupation: found?.resolution ?? null,
      ...(input.experience ? { experience: jobs.map((j) => j.found!.resolution) } : {}),
      skills: skillResolutions,
    },
  };
}
