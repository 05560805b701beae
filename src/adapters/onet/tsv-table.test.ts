import { describe, expect, it } from 'vitest';
import { formatDataIssue, type DataIssue } from '../../errors.js';
import { parseTsv, type TsvSpec } from './tsv-table.js';

const SPEC: TsvSpec = { file: 'Demo.txt', headers: ['Code', 'Value', 'Flag'] };

function read(text: string) {
  const issues: DataIssue[] = [];
  const rows = parseTsv(text, SPEC, issues, (f) => ({
    line: f.line,
    code: f.text(0),
    value: f.numberOrNull(1, { min: 0, max: 10 }),
    flag: f.flagOrNull(2),
  }));
  return { rows, issues: issues.map(formatDataIssue) };
}

describe('parseTsv', () => {
  it('reads CRLF and LF lines alike, with n/a as null and the trailing newline ignored', () => {
    const crlf = read('Code\tValue\tFlag\r\nA\t1.5\tY\r\nB\tn/a\tn/a\r\n');
    const lf = read('Code\tValue\tFlag\nA\t1.5\tY\nB\tn/a\tn/a\n');
    expect(crlf).toEqual(lf);
    expect(crlf.rows).toEqual([
      { line: 2, code: 'A', value: 1.5, flag: true },
      { line: 3, code: 'B', value: null, flag: null },
    ]);
    expect(crlf.issues).toEqual([]);
  });

  it('ignores a UTF-8 byte-order mark before the header', () => {
    expect(read('\uFEFFCode\tValue\tFlag\nA\t2\tN\n').rows).toHaveLength(1);
  });

  it('reports every header mismatch on line 1 and reads no rows then', () => {
    const result = read('Code\tVal\tFlag\tExtra\nA\t1\tY\n');
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      'Demo.txt:1: Value: header column 2 should be "Value", found "Val"',
      'Demo.txt:1: Extra: unexpected extra column "Extra" in the header',
    ]);
  });

  it('collects every problem of every row with its 1-based line, keeping the good rows', () => {
    const result = read(
      ['Code\tValue\tFlag', 'A\t11\tX', '\t2\tY', 'C\t3', '', 'D\t4\tN', ''].join('\r\n'),
    );
    expect(result.rows.map((r) => r.code)).toEqual(['D']);
    expect(result.issues).toEqual([
      'Demo.txt:2: Value: 11 is outside 0 to 10',
      'Demo.txt:2: Flag: expected Y, N or n/a, found "X"',
      'Demo.txt:3: Code: is empty',
      'Demo.txt:4: (row): expected 3 tab-separated fields, found 2',
      'Demo.txt:5: (row): empty line',
    ]);
  });

  it('does not treat quotes as field delimiters', () => {
    const result = read('Code\tValue\tFlag\n"A\tB"\t1\tY\n');
    expect(result.issues).toEqual(['Demo.txt:2: (row): expected 3 tab-separated fields, found 4']);
    expect(read('Code\tValue\tFlag\n"A, B"\t1\tY\n').rows[0]?.code).toBe('"A, B"');
  });

  it('reports an empty file', () => {
    expect(read('').issues).toEqual(['Demo.txt:1: (file): is empty (no header row)']);
  });
});
