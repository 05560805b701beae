export * from './profile-schema.js';
export * from './resolve-names.js';
export * from './resolve-profile.js';
export * from './suggest.js';
export * from './to-stored-profile.js';
export * from './resolve-skill.js';
export * from './resolve-title.js';
export * from './skill-synonyms.js';
