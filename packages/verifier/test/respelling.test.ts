// Issue 8 §1: what the verifier reads must be exactly what was signed. Every field a check reads,
// spelled every way JSON-LD allows, is refused — never accepted on the strength of a signature
// over a graph the by-name checks did not see.
import { bundledContexts, createDidKeyResolver, createDocumentLoader, generateIdentity } from '@agentvc/core';
import { createCanonicalFormCheck, VOCAB_VALUED_KEYS } from '../src/checks/check-canonical-form.js';
import { compareWithCompaction } from '../src/checks/compare-with-compaction.js';
import { capabilityCredential, issue, payment, present, type Json } from '../../../test/support/sign.js';
import { respell, SPELLINGS, type Spelling } from '../../../test/support/respell.js';
import { CHALLENGE, codes, createWorld, DOMAIN, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const vpOptions = { challenge: CHALLENGE, domain: DOMAIN };
const REFUSALS = ['NON_CANONICAL_TERM', 'UNKNOWN_CONTEXT'];

const OUTER_FIELDS = [['holder'], ['type'], ['verifiableCredential'], ['proof'], ['proof', 'challenge'], ['proof', 'domain'], ['proof', 'verificationMethod'], ['proof', 'proofPurpose']];

const CREDENTIAL_FIELDS: string[][] = [
  ['credentialStatus'],
  ['expirationDate'],
  ['issuanceDate'],
  ['issuer'],
  ['credentialSubject'],
  ['credentialSubject', 'id'],
  ['credentialSubject', 'capability'],
  ['credentialSubject', 'capability', 'type'],
  ['credentialStatus', 'statusListIndex'],
  ['credentialStatus', 'statusPurpose'],
  ['credentialStatus', 'type'],
  ['type'],
  ['id'],
  ['proof'],
  ['proof', 'verificationMethod'],
  ['proof', 'proofPurpose'],
  ['proof', 'created'],
  ['proof', 'type']
];

function cases(document: Json, fields: string[][]): Array<{ name: string; spelling: Spelling; document: Json }> {
  return fields.flatMap((path) =>
    SPELLINGS.flatMap((spelling) => {
      const respelled = respell(document, path, spelling);
      return respelled ? [{ name: `${path.join('.')} as ${spelling}`, spelling, document: respelled }] : [];
    })
  );
}

describe('re-spelled credentials', () => {
  it('the attack as found: an expired credential with expirationDate under @nest or as an IRI value object is refused', async () => {
    const verifier = world.verifier();
    world.clock.advance(2 * 60 * 60_000);
    try {
      expect(codes(await verifier.verifyCredential(world.credential))).toEqual(['EXPIRED']);
      for (const spelling of ['@nest', 'value object', 'absolute IRI', 'compact IRI'] as const) {
        const result = await verifier.verifyCredential(respell(world.credential, ['expirationDate'], spelling));
        expect({ spelling, verified: result.verified, codes: codes(result) }).toEqual({ spelling, verified: false, codes: ['NON_CANONICAL_TERM'] });
      }
    } finally {
      world.clock.advance(-2 * 60 * 60_000);
    }
  });

  it('the attack as found: a revoked credential with credentialStatus re-spelled is refused', async () => {
    const revoked = await createWorld();
    const index = Number((revoked.credential.credentialStatus as Json[])[0]?.statusListIndex);
    await revoked.statusLists.set('revocation', index, true);
    const verifier = revoked.verifier();
    expect(codes(await verifier.verifyCredential(revoked.credential))).toEqual(['STATUS_REVOKED']);
    for (const spelling of ['absolute IRI', 'compact IRI', '@nest'] as const) {
      const result = await verifier.verifyCredential(respell(revoked.credential, ['credentialStatus'], spelling));
      expect({ spelling, codes: codes(result) }).toEqual({ spelling, codes: ['NON_CANONICAL_TERM'] });
    }
  });

  it('every checked field × every spelling is refused, alone and inside presentations of both suites', async () => {
    const verifier = world.verifier();
    const all = cases(world.credential, CREDENTIAL_FIELDS);
    expect(all.length).toBeGreaterThan(50);
    for (const { name, spelling, document } of all) {
      const alone = await verifier.verifyCredential(document);
      const expected = spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM';
      expect({ name, verified: alone.verified, code: codes(alone).includes(expected) }).toEqual({ name, verified: false, code: true });
    }
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      let presented = 0;
      for (const { name, document } of all.filter((_, i) => i % 3 === 0)) {
        // the holder signs the re-spelled credential into its own presentation (the SDK cannot
        // put some spellings, a bare @graph, into one: those are covered alone above)
        const presentation = await present({ holder: world.agent, credentials: [document], ...vpOptions, suite }).catch(() => undefined);
        if (!presentation) continue;
        presented += 1;
        const result = await verifier.verifyPresentation(presentation, vpOptions);
        const refused = result.problems.some((p) => REFUSALS.includes(p.code) && p.path?.startsWith('verifiableCredential'));
        expect({ suite, name, verified: result.verified, refused }).toEqual({ suite, name, verified: false, refused: true });
      }
      expect({ suite, presented: presented >= 10 }).toEqual({ suite, presented: true });
    }
  });

  it('an inline term aliasing a checked IRI is refused by the canonical-form rule itself, not only by the context rule', async () => {
    const documentLoader = createDocumentLoader({ didResolver: createDidKeyResolver() });
    const check = createCanonicalFormCheck({ compare: (document) => compareWithCompaction(document, documentLoader) });
    for (const path of [['credentialStatus'], ['expirationDate'], ['issuer'], ['credentialSubject']]) {
      const aliased = respell(world.credential, path, 'inline alias') as Json;
      expect(Object.keys(aliased)).toContain('st');
      expect({ path, codes: codes({ problems: await check(aliased) }) }).toEqual({ path, codes: ['NON_CANONICAL_TERM'] });
    }
    expect(await check(world.credential)).toEqual([]);
  });

  it('a node described in two places is refused (its statements could hide from the object the checks read)', async () => {
    const copy = structuredClone(world.credential);
    (copy.credentialSubject as Json).sameAs = { id: copy.id, expirationDate: copy.expirationDate };
    expect(codes(await world.verifier().verifyCredential(copy))).toEqual(['NON_CANONICAL_TERM']);
  });

  it('VC 2.0 date names under other spellings are refused before any proof work', async () => {
    const v2 = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: world.issuer.did,
      validFrom: '2020-01-01T00:00:00Z',
      credentialSubject: { id: world.agent.did },
      proof: structuredClone(world.credential.proof)
    };
    for (const key of ['validFrom', 'validUntil']) {
      const withKey = { ...structuredClone(v2), [key]: '2021-01-01T00:00:00Z' };
      for (const spelling of SPELLINGS) {
        const respelled = respell(withKey, [key], spelling);
        if (!respelled) continue;
        const result = await world.verifier().verifyCredential(respelled);
        const expected = spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM';
        expect({ key, spelling, codes: codes(result) }).toEqual({ key, spelling, codes: [expected] });
      }
    }
  });
});

