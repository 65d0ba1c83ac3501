import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import request from 'supertest';
import { createIssuer } from '@agentvc/issuer';
import { createApp } from '@agentvc/issuer-app';
import { createEmbeddedStore } from '@agentvc/store';
import { manualClock } from '../../../test/support/clock.js';
import { CLIENT, expectPerClientLimit, expectRateLimited, expectSignInLimit, OTHER_CLIENT } from '../../../test/support/rate-limits.js';
import { PUBLIC_URL } from './issuer-app.js';

const WINDOW_SECONDS = 60;
const POINTS = 3;

async function limitedIssuer() {
  const clock = manualClock();
  const store = await createEmbeddedStore();
  const issuer = await createIssuer({ store, clock, keyEncryptionKey: randomBytes(32), publicUrl: PUBLIC_URL });
  const { token } = await issuer.apiKeys.create('test operator');
  const app = createApp({
    issuer,
    store,
    logger: pino({ level: 'silent' }),
    publicUrl: PUBLIC_URL,
    rateLimits: { points: { challenges: POINTS, signIns: POINTS, authFailures: POINTS }, windowSeconds: WINDOW_SECONDS, clock },
    trustedProxyHops: 1
  });
  return { clock, token, http: request(app.callback()) };
}

describe('issuer rate limits per client', () => {
  it('POST /challenges', async () => {
    const { clock, http } = await limitedIssuer();
    await expectPerClientLimit({ send: (client) => http.post('/challenges').set('X-Forwarded-For', client), points: POINTS, clock, windowSeconds: WINDOW_SECONDS });
  });

  it('POST /credentials/request (DID-auth), before the presentation is read', async () => {
    const { clock, http } = await limitedIssuer();
    // an unregistered agent: refused (403), and still counted
    await expectSignInLimit({ http, challengePath: '/challenges', signInPath: '/credentials/request', points: POINTS, clock, windowSeconds: WINDOW_SECONDS });
  });

  it('refused operator keys: counted per client (successes are not), then even a good key is refused until the window ends', async () => {
    const { clock, token, http } = await limitedIssuer();
    const agents = (client: string, key: string) => http.get('/agents').set('X-Forwarded-For', client).set('Authorization', `Bearer ${key}`);
    const guess = `avc_${'0'.repeat(24)}_${'x'.repeat(43)}`;

    for (let i = 0; i < POINTS + 2; i++) expect((await agents(CLIENT, token)).status).toBe(200);
    await expectPerClientLimit({ send: (client) => agents(client, guess), points: POINTS, clock, windowSeconds: WINDOW_SECONDS });
    for (let i = 1; i < POINTS; i++) expect((await agents(CLIENT, guess)).status).toBe(401);
    expectRateLimited(await agents(CLIENT, token));
    expectRateLimited(await http.post('/credentials/issue').set('X-Forwarded-For', CLIENT).set('Authorization', `Bearer ${token}`).send({}));
    expect((await agents(OTHER_CLIENT, token)).status).toBe(200);
  });

  it('documents 429 where a route is limited', async () => {
    const { http } = await limitedIssuer();
    const { paths } = (await http.get('/openapi.json')).body;
    for (const [path, method] of [['/challenges', 'post'], ['/credentials/request', 'post'], ['/credentials/issue', 'post'], ['/agents', 'get']] as const) {
      expect(Object.keys(paths[path][method].responses)).toContain('429');
    }
    expect(Object.keys(paths['/status-lists/{id}'].get.responses)).not.toContain('429');
  });
});
