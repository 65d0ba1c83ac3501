import { MongoClient } from 'mongodb';
import { FERRETDB_DEVIATIONS, type DeviationId } from './known-deviations.js';

export interface WireServer {
  /** "MongoDB 7.0.14", "FerretDB 1.24.2". */
  name: string;
  deviations: ReadonlySet<DeviationId>;
}

/** Asks the server at `url` what it is (buildInfo): FerretDB reports `ferretdbVersion`. */
export async function describeWireServer(url: string): Promise<WireServer> {
  const client = await MongoClient.connect(url);
  try {
    const info = await client.db('admin').command({ buildInfo: 1 });
    if (typeof info.ferretdbVersion === 'string') {
      return { name: `FerretDB ${info.ferretdbVersion.replace(/^v/, '')}`, deviations: new Set(Object.keys(FERRETDB_DEVIATIONS) as DeviationId[]) };
    }
    return { name: `MongoDB ${String(info.version)}`, deviations: new Set() };
  } finally {
    await client.close();
  }
}
