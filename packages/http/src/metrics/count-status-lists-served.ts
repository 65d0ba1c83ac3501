import type { Registry } from 'prom-client';
import { counterOn, errorLabel } from './metric-labels.js';

/**
 * A status list source (the issuer's status registry), counting `signedList` on `registry`:
 * `agentvc_status_lists_served_total{outcome}`, ok or the refusal's code (NOT_FOUND, ...).
 */
export function countStatusListsServed<S extends { signedList(id: string): Promise<unknown> }>(source: S, registry: Registry): S {
  const served = counterOn(registry, 'agentvc_status_lists_served_total', 'Status list credentials served, by outcome (ok or the refusal code)', ['outcome']);
  const signedList = async (id: string) => {
    try {
      const list = await source.signedList(id);
      served.inc({ outcome: 'ok' });
      return list;
    } catch (error) {
      served.inc({ outcome: errorLabel(error) });
      throw error;
    }
  };
  return { ...source, signedList } as S;
}
