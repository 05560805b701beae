import { MAX_SKILL_RATING } from '../../core/domain/index.js';
import type { EnhanceItem } from '../ports/index.js';

/** The year the BLS projections reach (2024–34), which outlook sentences name. */
const OUTLOOK_YEAR = 2034;

/** A number written in text, with the rounding its notation implies. */
export interface StatedNumber {
  /** As written, e.g. `$96.8k`. */
  readonly raw: string;
  /** Its value in plain units (96800), sign dropped. */
  readonly value: number;
  /** The rounding step the notation implies (100 for `96.8k`, 1000 for `$97,000`). */
  readonly step: number;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
};

// `$96,800`, `96800`, `96.8k`, `$1.2 million`, `17.9%`, `4.5`. A thousands group needs exactly
// three digits after each comma, so "levels 3, 4 and 5" stays three numbers.
const NUMBER =
  /(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|thousand|million|mn|m)(?![\p{L}\p{N}]))?/giu;

/** Every number written in `text`, normalised ("$96,800", "96800" and "96.8k" all read 96800). */
export function extractStatedNumbers(text: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const whole = (m[2] ?? '').replace(/,/g, '');
    const fraction = m[3] ?? '';
    const multiplier = MULTIPLIERS[(m[4] ?? '').toLowerCase()] ?? 1;
    const value = Number(`${whole}${fraction ? `.${fraction}` : ''}`) * multiplier;
    const trailingZeros = fraction ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0);
    const step =
      (fraction ? 10 ** -fraction.length : Math.min(10 ** Math.min(trailingZeros, 3), 1000)) *
      multiplier;
    out.push({ raw: m[0], value, step });
  }
  return out;
}

/**
 * True when a stated number is one of the allowed ones, up to the rounding its notation implies
 * (`$97k` for 96,800 is fine) but never more than 1% off (`$100k` for 96,800 is not).
 */
export function isAllowedNumber(stated: StatedNumber, allowed: readonly number[]): boolean {
  return allowed.some((a) => {
    const tolerance = Math.max(Math.min(stated.step / 2, Math.abs(a) * 0.01), 1e-9);
    return Math.abs(stated.value - Math.abs(a)) <= tolerance;
  });
}

/** The numbers one item's facts contain: everything its text may state about it. */
export function factNumbers(item: EnhanceItem): number[] {
  const n: (number | null)[] = [
    item.rank,
    item.matchPercent,
    item.matchRange.low,
    item.matchRange.high,
    item.salary.medianUsd,
    item.salary.floorUsd,
    item.education.jobZone,
    item.outlook.changePercent,
    item.outlook.annualOpeningsThousands,
    item.outlook.annualOpeningsThousands === null
      ? null
      : Math.round(item.outlook.annualOpeningsThousands * 1000),
    // The projections' horizon ("by 2034"), stated whenever an outlook is.
    item.outlook.changePercent === null ? null : OUTLOOK_YEAR,
    // Pay against the current job: both medians and their difference rounded as the text says.
    item.payAgainstCurrentJob?.currentMedianUsd ?? null,
    item.payAgainstCurrentJob?.differenceUsd ?? null,
    item.payAgainstCurrentJob
      ? Math.round(item.payAgainstCurrentJob.differenceUsd / 1000) * 1000
      : null,
    ...item.gaps.flatMap((g) => [g.currentLevel, g.requiredLevel]),
    ...item.counterfactuals.flatMap((c) => [c.toLevel, c.fromPercent, c.toPercent]),
    ...(item.skillsToCheck ?? []).map((c) => c.requiredLevel),
    // "advanced (4 of 5)": the top of the skill scale is written with every level.
    item.gaps.length + item.counterfactuals.length + (item.skillsToCheck?.length ?? 0) > 0
      ? MAX_SKILL_RATING
      : null,
  ];
  return n.filter((x): x is number => x !== null && Number.isFinite(x)).map(Math.abs);
}
