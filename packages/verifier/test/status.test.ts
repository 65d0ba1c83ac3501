import { generateIdentity } from '@agentvc/core';
import { buildStatusListCredential, createStatusList } from '@agentvc/status-list';
import { capabilityCredential, issue, payment, present, type Json } from '../../../test/support/sign.js';
import { respell, SPELLINGS, type Spelling } from '../../../test/support/respell.js';
import { createTestStatusLists } from '../../../test/support/status-lists.js';
import { CHALLENGE, codes, createWorld, DOMAIN, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});

const indexOf = (credential: Json, purpose: string): number =>
  Number((credential.credentialStatus as Json[]).find((s) => s.statusPurpose === purpose)?.statusListIndex);

describe('StatusList2021', () => {
  it('rejects a revoked credential, alone and inside a presentation', async () => {
    await world.statusLists.set('revocation', indexOf(world.credential, 'revocation'), true);
    expect(codes(await world.verifier().verifyCredential(world.credential))).toEqual(['STATUS_REVOKED']);
    const presentation = await present({ holder: world.agent, credentials: [world.credential], challenge: CHALLENGE, domain: DOMAIN });
    const result = await world.verifier().verifyPresentation(presentation, { challenge: CHALLENGE, domain: DOMAIN });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'STATUS_REVOKED', path: 'verifiableCredential[0].credentialStatus[0]' })]);
  });

  it('rejects a suspended credential and accepts it again once reinstated', async () => {
    const index = indexOf(world.credential, 'suspension');
    await world.statusLists.set('suspension', index, true);
    expect(codes(await world.verifier().verifyCredential(world.credential))).toEqual(['STATUS_SUSPENDED']);
    await world.statusLists.set('suspension', index, false);
    expect(codes(await world.verifier().verifyCredential(world.credential))).toEqual([]);
  });

  it('only other bits set: still valid', async () => {
    await world.statusLists.set('revocation', indexOf(world.credential, 'revocation') + 1, true);
    expect(codes(await world.verifier().verifyCredential(world.credential))).toEqual([]);
  });

  it('sees a revocation only after the cache bound, and re-checks status on every call', async () => {
    const verifier = world.verifier({ statusCacheSeconds: 30 });
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual([]);
    const fetchesAfterFirst = world.statusLists.fetches.length;
    await world.statusLists.set('revocation', indexOf(world.credential, 'revocation'), true);
    world.clock.advance(10_000);
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual([]);
    expect(world.statusLists.fetches.length).toBe(fetchesAfterFirst);
    world.clock.advance(21_000);
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual(['STATUS_REVOKED']);
    expect(world.statusLists.fetches.length).toBeGreaterThan(fetchesAfterFirst);
  });

  it('keeps a list for exactly statusCacheSeconds on the injected clock; 0 fetches on every check', async () => {
    const verifier = world.verifier({ statusCacheSeconds: 30 });
    await verifier.verifyCredential(world.credential);
    const fetched = world.statusLists.fetches.length;
    world.clock.advance(30_000);
    await verifier.verifyCredential(world.credential);
    expect(world.statusLists.fetches.length).toBe(fetched);
    world.clock.advance(1);
    await verifier.verifyCredential(world.credential);
    expect(world.statusLists.fetches.length).toBe(2 * fetched);

    const uncached = world.verifier({ statusCacheSeconds: 0 });
    await uncached.verifyCredential(world.credential);
    const before = world.statusLists.fetches.length;
    await uncached.verifyCredential(world.credential);
    expect(world.statusLists.fetches.length).toBe(before + fetched);
  });

  it('rejects a status list signed by a different issuer', async () => {
    const mallory = await generateIdentity();
    const forged = await createTestStatusLists(world.issuer, { signer: mallory });
    const verifier = world.verifier({ fetchStatusList: forged.fetch });
    const result = await verifier.verifyCredential(world.credential);
    expect(codes(result)).toEqual(['STATUS_LIST_ISSUER_MISMATCH', 'STATUS_LIST_ISSUER_MISMATCH']);
  });

  it('refuses a list of another trusted issuer: the list must be the credential issuer\'s', async () => {
    const other = await generateIdentity();
    const theirs = await createTestStatusLists(world.issuer, { signer: other });
    const verifier = world.verifier({ trustedIssuers: [world.issuer.did, other.did], fetchStatusList: theirs.fetch });
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual(['STATUS_LIST_ISSUER_MISMATCH', 'STATUS_LIST_ISSUER_MISMATCH']);
  });

  it('gives a list the size limit of status lists and the checks of every credential', async () => {
    const list = (await world.statusLists.fetch(world.statusLists.urls.revocation)) as Json;
    const check = async (served: Json) =>
      codes(await world.verifier({ fetchStatusList: async (url) => (url === world.statusLists.urls.revocation ? served : world.statusLists.fetch(url)) }).verifyCredential(world.credential));
    expect(await check({ ...list, description: 'x'.repeat(300 * 1024) })).toEqual(['STATUS_LIST_INVALID']);
    expect(await check({ ...list, '@context': [...(list['@context'] as string[]), 'https://example.com/unknown/v1'] })).toEqual(['STATUS_LIST_INVALID']);
    expect(await check({ ...list, expirationDate: '2020-01-01T00:00:00Z' })).toEqual(['STATUS_LIST_EXPIRED']);
    // a list may be larger than a credential (64 KiB): a signed one of over 100 KiB is accepted
    const unsigned = buildStatusListCredential({ id: world.statusLists.urls.revocation, issuer: world.issuer.did, statusPurpose: 'revocation', encodedList: await (await createStatusList()).encode() });
    expect(await check(await issue(world.issuer, { ...(unsigned as unknown as Json), description: 'x'.repeat(100 * 1024) }))).toEqual([]);
  });

  it('rejects a tampered status list (bits flipped back without a signature)', async () => {
    await world.statusLists.set('revocation', indexOf(world.credential, 'revocation'), true);
    const revokedList = (await world.statusLists.fetch(world.statusLists.urls.revocation)) as Json;
    const clean = await createTestStatusLists(world.issuer);
    const cleanList = (await clean.fetch(clean.urls.revocation)) as Json;
    const spliced = { ...revokedList, credentialSubject: { ...(revokedList.credentialSubject as Json), encodedList: (cleanList.credentialSubject as Json).encodedList } };
    const verifier = world.verifier({ fetchStatusList: async (url) => (url === world.statusLists.urls.revocation ? spliced : world.statusLists.fetch(url)) });
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual(['STATUS_LIST_INVALID']);
  });

  it('never accepts a credential with a status it could not check', async () => {
    expect(codes(await world.verifier({ fetchStatusList: undefined }).verifyCredential(world.credential))).toEqual(['STATUS_UNAVAILABLE', 'STATUS_UNAVAILABLE']);
    const failing = world.verifier({ fetchStatusList: async () => Promise.reject(new Error('connection refused')) });
    expect(codes(await failing.verifyCredential(world.credential))).toEqual(['STATUS_UNAVAILABLE', 'STATUS_UNAVAILABLE']);
    const garbage = world.verifier({ fetchStatusList: async () => ({ hello: 'world' }) });
    expect(codes(await garbage.verifyCredential(world.credential))).toEqual(['STATUS_LIST_INVALID', 'STATUS_LIST_INVALID']);
  });

  it('refuses status types it cannot check', async () => {
    const credential = await issue(
      world.issuer,
      capabilityCredential({
        issuer: world.issuer.did,
        subject: world.agent.did,
        capabilities: [payment('1')],
        status: { id: 'https://issuer.example/status/1#3', type: 'StatusList2021Entry', statusPurpose: 'revocation', statusListIndex: '-3', statusListCredential: 'https://issuer.example/status/1' }
      })
    );
    expect(codes(await world.verifier().verifyCredential(credential))).toEqual(['STATUS_UNSUPPORTED']);
  });

  it('fetches a list once for concurrent checks and keeps failures out of the cache', async () => {
    let calls = 0;
    let fail = true;
    const verifier = world.verifier({
      fetchStatusList: async (url) => {
        calls++;
        if (fail) throw new Error('down');
        return world.statusLists.fetch(url);
      }
    });
    expect(codes(await verifier.verifyCredential(world.credential))).toContain('STATUS_UNAVAILABLE');
    fail = false;
    calls = 0;
    const results = await Promise.all(Array.from({ length: 10 }, () => verifier.verifyCredential(world.credential)));
    expect(results.every((r) => r.verified)).toBe(true);
    expect(calls).toBe(2);
  });
});

