import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export interface CreateLoggerOptions {
  name: string;
  level?: Level | 'silent';
  /** Where lines go; default stdout. Tests pass a stream to read them. */
  destination?: DestinationStream;
}

/**
 * Belt and braces: the service never logs headers or bodies, and this logger also censors
 * them (and key material) should a handler log one by mistake.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'body',
  'privateKey',
  'privateKeyMultibase',
  '*.authorization',
  '*.cookie',
  '*.body',
  '*.privateKey',
  '*.privateKeyMultibase',
  '*.headers.authorization',
  '*.headers.cookie'
];

/** A JSON logger for a service's main.ts; services accept any pino logger. */
export function createLogger(options: CreateLoggerOptions): Logger {
  const settings = { name: options.name, level: options.level ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}
