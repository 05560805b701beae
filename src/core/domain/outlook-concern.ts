import { z } from 'zod';

/** Projected 2024–34 employment change at or below which an occupation counts as shrinking. */
export const SHRINKING_CHANGE_PERCENT = -10;

/** Annual openings (thousands) below which an occupation counts as small. */
export const SMALL_OPENINGS_THOUSANDS = 1;

/** Why an occupation's outlook holds it back, and the note a person reads about it. */
export const outlookConcernSchema = z
  .object({
    kind: z
      .enum(['shrinking', 'small'])
      .describe(
        `shrinking: employment projected to fall ${-SHRINKING_CHANGE_PERCENT}% or more by 2034; small: under ${SMALL_OPENINGS_THOUSANDS * 1000} openings a year (BLS projections).`,
      ),
    note: z.string(),
  })
  .meta({ id: 'OutlookConcern' });

/** An outlook concern (see outlookConcernSchema). */
export type OutlookConcern = z.infer<typeof outlookConcernSchema>;

/** The kind of an outlook concern. */
export type OutlookConcernKind = OutlookConcern['kind'];

/** The concern's kind from the projection's numbers (shrinking before small), or null. */
export function outlookConcernKind(
  changePercent: number | null,
  annualOpeningsThousands: number | null,
): OutlookConcernKind | null {
  if (changePercent !== null && changePercent <= SHRINKING_CHANGE_PERCENT) return 'shrinking';
  if (annualOpeningsThousands !== null && annualOpeningsThousands < SMALL_OPENINGS_THOUSANDS)
    return 'small';
  return null;
}

/**
 * The outlook concern with its note ("Employment is projected to fall 18.9% by 2034"), or null.
 * `borrowedFrom` names whose projection it is when not the occupation's own.
 */
export function toOutlookConcern(
  changePercent: number | null,
  annualOpeningsThousands: number | null,
  borrowedFrom: string | null = null,
): OutlookConcern | null {
  const kind = outlookConcernKind(changePercent, annualOpeningsThousands);
  if (kind === null) return null;
  const whose = borrowedFrom ? ` (projection for ${borrowedFrom})` : '';
  const note =
    kind === 'shrinking'
      ? `Employment is projected to fall ${Math.abs(changePercent!).toFixed(1)}% by 2034${whose}`
      : `Few openings (about ${Math.round(annualOpeningsThousands! * 1000).toLocaleString('en-US')} a year${borrowedFrom ? `; projection for ${borrowedFrom}` : ''})`;
  return { kind, note };
}
