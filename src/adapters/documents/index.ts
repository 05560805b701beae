// Résumé files (.pdf, .docx, .txt, .md) → text, parsed in a worker with size, page, time and memory limits.
export * from './document-kind.js';
export * from './document-limits.js';
export * from './read-document.js';
