// BLS Employment Projections 2024–34 and OEWS May 2024: parsers, row matching, wages and outlook.
export * from './bls-files.js';
export * from './wage-cell.js';
export * from './parse-projections.js';
export * from './parse-oews.js';
export * from './parse-bls-tables.js';
export * from './resolve-bls-row.js';
export * from './bright-outlook.js';
export * from './to-wages.js';
export * from './to-outlook.js';
