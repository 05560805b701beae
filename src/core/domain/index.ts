export * from './onet-code.js';
export * from './skills.js';
export * from './riasec.js';
export * from './work-values.js';
export * from './wage.js';
export * from './outlook.js';
export * from './occupation.js';
export * from './user-profile.js';
