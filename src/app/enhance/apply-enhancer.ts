import type { EnhanceOutput, ExplanationEnhancer, LlmFallbackReason } from '../ports/index.js';
import type { LlmUse, Recommendation, RecommendationResult } from '../recommend/index.js';
import { checkProposal } from './check-proposal.js';
import { toPersonText } from './person-text.js';
import { applyOrder, DEFAULT_MAX_MOVE, validateRerank } from './rerank.js';
import { toEnhanceInput } from './to-enhance-input.js';

/** Options of one enhancement. */
export interface ApplyEnhancerOptions {
  /** Most places a re-rank may move an item (default 2; 0 turns re-ranking off). */
  readonly maxMove?: number;
  /** What the person typed as their current occupation: user text, cleaned and quoted as data. */
  readonly personText?: string | null;
  /** Every O*NET title, so a text naming an occupation outside the list is caught. */
  readonly knownTitles?: readonly string[];
  /** Aborts the LLM call (e.g. when the HTTP client goes away). */
  readonly signal?: AbortSignal;
  /**
   * A last-resort bound on the whole call in ms, for enhancers that ignore their own timeout;
   * set it a little above the adapter's (e.g. LLM_TIMEOUT_MS + 500). Unset: no extra timer.
   */
  readonly deadlineMs?: number;
}

/** What happened, for logs and metrics. */
export interface EnhanceOutcome {
  readonly used: boolean;
  readonly reason?: LlmFallbackReason;
  /** Log-safe detail of a rejection (which text, which number or name). */
  readonly detail?: string;
  readonly model?: string;
  readonly cached?: boolean;
  readonly reranked: boolean;
  /** Why a re-rank proposal was ignored, when one was made and ignored. */
  readonly rerankIgnored?: string;
}

/** A new result and what happened to it. */
export interface EnhancedResult {
  readonly result: RecommendationResult;
  readonly outcome: EnhanceOutcome;
}

function withLlm(
  result: RecommendationResult,
  llm: LlmUse,
  texts?: ReadonlyMap<string, string>,
): RecommendationResult {
  const recommendations = result.recommendations.map((r): Recommendation => {
    if (!r.explanation) return r;
    const deterministicText = r.explanation.deterministicText ?? r.explanation.text;
    const text = texts?.get(r.code) ?? deterministicText;
    return { ...r, explanation: { ...r.explanation, text, deterministicText, llm } };
  });
  return { ...result, recommendations };
}

function fallback(
  result: RecommendationResult,
  reason: LlmFallbackReason,
  detail?: string,
  model?: string,
): EnhancedResult {
  return {
    result: withLlm(result, { used: false, reason }),
    outcome: { used: false, reason, reranked: false, ...(detail ? { detail } : {}), model },
  };
}

async function callWithDeadline(
  enhancer: ExplanationEnhancer,
  input: Parameters<ExplanationEnhancer['enhance']>[0],
  options: ApplyEnhancerOptions,
): Promise<EnhanceOutput> {
  if (options.deadlineMs === undefined) return await enhancer.enhance(input, options.signal);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<EnhanceOutput>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, reason: 'timeout' });
    }, options.deadlineMs);
  });
  try {
    return await Promise.race([enhancer.enhance(input, controller.signal), late]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Applies an enhancer to a ranked result and says what happened. Never throws: any fault
 * (no enhancer, timeout, HTTP error, malformed or ungrounded answer, injected instructions)
 * leaves the deterministic text with `llm = { used: false, reason }`. On success the texts
 * are replaced (the deterministic one kept in `deterministicText`) and a valid re-rank
 * proposal is applied; an invalid one is ignored whole.
 */
export async function enhanceResult(
  result: RecommendationResult,
  enhancer: ExplanationEnhancer | null,
  options: ApplyEnhancerOptions = {},
): Promise<EnhancedResult> {
  if (!enhancer) return fallback(result, 'not configured');
  try {
    return await enhanceWith(result, enhancer, options);
  } catch {
    // A bug in an enhancer or in the facts must never cost the person their recommendations.
    return fallback(result, 'enhancer error', undefined, enhancer.model);
  }
}

async function enhanceWith(
  result: RecommendationResult,
  enhancer: ExplanationEnhancer,
  options: ApplyEnhancerOptions,
): Promise<EnhancedResult> {
  const maxMove = Math.max(0, Math.floor(options.maxMove ?? DEFAULT_MAX_MOVE));
  const input = toEnhanceInput(result.recommendations, toPersonText(options.personText), maxMove);
  if (!input) return { result, outcome: { used: false, reason: 'no facts', reranked: false } };
  const output = await callWithDeadline(enhancer, input, options);
  if (!output.ok) return fallback(result, output.reason, undefined, output.model);
  const verdict = checkProposal(output.proposal, input, { knownTitles: options.knownTitles });
  if (!verdict.ok) return fallback(result, verdict.reason, verdict.detail, output.model);

  const texts = new Map(output.proposal.items.map((i) => [i.code, i.text.trim()]));
  const enhanced = withLlm(result, { used: true, model: output.model }, texts);
  const base = { used: true, model: output.model, cached: output.cached };
  const rerank = output.proposal.rerank;
  if (!rerank || input.maxMove === 0) {
    return {
      result: enhanced,
      outcome: {
        ...base,
        reranked: false,
        ...(rerank ? { rerankIgnored: 're-ranking is disabled' } : {}),
      },
    };
  }
  const codes = enhanced.recommendations.map((r) => r.code);
  const order = validateRerank(rerank, codes, input.maxMove);
  if (!order.ok) {
    return {
      result: enhanced,
      outcome: { ...base, reranked: false, rerankIgnored: order.problem },
    };
  }
  if (!order.changed) return { result: enhanced, outcome: { ...base, reranked: false } };
  const recommendations = applyOrder(enhanced.recommendations, order.order, rerank.reason.trim());
  return {
    result: { ...enhanced, recommendations, reranked: true },
    outcome: { ...base, reranked: true },
  };
}

/** Applies an enhancer to a ranked result (see enhanceResult); returns the new result only. */
export async function applyEnhancer(
  result: RecommendationResult,
  enhancer: ExplanationEnhancer | null,
  options: ApplyEnhancerOptions = {},
): Promise<RecommendationResult> {
  return (await enhanceResult(result, enhancer, options)).result;
}
