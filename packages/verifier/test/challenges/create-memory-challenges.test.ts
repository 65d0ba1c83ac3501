import { isAgentVcError } from '@agentvc/core';
import { createMemoryChallenges } from '@agentvc/verifier';
import { manualClock } from '../../../../test/support/clock.js';

const codeOf = (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => (isAgentVcError(error) ? error.code : 'NOT_AN_AGENTVC_ERROR')
  );

describe('createMemoryChallenges', () => {
  it('issues unguessable challenges with a deadline, each usable once', async () => {
    const clock = manualClock(new Date('2030-01-01T00:00:00Z'));
    const challenges = createMemoryChallenges({ clock });
    const { challenge, expiresAt } = await challenges.issue();
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(expiresAt.toISOString()).toBe('2030-01-01T00:02:00.000Z');
    expect((await challenges.issue()).challenge).not.toBe(challenge);
    await expect(challenges.consume(challenge)).resolves.toBeUndefined();
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_USED');
  });

  it('refuses unknown and expired challenges', async () => {
    const clock = manualClock();
    const challenges = createMemoryChallenges({ clock, ttlSeconds: 10 });
    expect(await codeOf(challenges.consume('never-issued'))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(challenges.consume(42 as unknown as string))).toBe('CHALLENGE_INVALID');
    const { challenge } = await challenges.issue();
    clock.advance(10_000);
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_EXPIRED');
  });

  it('lets exactly one of two concurrent uses succeed', async () => {
    const challenges = createMemoryChallenges();
    const { challenge } = await challenges.issue();
    const outcomes = await Promise.all([codeOf(challenges.consume(challenge)), codeOf(challenges.consume(challenge))]);
    expect(outcomes.sort()).toEqual(['CHALLENGE_USED', undefined]);
  });

  it('stays bounded: the oldest challenge is forgotten first, expired ones are swept', async () => {
    const clock = manualClock();
    const challenges = createMemoryChallenges({ clock, maxOutstanding: 3, ttlSeconds: 60 });
    const issued = [];
    for (let i = 0; i < 4; i++) issued.push((await challenges.issue()).challenge);
    expect(await codeOf(challenges.consume(issued[0] as string))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(challenges.consume(issued[3] as string))).toBeUndefined();
    clock.advance(61_000);
    const fresh = (await challenges.issue()).challenge;
    // the expired ones were swept, not merely refused
    expect(await codeOf(challenges.consume(issued[1] as string))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(challenges.consume(fresh))).toBeUndefined();
  });

  it('refuses nonsensical options', () => {
    expect(() => createMemoryChallenges({ ttlSeconds: 0 })).toThrow(/ttlSeconds/);
    expect(() => createMemoryChallenges({ maxOutstanding: 0 })).toThrow(/maxOutstanding/);
  });
});
