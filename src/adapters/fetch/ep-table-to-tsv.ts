import type ExcelJS from 'exceljs';
import type { DataIssue } from '../../errors.js';
import type { SheetConversion } from './oews-to-tsv.js';
import {
  cellHyperlink,
  cellText,
  lastFilledColumn,
  loadWorksheet,
  toTsv,
  tsvField,
} from './xlsx-sheet.js';

/** Name of the column added after BLS's columns: the title's depth in the SOC hierarchy. */
export const INDENT_LEVEL_HEADER = 'Title indent level';

/** Written in the OOH column when the cell has no hyperlink (BLS's own "not available"). */
const NO_LINK = '—';

const INDENT_CHARS = /^[ \u00a0]*/;

/** Header text without line breaks, repeated spaces or footnote markers such as `[1]`. */
export function cleanHeader(text: string): string {
  return text
    .replace(/\s*\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The row holding the column names: the first with at least three filled cells. */
function findHeaderRow(sheet: ExcelJS.Worksheet): number {
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++) {
    let filled = 0;
    sheet.getRow(r).eachCell((cell) => {
      if (cellText(cell).trim() !== '') filled++;
    });
    if (filled >= 3) return r;
  }
  return 0;
}

interface DataRow {
  readonly values: string[];
  readonly indentChars: number;
  readonly alignmentIndent: number;
}

/**
 * Converts BLS Employment Projections "Table 1.2" to the TSV layout of the shared data README:
 * title and footnote rows dropped, BLS header texts without the `[1]` marker, hierarchy-indent
 * spaces stripped from titles with the depth in a last column `Title indent level`, the OOH
 * column holding the hyperlink URL or `—`, every other value verbatim.
 */
export async function convertEpTableToTsv(
  xlsx: Uint8Array,
  sheetName: string,
  outputFile: string,
): Promise<SheetConversion> {
  const sheet = await loadWorksheet(xlsx, sheetName);
  const issues: DataIssue[] = [];
  const headerRow = findHeaderRow(sheet);
  if (headerRow === 0) {
    throw new Error(`sheet "${sheetName}" has no header row in its first 20 rows`);
  }
  const header = sheet.getRow(headerRow);
  const width = lastFilledColumn(header);
  const headers = Array.from({ length: width }, (_, i) =>
    cleanHeader(cellText(header.getCell(i + 1))),
  );
  const titleColumn = headers.findIndex((h) => /\btitle\b/i.test(h));
  const codeColumn = headers.findIndex((h) => /\bcode\b/i.test(h));
  if (titleColumn < 0 || codeColumn < 0) {
    throw new Error(
      `sheet "${sheetName}" has no title and code columns (header: ${headers.join(' | ')})`,
    );
  }
  const found = headers.findIndex((h) => /OOH|Occupational Outlook Handbook/i.test(h));
  const linkColumn = found >= 0 ? found : width - 1;
  if (!/\bURL$/.test(headers[linkColumn] ?? '')) headers[linkColumn] = `${headers[linkColumn]} URL`;

  let droppedRows = headerRow - 1;
  let gapAfterData = false;
  const data: DataRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const code = cellText(row.getCell(codeColumn + 1)).trim();
    if (code === '') {
      // Footnotes, notes, the source line and blank rows carry no occupation code.
      droppedRows++;
      gapAfterData = data.length > 0;
      continue;
    }
    if (gapAfterData) {
      issues.push({
        file: outputFile,
        line: data.length + 2,
        field: headers[codeColumn] ?? 'code',
        problem: `sheet row ${r} has a code but follows rows without one (footnotes?); kept`,
      });
      gapAfterData = false;
    }
    const line = data.length + 2;
    const values = headers.map((name, c) => {
      const cell = row.getCell(c + 1);
      if (c === linkColumn) return cellHyperlink(cell) ?? linkFromText(cellText(cell));
      return tsvField(cellText(cell), { file: outputFile, line, field: name }, issues);
    });
    const titleCell = row.getCell(titleColumn + 1);
    const rawTitle = values[titleColumn] ?? '';
    const indentChars = INDENT_CHARS.exec(rawTitle)?.[0].length ?? 0;
    values[titleColumn] = rawTitle.slice(indentChars);
    data.push({ values, indentChars, alignmentIndent: titleCell.alignment?.indent ?? 0 });
  }

  // BLS marks depth with leading spaces; fall back to Excel's indent format if there are none.
  const bySpaces = data.some((row) => row.indentChars > 0);
  const amounts = data.map((row) => (bySpaces ? row.indentChars : row.alignmentIndent));
  const unit = indentUnit(amounts);
  const what = bySpaces ? 'spaces' : 'indent steps';
  const rows = data.map((row, i) => {
    const amount = amounts[i] ?? 0;
    let level = unit > 0 ? amount / unit : 0;
    if (!Number.isInteger(level)) {
      issues.push({
        file: outputFile,
        line: i + 2,
        field: INDENT_LEVEL_HEADER,
        problem: `title indented by ${amount} ${what}, not a multiple of ${unit}`,
      });
      level = Math.round(level);
    }
    return [...row.values, String(level)];
  });
  return {
    tsv: toTsv([[...headers, INDENT_LEVEL_HEADER], ...rows]),
    rows: rows.length,
    droppedRows,
    issues,
  };
}

/** Indent per hierarchy level: the smallest indent in use (0 when titles are not indented). */
function indentUnit(amounts: readonly number[]): number {
  const used = amounts.filter((n) => n > 0);
  return used.length === 0 ? 0 : Math.min(...used);
}

/** A cell that shows a bare URL instead of a hyperlink still names the page. */
function linkFromText(text: string): string {
  const trimmed = text.trim();
  return /^https?:\/\/\S+$/.test(trimmed) ? trimmed : NO_LINK;
}
