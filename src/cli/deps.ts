import { AppError } from '../errors.js';
import type { TitleSearch } from '../app/ports/index.js';
import type { QuestionnaireItem } from '../app/questionnaire/index.js';
import type { AskLine } from './commands/questionnaire.js';
import type { Config } from '../config/index.js';
import type { CliIo } from './io.js';
import type { OpenRecommender } from './recommender-port.js';
import type { BuildDataPort } from './commands/data-build.js';
import type { FetchDataPort } from './commands/data-fetch.js';

/**
 * What the CLI needs from the outside world. The composition root (src/main) fills it in;
 * tests pass their own. Commands add the ports they need here, each as a small function.
 */
export interface CliDeps {
  readonly config: Config;
  readonly io: CliIo;
  /** Downloads the official O*NET and BLS releases (`careers data fetch`). */
  readonly fetchData?: FetchDataPort;
  /** Compiles the catalog into DATA_DIR (`careers data build`). */
  readonly buildData?: BuildDataPort;
  /** The job-title search over the loaded catalog (`careers search`). */
  readonly loadTitleSearch?: () => Promise<TitleSearch>;
  /** Opens catalog, store and model for recommend / compare / train / eval. */
  readonly openRecommender?: OpenRecommender;
  /** The interest questionnaire's items (`careers questionnaire`). */
  readonly loadQuestionnaire?: () => Promise<readonly QuestionnaireItem[]>;
  /** Asks one question on the terminal (absent when standard input is not one). */
  readonly askLine?: AskLine;
  /** Reads the legacy Career Changers Matrix as `from|to` code pairs (`careers path-eval`). */
  readonly loadCareerChangers?: (file: string) => Promise<ReadonlySet<string>>;
  /** The clock (timestamps of models and feedback). */
  readonly now?: () => Date;
}

/** The port a command needs, or an INTERNAL error naming what is not wired (a wiring bug). */
export function wired<T>(port: T | undefined, what: string): T {
  if (port === undefined) throw new AppError('INTERNAL', `${what} is not wired into the CLI.`);
  return port;
}
