/**
 * One line a service printed, as the launcher forwards it: a JSON object (a pino log record)
 * gains `"service": name`; any other line (a start banner, a failure) becomes a pino-shaped
 * record `{level, time, service, msg}`, `level` 30 from stdout and 50 from stderr. Every line
 * stays one JSON object, so `npm start | npx pino-pretty` or `| jq` can read them.
 */
export function asLogLine(line: string, service: string, level: number, now: () => number = Date.now): string {
  if (line.startsWith('{')) {
    try {
      const record: unknown = JSON.parse(line);
      if (record && typeof record === 'object' && !Array.isArray(record)) return JSON.stringify({ ...record, service });
    } catch {
      // not JSON after all: wrapped below
    }
  }
  return JSON.stringify({ level, time: now(), service, msg: line });
}
