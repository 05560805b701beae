import { mkdir, open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError, formatDataIssue, isAppError, type DataIssue } from '../../errors.js';
import {
  BLS_OUTPUT_FILES,
  createDataSources,
  type DataSource,
  type DatasetId,
  type SourceBases,
} from './data-sources.js';
import { downloadToFile } from './http-download.js';
import { loadManifest, saveManifest, withSource, type ManifestFile } from './manifest.js';
import { PRODUCERS } from './produce-files.js';
import {
  checkAgainstReference,
  findVerifiedFiles,
  referenceFileNames,
  type FileCheck,
} from './verify-files.js';

/** Progress of a fetch, for a progress bar or plain lines. */
export type FetchProgressEvent =
  | { readonly type: 'start'; readonly id: DatasetId; readonly label: string; readonly url: string }
  | {
      readonly type: 'download';
      readonly id: DatasetId;
      readonly receivedBytes: number;
      readonly totalBytes: number | undefined;
    }
  | { readonly type: 'step'; readonly id: DatasetId; readonly message: string }
  | { readonly type: 'skip'; readonly id: DatasetId; readonly label: string; readonly dir: string }
  | { readonly type: 'done'; readonly id: DatasetId; readonly files: number };

/** What `fetchOfficialData` needs; only the folders and the timestamp are required. */
export interface FetchOfficialDataOptions {
  readonly onetDir: string;
  readonly blsDir: string;
  /** ISO timestamp recorded in the manifest (the caller owns the clock). */
  readonly fetchedAt: string;
  /** Download again even when the files are present and verified. */
  readonly force?: boolean;
  /** Publisher base URLs; tests point them at a loopback server. */
  readonly bases?: SourceBases;
  readonly userAgent?: string;
  /** Longest wait for response headers (default 30 s). */
  readonly responseTimeoutMs?: number;
  /** Longest silence inside a response body (default 60 s). */
  readonly idleTimeoutMs?: number;
  readonly onProgress?: (event: FetchProgressEvent) => void;
  /** What a failure message tells the person to do (default: remedyFor, for the CLI). */
  readonly remedy?: (source: DataSource) => string;
}

/** The outcome for one official download. */
export interface DatasetReport {
  readonly id: DatasetId;
  readonly label: string;
  readonly url: string;
  /** Folder the files are in. */
  readonly dir: string;
  /** `skipped`: the files were already present and verified (use --force to download again). */
  readonly status: 'fetched' | 'skipped';
  /** The download itself; absent when skipped. */
  readonly archive?: ManifestFile;
  readonly files: readonly FileCheck[];
  readonly issues: readonly DataIssue[];
  readonly droppedRows: number;
}

/** The outcome of `careers data fetch`. */
export interface FetchDataReport {
  readonly datasets: readonly DatasetReport[];
  /** Files that differ from a reference they should equal, and conversion problems. */
  readonly warnings: readonly string[];
  /** Differences from references that are expected to differ (e.g. Abilities is 30.0 there). */
  readonly notes: readonly string[];
}

/** A descriptive User-Agent: BLS rejects anonymous clients. */
export const DEFAULT_USER_AGENT =
  `career-recommender/0.1 (careers data fetch; downloads public O*NET and BLS data files) ` +
  `Node.js/${process.versions.node}`;

const SEE_README = 'see the "Data" section of README.md';

/** What a user can do when a download cannot be made. */
export function remedyFor(source: DataSource): string {
  if (source.target === 'onet') {
    return (
      `To continue without this download, get ${source.archiveName} in a browser, unzip its .txt ` +
      `files into one folder and set ONET_DIR to it (or pass --onet-dir); ${SEE_README}.`
    );
  }
  return (
    `To continue without this download, copy ${BLS_OUTPUT_FILES.ep} and ${BLS_OUTPUT_FILES.oews} ` +
    `into one folder and set BLS_DIR to it (or pass --bls-dir); ${SEE_README}.`
  );
}

function expectedNames(id: DatasetId): readonly string[] {
  if (id === 'onet-text') return referenceFileNames('onet');
  return [id === 'bls-ep' ? BLS_OUTPUT_FILES.ep : BLS_OUTPUT_FILES.oews];
}

/** Zip archives and .xlsx workbooks both start with a local file header `PK\3\4`. */
async function assertZipSignature(file: string, source: DataSource, remedy: string): Promise<void> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(64);
  try {
    await handle.read(head, 0, 64, 0);
  } finally {
    await handle.close();
  }
  if (head.readUInt32LE(0) === 0x04034b50) return;
  const preview = head
    .toString('latin1')
    .replace(/[^\x20-\x7e]+/g, ' ')
    .trim()
    .slice(0, 40);
  throw new AppError(
    'DATA_FETCH_FAILED',
    `Could not download ${source.url}: the server sent something that is not a ` +
      `${path.extname(source.archiveName)} file (it starts with "${preview}"); a proxy, ` +
      `captive portal or block page may be in the way. ${remedy}`,
    { url: source.url },
  );
}

