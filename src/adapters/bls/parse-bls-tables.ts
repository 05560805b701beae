import { dataInvalidError, type DataIssue } from '../../errors.js';
import { collectIssues } from '../onet/index.js';
import type { BlsTable } from './bls-files.js';
import { parseOews, type OewsRow } from './parse-oews.js';
import { parseProjections, type ProjectionRow } from './parse-projections.js';

/** Both BLS tables, parsed and validated. */
export interface BlsTables {
  readonly projections: readonly ProjectionRow[];
  readonly oews: readonly OewsRow[];
}

/** Parses both BLS tables; throws one DATA_INVALID error listing the problems of both files. */
export function parseBlsTables(
  textOf: (table: BlsTable) => string,
  onTable?: (table: BlsTable) => void,
): BlsTables {
  const issues: DataIssue[] = [];
  onTable?.('projections');
  const projections = collectIssues(issues, [], () => parseProjections(textOf('projections')));
  onTable?.('oews');
  const oews = collectIssues(issues, [], () => parseOews(textOf('oews')));
  if (issues.length > 0) throw dataInvalidError(issues);
  return { projections, oews };
}
