import { distance } from 'fastest-levenshtein';

/** The up-to-`k` candidates closest to `input` by edit distance (case-insensitive). */
export function closestNames(input: string, candidates: readonly string[], k = 3): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((c) => {
      const hay = c.toLowerCase();
      const prefixBonus = hay.startsWith(needle) || hay.includes(needle) ? -3 : 0;
      return { c, d: distance(needle, hay) + prefixBonus };
    })
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, k)
    .map((x) => x.c);
}

/** "did you mean …" text for an unknown name. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const names = closestNames(input, candidates);
  return names.length > 0 ? `did you mean ${names.map((n) => `"${n}"`).join(', ')}?` : '';
}
