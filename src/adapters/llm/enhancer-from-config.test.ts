import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/index.js';
import { createEnhancerFromConfig, DEFAULT_OPENAI_MODEL } from './enhancer-from-config.js';

const llm = (env: Record<string, string>) => parseConfig(env, '/tmp').llm;

describe('createEnhancerFromConfig', () => {
  it('returns null when neither LLM_BASE_URL nor LLM_API_KEY is set', () => {
    expect(createEnhancerFromConfig(llm({}))).toBeNull();
  });
  it('uses api.openai.com with the default model when only a key is set', () => {
    expect(createEnhancerFromConfig(llm({ LLM_API_KEY: 'sk-x' }))?.model).toBe(
      DEFAULT_OPENAI_MODEL,
    );
  });
  it('needs LLM_MODEL for a self-hosted server', () => {
    expect(createEnhancerFromConfig(llm({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }))).toBeNull();
    const e = createEnhancerFromConfig(
      llm({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.1:8b' }),
    );
    expect(e?.model).toBe('llama3.1:8b');
  });
});
