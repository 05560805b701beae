import type { Command } from 'commander';
import { AppError } from '../../errors.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import { formatTextProfile, readResumeFile } from '../read-resume.js';

interface ProfileCommandFlags {
  readonly fromText?: string;
  readonly json?: boolean;
}

/** Registers `careers profile --from-text FILE`: a résumé read into a profile, with evidence. */
export function registerProfile(program: Command, deps: CliDeps): void {
  program
    .command('profile')
    .description(
      'Read a résumé or a few sentences (.txt, .md, .pdf, .docx) into a profile: the occupations it matches, skills with levels and the words that led to them.',
    )
    .option('--from-text <file>', 'the résumé or description to read')
    .option(
      '--json',
      'print {profile, occupations, skills, technologies, evidence, text, truncated} as JSON',
    )
    .action(async (flags: ProfileCommandFlags) => {
      const file = flags.fromText;
      if (!file) {
        throw new AppError(
          'VALIDATION_FAILED',
          'Give the file to read: careers profile --from-text cv.pdf',
        );
      }
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      await withRecommender(openRecommender, { needModel: false }, async (app) => {
        const result = await readResumeFile(app.service, file);
        if (flags.json) printJson(deps.io, result);
        else deps.io.out(formatTextProfile(result));
      });
    });
}
