import type { RegisterCommand } from '../program.js';

/** Every CLI command, in the order `careers --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [];
