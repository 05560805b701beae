import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import path from 'node:path';
import { replaceSection } from '../app/report/index.js';

/** Writes one section of a report file (docs/EVALUATION.md), keeping the other sections. */
export async function writeReportSection(
  file: string,
  id: string,
  markdown: string,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const current = await readFile(file, 'utf8').catch(() => '');
  await writeFile(file, replaceSection(current, id, markdown));
}

/**
 * `careers eval`, ready for a subcommand (`careers eval estimate`, `feedback`, `people`): options
 * after the subcommand's name are its own, not `eval`'s (both have --pairs, --seed, --no-write …),
 * which commander allows only with positional options on the program and on `eval`.
 */
export function evalSubcommands(program: Command): Command {
  const evaluate =
    program.commands.find((c) => c.name() === 'eval') ??
    program.command('eval').description('Measurements against O*NET.');
  program.enablePositionalOptions();
  return evaluate.enablePositionalOptions();
}
