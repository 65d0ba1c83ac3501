import type { RequestListener } from 'node:http';
import { listen, type ListenOptions, type RunningServer } from './listen.js';

export interface Served {
  url: string;
  server: RunningServer;
  /** Stops the server (in-flight requests finish), then closes the resource. */
  stop(): Promise<void>;
}

/**
 * For start-up code: builds an app on an open resource (the store) and listens. The resource is
 * closed if building or listening fails, and after the server on `stop()`, so no start path can
 * leave a data directory locked. `build` returns the app and whatever the caller wants back.
 */
export async function serveOn<R extends { close(): Promise<void> }, T extends object>(
  resource: R,
  build: () => Promise<{ app: { callback(): RequestListener }; extras: T }>,
  options: ListenOptions
): Promise<T & Served> {
  try {
    const { app, extras } = await build();
    const server = await listen(app, options);
    return {
      ...extras,
      url: server.url,
      server,
      async stop() {
        await server.close();
        await resource.close();
      }
    };
  } catch (error) {
    await resource.close();
    throw error;
  }
}
