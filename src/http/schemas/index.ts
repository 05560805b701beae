// Zod schemas of the API's responses (requests reuse the app's schemas): one schema serves for
// types, documentation (OpenAPI) and the tests that check responses against it.
export * from './common-schemas.js';
export * from './recommendation-schemas.js';
export * from './occupation-schemas.js';
export * from './service-schemas.js';
export * from './reference-schemas.js';
export * from './resolution-schemas.js';
export * from './pathway-schemas.js';
