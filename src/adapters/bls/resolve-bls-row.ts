/** How a BLS row was found for an O*NET occupation's 6-digit SOC code. */
export type BlsMatch = 'exact' | 'aggregate';

/** A BLS row found for a SOC code, and how. */
export interface BlsLookup<R> {
  readonly row: R;
  readonly match: BlsMatch;
}

/** What the resolver needs to know about a BLS row. */
export interface BlsRowShape {
  readonly code: string;
}

/**
 * Builds a lookup from an O*NET 6-digit SOC code to the BLS row that covers it:
 * 1. the detailed row with the same code (OEWS `detailed`, EP `Line item`);
 * 2. else the one detailed row in the same SOC broad group (same first six characters, e.g.
 *    `21-101x`) whose code no O*NET occupation uses: that is where BLS publishes several SOC
 *    occupations combined (OEWS/EP 21-1018 covers 21-1011 and 21-1014; 29-2010 covers 29-2011
 *    and 29-2012; 25-9045 covers 25-9042, 25-9043 and 25-9049);
 * 3. else the broad-group row `NN-NNN0` if the file has one (e.g. EP Summary 27-2040).
 * Otherwise null: no number is invented (military 55-xxxx; fishing 45-3031 in OEWS).
 * Matches 2 and 3 are `aggregate`: the figures describe a wider group.
 */
export function createBlsResolver<R extends BlsRowShape>(
  rows: readonly R[],
  isDetailed: (row: R) => boolean,
  onetSocCodes: ReadonlySet<string>,
): (socCode: string) => BlsLookup<R> | null {
  const detailed = new Map<string, R>();
  const anyRow = new Map<string, R>();
  const orphansByBroad = new Map<string, R[]>();
  for (const row of rows) {
    if (!anyRow.has(row.code) || isDetailed(row)) anyRow.set(row.code, row);
    if (!isDetailed(row) || detailed.has(row.code)) continue;
    detailed.set(row.code, row);
    if (!onetSocCodes.has(row.code)) {
      const broad = row.code.slice(0, 6);
      orphansByBroad.set(broad, [...(orphansByBroad.get(broad) ?? []), row]);
    }
  }
  return (socCode) => {
    const exact = detailed.get(socCode);
    if (exact !== undefined) return { row: exact, match: 'exact' };
    const orphans = orphansByBroad.get(socCode.slice(0, 6)) ?? [];
    if (orphans.length === 1 && orphans[0] !== undefined) {
      return { row: orphans[0], match: 'aggregate' };
    }
    const broad = anyRow.get(`${socCode.slice(0, 6)}0`);
    return broad === undefined ? null : { row: broad, match: 'aggregate' };
  };
}
