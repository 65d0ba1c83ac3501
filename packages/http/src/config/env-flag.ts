import { z } from 'zod';

const ON = ['1', 'true', 'yes'];
const OFF = ['0', 'false', 'no', ''];

/** A boolean environment variable: `1`/`true`/`yes` turn it on; unset, empty, `0`/`false`/`no` leave it off. */
export function envFlag() {
  return z
    .enum([...ON, ...OFF], { error: 'expected 1, true or yes (on), or 0, false, no or empty (off)' })
    .default('')
    .transform((value) => ON.includes(value))
    .meta({ shownDefault: 'off' });
}
