import { parseOnetCode, type OnetCode, type UserProfile } from '../../core/domain/index.js';
import { createCosineScorer, isExpandedScorer, type Scorer } from '../../core/ranking/index.js';
import { AppError } from '../../errors.js';
import { enhanceResult, type EnhanceOutcome } from '../enhance/index.js';
import type {
  DocumentReader,
  ExplanationEnhancer,
  FeedbackRecord,
  Store,
  TitleMatch,
  TitleSearch,
} from '../ports/index.js';
import {
  resolveProfile,
  resolveProfileOutLoud,
  toStoredProfile,
  type OccupationResolution,
  type ProfileInput,
} from '../profile/index.js';
import {
  buildQuestionnaire,
  scoreQuestionnaire,
  type QuestionnaireItem,
} from '../questionnaire/index.js';
import {
  compareScorers,
  rankForProfile,
  toExpandedScorer,
  toVisitRatings,
  type Comparison,
  type RecommendationResult,
  type RecommenderContext,
} from '../recommend/index.js';
import { buildTextIndex, type TextIndex } from '../../core/text-profile/index.js';
import {
  profileFromText,
  type FileProfile,
  type FromTextRequest,
  type TextProfile,
} from '../text-profile/index.js';
import type { LoadedModel, ActiveModelSource } from './active-model.js';
import { BLS_CREDIT, ONET_ATTRIBUTION, PRODUCT_NAME } from './attribution.js';
import { toOccupationDetail, type OccupationDetail } from './occupation-detail.js';
import { toReference, type Reference } from './reference.js';
import type {
  CompareRequest,
  FeedbackRequest,
  PathwaysRequest,
  RecommendRequest,
} from './requests.js';
import { createSearchContext, type SearchContext } from '../../core/pathways/index.js';
import { findPathways, type PathwaysResult } from '../pathways/index.js';

/** How many recorded promotion decisions GET /v1/model lists. */
export const MODEL_HISTORY_LIMIT = 20;

/** What the service is built from; the composition root provides the adapters. */
export interface CareersServiceDeps {
  readonly ctx: RecommenderContext;
  readonly titleSearch: TitleSearch;
  /** The feedback store and model registry; null where none is configured (e.g. some CLI runs). */
  readonly store: Store | null;
  readonly models: ActiveModelSource;
  readonly now: () => Date;
  readonly version: string;
  /** The optional LLM that rewords explanations; null or absent when none is configured. */
  readonly enhancer?: ExplanationEnhancer | null;
  /**
   * A last-resort bound on one LLM call in ms, a little above the adapter's own timeout
   * (LLM_TIMEOUT_MS + 500); absent: the adapter's timeout alone.
   */
  readonly llmDeadlineMs?: number;
  /** Reads résumé files; absent where uploads are not offered. */
  readonly documents?: DocumentReader;
}

/** Options of one recommendation besides the request. */
export interface RecommendOptions {
  /** Aborts the LLM step (e.g. when the HTTP client goes away). */
  readonly signal?: AbortSignal;
  /** Told what the LLM step did (used, fallback reason, re-rank), for logs and metrics. */
  readonly onLlmOutcome?: (outcome: EnhanceOutcome) => void;
}

/** Every use case the edges (HTTP, CLI, web) call. */
export type CareersService = ReturnType<typeof createCareersService>;

