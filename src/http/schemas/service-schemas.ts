import { z } from 'zod';
import { FEEDBACK_OUTCOMES, FEEDBACK_RATINGS } from '../../app/ports/index.js';
import { list, onetCodeSchema, riasecLetterSchema } from './common-schemas.js';

/** The subject id a client keeps to erase its feedback later (same rule as in the request). */
export const subjectIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'subjectId is 8–64 letters, digits, - or _');

/** POST /v1/feedback: the stored record, without the profile snapshot. */
export const feedbackCreatedSchema = z
  .object({
    id: z.number().int().describe('The stored record id.'),
    subjectId: z.string().nullable(),
    code: onetCodeSchema,
    rating: z.enum(FEEDBACK_RATINGS).nullable(),
    outcome: z.enum(FEEDBACK_OUTCOMES).nullable(),
    modelVersion: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'FeedbackCreated' });

/** DELETE /v1/feedback/subjects/:subjectId: the path parameter. */
export const subjectParamsSchema = z.object({ subjectId: subjectIdSchema }).strict();

/** DELETE /v1/feedback/subjects/:subjectId: how many events were erased. */
export const feedbackDeletedSchema = z.object({
  subjectId: z.string(),
  deleted: z.number().int(),
});

/** GET /v1/feedback/count: optional occupation filter. */
export const feedbackCountQuerySchema = z
  .object({
    code: z
      .string()
      .regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code looks like 15-1252.00')
      .optional(),
  })
  .strict();

/** GET /v1/feedback/count: the number of stored events. */
export const feedbackCountSchema = z.object({
  code: z.string().nullable(),
  count: z.number().int(),
});

/** GET /v1/model: the active model (or null) and the baseline. */
export const modelInfoSchema = z
  .object({
    active: z
      .object({
        version: z.string(),
        createdAt: z.string(),
        dataRelease: z.string(),
        metrics: z.unknown(),
      })
      .nullable(),
    baseline: z.object({ version: z.string(), description: z.string() }),
    history: list(
      z.object({
        version: z.string(),
        activated: z.boolean(),
        reason: z.string(),
        decidedAt: z.string(),
        metrics: z
          .unknown()
          .describe(
            'The numbers behind the decision: each held-out check (candidate and active means, the paired-bootstrap improvement with its 95% interval, the tolerance, the verdict).',
          ),
      }),
    ).describe(
      'The recent promotion decisions, newest first: every trained candidate, whether it was activated and why.',
    ),
  })
  .meta({ id: 'ModelInfo' });

/** POST /v1/admin/retrain: what the training run reported. */
export const retrainResponseSchema = z
  .record(z.string(), z.unknown())
  .describe('The training report: version, metrics and whether it was activated.');

/** POST /v1/admin/models/{version}/activate: the version now active and the one it replaced. */
export const activationResponseSchema = z.object({
  version: z.string(),
  previous: z.string().nullable(),
});

/** GET /v1/questionnaire: the interest items to rate 1–5. */
export const questionnaireSchema = z.object({
  scale: z.object({ min: z.literal(1), max: z.literal(5) }),
  items: list(z.object({ id: z.string(), activity: z.string(), letter: riasecLetterSchema })),
});

/** POST /v1/questionnaire/score: RIASEC scores ready to use as `interests`. */
export const questionnaireScoresSchema = z.object({
  scores: z.record(riasecLetterSchema, z.number().nullable()),
  order: list(riasecLetterSchema),
  answered: z.number().int(),
});

/** GET /v1/about: releases, counts and the O*NET attribution. */
export const aboutSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    data: z.object({
      onetRelease: z.string(),
      blsRelease: z.string(),
      occupations: z.number().int(),
      rateableOccupations: z.number().int(),
    }),
    attribution: z.string().describe('The CC BY 4.0 attribution O*NET requires.'),
    blsCredit: z.string(),
    license: z.string(),
    llm: z
      .object({
        configured: z.boolean(),
        model: z.string().nullable(),
      })
      .describe(
        'Whether an LLM can reword explanations here ("llm": true in a recommendation request); the deterministic text stands whenever it cannot.',
      ),
  })
  .meta({ id: 'About' });

/** GET /healthz. */
export const healthSchema = z.object({ status: z.literal('ok') });

/** GET /readyz: each check and, when not ready, the reasons. */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  reasons: list(z.string()),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string() })),
});
