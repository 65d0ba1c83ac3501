import { LRUCache } from 'lru-cache';
import { problem, type Problem } from '../problem.js';

export type CanonicalFormCheck = (document: Record<string, unknown>) => Promise<Problem[]>;

type Json = unknown;

/**
 * Keys whose string values JSON-LD interprets as terms (`@type` and `@vocab`-typed terms): their
 * values are part of a document's skeleton. A test holds every bundled context to this list.
 */
export const VOCAB_VALUED_KEYS: ReadonlySet<string> = new Set(['type', 'proofPurpose']);
/** Strings whose meaning cannot depend on their content: no colon, slash, dot, hash or `@`. */
const OPAQUE = /^[A-Za-z0-9_-]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Proves that the JSON the checks read is the graph the proof covers: the document must equal
 * its own compaction (see compare-with-compaction.ts), and no node may be described in two
 * places (its statements could be split from the object the checks read). Verdicts are
 * remembered by the document's skeleton, so repeats cost a walk, not JSON-LD processing.
 */
export function createCanonicalFormCheck({
  compare,
  memoSize = 10_000
}: {
  /** compareWithCompaction, in-process or on the verifier's worker pool. */
  compare: (document: Record<string, unknown>) => Promise<Problem[]>;
  memoSize?: number;
}): CanonicalFormCheck {
  const memo = new LRUCache<string, Problem[]>({ max: Math.max(memoSize, 1) });
  return async (document) => {
    const split = findSplitNode(document);
    if (split) return [problem('NON_CANONICAL_TERM', `node ${split.id.slice(0, 120)} is described in more than one place`, split.path)];
    const key = JSON.stringify(skeleton(document, ''));
    const known = memo.get(key);
    if (known) return known.map((p) => ({ ...p }));
    const problems = await compare(document);
    // only a comparison that ran to its end is a verdict on the skeleton: a deadline or a
    // worker failure says nothing about the next document of this shape
    if (problems.every((p) => p.code === 'NON_CANONICAL_TERM')) memo.set(key, problems);
    return problems.map((p) => ({ ...p }));
  };
}

/**
 * The document with every value whose content cannot change the round trip replaced by a
 * stand-in of its class: opaque tokens (proof values, challenges, amounts) and date-times
 * occupy literal or relative-IRI positions alike whatever their content. Keys, structure,
 * numbers, booleans, term-valued keys and anything that could be an IRI stay, so documents
 * with one skeleton have one verdict: a presentation repeated with a fresh challenge, proof
 * value and date costs a walk, not JSON-LD processing.
 */
function skeleton(node: Json, key: string): Json {
  if (Array.isArray(node)) return node.map((item) => skeleton(item, key));
  if (isObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '@context' ? v : skeleton(v, k)]));
  if (typeof node !== 'string' || VOCAB_VALUED_KEYS.has(key)) return node;
  if (OPAQUE.test(node)) return '\u0000o';
  if (DATE_TIME.test(node)) return '\u0000d';
  return node;
}

/** An `id` that heads more than one object with statements of its own. */
function findSplitNode(document: Json): { id: string; path: string } | undefined {
  const seen = new Set<string>();
  const stack: Array<{ node: Json; path: string }> = [{ node: document, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Json; path: string };
    if (Array.isArray(node)) {
      node.forEach((item, index) => stack.push({ node: item, path: `${path}[${index}]` }));
    } else if (isObject(node)) {
      const id = node.id;
      if (typeof id === 'string' && Object.keys(node).length > 1) {
        if (seen.has(id)) return { id, path: path ? `${path}.id` : 'id' };
        seen.add(id);
      }
      for (const [key, value] of Object.entries(node)) {
        if (key !== '@context') stack.push({ node: value, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return undefined;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

