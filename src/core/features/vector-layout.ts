import { RIASEC, SKILLS, WORK_VALUES } from '../domain/index.js';

/** Length of the shared user/career vector: 35 skills, 6 RIASEC interests, 6 work values. */
export const PROFILE_DIMENSIONS = SKILLS.length + RIASEC.length + WORK_VALUES.length;

/** Offset of the skills in a profile vector. */
export const SKILL_OFFSET = 0;
/** Offset of the six RIASEC interests in a profile vector. */
export const INTEREST_OFFSET = SKILLS.length;
/** Offset of the six work values in a profile vector. */
export const VALUE_OFFSET = SKILLS.length + RIASEC.length;

/** Readable names of the profile dimensions, e.g. `skill:Writing`, `interest:Investigative`. */
export const PROFILE_DIMENSION_NAMES: readonly string[] = Object.freeze([
  ...SKILLS.map((s) => `skill:${s.name}`),
  ...RIASEC.map((a) => `interest:${a.name}`),
  ...WORK_VALUES.map((v) => `value:${v.name}`),
]);
