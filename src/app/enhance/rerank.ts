import type { Recommendation } from '../recommend/index.js';
import type { RerankProposal } from '../ports/index.js';

/** Default bound on how far an LLM re-rank may move any one item. */
export const DEFAULT_MAX_MOVE = 2;

/** A re-rank that can be applied, or why it was ignored. */
export type RerankVerdict =
  | { readonly ok: true; readonly order: readonly string[]; readonly changed: boolean }
  | { readonly ok: false; readonly problem: string };

/**
 * Checks a proposed order against the current one: it must list every current code exactly
 * once, move no item more than `maxMove` places and come with a reason.
 */
export function validateRerank(
  proposal: RerankProposal,
  codes: readonly string[],
  maxMove: number,
): RerankVerdict {
  const { order } = proposal;
  if (maxMove <= 0) return { ok: false, problem: 're-ranking is disabled' };
  if (proposal.reason.trim() === '') return { ok: false, problem: 'no reason given' };
  if (order.length !== codes.length)
    return { ok: false, problem: `order has ${order.length} codes, the list ${codes.length}` };
  const from = new Map(codes.map((c, i) => [c, i]));
  const seen = new Set<string>();
  for (const [to, code] of order.entries()) {
    const i = from.get(code);
    if (i === undefined) return { ok: false, problem: `unknown code ${code}` };
    if (seen.has(code)) return { ok: false, problem: `duplicate code ${code}` };
    if (Math.abs(to - i) > maxMove)
      return { ok: false, problem: `${code} moves ${Math.abs(to - i)} places (max ${maxMove})` };
    seen.add(code);
  }
  return { ok: true, order, changed: order.some((c, i) => c !== codes[i]) };
}

/**
 * Puts recommendations in a validated order: ranks follow the new positions, each moved item
 * records where it came from and why, and scores stay the model's.
 */
export function applyOrder(
  recommendations: readonly Recommendation[],
  order: readonly string[],
  reason: string,
): Recommendation[] {
  const byCode = new Map(recommendations.map((r) => [r.code, r]));
  return order.map((code, i) => {
    const r = byCode.get(code)!;
    const rank = i + 1;
    return rank === r.rank ? r : { ...r, rank, reranked: { from: r.rank, reason } };
  });
}
