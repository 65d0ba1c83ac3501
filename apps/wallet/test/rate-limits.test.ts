import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import request from 'supertest';
import { generateIdentity } from '@agentvc/core';
import { createEmbeddedStore } from '@agentvc/store';
import { createWallet } from '@agentvc/wallet';
import { createApp } from '@agentvc/wallet-app';
import { manualClock } from '../../../test/support/clock.js';
import { CLIENT, expectPerClientLimit, expectRateLimited, expectSignInLimit, OTHER_CLIENT } from '../../../test/support/rate-limits.js';
import { present } from '../../../test/support/sign.js';
import { PUBLIC_URL } from './wallet-app.js';

const WINDOW_SECONDS = 60;
const POINTS = 3;

async function limitedWallet() {
  const clock = manualClock();
  const store = await createEmbeddedStore({ clock });
  const wallet = await createWallet({
    store,
    clock,
    keyEncryptionKey: randomBytes(32),
    publicUrl: PUBLIC_URL,
    trustedIssuers: [],
    fetchStatusList: () => Promise.reject(new Error('not used'))
  });
  const app = createApp({
    wallet,
    store,
    logger: pino({ level: 'silent' }),
    rateLimits: { points: { challenges: POINTS, signIns: POINTS, authFailures: POINTS }, windowSeconds: WINDOW_SECONDS, clock },
    trustedProxyHops: 1
  });
  return { clock, http: request(app.callback()) };
}

describe('wallet rate limits per client', () => {
  it('POST /auth/challenges', async () => {
    const { clock, http } = await limitedWallet();
    await expectPerClientLimit({ send: (client) => http.post('/auth/challenges').set('X-Forwarded-For', client), points: POINTS, clock, windowSeconds: WINDOW_SECONDS });
  });

  it('POST /auth/sessions, before the presentation is read', async () => {
    const { clock, http } = await limitedWallet();
    await expectSignInLimit({ http, challengePath: '/auth/challenges', signInPath: '/auth/sessions', suite: 'eddsa-jcs-2022', points: POINTS, clock, windowSeconds: WINDOW_SECONDS });
  });

  it('refused session tokens: counted per client (successes are not), then even a good token is refused until the window ends', async () => {
    const { clock, http } = await limitedWallet();
    const agent = await generateIdentity();
    const { challenge, domain } = (await http.post('/auth/challenges').set('X-Forwarded-For', OTHER_CLIENT)).body;
    const presentation = await present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
    const { token } = (await http.post('/auth/sessions').set('X-Forwarded-For', OTHER_CLIENT).send({ presentation })).body;
    const list = (client: string, bearer: string) => http.get('/credentials').set('X-Forwarded-For', client).set('Authorization', `Bearer ${bearer}`);

    for (let i = 0; i < POINTS + 2; i++) expect((await list(CLIENT, token)).status).toBe(200);
    await expectPerClientLimit({ send: (client) => list(client, 'stolen-or-guessed'), points: POINTS, clock, windowSeconds: WINDOW_SECONDS });
    for (let i = 1; i < POINTS; i++) expect((await list(CLIENT, 'guess')).status).toBe(401);
    expectRateLimited(await list(CLIENT, token));
    expect((await list(OTHER_CLIENT, token)).status).toBe(200);
  });
});
