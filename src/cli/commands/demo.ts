import type { Command } from 'commander';
import type { ProfileInput } from '../../app/profile/index.js';
import { DEFAULT_TRAINING, saveAndActivate, trainModel } from '../../app/train/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { formatComparison } from '../format-recommendations.js';
import { formatTrainingReport } from './train.js';

/** The demo's person: moving from marketing into tech. */
export const DEMO_PROFILE: ProfileInput = {
  skills: ['Writing', 'Speaking', 'Critical Thinking'],
  interests: ['Enterprising', 'Investigative'],
  values: ['Achievement', 'Recognition'],
  constraints: { socMajorGroups: ['15'] },
};

/** Registers `careers demo`: train, then one person's recommendations, ML vs simple matching. */
export function registerDemo(program: Command, deps: CliDeps): void {
  program
    .command('demo')
    .description(
      'The whole story: train the model, then recommend for a marketer moving into tech, ML vs simple matching.',
    )
    .action(async () => {
      if (!deps.openRecommender || !deps.now)
        throw new AppError('INTERNAL', 'The demo is not wired into the CLI.');
      const out = deps.io.out;
      const app = await deps.openRecommender({ needModel: false });
      try {
        out('== 1. Train the model\n\n');
        const started = deps.now().getTime();
        const trained = trainModel(app.ctx, DEFAULT_TRAINING, deps.now().toISOString());
        await saveAndActivate(
          app.store,
          trained,
          deps.now().toISOString(),
          'trained by careers demo',
        );
        app.models.set({
          scorer: trained.scorer,
          version: trained.version,
          metrics: trained.report,
          createdAt: trained.artifact.createdAt,
          dataRelease: app.ctx.catalog.source.onetRelease,
        });
        out(
          formatTrainingReport(
            trained.report,
            trained.version,
            `${app.store.kind} store ${app.store.location} (active)`,
            (deps.now().getTime() - started) / 1000,
          ),
        );
        out('\n== 2. A person moving from marketing into tech\n\n');
        out(
          'Skills: Writing, Speaking, Critical Thinking. Interests: Enterprising, Investigative.\n',
        );
        out(
          'Values: Achievement, Recognition. Target: SOC major group 15 (computer and mathematical).\n\n',
        );
        const comparison = app.service.compare({ profile: DEMO_PROFILE, limit: 8, explain: true });
        out(formatComparison(comparison));
        out('\n== 3. Why the top three fit (the model’s own numbers)\n');
        for (const r of comparison.ml.recommendations.slice(0, 3)) {
          out(
            `\n${r.rank}. ${r.title} (${r.code}): ${r.matchPercent}% match, ${r.confidence} confidence, median wage ${r.wageText}\n`,
          );
          out(`   ${r.explanation?.text ?? ''}\n`);
        }
        out(
          '\nHow well do the model and simple matching agree with O*NET’s experts? Run `npm run eval` (docs/EVALUATION.md).\n',
        );
      } finally {
        await app.close();
      }
    });
}
