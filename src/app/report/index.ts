export { markSection, replaceSection, sectionIds } from './report-sections.js';
