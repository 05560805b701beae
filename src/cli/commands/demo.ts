import type { Command } from 'commander';
import type { ProfileInput } from '../../app/profile/index.js';
import type { Recommendation } from '../../app/recommend/index.js';
import { trainModel, type TrainingReport } from '../../app/train/index.js';
import { wired, type CliDeps } from '../deps.js';
import { withRecommender, type CliRecommender } from '../recommender-port.js';
import { formatComparison, formatMatch } from '../format-recommendations.js';

/** The demo's person, Sarah: a marketing specialist moving into tech. */
export const DEMO_PROFILE: ProfileInput = {
  skills: ['Writing', 'Speaking', 'Critical Thinking'],
  interests: ['Enterprising', 'Investigative'],
  values: ['Achievement', 'Recognition'],
  constraints: { socMajorGroups: ['15'] },
};

/** The seed system's recipe: 3,000 pairs of the six synthetic match types, seed 42. */
const SEED_RECIPE = { pairs: 3000, seed: 42, recipe: 'synthetic' } as const;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The two models' training figures side by side. */
export function formatModelsSideBySide(seed: TrainingReport, product: TrainingReport): string {
  const row = (label: string, a: string, b: string) =>
    `  ${label.padEnd(28)} ${a.padStart(16)}   ${b.padStart(16)}`;
  return [
    row('', 'synthetic only', 'product model'),
    row(
      'recipe, pairs',
      `${seed.recipe}, ${seed.pairs}`,
      product.recipe ? `${product.recipe}, ${product.pairs}` : `${product.pairs ?? '?'} pairs`,
    ),
    row(
      'accuracy train / test',
      `${pct(seed.trainAccuracy)} / ${pct(seed.testAccuracy)}`,
      `${pct(product.trainAccuracy)} / ${pct(product.testAccuracy)}`,
    ),
    row('held-out ROC AUC', seed.rocAuc.toFixed(3), product.rocAuc.toFixed(3)),
    row('features', String(seed.featureCount), String(product.featureCount)),
    row(
      'non-zero coefficients',
      String(seed.nonZeroCoefficients),
      String(product.nonZeroCoefficients),
    ),
    '',
  ].join('\n');
}

function isTrainingReport(metrics: unknown): metrics is TrainingReport {
  return typeof metrics === 'object' && metrics !== null && 'rocAuc' in metrics;
}

/** Part 4: the optional LLM, before and after, or how to switch it on. */
async function llmStep(app: CliRecommender, deps: CliDeps, out: (t: string) => void) {
  const { llm } = deps.config;
  if (!llm.baseUrl) {
    out(
      'No LLM is configured, so every explanation above is the deterministic text, built from the\n' +
        'same numbers as the score. To let an OpenAI-compatible model reword it in friendlier words,\n' +
        'set LLM_BASE_URL (e.g. https://api.openai.com/v1 or a local server), LLM_API_KEY and\n' +
        'LLM_MODEL, then ask with --llm (CLI) or "llm": true (API). Its answer is checked against\n' +
        'the facts (every number, skill and occupation it names must be in them, no instructions\n' +
        'taken from what people typed); on any fault, timeout or failed check the deterministic\n' +
        'text stands, and the answer says why.\n',
    );
    return;
  }
  out(`LLM: ${llm.model ?? 'default model'} at ${llm.baseUrl}.\n`);
  let outcome: { used: boolean; reason?: string; detail?: string } | undefined;
  const result = await app.service.recommend(
    { profile: DEMO_PROFILE, limit: 3, model: 'ml', explain: true, llm: true },
    { onLlmOutcome: (o) => (outcome = o) },
  );
  const first: Recommendation | undefined = result.recommendations[0];
  const explanation = first?.explanation;
  if (!first || !explanation) return;
  out(
    `\n${first.title}, before (deterministic):\n   ${explanation.deterministicText ?? explanation.text}\n`,
  );
  if (explanation.llm.used) {
    out(`\nAfter (rewritten by ${explanation.llm.model ?? 'the LLM'}):\n   ${explanation.text}\n`);
    out(
      '\nThe grounding check passed: every number, skill and occupation in the rewrite is in the facts.\n',
    );
  } else {
    const why = outcome?.detail
      ? `${explanation.llm.reason}: ${outcome.detail}`
      : explanation.llm.reason;
    out(
      `\nThe rewrite was not used (${why ?? 'no reason given'}): the deterministic text stands.\n`,
    );
  }
}

/**
 * Registers `careers demo`: the seed recipe and the product model side by side, one person's
 * recommendations from the model and from simple matching, and the optional LLM step.
 */
export function registerDemo(program: Command, deps: CliDeps): void {
  program
    .command('demo')
    .description(
      'The whole story: the synthetic-only model and the product model, a marketer moving into tech with ML and simple matching, then the optional LLM.',
    )
    .action(async () => {
      const openRecommender = wired(deps.openRecommender, 'The demo');
      const now = wired(deps.now, 'The demo');
      const out = deps.io.out;
      await withRecommender(openRecommender, { needModel: true }, async (app) => {
        out('== 1. The seed recipe: a model trained on synthetic pairs only (not activated)\n\n');
        const seed = trainModel(app.ctx, SEED_RECIPE, now().toISOString()).report;
        out(
          `${seed.pairs} pairs of six match types: ${Object.entries(seed.countsByType)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}.\n`,
        );
        out(
          `Test accuracy ${pct(seed.testAccuracy)} on held-out source occupations; ${seed.nonZeroCoefficients} of ${seed.featureCount} coefficients non-zero.\n`,
        );
        out('\n== 2. The product model beside it\n\n');
        const active = app.models.current();
        if (active && isTrainingReport(active.metrics)) {
          out(`Active model ${active.version}:\n`);
          out(formatModelsSideBySide(seed, active.metrics));
        }
        out(
          'The product model also learns from O*NET’s expert-reviewed related occupations, so it is\n' +
            'judged on how often what it ranks high is what O*NET’s experts list, not on accuracy\n' +
            'against its own synthetic labels.\n',
        );
        out('\n== 3. Sarah, moving from marketing into tech\n\n');
        out(
          'Skills: Writing, Speaking, Critical Thinking. Interests: Enterprising, Investigative.\n',
        );
        out(
          'Values: Achievement, Recognition. Target: SOC major group 15 (computer and mathematical).\n\n',
        );
        const comparison = app.service.compare({ profile: DEMO_PROFILE, limit: 8, explain: true });
        out(formatComparison(comparison));
        out('\nWhy the top three fit (the model’s own numbers):\n');
        for (const r of comparison.ml.recommendations.slice(0, 3)) {
          out(
            `\n${r.rank}. ${r.title} (${r.code}): ${formatMatch(r)}, ${r.confidence} confidence, median wage ${r.wageText}\n`,
          );
          out(`   ${r.explanation?.text ?? ''}\n`);
        }
        out('\n== 4. The optional LLM\n\n');
        await llmStep(app, deps, out);
      });
    });
}