describe('re-spelled presentations', () => {

  it('every field of the presentation itself × every spelling is refused (both suites)', async () => {
    const verifier = world.verifier();
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions, suite });
      expect(codes(await verifier.verifyPresentation(presentation, vpOptions))).toEqual([]);
      const all = cases(presentation, OUTER_FIELDS);
      expect(all.length).toBeGreaterThan(20);
      for (const { name, spelling, document } of all) {
        const result = await verifier.verifyPresentation(document, vpOptions);
        const expected = spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM';
        expect({ suite, name, verified: result.verified, code: codes(result).includes(expected) }).toEqual({ suite, name, verified: false, code: true });
      }
    }
  });
});

describe('the skeleton memo', () => {
  it('every bundled context keeps term-valued keys to the list the memo keeps whole', () => {
    const found = new Set<string>();
    const walk = (context: unknown): void => {
      if (!context || typeof context !== 'object') return;
      for (const [term, definition] of Object.entries(context as Record<string, unknown>)) {
        if (definition === '@type' || (typeof definition === 'object' && definition !== null && (definition as Json)['@type'] === '@vocab')) found.add(term);
        if (definition && typeof definition === 'object') walk((definition as Json)['@context']);
        expect({ term, startsWithDigit: /^\d/.test(term) }).toEqual({ term, startsWithDigit: false });
      }
    };
    for (const document of bundledContexts().values()) walk(document['@context']);
    expect([...found].filter((term) => !VOCAB_VALUED_KEYS.has(term))).toEqual([]);
  });

  it('remembers only verdicts of comparisons that ran to their end (a deadline or worker failure is not a verdict)', async () => {
    const answers = [
      [{ code: 'DOCUMENT_TOO_COMPLEX' as const, message: 'verification did not finish within 300 ms', scope: 'presentation' as const }],
      [{ code: 'INVALID_PROOF' as const, message: 'the proof could not be checked: worker exited', scope: 'presentation' as const }],
      []
    ];
    let calls = 0;
    const check = createCanonicalFormCheck({ compare: async () => answers[Math.min(calls++, answers.length - 1)] ?? [] });
    const document = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: 'VerifiablePresentation', holder: 'did:example:holder' };
    expect(codes({ problems: await check(document) })).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(codes({ problems: await check(document) })).toEqual(['INVALID_PROOF']);
    expect(await check(document)).toEqual([]);
    expect(await check(document)).toEqual([]);
    expect(calls).toBe(3);
  });

  it('a presentation repeated with a fresh challenge reuses the verdict, and a re-spelled one is still refused', async () => {
    const verifier = world.verifier();
    for (let i = 0; i < 3; i += 1) {
      const options = { challenge: `fresh-${i}`, domain: DOMAIN };
      const presentation = await present({ holder: world.agent, credentials: [world.credential], ...options, suite: 'eddsa-jcs-2022' });
      expect(codes(await verifier.verifyPresentation(presentation, options))).toEqual([]);
      const nested = respell(presentation, ['proof', 'challenge'], '@nest') as Json;
      expect(codes(await verifier.verifyPresentation(nested, options))).toContain('NON_CANONICAL_TERM');
    }
  });
});

