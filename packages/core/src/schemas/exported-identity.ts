import { z } from 'zod';

const multibase = z.string().regex(/^z[1-9A-HJ-NP-Za-km-z]{40,120}$/, 'a base58btc multibase string');

/** The portable (secret) form of an AgentIdentity, as written by `agentvc identity export`. */
export const exportedIdentitySchema = z.strictObject({
  type: z.literal('AgentIdentity'),
  version: z.literal(1),
  did: z.string().startsWith('did:key:z6Mk').max(100),
  keyId: z.string().max(200),
  publicKeyMultibase: multibase,
  privateKeyMultibase: multibase
});

export type ExportedIdentity = z.infer<typeof exportedIdentitySchema>;
