import type {
  EnhanceInput,
  EnhanceItem,
  EnhanceProposal,
  LlmFallbackReason,
} from '../ports/index.js';
import {
  hasLinkOrMarkup,
  looksLikeInstructions,
  looksLikeRefusal,
} from './instruction-patterns.js';
import { blankPhrases, codesIn, isListedCode, titlesIn } from './named-occupations.js';
import { extractStatedNumbers, factNumbers, isAllowedNumber } from './stated-numbers.js';

/** What grounding needs besides the input: every occupation title the product knows. */
export interface GroundingOptions {
  /** All O*NET titles; a text naming one that is not in the list is discarded. */
  readonly knownTitles?: readonly string[];
}

/** The verdict on one answer: usable, or the reason (and a log-safe detail) it is not. */
export type GroundingVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: LlmFallbackReason; readonly detail: string };

const fail = (reason: LlmFallbackReason, detail: string): GroundingVerdict => ({
  ok: false,
  reason,
  detail,
});

/** Strings from the facts that may contain digits without being numbers the text states. */
function dataStrings(input: EnhanceInput): string[] {
  const fromItems = input.items.flatMap((i) => [
    i.title,
    ...i.hotTechnologies,
    ...i.resemblesBestMatches,
    ...(i.profileEstimatedFrom ?? []),
    ...i.skillsThatFit,
    ...i.gaps.map((g) => g.skill),
    ...(i.skillsToCheck ?? []).map((c) => c.skill),
    ...i.counterfactuals.map((c) => c.skill),
    ...i.factors.map((f) => f.label),
    i.education.jobZoneName ?? '',
    i.education.typicalEntryEducation ?? '',
    i.salary.borrowedFrom ?? '',
    i.outlook.borrowedFrom ?? '',
  ]);
  const person = input.person?.currentOccupation;
  // Longest first, so "Apache Spark 3" is blanked before "Apache Spark".
  return [...new Set([...fromItems, ...(person ? [person] : [])])].sort(
    (a, b) => b.length - a.length,
  );
}

function namedItems(text: string, items: readonly EnhanceItem[]): EnhanceItem[] {
  const lower = text.toLowerCase();
  const codes = codesIn(text);
  return items.filter(
    (i) => lower.includes(i.title.toLowerCase()) || codes.some((c) => isListedCode(c, [i.code])),
  );
}

function checkText(
  text: string,
  where: string,
  allowedNumbers: readonly number[],
  input: EnhanceInput,
  options: GroundingOptions,
): GroundingVerdict {
  if (looksLikeInstructions(text) || hasLinkOrMarkup(text))
    return fail('injection', `${where} gives instructions or carries links`);
  if (looksLikeRefusal(text)) return fail('refused', `${where} reads as a refusal`);
  const codes = input.items.map((i) => i.code);
  const unknownCode = codesIn(text).find((c) => !isListedCode(c, codes));
  if (unknownCode) return fail('ungrounded name', `${where} names code ${unknownCode}`);
  const strings = dataStrings(input);
  if (options.knownTitles && options.knownTitles.length > 0) {
    const rest = blankPhrases(text, strings);
    const unknownTitle = titlesIn(rest, options.knownTitles)[0];
    if (unknownTitle) return fail('ungrounded name', `${where} names "${unknownTitle}"`);
  }
  const numeric = blankPhrases(text, strings).replace(
    /(?<![\p{N}-])\d{2}-\d{4}(?:\.\d{2})?/gu,
    ' ',
  );
  const invented = extractStatedNumbers(numeric).find((n) => !isAllowedNumber(n, allowedNumbers));
  if (invented) return fail('ungrounded number', `${where} states ${invented.raw.trim()}`);
  return { ok: true };
}

/**
 * Checks an LLM answer against the facts it was given: every occupation covered once, no
 * occupation outside the list named (by code or known title), no number that is not a fact
 * (an item's text may use its own numbers and those of items it names), and no instructions,
 * links or refusals. Any failure discards the whole answer.
 */
export function checkProposal(
  proposal: EnhanceProposal,
  input: EnhanceInput,
  options: GroundingOptions = {},
): GroundingVerdict {
  const byCode = new Map(input.items.map((i) => [i.code, i]));
  const seen = new Set<string>();
  for (const p of proposal.items) {
    if (!byCode.has(p.code)) return fail('ungrounded name', `answer has unknown code ${p.code}`);
    if (seen.has(p.code)) return fail('malformed output', `answer repeats ${p.code}`);
    if (p.text.trim() === '') return fail('incomplete output', `answer has no text for ${p.code}`);
    seen.add(p.code);
  }
  const missing = input.items.find((i) => !seen.has(i.code));
  if (missing) return fail('incomplete output', `answer leaves out ${missing.code}`);

  const ranks = input.items.map((i) => i.rank);
  for (const p of proposal.items) {
    const named = namedItems(p.text, input.items);
    const allowed = [...ranks, ...[byCode.get(p.code)!, ...named].flatMap(factNumbers)];
    const verdict = checkText(p.text, `text for ${p.code}`, allowed, input, options);
    if (!verdict.ok) return verdict;
  }
  if (proposal.rerank) {
    const allowed = [...ranks, ...input.items.flatMap(factNumbers)];
    const verdict = checkText(proposal.rerank.reason, 'rerank reason', allowed, input, options);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
