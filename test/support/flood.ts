import { Agent, createServer, request, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `count` anonymous requests (no presentation) over loopback keep-alive connections, as an
 * attacker sends them: each makes the relying-party middleware issue a challenge. Answers how
 * many got each status.
 */
export async function flood(listener: RequestListener, count: number, { method = 'POST', path = '/pay', connections = 16 } = {}): Promise<Record<number, number>> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const body = '{"amount":20}';
  const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
  const send = () =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  const statuses: Record<number, number> = {};
  let sent = 0;
  const connection = async (): Promise<void> => {
    while (sent < count) {
      sent += 1;
      const status = await send();
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, connection));
  } finally {
    agent.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return statuses;
}
