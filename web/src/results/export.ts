import type { ProfileInput, RecommendationResult } from '../api/types.js';
import { formatWage } from './format.js';

const CSV_COLUMNS = [
  'rank',
  'code',
  'title',
  'match_percent',
  'confidence',
  'median_annual_wage',
  'median_wage_kind',
  'bright_outlook',
  'employment_change_percent',
  'typical_education',
  'job_zone',
  'skills_to_build',
] as const;

const cell = (v: string | number | boolean | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The ranked results as CSV (RFC 4180), one row per occupation; wages as the page shows them. */
export function toCsv(result: RecommendationResult): string {
  const rows = result.recommendations.map((r) =>
    [
      r.rank,
      r.code,
      r.title,
      r.matchPercent,
      r.confidence,
      formatWage(r.medianAnnualWage),
      r.medianAnnualWage?.kind ?? 'unknown',
      r.outlook?.brightOutlook ?? false,
      r.outlook?.changePercent ?? null,
      r.typicalEducation,
      r.jobZone,
      r.skillGaps.map((g) => g.skill).join('; '),
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The profile and the full results as pretty JSON (what the API returned). */
export function toJson(profile: ProfileInput, result: RecommendationResult): string {
  return `${JSON.stringify({ profile, ...result }, null, 2)}\n`;
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
