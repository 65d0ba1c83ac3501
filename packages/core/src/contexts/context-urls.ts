/** URLs of the contexts agentvc documents use; each is bundled in contexts/. */
export const CONTEXT_URLS = {
  credentialsV1: 'https://www.w3.org/2018/credentials/v1',
  credentialsV2: 'https://www.w3.org/ns/credentials/v2',
  ed25519Signature2020: 'https://w3id.org/security/suites/ed25519-2020/v1',
  dataIntegrityV2: 'https://w3id.org/security/data-integrity/v2',
  multikeyV1: 'https://w3id.org/security/multikey/v1',
  statusList2021: 'https://w3id.org/vc/status-list/2021/v1',
  didV1: 'https://www.w3.org/ns/did/v1',
  agentvcV1: 'https://agentvc.dev/contexts/v1'
} as const;
