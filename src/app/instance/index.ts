// An API instance's lifecycle: start-up steps that fill in its state, readiness, and the model
// it serves (following the registry's active one).
export * from './readiness.js';
export * from './follow-active-model.js';
export * from './instance-runtime.js';
