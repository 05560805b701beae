import type { TsvSpec } from '../onet/index.js';

/**
 * The BLS tables the catalog reads, with their header rows: Employment Projections 2024–34
 * Table 1.2 and OEWS May 2024 national estimates, both tab-delimited (see data/README.md).
 */
export const BLS_FILES = Object.freeze({
  projections: {
    file: 'ep_2024-34_table_1.2_occupational_projections.tsv',
    headers: [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Occupation type',
      'Employment, 2024',
      'Employment, 2034',
      'Employment distribution, percent, 2024',
      'Employment distribution, percent, 2034',
      'Employment change, numeric, 2024–34',
      'Employment change, percent, 2024–34',
      'Percent self employed, 2024',
      'Occupational openings, 2024–34 annual average',
      'Median annual wage, dollars, 2024',
      'Typical education needed for entry',
      'Work experience in a related occupation',
      'Typical on-the-job training needed to attain competency in the occupation',
      'Related Occupational Outlook Handbook (OOH) content URL',
      'Title indent level',
    ],
  },
  oews: {
    file: 'oews_national_M2024.tsv',
    headers: [
      'AREA',
      'AREA_TITLE',
      'AREA_TYPE',
      'PRIM_STATE',
      'NAICS',
      'NAICS_TITLE',
      'I_GROUP',
      'OWN_CODE',
      'OCC_CODE',
      'OCC_TITLE',
      'O_GROUP',
      'TOT_EMP',
      'EMP_PRSE',
      'JOBS_1000',
      'LOC_QUOTIENT',
      'PCT_TOTAL',
      'PCT_RPT',
      'H_MEAN',
      'A_MEAN',
      'MEAN_PRSE',
      'H_PCT10',
      'H_PCT25',
      'H_MEDIAN',
      'H_PCT75',
      'H_PCT90',
      'A_PCT10',
      'A_PCT25',
      'A_MEDIAN',
      'A_PCT75',
      'A_PCT90',
      'ANNUAL',
      'HOURLY',
    ],
  },
} satisfies Record<string, TsvSpec>);

/** Key of one BLS table in {@link BLS_FILES}. */
export type BlsTable = keyof typeof BLS_FILES;

/** The releases these files are (their headers pin the years). */
export const BLS_RELEASE = 'EP 2024–34, OEWS May 2024';

/** 6-digit SOC / National Employment Matrix code shape `NN-NNNN`. */
export const SOC_CODE_PATTERN = /^\d{2}-\d{4}$/;

/** BLS top-code for annual wages: `#` in OEWS and `>=$239,200` in EP mean at least this much. */
export const TOP_CODED_ANNUAL_USD = 239_200;

/** BLS top-code for hourly wages (`#` in OEWS hourly columns). */
export const TOP_CODED_HOURLY_USD = 115;
