import {
  rankToolsInDemand,
  toPayAgainstCurrentJob,
  type PayAgainstCurrentJob,
  type UserProfile,
} from '../../core/domain/index.js';
import { buildExplanationFacts, toExplanationText, toPercent } from '../../core/explain/index.js';
import { FEATURE_COUNT, toUserContext, type UserContext } from '../../core/features/index.js';
import {
  eligibilityOf,
  isExpandedScorer,
  isMatchCalibrated,
  rankTopK,
  skillGaps,
  skillsToCheck,
  toMatchPercent,
  topCareers,
  applyVisitFeedback,
  type ConfidenceBasis,
  type ScoredIndex,
  type Scorer,
  type VisitAdjustment,
  type VisitRating,
} from '../../core/ranking/index.js';
import { toConfidenceBases } from './match-ranges.js';
import type { Recommendation, RecommendationResult } from './recommendation.js';
import type { RecommenderContext } from './recommender-context.js';
import { occupationSimilarity } from './visit-ratings.js';

/** Options of one ranking. */
export interface RankOptions {
  readonly limit: number;
  readonly explain: boolean;
  /** "Not for me" / "more like this" given during this visit (moves those and the most alike). */
  readonly visit?: readonly VisitRating[];
}

/** The `model` block of a response: what a scorer is. */
export interface ScorerDescription {
  readonly kind: Scorer['kind'];
  readonly version: string;
  readonly description: string;
}

const descriptions = new WeakMap<Scorer, ScorerDescription>();

/**
 * Describes a scorer for the `model` block of a response (made once per scorer and frozen: every
 * answer of the scorer shares it).
 */
export function describeScorer(scorer: Scorer): ScorerDescription {
  let described = descriptions.get(scorer);
  if (!described) descriptions.set(scorer, (described = Object.freeze(toDescription(scorer))));
  return described;
}

function toDescription(scorer: Scorer): ScorerDescription {
  return {
    kind: scorer.kind,
    version: scorer.version,
    description: isExpandedScorer(scorer)
      ? `Logistic regression on ${FEATURE_COUNT} user–career pair features, trained on synthetic pairs and O*NET related occupations; the score is ${toPercent(1 - scorer.options.lambda)}% the model’s probability and ${toPercent(scorer.options.lambda)}% how well the occupation fits people from the ${scorer.options.k} occupations that fit you best${scorer.options.adviser ? '; an occupation that scores high for everyone is weighed against how it scores for other people, and a shrinking or small occupation ranks below growing ones that fit nearly as well' : ''}${isMatchCalibrated(scorer) ? '; the match percentage is the share of occupations with that score that O*NET lists as related to the job a profile like yours comes from, measured on occupations the model was not trained on' : ''}`
      : scorer.kind === 'ml'
        ? `Logistic regression on ${FEATURE_COUNT} user–career pair features, trained on synthetic pairs`
        : 'Cosine similarity of your profile vector and the occupation’s (skills, interests, values)',
  };
}

/** Scores every rateable occupation, applies the constraints and returns the top `limit`. */
export function rankForProfile(
  ctx: RecommenderContext,
  scorer: Scorer,
  profile: UserProfile,
  options: RankOptions,
): RecommendationResult {
  const user = toUserContext(profile, ctx.population);
  const { mask, excluded } = eligibilityOf(ctx.careers, profile);
  let top: ScoredIndex[];
  let visit: Map<number, VisitAdjustment> | null = null;
  if (options.visit?.length) {
    // This visit's ratings move every career's score: score them all.
    const scores = new Float64Array(ctx.careers.length);
    scorer.scoreAll(user, ctx.careers, scores);
    visit = applyVisitFeedback(scores, options.visit, occupationSimilarity(ctx));
    top = rankTopK(scores, ctx.codes, mask, options.limit);
  } else top = topCareers(scorer, user, ctx.careers, ctx.codes, mask, options.limit);
  const known = currentJobTools(ctx, profile);
  const confidences = toConfidenceBases(ctx, scorer, user, top);
  const pay = payAgainst(ctx, profile);
  return {
    model: describeScorer(scorer),
    recommendations: top.map((t, rank) =>
      withVisitAdjustment(
        ctx,
        toRecommendation(ctx, scorer, user, t.index, t.score, rank + 1, options.explain, known, {
          confidence: confidences[rank]!,
          payAgainstCurrentJob: pay,
        }),
        visit?.get(t.index),
      ),
    ),
    considered: ctx.careers.length,
    excluded: { ...excluded },
    reranked: false,
  };
}

