import { Query } from 'mingo';
import type { Filter } from '@agentvc/store';

/** MongoDB's semantics for `filter` on one document, as implemented by mingo (the reference). */
export function matchesFilter(document: Record<string, unknown>, filter: Filter): boolean {
  return new Query(filter).test(document);
}

/** The `_id`s of `documents` that mingo selects, sorted. */
export function selectedIds(documents: ReadonlyArray<{ _id: string }>, filter: Filter): string[] {
  return documents
    .filter((document) => matchesFilter(document, filter))
    .map((document) => document._id)
    .sort();
}
