// Estimated profiles for occupations O*NET describes but has not rated on skills: the weighted
// mean of the rated occupations most like them (related occupations, SOC siblings, tasks,
// technology, interests, Job Zone), and the masking that measures how good such estimates are.
export * from './task-vectors.js';
export * from './donor-similarity.js';
export * from './estimate-profile.js';
export * from './estimate-unrated.js';
