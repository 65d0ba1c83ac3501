// `npm start` and `npm run demo` run built output with plain node (issue 9 §3): the files they
// and the launcher name are ones `npm run build` produces, every app is part of that build, and
// each builds after the workspace packages it imports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceEntry } from '@agentvc/platform';
import { buildProjects, ROOT, sourceOf } from '../support/build-outputs.js';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const APPS = readdirSync(join(ROOT, 'apps')).filter((name) => existsSync(join(ROOT, 'apps', name, 'package.json')));

it('builds every package and every app', () => {
  const built = buildProjects().map((project) => project.dir).sort();
  const expected = [...readdirSync(join(ROOT, 'packages')).map((name) => `packages/${name}`), ...APPS.map((name) => `apps/${name}`)]
    .filter((dir) => existsSync(join(ROOT, dir, 'package.json')))
    .sort();
  expect(built).toEqual(expected);
});

it.each(APPS)('apps/%s builds src to dist after the workspace packages it depends on', (name) => {
  const project = buildProjects().find((p) => p.dir === `apps/${name}`)!;
  expect(project).toMatchObject({ rootDir: 'src', outDir: 'dist' });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'apps', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const deps = Object.keys(pkg.dependencies ?? {}).filter((dep) => dep.startsWith('@agentvc/')).map((dep) => `packages/${dep.slice('@agentvc/'.length)}`);
  expect([...project.references].sort()).toEqual(deps.sort());
});

it.each(['start', 'demo'])('npm run %s builds (tsc -b, incremental) then runs built output with plain node', (name) => {
  const script = scripts[name]!;
  const match = /^tsc -b tsconfig\.build\.json && node (\S+)$/.exec(script);
  expect(match).not.toBeNull();
  expect(sourceOf(match![1]!)).toBeDefined();
});

it('npm run dev runs the launcher from its sources', () => {
  expect(scripts.dev).toBe('tsx --conditions=source apps/platform/src/main.ts');
});

it.each(['issuer', 'wallet', 'verifier'] as const)('the built launcher starts the built %s, the sources start its sources', (name) => {
  const built = serviceEntry(name, true);
  expect(built).toEqual([`apps/${name}/dist/main.js`]);
  expect(sourceOf(built[0]!)).toBe(`apps/${name}/src/main.ts`);
  const fromSource = serviceEntry(name, false);
  expect(fromSource.slice(0, 3)).toEqual(['--import', 'tsx', '--conditions=source']);
  expect(existsSync(join(ROOT, fromSource[3]!))).toBe(true);
  // under jest the launcher runs from src/, so it starts sources: a stale build never answers tests
  expect(serviceEntry(name)).toEqual(fromSource);
});
