import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Checks that the block between `begin` and `end` in `file` is exactly `block` (which includes
 * both markers). With UPDATE_DOCS=1 it rewrites the block first, so a table change is one
 * command away from its docs; without it a stale block fails the test.
 */
export function expectGeneratedBlock(file: URL, begin: string, end: string, block: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  expect(start).toBeGreaterThan(-1);
  expect(stop).toBeGreaterThan(start);
  const updated = text.slice(0, start) + block + text.slice(stop + end.length);
  if (process.env.UPDATE_DOCS === '1') writeFileSync(file, updated);
  expect(text).toBe(updated);
}
