export * from './requests.js';
export * from './attribution.js';
export * from './active-model.js';
export * from './occupation-detail.js';
export * from './reference.js';
export * from './careers-service.js';
