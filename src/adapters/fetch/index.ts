// Downloads the official O*NET and BLS releases and writes the files the parsers read.
export {
  fetchOfficialData,
  remedyFor,
  DEFAULT_USER_AGENT,
  type DatasetReport,
  type FetchDataReport,
  type FetchOfficialDataOptions,
  type FetchProgressEvent,
} from './fetch-official-data.js';
export {
  createDataSources,
  OFFICIAL_BASES,
  BLS_OUTPUT_FILES,
  type DataSource,
  type DatasetId,
  type SourceBases,
} from './data-sources.js';
export { hasLocalData } from './local-data.js';
export {
  ensureLocalData,
  toSourceBases,
  type DataLog,
  type EnsureLocalDataOptions,
} from './ensure-local-data.js';
export { convertEpTableToTsv, INDENT_LEVEL_HEADER } from './ep-table-to-tsv.js';
export { convertOewsSheetToTsv, type SheetConversion } from './oews-to-tsv.js';
export {
  MANIFEST_FILE,
  type DataManifest,
  type ManifestFile,
  type ManifestSource,
} from './manifest.js';
export { REFERENCE_CHECKSUMS, type ReferenceChecksum } from './reference-checksums.js';
export type { FileCheck } from './verify-files.js';
