import nedb from '@seald-io/nedb';

export type RawDocument = Record<string, unknown>;

/**
 * nedb is CommonJS (`module.exports = Datastore`) but its typings declare `export default`, so
 * under NodeNext TypeScript expects the class at `.default` while Node hands it over directly.
 */
export const Datastore = nedb as unknown as typeof nedb.default;
export type Datastore = InstanceType<typeof Datastore>;

interface NedbIndex {
  unique: boolean;
}

/** nedb keeps its indexes (also those reloaded from the file) in `indexes`, which its typings omit. */
export function existingIndex(db: Datastore, fieldName: string): NedbIndex | undefined {
  return (db as unknown as { indexes: Record<string, NedbIndex | undefined> }).indexes[fieldName];
}

/** nedb names a compound index by its sorted field names joined with commas. */
export function nedbIndexName(fields: readonly string[]): string {
  return [...fields].sort().join(',');
}
