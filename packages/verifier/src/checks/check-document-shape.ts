import { LIMITS } from '@agentvc/core';
import { problem, type Problem, type ProblemScope } from '../problem.js';

export interface ShapeLimits {
  maxDepth: number;
  maxObjects: number;
  /**
   * Blank nodes, whose number drives canonicalization cost: objects without an `id`, plus each
   * distinct `_:` label (an object's id, or a reference string).
   */
  maxBlankNodes: number;
  maxArrayLength: number;
}

export const CREDENTIAL_SHAPE: ShapeLimits = {
  maxDepth: LIMITS.maxDepth,
  maxObjects: LIMITS.maxObjectsPerCredential,
  maxBlankNodes: LIMITS.maxBlankNodesPerCredential,
  maxArrayLength: LIMITS.maxListEntries
};

export const PRESENTATION_SHAPE: ShapeLimits = {
  maxDepth: LIMITS.maxDepth + 2,
  maxObjects: LIMITS.maxObjectsPerPresentation,
  maxBlankNodes: LIMITS.maxBlankNodesPerPresentation,
  maxArrayLength: LIMITS.maxListEntries
};

/**
 * One walk over the raw JSON before any schema, JSON-LD or cryptography:
 * - every key is a plain term or `@context`. Keywords (`@nest`, `@graph`, `@value`, `@id`,
 *   `@type`, `@reverse`, `@included`, …) and IRIs or compact IRIs used as keys are the ways
 *   to spell a signed statement so that a by-name check does not see it: refused with
 *   NON_CANONICAL_TERM. (That the remaining plain terms mean what the checks assume is
 *   proven by the canonical-form check against the graph; see check-canonical-form.ts.)
 * - depth, object count, blank-node count (objects without an id and distinct `_:` labels)
 *   and array lengths stay within `limits`, so a
 *   document built to make canonicalization slow is refused (DOCUMENT_TOO_COMPLEX) for the
 *   price of one walk.
 * `@context` values are not walked: checkContexts accepts only bundled context URLs there.
 */
export function checkDocumentShape(document: unknown, limits: ShapeLimits): Problem[] {
  const counts = { objects: 0, unlabelled: 0 };
  // `_:` labels name blank nodes too: as an object's id, or as a reference in an IRI-valued term
  const labels = new Set<string>();
  const blankNodes = (): number => counts.unlabelled + labels.size;
  const problems: Problem[] = [];
  // scope: set below a presentation's verifiableCredential, where a problem is about a credential
  type Entry = { node: unknown; path: string; depth: number; scope?: ProblemScope };
  const stack: Entry[] = [{ node: document, path: '', depth: 0 }];
  while (stack.length > 0 && problems.length === 0) {
    const { node, path, depth, scope } = stack.pop() as Entry;
    if (typeof node === 'string' && node.startsWith('_:')) labels.add(node);
    if (blankNodes() > limits.maxBlankNodes) return [problem('DOCUMENT_TOO_COMPLEX', `more than ${limits.maxBlankNodes} blank nodes`)];
    if (node === null || typeof node !== 'object') continue;
    if (depth > limits.maxDepth) return [problem('DOCUMENT_TOO_COMPLEX', `nested deeper than ${limits.maxDepth}`, path || undefined, scope)];
    if (Array.isArray(node)) {
      if (node.length > limits.maxArrayLength) {
        return [problem('DOCUMENT_TOO_COMPLEX', `an array of ${node.length} entries; the limit is ${limits.maxArrayLength}`, path || undefined, scope)];
      }
      node.forEach((item, index) => stack.push({ node: item, path: `${path}[${index}]`, depth: depth + 1, ...(scope ? { scope } : {}) }));
      continue;
    }
    counts.objects += 1;
    if (!Object.hasOwn(node, 'id')) counts.unlabelled += 1;
    if (counts.objects > limits.maxObjects) return [problem('DOCUMENT_TOO_COMPLEX', `more than ${limits.maxObjects} objects`)];
    for (const [key, value] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === '@context') continue;
      if (key.startsWith('@') || key.includes(':')) {
        problems.push(problem('NON_CANONICAL_TERM', `"${key.slice(0, 120)}" is not a plain term of the document's contexts`, childPath, scope));
        break;
      }
      const childScope = depth === 0 && key === 'verifiableCredential' ? 'credential' : scope;
      stack.push({ node: value, path: childPath, depth: depth + 1, ...(childScope ? { scope: childScope } : {}) });
    }
  }
  return problems;
}
