// The optional-LLM port: rewrites explanations in friendlier words and may propose a small
// re-rank. Implemented by adapters/llm (any OpenAI-compatible server). The use case in
// app/enhance checks every answer against the facts before showing it and falls back to the
// deterministic text on any fault, so an implementation may be wrong but never harmful.
import type { ExplanationFacts } from '../../core/explain/index.js';

/**
 * Why an LLM did not rewrite an explanation: a short, stable, machine-readable word or phrase
 * that clients may switch on (`explanation.llm.reason`).
 */
export const LLM_FALLBACK_REASONS = [
  /** No LLM_BASE_URL / LLM_API_KEY: the product runs without an LLM. */
  'not configured',
  /** The caller did not ask for explanations or an LLM rewrite. */
  'not requested',
  /** The answer did not arrive before the deadline (including time waiting for a free slot). */
  'timeout',
  /** The caller aborted the request (e.g. the HTTP client went away). */
  'aborted',
  /** HTTP 429 twice (once after the retry). */
  'rate limited',
  /** HTTP 5xx twice (once after the retry). */
  'server error',
  /** HTTP 401 / 403: the key or the account was refused. */
  'auth failed',
  /** Any other HTTP 4xx (bad model name, unsupported option …). */
  'request rejected',
  /** The server could not be reached (DNS, refused connection, reset). */
  'unreachable',
  /** The model refused, or its output was filtered. */
  'refused',
  /** The answer was not the JSON object asked for, or did not match its schema. */
  'malformed output',
  /** The answer left out some of the occupations it was given. */
  'incomplete output',
  /** The answer named an occupation that is not in the list. */
  'ungrounded name',
  /** The answer stated a number that is not one of the facts. */
  'ungrounded number',
  /** The answer gave or echoed instructions, addressed the system, or carried links / markup. */
  'injection',
  /** The enhancer threw instead of answering (a bug in the adapter). */
  'enhancer error',
  /** The recommendation had no explanation facts to rewrite. */
  'no facts',
] as const;

/** One of LLM_FALLBACK_REASONS. */
export type LlmFallbackReason = (typeof LLM_FALLBACK_REASONS)[number];

/** A factor in words only: contributions stay out so the LLM cannot quote meaningless numbers. */
export interface EnhanceFactor {
  readonly label: string;
  readonly effect: 'helps' | 'holds back';
}

/**
 * The facts behind one ranked occupation, as the LLM sees them (O*NET / BLS data only): the
 * explanation facts, with factors in words, interest letters as names, borrowed figures by the
 * title they belong to, and skill levels as steps of the 1–5 skill scale, as the deterministic
 * text writes them.
 */
export interface EnhanceItem extends Pick<
  ExplanationFacts,
  | 'code'
  | 'title'
  | 'matchPercent'
  | 'matchRange'
  | 'confidence'
  | 'skillsThatFit'
  | 'values'
  | 'education'
  | 'hotTechnologies'
  | 'resemblesBestMatches'
  | 'profileEstimatedFrom'
  | 'outlookConcern'
  | 'payAgainstCurrentJob'
> {
  /** 1-based position in the ranked list. */
  readonly rank: number;
  /** Factors largest first; at most a handful. */
  readonly factors: readonly EnhanceFactor[];
  /** RIASEC names (not letters). */
  readonly interests: { readonly [K in keyof ExplanationFacts['interests']]: readonly string[] };
  readonly salary: Omit<ExplanationFacts['salary'], 'median' | 'borrowedFrom'> & {
    /** The median in USD (the lower bound when top-coded), null when not published. */
    readonly medianUsd: number | null;
    /** The broader occupation (or BLS group) the median belongs to, when not this job's own. */
    readonly borrowedFrom: string | null;
  };
  readonly outlook: Omit<ExplanationFacts['outlook'], 'borrowedFrom'> & {
    /** The broader occupation (or BLS group) the projection belongs to, when not this job's own. */
    readonly borrowedFrom: string | null;
  };
  /**
   * Skill levels as the deterministic text writes them: a step of the 1–5 skill scale (1 basic,
   * 2 developing, 3 proficient, 4 advanced, 5 expert) and its words, e.g. "advanced (4 of 5)".
   */
  readonly gaps: readonly {
    readonly skill: string;
    readonly currentLevel: number | null;
    readonly requiredLevel: number;
    readonly current: string | null;
    readonly required: string;
  }[];
  /** Needed skills the person did not mention (worth checking, not gaps), levels as in `gaps`. */
  readonly skillsToCheck?: readonly {
    readonly skill: string;
    readonly requiredLevel: number;
    readonly required: string;
  }[];
  /** `toLevel` is a step of the 1–5 skill scale, `to` its words ("advanced (4 of 5)"). */
  readonly counterfactuals: readonly {
    readonly skill: string;
    readonly toLevel: number;
    readonly to: string;
    readonly fromPercent: number;
    readonly toPercent: number;
  }[];
  /** The deterministic explanation, for tone and content reference. */
  readonly deterministicText: string;
}

/**
 * Text the person typed (e.g. their current job title), already cleaned: control characters
 * removed, length capped, and withheld (`null`, with `withheld` set) when it looked like
 * instructions. Implementations must pass it to the LLM quoted as data, never as instructions.
 */
export interface EnhancePersonText {
  readonly currentOccupation: string | null;
  readonly withheld: boolean;
}

/** Everything an enhancer may send to an LLM: the ranked list's facts and quoted person text. */
export interface EnhanceInput {
  readonly items: readonly EnhanceItem[];
  readonly person: EnhancePersonText | null;
  /** The largest number of places a re-rank may move any one item (0 forbids re-ranking). */
  readonly maxMove: number;
}

/** A proposed new order: every code of the list exactly once, with a reason to show. */
export interface RerankProposal {
  readonly order: readonly string[];
  readonly reason: string;
}

/** What the LLM answered, schema-checked but not yet grounded (app/enhance does that). */
export interface EnhanceProposal {
  readonly items: readonly { readonly code: string; readonly text: string }[];
  readonly rerank: RerankProposal | null;
}

/** The outcome of one enhance call: a proposal, or the reason there is none. */
export type EnhanceOutput =
  | {
      readonly ok: true;
      readonly model: string;
      readonly proposal: EnhanceProposal;
      /** True when the answer came from the cache (no request was made). */
      readonly cached: boolean;
    }
  | { readonly ok: false; readonly reason: LlmFallbackReason; readonly model?: string };

/** The port: turns the facts of a ranked list into friendlier text and an optional re-rank. */
export interface ExplanationEnhancer {
  /** The model name shown in `explanation.llm.model`. */
  readonly model: string;
  /** Never rejects for transport or model faults: they come back as `{ ok: false, reason }`. */
  enhance(input: EnhanceInput, signal?: AbortSignal): Promise<EnhanceOutput>;
}