describe('status list validity', () => {
  const MINUTE = 60_000;
  const toSeconds = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);

  /** The world's two lists, signed by its issuer valid from `from` for `validForMs`. */
  async function signLists(from: Date, validForMs: number, revoked: number[] = []): Promise<Record<string, Json>> {
    const signed: Record<string, Json> = {};
    for (const purpose of ['revocation', 'suspension'] as const) {
      const list = await createStatusList();
      if (purpose === 'revocation') for (const index of revoked) list.setStatus(index, true);
      const url = world.statusLists.urls[purpose];
      const unsigned = buildStatusListCredential({ id: url, issuer: world.issuer.did, statusPurpose: purpose, encodedList: await list.encode(), validFrom: from, validUntil: new Date(from.getTime() + validForMs) });
      signed[url] = await issue(world.issuer, unsigned as unknown as Json);
    }
    return signed;
  }
  const serve = (lists: () => Record<string, Json>) => async (url: string) => structuredClone(lists()[url]);

  it('refuses a list signed an hour ago with 10 minutes of validity: STATUS_LIST_EXPIRED', async () => {
    const lists = await signLists(toSeconds(new Date(world.clock.now().getTime() - 60 * MINUTE)), 10 * MINUTE);
    const result = await world.verifier({ fetchStatusList: serve(() => lists) }).verifyCredential(world.credential);
    expect(codes(result)).toEqual(['STATUS_LIST_EXPIRED', 'STATUS_LIST_EXPIRED']);
  });

  it('refuses a cached list once the clock passes its expiry, and takes a fresh copy', async () => {
    let lists = await signLists(toSeconds(world.clock.now()), 10 * MINUTE);
    const fetchStatusList = serve(() => lists);
    // a short URL cache (re-fetch hits the digest cache) and one that outlives the list
    const verifiers = [world.verifier({ fetchStatusList }), world.verifier({ fetchStatusList, statusCacheSeconds: 3600 })];
    for (const verifier of verifiers) expect(codes(await verifier.verifyCredential(world.credential))).toEqual([]);
    world.clock.advance(11 * MINUTE + 1000);
    for (const verifier of verifiers) expect(codes(await verifier.verifyCredential(world.credential))).toEqual(['STATUS_LIST_EXPIRED', 'STATUS_LIST_EXPIRED']);
    lists = await signLists(toSeconds(world.clock.now()), 10 * MINUTE);
    for (const verifier of verifiers) expect(codes(await verifier.verifyCredential(world.credential))).toEqual([]);
  });

  it.each(SPELLINGS.filter((spelling) => spelling !== 'keyword'))('refuses an expired list whose expirationDate is re-spelled as %s', async (spelling) => {
    const lists = await signLists(toSeconds(new Date(world.clock.now().getTime() - 60 * MINUTE)), 10 * MINUTE);
    const respelled = Object.fromEntries(Object.entries(lists).map(([url, list]) => [url, respell(list, ['expirationDate'], spelling as Spelling) as Json]));
    const result = await world.verifier({ fetchStatusList: serve(() => respelled) }).verifyCredential(world.credential);
    expect(result.verified).toBe(false);
    expect(codes(result)).toEqual(['STATUS_LIST_INVALID', 'STATUS_LIST_INVALID']);
  });

  it('refuses a list of the same issuer served at another list\'s URL, also when its content was verified before', async () => {
    // a second revocation list of the world's issuer; the verifier sees it first at its own URL
    const other = await createTestStatusLists(world.issuer, { base: 'https://issuer.example/other-lists' });
    const second = await issue(world.issuer, capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('5')], status: other.entry('revocation', 3) }));
    await world.statusLists.set('revocation', indexOf(world.credential, 'revocation'), true);
    let swap = false;
    const fetchStatusList = async (url: string) => (swap && url === world.statusLists.urls.revocation ? other.fetch(other.urls.revocation) : url.includes('other-lists') ? other.fetch(url) : world.statusLists.fetch(url));
    const verifier = world.verifier({ fetchStatusList, statusCacheSeconds: 1 });
    expect(codes(await verifier.verifyCredential(second))).toEqual([]);
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual(['STATUS_REVOKED']);
    swap = true;
    world.clock.advance(2_000);
    const result = await verifier.verifyCredential(world.credential);
    expect(result.verified).toBe(false);
    expect(codes(result)).toEqual(['STATUS_LIST_INVALID']);
  });

  it('refuses a list without an id: two id-less lists of one issuer would be interchangeable (a revoked bit hidden by serving the other)', async () => {
    const from = toSeconds(world.clock.now());
    const index = indexOf(world.credential, 'revocation');
    const idless = async (revoked: number[]): Promise<Json> => {
      const list = await createStatusList();
      for (const bit of revoked) list.setStatus(bit, true);
      const unsigned = buildStatusListCredential({ id: world.statusLists.urls.revocation, issuer: world.issuer.did, statusPurpose: 'revocation', encodedList: await list.encode(), validFrom: from, validUntil: new Date(from.getTime() + 10 * MINUTE) }) as unknown as Json;
      delete unsigned.id;
      return issue(world.issuer, unsigned);
    };
    // the issuer's list revokes the credential; another id-less list of the same issuer does not
    const [revokedList, cleanList] = [await idless([index]), await idless([])];
    const suspension = (await world.statusLists.fetch(world.statusLists.urls.suspension)) as Json;
    for (const served of [revokedList, cleanList]) {
      const fetchStatusList = async (url: string) => structuredClone(url === world.statusLists.urls.revocation ? served : suspension);
      const result = await world.verifier({ fetchStatusList }).verifyCredential(world.credential);
      expect(result.verified).toBe(false);
      expect(codes(result)).toEqual(['STATUS_LIST_INVALID']);
      expect(result.problems[0]?.message).toContain('has no id');
    }
  });

  it.each(['0x10', ' 16', '16 ', '1e1', '16.0', '+16', '016', '-0'])('refuses the status index %p: only a plain decimal names a bit', async (spelled) => {
    const entry = { ...world.statusLists.entry('revocation', 16), statusListIndex: spelled } as Json;
    const credential = await issue(world.issuer, capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('5')], status: entry }));
    const result = await world.verifier().verifyCredential(credential);
    expect(result.verified).toBe(false);
    expect(codes(result)).toEqual(['STATUS_UNSUPPORTED']);
  });
});
