export * from './openai-enhancer.js';
export * from './enhancer-from-config.js';
export * from './enhance-prompt.js';
export * from './parse-enhance-answer.js';
export * from './scrub-secret.js';
export * from './lru-cache.js';
export * from './semaphore.js';
