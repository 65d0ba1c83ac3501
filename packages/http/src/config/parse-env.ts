import { z } from 'zod';

/**
 * Reads environment variables through a zod schema: the parsed values, or one error naming
 * every invalid variable and what it expects, on one line
 * (`invalid configuration: ISSUER_PORT: expected a whole number from 0 to 65535; ...`), for
 * main to print (see `exitOnStartFailure`). Values are never echoed: some are secrets.
 * Takes a schema, or a shape (`{ ISSUER_PORT: envInteger(...) }`) read as an object.
 */
export function parseEnv<Schema extends z.ZodType>(schema: Schema, env: Record<string, string | undefined>): z.output<Schema>;
export function parseEnv<Shape extends z.ZodRawShape>(shape: Shape, env: Record<string, string | undefined>): z.output<z.ZodObject<Shape>>;
export function parseEnv(schema: z.ZodType | z.ZodRawShape, env: Record<string, string | undefined>): unknown {
  const parsed = (schema instanceof z.ZodType ? schema : z.object(schema)).safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map(describeIssue).join('; ')}`);
  }
  return parsed.data;
}

/** `NAME: message`, `NAME: item 2: message` for a list entry; a cross-variable rule has no path. */
function describeIssue({ path, message }: z.core.$ZodIssue): string {
  const [name, item] = path;
  const text = message.replace(/\s+/g, ' ');
  if (name === undefined) return text;
  return typeof item === 'number' ? `${String(name)}: item ${item + 1}: ${text}` : `${String(name)}: ${text}`;
}
