export * from './simulated-person.js';
export * from './run-feedback-simulation.js';
export * from './feedback-simulation-markdown.js';
