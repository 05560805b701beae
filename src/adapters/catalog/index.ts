// The catalog: O*NET + BLS assembled into one Catalog, built from the text files or loaded
// from the compiled store in DATA_DIR.
export * from './source-files.js';
export * from './assemble-catalog.js';
export * from './build-catalog.js';
export * from './catalog-codec.js';
export * from './catalog-store.js';
export * from './load-catalog.js';
