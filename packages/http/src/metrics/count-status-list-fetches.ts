import type { Registry } from 'prom-client';
import { counterOn, errorLabel } from './metric-labels.js';

/**
 * A status list fetcher (the verifier's `fetchStatusList`), counting on `registry`:
 * `agentvc_status_list_fetches_total{outcome}`, ok or the failure's code (UNSUPPORTED_URL,
 * STATUS_LIST_INVALID, ...; OTHER for one without a code, such as a refused connection). Cache hits never reach it, so this
 * counts real fetches.
 */
export function countStatusListFetches<T>(fetchStatusList: (url: string) => Promise<T>, registry: Registry): (url: string) => Promise<T> {
  const fetches = counterOn(registry, 'agentvc_status_list_fetches_total', 'Status list credentials fetched, by outcome (ok or the failure code)', ['outcome']);
  return async (url) => {
    try {
      const list = await fetchStatusList(url);
      fetches.inc({ outcome: 'ok' });
      return list;
    } catch (error) {
      fetches.inc({ outcome: errorLabel(error) });
      throw error;
    }
  };
}
