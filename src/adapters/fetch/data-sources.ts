/** Base URLs of the two publishers; tests pass loopback servers instead. */
export interface SourceBases {
  /** O*NET Resource Center, e.g. `https://www.onetcenter.org`. */
  readonly onet: string;
  /** Bureau of Labor Statistics, e.g. `https://www.bls.gov`. */
  readonly bls: string;
}

/** The official publisher hosts. */
export const OFFICIAL_BASES: SourceBases = Object.freeze({
  onet: 'https://www.onetcenter.org',
  bls: 'https://www.bls.gov',
});

/** Which data set a download feeds, and into which configured folder it goes. */
export type DatasetId = 'onet-text' | 'bls-ep' | 'bls-oews';

/** One official download and the file(s) it yields. */
export interface DataSource {
  readonly id: DatasetId;
  /** Human name used in progress lines and messages. */
  readonly label: string;
  /** Full URL of the official download. */
  readonly url: string;
  /** File name of the download (the last URL segment). */
  readonly archiveName: string;
  /** `onet` → ONET_DIR, `bls` → BLS_DIR. */
  readonly target: 'onet' | 'bls';
}

/** The three official downloads, in the order they are fetched. */
export function createDataSources(bases: SourceBases = OFFICIAL_BASES): readonly DataSource[] {
  const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;
  return Object.freeze([
    {
      id: 'onet-text',
      label: 'O*NET 30.1 text release',
      url: join(bases.onet, '/dl_files/database/db_30_1_text.zip'),
      archiveName: 'db_30_1_text.zip',
      target: 'onet',
    },
    {
      id: 'bls-ep',
      label: 'BLS Employment Projections 2024–34 (occupation.xlsx)',
      url: join(bases.bls, '/emp/ind-occ-matrix/occupation.xlsx'),
      archiveName: 'occupation.xlsx',
      target: 'bls',
    },
    {
      id: 'bls-oews',
      label: 'BLS OEWS May 2024 national (oesm24nat.zip)',
      url: join(bases.bls, '/oes/special-requests/oesm24nat.zip'),
      archiveName: 'oesm24nat.zip',
      target: 'bls',
    },
  ] as const satisfies readonly DataSource[]);
}

/** File names the BLS conversions write into BLS_DIR (the layout the parsers read). */
export const BLS_OUTPUT_FILES = Object.freeze({
  ep: 'ep_2024-34_table_1.2_occupational_projections.tsv',
  oews: 'oews_national_M2024.tsv',
});

/** Sheet and member names inside the BLS downloads. */
export const BLS_SOURCE_NAMES = Object.freeze({
  epSheet: 'Table 1.2',
  oewsMember: 'national_M2024_dl.xlsx',
  oewsSheet: 'national_M2024_dl',
});
