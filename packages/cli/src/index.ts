export { runCli } from './run-cli.js';
export type { CliIo } from './cli-io.js';
export { CLI_ERROR_CODES, type CliErrorCode, type CliReportedCode } from './cli-error-codes.js';
