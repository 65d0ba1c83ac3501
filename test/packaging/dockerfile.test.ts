// The image cannot be built here (no Docker daemon), so its recipe is held to what CI does run:
// every npm command and script the Dockerfile names exists, it builds from the lockfile on a
// clean tree, what it deletes after pruning is never what the run needs, and it runs node itself
// (exec form, non-root) on a file that `npm run build` produces, the one `npm start` runs.
// compose.yaml: the platform image on MongoDB as a replica set, with settings the services read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envVariables } from '@agentvc/http';
import { issuerEnv } from '../../apps/issuer/src/load-config.js';
import { verifierEnv } from '../../apps/verifier/src/load-config.js';
import { walletEnv } from '../../apps/wallet/src/load-config.js';
import { ROOT, sourceOf } from '../support/build-outputs.js';

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions, comments dropped and `\` continuations joined. */
function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return logical.map((line) => {
    const [, keyword, args] = /^\s*(\S+)\s+(.*)$/.exec(line)!;
    return { keyword: keyword!.toUpperCase(), args: args!.trim() };
  });
}

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
const runs = dockerfile.filter((i) => i.keyword === 'RUN').flatMap((i) => i.args.split('&&').map((command) => command.trim()));
const stages = dockerfile.filter((i) => i.keyword === 'FROM');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf(stages.at(-1)!));
/** Everything the services read from the environment: the config schemas' keys. */
const configVariables = new Set([issuerEnv, walletEnv, verifierEnv].flatMap((schema) => envVariables(schema).map((v) => v.name)));

describe('Dockerfile', () => {
  it('is multi-stage, every stage on one official Node major that satisfies engines', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const minimum = Number(/>=(\d+)/.exec(pkg.engines.node)![1]);
    const majors = new Set(stages.map((stage) => Number(/^node:(\d+)[-\s]/.exec(stage.args)?.[1])));
    expect(majors.size).toBe(1);
    expect([...majors][0]).toBeGreaterThanOrEqual(minimum);
  });

  it('installs from the committed lockfile, builds with npm run build, prunes dev dependencies', () => {
    const npm = runs.filter((command) => command.startsWith('npm '));
    expect(npm.map((command) => command.split(/\s+/)[1])).toEqual(['ci', 'run', 'prune']);
    expect(existsSync(join(ROOT, 'package-lock.json'))).toBe(true);
    for (const command of npm.filter((c) => c.startsWith('npm run '))) {
      expect(Object.keys(pkg.scripts)).toContain(command.split(/\s+/)[2]);
    }
    expect(npm[1]).toBe('npm run build');
    expect(npm[2]).toMatch(/^npm prune --omit=dev\b/);
  });

  it('builds from a clean tree: .dockerignore leaves out node_modules, dist and local data', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const entry of ['**/node_modules', '**/dist', 'data', '.git']) expect(ignored).toContain(entry);
  });

  it('deletes after pruning only what the run never reads', () => {
    const removed = runs.filter((command) => command.startsWith('rm ')).flatMap((command) => command.split(/\s+/).slice(1).filter((arg) => !arg.startsWith('-')));
    expect(removed.length).toBeGreaterThan(0);
    const asRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}(/|$)`);
    const needed = [
      'package.json',
      'node_modules/koa/package.json',
      'apps/platform/dist/main.js',
      ...readdirSync(join(ROOT, 'apps')).map((app) => `apps/${app}/dist/main.js`),
      ...readdirSync(join(ROOT, 'packages')).flatMap((name) => [`packages/${name}/package.json`, `packages/${name}/dist/index.js`]),
      'packages/core/contexts/manifest.json',
      'packages/cli/bin/agentvc.js'
    ];
    for (const glob of removed) {
      expect({ glob, removes: needed.filter((path) => asRegExp(glob).test(path)) }).toEqual({ glob, removes: [] });
    }
  });

  it('runs node itself (exec form) on the built launcher npm start runs, as a non-root user', () => {
    const cmd = finalStage.find((i) => i.keyword === 'CMD')!;
    const argv = JSON.parse(cmd.args) as string[];
    expect(argv[0]).toBe('node');
    expect(argv).toHaveLength(2);
    expect(sourceOf(argv[1]!)).toBe('apps/platform/src/main.ts');
    expect(pkg.scripts.start).toBe(`tsc -b tsconfig.build.json && node ${argv[1]}`);
    expect(finalStage.some((i) => i.keyword === 'ENTRYPOINT')).toBe(false);
    const user = finalStage.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('sets only variables the services read, and listens on every interface', () => {
    const env = finalStage.filter((i) => i.keyword === 'ENV').flatMap((i) => [...i.args.matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)].map((m) => [m[1]!, m[2]!] as const));
    for (const [name] of env) if (name !== 'NODE_ENV') expect(configVariables).toContain(name);
    expect(Object.fromEntries(env)).toMatchObject({ ISSUER_HOST: '0.0.0.0', WALLET_HOST: '0.0.0.0', VERIFIER_HOST: '0.0.0.0', AGENTVC_DATA_DIR: '/data' });
  });
});

describe('compose.yaml', () => {
  const compose = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');
  const platform = compose.slice(compose.indexOf('\n  platform:'));
  const environment = [...platform.matchAll(/^ {6}([A-Z][A-Z0-9_]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);

  it('builds the platform from this Dockerfile and runs it on MongoDB as a replica set', () => {
    expect(platform).toMatch(/^ {4}build: \.$/m);
    expect(compose).toMatch(/command: \[.*"--replSet", "rs0"/);
    expect(Object.fromEntries(environment).MONGODB_URL).toMatch(/^mongodb:\/\/mongo:27017\/\?replicaSet=rs0$/);
    expect(platform).toMatch(/condition: service_healthy/);
  });

  it('requires AGENTVC_KEK from the environment (never a default), and sets only variables the services read', () => {
    expect(Object.fromEntries(environment).AGENTVC_KEK).toMatch(/^\$\{AGENTVC_KEK:\?/);
    expect(environment.length).toBeGreaterThan(0);
    for (const [name] of environment) expect(configVariables).toContain(name);
  });
});