/** Says on a recommendation how this visit's ratings moved it (nothing when they did not). */
function withVisitAdjustment(
  ctx: RecommenderContext,
  rec: Recommendation,
  adjustment: VisitAdjustment | undefined,
): Recommendation {
  if (!adjustment) return rec;
  return {
    ...rec,
    visitAdjustment: {
      scoreChange: adjustment.scoreChange,
      because: adjustment.because.map((r) => ({
        code: ctx.codes[r.careerIndex]!,
        title: ctx.factsOf(r.careerIndex).title,
        rating: r.rating,
      })),
    },
  };
}

/** The technologies of the person's current job: not ones they still have to learn. */
function currentJobTools(ctx: RecommenderContext, profile: UserProfile): ReadonlySet<string> {
  const current = profile.currentOccupation ? ctx.findOccupation(profile.currentOccupation) : null;
  return new Set(current?.technologies.map((t) => t.name) ?? []);
}

/** The pay of an occupation against the person's current job, or null without one. */
function payAgainst(
  ctx: RecommenderContext,
  profile: UserProfile,
): (index: number) => PayAgainstCurrentJob | null {
  const current = profile.currentOccupation ? ctx.findOccupation(profile.currentOccupation) : null;
  if (!current?.wages) return () => null;
  return (index) => {
    const occupation = ctx.catalog.occupations[ctx.careers[index]!.catalogIndex]!;
    return toPayAgainstCurrentJob(
      occupation.wages?.medianAnnualUsd ?? null,
      current.wages!.medianAnnualUsd,
      current.title,
    );
  };
}

function toRecommendation(
  ctx: RecommenderContext,
  scorer: Scorer,
  user: UserContext,
  index: number,
  score: number,
  rank: number,
  explain: boolean,
  knownTools: ReadonlySet<string>,
  {
    confidence,
    payAgainstCurrentJob = () => null,
  }: {
    confidence: ConfidenceBasis;
    payAgainstCurrentJob?: (index: number) => PayAgainstCurrentJob | null;
  },
): Recommendation {
  const career = ctx.careers[index]!;
  const occupation = ctx.catalog.occupations[career.catalogIndex]!;
  const gaps = skillGaps(user, career);
  const toCheck = skillsToCheck(user, career);
  const shown = ctx.factsOf(index);
  const toolsInDemand = rankToolsInDemand(occupation, ctx.catalog.occupations, knownTools);
  const base: Recommendation = {
    rank,
    code: shown.code,
    title: shown.title,
    score,
    matchPercent: toMatchPercent(scorer, user, score),
    matchRange: confidence.matchRange,
    confidence: confidence.confidence,
    confidenceBasis: confidence,
    medianAnnualWageUsd: shown.medianAnnualWageUsd,
    medianAnnualWage: shown.medianAnnualWage,
    wageText: shown.wageText,
    wagePercentiles: shown.wagePercentiles,
    wageInheritedFromSoc: shown.wageInheritedFromSoc,
    wageBorrowedFrom: shown.wageBorrowedFrom,
    outlook: shown.outlook,
    outlookConcern: shown.outlookConcern,
    payAgainstCurrentJob: payAgainstCurrentJob(index),
    typicalEducation: shown.typicalEducation,
    jobZone: shown.jobZone,
    skillGaps: gaps,
    skillsToCheck: toCheck,
    toolsInDemand,
    interestCodes: shown.interestCodes,
    profileEstimated: shown.profileEstimated,
    profileEstimateText: shown.profileEstimateText,
  };
  if (!explain) return base;
  const facts = buildExplanationFacts({
    scorer,
    user,
    career,
    occupation,
    score,
    confidence,
    gaps,
    toCheck,
    toolsInDemand,
    outlookConcern: shown.outlookConcern,
    payAgainstCurrentJob: base.payAgainstCurrentJob,
    borrowed: { wages: shown.wageBorrowedFrom, outlook: shown.outlook?.borrowedFrom ?? null },
    jobZones: ctx.catalog.jobZones,
    titleOf: (code) => {
      const other = ctx.findCareer(code);
      return other ? ctx.catalog.occupations[other.catalogIndex]!.title : undefined;
    },
  });
  return {
    ...base,
    explanation: {
      text: toExplanationText(facts),
      facts,
      llm: { used: false, reason: 'not requested' },
    },
  };
}
