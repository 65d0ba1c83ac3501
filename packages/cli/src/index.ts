export { runCli } from './run-cli.js';
export type { CliIo } from './cli-io.js';
