import { isAgentVcError } from '@agentvc/core';
import { createMemoryChallenges } from '@agentvc/verifier';
import { manualClock } from '../../../../test/support/clock.js';

const codeOf = (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => (isAgentVcError(error) ? error.code : 'NOT_AN_AGENTVC_ERROR')
  );

// Deprecated: now the self-verifying challenges (see create-self-verifying-challenges.test.ts)
describe('createMemoryChallenges', () => {
  it('issues challenges with a deadline, each usable once', async () => {
    const clock = manualClock(new Date('2030-01-01T00:00:00Z'));
    const challenges = createMemoryChallenges({ clock });
    const { challenge, expiresAt } = await challenges.issue();
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{32,199}$/);
    expect(expiresAt.toISOString()).toBe('2030-01-01T00:02:00.000Z');
    await expect(challenges.consume(challenge)).resolves.toBeUndefined();
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_USED');
    expect(await codeOf(challenges.consume('never-issued'))).toBe('CHALLENGE_INVALID');
  });

  it('is not flushed: an honest challenge survives more anonymous ones than maxOutstanding', async () => {
    const challenges = createMemoryChallenges({ maxOutstanding: 10 });
    const honest = (await challenges.issue()).challenge;
    for (let i = 0; i < 20_000; i++) await challenges.issue();
    await expect(challenges.consume(honest)).resolves.toBeUndefined();
  });

  it('refuses expired challenges', async () => {
    const clock = manualClock();
    const challenges = createMemoryChallenges({ clock, ttlSeconds: 10 });
    const { challenge } = await challenges.issue();
    clock.advance(10_000);
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_EXPIRED');
  });

  it('bounds the consumed challenges it remembers by maxOutstanding, refusing rather than forgetting', async () => {
    const challenges = createMemoryChallenges({ maxOutstanding: 1 });
    const [first, second] = [(await challenges.issue()).challenge, (await challenges.issue()).challenge];
    await challenges.consume(first);
    expect(await codeOf(challenges.consume(second))).toBe('CHALLENGE_CAPACITY');
    expect(await codeOf(challenges.consume(first))).toBe('CHALLENGE_USED');
  });

  it('refuses nonsensical options', () => {
    expect(() => createMemoryChallenges({ ttlSeconds: 0 })).toThrow(/ttlSeconds/);
    expect(() => createMemoryChallenges({ maxOutstanding: 0 })).toThrow(/maxUsed/);
  });
});
