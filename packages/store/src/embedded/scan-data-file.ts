import { readFile } from 'node:fs/promises';
import { isPlainObject } from '../lib/is-plain-object.js';

export interface CorruptLine {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
  /** The start of the line, for a person to recognise it. */
  excerpt: string;
  /** The `_id` the damaged text still shows, when it does. */
  id?: string;
  /** A later intact line for the same `_id` (dropping this one loses nothing), else absent. */
  supersededBy?: number;
}

export interface DataFileScan {
  file: string;
  /** Complete (newline-terminated) lines. */
  lines: number;
  corrupt: CorruptLine[];
  /** Bytes after the last newline: a write cut short by a crash (never acknowledged). */
  tornTail?: { line: number; bytes: number };
  /** Offset just past the last newline: where the file ends without its torn tail. */
  intactBytes: number;
  /** The file's bytes (for a repair, which keeps every intact line as it is). */
  content: Buffer;
}

const NEWLINE = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });
const ID_IN_TEXT = /"_id"\s*:\s*"((?:[^"\\]|\\.)*)"/;

/**
 * Reads one nedb data file and names every line that does not hold what nedb writes: valid UTF-8,
 * one JSON object with a string `_id` (a document or a `$$deleted` marker) or an index record.
 * nedb itself skips lines it cannot parse and silently ignores objects without an `_id`.
 */
export async function scanDataFile(file: string): Promise<DataFileScan> {
  const content = await readFile(file);
  const corrupt: CorruptLine[] = [];
  const lastLineOf = new Map<string, number>();
  let start = 0;
  let line = 0;
  for (let end = content.indexOf(NEWLINE); end !== -1; end = content.indexOf(NEWLINE, start)) {
    line += 1;
    const problem = inspectLine(content.subarray(start, end));
    if (problem.id !== undefined && problem.reason === undefined) lastLineOf.set(problem.id, line);
    if (problem.reason !== undefined) corrupt.push(corruptLine(line, problem.reason, content.subarray(start, end)));
    start = end + 1;
  }
  for (const entry of corrupt) {
    const later = entry.id === undefined ? undefined : lastLineOf.get(entry.id);
    if (later !== undefined && later > entry.line) entry.supersededBy = later;
  }
  const scan: DataFileScan = { file, lines: line, corrupt, intactBytes: start, content };
  if (start < content.length) scan.tornTail = { line: line + 1, bytes: content.length - start };
  return scan;
}

function inspectLine(bytes: Buffer): { reason?: string; id?: string } {
  if (bytes.length === 0) return {}; // nedb skips blank lines; they hold nothing
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'not valid JSON' };
  }
  if (!isPlainObject(value)) return { reason: 'not a JSON object' };
  if (typeof value._id === 'string' && value._id !== '') return { id: value._id };
  if (isPlainObject(value.$$indexCreated) && typeof value.$$indexCreated.fieldName === 'string') return {};
  if (typeof value.$$indexRemoved === 'string') return {};
  return { reason: 'neither a document with an _id nor an index record' };
}

function corruptLine(line: number, reason: string, bytes: Buffer): CorruptLine {
  const text = bytes.toString('utf8');
  const entry: CorruptLine = { line, reason, excerpt: text.length > 100 ? `${text.slice(0, 100)}…` : text };
  const quoted = ID_IN_TEXT.exec(text)?.[1];
  if (quoted !== undefined) {
    try {
      entry.id = JSON.parse(`"${quoted}"`) as string;
    } catch {
      // the id itself is damaged: no hint
    }
  }
  return entry;
}
