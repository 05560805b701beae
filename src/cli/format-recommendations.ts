import type { Comparison, Recommendation, RecommendationResult } from '../app/recommend/index.js';
import { BORROWED_MARK, formatFigureNotes } from './format-figure-notes.js';
import { OUTLOOK_CONCERN_MARK, formatAdviserNotes } from './format-adviser-notes.js';
import { formatResolution } from './format-resolution.js';
import { formatSkillLines } from './format-skills.js';

/** The mark after the title of an occupation whose profile O*NET has not rated (estimated). */
export const ESTIMATED_MARK = '~';

const titleOf = (r: Recommendation) =>
  r.profileEstimated ? `${r.title} ${ESTIMATED_MARK}` : r.title;

const fit = (text: string, width: number) =>
  text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;

const outlookText = (r: Recommendation) =>
  r.outlook === null
    ? 'n/a'
    : `${r.outlook.changePercent === null ? '?' : `${r.outlook.changePercent > 0 ? '+' : ''}${r.outlook.changePercent}%`}${r.outlook.borrowedFrom ? BORROWED_MARK : ''}${r.outlook.brightOutlook ? ' ★' : ''}${r.outlookConcern ? ` ${OUTLOOK_CONCERN_MARK}` : ''}`;

/** "35% match (range 22–48%)": the match percentage with its range. */
export const formatMatch = (r: Recommendation) =>
  `${r.matchPercent}% match (range ${r.matchRange.low}–${r.matchRange.high}%)`;

/** What a match range means, in one sentence (printed under the table). */
export const MATCH_RANGE_NOTE =
  'RANGE: where the match would land 8 times in 10 if we knew your whole profile (the more you tell, the narrower); matches whose ranges overlap are not in a firm order.';

/**
 * One line per recommendation: rank, code, title, match and its range, confidence, median wage,
 * outlook.
 */
export function formatRecommendationRows(
  items: readonly Recommendation[],
  titleWidth = 44,
): string[] {
  const header = `${'#'.padStart(2)}  ${'CODE'.padEnd(10)}  ${'TITLE'.padEnd(titleWidth)}  MATCH  RANGE    CONF    MEDIAN WAGE        OUTLOOK`;
  return [
    header,
    ...items.map(
      (r) =>
        `${String(r.rank).padStart(2)}  ${r.code}  ${fit(titleOf(r), titleWidth)}  ${`${r.matchPercent}%`.padStart(5)}  ${`${r.matchRange.low}–${r.matchRange.high}%`.padEnd(7)}  ${r.confidence.padEnd(6)}  ${fit(r.wageText + (r.wageBorrowedFrom ? BORROWED_MARK : ''), 17)}  ${outlookText(r)}`,
    ),
  ];
}

/** The human-readable answer of `careers recommend`. */
export function formatRecommendations(
  result: RecommendationResult,
  options: { readonly minSalaryUsd?: number } = {},
): string {
  const lines = [`Model: ${result.model.description} (${result.model.version})`, ''];
  lines.push(...formatResolution(result.resolved));
  lines.push(...formatRecommendationRows(result.recommendations));
  if (result.recommendations.length > 0) lines.push(MATCH_RANGE_NOTE);
  lines.push(...formatFigureNotes(result.recommendations, options.minSalaryUsd));
  // Explanations say the same in their next steps.
  if (!result.recommendations.some((r) => r.explanation))
    lines.push(...formatSkillLines(result.recommendations));
  lines.push(...formatAdviserNotes(result.recommendations));
  for (const r of result.recommendations) {
    if (r.profileEstimateText) lines.push(`${ESTIMATED_MARK} ${r.title}: ${r.profileEstimateText}`);
  }
  for (const r of result.recommendations) {
    if (!r.explanation) continue;
    lines.push(
      '',
      `${r.rank}. ${r.title} (${r.code}), ${formatMatch(r)}, ${r.confidence} confidence`,
    );
    lines.push(`   ${r.explanation.text}`);
    if (r.reranked)
      lines.push(`   (moved from #${r.reranked.from} by the LLM: ${r.reranked.reason})`);
    if (r.explanation.llm.used)
      lines.push(`   (wording by ${r.explanation.llm.model ?? 'the LLM'})`);
  }
  const excluded = Object.entries(result.excluded).map(([k, v]) => `${v} by ${k}`);
  lines.push(
    '',
    `${result.considered} occupations scored${excluded.length ? `; filtered out: ${excluded.join(', ')}` : ''}.`,
  );
  lines.push(
    `★ Bright Outlook; ${OUTLOOK_CONCERN_MARK} shrinking or few openings; ${BORROWED_MARK} figures of a broader occupation (see above). Wages: BLS OEWS May 2024.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The side-by-side answer of `careers compare`. */
export function formatComparison(c: Comparison): string {
  const width = 36;
  const rows = Math.max(c.ml.recommendations.length, c.baseline.recommendations.length);
  const cell = (r: Recommendation | undefined) =>
    r
      ? `${fit(`${r.title} (${r.code})`, width + 13)} ${String(r.matchPercent).padStart(3)}%`
      : ''.padEnd(width + 18);
  const lines = [
    `${'#'.padStart(2)}  ${'ML MODEL'.padEnd(width + 18)}   SIMPLE MATCHING (COSINE)`,
    ...Array.from(
      { length: rows },
      (_, i) =>
        `${String(i + 1).padStart(2)}  ${cell(c.ml.recommendations[i])}   ${cell(c.baseline.recommendations[i])}`,
    ),
    '',
    `In both top ${c.overlap.k}: ${c.overlap.count}${c.overlap.count ? ` (${c.overlap.codes.join(', ')})` : ''}.`,
    'Agreement is not accuracy: two methods can agree on wrong answers or differ where one is right, so',
    'the overlap says nothing about which list is better. `npm run eval` measures both against',
    'O*NET’s expert-reviewed related occupations on every occupation (docs/EVALUATION.md).',
  ];
  return `${lines.join('\n')}\n`;
}