async function fetchOne(
  source: DataSource,
  dir: string,
  options: FetchOfficialDataOptions,
): Promise<DatasetReport> {
  const target = source.target;
  const emit = options.onProgress ?? (() => undefined);
  const remedy = (options.remedy ?? remedyFor)(source);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new AppError(
      'DATA_FETCH_FAILED',
      `Cannot create the folder ${dir} for ${source.label}: ${(error as Error).message}. ` +
        `Choose a writable folder with ${target === 'onet' ? '--onet-dir' : '--bls-dir'}.`,
    );
  }
  await removeStalePartials(dir);
  const manifest = await loadManifest(dir);
  const recorded = manifest.sources.find((s) => s.id === source.id);
  if (!options.force) {
    const present = await findVerifiedFiles(dir, target, recorded, expectedNames(source.id));
    if (present) {
      emit({ type: 'skip', id: source.id, label: source.label, dir });
      const files = present.map((f) => checkAgainstReference(target, f));
      return { ...base(source, dir), status: 'skipped', files, issues: [], droppedRows: 0 };
    }
  }
  emit({ type: 'start', id: source.id, label: source.label, url: source.url });
  const archivePath = path.join(dir, `.${source.archiveName}.download`);
  try {
    const archive = await downloadToFile(source.url, archivePath, {
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      responseTimeoutMs: options.responseTimeoutMs ?? 30_000,
      idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
      remedy,
      onProgress: (receivedBytes, totalBytes) =>
        emit({ type: 'download', id: source.id, receivedBytes, totalBytes }),
    });
    await assertZipSignature(archivePath, source, remedy);
    const onStep = (message: string) => emit({ type: 'step', id: source.id, message });
    const produced = await PRODUCERS[source.id](archivePath, dir, onStep).catch((error) => {
      throw unusableDownload(source, error, remedy);
    });
    const entry = {
      id: source.id,
      url: source.url,
      fetchedAt: options.fetchedAt,
      archive: { name: source.archiveName, bytes: archive.bytes, sha256: archive.sha256 },
      files: produced.files,
    };
    await saveManifest(dir, withSource(await loadManifest(dir), entry));
    emit({ type: 'done', id: source.id, files: produced.files.length });
    return {
      ...base(source, dir),
      status: 'fetched',
      archive: entry.archive,
      files: produced.files.map((f) => checkAgainstReference(target, f)),
      issues: produced.issues,
      droppedRows: produced.droppedRows,
    };
  } finally {
    await rm(archivePath, { force: true });
  }
}

/** True when a process with this id still runs (signal 0 only checks, it sends nothing). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes hidden partial files that a killed earlier fetch left behind (not a running one's). */
async function removeStalePartials(dir: string): Promise<void> {
  const stale = (await readdir(dir)).filter((name) => {
    const pid = /^\..+\.(\d+)\.partial$/.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
}

function base(source: DataSource, dir: string) {
  return { id: source.id, label: source.label, url: source.url, dir };
}

/** A download that arrived but cannot be read (corrupt archive, changed layout). */
function unusableDownload(source: DataSource, error: unknown, remedy: string): AppError {
  if (isAppError(error)) return error;
  const what = error instanceof Error ? error.message : String(error);
  return new AppError(
    'DATA_FETCH_FAILED',
    `The download from ${source.url} could not be used: ${what}. Run "careers data fetch ` +
      `--force" to download it again; if that fails too, the publisher may have changed the ` +
      `file. ${remedy}`,
    { url: source.url },
  );
}

/** Human lines for the mismatches and conversion problems of a report. */
function summarize(
  datasets: readonly DatasetReport[],
): Pick<FetchDataReport, 'warnings' | 'notes'> {
  const warnings: string[] = [];
  const notes: string[] = [];
  for (const d of datasets) {
    for (const f of d.files.filter((file) => file.reference === 'mismatch')) {
      const line =
        `${path.join(d.dir, f.name)}: sha256 ${f.sha256} differs from the reference ` +
        `${f.referenceSha256} (${f.provenance})`;
      (f.exact ? warnings : notes).push(line);
    }
    warnings.push(...d.issues.map(formatDataIssue));
  }
  return { warnings, notes };
}

/**
 * Downloads the official O*NET 30.1 text release and the BLS EP and OEWS workbooks, writes the
 * files the parsers read into `onetDir` and `blsDir`, records every download and produced file
 * in MANIFEST.json and checks them against the README's reference checksums. Data sets whose
 * files are present and verified are skipped unless `force` is set. Fails on the first download
 * that cannot be made with AppError('DATA_FETCH_FAILED'); data sets finished before stay valid.
 */
export async function fetchOfficialData(
  options: FetchOfficialDataOptions,
): Promise<FetchDataReport> {
  const datasets: DatasetReport[] = [];
  for (const source of createDataSources(options.bases)) {
    const dir = source.target === 'onet' ? options.onetDir : options.blsDir;
    datasets.push(await fetchOne(source, dir, options));
  }
  return { datasets, ...summarize(datasets) };
}
