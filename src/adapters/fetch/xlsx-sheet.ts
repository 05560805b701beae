import ExcelJS from 'exceljs';
import type { DataIssue } from '../../errors.js';

/** A worksheet that is missing from a workbook, or a workbook that cannot be read. */
export class WorkbookFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFormatError';
  }
}

/** Opens `sheetName` of an .xlsx workbook held in memory. */
export async function loadWorksheet(
  xlsx: Uint8Array,
  sheetName: string,
): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    // An ArrayBuffer copy: exceljs's typings predate typed-array generics, JSZip reads it fine.
    await workbook.xlsx.load(xlsx.slice().buffer);
  } catch (error) {
    throw new WorkbookFormatError(`not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new WorkbookFormatError(`no sheet "${sheetName}" in the workbook (sheets: ${names})`);
  }
  return sheet;
}

/** Excel shows numbers formatted `000000` with leading zeros; codes must keep them. */
function zeroPadded(value: number, numFmt: string | undefined): string {
  const text = String(value);
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return text.padStart(numFmt.length, '0');
  }
  return text;
}

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Text of a cell value as stored: numbers in shortest round-trip form, booleans TRUE/FALSE. */
function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return zeroPadded(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue, numFmt);
  if ('error' in value) return String(value.error);
  if ('result' in value) return valueText(value.result as ExcelJS.CellValue, numFmt);
  return '';
}

/** The cell's value as text, verbatim; merged-over cells and empty cells are ''. */
export function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return valueText(cell.value, cell.numFmt);
}

/** The target URL of a hyperlink cell, if it has one. */
export function cellHyperlink(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value && typeof value === 'object' && 'hyperlink' in value && value.hyperlink) {
    return value.hyperlink;
  }
  return undefined;
}

/** 1-based index of the last non-empty cell of a row (0 for an empty row). */
export function lastFilledColumn(row: ExcelJS.Row): number {
  let last = 0;
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (cellText(cell) !== '') last = Math.max(last, column);
  });
  return last;
}

/**
 * Makes a value safe for a tab-separated line: tabs and line breaks become one space.
 * BLS cells never contain them in the published tables, so each replacement is reported.
 */
export function tsvField(
  text: string,
  where: { file: string; line: number; field: string },
  issues: DataIssue[],
): string {
  if (!/[\t\r\n]/.test(text)) return text;
  issues.push({ ...where, problem: 'tab or line break inside a cell was replaced by a space' });
  return text.replace(/\s*[\t\r\n]+\s*/g, ' ');
}

/** Joins rows into UTF-8 TSV text with LF line ends and a final LF. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.join('\t')}\n`).join('');
}
