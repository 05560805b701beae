export * from './time-assumptions.js';
export * from './pathway-schema.js';
export * from './step-readiness.js';
export * from './build-step.js';
export * from './find-routes.js';
export * from './occupation-neighbors.js';
