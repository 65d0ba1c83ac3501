import { invalidOperation } from './invalid-operation.js';

/** A dotted field path (`a.b.0`); positional operators such as `a.$` are not part of the port. */
export function checkPath(path: string, where: string): void {
  const segments = path.split('.');
  if (segments.some((segment) => segment === '' || segment.startsWith('$') || segment === '__proto__')) {
    throw invalidOperation(`${where}: "${path}" is not a supported field path`);
  }
}

/** Two paths conflict when they are equal or one is a prefix of the other (`a` and `a.b`). */
export function findPathConflict(paths: readonly string[]): [string, string] | undefined {
  for (let i = 0; i < paths.length; i += 1) {
    for (let j = i + 1; j < paths.length; j += 1) {
      const a = paths[i] as string;
      const b = paths[j] as string;
      if (a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)) return [a, b];
    }
  }
  return undefined;
}
