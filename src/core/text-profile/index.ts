// Reading what a person wrote (a résumé, a few sentences) against what O*NET says people do.
export * from './text-tokens.js';
export * from './resume-abbreviations.js';
export * from './text-segments.js';
export * from './occupation-documents.js';
export * from './text-index.js';
export * from './match-text.js';
