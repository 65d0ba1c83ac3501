// CPU profile of this process (server and load generator alike) while `run` runs, summed by what the code is.
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';

/** First match wins, on the innermost frame that has a script URL (native frames take their caller's). */
const CATEGORIES: ReadonlyArray<[string, RegExp]> = [
  ['(profiler, not counted)', /^node:inspector/],
  ['(bench store timer)', /test\/bench\/issuance-timed-store/],
  ['signing: vc.issue (JSON-LD, canonize, Ed25519)', /@digitalbazaar\/|\/jsonld\/|jsonld-signatures|rdf-canonize|canonicalize|create-credential-signer|create-signer/],
  ['store: nedb + @agentvc/store', /@seald-io\/nedb|\/packages\/store\//],
  ['store: file appends (fs.promises open/write/close)', /^node:internal\/fs\//],
  ['validation: zod', /\/zod\//],
  ['logging: pino', /\/pino/],
  ['load generator (client side)', /test\/bench\/issuance-load|_http_client|_http_agent/],
  ['HTTP server: koa + @agentvc/http + node http/net', /\/koa|\/packages\/http\/|_http_|node:net|node:stream|node:internal\/streams|node:events/],
  ['issuer logic: @agentvc/issuer, routes, status list', /\/packages\/issuer\/|\/apps\/issuer\/|\/packages\/status-list\/|\/packages\/core\//]
];

export interface ProfileSummary {
  totalMs: number;
  /** Category → CPU ms; also `(idle)`, `(garbage collector)`, `(program)` and `other`. */
  byCategory: Map<string, number>;
  /** Self time by function (`name file:line`) with its category, largest first. */
  topFunctions: Array<{ frame: string; category: string; ms: number }>;
}

export async function profileCategories(run: () => Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  let profile: Profiler.Profile;
  try {
    await run();
  } finally {
    ({ profile } = await session.post('Profiler.stop'));
    session.disconnect();
  }
  return summarize(profile);
}

function summarize(profile: Profiler.Profile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const categoryOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = categoryOf.get(id);
    if (known) return known;
    const node = nodes.get(id);
    const { functionName, url } = node?.callFrame ?? { functionName: '', url: '' };
    let category: string | undefined;
    if (['(idle)', '(garbage collector)', '(program)'].includes(functionName)) category = functionName;
    else if (url) category = CATEGORIES.find(([, pattern]) => pattern.test(url))?.[0];
    const parent = parents.get(id);
    category ??= parent === undefined ? 'other' : classify(parent);
    categoryOf.set(id, category);
    return category;
  };
  const byCategory = new Map<string, number>();
  const byFrame = new Map<string, { frame: string; category: string; ms: number }>();
  let totalMs = 0;
  profile.samples?.forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const category = classify(id);
    if (category.startsWith('(profiler')) return;
    totalMs += ms;
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
    const { functionName, url, lineNumber } = nodes.get(id)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 };
    const frame = `${functionName || '(anonymous)'} ${url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(packages|apps|test)\//, '$1/')}:${lineNumber + 1}`;
    // native frames (no URL) share a name across callers: keep them apart by category
    const key = `${frame} ${category}`;
    const entry = byFrame.get(key) ?? { frame, category, ms: 0 };
    entry.ms += ms;
    byFrame.set(key, entry);
  });
  return { totalMs, byCategory, topFunctions: [...byFrame.values()].sort((a, b) => b.ms - a.ms) };
}
