/**
 * For main.ts files: on the first SIGINT or SIGTERM run `stop` (close servers, stores, child
 * processes) and exit 0, or 1 if stopping failed. Later signals are ignored while it runs.
 */
export function stopOnSignals(stop: () => Promise<void>, signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
  let stopping = false;
  for (const signal of signals) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        () => process.exit(1)
      );
    });
  }
}
