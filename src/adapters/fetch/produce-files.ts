import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataIssue } from '../../errors.js';
import { BLS_OUTPUT_FILES, BLS_SOURCE_NAMES, type DatasetId } from './data-sources.js';
import { convertEpTableToTsv } from './ep-table-to-tsv.js';
import { sha256Hex, writeFileAtomic } from './file-hash.js';
import type { ManifestFile } from './manifest.js';
import { convertOewsSheetToTsv } from './oews-to-tsv.js';
import { listZipEntries, readZipEntry, ZipFormatError, type ZipEntryInfo } from './zip-archive.js';

/** What turning one download into data files produced. */
export interface ProducedFiles {
  readonly files: readonly ManifestFile[];
  /** Problems noticed while converting (the files were still written). */
  readonly issues: readonly DataIssue[];
  /** Title, blank and footnote rows left out of a converted sheet. */
  readonly droppedRows: number;
}

/** Called before each step, for progress output. */
export type StepListener = (message: string) => void;

/** The name a zip member gets in the flat output folder, or undefined when it is skipped. */
export function flatTextFileName(entry: ZipEntryInfo): string | undefined {
  if (entry.isDirectory) return undefined;
  const parts = entry.name.replace(/\\/g, '/').split('/');
  if (parts.some((p) => p === '__MACOSX')) return undefined;
  const base = parts[parts.length - 1] ?? '';
  if (base.startsWith('.') || !/\.txt$/i.test(base) || base.includes('\0')) return undefined;
  return base;
}

/** The O*NET text release must at least hold the occupation list. */
const REQUIRED_ONET_FILE = 'Occupation Data.txt';

/**
 * Extracts every .txt member of the O*NET text release zip into `dir`, flattened, under its
 * official name, byte for byte; each member's CRC-32 is checked and each file written atomically.
 */
export async function extractOnetText(
  archivePath: string,
  dir: string,
  onStep: StepListener,
): Promise<ProducedFiles> {
  const zip = new Uint8Array(await readFile(archivePath));
  const members = listZipEntries(zip).flatMap((entry) => {
    const name = flatTextFileName(entry);
    return name ? [{ entry, name }] : [];
  });
  const seen = new Map<string, string>();
  for (const { entry, name } of members) {
    const before = seen.get(name);
    if (before) throw new ZipFormatError(`"${before}" and "${entry.name}" would both be ${name}`);
    seen.set(name, entry.name);
  }
  if (!seen.has(REQUIRED_ONET_FILE)) {
    throw new ZipFormatError(
      `no "${REQUIRED_ONET_FILE}" in the archive, so it is not the O*NET text release`,
    );
  }
  onStep(`extracting ${members.length} .txt files into ${dir}`);
  const files: ManifestFile[] = [];
  for (const { entry, name } of members) {
    const data = readZipEntry(zip, entry);
    await writeFileAtomic(path.join(dir, name), data);
    files.push({ name, bytes: data.length, sha256: sha256Hex(data) });
  }
  files.sort((a, b) => a.name.localeCompare(b.name));
  return { files, issues: [], droppedRows: 0 };
}

async function writeTsv(dir: string, name: string, tsv: string): Promise<ManifestFile> {
  const bytes = Buffer.from(tsv, 'utf8');
  await writeFileAtomic(path.join(dir, name), bytes);
  return { name, bytes: bytes.length, sha256: sha256Hex(bytes) };
}

/** Converts sheet "Table 1.2" of the downloaded occupation.xlsx into the EP TSV in `dir`. */
export async function convertEpWorkbook(
  archivePath: string,
  dir: string,
  onStep: StepListener,
): Promise<ProducedFiles> {
  onStep(`converting sheet "${BLS_SOURCE_NAMES.epSheet}" to ${BLS_OUTPUT_FILES.ep}`);
  const xlsx = new Uint8Array(await readFile(archivePath));
  const out = await convertEpTableToTsv(xlsx, BLS_SOURCE_NAMES.epSheet, BLS_OUTPUT_FILES.ep);
  const file = await writeTsv(dir, BLS_OUTPUT_FILES.ep, out.tsv);
  return { files: [file], issues: out.issues, droppedRows: out.droppedRows };
}

/** Takes national_M2024_dl.xlsx out of the OEWS zip and converts its sheet into the OEWS TSV. */
export async function convertOewsArchive(
  archivePath: string,
  dir: string,
  onStep: StepListener,
): Promise<ProducedFiles> {
  const zip = new Uint8Array(await readFile(archivePath));
  const wanted = BLS_SOURCE_NAMES.oewsMember.toLowerCase();
  const entry = listZipEntries(zip).find(
    (e) => !e.isDirectory && (e.name.split('/').pop() ?? '').toLowerCase() === wanted,
  );
  if (!entry) throw new ZipFormatError(`no ${BLS_SOURCE_NAMES.oewsMember} in the archive`);
  onStep(`converting ${entry.name} to ${BLS_OUTPUT_FILES.oews}`);
  const xlsx = readZipEntry(zip, entry);
  const out = await convertOewsSheetToTsv(xlsx, BLS_SOURCE_NAMES.oewsSheet, BLS_OUTPUT_FILES.oews);
  const file = await writeTsv(dir, BLS_OUTPUT_FILES.oews, out.tsv);
  return { files: [file], issues: out.issues, droppedRows: out.droppedRows };
}

/** The producer for each data set. */
export const PRODUCERS: Readonly<
  Record<
    DatasetId,
    (archivePath: string, dir: string, onStep: StepListener) => Promise<ProducedFiles>
  >
> = {
  'onet-text': extractOnetText,
  'bls-ep': convertEpWorkbook,
  'bls-oews': convertOewsArchive,
};
