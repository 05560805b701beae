import { z } from 'zod';
import { selfRatingToLevel } from './user-profile.js';

/**
 * The one skill scale a person reads and types everywhere (page, CLI, explanations, CSV): five
 * plain words, each standing for one level on O*NET's 0–7 LV scale (`selfRatingToLevel`). O*NET
 * anchors its skill levels at 2, 4 and 6 (for Writing: "write down a guest's order at a
 * restaurant", "write an email to staff outlining new directives", "write a novel for
 * publication"), which fall nearest to 2, 3 and 4 here; 1 sits below O*NET's lowest anchor and 5
 * at the top of its scale.
 */
export const SKILL_RATINGS = Object.freeze([
  { rating: 1, label: 'basic', onetLevel: selfRatingToLevel(1) },
  { rating: 2, label: 'developing', onetLevel: selfRatingToLevel(2) },
  { rating: 3, label: 'proficient', onetLevel: selfRatingToLevel(3) },
  { rating: 4, label: 'advanced', onetLevel: selfRatingToLevel(4) },
  { rating: 5, label: 'expert', onetLevel: selfRatingToLevel(5) },
] as const);

/** One step of the skill scale: 1 (basic) … 5 (expert). */
export type SkillRating = (typeof SKILL_RATINGS)[number]['rating'];

/**
 * A step of the skill scale every person reads and types: 1 basic, 2 developing, 3 proficient,
 * 4 advanced, 5 expert (GET /v1/reference `skillScale` maps each onto O*NET's 0–7 levels).
 */
export const skillRatingSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

/** The word of one step of the skill scale, e.g. "advanced". */
export type SkillRatingLabel = (typeof SKILL_RATINGS)[number]['label'];

/** The highest step of the skill scale (5). */
export const MAX_SKILL_RATING = SKILL_RATINGS.length;

/**
 * The step of the skill scale nearest an O*NET level (ties go to the lower step, so a level is
 * never shown as more than it is).
 */
export function toSkillRating(onetLevel: number): SkillRating {
  let best: (typeof SKILL_RATINGS)[number] = SKILL_RATINGS[0];
  for (const step of SKILL_RATINGS) {
    if (Math.abs(step.onetLevel - onetLevel) < Math.abs(best.onetLevel - onetLevel)) best = step;
  }
  return best.rating;
}

/** The word for a step of the skill scale. */
export function skillRatingLabel(rating: SkillRating): SkillRatingLabel {
  return SKILL_RATINGS[rating - 1]!.label;
}

/** A step as a person reads it: `advanced (4 of 5)`. */
export function formatSkillRating(rating: SkillRating): string {
  return `${skillRatingLabel(rating)} (${rating} of ${MAX_SKILL_RATING})`;
}

/** An O*NET level as a person reads it, on the skill scale: `advanced (4 of 5)`. */
export function formatSkillLevel(onetLevel: number): string {
  return formatSkillRating(toSkillRating(onetLevel));
}

/**
 * Reads a step of the skill scale a person typed: a whole number 1–5 or its word, any case
 * ("4", "advanced"); undefined for anything else.
 */
export function parseSkillRating(text: string): SkillRating | undefined {
  const t = text.trim().toLowerCase();
  return SKILL_RATINGS.find((s) => String(s.rating) === t || s.label === t)?.rating;
}
