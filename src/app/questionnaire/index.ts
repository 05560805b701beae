export * from './questionnaire.js';
