import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error.js';
import { didYouMean } from './closest-name.js';
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
    const known = Object.keys({ ...COMMON, ...options });
    const unknown = (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknownLongOption(args, known) : undefined;
    if (unknown !== undefined) throw new UsageError(topic, `unknown option: --${unknown}${didYouMean(unknown, known, '--')}`);
    throw new UsageError(topic, error instanceof Error ? error.message : String(error));
  }
}

/** The first `--name` before a `--` that is not one of `known` (parseArgs' own message is long). */
function unknownLongOption(args: readonly string[], known: readonly string[]): string | undefined {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end))
    .filter((arg) => arg.startsWith('--') && arg.length > 2)
    .map((arg) => arg.slice(2).split('=')[0] as string)
    .find((name) => !known.includes(name));
}

/** The value of a required string flag, or a UsageError naming it. */
export function required(value: string | undefined, flag: string, topic: UsageTopic): string {
  if (!value) throw new UsageError(topic, `${flag} is required`);
  return value;
}
