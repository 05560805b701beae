import type { RegisterCommand } from '../program.js';
import { registerDataBuild } from './data-build.js';
import { registerDataFetch } from './data-fetch.js';

/** Every CLI command, in the order `careers --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [registerDataFetch, registerDataBuild];
