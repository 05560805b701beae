import { z } from 'zod';

/**
 * One wage figure. BLS top-codes high wages (`>=$239,200`, `#`) and leaves some out
 * (`*`, `—`); those are kept as what they are, never turned into a wrong number.
 */
export const wageValueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('exact'), usd: z.number() }),
    z.object({ kind: z.literal('atLeast'), usd: z.number() }),
    z.object({ kind: z.literal('unknown'), reason: z.string() }),
  ])
  .meta({ id: 'WageValue' });

/** One wage figure (see wageValueSchema). */
export type WageValue = z.infer<typeof wageValueSchema>;

/** Annual wages of one occupation, from BLS OEWS (percentiles) and Employment Projections (median). */
export interface Wages {
  readonly medianAnnualUsd: WageValue;
  readonly pct10AnnualUsd: WageValue;
  readonly pct25AnnualUsd: WageValue;
  readonly pct75AnnualUsd: WageValue;
  readonly pct90AnnualUsd: WageValue;
  /** The SOC code whose BLS row these figures come from. */
  readonly socCode: string;
  /** True when an O*NET detail code (`.01`+) takes its parent SOC's figures. */
  readonly inheritedFromSoc: boolean;
  /**
   * True when the BLS row is an aggregate that covers this SOC code together with others
   * (e.g. OEWS 29-2010 for 29-2011 and 29-2012): the figures describe a wider group.
   */
  readonly aggregate?: boolean;
  /** Title of the BLS row used (differs from the occupation title for aggregates). */
  readonly blsTitle?: string;
  /** Where the numbers came from, e.g. `OEWS May 2024` or `EP 2024 (OEWS missing)`. */
  readonly source: string;
}

/** A number usable for filtering and sorting: exact value, the lower bound when top-coded, else null. */
export function wageLowerBoundUsd(value: WageValue): number | null {
  return value.kind === 'unknown' ? null : value.usd;
}

/** Human text for a wage: `$96,800`, `$239,200 or more`, or `not available`. */
export function formatWage(value: WageValue): string {
  if (value.kind === 'unknown') return 'not available';
  const usd = `$${Math.round(value.usd).toLocaleString('en-US')}`;
  return value.kind === 'atLeast' ? `${usd} or more` : usd;
}
