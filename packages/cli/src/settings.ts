import { UsageError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { UsageTopic } from './usage.js';

export const DEFAULT_IDENTITY_FILE = './agent-identity.json';

/** --identity, else $AGENTVC_IDENTITY, else ./agent-identity.json. */
export function identityPath(flag: string | undefined, io: CliIo): string {
  return flag ?? io.env.AGENTVC_IDENTITY ?? DEFAULT_IDENTITY_FILE;
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
