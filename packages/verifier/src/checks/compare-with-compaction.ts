import jsonld from 'jsonld';
import type { DocumentLoader } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';

type Json = unknown;

/**
 * The document is expanded (JSON-LD safe mode: nothing may be dropped) and compacted again
 * with its own context URLs only; the result must equal the document, up to key order,
 * one-element arrays written as their element, a node reference `{ "id": x }` written as `x`,
 * and `@context` entries (an eddsa-jcs-2022 proof repeats the document's). Reading any other
 * key of the document therefore reads the compaction of the signed graph. Compaction writes
 * every statement under the one term its context defines for it, so any other spelling — an
 * IRI or compact IRI as key, `@nest`, a value object, a keyword in place of its alias, a term
 * defined inline that maps to a checked IRI — comes back different: NON_CANONICAL_TERM with
 * the path of the first difference. Inline context objects are left out of the compaction
 * context on purpose: the rule holds even where inline contexts are accepted.
 */
export async function compareWithCompaction(document: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Problem[]> {
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

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 200);
}
