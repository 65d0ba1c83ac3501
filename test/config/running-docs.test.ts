// docs/running.md lists every variable every service reads, generated from the services'
// schemas: a variable added to a schema without its line in the docs fails here.
// After changing a schema: UPDATE_DOCS=1 npm run jest -- test/config/running-docs.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { envVariables, type EnvVariable } from '@agentvc/http';
import { issuerEnv } from '../../apps/issuer/src/load-config.js';
import { verifierEnv } from '../../apps/verifier/src/load-config.js';
import { walletEnv } from '../../apps/wallet/src/load-config.js';

const DOC = fileURLToPath(new URL('../../docs/running.md', import.meta.url));
const SERVICES = { issuer: issuerEnv, wallet: walletEnv, verifier: verifierEnv };

// `ISSUER_PORT` → `<SERVICE>_PORT`: a variable every service reads alike is listed once
const generic = (prefix: string, v: EnvVariable): EnvVariable => {
  const replace = (text: string) => text.replaceAll(`${prefix}_`, '<SERVICE>_');
  return { name: replace(v.name), shownDefault: replace(v.shownDefault), description: replace(v.description) };
};
const key = (v: EnvVariable) => JSON.stringify(v);

function tables(): { shared: EnvVariable[] } & Record<string, EnvVariable[]> {
  const byService = Object.entries(SERVICES).map(([name, schema]) => ({ name, variables: envVariables(schema).map((v) => ({ own: v, generic: generic(name.toUpperCase(), v) })) }));
  const everywhere = (v: EnvVariable) => byService.every((service) => service.variables.some((other) => key(other.generic) === key(v)));
  const [first] = byService;
  return {
    shared: (first?.variables ?? []).filter((v) => everywhere(v.generic)).map((v) => v.generic),
    ...Object.fromEntries(byService.map((service) => [service.name, service.variables.filter((v) => !everywhere(v.generic)).map((v) => v.own)]))
  };
}

const cell = (text: string) => text.replaceAll('|', '\\|');
const render = (rows: EnvVariable[]) =>
  ['| variable | default | meaning |', '| --- | --- | --- |', ...rows.map((v) => `| \`${v.name}\` | ${cell(v.shownDefault)} | ${cell(v.description)} |`)].join('\n');
const section = (name: string) => new RegExp(`<!-- env:${name} -->\\n([\\s\\S]*?)\\n?<!-- /env:${name} -->`);

it('lists every variable of every service, with its default and meaning, as the schemas say', () => {
  let doc = readFileSync(DOC, 'utf8');
  const expected = tables();
  for (const [name, rows] of Object.entries(expected)) {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((v) => !v.description)).toEqual([]);
    if (process.env.UPDATE_DOCS === '1') doc = doc.replace(section(name), () => `<!-- env:${name} -->\n${render(rows)}\n<!-- /env:${name} -->`);
  }
  if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, doc);
  for (const [name, rows] of Object.entries(expected)) {
    const found = section(name).exec(doc);
    if (!found) throw new Error(`docs/running.md has no <!-- env:${name} --> section`);
    // on a difference: UPDATE_DOCS=1 npm run jest -- test/config/running-docs.test.ts
    expect(found[1]).toBe(render(rows));
  }
});

it('reads a variable in every service from the one shared definition', () => {
  const { shared } = tables();
  expect(shared.map((v) => v.name)).toEqual(
    expect.arrayContaining(['<SERVICE>_HOST', '<SERVICE>_PUBLIC_URL', 'AGENTVC_DATA_DIR', 'MONGODB_URL', 'MONGODB_DB', 'LOG_LEVEL', '<SERVICE>_TRUSTED_PROXY_HOPS', '<SERVICE>_HEADERS_TIMEOUT_MS'])
  );
});

it('reads the wallet’s and verifier’s trusted issuers and status-fetch flags from one shared definition', () => {
  const { wallet = [], verifier = [] } = tables();
  const pick = (prefix: string, rows: EnvVariable[]) =>
    ['TRUSTED_ISSUERS', 'STATUS_ALLOW_HTTP', 'STATUS_ALLOW_PRIVATE'].map((name) => {
      const row = rows.find((v) => v.name === `${prefix}_${name}`);
      return row && generic(prefix, row);
    });
  expect(pick('WALLET', wallet)).toEqual(pick('VERIFIER', verifier));
  expect(pick('WALLET', wallet).every(Boolean)).toBe(true);
});
