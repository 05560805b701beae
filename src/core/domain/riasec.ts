import { z } from 'zod';

/** The six RIASEC interest letters, in O*NET order. */
export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;

/** One RIASEC letter, in answers. */
export const riasecLetterSchema = z.enum(RIASEC_LETTERS);

/** A RIASEC letter. */
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

/** One RIASEC interest area: letter, name and O*NET element id. */
export interface RiasecArea {
  readonly letter: RiasecLetter;
  readonly name: string;
  readonly id: string;
}

/** The six RIASEC areas in O*NET order (element ids 1.B.1.a … 1.B.1.f); vectors use this order. */
export const RIASEC: readonly RiasecArea[] = Object.freeze([
  { letter: 'R', name: 'Realistic', id: '1.B.1.a' },
  { letter: 'I', name: 'Investigative', id: '1.B.1.b' },
  { letter: 'A', name: 'Artistic', id: '1.B.1.c' },
  { letter: 'S', name: 'Social', id: '1.B.1.d' },
  { letter: 'E', name: 'Enterprising', id: '1.B.1.e' },
  { letter: 'C', name: 'Conventional', id: '1.B.1.f' },
]);

/** Position of each RIASEC element id in {@link RIASEC}. */
export const RIASEC_INDEX_BY_ID: ReadonlyMap<string, number> = new Map(
  RIASEC.map((a, i) => [a.id, i]),
);
