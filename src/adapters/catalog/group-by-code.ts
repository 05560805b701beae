import type { OnetCode } from '../../core/domain/index.js';
import type { DataIssue } from '../../errors.js';

/**
 * Groups rows by O*NET-SOC code, in file order. Rows whose code is not in Occupation Data are
 * reported as issues and left out.
 */
export function groupByCode<R extends { readonly code: OnetCode; readonly line: number }>(
  rows: readonly R[],
  knownCodes: ReadonlySet<string>,
  file: string,
  issues: DataIssue[],
): Map<OnetCode, R[]> {
  const groups = new Map<OnetCode, R[]>();
  for (const row of rows) {
    if (!knownCodes.has(row.code)) {
      issues.push({
        file,
        line: row.line,
        field: 'O*NET-SOC Code',
        problem: `${row.code} is not in Occupation Data.txt`,
      });
      continue;
    }
    const group = groups.get(row.code);
    if (group === undefined) groups.set(row.code, [row]);
    else group.push(row);
  }
  return groups;
}
