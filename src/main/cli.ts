import { parseConfig } from '../config/index.js';
import { COMMANDS, runCli, toExitCode, type CliDeps } from '../cli/index.js';
import { createCliDeps } from './cli-deps.js';

/** Entry point of the `careers` command. */
async function main(): Promise<void> {
  let deps: CliDeps;
  try {
    const config = parseConfig(process.env, process.cwd());
    deps = createCliDeps(config);
  } catch (error) {
    const { code, message } = toExitCode(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = code;
    return;
  }
  process.exitCode = await runCli(process.argv.slice(2), deps, COMMANDS);
}

await main();
