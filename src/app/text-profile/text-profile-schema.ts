import { z } from 'zod';
import { profileInputSchema } from '../profile/index.js';

/** The longest text read (a long résumé is about 8,000 characters). */
export const MAX_TEXT_CHARS = 20_000;

/** POST /v1/profiles/from-text: a résumé, a few sentences or a job ad the person liked. */
export const fromTextRequestSchema = z
  .object({
    text: z
      .string()
      .max(
        MAX_TEXT_CHARS,
        `the text is longer than ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters: paste the most recent jobs only`,
      ),
  })
  .strict()
  .meta({
    example: {
      text: 'Marketing coordinator at a software company. Planned social media campaigns, wrote the newsletter and tracked results in Google Analytics and Excel. Before that, 3 years as a retail sales associate.',
    },
  });

/** A validated from-text request. */
export type FromTextRequest = z.infer<typeof fromTextRequestSchema>;

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** One piece of evidence: a stretch of the text, what it supports and what in O*NET it matched. */
export const textEvidenceSchema = z.object({
  /** What the evidence supports. */
  for: z.enum(['occupation', 'skill', 'interest', 'technology']),
  /** The occupation title, skill name, RIASEC area or technology it supports. */
  name: z.string(),
  /** The O*NET-SOC code, when it supports an occupation. */
  code: z.string().optional(),
  /** Character offsets [start, end) of the supporting text. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The words inside it that matched (offsets), for highlighting. */
  words: z.array(span),
  /** Which O*NET text it matched: a task statement, a title, a technology or a commodity class, or a skill word. */
  matchedKind: z.enum(['task', 'title', 'technology', 'commodity', 'skill-word']),
  /** That O*NET text as written. */
  matched: z.string(),
  /** How much it weighed (sentence–statement cosine, or a title's/technology's specificity). */
  weight: z.number(),
});

/** One piece of evidence. */
export type TextEvidenceItem = z.infer<typeof textEvidenceSchema>;

/** An inferred skill with its level and why. */
export const inferredSkillSchema = z.object({
  name: z.string(),
  /** O*NET level (0–7), the match-weighted mean over the best-matching occupations. */
  level: z.number(),
  /** O*NET importance (1–5), weighted the same way. */
  importance: z.number(),
  /** True when the text names the skill in everyday words ("negotiating", "teaching"). */
  named: z.boolean(),
});

/** The answer of POST /v1/profiles/from-text. */
export const textProfileSchema = z.object({
  /** Accepted as it is by POST /v1/recommendations. */
  profile: profileInputSchema,
  /** The occupations the text most likely describes, best first. */
  occupations: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      /** Sum of the evidence weights (tasks + titles + technologies). */
      score: z.number(),
      /** Share of the profile this occupation contributed (0 when not used). */
      share: z.number(),
    }),
  ),
  skills: z.array(inferredSkillSchema),
  /** Technologies and tools the text names, as O*NET writes them. */
  technologies: z.array(z.object({ name: z.string(), occupations: z.number().int() })),
  evidence: z.array(textEvidenceSchema),
  /** How the profile was made: 'deterministic' or 'llm-assisted'. */
  method: z.enum(['deterministic', 'llm-assisted']),
});

/** The answer of POST /v1/profiles/from-text. */
export type TextProfile = z.infer<typeof textProfileSchema>;

/** The answer of POST /v1/profiles/from-file: the text profile, the text read and whether it was cut. */
export const fileProfileSchema = textProfileSchema.extend({
  /** The text read from the file (the evidence offsets point into it). */
  text: z.string(),
  /** True when the file had more than 20,000 characters of text and only its beginning was read. */
  truncated: z.boolean(),
});

/** The answer of POST /v1/profiles/from-file. */
export type FileProfile = z.infer<typeof fileProfileSchema>;

/**
 * POST /v1/profiles/from-file: the file's type (its extension). Only the type is sent, never the
 * file name, which often holds the person's name and would otherwise reach the request log.
 */
export const fromFileQuerySchema = z
  .object({ type: z.enum(['pdf', 'docx', 'txt', 'md']) })
  .strict();
