/** Everything the CLI touches outside itself, so runCli can be driven by tests or other programs. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Injected into every client; default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
}
