import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceSection } from '../app/report/index.js';

/** Writes one section of a report file (docs/EVALUATION.md), keeping the other sections. */
export async function writeReportSection(
  file: string,
  id: string,
  markdown: string,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const current = await readFile(file, 'utf8').catch(() => '');
  await writeFile(file, replaceSection(current, id, markdown));
}
