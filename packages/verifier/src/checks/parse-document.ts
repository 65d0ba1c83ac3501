import type { z } from 'zod';
import { problem, type Problem, type ProblemCode } from '../problem.js';
import { checkContexts } from './check-contexts.js';
import { checkDocumentShape, CREDENTIAL_SHAPE, type ShapeLimits } from './check-document-shape.js';

const MAX_REPORTED = 10;

/** On success also the JSON text that was measured, for digests (one serialization per document). */
export type Parsed<T> = { ok: true; value: T; serialized: string } | { ok: false; problems: Problem[] };

/**
 * Size limit first (so a huge input costs one stringify, not a schema walk), then the shape
 * walk (plain terms only; depth, objects, blank nodes, arrays), then the contexts (bundled
 * URLs only) when `knownContexts` is given, then the zod schema. Returns problems instead of
 * throwing: a bad document is data, not a caller mistake.
 */
export function parseDocument<S extends z.ZodType>(
  input: unknown,
  schema: S,
  {
    maxBytes,
    malformed,
    shape = CREDENTIAL_SHAPE,
    knownContexts
  }: { maxBytes: number; malformed: ProblemCode; shape?: ShapeLimits; knownContexts?: ReadonlySet<string> }
): Parsed<z.infer<S>> {
  let serialized: string;
  try {
    serialized = JSON.stringify(input) ?? '';
  } catch {
    return { ok: false, problems: [problem(malformed, 'not JSON-serializable')] };
  }
  const size = Buffer.byteLength(serialized);
  if (size > maxBytes) {
    return { ok: false, problems: [problem('DOCUMENT_TOO_LARGE', `document is ${size} bytes; the limit is ${maxBytes}`)] };
  }
  const shapeProblems = checkDocumentShape(input, shape);
  if (shapeProblems.length > 0) return { ok: false, problems: shapeProblems };
  // a missing or non-array @context is the schema's to report
  if (knownContexts && isObject(input) && Array.isArray(input['@context'])) {
    const contextProblems = checkContexts(input, knownContexts);
    if (contextProblems.length > 0) return { ok: false, problems: contextProblems };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data, serialized };
  const problems = parsed.error.issues
    .slice(0, MAX_REPORTED)
    .map((issue) => problem(malformed, issue.message, issue.path.map(String).join('.') || undefined));
  return { ok: false, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
