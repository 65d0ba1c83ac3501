import { CONTEXT_URLS } from '@agentvc/core';
import { problem, type Problem, type ProblemScope } from '../problem.js';

const BASE_CONTEXTS: ReadonlySet<string> = new Set([CONTEXT_URLS.credentialsV1, CONTEXT_URLS.credentialsV2]);
const MAX_DEPTH = 32;

/**
 * Every `@context` anywhere in the document must be the URL of a bundled context: inline
 * contexts could redefine terms, and unknown URLs would need a fetch. Checked before any
 * JSON-LD processing so that the loader is never even asked.
 */
export function checkContexts(document: Record<string, unknown>, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const first = Array.isArray(document['@context']) ? document['@context'][0] : undefined;
  if (typeof first !== 'string' || !BASE_CONTEXTS.has(first)) {
    problems.push(problem('UNKNOWN_CONTEXT', 'the first @context must be the VC 1.1 or 2.0 context', '@context'));
  }
  walk(document, '', 0, known, problems);
  return problems;
}

/** `scope` is set below a presentation's verifiableCredential, where a problem is about a credential. */
function walk(node: unknown, path: string, depth: number, known: ReadonlySet<string>, problems: Problem[], scope?: ProblemScope): void {
  if (depth > MAX_DEPTH) {
    problems.push(problem('UNKNOWN_CONTEXT', `nesting deeper than ${MAX_DEPTH}`, path || undefined, scope));
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1, known, problems, scope));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key === '@context') {
      const entries: unknown[] = Array.isArray(value) ? value : [value];
      entries.forEach((entry, index) => {
        const entryPath = Array.isArray(value) ? `${childPath}[${index}]` : childPath;
        if (typeof entry !== 'string') {
          problems.push(problem('UNKNOWN_CONTEXT', 'inline @context objects are not accepted', entryPath, scope));
        } else if (!known.has(entry)) {
          problems.push(problem('UNKNOWN_CONTEXT', `${entry.slice(0, 120)} is not a bundled context`, entryPath, scope));
        }
      });
    } else {
      walk(value, childPath, depth + 1, known, problems, depth === 0 && key === 'verifiableCredential' ? 'credential' : scope);
    }
  }
}
