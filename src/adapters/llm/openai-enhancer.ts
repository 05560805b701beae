import OpenAI from 'openai';
import type {
  EnhanceInput,
  EnhanceOutput,
  EnhanceProposal,
  ExplanationEnhancer,
  LlmFallbackReason,
} from '../../app/ports/index.js';
import { isRetryable, reasonForError, retryAfterMs, statusOf } from './classify-llm-error.js';
import { sleep, startDeadline, type Deadline } from './deadline.js';
import { PROMPT_VERSION, toChatMessages } from './enhance-prompt.js';
import { LruCache } from './lru-cache.js';
import { parseEnhanceAnswer } from './parse-enhance-answer.js';
import { scrubSecret } from './scrub-secret.js';
import { Semaphore, SemaphoreAbortedError } from './semaphore.js';
import { stableHash } from './stable-hash.js';

/** The slice of a pino logger the enhancer writes to (pino's own `warn(obj, msg)` fits). */
export interface LlmLogger {
  warn(details: Record<string, unknown>, message: string): void;
  debug?(details: Record<string, unknown>, message: string): void;
}

/** How to reach an OpenAI-compatible chat-completions server and how hard to try. */
export interface OpenAiEnhancerOptions {
  /** API root, e.g. `https://api.openai.com/v1` (the default), `http://localhost:11434/v1` (Ollama). */
  readonly baseUrl?: string;
  /** Bearer key; local servers (Ollama, vLLM, llama.cpp) usually need none. */
  readonly apiKey?: string;
  readonly model: string;
  /** Budget of one enhance call in ms, including the wait for a slot and a retry (default 4000). */
  readonly timeoutMs?: number;
  /** Most requests in flight at once (default 4). */
  readonly maxConcurrency?: number;
  /** Answers kept, keyed by a hash of the facts (default 256; 0 turns caching off). */
  readonly cacheSize?: number;
  readonly logger?: LlmLogger;
  /** Ask for `response_format: json_object` (default true; turn off for servers that reject it). */
  readonly jsonMode?: boolean;
  /** Sampling temperature (default 0.2). */
  readonly temperature?: number;
  /** `max_tokens` for the answer; unset sends none. */
  readonly maxOutputTokens?: number;
  /** Wait before the one retry when the server gives no Retry-After (default 250 ms). */
  readonly retryDelayMs?: number;
  /** Longest Retry-After honoured; a longer one means no retry (default 2000 ms). */
  readonly maxRetryAfterMs?: number;
  /** Clock for deadlines and HTTP-date Retry-After (default Date.now). */
  readonly now?: () => number;
}

/** Counters since the enhancer was created. */
export interface LlmStats {
  /** enhance() calls. */
  readonly calls: number;
  /** HTTP requests sent (a retried call counts twice). */
  readonly requests: number;
  readonly retries: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  readonly successes: number;
  readonly failures: Readonly<Partial<Record<LlmFallbackReason, number>>>;
  /** Token usage as the server reported it (`usage` of each answer). */
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
  /** Requests in flight now, and the most there ever were at once. */
  readonly inFlight: number;
  readonly peakInFlight: number;
}

