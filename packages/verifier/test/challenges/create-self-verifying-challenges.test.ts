import { randomBytes } from 'node:crypto';
import { isAgentVcError } from '@agentvc/core';
import { createSelfVerifyingChallenges } from '@agentvc/verifier';
import { manualClock } from '../../../../test/support/clock.js';

const DOMAIN = 'shop.example';
const SECRET = randomBytes(32);

const codeOf = (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => (isAgentVcError(error) ? error.code : 'NOT_AN_AGENTVC_ERROR')
  );

/** The challenge's bytes with `edit` applied, base64url again. */
function edited(challenge: string, edit: (bytes: Buffer) => void): string {
  const bytes = Buffer.from(challenge, 'base64url');
  edit(bytes);
  return bytes.toString('base64url');
}

describe('createSelfVerifyingChallenges', () => {
  it('issues short, URL- and header-safe challenges with a deadline, each usable once', async () => {
    const clock = manualClock(new Date('2030-01-01T00:00:00Z'));
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN, secret: SECRET, clock });
    const { challenge, expiresAt } = await challenges.issue();
    expect(challenge).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(challenge.length).toBeLessThan(200);
    expect(expiresAt.toISOString()).toBe('2030-01-01T00:02:00.000Z');
    expect((await challenges.issue()).challenge).not.toBe(challenge);
    await expect(challenges.consume(challenge)).resolves.toBeUndefined();
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_USED');
  });

  it('keeps an honest challenge good through a flood of 20,000 anonymous ones (issuing stores nothing)', async () => {
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN });
    const honest = (await challenges.issue()).challenge;
    for (let i = 0; i < 20_000; i++) await challenges.issue();
    await expect(challenges.consume(honest)).resolves.toBeUndefined();
  });

  it('refuses forgeries: a bad MAC, an edited deadline or id, another domain, other shapes', async () => {
    const clock = manualClock();
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN, secret: SECRET, clock });
    const { challenge } = await challenges.issue();
    const forged = [
      edited(challenge, (b) => (b[b.length - 1]! ^= 1)), // the MAC
      edited(challenge, (b) => b.writeUIntBE(b.readUIntBE(17, 6) + 3_600_000, 17, 6)), // an hour longer
      edited(challenge, (b) => (b[5]! ^= 0x40)), // the id
      edited(challenge, (b) => (b[0] = 2)), // the version
      (await createSelfVerifyingChallenges({ domain: 'other.example', secret: SECRET, clock }).issue()).challenge,
      `${challenge.slice(0, -1)}${challenge.endsWith('A') ? 'B' : 'A'}`,
      challenge.slice(0, -1),
      `${challenge}A`,
      'made-up',
      ''
    ];
    for (const candidate of forged) expect([candidate, await codeOf(challenges.consume(candidate))]).toEqual([candidate, 'CHALLENGE_INVALID']);
    expect(await codeOf(challenges.consume(42 as unknown as string))).toBe('CHALLENGE_INVALID');
    // none of that used it up
    await expect(challenges.consume(challenge)).resolves.toBeUndefined();
  });

  it('refuses a second spelling of the same bytes (unused trailing bits set)', async () => {
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN });
    const { challenge } = await challenges.issue();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // 55 bytes in 74 characters: the last character carries 2 bits of data and 4 unused ones
    const last = alphabet.indexOf(challenge.at(-1)!);
    const respelled = `${challenge.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(Buffer.from(respelled, 'base64url').equals(Buffer.from(challenge, 'base64url'))).toBe(true);
    expect(await codeOf(challenges.consume(respelled))).toBe('CHALLENGE_INVALID');
    await expect(challenges.consume(challenge)).resolves.toBeUndefined();
  });

  it('refuses a challenge at and after its deadline', async () => {
    const clock = manualClock();
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN, clock, ttlSeconds: 10 });
    const { challenge } = await challenges.issue();
    clock.advance(10_000);
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_EXPIRED');
    clock.advance(3_600_000);
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_EXPIRED');
  });

  it('refuses a replay, also after 20,000 other challenges were consumed', async () => {
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN });
    const { challenge } = await challenges.issue();
    await challenges.consume(challenge);
    for (let i = 0; i < 20_000; i++) await challenges.consume((await challenges.issue()).challenge);
    expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_USED');
  });

  it('lets exactly one of two concurrent uses succeed', async () => {
    const challenges = createSelfVerifyingChallenges({ domain: DOMAIN });
    const { challenge } = await challenges.issue();
    const outcomes = await Promise.all([codeOf(challenges.consume(challenge)), codeOf(challenges.consume(challenge))]);
    expect(outcomes.sort()).toEqual(['CHALLENGE_USED', undefined]);
  });

  it('accepts another instance’s challenge with the shared secret, and refuses it with a different one', async () => {
    const clock = manualClock();
    const a = createSelfVerifyingChallenges({ domain: DOMAIN, secret: SECRET, clock });
    const b = createSelfVerifyingChallenges({ domain: DOMAIN, secret: Buffer.from(SECRET), clock });
    const stranger = createSelfVerifyingChallenges({ domain: DOMAIN, secret: randomBytes(32), clock });
    const unconfigured = createSelfVerifyingChallenges({ domain: DOMAIN, clock });
    const { challenge } = await a.issue();
    expect(await codeOf(stranger.consume(challenge))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(unconfigured.consume(challenge))).toBe('CHALLENGE_INVALID');
    await expect(b.consume(challenge)).resolves.toBeUndefined();
    // a string secret works the same on every instance that is given it
    const text = 'a configured secret, 32 characters or more';
    const issued = await createSelfVerifyingChallenges({ domain: DOMAIN, secret: text, clock }).issue();
    await expect(createSelfVerifyingChallenges({ domain: DOMAIN, secret: text, clock }).consume(issued.challenge)).resolves.toBeUndefined();
  });

  describe('when the used-set is full', () => {
    it('refuses new consumes with a retryable CHALLENGE_CAPACITY and never forgets a used challenge', async () => {
      const clock = manualClock(new Date('2030-01-01T00:00:00Z'));
      const challenges = createSelfVerifyingChallenges({ domain: DOMAIN, clock, ttlSeconds: 60, maxUsed: 3 });
      const used = [];
      for (let i = 0; i < 3; i++) {
        const { challenge } = await challenges.issue();
        await challenges.consume(challenge);
        used.push(challenge);
        clock.advance(5_000);
      }
      const { challenge: waiting } = await challenges.issue();
      const refusal = await challenges.consume(waiting).catch((error: unknown) => error);
      expect(isAgentVcError(refusal, 'CHALLENGE_CAPACITY')).toBe(true);
      // the oldest used one expires 60 s after it was issued, 15 s ago
      expect((refusal as { details?: unknown }).details).toEqual({ retryAfterSeconds: 45 });
      for (const challenge of used) expect(await codeOf(challenges.consume(challenge))).toBe('CHALLENGE_USED');

      // the refused one was not consumed: it goes through once the oldest used one has expired
      clock.advance(45_000);
      expect(await codeOf(challenges.consume(used[0]!))).toBe('CHALLENGE_EXPIRED');
      await expect(challenges.consume(waiting)).resolves.toBeUndefined();
      expect(await codeOf(challenges.consume(waiting))).toBe('CHALLENGE_USED');
      expect(await codeOf(challenges.consume(used[1]!))).toBe('CHALLENGE_USED');
    });
  });

  it('refuses nonsensical options', () => {
    expect(() => createSelfVerifyingChallenges({ ttlSeconds: 0 })).toThrow(/ttlSeconds/);
    expect(() => createSelfVerifyingChallenges({ maxUsed: 0 })).toThrow(/maxUsed/);
    expect(() => createSelfVerifyingChallenges({ domain: '' })).toThrow(/domain/);
    expect(() => createSelfVerifyingChallenges({ domain: DOMAIN, secret: 'too short' })).toThrow(/secret/);
    expect(() => createSelfVerifyingChallenges({ domain: DOMAIN, secret: randomBytes(16) })).toThrow(/secret/);
    expect(() => createSelfVerifyingChallenges({ domain: DOMAIN, secret: 42 as unknown as string })).toThrow(/secret/);
    expect(() => createSelfVerifyingChallenges({ secret: SECRET })).toThrow(/domain/);
  });
});
