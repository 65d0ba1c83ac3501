import { readFileSync } from 'node:fs';

/** This package's version, from its own package.json (src/ and dist/ sit at the same depth). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
