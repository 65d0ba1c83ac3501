import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createWalletClient, type StoredCredential } from '@agentvc/client';
import { CliError, UsageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { didYouMean } from '../closest-name.js';
import type { CommandContext } from '../command-context.js';
import { loadIdentity } from '../load-identity.js';
import { createOutput } from '../output.js';
import { parseCommandArgs, required } from '../parse-command-args.js';
import { readJsonInput } from '../read-json-input.js';
import { identityPath, serviceUrl } from '../settings.js';

const OPTIONS = {
  wallet: { type: 'string' },
  identity: { type: 'string' },
  type: { type: 'string' },
  'capability-type': { type: 'string' },
  issuer: { type: 'string' },
  challenge: { type: 'string' },
  domain: { type: 'string' },
  out: { type: 'string' },
  custodial: { type: 'boolean' }
} as const;

const SUBCOMMANDS = new Set(['store', 'list', 'get', 'delete', 'present']);

/** `agentvc wallet store|list|get|delete|present`, signed in by DID-auth with the identity file. */
export async function walletCommand(args: string[], io: CliIo, context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'wallet');
  const [sub, ...rest] = positionals;
  if (sub === undefined) throw new UsageError('wallet', 'wallet needs a subcommand');
  if (!SUBCOMMANDS.has(sub)) throw new UsageError('wallet', `unknown wallet subcommand: ${sub}${didYouMean(sub, SUBCOMMANDS)}`);
  if ((sub === 'list' && rest.length > 0) || ((sub === 'get' || sub === 'delete') && rest.length !== 1) || ((sub === 'store' || sub === 'present') && rest.length === 0)) {
    throw new UsageError('wallet', `wrong arguments for wallet ${sub}`);
  }
  const out = createOutput(io, values.json);
  const baseUrl = serviceUrl(values.wallet, 'AGENTVC_WALLET_URL', '--wallet', io, 'wallet');
  const identity = await loadIdentity(identityPath(values.identity, io), out.note);
  context.did = identity.did;
  const session = await createWalletClient({ baseUrl, ...(io.fetch ? { fetch: io.fetch } : {}) }).signIn(identity);
  const line = (c: StoredCredential): string => `${c.id}  ${c.capabilityTypes.join(',') || '-'}  ${c.issuer}  stored ${c.storedAt}`;
  const summary = ({ verifiableCredential: _full, ...rest }: StoredCredential) => rest;

  switch (sub) {
    case 'store': {
      const stored: StoredCredential[] = [];
      for (const file of rest) stored.push(await session.storeCredential(asObject(await readJsonInput(file, io), file)));
      out.result(stored.map(summary), stored.map((c) => `stored ${line(c)}`));
      return 0;
    }
    case 'list': {
      const filter = { ...(values.type ? { type: values.type } : {}), ...(values['capability-type'] ? { capabilityType: values['capability-type'] } : {}), ...(values.issuer ? { issuer: values.issuer } : {}) };
      const credentials = await session.listCredentials(filter);
      out.result(credentials.map(summary), credentials.length > 0 ? credentials.map(line) : '(no credentials)');
      return 0;
    }
    case 'get': {
      const credential = await session.getCredential(rest[0] as string);
      out.result(credential, JSON.stringify(credential.verifiableCredential, null, 2));
      return 0;
    }
    case 'delete': {
      await session.deleteCredential(rest[0] as string);
      out.result({ deleted: rest[0] }, `deleted ${rest[0]}`);
      return 0;
    }
    default: {
      const challenge = required(values.challenge, '--challenge', 'wallet');
      const domain = required(values.domain, '--domain', 'wallet');
      const { verifiablePresentation, signedBy } = await session.createPresentation({
        credentialIds: rest,
        challenge,
        domain,
        ...(values.custodial ? { sign: true } : {})
      });
      const text = `${JSON.stringify(verifiablePresentation, null, 2)}\n`;
      if (!values.out) {
        // the presentation is the output, in both modes
        io.stdout(values.json ? `${JSON.stringify({ signedBy, verifiablePresentation }, null, 2)}\n` : text);
        return 0;
      }
      await mkdir(dirname(values.out), { recursive: true });
      await writeFile(values.out, text, 'utf8');
      out.result({ file: values.out, signedBy }, `presentation signed by the ${signedBy ?? 'nobody'} saved to ${values.out}`);
      return 0;
    }
  }
}

function asObject(value: unknown, file: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError('INVALID_JSON', `${file} is not a JSON object`);
  return value as Record<string, unknown>;
}
