// An issuer on an in-memory embedded store, for library tests.
import { randomBytes } from 'node:crypto';
import { createEmbeddedStore, type Store } from '@agentvc/store';
import { createIssuer, type Issuer, type IssuerPolicy } from '@agentvc/issuer';
import { manualClock } from '../../../test/support/clock.js';

export interface IssuerWorld {
  store: Store;
  issuer: Issuer;
  clock: ReturnType<typeof manualClock>;
  kek: Buffer;
}

export async function createIssuerWorld({ policy, store, kek = randomBytes(32) }: { policy?: Partial<IssuerPolicy>; store?: Store; kek?: Buffer } = {}): Promise<IssuerWorld> {
  const clock = manualClock();
  const db = store ?? (await createEmbeddedStore({}));
  const issuer = await createIssuer({ store: db, clock, keyEncryptionKey: kek, publicUrl: 'https://issuer.example', ...(policy ? { policy } : {}) });
  return { store: db, issuer, clock, kek };
}