/** The OpenAI-compatible enhancer: the port plus its counters. */
export interface OpenAiEnhancer extends ExplanationEnhancer {
  stats(): LlmStats;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Below this much time left, a retry could not finish, so it is not tried. */
const MIN_ATTEMPT_MS = 100;

/**
 * Builds an enhancer for any OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp). Every
 * fault becomes `{ ok: false, reason }`; the API key never appears in logs or results.
 */
export function createOpenAiEnhancer(options: OpenAiEnhancerOptions): OpenAiEnhancer {
  const model = options.model;
  const timeoutMs = options.timeoutMs ?? 4000;
  const now = options.now ?? Date.now;
  const secret = options.apiKey;
  const scrub = (text: string) => scrubSecret(text, secret);
  // Everything passed explicitly, so the client reads no OPENAI_* variable from the environment.
  const client = new OpenAI({
    baseURL: options.baseUrl ?? DEFAULT_BASE_URL,
    apiKey: options.apiKey ?? 'not-needed',
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: timeoutMs,
    logLevel: 'off',
  });
  const cache = new LruCache<string, EnhanceProposal>(options.cacheSize ?? 256);
  const slots = new Semaphore(options.maxConcurrency ?? 4);
  const counters = {
    calls: 0,
    requests: 0,
    retries: 0,
    cacheHits: 0,
    cacheMisses: 0,
    successes: 0,
    promptTokens: 0,
    completionTokens: 0,
    totalTokens: 0,
  };
  const failures: Partial<Record<LlmFallbackReason, number>> = {};

  const fail = (
    reason: LlmFallbackReason,
    details: Record<string, unknown> = {},
    error?: unknown,
  ): EnhanceOutput => {
    failures[reason] = (failures[reason] ?? 0) + 1;
    const message = error instanceof Error ? scrub(error.message) : undefined;
    options.logger?.warn(
      {
        reason,
        model,
        status: statusOf(error),
        ...details,
        ...(message ? { error: message } : {}),
      },
      `LLM explanation rewrite failed (${reason}); the deterministic text is used`,
    );
    return { ok: false, reason, model };
  };

  const interpret = (completion: OpenAI.Chat.Completions.ChatCompletion): EnhanceOutput => {
    const usage = completion.usage;
    if (usage) {
      counters.promptTokens += usage.prompt_tokens ?? 0;
      counters.completionTokens += usage.completion_tokens ?? 0;
      counters.totalTokens += usage.total_tokens ?? 0;
    }
    const choice = completion.choices?.[0];
    if (!choice) return fail('malformed output', { problem: 'no choices' });
    if (choice.message?.refusal || choice.finish_reason === 'content_filter')
      return fail('refused');
    const content = choice.message?.content;
    if (typeof content !== 'string' || content.trim() === '')
      return fail('malformed output', { problem: 'empty content' });
    if (choice.finish_reason === 'length')
      return fail('malformed output', { problem: 'answer cut off at the token limit' });
    const proposal = parseEnhanceAnswer(content);
    if (!proposal) return fail('malformed output', { problem: 'not the JSON object asked for' });
    counters.successes += 1;
    return { ok: true, model, proposal, cached: false };
  };

  const request = async (input: EnhanceInput, deadline: Deadline): Promise<EnhanceOutput> => {
    const body: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming = {
      model,
      messages: toChatMessages(input),
      temperature: options.temperature ?? 0.2,
      ...(options.jsonMode === false ? {} : { response_format: { type: 'json_object' as const } }),
      ...(options.maxOutputTokens ? { max_tokens: options.maxOutputTokens } : {}),
    };
    for (let attempt = 1; ; attempt++) {
      counters.requests += 1;
      try {
        const completion = await client.chat.completions.create(body, {
          signal: deadline.signal,
          timeout: Math.max(1, deadline.remainingMs()),
          maxRetries: 0,
        });
        return interpret(completion);
      } catch (error) {
        const own = deadline.cause();
        if (own) return fail(own, { attempt, timeoutMs }, error);
        const reason = reasonForError(error);
        if (attempt === 1 && isRetryable(error)) {
          const asked = retryAfterMs(error, now());
          const wait = asked ?? options.retryDelayMs ?? 250;
          const fits = wait + MIN_ATTEMPT_MS < deadline.remainingMs();
          if (wait <= (options.maxRetryAfterMs ?? 2000) && fits) {
            counters.retries += 1;
            options.logger?.debug?.(
              { reason, model, status: statusOf(error), waitMs: wait },
              'LLM request will be retried once',
            );
            await sleep(wait, deadline.signal);
            const late = deadline.cause();
            if (late) return fail(late, { attempt, timeoutMs });
            continue;
          }
        }
        return fail(reason, { attempt }, error);
      }
    }
  };

  return {
    model,
    async enhance(input: EnhanceInput, signal?: AbortSignal): Promise<EnhanceOutput> {
      counters.calls += 1;
      const key = stableHash({ v: PROMPT_VERSION, model, t: options.temperature ?? 0.2, input });
      const hit = cache.get(key);
      if (hit) {
        counters.cacheHits += 1;
        return { ok: true, model, proposal: hit, cached: true };
      }
      counters.cacheMisses += 1;
      const deadline = startDeadline(timeoutMs, signal, now);
      let release: (() => void) | undefined;
      try {
        release = await slots.acquire(deadline.signal);
        const out = await request(input, deadline);
        if (out.ok) cache.set(key, out.proposal);
        return out;
      } catch (error) {
        if (error instanceof SemaphoreAbortedError)
          return fail(deadline.cause() ?? 'timeout', { waitingForSlot: true });
        return fail('enhancer error', {}, error);
      } finally {
        release?.();
        deadline.dispose();
      }
    },
    stats(): LlmStats {
      return {
        ...counters,
        failures: { ...failures },
        inFlight: slots.active,
        peakInFlight: slots.peak,
      };
    },
  };
}
