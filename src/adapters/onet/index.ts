// O*NET 30.1 text release: file specs, the TSV reader and one validating parser per table.
export * from './onet-files.js';
export * from './tsv-table.js';
export * from './parse-helpers.js';
export * from './parse-occupation-data.js';
export * from './parse-ratings.js';
export * from './parse-profile-scores.js';
export * from './parse-job-zones.js';
export * from './parse-education.js';
export * from './parse-titles.js';
export * from './parse-technology-skills.js';
export * from './parse-task-statements.js';
export * from './parse-related-occupations.js';
export * from './parse-reference.js';
export * from './parse-onet-tables.js';
export * from './read-me.js';
export * from './parse-career-changers.js';
