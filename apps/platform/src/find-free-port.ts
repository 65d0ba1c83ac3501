import { createServer } from 'node:net';

/**
 * A port that was free a moment ago. Services put their public URL into what they sign
 * (status list URLs), so they must know their port before they start; port 0 cannot give
 * that. Another process could take the port in between: acceptable for demos and tests.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
