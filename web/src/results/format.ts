import type { Recommendation, WageValue } from '../api/types.js';

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** A BLS wage as text, honest about top-coding: `$96,800`, `$239,200 or more`, `not published`. */
export function formatWage(value: WageValue | null | undefined): string {
  if (!value || value.kind === 'unknown') return 'not published';
  return value.kind === 'atLeast' ? `${usd(value.usd)} or more` : usd(value.usd);
}

/** The outlook in a few words: change over 2024–34 and yearly openings. */
export function formatOutlook(outlook: Recommendation['outlook']): string {
  if (!outlook) return 'no BLS projection';
  const parts: string[] = [];
  if (outlook.changePercent !== null) {
    parts.push(`${outlook.changePercent > 0 ? '+' : ''}${outlook.changePercent}% by 2034`);
  }
  if (outlook.annualOpeningsThousands !== null) {
    const n = Math.round(outlook.annualOpeningsThousands * 1000);
    parts.push(`${n.toLocaleString('en-US')} openings a year`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no BLS projection';
}

/** One decimal place, as the explanations write levels. */
export const level1 = (x: number) => (Math.round(x * 10) / 10).toString();
