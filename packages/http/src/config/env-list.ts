import { z } from 'zod';

/**
 * A comma-separated environment variable: items trimmed, empty ones dropped, each checked by
 * `item`; unset or empty is `[]`. `expected` names one item in the start-up line (`a DID`).
 */
export function envList<Item extends z.ZodType<unknown, string>>(item: Item, expected: string) {
  return z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(item, { error: `expected a comma-separated list, each ${expected}` }))
    .meta({ shownDefault: 'none' });
}
