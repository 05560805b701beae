export * from './explanation-schema.js';
export * from './factors.js';
export * from './counterfactual.js';
export * from './explanation-facts.js';
export * from './explanation-text.js';
export * from './holding-back.js';
export * from './strengths.js';
export { skillGapsText, skillsToCheckText } from './skill-level-text.js';
export * from './truth-check.js';
