import { FERRETDB_DEVIATIONS, type DeviationId } from './known-deviations.js';
import type { WireServer } from './server-deviations.js';

export interface DocumentedBehaviour {
  /** Whether the server is known to deviate here (for fixtures it cannot store). */
  deviates(id: DeviationId): boolean;
  /**
   * Runs an assertion of MongoDB's documented behaviour. On a server with that known deviation a
   * failure is expected and recorded instead of failing the test; everywhere else it must pass.
   */
  documented(id: DeviationId, assertion: () => unknown): Promise<void>;
  /** One line per known deviation of the server: what MongoDB does, what was seen in this run. */
  report(): string[];
}

export function createDocumentedBehaviour(server?: WireServer): DocumentedBehaviour {
  const deviations = server?.deviations ?? new Set<DeviationId>();
  const seen = new Map<DeviationId, { failed: number; passed: number }>();
  return {
    deviates: (id) => deviations.has(id),
    async documented(id, assertion) {
      if (!deviations.has(id)) {
        await assertion();
        return;
      }
      const failed = await Promise.resolve()
        .then(assertion)
        .then(
          () => false,
          () => true
        );
      const counts = seen.get(id) ?? { failed: 0, passed: 0 };
      counts[failed ? 'failed' : 'passed'] += 1;
      seen.set(id, counts);
    },
    report() {
      if (!server || deviations.size === 0) return [];
      return [...deviations].map((id) => {
        const counts = seen.get(id);
        const outcome = !counts ? 'not exercised by this file' : counts.passed === 0 ? 'deviation observed' : `passed ${counts.passed} of ${counts.failed + counts.passed} times this run`;
        return `known ${server.name} deviation "${id}" (${outcome}): MongoDB ${FERRETDB_DEVIATIONS[id].mongodb}; ${server.name} ${FERRETDB_DEVIATIONS[id].ferretdb}`;
      });
    }
  };
}
