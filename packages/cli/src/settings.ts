import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { agentvcHome } from './agentvc-home.js';
import { UsageError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { UsageTopic } from './usage.js';

/** Where agentvc before 0.2 kept the identity: the current folder. Still read, with a notice. */
export const LEGACY_IDENTITY_FILE = './agent-identity.json';

/**
 * --identity, else $AGENTVC_IDENTITY, else ./agent-identity.json if one is there (an older
 * default: it keeps working, and a one-line notice says where the default now is), else
 * agent-identity.json in the per-user folder (agentvcHome).
 */
export function identityPath(flag: string | undefined, io: CliIo): string {
  const chosen = flag ?? io.env.AGENTVC_IDENTITY;
  if (chosen) return chosen;
  const home = join(agentvcHome(io.env), 'agent-identity.json');
  if (existsSync(LEGACY_IDENTITY_FILE)) {
    io.stderr(`note: using ${LEGACY_IDENTITY_FILE} from this folder; the default is now ${home} (move it there, or pass --identity)\n`);
    return LEGACY_IDENTITY_FILE;
  }
  return home;
}

/** Where `request` saves credentials unless --out: credentials/ in the per-user folder. */
export function credentialsDir(io: CliIo): string {
  return join(agentvcHome(io.env), 'credentials');
}

/** A service URL from its flag or environment variable; http(s) only. */
export function serviceUrl(flag: string | undefined, envName: string, flagName: string, io: CliIo, topic: UsageTopic): string {
  const value = flag ?? io.env[envName];
  if (!value) throw new UsageError(topic, `${flagName} URL is required (or set ${envName})`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(topic, `${flagName} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(topic, `${flagName} must be an http(s) URL`);
  return value;
}

/** Parses a JSON flag value; a UsageError names the flag when it is not JSON. */
export function jsonFlag(value: string, flag: string, topic: UsageTopic): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new UsageError(topic, `${flag} is not valid JSON`);
  }
}
