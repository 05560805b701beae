import path from 'node:path';
import { AppError, isAppError } from '../../errors.js';
import { createDataSources, OFFICIAL_BASES, type SourceBases } from './data-sources.js';
import { fetchOfficialData, type FetchProgressEvent } from './fetch-official-data.js';
import { hasLocalData } from './local-data.js';

/** The two ways to run without downloading, for the message when the sources cannot be reached. */
const WAYS_OUT =
  'Two ways out: run `npm run careers -- data fetch` on a machine with internet access and copy ' +
  'its ./data folder here, or point ONET_DIR and BLS_DIR at a local copy ' +
  '(e.g. ONET_DIR=../shared/data/onet BLS_DIR=../shared/data/bls npm start).';

/** Where a log line goes (a pino logger fits). */
export interface DataLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** What the first-start data step needs. */
export interface EnsureLocalDataOptions {
  readonly onetDir: string;
  readonly blsDir: string;
  /** True when ONET_DIR or BLS_DIR was set: the data is where the person said; never download. */
  readonly configured: boolean;
  /** Publisher base URLs (partial: the official sites for the rest). */
  readonly sources: Partial<SourceBases>;
  /** ISO timestamp recorded in the manifests (the caller owns the clock). */
  readonly fetchedAt: string;
  readonly log: DataLog;
}

/** The publisher base URLs to download from: the ones given, the official sites otherwise. */
export function toSourceBases(sources: Partial<SourceBases>): SourceBases {
  return { onet: sources.onet ?? OFFICIAL_BASES.onet, bls: sources.bls ?? OFFICIAL_BASES.bls };
}

/** Logs a download's progress at every tenth of it (or every 10 MB when the size is unknown). */
function progressLogger(log: DataLog): (event: FetchProgressEvent) => void {
  const reported = new Map<string, number>();
  return (event) => {
    if (event.type === 'start') log.info({ url: event.url }, `downloading ${event.label}`);
    else if (event.type === 'skip') log.info({ dir: event.dir }, `${event.label}: already here`);
    else if (event.type === 'step') log.info({ id: event.id }, event.message);
    else if (event.type === 'done') log.info({ files: event.files }, `${event.id}: done`);
    else {
      const { receivedBytes: got, totalBytes: total } = event;
      const step = total ? Math.floor((10 * got) / total) : Math.floor(got / 10_000_000);
      if (step === (reported.get(event.id) ?? 0)) return;
      reported.set(event.id, step);
      const mb = (got / 1e6).toFixed(1);
      const message = total ? `${event.id}: ${step * 10}% (${mb} MB)` : `${event.id}: ${mb} MB`;
      log.info({ receivedBytes: got, totalBytes: total }, message);
    }
  };
}

/**
 * The first start without data: when ONET_DIR and BLS_DIR are not set and their default folders
 * hold no data, downloads the O*NET text release and the BLS tables from the publishers with the
 * code of `careers data fetch` (progress in the log, checksums, partial downloads restarted).
 * Throws one AppError('DATA_FETCH_FAILED') saying what was tried and the two ways out when they
 * cannot be reached; does nothing when there is data.
 */
export async function ensureLocalData(options: EnsureLocalDataOptions): Promise<void> {
  const { onetDir, blsDir, log } = options;
  if (options.configured || hasLocalData({ onetDir, blsDir })) return;
  const bases = toSourceBases(options.sources);
  log.info(
    { onetDir, blsDir },
    'no O*NET and BLS data here yet: downloading the official releases (first start only)',
  );
  try {
    const report = await fetchOfficialData({
      onetDir,
      blsDir,
      fetchedAt: options.fetchedAt,
      bases,
      onProgress: progressLogger(log),
      remedy: () => WAYS_OUT,
    });
    for (const warning of report.warnings) log.warn({}, warning);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(
      'DATA_FETCH_FAILED',
      `No O*NET and BLS data in ${path.dirname(onetDir)}, and the first start could not download it. ${error.message}`,
      { tried: createDataSources(bases).map((s) => s.url) },
    );
  }
}
