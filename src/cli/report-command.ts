import { Option, type Command } from 'commander';
import type { StageProgress } from '../app/evaluate/index.js';
import { DEFAULT_TRAINING } from '../app/train/index.js';
import { intFlag } from './flag-parsers.js';
import type { CliIo } from './io.js';
import { writeReportSection } from './report-file.js';

/** The flags every report command takes: where the report goes, whether to write it, JSON. */
export interface ReportFlags {
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/** `--seed <s>`: the random seed of a measurement or a training run (default 42). */
export const seedOption = () =>
  new Option('--seed <s>', 'random seed').argParser(intFlag(0, 2 ** 31 - 1)).default(42);

/** `--folds <k>`: cross-validation folds (default 5). */
const foldsOption = () =>
  new Option('--folds <k>', 'cross-validation folds').argParser(intFlag(2, 10)).default(5);

/** `--pairs <n>`: synthetic training pairs per model, by default as many as `careers train`. */
export const pairsOption = (
  description = 'training pairs per model',
  defaultPairs = DEFAULT_TRAINING.pairs,
) =>
  new Option('--pairs <n>', description).argParser(intFlag(500, 1_000_000)).default(defaultPairs);

/** `--stride <n>`: use every n-th source occupation (default 1, all of them). */
const strideOption = (description = 'use every n-th source occupation') =>
  new Option('--stride <n>', description).argParser(intFlag(1, 100)).default(1);

/** `--resamples <n>`: bootstrap resamples of the confidence intervals (default 1000). */
export const resamplesOption = () =>
  new Option('--resamples <n>', 'bootstrap resamples').argParser(intFlag(50, 10_000)).default(1000);

/** The flags of the cross-validated measurements (eval, eval estimate, eval-ranges). */
export interface CrossValidationFlags {
  readonly seed: number;
  readonly folds: number;
  readonly pairs: number;
  readonly stride: number;
}

/** --seed, --folds, --pairs and --stride: the options of a cross-validated measurement. */
export const crossValidationOptions = (
  stride?: string,
  defaultPairs?: number,
): readonly Option[] => [
  seedOption(),
  foldsOption(),
  pairsOption(undefined, defaultPairs),
  strideOption(stride),
];

/** The flags as the app's measurements take them (sourceStride for --stride). */
export const toCrossValidation = (flags: CrossValidationFlags) => ({
  seed: flags.seed,
  folds: flags.folds,
  pairs: flags.pairs,
  sourceStride: flags.stride,
});

/** The flags as typed to repeat the run: `--seed 42 --folds 5 --pairs 40000 --stride 1`. */
export const crossValidationArgs = (flags: CrossValidationFlags): string =>
  `--seed ${flags.seed} --folds ${flags.folds} --pairs ${flags.pairs} --stride ${flags.stride}`;

/**
 * A report command: `name` under `parent` with `options` in the order given, then the options
 * every report shares (--out, --no-write, --json, described by `json`).
 */
export function reportCommand(
  parent: Command,
  name: string,
  description: string,
  options: readonly Option[],
  json = 'print the results as JSON',
): Command {
  const command = parent.command(name).description(description);
  for (const option of options) command.addOption(option);
  return command
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', json);
}

/** Writes the report's section unless --no-write was given, and says so on stderr. */
export async function writeReportIfAsked(
  io: CliIo,
  flags: ReportFlags,
  section: string,
  markdown: string,
  said = `wrote ${flags.out}`,
): Promise<void> {
  if (!flags.write) return;
  await writeReportSection(flags.out, section, markdown);
  io.err(`${said}\n`);
}

/** Reports each stage's progress as `stage done/total` lines on stderr. */
export const progressLines =
  (io: CliIo): StageProgress =>
  (stage, done, total) =>
    io.err(`${stage} ${done}/${total}\n`);

/** Runs `work` and returns its result with the seconds it took by the injected clock. */
export async function timed<T>(
  now: () => Date,
  work: () => T | Promise<T>,
): Promise<{ readonly result: T; readonly seconds: number }> {
  const started = now().getTime();
  const result = await work();
  return { result, seconds: (now().getTime() - started) / 1000 };
}
