// Job-title search: MiniSearch over O*NET's official, alternate and reported titles plus a
// short colloquial-synonym table, implementing the TitleSearch port.
export * from './title-search.js';
export * from './colloquial-synonyms.js';
export * from './lazy-title-search.js';
export * from './title-search-cache.js';
