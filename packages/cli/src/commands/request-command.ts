import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createIssuerClient } from '@agentvc/client';
import { UsageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { loadIdentity } from '../load-identity.js';
import { createOutput } from '../output.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { writePrivateFile } from '../private-files.js';
import { credentialsDir, identityPath, serviceUrl } from '../settings.js';

const OPTIONS = { issuer: { type: 'string' }, identity: { type: 'string' }, out: { type: 'string' } } as const;

/** `agentvc request --issuer URL`: DID-auth with the issuer, save the credential it grants. */
export async function requestCommand(args: string[], io: CliIo, context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'request');
  if (positionals.length > 0) throw new UsageError('request', `unexpected argument: ${positionals[0]}`);
  const out = createOutput(io, values.json);
  const baseUrl = serviceUrl(values.issuer, 'AGENTVC_ISSUER_URL', '--issuer', io, 'request');
  const identity = await loadIdentity(identityPath(values.identity, io), out.note);
  context.did = identity.did;

  const credential = await createIssuerClient({ baseUrl, ...(io.fetch ? { fetch: io.fetch } : {}) }).requestCredential(identity);
  const id = typeof credential.id === 'string' ? credential.id : undefined;
  const file = values.out ?? join(credentialsDir(io), `${id?.match(/^urn:uuid:([0-9a-f-]{36})$/i)?.[1] ?? randomUUID()}.json`);
  await writePrivateFile(file, `${JSON.stringify(credential, null, 2)}\n`, { what: 'a credential', warn: (line) => io.stderr(`${line}\n`) });

  const subject = [credential.credentialSubject].flat()[0] as { capability?: unknown } | undefined;
  const capabilities = [subject?.capability ?? []].flat() as Array<{ type?: string }>;
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const expires = credential.expirationDate ?? credential.validUntil;
  out.result({ file, id, issuer, expirationDate: expires, capabilities }, [
    `Saved credential ${id ?? '(no id)'} to ${file}`,
    `  issuer:       ${issuer}`,
    `  capabilities: ${capabilities.map((c) => c.type ?? '?').join(', ') || '(none)'}`,
    `  expires:      ${expires ?? '(never)'}`
  ]);
  return 0;
}
