import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { BLS_FILES, type BlsTable } from '../bls/index.js';
import { ONET_FILES, ONET_README_FILE, type OnetTable } from '../onet/index.js';

/** Where the source text files are. */
export interface CatalogSourceDirs {
  /** Folder with the O*NET 30.1 text release (`Occupation Data.txt`, …). */
  readonly onetDir: string;
  /** Folder with the BLS EP Table 1.2 and OEWS national TSV files. */
  readonly blsDir: string;
}

/** One source file the catalog is built from. */
export interface SourceFile {
  readonly dataset: 'onet' | 'bls';
  readonly name: string;
  readonly path: string;
  /** Only `Read Me.txt` is optional (it names the release). */
  readonly optional: boolean;
}

/** A source file with its size and modification time, as fingerprinted. */
export interface SourceFileStat extends SourceFile {
  /** Null for an optional file that is absent. */
  readonly sizeBytes: number | null;
  readonly mtimeMs: number | null;
}

/** Every source file, O*NET tables first, then `Read Me.txt`, then the BLS tables. */
export function listSourceFiles(dirs: CatalogSourceDirs): SourceFile[] {
  const onet = (name: string, optional = false): SourceFile => ({
    dataset: 'onet',
    name,
    path: path.join(dirs.onetDir, name),
    optional,
  });
  return [
    ...Object.values(ONET_FILES).map((s) => onet(s.file)),
    onet(ONET_README_FILE, true),
    ...Object.values(BLS_FILES).map((s) => ({
      dataset: 'bls' as const,
      name: s.file,
      path: path.join(dirs.blsDir, s.file),
      optional: false,
    })),
  ];
}

const HOW_TO_GET = {
  onet: 'Run `careers data fetch` to download O*NET 30.1, or set ONET_DIR to the folder that holds the O*NET 30.1 text release (tab-delimited .txt files).',
  bls: 'Run `careers data fetch` to download the BLS tables, or set BLS_DIR to the folder that holds the EP 2024–34 Table 1.2 and OEWS May 2024 national TSV files.',
} as const;

/**
 * Stats every source file. Throws DATA_MISSING naming each missing folder or file, the path
 * where it was looked for and how to get it (`careers data fetch`, ONET_DIR / BLS_DIR).
 */
export async function statSourceFiles(dirs: CatalogSourceDirs): Promise<SourceFileStat[]> {
  const files = listSourceFiles(dirs);
  const stats = await Promise.all(files.map((f) => stat(f.path).catch(() => null)));
  const missing = files.filter((f, i) => !f.optional && !stats[i]?.isFile());
  if (missing.length > 0) {
    const lines: string[] = [];
    for (const dataset of ['onet', 'bls'] as const) {
      const gone = missing.filter((m) => m.dataset === dataset);
      if (gone.length === 0) continue;
      const dir = dataset === 'onet' ? dirs.onetDir : dirs.blsDir;
      const dirStat = await stat(dir).catch(() => null);
      const label = dataset === 'onet' ? 'O*NET' : 'BLS';
      lines.push(
        dirStat?.isDirectory()
          ? `Missing ${label} file(s): ${gone.map((m) => `"${m.name}" (looked for ${m.path})`).join(', ')}.`
          : `${label} data folder not found: looked for ${dir} (needed for "${gone[0]?.name}" and ${gone.length - 1} other file(s)).`,
        HOW_TO_GET[dataset],
      );
    }
    throw new AppError('DATA_MISSING', lines.join('\n'), {
      missing: missing.map((m) => ({ file: m.name, path: m.path })),
    });
  }
  return files.map((f, i) => {
    const s = stats[i];
    return {
      ...f,
      sizeBytes: s?.isFile() ? s.size : null,
      mtimeMs: s?.isFile() ? s.mtimeMs : null,
    };
  });
}

/**
 * Fingerprint of the sources: sha256 over each file's dataset, name, size and mtime (cheap, and
 * it changes whenever a file is replaced or edited). Contents are not hashed: that would cost
 * reading 38 MB on every start, which is what the compiled store exists to avoid.
 */
export function toSourceFingerprint(files: readonly SourceFileStat[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f.dataset}/${f.name}\t${f.sizeBytes ?? 'absent'}\t${f.mtimeMs ?? 'absent'}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The text of every source file (UTF-8), keyed for the parsers; `readMe` is null when absent. */
export interface SourceTexts {
  readonly onet: Readonly<Record<OnetTable, string>>;
  readonly bls: Readonly<Record<BlsTable, string>>;
  readonly readMe: string | null;
}

/** Reads every source file (after {@link statSourceFiles} has checked they exist). */
export async function readSourceTexts(dirs: CatalogSourceDirs): Promise<SourceTexts> {
  const read = (dir: string, name: string) => readFile(path.join(dir, name), 'utf8');
  const onetKeys = Object.keys(ONET_FILES) as OnetTable[];
  const blsKeys = Object.keys(BLS_FILES) as BlsTable[];
  const [onetTexts, blsTexts, readMe] = await Promise.all([
    Promise.all(onetKeys.map((k) => read(dirs.onetDir, ONET_FILES[k].file))),
    Promise.all(blsKeys.map((k) => read(dirs.blsDir, BLS_FILES[k].file))),
    read(dirs.onetDir, ONET_README_FILE).catch(() => null),
  ]);
  return {
    onet: Object.fromEntries(onetKeys.map((k, i) => [k, onetTexts[i] ?? ''])) as Record<
      OnetTable,
      string
    >,
    bls: Object.fromEntries(blsKeys.map((k, i) => [k, blsTexts[i] ?? ''])) as Record<
      BlsTable,
      string
    >,
    readMe,
  };
}
