export * from './deps.js';
export * from './io.js';
export * from './ask-on-terminal.js';
export * from './exit-code.js';
export * from './program.js';
export * from './run-cli.js';
export { COMMANDS } from './commands/index.js';
export * from './recommender-port.js';
