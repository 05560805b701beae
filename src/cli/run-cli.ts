import { CommanderError } from 'commander';
import type { CliDeps } from './deps.js';
import { EXIT, toExitCode } from './exit-code.js';
import { createProgram, type RegisterCommand } from './program.js';

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  deps: CliDeps,
  commands: readonly RegisterCommand[],
): Promise<number> {
  const program = createProgram(deps, commands);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { code, message } = toExitCode(error);
    deps.io.err(`${message}\n`);
    return code;
  }
}
