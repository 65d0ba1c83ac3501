import { z } from 'zod';

export interface EnvVariable {
  name: string;
  /** As docs show it (markdown): the default value in backticks, `unset`, or what the service picks. */
  shownDefault: string;
  description: string;
}

/**
 * The variables a service's environment schema reads (see `serviceEnv`), each with its default
 * and the description from its `.meta()`: what docs/running.md lists, so the docs can be
 * checked against (or generated from) the schemas.
 */
export function envVariables(schema: z.ZodType): EnvVariable[] {
  const object = innerObject(schema);
  return Object.entries(object.shape).map(([name, field]) => {
    const meta = z.globalRegistry.get(field) ?? {};
    return { name, shownDefault: typeof meta.shownDefault === 'string' ? meta.shownDefault : shownDefault(field), description: meta.description ?? '' };
  });
}

function innerObject(schema: z.ZodType): z.ZodObject {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodPipe) return innerObject(schema.in as z.ZodType);
  throw new Error('envVariables: expected an object schema (optionally piped or transformed)');
}

function shownDefault(field: z.ZodType): string {
  if (field instanceof z.ZodDefault) return `\`${String(field.def.defaultValue)}\``;
  if (field instanceof z.ZodOptional) return 'unset';
  return 'required';
}
