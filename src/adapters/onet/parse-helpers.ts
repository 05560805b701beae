import type { OnetCode } from '../../core/domain/index.js';
import { dataInvalidError, isAppError, type DataIssue } from '../../errors.js';
import { parseTsv, type FieldReader, type TsvSpec } from './tsv-table.js';

/** O*NET-SOC code shape `NN-NNNN.NN`. */
export const ONET_CODE_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

/** Content-model element id shape, e.g. `2.A.1.a` or `1.B.3.aa`. */
export const ELEMENT_ID_PATTERN = /^\d+(?:\.[A-Za-z0-9]+)*$/;

/** O*NET rating date shape `MM/YYYY`. */
export const DATE_PATTERN = /^(?:0[1-9]|1[0-2])\/\d{4}$/;

/** Reads an O*NET-SOC code field. */
export function readOnetCode(fields: FieldReader, column: number): OnetCode {
  return fields.matching(column, ONET_CODE_PATTERN, 'an O*NET-SOC code (NN-NNNN.NN)') as OnetCode;
}

/** Reads a content-model element id field. */
export function readElementId(fields: FieldReader, column: number): string {
  return fields.matching(column, ELEMENT_ID_PATTERN, 'an O*NET element id (e.g. 2.A.1.a)');
}

/** Reads a `MM/YYYY` date field (validated, kept as text). */
export function readDate(fields: FieldReader, column: number): string {
  return fields.matching(column, DATE_PATTERN, 'a MM/YYYY date');
}

/** Parses a whole file with `toRow`; throws DATA_INVALID listing every problem found. */
export function parseTable<T>(text: string, spec: TsvSpec, toRow: (fields: FieldReader) => T): T[] {
  const issues: DataIssue[] = [];
  const rows = parseTsv(text, spec, issues, toRow);
  if (issues.length > 0) throw dataInvalidError(issues);
  return rows;
}

/** The issues carried by a DATA_INVALID error, or null for any other error. */
export function issuesOf(error: unknown): readonly DataIssue[] | null {
  if (!isAppError(error) || error.code !== 'DATA_INVALID') return null;
  const details = error.details as { issues?: readonly DataIssue[] } | undefined;
  return details?.issues ?? null;
}

/**
 * Runs `parse`; on DATA_INVALID adds its issues to `issues` and returns `fallback`, so several
 * files can be parsed and every problem in all of them reported together.
 */
export function collectIssues<T>(issues: DataIssue[], fallback: T, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const found = issuesOf(error);
    if (found === null) throw error;
    issues.push(...found);
    return fallback;
  }
}
