import {
  RIASEC,
  SKILLS,
  WORK_VALUES,
  type RiasecLetter,
  type SkillDescriptor,
} from '../../core/domain/index.js';

/** A name the profile used that matches nothing (or not clearly one thing), with the closest valid names. */
export interface UnknownName {
  readonly field: string;
  readonly value: string;
  readonly suggestions: readonly string[];
  /** True when the word stands for several valid names at once (the suggestions). */
  readonly ambiguous?: boolean;
  /** For currentOccupation: the occupations suggested, with their codes. */
  readonly options?: readonly { readonly code: string; readonly title: string }[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const skillByKey = new Map<string, SkillDescriptor>(
  SKILLS.flatMap((s) => [
    [norm(s.name), s],
    [norm(s.id), s],
  ]),
);

/** Finds a skill by name or element id, case-insensitively. */
export function findSkill(nameOrId: string): SkillDescriptor | undefined {
  return skillByKey.get(norm(nameOrId));
}

const letterByKey = new Map<string, RiasecLetter>(
  RIASEC.flatMap((a) => [
    [norm(a.name), a.letter],
    [norm(a.letter), a.letter],
    [norm(a.id), a.letter],
  ]),
);

/** Finds a RIASEC area by letter, name or element id, case-insensitively. */
export function findInterest(nameOrLetter: string): RiasecLetter | undefined {
  return letterByKey.get(norm(nameOrLetter));
}

const valueByKey = new Map<string, number>(
  WORK_VALUES.flatMap((v, i) => [
    [norm(v.name), i],
    [norm(v.id), i],
  ]),
);

/** Finds a work value's index by name or element id, case-insensitively. */
export function findWorkValue(nameOrId: string): number | undefined {
  return valueByKey.get(norm(nameOrId));
}

/** Valid names per profile field, for "did you mean" suggestions. */
export const VALID_NAMES = Object.freeze({
  skills: SKILLS.map((s) => s.name),
  interests: RIASEC.flatMap((a) => [a.name, a.letter]),
  values: WORK_VALUES.map((v) => v.name),
});
