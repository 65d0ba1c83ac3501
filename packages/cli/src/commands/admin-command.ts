import { createIssuerClient, type GrantInput, type IssuerClient } from '@agentvc/client';
import { UsageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { didYouMean } from '../closest-name.js';
import type { CommandContext } from '../command-context.js';
import { createOutput, type Output } from '../output.js';
import { parseCommandArgs, required, type ParsedCommandArgs } from '../parse-command-args.js';
import { readJsonInput } from '../read-json-input.js';
import { jsonFlag, serviceUrl } from '../settings.js';

const OPTIONS = {
  issuer: { type: 'string' },
  'api-key': { type: 'string' },
  name: { type: 'string' },
  owner: { type: 'string' },
  capability: { type: 'string', multiple: true },
  file: { type: 'string' },
  validity: { type: 'string' },
  suspendable: { type: 'boolean' },
  'expires-at': { type: 'string' },
  suspend: { type: 'boolean' },
  reinstate: { type: 'boolean' },
  action: { type: 'string' },
  limit: { type: 'string' }
} as const;

type Values = ParsedCommandArgs<typeof OPTIONS>['values'];

/** `agentvc admin …`: operator calls on the issuer with an API key. */
export async function adminCommand(args: string[], io: CliIo, context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'admin');
  const [sub, ...rest] = positionals;
  const action = [sub, ...(sub === 'keys' || sub === 'agents' ? rest.slice(0, 1) : [])].join(' ');
  const params = sub === 'keys' || sub === 'agents' ? rest.slice(1) : rest;
  const arity: Record<string, number> = {
    'keys list': 0, 'keys create': 1, 'keys revoke': 1, 'agents list': 0, 'agents show': 1, 'agents grants': 1,
    'agents register': 1, grant: 1, revoke: 1, 'revoke-grant': 2, audit: 0
  };
  if (sub === undefined) throw new UsageError('admin', 'admin needs a subcommand');
  if (arity[action] === undefined) throw new UsageError('admin', `unknown admin subcommand: ${action}${didYouMean(action, Object.keys(arity))}`);
  if (params.length !== arity[action]) throw new UsageError('admin', `admin ${action} takes ${arity[action]} argument(s)`);
  if (params[0]?.startsWith('did:')) context.did = params[0];
  const apiKey = values['api-key'] ?? io.env.AGENTVC_API_KEY;
  if (!apiKey) throw new UsageError('admin', '--api-key is required (or set AGENTVC_API_KEY)');
  const baseUrl = serviceUrl(values.issuer, 'AGENTVC_ISSUER_URL', '--issuer', io, 'admin');
  const client = createIssuerClient({ baseUrl, apiKey, ...(io.fetch ? { fetch: io.fetch } : {}) });
  await run(action, params as [string, string], values, client, createOutput(io, values.json), io);
  return 0;
}

async function run(action: string, [first, second]: [string, string], values: Values, client: IssuerClient, out: Output, io: CliIo): Promise<void> {
  switch (action) {
    case 'keys list': {
      const keys = await client.listApiKeys();
      return out.result(keys, keys.map((k) => `${k.id}  ${k.masked}  ${k.name}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}`));
    }
    case 'keys create': {
      const created = await client.createApiKey(first);
      return out.result(created, [`created ${created.key.id} (${created.key.name})`, `token (shown once, keep it safe): ${created.token}`]);
    }
    case 'keys revoke':
      await client.revokeApiKey(first);
      return out.result({ revoked: first }, `revoked ${first}`);
    case 'agents list': {
      const agents = await client.listAgents();
      return out.result(agents, agents.length > 0 ? agents.map((a) => `${a.did}  ${a.name}  (${a.owner})`) : '(no agents)');
    }
    case 'agents show': {
      const agent = await client.getAgent(first);
      return out.result(agent, [`${agent.did}`, `  name: ${agent.name}`, `  owner: ${agent.owner}`, `  registered: ${agent.createdAt}`]);
    }
    case 'agents grants': {
      const grants = await client.listGrants(first);
      return out.result(grants, grants.map((g) => `${g.id}  ${g.capabilities.map((c) => String(c.type)).join(',')}  ${g.validitySeconds}s${g.revokedAt ? '  revoked' : ''}`));
    }
    case 'agents register': {
      const agent = await client.registerAgent({ did: first, name: required(values.name, '--name', 'admin'), owner: required(values.owner, '--owner', 'admin') });
      return out.result(agent, `registered ${agent.did} (${agent.name})`);
    }
    case 'grant': {
      const grant = await client.grant(first, await grantInput(values, io));
      return out.result(grant, `granted ${grant.id} to ${grant.agentDid}: ${grant.capabilities.map((c) => String(c.type)).join(', ')}`);
    }
    case 'revoke': {
      if (values.suspend && values.reinstate) throw new UsageError('admin', '--suspend and --reinstate exclude each other');
      const suspension = Boolean(values.suspend || values.reinstate);
      const change = await client.setStatus({ credentialId: first, statusPurpose: suspension ? 'suspension' : 'revocation', status: !values.reinstate });
      const verb = values.reinstate ? 'reinstated' : suspension ? 'suspended' : 'revoked';
      return out.result(change, `${verb} ${first}${change.changed ? '' : ' (no change: it already was)'}`);
    }
    case 'revoke-grant':
      await client.revokeGrant(first, second);
      return out.result({ agentDid: first, revokedGrant: second }, `revoked grant ${second} of ${first}`);
    default: {
      const limit = values.limit === undefined ? undefined : Number(values.limit);
      if (limit !== undefined && !Number.isInteger(limit)) throw new UsageError('admin', '--limit must be an integer');
      const records = await client.audit({ ...(values.action ? { action: values.action } : {}), ...(limit ? { limit } : {}) });
      return out.result(records, records.map((r) => `${r.at}  ${r.action}  ${r.outcome}${r.target ? `  ${String(r.target)}` : ''}`));
    }
  }
}

async function grantInput(values: Values, io: CliIo): Promise<GrantInput> {
  if (values.file) {
    if (values.capability) throw new UsageError('admin', 'give --file or --capability, not both');
    return (await readJsonInput(values.file, io)) as GrantInput;
  }
  if (!values.capability) throw new UsageError('admin', 'grant needs --capability JSON (or --file)');
  const validity = values.validity === undefined ? undefined : Number(values.validity);
  if (validity !== undefined && !Number.isInteger(validity)) throw new UsageError('admin', '--validity must be a whole number of seconds');
  return {
    capabilities: values.capability.map((c) => jsonFlag(c, '--capability', 'admin') as Record<string, unknown>),
    ...(validity === undefined ? {} : { validitySeconds: validity }),
    ...(values.suspendable ? { suspendable: true } : {}),
    ...(values['expires-at'] ? { expiresAt: values['expires-at'] } : {})
  };
}
