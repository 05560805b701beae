import type { ProfileInput, RecommendationResult } from '../api/types.js';
import { formatSkillGap, formatSkillStep, formatWage, type SkillScale } from './format.js';

const CSV_COLUMNS = [
  'rank',
  'code',
  'title',
  'match_percent',
  'match_range_low',
  'match_range_high',
  'confidence',
  'median_annual_wage',
  'median_wage_kind',
  'bright_outlook',
  'employment_change_percent',
  'typical_education',
  'job_zone',
  'skills_to_build',
  'skills_to_check',
  'inherited',
  'bls_figures_for',
  'tools_in_demand',
  'profile_estimated',
] as const;

const cell = (v: string | number | boolean | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The ranked results as CSV (RFC 4180), one row per occupation; the match percentage with its
 * range (`match_range_low`, `match_range_high`); wages as the page shows them, skill levels on
 * the page's skill scale (skills to build apart from the needed skills the person did not
 * mention, `skills_to_check`), `inherited` true when the pay and outlook are a broader
 * occupation's (or a BLS group's, named in `bls_figures_for`), tools most relevant first,
 * `profile_estimated` true when O*NET has not rated the occupation and its profile is estimated.
 */
export function toCsv(result: RecommendationResult, scale: SkillScale): string {
  const rows = result.recommendations.map((r) =>
    [
      r.rank,
      r.code,
      r.title,
      r.matchPercent,
      r.matchRange.low,
      r.matchRange.high,
      r.confidence,
      formatWage(r.medianAnnualWage),
      r.medianAnnualWage?.kind ?? 'unknown',
      r.outlook?.brightOutlook ?? false,
      tidy(r.outlook?.changePercent ?? null),
      r.typicalEducation,
      r.jobZone,
      r.skillGaps.map((g) => formatSkillGap(g, scale)).join('; '),
      r.skillsToCheck
        .map((c) => `${c.skill} at ${formatSkillStep(c.requiredRating, scale)}`)
        .join('; '),
      borrowedFrom(r) !== null,
      figuresFor(r),
      r.toolsInDemand
        .slice(0, 5)
        .map((t) => t.name)
        .join('; '),
      r.profileEstimated,
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

const borrowedFrom = (r: RecommendationResult['recommendations'][number]) =>
  r.wageBorrowedFrom ?? r.outlook?.borrowedFrom ?? null;

/** "11-9121 Natural Sciences Managers (broader occupation)", or empty for the job's own figures. */
function figuresFor(r: RecommendationResult['recommendations'][number]): string {
  const b = borrowedFrom(r);
  if (!b) return '';
  return `${b.socCode} ${b.title} (${b.kind === 'broader-occupation' ? 'broader occupation' : 'BLS group'})`;
}

/**
 * A number as a person reads it: at most four decimals, so float noise such as
 * 3.6999999999999997 is written 3.7.
 */
const tidy = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e4) / 1e4);

/** The profile and the full results as pretty JSON (what the API returned, numbers tidied). */
export function toJson(profile: ProfileInput, result: RecommendationResult): string {
  const numbers = (_key: string, v: unknown) => (typeof v === 'number' ? tidy(v) : v);
  return `${JSON.stringify({ profile, ...result }, numbers, 2)}\n`;
}

/** Saves text as a file through the browser's download (nothing leaves the machine). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
