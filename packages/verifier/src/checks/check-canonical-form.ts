import jsonld from 'jsonld';
import { createLruCache, type DocumentLoader } from '@agentvc/core';
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
 * Proves that the JSON the checks read is the graph the proof covers. The document is
 * expanded (JSON-LD safe mode: nothing may be dropped) and compacted again with its own
 * context URLs only; the result must equal the document, up to key order, one-element arrays
 * written as their element, a node reference `{ "id": x }` written as `x`, and `@context`
 * entries (the compaction uses the document's own context URLs; an eddsa-jcs-2022 proof repeats
 * them). Reading any other key of the document therefore reads the compaction. Compaction
 * writes every statement under the one term its context defines for it, so any other
 * spelling — an IRI or compact IRI as key, `@nest`, a value object, a keyword in place of its
 * alias, a term defined inline that maps to a checked IRI — comes back different and is
 * refused with NON_CANONICAL_TERM, as is a node described in two places (its statements could
 * be split from the object the checks read). Inline context objects are dropped from the
 * compaction context on purpose: the rule holds even if a caller accepts them.
 */
export function createCanonicalFormCheck({
  documentLoader,
  memoSize = 10_000
}: {
  documentLoader: DocumentLoader;
  memoSize?: number;
}): CanonicalFormCheck {
  const memo = createLruCache<string, Problem[]>(Math.max(memoSize, 1));
  return async (document) => {
    const split = findSplitNode(document);
    if (split) return [problem('NON_CANONICAL_TERM', `node ${split.id.slice(0, 120)} is described in more than one place`, split.path)];
    const key = JSON.stringify(skeleton(document, ''));
    const known = memo.get(key);
    if (known) return known.map((p) => ({ ...p }));
    const problems = await roundTrip(document, documentLoader);
    memo.set(key, problems);
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

async function roundTrip(document: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Problem[]> {
  let compacted: Record<string, unknown>;
  try {
    const expanded = await jsonld.expand(document, { documentLoader, safe: true });
    compacted = await jsonld.compact(expanded, urlContexts(document['@context']), { documentLoader, safe: true, skipExpansion: true });
  } catch (error) {
    return [problem('NON_CANONICAL_TERM', `the document does not map cleanly onto its contexts: ${messageOf(error)}`)];
  }
  const difference = firstDifference(document, compacted, '');
  return difference === undefined ? [] : [problem('NON_CANONICAL_TERM', 'this part is not spelled as its contexts define it', difference || undefined)];
}

function urlContexts(context: unknown): string[] {
  return ([] as unknown[]).concat(context ?? []).filter((entry): entry is string => typeof entry === 'string');
}

/** Path of the first place where `a` and `b` differ, or undefined when equal. */
function firstDifference(a: Json, b: Json, path: string): string | undefined {
  const left = normalize(a);
  const right = normalize(b);
  if (Array.isArray(left) || Array.isArray(right)) {
    const l = ([] as Json[]).concat(left);
    const r = ([] as Json[]).concat(right);
    if (l.length !== r.length) return path;
    for (let i = 0; i < l.length; i += 1) {
      const found = firstDifference(l[i], r[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isObject(left) && isObject(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    keys.delete('@context');
    for (const key of keys) {
      const childPath = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(left, key) || !Object.hasOwn(right, key)) return childPath;
      const found = firstDifference(left[key], right[key], childPath);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return Object.is(left, right) ? undefined : path;
}

/** One-element arrays and bare node references have two equal spellings; take the short one. */
function normalize(value: Json): Json {
  if (Array.isArray(value) && value.length === 1) return normalize(value[0]);
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'id' && typeof value.id === 'string') return value.id;
  }
  return value;
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

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 200);
}
