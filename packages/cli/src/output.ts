import type { CliIo } from './cli-io.js';

export interface Output {
  readonly json: boolean;
  /** With --json the data as one JSON document, else the human lines. */
  result(data: unknown, human: string | readonly string[]): void;
  /** Human mode only, on stderr (notes that must not pollute piped output). */
  note(text: string): void;
}

export function createOutput(io: CliIo, json: boolean | undefined): Output {
  return {
    json: Boolean(json),
    result(data, human) {
      if (json) io.stdout(`${JSON.stringify(data, null, 2)}\n`);
      else io.stdout(`${typeof human === 'string' ? human : human.join('\n')}\n`);
    },
    note(text) {
      if (!json) io.stderr(`${text}\n`);
    }
  };
}

/** `CODE  path  message` lines for verification problems (server or local). */
export function problemLines(problems: ReadonlyArray<Record<string, unknown>>): string[] {
  return problems.map((p) => `  - ${String(p.code)}${p.path ? ` at ${String(p.path)}` : ''}${p.message ? `: ${String(p.message)}` : ''}`);
}
