import type { Config } from '../../config/index.js';
import {
  createOpenAiEnhancer,
  type LlmLogger,
  type OpenAiEnhancer,
  type OpenAiEnhancerOptions,
} from './openai-enhancer.js';

/** The model used against api.openai.com when LLM_MODEL is not set. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** Tuning the composition root may add to what Config says. */
export type EnhancerExtras = Partial<
  Omit<OpenAiEnhancerOptions, 'baseUrl' | 'apiKey' | 'model' | 'timeoutMs'>
> & { readonly logger?: LlmLogger };

/**
 * Builds the enhancer Config asks for, or null when no LLM is configured. LLM_BASE_URL alone
 * means a local OpenAI-compatible server (then LLM_MODEL is required); LLM_API_KEY alone means
 * api.openai.com with LLM_MODEL or gpt-4o-mini; neither means no LLM.
 */
export function createEnhancerFromConfig(
  llm: Config['llm'],
  extras: EnhancerExtras = {},
): OpenAiEnhancer | null {
  if (!llm.baseUrl && !llm.apiKey) return null;
  const model = llm.model ?? (llm.baseUrl ? undefined : DEFAULT_OPENAI_MODEL);
  if (!model) return null;
  return createOpenAiEnhancer({
    ...extras,
    baseUrl: llm.baseUrl,
    apiKey: llm.apiKey,
    model,
    timeoutMs: llm.timeoutMs,
  });
}
