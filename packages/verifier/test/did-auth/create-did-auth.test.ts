import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createDidAuth, createMemoryChallenges, type DidAuth } from '../../src/index.js';
import { manualClock } from '../../../../test/support/clock.js';
import { present } from '../../../../test/support/sign.js';

const DOMAIN = 'issuer.example';

describe('createDidAuth', () => {
  let agent: AgentIdentity;
  beforeAll(async () => {
    agent = await generateIdentity();
  });
  const setup = () => {
    const clock = manualClock();
    const challenges = createMemoryChallenges({ clock, ttlSeconds: 60 });
    return { clock, challenges, didAuth: createDidAuth({ challenges, domain: DOMAIN, clock, workers: 0 }) };
  };
  const signIn = async (didAuth: DidAuth, domain = DOMAIN) => {
    const { challenge } = await didAuth.issueChallenge();
    return present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
  };

  it('hands out a challenge with its domain and returns the DID of the agent that signed over it, once', async () => {
    const { didAuth } = setup();
    const issued = await didAuth.issueChallenge();
    expect(issued).toMatchObject({ domain: DOMAIN, challenge: expect.any(String), expiresAt: expect.any(Date) });
    const presentation = await present({ holder: agent, credentials: [], challenge: issued.challenge, domain: DOMAIN });
    await expect(didAuth.authenticate(presentation)).resolves.toBe(agent.did);
    await expect(didAuth.authenticate(presentation)).rejects.toMatchObject({ code: 'CHALLENGE_USED' });
  });

  it('refuses an expired or unknown challenge, and a presentation with no readable challenge', async () => {
    const { didAuth, clock } = setup();
    const late = await signIn(didAuth);
    clock.advance(61_000);
    await expect(didAuth.authenticate(late)).rejects.toMatchObject({ code: 'CHALLENGE_EXPIRED' });
    const forged = await present({ holder: agent, credentials: [], challenge: 'made-up', domain: DOMAIN });
    await expect(didAuth.authenticate(forged)).rejects.toMatchObject({ code: 'CHALLENGE_INVALID' });
    for (const presentation of [null, 'x', {}, { proof: {} }, { proof: [] }]) {
      await expect(didAuth.authenticate(presentation)).rejects.toMatchObject({ code: 'DID_AUTH_FAILED' });
    }
  });

  it('consumes the challenge the proof carries and refuses it when the signature does not cover it', async () => {
    const { didAuth, challenges } = setup();
    const presentation = await signIn(didAuth);
    const other = await didAuth.issueChallenge();
    const edited = { ...presentation, proof: { ...(presentation.proof as object), challenge: other.challenge } };
    await expect(didAuth.authenticate(edited)).rejects.toMatchObject({ code: 'DID_AUTH_FAILED' });
    // the edited challenge was spent; the signed one was not
    await expect(challenges.consume(other.challenge)).rejects.toMatchObject({ code: 'CHALLENGE_USED' });
    await expect(didAuth.authenticate(presentation)).resolves.toBe(agent.did);
  });

  it('refuses a presentation signed for another domain, with the verifier problems as details', async () => {
    const { didAuth } = setup();
    const error = await didAuth.authenticate(await signIn(didAuth, 'evil.example')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DID_AUTH_FAILED', details: { problems: [expect.objectContaining({ code: 'DOMAIN_MISMATCH' })] } });
  });

  it('refuses options it cannot use', () => {
    const challenges = createMemoryChallenges();
    expect(() => createDidAuth({ challenges: {} as never, domain: DOMAIN })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => createDidAuth({ challenges, domain: '' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => createDidAuth({ challenges, domain: DOMAIN, maxDocumentByte: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});
