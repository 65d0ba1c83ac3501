// The attack documents for `test/bench/verifier-attack.ts`: the worst the verifier's limits let
// through to JSON-LD work (issue 8 §2). Each is built from a real credential of the trusted
// issuer, with blank nodes added just under the limits, so every check before the JSON-LD work
// passes (size, shape, contexts, schema, trusted issuer, dates, capabilities) and the
// canonical-form check and the RDF canonicalization of the proof both run; the added nodes
// break the signature, so every answer is a 400 INVALID_PROOF after all that work.
import { LIMITS } from '@agentvc/core';
import type { Json } from '../support/sign.js';

/**
 * The term that nests one added node in another. `evidence` is scoped to the credential's type
 * (undefined in a node below it: NON_CANONICAL_TERM before any canonicalization); agentvc's
 * `capability` is defined for every node (a `@set`, so always an array).
 */
const NEST = 'capability';

/** How the added blank nodes hang together. */
export type AttackShape = 'flat' | 'chains' | 'tree';

/** Objects without an `id` in `value` (what the shape check counts as blank nodes). */
export function countBlankNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countBlankNodes(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const own = 'id' in value ? 0 : 1;
  return Object.entries(value).reduce((sum, [key, item]) => (key === '@context' ? sum : sum + countBlankNodes(item)), own);
}

/** `count` identical blank nodes in the given shape, as the value of an `evidence` member. */
export function blankNodes(count: number, shape: AttackShape): Json[] {
  const node = (): Json => ({ type: 'https://attacker.example/Node' });
  if (shape === 'flat') return Array.from({ length: count }, node);
  if (shape === 'chains') {
    // identical chains as long as the depth limit allows (each link is an object and an array)
    const length = Math.floor((LIMITS.maxDepth - 3) / 2);
    const chains: Json[] = [];
    for (let left = count; left > 0; left -= length) {
      let chain: Json = node();
      for (let i = 1; i < Math.min(length, left); i++) chain = { ...node(), [NEST]: [chain] };
      chains.push(chain);
    }
    return chains;
  }
  // binary trees of identical nodes
  const tree = (size: number): Json => {
    if (size <= 1) return node();
    const rest = size - 1;
    const left = Math.ceil(rest / 2);
    const children = [tree(left), ...(rest - left > 0 ? [tree(rest - left)] : [])];
    return { ...node(), [NEST]: children };
  };
  return [tree(count)];
}

/**
 * The credential with as many identical blank nodes added as the per-credential limit allows
 * (`budget`: at most that many in the whole credential) and a fresh id, so no cache or memo of
 * the verifier has seen it. Its proof no longer matches.
 */
export function attackCredential(signed: Json, shape: AttackShape, budget: number = LIMITS.maxBlankNodesPerCredential): Json {
  const room = budget - countBlankNodes(signed);
  return { ...signed, id: `urn:uuid:${crypto.randomUUID()}`, evidence: blankNodes(room, shape) };
}
