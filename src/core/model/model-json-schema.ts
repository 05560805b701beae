import { z } from 'zod';

/**
 * Version of the model artifact written by this code. 2: a feature that does not apply to the
 * person is missing (its column mean), not 0, so a version-1 model's scaler and calibration no
 * longer describe the numbers it would be fed; it is refused and the default model retrained.
 */
export const MODEL_SCHEMA_VERSION = 2;

// zod 4 numbers reject NaN and ±Infinity.
const finite = z.number();
const classWeight = z.union([
  z.literal('balanced'),
  z.object({ 0: finite.min(0), 1: finite.min(0) }).strict(),
]);

const paramsSchema = z
  .object({
    C: finite.positive(),
    penalty: z.enum(['l2', 'l1', 'elasticnet', 'none']),
    l1Ratio: finite.min(0).max(1).nullable(),
    classWeight: classWeight.nullable(),
    fitIntercept: z.boolean(),
    maxIter: z.number().int().min(0),
    tol: finite.min(0),
    ftol: finite.min(0),
    sampleWeighted: z.boolean(),
  })
  .strict();

const isotonicMapSchema = z
  .object({ x: z.array(finite), y: z.array(finite.min(0).max(1)) })
  .refine((m) => m.x.length === m.y.length, 'x and y must have the same length')
  .refine(
    (m) => m.x.every((v, i) => i === 0 || (v > m.x[i - 1]! && m.y[i]! >= m.y[i - 1]!)),
    'x must ascend and y must not decrease',
  );

/** Shape of a serialized logistic-regression model (checked by fromModelJson). */
export const modelJsonSchema = z
  .object({
    schemaVersion: z.literal(MODEL_SCHEMA_VERSION),
    kind: z.literal('logistic-regression'),
    featureNames: z.array(z.string().min(1)).min(1),
    featureRegistryHash: z.string().min(1),
    scaler: z.object({ mean: z.array(finite), scale: z.array(finite.positive()) }).nullable(),
    weights: z.array(finite),
    intercept: finite,
    training: z.object({
      params: paramsSchema,
      seed: z.number().int(),
      pairs: z.number().int().min(0),
      iterations: z.number().int().min(0),
      converged: z.boolean(),
    }),
    dataRelease: z.object({
      onetRelease: z.string(),
      blsRelease: z.string(),
      fingerprint: z.string(),
    }),
    metrics: z.record(z.string(), finite.nullable()),
    createdAt: z.string().min(1),
    /** Monotone maps from the product's score to the observed match rate (absent in old files). */
    matchCalibration: z
      .object({ inferred: isotonicMapSchema, stated: isotonicMapSchema })
      .nullable()
      .optional(),
  })
  .superRefine((m, ctx) => {
    const n = m.featureNames.length;
    const check = (path: (string | number)[], length: number) => {
      if (length !== n) {
        ctx.addIssue({ code: 'custom', path, message: `has ${length} values, expected ${n}` });
      }
    };
    check(['weights'], m.weights.length);
    if (m.scaler !== null) {
      check(['scaler', 'mean'], m.scaler.mean.length);
      check(['scaler', 'scale'], m.scaler.scale.length);
    }
  });

/** A serialized logistic-regression model: plain JSON, versioned. */
export type ModelJson = z.infer<typeof modelJsonSchema>;
