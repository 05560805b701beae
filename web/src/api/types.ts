// The API's wire types, taken from the server's own zod schemas (type-only imports: nothing of
// the server ends up in the bundle). A change of a response schema breaks this page's build.
import type { z } from 'zod';
import type { ProfileInput } from '../../../src/app/profile/index.js';
import type {
  aboutSchema,
  comparisonSchema,
  errorResponseSchema,
  feedbackCreatedSchema,
  inferProfileResponseSchema,
  occupationDetailSchema,
  pathwaysResultSchema,
  questionnaireSchema,
  questionnaireScoresSchema,
  recommendationResultSchema,
  referenceSchema,
  titleSearchResponseSchema,
} from '../../../src/http/schemas/index.js';
import type { RiasecLetter } from '../../../src/core/domain/index.js';
import type { fileProfileSchema, textProfileSchema } from '../../../src/app/text-profile/index.js';

/** The profile the API accepts (POST /v1/recommendations `profile`). */
export type { ProfileInput, RiasecLetter };
/** POST /v1/recommendations: the ranked answer. */
export type RecommendationResult = z.output<typeof recommendationResultSchema>;
/** One recommended occupation. */
export type Recommendation = RecommendationResult['recommendations'][number];
/** A BLS wage figure (exact, top-coded lower bound, or unknown). */
export type WageValue = NonNullable<Recommendation['medianAnnualWage']>;
/** A skill the career needs above the person's level. */
export type SkillGap = Recommendation['skillGaps'][number];
/** POST /v1/recommendations/compare. */
export type Comparison = z.output<typeof comparisonSchema>;
/** GET /v1/occupations/:code. */
export type OccupationDetail = z.output<typeof occupationDetailSchema>;
/** GET /v1/occupations/search. */
export type TitleSearchResponse = z.output<typeof titleSearchResponseSchema>;
/** One title-search match. */
export type TitleMatch = TitleSearchResponse['results'][number];
/** POST /v1/profiles/infer. */
export type InferProfileResponse = z.output<typeof inferProfileResponseSchema>;
/** GET /v1/questionnaire. */
export type Questionnaire = z.output<typeof questionnaireSchema>;
/** One questionnaire item. */
export type QuestionnaireItem = Questionnaire['items'][number];
/** POST /v1/questionnaire/score. */
export type QuestionnaireScores = z.output<typeof questionnaireScoresSchema>;
/** GET /v1/reference. */
export type Reference = z.output<typeof referenceSchema>;
/** GET /v1/about. */
export type About = z.output<typeof aboutSchema>;
/** POST /v1/feedback (201). */
export type FeedbackCreated = z.output<typeof feedbackCreatedSchema>;
/** The error envelope of every failed request. */
export type ErrorResponse = z.output<typeof errorResponseSchema>;
/** Which ranking: the trained model or the cosine baseline. */
export type ModelKind = RecommendationResult['model']['kind'];
/** A thumbs up or down. */
export type FeedbackRating = NonNullable<FeedbackCreated['rating']>;
/** A reported outcome (interested, applied, hired). */
export type FeedbackOutcome = NonNullable<FeedbackCreated['outcome']>;
/** POST /v1/profiles/from-text: a profile read from a résumé, with evidence spans. */
export type TextProfile = z.output<typeof textProfileSchema>;
/** POST /v1/profiles/from-file: the same, with the text read from the file. */
export type FileProfile = z.output<typeof fileProfileSchema>;
/** POST /v1/pathways: routes to a target career and the time to be ready. */
export type PathwaysResult = z.output<typeof pathwaysResultSchema>;
