import { issuesOf } from '../../src/adapters/onet/index.js';
import { formatDataIssue } from '../../src/errors.js';

/** The formatted issues (`file:line: field: …`) a parser throws; fails when it throws none. */
export function issuesFrom(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    const issues = issuesOf(error);
    if (issues !== null) return issues.map(formatDataIssue);
    throw error;
  }
  throw new Error('expected DATA_INVALID');
}
