import type { ErrorCode, SdkErrorCode } from '@agentvc/core';

/**
 * Codes only the CLI reports, about the command line and local files; services' codes are in
 * ERROR_CODES and the SDK's in SDK_ERROR_CODES. The README lists them (generated from here,
 * test/cli-error-codes-docs.test.ts).
 */
export const CLI_ERROR_CODES = {
  USAGE: { meaning: 'A mistake on the command line (exit 2): an unknown command, subcommand or option, or a missing or invalid argument; the usage follows' },
  IDENTITY_EXISTS: { meaning: 'The identity file exists already; `--force` replaces it, and its key is then lost' },
  IDENTITY_NOT_FOUND: { meaning: 'No identity file at that path; `agentvc identity new` creates one' },
  INVALID_JSON: { meaning: 'A JSON argument, file or stdin is not valid JSON, or not the JSON object asked for' },
  FILE_ERROR: { meaning: 'A file or folder could not be read or written; the message names it and the system error, `cause.code` carries that error (ENOENT, EACCES, …)' }
} as const satisfies Record<string, { meaning: string }>;

export type CliErrorCode = keyof typeof CLI_ERROR_CODES;

/** Every code the CLI reports of its own: a library or service code, an SDK code, or a CLI code. */
export type CliReportedCode = ErrorCode | SdkErrorCode | CliErrorCode;
