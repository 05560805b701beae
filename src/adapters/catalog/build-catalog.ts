import type { Catalog } from '../../core/domain/index.js';
import { dataInvalidError, type DataIssue } from '../../errors.js';
import { BLS_FILES, parseBlsTables, type BlsTables } from '../bls/index.js';
import {
  ONET_FILES,
  collectIssues,
  parseOnetTables,
  parseReadMeRelease,
  type OnetTables,
} from '../onet/index.js';
import { toCatalog } from './assemble-catalog.js';
import {
  readSourceTexts,
  statSourceFiles,
  toSourceFingerprint,
  type CatalogSourceDirs,
} from './source-files.js';

/** One step of building or loading the catalog, for progress bars and logs. */
export interface CatalogProgress {
  readonly step: 'read' | 'parse' | 'assemble' | 'load' | 'save';
  /** What is being worked on, e.g. a file name. */
  readonly detail: string;
  readonly done: number;
  readonly total: number;
}

/** Options of {@link buildCatalog} and the loaders. */
export interface CatalogProgressOptions {
  readonly onProgress?: (progress: CatalogProgress) => void;
}

const ONET_COUNT = Object.keys(ONET_FILES).length;
const BLS_COUNT = Object.keys(BLS_FILES).length;
/** read + one step per table + assemble. */
const BUILD_STEPS = 1 + ONET_COUNT + BLS_COUNT + 1;

/**
 * Builds the catalog from the O*NET and BLS text files (parse + assemble, no caching).
 * Throws DATA_MISSING when a folder or file is missing and one DATA_INVALID error listing every
 * problem found in any file.
 */
export async function buildCatalog(
  onetDir: string,
  blsDir: string,
  options: CatalogProgressOptions = {},
): Promise<Catalog> {
  const dirs: CatalogSourceDirs = { onetDir, blsDir };
  const report = options.onProgress;
  let done = 0;
  const step = (s: CatalogProgress['step'], detail: string): void => {
    report?.({ step: s, detail, done, total: BUILD_STEPS });
    done += 1;
  };

  step('read', 'source files');
  const fingerprint = toSourceFingerprint(await statSourceFiles(dirs));
  const texts = await readSourceTexts(dirs);

  const issues: DataIssue[] = [];
  const onet = collectIssues<OnetTables | null>(issues, null, () =>
    parseOnetTables(
      (t) => texts.onet[t],
      (t) => step('parse', ONET_FILES[t].file),
    ),
  );
  const bls = collectIssues<BlsTables | null>(issues, null, () =>
    parseBlsTables(
      (t) => texts.bls[t],
      (t) => step('parse', BLS_FILES[t].file),
    ),
  );
  if (issues.length > 0 || onet === null || bls === null) throw dataInvalidError(issues);

  step('assemble', 'catalog');
  const onetRelease = texts.readMe === null ? null : parseReadMeRelease(texts.readMe);
  const catalog = toCatalog(onet, bls, { onetRelease, fingerprint });
  report?.({ step: 'assemble', detail: 'catalog', done: BUILD_STEPS, total: BUILD_STEPS });
  return catalog;
}
