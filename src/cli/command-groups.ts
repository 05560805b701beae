import type { Command } from 'commander';

/** The group command `name` of the program, added with `description` by the first that asks. */
function commandGroup(program: Command, name: string, description: string): Command {
  return (
    program.commands.find((c) => c.name() === name) ??
    program.command(name).description(description)
  );
}

/** `careers data`, ready for its subcommands (`careers data fetch`, `careers data build`). */
export function dataSubcommands(program: Command): Command {
  return commandGroup(program, 'data', 'Manage the O*NET and BLS data files.');
}

/**
 * `careers eval`, ready for a subcommand (`careers eval estimate`, `feedback`, `people`): options
 * after the subcommand's name are its own, not `eval`'s (both have --pairs, --seed, --no-write …),
 * which commander allows only with positional options on the program and on `eval`.
 */
export function evalSubcommands(program: Command): Command {
  const evaluate = commandGroup(program, 'eval', 'Measurements against O*NET.');
  program.enablePositionalOptions();
  return evaluate.enablePositionalOptions();
}
