import { z } from 'zod';
import { AgentVcError } from '@agentvc/core';

/**
 * A factory's options, checked against its strict schema: a caller mistake throws
 * INVALID_OPTIONS naming what is wrong. An unknown key (a typo such as `maxDocumentByte`) is
 * named with the accepted ones (details `{ unknown, accepted }`), since an option that is
 * silently ignored is a check that silently does not happen.
 */
export function parseOptions<Schema extends z.ZodObject>(name: string, schema: Schema, options: unknown): z.output<Schema> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new AgentVcError('INVALID_OPTIONS', `${name} takes an options object`);
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const unknown = parsed.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : []));
  if (unknown.length > 0) {
    const accepted = Object.keys(schema.shape);
    throw new AgentVcError('INVALID_OPTIONS', `${name} does not know the option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; it accepts ${accepted.join(', ')}`, {
      details: { unknown, accepted }
    });
  }
  const message = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message)).join('; ');
  throw new AgentVcError('INVALID_OPTIONS', `invalid ${name} options: ${message}`);
}
