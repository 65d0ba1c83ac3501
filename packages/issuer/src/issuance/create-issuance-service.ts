import { randomUUID } from 'node:crypto';
import { AgentVcError, capabilitySchema, CONTEXT_URLS, type Capability, type Clock } from '@agentvc/core';
import type { StatusPurpose } from '@agentvc/status-list';
import type { Store } from '@agentvc/store';
import type { StatusAllocation, StatusRegistry } from '../status/create-status-registry.js';
import type { CredentialSigner } from './create-credential-signer.js';

export interface CredentialRecord {
  _id: string;
  subject?: string;
  types: string[];
  issuedAt: Date;
  expiresAt?: Date;
  status: StatusAllocation[];
  revokedAt?: Date;
  suspended?: boolean;
}

export interface IssueOptions {
  suspendable: boolean;
  /** Seconds from now; used when the credential has no expirationDate. */
  validitySeconds: number;
}

export interface IssuanceService {
  /** Completes (id, dates, status entries), signs and records an unsigned credential. */
  issue(credential: Record<string, unknown>, options: IssueOptions): Promise<Record<string, unknown>>;
  /** An AgentCapabilityCredential for `agentDid` granting `capabilities`. */
  issueCapabilities(agentDid: string, capabilities: Capability[], options: IssueOptions): Promise<Record<string, unknown>>;
  setStatus(credentialId: string, purpose: StatusPurpose, value: boolean): Promise<{ changed: boolean }>;
  get(credentialId: string): Promise<CredentialRecord | null>;
}

const xsdDate = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

export function createIssuanceService({
  store,
  clock,
  signer,
  statusRegistry,
  onIssued
}: {
  store: Store;
  clock: Clock;
  signer: CredentialSigner;
  statusRegistry: StatusRegistry;
  /** Told of each credential once it is signed and recorded. */
  onIssued?: (credential: Record<string, unknown>) => void;
}): IssuanceService {
  const records = store.collection<CredentialRecord>('credentials');

  async function issue(unsigned: Record<string, unknown>, { suspendable, validitySeconds }: IssueOptions): Promise<Record<string, unknown>> {
    const credential = structuredClone(unsigned);
    if (credential.proof !== undefined || credential.credentialStatus !== undefined) {
      throw new AgentVcError('INVALID_CREDENTIAL', 'the issuer adds proof and credentialStatus itself');
    }
    assertCapabilities(credential);
    const id = typeof credential.id === 'string' ? credential.id : `urn:uuid:${randomUUID()}`;
    // a cheap pre-check to avoid burning status slots; the insert below is the real guard
    if (await records.findOne({ _id: id }, { projection: { _id: 1 } })) {
      throw new AgentVcError('CONFLICT', `a credential with id ${id.slice(0, 120)} was already issued`);
    }
    const now = clock.now();
    const purposes: StatusPurpose[] = suspendable ? ['revocation', 'suspension'] : ['revocation'];
    const allocations = await Promise.all(purposes.map((purpose) => statusRegistry.allocate(purpose, id)));
    const contexts = credential['@context'] as string[];
    Object.assign(credential, {
      '@context': contexts.includes(CONTEXT_URLS.statusList2021) ? contexts : [...contexts, CONTEXT_URLS.statusList2021],
      id,
      issuanceDate: credential.issuanceDate ?? xsdDate(now),
      expirationDate: credential.expirationDate ?? xsdDate(new Date(now.getTime() + validitySeconds * 1000)),
      credentialStatus: allocations.length === 1 ? statusRegistry.entry(allocations[0] as StatusAllocation) : allocations.map(statusRegistry.entry)
    });
    const signed = await signer.sign(credential);
    const subject = (credential.credentialSubject as { id?: unknown }).id;
    await records.insertOne({
      _id: id,
      ...(typeof subject === 'string' ? { subject } : {}),
      types: ([] as string[]).concat(credential.type as string | string[]),
      issuedAt: now,
      expiresAt: new Date(String(credential.expirationDate)),
      status: allocations
    });
    onIssued?.(signed);
    return signed;
  }

  return {
    issue,
    issueCapabilities(agentDid, capabilities, options) {
      return issue(
        {
          '@context': [CONTEXT_URLS.credentialsV1, CONTEXT_URLS.agentvcV1],
          type: ['VerifiableCredential', 'AgentCapabilityCredential'],
          issuer: signer.issuer,
          credentialSubject: { id: agentDid, capability: capabilities }
        },
        options
      );
    },
    async setStatus(credentialId, purpose, value) {
      const record = await records.findOne({ _id: credentialId });
      if (!record) throw new AgentVcError('NOT_FOUND', 'this issuer issued no credential with that id');
      const allocation = record.status.find((s) => s.purpose === purpose);
      if (!allocation) throw new AgentVcError('STATUS_CHANGE_REFUSED', `the credential has no ${purpose} status entry`);
      if (purpose === 'revocation' && !value) throw new AgentVcError('STATUS_CHANGE_REFUSED', 'revocation is permanent');
      const changed = await statusRegistry.setBit(allocation, value);
      // the list bit is the truth; the record follows only a real change, so a repeated
      // revocation keeps the first revokedAt
      if (changed) {
        await records.updateOne(
          purpose === 'revocation' ? { _id: credentialId, revokedAt: { $exists: false } } : { _id: credentialId },
          purpose === 'revocation' ? { $set: { revokedAt: clock.now() } } : { $set: { suspended: value } }
        );
      }
      return { changed };
    },
    get: (credentialId) => records.findOne({ _id: credentialId })
  };
}

/** Capability credentials carry only capabilities the verifier can read (fail closed at the source too). */
function assertCapabilities(credential: Record<string, unknown>): void {
  const types = ([] as unknown[]).concat(credential.type);
  if (!types.includes('AgentCapabilityCredential')) return;
  const subject = credential.credentialSubject as { capability?: unknown } | unknown[];
  const list = Array.isArray(subject) ? undefined : ([] as unknown[]).concat(subject.capability ?? []);
  if (!list || list.length === 0) throw new AgentVcError('INVALID_CREDENTIAL', 'a capability credential needs credentialSubject.capability');
  for (const [index, capability] of list.entries()) {
    const parsed = capabilitySchema.safeParse(capability);
    if (!parsed.success) {
      throw new AgentVcError('INVALID_CREDENTIAL', `capability[${index}]: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
  }
}
