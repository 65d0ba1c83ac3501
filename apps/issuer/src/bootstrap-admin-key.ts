import type { Issuer } from '@agentvc/issuer';

export interface BootstrapOptions {
  /** AGENTVC_ADMIN_TOKEN, already checked to be in the avc_<id>_<secret> format (loadConfig). */
  configured?: string;
  /** Saves or shows a generated key; called before anything else that can fail (the audit record). */
  keep: (token: string) => void;
}

/**
 * The first operator key: AGENTVC_ADMIN_TOKEN when set (added once; a revoked one stays
 * revoked), else generated when no current-format key exists yet (a fresh store, or one holding
 * only legacy keys, which are refused). A generated key is handed to `keep` right after it is
 * stored, then audited: an audit that fails cannot lose a key that the next start will not
 * generate again. Returns the generated key.
 */
export async function bootstrapAdminKey({ apiKeys, audit }: Pick<Issuer, 'apiKeys' | 'audit'>, { configured, keep }: BootstrapOptions): Promise<string | undefined> {
  if (configured) {
    const check = await apiKeys.authenticate(configured);
    // live, or revoked: an operator's revocation wins over the environment
    if (check.key || check.refusal === 'REVOKED') return undefined;
    if (check.refusal === 'WRONG_SECRET') throw new Error(`AGENTVC_ADMIN_TOKEN names key ${check.keyId}, which exists with another secret`);
    await apiKeys.create('bootstrap (AGENTVC_ADMIN_TOKEN)', configured).catch((error: unknown) => {
      // another instance added it first
      if ((error as { code?: string }).code !== 'DUPLICATE_KEY') throw error;
    });
    return undefined;
  }
  if ((await apiKeys.count()).current > 0) return undefined;
  const { token } = await apiKeys.create('bootstrap (generated)');
  keep(token);
  await audit.record({ actor: { type: 'system', id: 'bootstrap' }, action: 'api_key.create', outcome: 'success', detail: 'first operator key generated at start' });
  return token;
}
