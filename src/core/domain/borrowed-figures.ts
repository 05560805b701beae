import { z } from 'zod';
import type { Occupation } from './occupation.js';

/**
 * Where an occupation's BLS figures come from when they are not its own: O*NET splits some SOC
 * occupations into more detailed ones (Clinical Research Coordinators, 11-9121.01, inside Natural
 * Sciences Managers, 11-9121) that BLS does not publish separately, and BLS reports a few SOC
 * occupations only as part of a group (29-2011 inside 29-2010). A person must be able to tell.
 */
export const borrowedFiguresSchema = z
  .object({
    socCode: z.string().describe('SOC code of the BLS row the figures are for, e.g. 11-9121.'),
    title: z.string(),
    kind: z
      .enum(['broader-occupation', 'bls-group'])
      .describe(
        '`broader-occupation`: an O*NET detailed occupation BLS does not publish separately; `bls-group`: BLS reports it only within a group.',
      ),
    note: z.string().describe('The sentence to show beside the figures.'),
  })
  .meta({ id: 'BorrowedFigures' });

/** Whose BLS figures an occupation shows when they are not its own (see borrowedFiguresSchema). */
export type BorrowedFigures = z.infer<typeof borrowedFiguresSchema>;

/** What a BLS row says about its own scope (the fields `Wages` and `Outlook` share). */
export interface BlsRowScope {
  readonly socCode: string;
  readonly inheritedFromSoc: boolean;
  readonly aggregate?: boolean;
  readonly blsTitle?: string;
}

/**
 * Says whose figures an occupation shows, or null when they are its own. `rowTitle` overrides the
 * row's title (the OEWS spelling, "Natural Sciences Managers", reads better than the
 * projections' "Natural sciences managers").
 */
export function toBorrowedFigures(
  occupationTitle: string,
  row: BlsRowScope,
  rowTitle: string | undefined = row.blsTitle,
): BorrowedFigures | null {
  if (!row.inheritedFromSoc && row.aggregate !== true) return null;
  const title = rowTitle ?? `SOC ${row.socCode}`;
  const where = `${title} (SOC ${row.socCode})`;
  return row.aggregate === true
    ? {
        socCode: row.socCode,
        title,
        kind: 'bls-group',
        note: `BLS reports ${occupationTitle} only within the group ${where}: these figures are the group’s.`,
      }
    : {
        socCode: row.socCode,
        title,
        kind: 'broader-occupation',
        note: `BLS publishes no separate figures for ${occupationTitle}: these are for the broader occupation ${where}.`,
      };
}

/**
 * Whose figures an occupation's wages and outlook are (null where they are its own). The
 * projections row is named in the OEWS spelling when both tables use the same row ("Natural
 * Sciences Managers", not "Natural sciences managers").
 */
export function borrowedFiguresOf(occupation: Pick<Occupation, 'title' | 'wages' | 'outlook'>): {
  readonly wages: BorrowedFigures | null;
  readonly outlook: BorrowedFigures | null;
} {
  const { title, wages, outlook } = occupation;
  const sameRow = wages !== null && outlook !== null && wages.socCode === outlook.socCode;
  return {
    wages: wages ? toBorrowedFigures(title, wages) : null,
    outlook: outlook
      ? toBorrowedFigures(
          title,
          outlook,
          (sameRow ? wages.blsTitle : undefined) ?? outlook.blsTitle,
        )
      : null,
  };
}
