import type { DataIssue } from '../../errors.js';

/** What a tab-delimited file must look like: the name used in issues and its official header row. */
export interface TsvSpec {
  readonly file: string;
  readonly headers: readonly string[];
}

/** Range and shape rules for a numeric field. */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/**
 * Reads the fields of the current row. Every getter validates its field; on a problem it records
 * a DataIssue (file, line, header name, problem), marks the row bad and returns a placeholder,
 * so a parser can read every field of a row and report every problem, not only the first.
 */
export interface FieldReader {
  /** 1-based line number of the current row in the file. */
  readonly line: number;
  /** False once any field of the current row had a problem; bad rows are dropped. */
  readonly ok: boolean;
  /** Raw cell text. */
  raw(column: number): string;
  /** Non-empty text that is not `n/a`. */
  text(column: number): string;
  /** Text, or null for an empty cell or one of `nullTokens` (default `n/a`). */
  textOrNull(column: number, nullTokens?: readonly string[]): string | null;
  /** A decimal number (no thousands separators), checked against `rule`. */
  number(column: number, rule?: NumberRule): number;
  /** A number, or null for one of `nullTokens` (default `n/a`). */
  numberOrNull(column: number, rule?: NumberRule, nullTokens?: readonly string[]): number | null;
  /** `Y` → true, `N` → false. */
  flag(column: number): boolean;
  /** `Y` / `N`, or null for `n/a`. */
  flagOrNull(column: number): boolean | null;
  /** One of a fixed set of values. */
  oneOf<T extends string>(column: number, values: readonly T[]): T;
  /** Text matching `pattern`, described as `shape` in the issue. */
  matching(column: number, pattern: RegExp, shape: string): string;
  /** Records a problem found by the parser itself (cross-field checks). */
  issue(column: number, problem: string): void;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const NA = ['n/a'] as const;

const quote = (value: string): string =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

function rangeProblem(value: string, n: number, rule: NumberRule): string | null {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && (n < min || n > max)) {
    return `${value} is outside ${min} to ${max}`;
  }
  if (min !== undefined && n < min) return `${value} is below the minimum ${min}`;
  if (max !== undefined && n > max) return `${value} is above the maximum ${max}`;
  return null;
}

const WIDE = /[\u0100-\uffff]/;

/**
 * A text cell as a string of its own, one byte per character where it can be. A cell cut from a
 * file whose text holds a character above U+00FF (BLS's "—") is otherwise a two-byte slice of
 * the whole file: it keeps the file's text alive, and every answer it goes into is serialized
 * on V8's slow path (a 10-result answer from a freshly built catalog took several times longer).
 */
const ownText = (cell: string) =>
  WIDE.test(cell) ? cell : Buffer.from(cell, 'latin1').toString('latin1');

