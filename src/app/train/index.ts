export * from './training-pairs.js';
export * from './train-model.js';
export * from './load-model.js';
export * from './ensure-model.js';
export * from './feedback-pairs.js';
export * from './retrain.js';
export * from './held-out-checks.js';
export * from './promote-candidate.js';
