import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';

/** A JSON document from a file, or stdin for `-`. Content is never echoed (it may be a key). */
export async function readJsonInput(source: string, io: CliIo): Promise<unknown> {
  const text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError('INVALID_JSON', `${source === '-' ? 'stdin' : source} is not valid JSON`);
  }
}