/** Builds the service from its dependencies. */
export function createCareersService(deps: CareersServiceDeps) {
  const { ctx } = deps;
  const baseline = createCosineScorer();
  const questionnaire = buildQuestionnaire(ctx.catalog.interestActivities);
  let reference: Reference | undefined;
  let knownTitles: readonly string[] | undefined;
  let textIndex: TextIndex | undefined;
  let pathwaySearch: SearchContext | undefined;
  const resolver = {
    findOccupation: ctx.findOccupation,
    findTitles: (title: string) => deps.titleSearch.search(title, { limit: 5 }),
  };

  const readText = (text: string): TextProfile => {
    textIndex ??= buildTextIndex(ctx.catalog.occupations);
    return profileFromText(textIndex, ctx.findOccupation, text);
  };

  const activeModel = (): LoadedModel => {
    const model = deps.models.current();
    if (!model) {
      throw new AppError(
        'MODEL_MISSING',
        'No trained model is active yet. Train one with `careers train` (the server trains one at first start), or ask for model "baseline".',
      );
    }
    return model;
  };
  // The product ranks with the model plus query expansion; its cached rows live as long as the
  // active model does (the stored model and its retrain comparisons stay the logistic model).
  let expanded: { readonly base: Scorer; readonly scorer: Scorer } | null = null;
  const modelScorer = (): Scorer => {
    const base = activeModel().scorer;
    if (expanded?.base !== base) expanded = { base, scorer: toExpandedScorer(ctx, base) };
    return expanded.scorer;
  };
  const scorerFor = (kind: 'ml' | 'baseline'): Scorer => (kind === 'ml' ? modelScorer() : baseline);
  const requireStore = (): Store => {
    if (!deps.store) throw new AppError('STORE_UNAVAILABLE', 'No feedback store is configured.');
    return deps.store;
  };
  const occupationOrThrow = (code: string) => {
    const parsed = parseOnetCode(code);
    const occupation = parsed ? ctx.findOccupation(parsed) : undefined;
    if (!occupation) {
      throw new AppError(
        'NOT_FOUND',
        `No occupation has the code "${code}". Codes look like 15-1252.00; find one with the title search.`,
      );
    }
    return occupation;
  };

  return {
    /**
     * Builds part of the active model's per-model caches (the query expansion's reference
     * scores, `budget` reference queries), so the first people to ask after a model becomes
     * active do not wait for them; true once they are all built (or there is nothing to build).
     */
    warmUp(budget: number): boolean {
      if (!deps.models.current()) return true;
      const scorer = modelScorer();
      return isExpandedScorer(scorer) ? scorer.warm(budget) : true;
    },
    /** Resolves a profile (names, current occupation) into the form features use. */
    resolve(profile: ProfileInput): UserProfile {
      return resolveProfile(profile, resolver);
    },
    /**
     * A whole recommendation: ranks occupations for a profile with the model or the baseline,
     * explains them and, with `llm`, lets the configured LLM reword the explanations (never
     * failing for it: any fault keeps the deterministic texts and says why in `explanation.llm`).
     */
    async recommend(
      request: RecommendRequest,
      options: RecommendOptions = {},
    ): Promise<RecommendationResult> {
      const { profile, resolved } = resolveProfileOutLoud(request.profile, resolver);
      const rank = (explain: boolean): RecommendationResult => ({
        ...rankForProfile(ctx, scorerFor(request.model), profile, {
          limit: request.limit,
          explain,
          visit: toVisitRatings(ctx, request.feedback ?? []),
        }),
        resolved,
      });
      if (!request.llm) return rank(request.explain);
      // The LLM rewrites explanations, so they are computed whatever `explain` says.
      knownTitles ??= ctx.catalog.occupations.map((o) => o.title);
      const { result, outcome } = await enhanceResult(rank(true), deps.enhancer ?? null, {
        personText: request.profile.currentOccupation ?? null,
        knownTitles,
        signal: options.signal,
        deadlineMs: deps.llmDeadlineMs,
      });
      options.onLlmOutcome?.(outcome);
      return result;
    },
    /** The same profile through the model and the baseline, with their overlap. */
    compare(request: CompareRequest): Comparison {
      const { profile, resolved } = resolveProfileOutLoud(request.profile, resolver);
      const c = compareScorers(ctx, modelScorer(), baseline, profile, {
        limit: request.limit,
        explain: request.explain,
      });
      return { ...c, ml: { ...c.ml, resolved }, baseline: { ...c.baseline, resolved } };
    },
    /**
     * A profile read from a résumé or a few sentences, with the occupations it matches and the
     * evidence (character spans) for each part. The text is neither kept nor logged.
     */
    profileFromText(request: FromTextRequest): TextProfile {
      return readText(request.text);
    },
    /**
     * `profileFromText` of a résumé file's text, with that text (the evidence offsets point into
     * it); `truncated` says when only its first 20,000 characters were read. Neither the file nor
     * its text is kept.
     */
    async profileFromFile(bytes: Uint8Array, fileName: string): Promise<FileProfile> {
      if (!deps.documents) {
        throw new AppError(
          'VALIDATION_FAILED',
          'Files cannot be read here: paste the text instead.',
        );
      }
      const { text, truncated } = await deps.documents.read(bytes, fileName);
      return { ...readText(text), text, truncated };
    },
    /** Routes from the person to a target career, with the time to be ready and its assumptions. */
    pathways(request: PathwaysRequest): PathwaysResult {
      const { profile, resolved } = resolveProfileOutLoud(request.profile, resolver);
      pathwaySearch ??= createSearchContext(ctx.catalog);
      return findPathways(
        {
          catalog: ctx.catalog,
          search: pathwaySearch,
          findOccupation: ctx.findOccupation,
          findTitles: resolver.findTitles,
        },
        { ...request, profile, resolved },
      );
    },
    /** Occupations by job title. */
    searchTitles(query: string, limit = 10): readonly TitleMatch[] {
      return deps.titleSearch.search(query, { limit });
    },
    /** The detail of one occupation. */
    occupation(code: string): OccupationDetail {
      return toOccupationDetail(occupationOrThrow(code), ctx.catalog, ctx.findOccupation);
    },
    /** The profile a person in this occupation (code or job title) can start from. */
    inferProfile(codeOrTitle: string): {
      code: OnetCode;
      title: string;
      profile: UserProfile;
      resolved: OccupationResolution;
    } {
      const { profile, resolved } = resolveProfileOutLoud(
        { currentOccupation: codeOrTitle },
        resolver,
      );
      const occupation = ctx.findOccupation(profile.currentOccupation!)!;
      return {
        code: occupation.code,
        title: occupation.title,
        profile,
        resolved: resolved.currentOccupation!,
      };
    },
    /** Stores one feedback event about a recommended occupation. */
    async recordFeedback(request: FeedbackRequest): Promise<FeedbackRecord> {
      occupationOrThrow(request.code);
      const { profile: resolved, resolved: names } = resolveProfileOutLoud(
        request.profile,
        resolver,
      );
      const store = requireStore();
      return store.recordFeedback({
        subjectId: request.subjectId,
        // Element ids and codes only: no name or job title as the person typed it is kept.
        profile: toStoredProfile(
          request.profile,
          resolved,
          names.experience?.map((j) => j.code),
        ),
        code: request.code,
        rating: request.rating,
        outcome: request.outcome,
        modelVersion: deps.models.current()?.version ?? 'none',
        createdAt: deps.now().toISOString(),
      });
    },
    /** Deletes every feedback event of one subject id; returns how many were deleted. */
    async deleteFeedback(subjectId: string): Promise<number> {
      return requireStore().deleteFeedbackBySubject(subjectId);
    },
    /** How many feedback events are stored (optionally for one occupation). */
    async countFeedback(code?: string): Promise<number> {
      return requireStore().countFeedback(code ? { code } : undefined);
    },
    /** The active model's version and metrics, and the recent promotion decisions (newest first). */
    async modelInfo() {
      const model = deps.models.current();
      const history = deps.store
        ? (await deps.store.listDecisions({ limit: MODEL_HISTORY_LIMIT })).map((d) => ({
            version: d.version,
            activated: d.activated,
            reason: d.reason,
            decidedAt: d.decidedAt,
            metrics: d.metrics,
          }))
        : [];
      return {
        history,
        active: model
          ? {
              version: model.version,
              createdAt: model.createdAt,
              dataRelease: model.dataRelease,
              metrics: model.metrics,
            }
          : null,
        baseline: {
          version: baseline.version,
          description: 'Cosine similarity of profile vectors',
        },
      };
    },
    /** The interest questionnaire's items. */
    questionnaire(): readonly QuestionnaireItem[] {
      return questionnaire;
    },
    /** Scores questionnaire answers into RIASEC scores. */
    scoreQuestionnaire(answers: Readonly<Record<string, number>>) {
      const unknown = Object.keys(answers).filter((id) => !questionnaire.some((q) => q.id === id));
      if (unknown.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Unknown questionnaire item(s): ${unknown.join(', ')}. Get the items from GET /v1/questionnaire.`,
        );
      }
      return scoreQuestionnaire(questionnaire, answers);
    },
    /** Skill, interest and work-value names with O*NET's level anchors, Job Zones and SOC groups. */
    reference(): Reference {
      reference ??= toReference(ctx.catalog);
      return reference;
    },
    /** Releases, attribution and counts. */
    about() {
      return {
        name: PRODUCT_NAME,
        version: deps.version,
        data: {
          onetRelease: ctx.catalog.source.onetRelease,
          blsRelease: ctx.catalog.source.blsRelease,
          occupations: ctx.catalog.occupations.length,
          rateableOccupations: ctx.careers.length,
        },
        attribution: ONET_ATTRIBUTION,
        blsCredit: BLS_CREDIT,
        license: 'O*NET data: CC BY 4.0. BLS data: public domain.',
        llm: { configured: deps.enhancer != null, model: deps.enhancer?.model ?? null },
      };
    },
  };
}
