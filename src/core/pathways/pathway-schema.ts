import { z } from 'zod';
import { skillRatingSchema, wageValueSchema } from '../domain/index.js';

/** An occupation named in a route. */
export const routeOccupationSchema = z.object({ code: z.string(), title: z.string() });

/** One number of the time estimate and the assumption it rests on. */
export const timeFigureSchema = z.object({
  years: z.number().describe('Years, rounded to a tenth.'),
  basis: z
    .string()
    .describe('Where the number comes from: the BLS/O*NET category, or our assumption.'),
});

/** A skill the step asks for above the level the person has at that point. */
export const stepSkillGapSchema = z.object({
  skillId: z.string(),
  skill: z.string(),
  requiredRating: skillRatingSchema.describe('What the occupation needs (1 basic … 5 expert).'),
  currentRating: skillRatingSchema
    .nullable()
    .describe('What the person has at this point of the route; null when not stated.'),
  importance: z.number().describe('Importance for the occupation (O*NET IM, 1–5).'),
});

/** One move of a route: from one job (or the stated profile) into the next. */
export const pathwayStepSchema = z
  .object({
    from: routeOccupationSchema.nullable().describe('Null: from the stated profile, no job given.'),
    to: routeOccupationSchema,
    onetRelated: z
      .boolean()
      .describe('O*NET 30.1 lists the two occupations as related (either direction).'),
    skillGaps: z
      .array(stepSkillGapSchema)
      .describe('The largest gaps this move closes (at most five), biggest first.'),
    skillsShort: z.number().int().describe('How many needed skills (IM ≥ 3) are short.'),
    skillsRated: z.boolean().describe('False when O*NET has no skill ratings for `to`.'),
    jobZone: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }),
    wage: z.object({
      fromMedianUsd: wageValueSchema.nullable(),
      toMedianUsd: wageValueSchema.nullable(),
      changeUsd: z
        .number()
        .nullable()
        .describe('Median to minus median from, when both are known.'),
      toPct25Usd: wageValueSchema.nullable(),
      toPct75Usd: wageValueSchema.nullable(),
    }),
    time: z.object({
      education: timeFigureSchema.describe('Study before the move.'),
      experience: timeFigureSchema.describe('Related work (in the job before) before the move.'),
      readyYears: z
        .number()
        .describe(
          'education + experience (+ training when BLS names an internship/residency, which comes before independent practice): time before this move.',
        ),
      training: timeFigureSchema.describe('On-the-job training after the move, until competent.'),
    }),
    entryEducation: z.string().nullable().describe('BLS typical entry education of `to`.'),
    credentials: z
      .array(z.string())
      .describe('Doctorate, residency or apprenticeship as BLS/O*NET categories say.'),
    feasibility: z.enum(['ready', 'within reach', 'stretch']),
    notes: z.array(z.string()),
  })
  .meta({ id: 'PathwayStep' });

/** One route to the target. */
export const pathwayRouteSchema = z
  .object({
    via: z.array(routeOccupationSchema).describe('Stepping stones; empty for the direct route.'),
    steps: z.array(pathwayStepSchema),
    readyYears: z.number().describe('Years until the person can be hired in the target.'),
    trainingYears: z
      .number()
      .describe(
        'Then on-the-job training in the target until competent (0 when a residency is already in readyYears).',
      ),
    feasibility: z.enum(['ready', 'within reach', 'stretch']).describe('The hardest step.'),
    credentials: z.array(z.string()),
    rankCost: z
      .number()
      .describe(
        'The ranking key (lower first): readyYears, plus 1 per stretch move, 0.1 per move O*NET does not list as related and 0.15 × the skill shortfall of the hardest move. Not a time.',
      ),
    summary: z.string(),
  })
  .meta({ id: 'PathwayRoute' });

/** A route of the answer (see pathwayRouteSchema). */
export type PathwayRoute = z.infer<typeof pathwayRouteSchema>;
/** A step of a route (see pathwayStepSchema). */
export type PathwayStep = z.infer<typeof pathwayStepSchema>;
/** A time figure with its basis (see timeFigureSchema). */
export type TimeFigure = z.infer<typeof timeFigureSchema>;
/** How hard a step or route is. */
export type Feasibility = PathwayStep['feasibility'];
