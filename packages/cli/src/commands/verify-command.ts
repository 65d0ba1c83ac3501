import { capabilityRequirementSchema, type CapabilityRequirement } from '@agentvc/core';
import { createStatusListFetcher, createVerifier, type VerificationResult } from '@agentvc/verifier';
import { UsageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { createOutput, problemLines } from '../output.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readJsonInput } from '../read-json-input.js';
import { jsonFlag } from '../settings.js';

const OPTIONS = {
  'trusted-issuer': { type: 'string', multiple: true },
  challenge: { type: 'string' },
  domain: { type: 'string' },
  capability: { type: 'string' },
  'fetch-status': { type: 'boolean' },
  'allow-insecure-status': { type: 'boolean' }
} as const;

/**
 * `agentvc verify <file>`: the embeddable verifier, offline unless --fetch-status. Exit 0 only
 * when verified; the problems are the verifier's own, printed as they are.
 */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'verify');
  if (positionals.length !== 1) throw new UsageError('verify', 'verify takes one file (or - for stdin)');
  const trustedIssuers = values['trusted-issuer'] ?? [];
  if (trustedIssuers.length === 0) throw new UsageError('verify', '--trusted-issuer DID is required (repeat it for several issuers)');
  if (values['allow-insecure-status'] && !values['fetch-status']) throw new UsageError('verify', '--allow-insecure-status needs --fetch-status');
  const capability = values.capability === undefined ? undefined : parseCapability(values.capability);
  const out = createOutput(io, values.json);

  const document = await readJsonInput(positionals[0] as string, io);
  const kind = isPresentation(document) ? 'presentation' : 'credential';
  const insecure = Boolean(values['allow-insecure-status']);
  const verifier = createVerifier({
    trustedIssuers,
    ...(values['fetch-status'] ? { fetchStatusList: createStatusListFetcher({ allowHttp: insecure, allowPrivateNetworks: insecure, ...(io.fetch ? { fetch: io.fetch } : {}) }) } : {})
  });
  let result: VerificationResult;
  if (kind === 'presentation') {
    const { challenge, domain } = values;
    if (!challenge || !domain) throw new UsageError('verify', 'a presentation needs --challenge and --domain');
    result = await verifier.verifyPresentation(document, { challenge, domain, ...(capability ? { capability } : {}) });
  } else {
    result = await verifier.verifyCredential(document, capability ? { capability } : {});
  }

  const offlineStatus = !values['fetch-status'] && result.problems.some((p) => p.code === 'STATUS_UNAVAILABLE');
  out.result({ kind, ...result }, [
    result.verified ? `verified ${kind}` : `NOT verified ${kind}: ${result.problems.length} problem(s)`,
    ...(result.holder ? [`  holder:  ${result.holder}`] : []),
    ...(result.issuers.length > 0 ? [`  issuers: ${result.issuers.join(', ')}`] : []),
    ...(result.capabilities.length > 0 ? [`  capabilities: ${result.capabilities.map((c) => c.capability.type).join(', ')}`] : []),
    ...(result.grantedBy ? [`  required capability granted by ${result.grantedBy.credentialId ?? result.grantedBy.issuer}`] : []),
    ...problemLines(result.problems as unknown as Array<Record<string, unknown>>),
    ...(offlineStatus ? ['  (status lists are not fetched offline; pass --fetch-status to check revocation)'] : [])
  ]);
  return result.verified ? 0 : 1;
}

function parseCapability(value: string): CapabilityRequirement {
  const parsed = capabilityRequirementSchema.safeParse(jsonFlag(value, '--capability', 'verify'));
  if (!parsed.success) {
    throw new UsageError('verify', `--capability: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function isPresentation(document: unknown): boolean {
  const type = (document as { type?: unknown } | null)?.type;
  return [type].flat().includes('VerifiablePresentation');
}
