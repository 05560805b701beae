// `careers demo` tells the whole story: the synthetic-only recipe, the product model beside it,
// Sarah with the model and simple matching, and the LLM step (with a fake OpenAI-compatible
// server, and without any LLM).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../src/cli/index.js';
import { parseConfig } from '../src/config/index.js';
import { createCliDeps } from '../src/main/cli-deps.js';
import { startFakeOpenAi, type FakeOpenAi } from './llm/fake-openai-server.js';
import { goodAnswer } from './llm/scripted-answers.js';
import { loadTestCatalog } from './http/support/start-api.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from './support/catalog.js';
import { removeDir, seedActiveModel, seededDataDir } from './support/server-process.js';

let dataDir: string;
let llm: FakeOpenAi;

beforeAll(async () => {
  await loadTestCatalog();
  dataDir = seededDataDir();
  await seedActiveModel({ dataDir });
  llm = await startFakeOpenAi((request) => goodAnswer(request.body));
}, 120_000);
afterAll(async () => {
  await llm?.close();
  if (dataDir) removeDir(dataDir);
});

async function demo(env: Record<string, string>): Promise<string> {
  const config = parseConfig(
    { ONET_DIR: SHARED_ONET_DIR, BLS_DIR: SHARED_BLS_DIR, DATA_DIR: dataDir, ...env },
    process.cwd(),
  );
  const out: string[] = [];
  const deps = {
    ...createCliDeps(config),
    io: { out: (t: string) => out.push(t), err: () => undefined, interactive: false },
  };
  expect(await runCli(['demo'], deps, COMMANDS)).toBe(0);
  return out.join('');
}

describe('careers demo', () => {
  it('shows both models, Sarah with both methods and their overlap, and the LLM before and after', async () => {
    const text = await demo({
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: 'sk-demo-test',
      LLM_MODEL: 'fake-model',
    });
    expect(text).toMatch(/== 1\. The seed recipe.*\n\n3000 pairs of six match types: strong 500/);
    expect(text).toMatch(
      /Test accuracy \d+\.\d% on held-out source occupations; \d+ of \d+ coefficients/,
    );
    expect(text).toMatch(/== 2\. The product model beside it[\s\S]*synthetic only +product model/);
    expect(text).toMatch(/== 3\. Sarah[\s\S]*ML MODEL +SIMPLE MATCHING[\s\S]*In both top 8: \d/);
    expect(text).toContain('Agreement is not accuracy');
    expect(text).toMatch(/== 4\. The optional LLM\n\nLLM: fake-model at http:\/\/127\.0\.0\.1/);
    expect(text).toMatch(/before \(deterministic\):\n {3}\S/);
    expect(text).toMatch(/After \(rewritten by fake-model\):\n {3}.+% match for you/);
    expect(text).toContain('grounding check passed');
    expect(llm.requests.length).toBeGreaterThan(0);
  }, 180_000);

  it('without an LLM, says how to switch it on and that the checked deterministic text stays', async () => {
    const text = await demo({});
    expect(text).toContain('No LLM is configured');
    expect(text).toContain('LLM_BASE_URL');
    expect(text).toMatch(/deterministic\s+text stands/);
  }, 180_000);
});