function createFieldReader(spec: TsvSpec, issues: DataIssue[], wideFile: boolean) {
  const own = wideFile ? ownText : (cell: string) => cell;
  let cells: readonly string[] = [];
  let line = 0;
  let ok = true;

  const issue = (column: number, problem: string): void => {
    ok = false;
    issues.push({
      file: spec.file,
      line,
      field: spec.headers[column] ?? `column ${column + 1}`,
      problem,
    });
  };
  const raw = (column: number): string => cells[column] ?? '';

  const checkNumber = (column: number, value: string, rule: NumberRule): number => {
    if (!NUMBER.test(value)) {
      issue(column, `${quote(value)} is not a number`);
      return Number.NaN;
    }
    const n = Number(value);
    const problem =
      rule.integer && !Number.isInteger(n)
        ? `${value} is not a whole number`
        : rangeProblem(value, n, rule);
    if (problem !== null) issue(column, problem);
    return n;
  };

  const reader: FieldReader & { next(lineNo: number, row: readonly string[]): void } = {
    get line() {
      return line;
    },
    get ok() {
      return ok;
    },
    next(lineNo, row) {
      line = lineNo;
      cells = row;
      ok = true;
    },
    raw,
    text(column) {
      const value = raw(column);
      if (value === '' || value === 'n/a') issue(column, value === '' ? 'is empty' : 'is n/a');
      return own(value);
    },
    textOrNull(column, nullTokens = NA) {
      const value = raw(column);
      return value === '' || nullTokens.includes(value) ? null : own(value);
    },
    number(column, rule = {}) {
      return checkNumber(column, raw(column), rule);
    },
    numberOrNull(column, rule = {}, nullTokens = NA) {
      const value = raw(column);
      return nullTokens.includes(value) ? null : checkNumber(column, value, rule);
    },
    flag(column) {
      const value = raw(column);
      if (value !== 'Y' && value !== 'N') issue(column, `expected Y or N, found ${quote(value)}`);
      return value === 'Y';
    },
    flagOrNull(column) {
      const value = raw(column);
      if (value === 'n/a') return null;
      if (value !== 'Y' && value !== 'N')
        issue(column, `expected Y, N or n/a, found ${quote(value)}`);
      return value === 'Y';
    },
    oneOf(column, values) {
      const value = raw(column);
      if (!(values as readonly string[]).includes(value)) {
        issue(column, `expected one of ${values.join(', ')}, found ${quote(value)}`);
      }
      return own(value) as (typeof values)[number];
    },
    matching(column, pattern, shape) {
      const value = raw(column);
      if (!pattern.test(value)) issue(column, `${quote(value)} is not ${shape}`);
      return own(value);
    },
    issue,
  };
  return reader;
}

function checkHeader(header: readonly string[], spec: TsvSpec, issues: DataIssue[]): boolean {
  const before = issues.length;
  const count = Math.max(header.length, spec.headers.length);
  for (let i = 0; i < count; i += 1) {
    const expected = spec.headers[i];
    const found = header[i];
    if (expected === found) continue;
    const field = expected ?? found ?? `column ${i + 1}`;
    const problem =
      expected === undefined
        ? `unexpected extra column ${quote(found ?? '')} in the header`
        : found === undefined
          ? `header column ${i + 1} ${quote(expected)} is missing`
          : `header column ${i + 1} should be ${quote(expected)}, found ${quote(found)}`;
    issues.push({ file: spec.file, line: 1, field, problem });
  }
  return issues.length === before;
}

/**
 * Parses tab-delimited text (CRLF or LF, no quoting, optional UTF-8 BOM) whose first line must be
 * exactly `spec.headers`. Calls `toRow` for each data row and keeps the rows without problems;
 * every problem is appended to `issues`. A wrong header stops the file (its columns can't be trusted).
 */
export function parseTsv<T>(
  text: string,
  spec: TsvSpec,
  issues: DataIssue[],
  toRow: (fields: FieldReader) => T,
): T[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  let last = lines.length;
  while (last > 0 && (lines[last - 1] === '' || lines[last - 1] === '\r')) last -= 1;
  const cellsOf = (i: number): string[] => {
    const l = lines[i] ?? '';
    return (l.endsWith('\r') ? l.slice(0, -1) : l).split('\t');
  };
  if (last === 0) {
    issues.push({ file: spec.file, line: 1, field: '(file)', problem: 'is empty (no header row)' });
    return [];
  }
  if (!checkHeader(cellsOf(0), spec, issues)) return [];

  const reader = createFieldReader(spec, issues, WIDE.test(body));
  const width = spec.headers.length;
  const rows: T[] = [];
  for (let i = 1; i < last; i += 1) {
    const cells = cellsOf(i);
    if (cells.length !== width) {
      const problem =
        cells.length === 1 && cells[0] === ''
          ? 'empty line'
          : `expected ${width} tab-separated fields, found ${cells.length}`;
      issues.push({ file: spec.file, line: i + 1, field: '(row)', problem });
      continue;
    }
    reader.next(i + 1, cells);
    const row = toRow(reader);
    if (reader.ok) rows.push(row);
  }
  return rows;
}
