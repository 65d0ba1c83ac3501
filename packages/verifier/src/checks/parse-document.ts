import type { z } from 'zod';
import { problem, type Problem, type ProblemCode } from '../problem.js';

const MAX_REPORTED = 10;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Size limit first (so a huge input costs one stringify, not a schema walk), then the zod
 * schema. Returns problems instead of throwing: a bad document is data, not a caller mistake.
 */
export function parseDocument<S extends z.ZodType>(
  input: unknown,
  schema: S,
  { maxBytes, malformed }: { maxBytes: number; malformed: ProblemCode }
): Parsed<z.infer<S>> {
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(input) ?? '');
  } catch {
    return { ok: false, problems: [problem(malformed, 'not JSON-serializable')] };
  }
  if (size > maxBytes) {
    return { ok: false, problems: [problem('DOCUMENT_TOO_LARGE', `document is ${size} bytes; the limit is ${maxBytes}`)] };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues
    .slice(0, MAX_REPORTED)
    .map((issue) => problem(malformed, issue.message, issue.path.map(String).join('.') || undefined));
  return { ok: false, problems };
}
