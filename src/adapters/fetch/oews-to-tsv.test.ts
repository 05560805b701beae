import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_BLS_DIR } from '../../../test/support/catalog.js';
import { oewsWorkbookFromTsv } from '../../../test/fixtures/fetch/bls-workbooks.js';
import { convertOewsSheetToTsv } from './oews-to-tsv.js';

const SHARED_OEWS = path.join(SHARED_BLS_DIR, 'oews_national_M2024.tsv');

const HEADER =
  'AREA AREA_TITLE AREA_TYPE PRIM_STATE NAICS NAICS_TITLE I_GROUP OWN_CODE OCC_CODE OCC_TITLE ' +
  'O_GROUP TOT_EMP EMP_PRSE JOBS_1000 LOC_QUOTIENT PCT_TOTAL PCT_RPT H_MEAN A_MEAN MEAN_PRSE ' +
  'H_PCT10 H_PCT25 H_MEDIAN H_PCT75 H_PCT90 A_PCT10 A_PCT25 A_MEDIAN A_PCT75 A_PCT90 ANNUAL HOURLY';

/** Three national rows as BLS stores them: numbers, text codes, markers, booleans, blanks. */
async function handMadeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('national_M2024_dl');
  ws.addRow(HEADER.split(' '));
  const area = [99, 'U.S.', 1, 'US', '000000', 'Cross-industry', 'cross-industry', 1235];
  const blank4 = [null, null, null, null];
  ws.addRow([
    ...area,
    '11-0000',
    'Management Occupations',
    'major',
    10966830,
    0.2,
    ...blank4,
    68.15,
    141760,
    0.2,
    27.41,
    38.42,
    58.7,
    82.5,
    '#',
    57010,
    79900,
    122090,
    171610,
    '#',
  ]);
  ws.addRow([
    ...area,
    '11-1030',
    'Legislators',
    'broad',
    26510,
    3.9,
    ...blank4,
    '*',
    67390,
    1.6,
    '*',
    '*',
    '*',
    '*',
    '*',
    20380,
    29120,
    44810,
    80350,
    137820,
    true,
  ]);
  ws.addRow([
    ...area,
    '27-2011',
    'Actors',
    'detailed',
    38800,
    6,
    ...blank4,
    44.4,
    '*',
    15.9,
    14,
    16.94,
    23.33,
    41.09,
    97.19,
    '*',
    '*',
    '*',
    '*',
    '*',
    null,
    true,
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const EXPECTED =
  [
    HEADER.replaceAll(' ', '\t'),
    '99\tU.S.\t1\tUS\t000000\tCross-industry\tcross-industry\t1235\t11-0000\tManagement Occupations\tmajor\t10966830\t0.2\t\t\t\t\t68.15\t141760\t0.2\t27.41\t38.42\t58.7\t82.5\t#\t57010\t79900\t122090\t171610\t#\t\t',
    '99\tU.S.\t1\tUS\t000000\tCross-industry\tcross-industry\t1235\t11-1030\tLegislators\tbroad\t26510\t3.9\t\t\t\t\t*\t67390\t1.6\t*\t*\t*\t*\t*\t20380\t29120\t44810\t80350\t137820\tTRUE\t',
    '99\tU.S.\t1\tUS\t000000\tCross-industry\tcross-industry\t1235\t27-2011\tActors\tdetailed\t38800\t6\t\t\t\t\t44.4\t*\t15.9\t14\t16.94\t23.33\t41.09\t97.19\t*\t*\t*\t*\t*\t\tTRUE',
  ].join('\n') + '\n';

describe('convertOewsSheetToTsv', () => {
  it('writes every row and column verbatim: codes with leading zeros, markers, TRUE, empty cells', async () => {
    const out = await convertOewsSheetToTsv(await handMadeWorkbook(), 'national_M2024_dl', 'o.tsv');
    expect(out.tsv).toBe(EXPECTED);
    expect(out.rows).toBe(3);
    expect(out.issues).toEqual([]);
  });

  it('keeps leading zeros of codes stored as numbers with a 000000 format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('national_M2024_dl');
    ws.addRow(HEADER.split(' '));
    ws.addRow([99, 'U.S.', 1, 'US', 0]).getCell(5).numFmt = '000000';
    const out = await convertOewsSheetToTsv(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      'national_M2024_dl',
      'o.tsv',
    );
    expect(out.tsv.split('\n')[1]?.split('\t').slice(0, 5)).toEqual([
      '99',
      'U.S.',
      '1',
      'US',
      '000000',
    ]);
  });

  it('reports required columns missing from the header row', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('national_M2024_dl').addRow(['AREA', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await convertOewsSheetToTsv(bytes, 'national_M2024_dl', 'o.tsv');
    expect(out.issues.map((i) => i.field)).toEqual(['TOT_EMP', 'A_MEDIAN']);
  });

  it.skipIf(!existsSync(SHARED_OEWS))(
    'reproduces the shared OEWS TSV byte for byte from a workbook in the BLS layout',
    async () => {
      const shared = readFileSync(SHARED_OEWS, 'utf8');
      const xlsx = await oewsWorkbookFromTsv(shared);
      const out = await convertOewsSheetToTsv(xlsx, 'national_M2024_dl', 'o.tsv');
      expect(out.issues).toEqual([]);
      expect(out.rows).toBe(1403);
      expect(out.tsv === shared).toBe(true);
    },
  );
});
