/**
 * For main.ts files: `start().catch(exitOnStartFailure('issuer'))` prints why the service did
 * not start as one line on stderr (`agentvc issuer failed to start: invalid configuration:
 * ISSUER_PUBLIC_URL: expected ...`), never a stack trace, and exits 1. `after` may add a line's
 * worth of what the operator needs next (where the first operator key was saved).
 */
export function exitOnStartFailure(name: string, after: () => string | undefined = () => undefined): (error: unknown) => never {
  return (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    const next = after();
    process.stderr.write(`agentvc ${name} failed to start: ${reason.replace(/\s*\n\s*/g, ' ')}${next ? `; ${next}` : ''}\n`);
    process.exit(1);
  };
}
