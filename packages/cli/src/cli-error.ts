import type { CliReportedCode } from './cli-error-codes.js';
import type { UsageTopic } from './usage.js';

/** A failure the CLI reports itself (exit 1): a message and a stable code, like server errors. */
export class CliError extends Error {
  readonly code: CliReportedCode;
  constructor(code: CliReportedCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

/** A mistake on the command line (exit 2): shown with the usage of `topic`. */
export class UsageError extends Error {
  readonly topic: UsageTopic;
  constructor(topic: UsageTopic, message: string) {
    super(message);
    this.name = 'UsageError';
    this.topic = topic;
  }
}
