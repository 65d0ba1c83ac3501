// What every publishable package under packages/ promises about its build and its tarball: an
// exports map whose `types` and `default` are the built files (the `source` condition first,
// for work inside this repo), `files` that ship the build only, and build references that
// follow the package's own @agentvc dependencies (so `tsc -b` builds them first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildProjects, ROOT } from '../support/build-outputs.js';

const PACKAGES = readdirSync(join(ROOT, 'packages')).filter((name) => existsSync(join(ROOT, 'packages', name, 'package.json')));

interface Manifest {
  name: string;
  private?: boolean;
  exports: Record<string, Record<string, string>>;
  files: string[];
  sideEffects: boolean | string[];
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
}

const manifest = (name: string): Manifest => JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as Manifest;

describe.each(PACKAGES)('packages/%s', (name) => {
  const dir = join(ROOT, 'packages', name);
  const pkg = manifest(name);

  it('maps every entry point to its source, then its built .d.ts and .js', () => {
    expect(pkg.private).toBeUndefined();
    for (const [entry, conditions] of Object.entries(pkg.exports)) {
      expect({ entry, keys: Object.keys(conditions) }).toEqual({ entry, keys: ['source', 'types', 'default'] });
      const source = conditions.source!;
      expect(existsSync(join(dir, source))).toBe(true);
      const built = source.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '');
      expect(conditions).toEqual({ source, types: `${built}.d.ts`, default: `${built}.js` });
    }
  });

  it('ships the build (and its declarations for untyped modules, and data) only, never src/', () => {
    const shipped = ['types', 'contexts'].filter((folder) => existsSync(join(dir, folder)));
    const allowed = ['dist', '!dist/.tsbuildinfo', ...shipped, ...(pkg.bin ? ['bin'] : [])];
    expect([...pkg.files].sort()).toEqual([...allowed].sort());
    expect(pkg.sideEffects === false || Array.isArray(pkg.sideEffects)).toBe(true);
  });

  // (that the root build lists every package, and every app, is built-entry-points.test.ts's)
  it('builds src to dist after the workspace packages it depends on', () => {
    const project = buildProjects().find((p) => p.dir === `packages/${name}`);
    expect(project).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    const workspaceDeps = Object.keys(pkg.dependencies ?? {}).filter((dep) => dep.startsWith('@agentvc/')).map((dep) => `packages/${dep.slice('@agentvc/'.length)}`);
    expect([...project!.references].sort()).toEqual(workspaceDeps.sort());
  });

  it('never imports a file outside its own folder', () => {
    const outside: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|mts|mjs)$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          for (const match of text.matchAll(/(?:from\s+|import\(\s*|new URL\(\s*)'(\.{1,2}\/[^']*)'/g)) {
            const target = resolve(dirname(path), match[1]!);
            if (relative(dir, target).startsWith('..')) outside.push(`${relative(ROOT, path)} -> ${match[1]}`);
          }
        }
      }
    };
    walk(join(dir, 'src'));
    expect(outside).toEqual([]);
  });
});

describe('licence and metadata', () => {
  const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
  const apps = readdirSync(join(ROOT, 'apps')).map((name) => `apps/${name}`);

  it('is Apache-2.0, with the same LICENSE file in every package (npm packs it)', () => {
    expect(licence).toMatch(/Apache License\s+Version 2\.0, January 2004/);
    for (const name of PACKAGES) expect({ name, same: readFileSync(join(ROOT, 'packages', name, 'LICENSE'), 'utf8') === licence }).toEqual({ name, same: true });
  });

  it.each(['.', ...PACKAGES.map((name) => `packages/${name}`), ...apps])('%s/package.json says what it is and what it runs on', (dir) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      license: 'Apache-2.0',
      description: expect.stringMatching(/\w/),
      keywords: expect.arrayContaining(['agentvc']),
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:/) },
      engines: { node: '>=20.19' }
    });
    if (dir !== '.') expect(pkg.repository).toMatchObject({ directory: dir });
  });
});
