import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AgentVcError } from '../errors/agentvc-error.js';

/** This package's own contexts/ folder (shipped with it); src/ and dist/ sit at the same depth. */
const CONTEXTS_DIR = new URL('../../contexts/', import.meta.url);

interface ManifestEntry {
  file: string;
  sha256: string;
}

let cache: ReadonlyMap<string, Readonly<Record<string, unknown>>> | undefined;

/**
 * The JSON-LD contexts bundled in @agentvc/core's contexts/, keyed by URL. Each file is checked
 * against the sha256 pinned in contexts/manifest.json once, on first use; a missing, unreadable
 * or altered file is CONTEXT_INTEGRITY, never a fallback to the network. `dir` (a folder URL
 * with a trailing slash) is for tests.
 */
export function bundledContexts(dir?: URL): ReadonlyMap<string, Readonly<Record<string, unknown>>> {
  if (cache && !dir) return cache;
  const from = dir ?? CONTEXTS_DIR;
  const manifest = parseJson(read(from, 'manifest.json'), 'manifest.json') as Record<string, ManifestEntry>;
  const contexts = new Map<string, Readonly<Record<string, unknown>>>();
  for (const [url, entry] of Object.entries(manifest)) {
    const bytes = read(from, entry.file);
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== entry.sha256) {
      throw new AgentVcError('CONTEXT_INTEGRITY', `context ${url} (${entry.file}) does not match its pinned sha256`);
    }
    contexts.set(url, deepFreeze(JSON.parse(bytes.toString('utf8')) as Record<string, unknown>));
  }
  if (!dir) cache = contexts;
  return contexts;
}

/** A file of the bundle; a missing one means the package was altered, like a wrong hash. */
function read(dir: URL, file: string): Buffer {
  try {
    return readFileSync(new URL(file, dir));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new AgentVcError('CONTEXT_INTEGRITY', `bundled context file ${file} cannot be read (${reason})`, { cause: error });
  }
}

function parseJson(bytes: Buffer, file: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AgentVcError('CONTEXT_INTEGRITY', `bundled context file ${file} is not JSON`, { cause: error });
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
