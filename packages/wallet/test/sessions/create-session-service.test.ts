import { generateIdentity } from '@agentvc/core';
import { createEmbeddedStore, createStoredChallenges } from '@agentvc/store';
import { createDidAuth } from '@agentvc/verifier';
import { createSessionService } from '../../src/sessions/create-session-service.js';
import { manualClock } from '../../../../test/support/clock.js';
import { present } from '../../../../test/support/sign.js';

it('signs an agent in and tells expired tokens from unknown ones, past the TTL cleanup too', async () => {
  const clock = manualClock();
  const store = await createEmbeddedStore({ clock });
  const challenges = await createStoredChallenges({ store, clock, ttlSeconds: 60 });
  const sessions = await createSessionService({ store, clock, didAuth: createDidAuth({ challenges, domain: 'wallet.example', clock }), ttlSeconds: 60 });
  const agent = await generateIdentity();
  const { challenge } = await challenges.issue();
  const { token, agentDid } = await sessions.signIn(await present({ holder: agent, credentials: [], challenge, domain: 'wallet.example' }));
  expect(agentDid).toBe(agent.did);
  expect(await sessions.authenticate(token)).toMatchObject({ agentDid: agent.did });
  await expect(sessions.authenticate(`${token}x`)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  clock.advance(60_000);
  await expect(sessions.authenticate(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  clock.advance(3_600_000 + 1000);
  await expect(sessions.authenticate(token)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
});
