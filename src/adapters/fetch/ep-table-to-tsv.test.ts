import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_BLS_DIR } from '../../../test/support/catalog.js';
import { epWorkbookFromTsv } from '../../../test/fixtures/fetch/bls-workbooks.js';
import { BLS_FILES } from '../bls/index.js';
import { cleanHeader, convertEpTableToTsv } from './ep-table-to-tsv.js';
import { WorkbookFormatError } from './xlsx-sheet.js';

const SHARED_EP = path.join(SHARED_BLS_DIR, BLS_FILES.projections.file);

/** The header the catalog reads (adapters/bls): what the conversion must write. */
const CATALOG_HEADER = BLS_FILES.projections.headers;
const EXPECTED_HEADER = CATALOG_HEADER.join('\t');

/** BLS's header texts for Table 1.2, as in occupation.xlsx: footnote marker, no indent level. */
const BLS_HEADER = [
  ...CATALOG_HEADER.slice(0, 11),
  'Median annual wage, dollars, 2024[1]',
  ...CATALOG_HEADER.slice(12, 15),
  'Related Occupational Outlook Handbook (OOH) content',
];

const CHIEF_URL = 'https://www.bls.gov/ooh/management/top-executives.htm';
const PHYS_URL = 'https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm';

/** A hand-made Table 1.2 with the cell kinds BLS uses and a few it might. */
async function handMadeWorkbook(indent = '  '): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Index').addRow(['Table 1.1', 'Table 1.2']);
  const ws = wb.addWorksheet('Table 1.2');
  ws.addRow(['Table 1.2 Employment by detailed occupation, 2024 and projected 2034']);
  ws.mergeCells('A1:P1');
  ws.addRow(BLS_HEADER);
  const dash = '—';
  const base = [169956.1, 175167.9, 100, 100, 5211.8, 3.1, 5.8, 18863.3, 49500];
  ws.addRow(['Total, all occupations', '00-0000', 'Summary', ...base, dash, dash, dash, dash]);
  ws.addRow([`${indent}Management occupations`, '11-0000', 'Summary', 13607.6, 14441, 8, 8.2]);
  const chief = ws.addRow([
    `${indent.repeat(3)}Chief executives`,
    '11-1011',
    'Line item',
    ...[309.4, 322.7, 0.2, 0.2, 13.3, 4.3, 25.9, 22.2, 206420],
    { richText: [{ text: "Bachelor's " }, { text: 'degree', font: { bold: true } }] },
    '5 years or more',
    'None',
    { text: 'OOH Content', hyperlink: CHIEF_URL },
  ]);
  chief.getCell(6).value = { formula: 'D5/D3*100', result: 0.2 };
  ws.addRow([
    `${indent.repeat(3)}Physicians, all other`,
    '29-1229',
    'Line item',
    ...[340.7, 349.3, 0.2, 0.2, -1.5, -0.4, 3.9, 9.6],
    '>=$239,200',
    'Doctoral or professional degree',
    'None',
    'Internship/residency',
    { text: 'OOH Content', hyperlink: PHYS_URL },
  ]);
  ws.addRow([`${indent.repeat(2)}Actors`, '27-2011', 'Line item', 57, ...Array(7).fill(0), dash]);
  ws.addRow([]);
  ws.addRow(['Footnotes:']);
  ws.addRow(['[1] Data are from the Occupational Employment and Wage Statistics program.']);
  ws.mergeCells('A10:P10');
  ws.addRow(['Source: Employment Projections program, U.S. Bureau of Labor Statistics']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const EXPECTED_ROWS = [
  'Total, all occupations\t00-0000\tSummary\t169956.1\t175167.9\t100\t100\t5211.8\t3.1\t5.8\t18863.3\t49500\t—\t—\t—\t—\t0',
  'Management occupations\t11-0000\tSummary\t13607.6\t14441\t8\t8.2\t\t\t\t\t\t\t\t\t—\t1',
  `Chief executives\t11-1011\tLine item\t309.4\t322.7\t0.2\t0.2\t13.3\t4.3\t25.9\t22.2\t206420\tBachelor's degree\t5 years or more\tNone\t${CHIEF_URL}\t3`,
  `Physicians, all other\t29-1229\tLine item\t340.7\t349.3\t0.2\t0.2\t-1.5\t-0.4\t3.9\t9.6\t>=$239,200\tDoctoral or professional degree\tNone\tInternship/residency\t${PHYS_URL}\t3`,
  'Actors\t27-2011\tLine item\t57\t0\t0\t0\t0\t0\t0\t0\t—\t\t\t\t—\t2',
];

describe('convertEpTableToTsv', () => {
  it('drops title and footnote rows, cleans headers, strips indents into a level column and writes OOH URLs', async () => {
    const out = await convertEpTableToTsv(await handMadeWorkbook(), 'Table 1.2', 'ep.tsv');
    expect(out.tsv).toBe([EXPECTED_HEADER, ...EXPECTED_ROWS].join('\n') + '\n');
    expect(out.rows).toBe(5);
    expect(out.droppedRows).toBe(5); // title, blank, "Footnotes:", [1], Source
    expect(out.issues).toEqual([]);
  });

  it('derives the level from the indent unit in use (4 spaces or non-breaking spaces)', async () => {
    const expected = [EXPECTED_HEADER, ...EXPECTED_ROWS].join('\n') + '\n';
    const four = await convertEpTableToTsv(await handMadeWorkbook('    '), 'Table 1.2', 'ep.tsv');
    expect(four.tsv).toBe(expected);
    const nbsp = await convertEpTableToTsv(await handMadeWorkbook('\u00a0'), 'Table 1.2', 'ep');
    expect(nbsp.tsv).toBe(expected);
  });

  it('uses the cell indent format when titles carry no indent spaces', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Table 1.2');
    ws.addRow(['Title']);
    ws.addRow(BLS_HEADER);
    ['Total', 'Major', 'Detailed'].forEach((title, level) => {
      const row = ws.addRow([title, `1${level}-0000`, 'Summary']);
      row.getCell(1).alignment = { indent: level * 2 };
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await convertEpTableToTsv(bytes, 'Table 1.2', 'ep.tsv');
    const levels = out.tsv
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t').at(-1));
    expect(levels).toEqual(['0', '1', '2']); // Excel indent 0, 2, 4 → levels by the unit in use
  });

  it('reports an indent that is not a multiple of the unit instead of guessing silently', async () => {
    const tsv = `${EXPECTED_HEADER}\nA\t11-0000\tSummary\t1\t1\t1\t1\t1\t1\t1\t1\t1\t—\t—\t—\t—\t1\nB\t11-1011\tLine item\t1\t1\t1\t1\t1\t1\t1\t1\t1\t—\t—\t—\t—\t2\n`;
    const xlsx = await epWorkbookFromTsv(tsv, { indentSpaces: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.slice().buffer);
    wb.getWorksheet('Table 1.2')!.getCell('A4').value = '   B'; // 3 spaces with a 2-space unit
    const changed = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await convertEpTableToTsv(changed, 'Table 1.2', 'ep.tsv');
    expect(out.issues).toEqual([
      {
        file: 'ep.tsv',
        line: 3,
        field: 'Title indent level',
        problem: 'title indented by 3 spaces, not a multiple of 2',
      },
    ]);
  });

  it('names the sheets that exist when "Table 1.2" is missing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Table 1.1').addRow(['x']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(convertEpTableToTsv(bytes, 'Table 1.2', 'ep.tsv')).rejects.toThrow(
      new WorkbookFormatError('no sheet "Table 1.2" in the workbook (sheets: "Table 1.1")'),
    );
  });

  it('removes footnote markers and line breaks from header texts', () => {
    expect(cleanHeader('Median annual wage,\ndollars, 2024[1]')).toBe(
      'Median annual wage, dollars, 2024',
    );
    expect(cleanHeader('Employment, 2024 [2]')).toBe('Employment, 2024');
  });

  it.skipIf(!existsSync(SHARED_EP))(
    'reproduces the shared EP TSV byte for byte from a workbook in the BLS layout',
    async () => {
      const shared = readFileSync(SHARED_EP, 'utf8');
      const out = await convertEpTableToTsv(await epWorkbookFromTsv(shared), 'Table 1.2', 'ep');
      expect(out.issues).toEqual([]);
      expect(out.rows).toBe(1113);
      expect(out.tsv === shared).toBe(true);
    },
  );
});
