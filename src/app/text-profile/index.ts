// A résumé or a few sentences → a profile with evidence (the matcher is core/text-profile).
export * from './text-profile-schema.js';
export * from './check-readable.js';
export * from './named-skills.js';
export * from './profile-from-text.js';
