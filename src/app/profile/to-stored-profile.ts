import { RIASEC, WORK_VALUES, type UserProfile } from '../../core/domain/index.js';
import { AppError } from '../../errors.js';
import type { ProfileInput } from './profile-schema.js';
import { findInterest, findWorkValue } from './resolve-names.js';
import { resolveSkill } from './resolve-skill.js';

type Scored = NonNullable<ProfileInput['interests']>;

function canonicalName(field: string, value: string, find: (s: string) => string | undefined) {
  const id = find(value);
  // resolveProfile has accepted the profile first, so every name resolves; this guards misuse.
  if (id === undefined) throw new AppError('UNKNOWN_NAME', `${field}: unknown name "${value}".`);
  return id;
}

function toStoredScores(
  input: Scored | undefined,
  field: string,
  find: (s: string) => string | undefined,
): Scored | undefined {
  if (input === undefined) return undefined;
  if (Array.isArray(input)) {
    // Six scores stay numbers; an order of names keeps its order (duplicates included: rank counts).
    return input.map((x) => (typeof x === 'number' ? x : canonicalName(field, x, find))) as Scored;
  }
  const map: Record<string, number> = {};
  for (const [name, score] of Object.entries(input)) map[canonicalName(field, name, find)] = score;
  return map;
}

const interestId = (s: string) => {
  const letter = findInterest(s);
  return RIASEC.find((a) => a.letter === letter)?.id;
};
const valueId = (s: string) => {
  const i = findWorkValue(s);
  return i === undefined ? undefined : WORK_VALUES[i]!.id;
};

/**
 * The profile as it is kept with feedback: every name replaced by its O*NET element id, the
 * current occupation (code or job title as typed) by the resolved O*NET-SOC code, and only the
 * schema's fields rebuilt one by one, so no text the person typed is stored (past jobs only
 * with their resolved codes). It is still a valid
 * ProfileInput and resolves to the same UserProfile as the original.
 */
export function toStoredProfile(
  input: ProfileInput,
  resolved: UserProfile,
  experienceCodes: readonly string[] = [],
): ProfileInput {
  const skillId = (s: string) => resolveSkill(s).resolved?.id;
  const skills = input.skills?.map((s) => {
    if (typeof s === 'string') return canonicalName('skills', s, skillId);
    return {
      name: canonicalName('skills', s.name, skillId),
      ...(s.level !== undefined ? { level: s.level } : {}),
      ...(s.rating !== undefined ? { rating: s.rating } : {}),
    };
  });
  const interests = toStoredScores(input.interests, 'interests', interestId);
  const values = toStoredScores(input.values, 'values', valueId);
  const c = input.constraints;
  const constraints = c && {
    ...(c.minSalaryUsd !== undefined ? { minSalaryUsd: c.minSalaryUsd } : {}),
    ...(c.maxJobZone !== undefined ? { maxJobZone: c.maxJobZone } : {}),
    ...(c.socMajorGroups !== undefined ? { socMajorGroups: [...c.socMajorGroups] } : {}),
    ...(c.excludeCodes !== undefined ? { excludeCodes: [...c.excludeCodes] } : {}),
    ...(c.brightOutlookOnly !== undefined ? { brightOutlookOnly: c.brightOutlookOnly } : {}),
  };
  return {
    ...(skills !== undefined ? { skills } : {}),
    ...(interests !== undefined ? { interests } : {}),
    ...(values !== undefined ? { values } : {}),
    ...(constraints !== undefined ? { constraints } : {}),
    ...(resolved.currentOccupation !== null
      ? { currentOccupation: resolved.currentOccupation }
      : {}),
    // Past jobs by their resolved codes (`experienceCodes`, in order), never as typed.
    ...(input.experience && experienceCodes.length === input.experience.length
      ? {
          experience: input.experience.map((j, k) => ({
            occupation: experienceCodes[k]!,
            years: j.years,
          })),
        }
      : {}),
  };
}
