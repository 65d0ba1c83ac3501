// What `npm run build` (tsc -b tsconfig.build.json) produces, read from the build configuration
// rather than from a build: each project referenced from the root tsconfig.build.json compiles
// its rootDir (src) to its outDir (dist), `x.ts` to `x.js`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface BuildProject {
  /** The project's folder, relative to the repository (e.g. `apps/issuer`). */
  dir: string;
  rootDir: string;
  outDir: string;
  references: string[];
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;

/** Every project `npm run build` builds, as the root tsconfig.build.json lists them. */
export function buildProjects(): BuildProject[] {
  const root = readJson(join(ROOT, 'tsconfig.build.json')) as { references: Array<{ path: string }> };
  return root.references.map(({ path }) => {
    const file = join(ROOT, path);
    const config = readJson(file) as { compilerOptions: { rootDir: string; outDir: string }; references?: Array<{ path: string }> };
    const dir = relative(ROOT, dirname(file));
    return {
      dir,
      rootDir: config.compilerOptions.rootDir,
      outDir: config.compilerOptions.outDir,
      references: (config.references ?? []).map((ref) => relative(ROOT, dirname(join(dirname(file), ref.path))))
    };
  });
}

/**
 * The source file whose compilation is `builtPath` (relative to the repository, e.g.
 * `apps/platform/dist/main.js`), or undefined when no build project produces that path.
 */
export function sourceOf(builtPath: string): string | undefined {
  for (const project of buildProjects()) {
    const out = `${project.dir}/${project.outDir}/`;
    if (!builtPath.startsWith(out) || !builtPath.endsWith('.js')) continue;
    const source = `${project.dir}/${project.rootDir}/${builtPath.slice(out.length, -'.js'.length)}.ts`;
    return existsSync(join(ROOT, source)) ? source : undefined;
  }
  return undefined;
}
