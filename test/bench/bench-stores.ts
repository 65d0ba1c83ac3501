// Which stores a bench runs on: BENCH_STORE=embedded (default), mongodb, or embedded,mongodb (both,
// in that order, in one invocation). mongodb needs MONGODB_URL (`npm run bench:mongo` starts
// FerretDB through scripts/with-ferretdb.sh, which sets it); each run gets a database of its own.
import { randomBytes } from 'node:crypto';

export type BenchStoreKind = 'embedded' | 'mongodb';

export interface BenchStore {
  kind: BenchStoreKind;
  /** Set for `mongodb`. */
  mongodbUrl?: string;
  /** A fresh database name per run, for `mongodb`. */
  dbName?: string;
  /** For headings: `embedded engine` or `MongoDB wire server (MONGODB_URL)`. */
  label: string;
}

export function benchStores(env: NodeJS.ProcessEnv = process.env): BenchStore[] {
  const kinds = (env.BENCH_STORE ?? 'embedded').split(',').map((kind) => kind.trim()).filter((kind) => kind !== '');
  return kinds.map((kind) => {
    if (kind === 'embedded') return { kind, label: 'embedded engine' };
    if (kind !== 'mongodb') throw new Error(`bench aborted: BENCH_STORE lists "${kind}"; use embedded, mongodb or embedded,mongodb`);
    const url = env.MONGODB_URL;
    if (url === undefined || url === '') throw new Error('bench aborted: BENCH_STORE=mongodb needs MONGODB_URL (npm run bench:mongo starts FerretDB and sets it)');
    return { kind, mongodbUrl: url, dbName: benchDbName(), label: `MongoDB wire server (${url.replace(/\/\/[^@/]*@/, '//…@')})` };
  });
}

/** A database name of its own for each bench run, so no run sees another's documents. */
export function benchDbName(): string {
  return `agentvc_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}
