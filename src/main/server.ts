// `npm start`. This entry loads only the configuration before deciding whether a first start's
// training can begin at once (early-model-step.ts); the server's own modules, a second or more
// to load, follow.
import { parseConfig, type Config } from '../config/index.js';
import { startEarlyModelStep } from './early-model-step.js';

let config: Config | null = null;
try {
  config = parseConfig(process.env, process.cwd());
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
if (config) {
  const early = await startEarlyModelStep(config);
  const { runServer } = await import('./run-server.js');
  await runServer(config, early);
}
