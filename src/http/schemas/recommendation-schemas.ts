// The recommendation answers are declared once, where their types live (app/recommend for the
// answer, core/explain for the explanation facts); the routes and the OpenAPI document use them.
export { explanationFactsSchema } from '../../core/explain/index.js';
export {
  comparisonSchema,
  recommendationResultSchema,
  recommendationSchema,
} from '../../app/recommend/index.js';
