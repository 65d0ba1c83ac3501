import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error.js';
import type { UsageTopic } from './usage.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies Options;

/** What parseArgs returns for a command's options plus the common ones. */
export type ParsedCommandArgs<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: typeof COMMON & O; allowPositionals: true; strict: true }>>;

/** node:util parseArgs, strict, with --json/--help on every command; mistakes become UsageError (exit 2). */
export function parseCommandArgs<O extends Options>(args: string[], options: O, topic: UsageTopic): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(topic, error instanceof Error ? error.message : String(error));
  }
}

/** The value of a required string flag, or a UsageError naming it. */
export function required(value: string | undefined, flag: string, topic: UsageTopic): string {
  if (!value) throw new UsageError(topic, `${flag} is required`);
  return value;
}
