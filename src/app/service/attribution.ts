/** The product's name as it appears in the O*NET attribution. */
export const PRODUCT_NAME = 'career-recommender';

/** The CC BY 4.0 attribution O*NET requires wherever its data is used (README, /v1/about, web footer). */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor, ' +
  'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a ' +
  `trademark of USDOL/ETA. ${PRODUCT_NAME} has modified all or some of this information. USDOL/ETA has ` +
  'not approved, endorsed, or tested these modifications.';

/** Credit line for the BLS figures (public domain). */
export const BLS_CREDIT =
  'Wages and projections: U.S. Bureau of Labor Statistics, Employment Projections 2024–34 and OEWS May 2024.';
