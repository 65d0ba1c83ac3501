import { z } from 'zod';
import { envList } from './env-list.js';

const DID = /^did:[a-z0-9]+:\S+$/;

/** Comma-separated DIDs (`did:key:z6Mk…, did:web:issuer.example`); unset is `[]`. */
export function envDidList() {
  return envList(z.string().regex(DID, 'expected a DID (did:<method>:<id>)'), 'a DID');
}
