import { Command } from 'commander';
import { PRODUCT_VERSION } from '../config/index.js';
import type { CliDeps } from './deps.js';

/** A command module: adds one (sub)command to the program. */
export type RegisterCommand = (program: Command, deps: CliDeps) => void;

/** Builds the `careers` program with every command registered. */
export function createProgram(deps: CliDeps, commands: readonly RegisterCommand[]): Command {
  const program = new Command('careers')
    .description('Explainable career recommendations from O*NET 30.1 and BLS data.')
    .version(PRODUCT_VERSION, '-V, --version', 'print the version of career-recommender')
    .showHelpAfterError()
    // A command's options after its subcommand belong to the subcommand (careers eval feedback).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: deps.io.out, writeErr: deps.io.err });
  for (const register of commands) register(program, deps);
  return program;
}