describe('generated re-spellings', () => {
  // a small seeded generator: the same sequence on every run, so a failure reproduces
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const BENIGN = ['key order', 'one-element array', 'node reference object'] as const;

  function benign(document: Json, next: () => number): Json {
    const copy = structuredClone(document);
    const pick = BENIGN[Math.floor(next() * BENIGN.length)];
    if (pick === 'key order') return Object.fromEntries(Object.entries(copy).reverse());
    if (pick === 'one-element array') return { ...copy, issuer: [copy.issuer] };
    return { ...copy, issuer: { id: copy.issuer } };
  }

  it('random graph-preserving rewrites of signed credentials are refused or give exactly the original result', async () => {
    const next = random(8);
    const revokedWorld = await createWorld();
    await revokedWorld.statusLists.set('revocation', Number((revokedWorld.credential.credentialStatus as Json[])[0]?.statusListIndex), true);
    const expired = await issue(
      world.issuer,
      capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('5')], now: new Date(Date.now() - 3 * 60 * 60_000) })
    );
    const subjects: Array<{ document: Json; verify: (d: unknown) => Promise<{ verified: boolean; problems: Array<{ code: string }> }> }> = [
      { document: world.credential, verify: (d) => world.verifier().verifyCredential(d) },
      { document: revokedWorld.credential, verify: (d) => revokedWorld.verifier().verifyCredential(d) },
      { document: expired, verify: (d) => world.verifier().verifyCredential(d) }
    ];
    const fields = CREDENTIAL_FIELDS;
    let refused = 0;
    let same = 0;
    for (let round = 0; round < 60; round += 1) {
      const subject = subjects[round % subjects.length] as (typeof subjects)[number];
      const original = await subject.verify(subject.document);
      let document = subject.document;
      const steps = 1 + Math.floor(next() * 3);
      for (let step = 0; step < steps; step += 1) {
        if (next() < 0.3) {
          document = benign(document, next);
          continue;
        }
        const path = fields[Math.floor(next() * fields.length)] as string[];
        const spelling = SPELLINGS[Math.floor(next() * SPELLINGS.length)] as Spelling;
        document = respell(document, path, spelling) ?? document;
      }
      const result = await subject.verify(document);
      // refused (for whatever reason) or exactly what the original gets — never accepted instead
      if (!result.verified && JSON.stringify(result) !== JSON.stringify(original)) refused += 1;
      else {
        expect({ round, result }).toEqual({ round, result: original });
        same += 1;
      }
    }
    expect(refused).toBeGreaterThan(20);
    expect(same).toBeGreaterThan(0);
  });
});

describe('generated re-spellings of presentations', () => {
  it('random graph-preserving rewrites of signed Ed25519Signature2020 presentations (outer fields and the embedded credential) are refused or give exactly the original result', async () => {
    let state = 15;
    const next = (): number => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const revokedWorld = await createWorld();
    await revokedWorld.statusLists.set('revocation', Number((revokedWorld.credential.credentialStatus as Json[])[0]?.statusListIndex), true);
    const subjects = [
      { world, document: await present({ holder: world.agent, credentials: [world.credential], ...vpOptions }) },
      { world: revokedWorld, document: await present({ holder: revokedWorld.agent, credentials: [revokedWorld.credential], ...vpOptions }) }
    ];
    const fields = [...OUTER_FIELDS, ...CREDENTIAL_FIELDS.map((path) => ['verifiableCredential', ...path])];
    let refused = 0;
    let same = 0;
    for (let round = 0; round < 24; round += 1) {
      const subject = subjects[round % subjects.length] as (typeof subjects)[number];
      const verifier = subject.world.verifier();
      const original = await verifier.verifyPresentation(subject.document, vpOptions);
      let document = subject.document;
      const steps = 1 + Math.floor(next() * 2);
      for (let step = 0; step < steps; step += 1) {
        const path = fields[Math.floor(next() * fields.length)] as string[];
        const spelling = SPELLINGS[Math.floor(next() * SPELLINGS.length)] as Spelling;
        document = respell(document, path, spelling) ?? document;
      }
      const result = await verifier.verifyPresentation(document, vpOptions);
      if (!result.verified && JSON.stringify(result) !== JSON.stringify(original)) refused += 1;
      else {
        expect({ round, result }).toEqual({ round, result: original });
        same += 1;
      }
    }
    expect(refused).toBeGreaterThan(8);
  });
});

describe('honest documents still verify', () => {
  it('a credential of another shape and its presentation', async () => {
    const agent = await generateIdentity();
    const credential = await issue(
      world.issuer,
      capabilityCredential({ issuer: world.issuer.did, subject: agent.did, capabilities: [payment('10'), payment('20', 'EUR', { categories: ['books'] })] })
    );
    expect(codes(await world.verifier().verifyCredential(credential))).toEqual([]);
    const presentation = await present({ holder: agent, credentials: [credential], ...vpOptions });
    expect(codes(await world.verifier().verifyPresentation(presentation, vpOptions))).toEqual([]);
  });
});
