import type { RegisterCommand } from '../program.js';
import { registerDataBuild } from './data-build.js';
import { registerDataFetch } from './data-fetch.js';
import { registerSearch } from './search.js';

/** Every CLI command, in the order `careers --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerDataFetch,
  registerDataBuild,
  registerSearch,
];
