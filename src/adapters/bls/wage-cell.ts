import type { WageValue } from '../../core/domain/index.js';

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const AT_LEAST = /^>=\s*\$?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)$/;

/** Why BLS left a wage cell out, by marker (`*`, `**`, `—`, empty). */
export const WAGE_MARKER_REASONS: Readonly<Record<string, string>> = Object.freeze({
  '*': 'BLS has no wage estimate for this occupation (OEWS marker *)',
  '**': 'BLS has no employment estimate for this occupation (OEWS marker **)',
  '—': 'BLS does not publish this wage (—)',
  '': 'BLS does not publish this wage (empty cell)',
});

/**
 * Reads one BLS wage cell: a number (commas allowed) is exact; `#` and `>=$N` are top-coded
 * (`atLeast`); `*`, `**`, `—` and empty are unknown with a reason. Returns null for anything
 * else, so the caller can report the cell as invalid.
 */
export function parseWageCell(text: string, topCodedUsd: number): WageValue | null {
  const value = text.trim();
  if (PLAIN.test(value) || GROUPED.test(value)) {
    return { kind: 'exact', usd: Number(value.replaceAll(',', '')) };
  }
  if (value === '#') return { kind: 'atLeast', usd: topCodedUsd };
  const atLeast = AT_LEAST.exec(value);
  if (atLeast?.[1] !== undefined) {
    return { kind: 'atLeast', usd: Number(atLeast[1].replaceAll(',', '')) };
  }
  const reason = WAGE_MARKER_REASONS[value];
  return reason === undefined ? null : { kind: 'unknown', reason };
}
