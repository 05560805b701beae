// The pathways answer is declared once, next to the code that builds it (app/pathways).
export { pathwaysResultSchema } from '../../app/pathways/index.js';
