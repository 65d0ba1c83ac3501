// `agentvc --help` and `--version` answer before the crypto and JSON-LD stack loads: what
// main.ts loads at start-up, following static (non-type) imports, is this package's own small
// modules and node builtins only. The commands (and @agentvc/*) are imported when one runs.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every module main.ts loads before runCli picks a command, as paths or bare specifiers. */
function loadedAtStart(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // `import x from '…'`, `export … from '…'`, `import '…'`; `import type` and import() excluded
    for (const match of text.matchAll(/^\s*(?:import(?!\s+type\b)(?:[\s\S]*?from)?|export(?!\s+type\b)[\s\S]*?from)\s*'([^']+)'/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else seen.add(specifier);
    }
  };
  visit(join(SRC, 'main.ts'));
  return new Set([...seen].map((entry) => (entry.startsWith('/') ? relative(SRC, entry) : entry)));
}

it('loads no command and no @agentvc package before a command runs', () => {
  const loaded = [...loadedAtStart()];
  expect(loaded).toContain('run-cli.ts');
  expect(loaded.filter((entry) => entry.startsWith('commands/') || !(entry.endsWith('.ts') || entry.startsWith('node:')))).toEqual([]);
});
