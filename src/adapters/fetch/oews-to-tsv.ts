import type { DataIssue } from '../../errors.js';
import { cellText, lastFilledColumn, loadWorksheet, toTsv, tsvField } from './xlsx-sheet.js';

/** The result of converting one worksheet: the TSV text and what was noticed on the way. */
export interface SheetConversion {
  readonly tsv: string;
  /** Data rows written (the header row not counted). */
  readonly rows: number;
  /** Rows of the sheet that were left out (title, blank and footnote rows). */
  readonly droppedRows: number;
  readonly issues: readonly DataIssue[];
}

/** OEWS column names that must be in the header row of the national file. */
const REQUIRED_OEWS_COLUMNS = ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'A_MEDIAN'] as const;

/**
 * Converts the OEWS national workbook sheet (`national_M2024_dl`) to TSV: every row and column
 * verbatim, the header row first, empty cells as empty strings, markers (`*`, `**`, `#`) kept,
 * codes as stored (text, so leading zeros stay). Only completely blank rows are dropped.
 */
export async function convertOewsSheetToTsv(
  xlsx: Uint8Array,
  sheetName: string,
  outputFile: string,
): Promise<SheetConversion> {
  const sheet = await loadWorksheet(xlsx, sheetName);
  const header = sheet.getRow(1);
  const width = lastFilledColumn(header);
  const issues: DataIssue[] = [];
  const rows: string[][] = [];
  let droppedRows = 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const filled = lastFilledColumn(row);
    if (filled === 0) {
      droppedRows++;
      continue;
    }
    if (filled > width) {
      issues.push({
        file: outputFile,
        line: rows.length + 1,
        field: `column ${filled}`,
        problem: `sheet row ${r} has a value beyond the ${width} header columns; it was left out`,
      });
    }
    const values: string[] = [];
    for (let c = 1; c <= width; c++) {
      const field = r === 1 ? `column ${c}` : (rows[0]?.[c - 1] ?? `column ${c}`);
      const where = { file: outputFile, line: rows.length + 1, field };
      values.push(tsvField(cellText(row.getCell(c)), where, issues));
    }
    rows.push(values);
  }
  const headerNames = rows[0] ?? [];
  for (const column of REQUIRED_OEWS_COLUMNS) {
    if (!headerNames.includes(column)) {
      issues.push({
        file: outputFile,
        line: 1,
        field: column,
        problem: `column missing from the header row of sheet "${sheetName}"`,
      });
    }
  }
  return { tsv: toTsv(rows), rows: Math.max(0, rows.length - 1), droppedRows, issues };
}
