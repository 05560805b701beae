import { z } from 'zod';
import type { WageValue } from './wage.js';

/** A recommendation's median pay against the person's current job's median. */
export const payAgainstCurrentJobSchema = z
  .object({
    currentTitle: z.string(),
    currentMedianUsd: z.number(),
    differenceUsd: z
      .number()
      .describe('This occupation’s median minus the current job’s (a lower bound when top-coded).'),
    atLeast: z.boolean().describe('True when this occupation’s median is top-coded (“or more”).'),
    text: z.string().describe('e.g. "+$23,000 a year against your current job’s median".'),
  })
  .meta({ id: 'PayAgainstCurrentJob' });

/** Pay against the current job (see payAgainstCurrentJobSchema). */
export type PayAgainstCurrentJob = z.infer<typeof payAgainstCurrentJobSchema>;

const usd = (x: number) => `$${Math.round(Math.abs(x)).toLocaleString('en-US')}`;

/**
 * The difference of two BLS medians, rounded to $1,000 in the text; null when either is unknown
 * or the current job's is top-coded (then no difference can be stated).
 */
export function toPayAgainstCurrentJob(
  median: WageValue | null,
  current: WageValue | null,
  currentTitle: string,
): PayAgainstCurrentJob | null {
  if (!median || !current || median.kind === 'unknown' || current.kind !== 'exact') return null;
  const differenceUsd = median.usd - current.usd;
  const atLeast = median.kind === 'atLeast';
  const rounded = Math.round(differenceUsd / 1000) * 1000;
  const text =
    rounded === 0
      ? `${atLeast ? 'At least' : 'About'} the same pay as your current job’s median`
      : `${rounded > 0 ? '+' : '−'}${usd(rounded)}${atLeast ? ' or more' : ''} a year against your current job’s median`;
  return {
    currentTitle,
    currentMedianUsd: current.usd,
    differenceUsd,
    atLeast,
    text,
  };
}
