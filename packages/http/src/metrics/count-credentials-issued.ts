import type { Registry } from 'prom-client';
import { counterOn } from './metric-labels.js';

// the suites the issuer signs with, as labels; anything else counts as OTHER
const PROOF_LABELS: ReadonlySet<string> = new Set(['Ed25519Signature2020', 'eddsa-rdfc-2022', 'eddsa-jcs-2022']);

/**
 * A listener for issued credentials (createIssuer's `onCredentialIssued`), counting on
 * `registry`: `agentvc_credentials_issued_total{proof}`, the proof's cryptosuite
 * (DataIntegrityProof) or type.
 */
export function countCredentialsIssued(registry: Registry): (credential: Record<string, unknown>) => void {
  const issued = counterOn(registry, 'agentvc_credentials_issued_total', 'Credentials signed and recorded, by proof suite', ['proof']);
  return (credential) => {
    const proof = (Array.isArray(credential.proof) ? credential.proof[0] : credential.proof) as { type?: unknown; cryptosuite?: unknown } | undefined;
    const suite = proof?.cryptosuite ?? proof?.type;
    issued.inc({ proof: typeof suite === 'string' && PROOF_LABELS.has(suite) ? suite : 'OTHER' });
  };
}
