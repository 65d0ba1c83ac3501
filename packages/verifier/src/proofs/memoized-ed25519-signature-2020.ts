import { createHash } from 'node:crypto';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { LRUCache } from 'lru-cache';
import type { CanonizeOptions } from '@agentvc/ld-types';

const MEMO_ENTRIES = 2_000;

/**
 * Ed25519Signature2020 that remembers RDFC-1.0 canonical forms by the sha256 of the exact JSON.
 * A presentation that repeats a credential (fresh challenge each time) differs only in its
 * proof, so the presentation body — the costly part, with the credential embedded — is
 * canonicalized once; the proof options and the signature are still checked on every call.
 * Sound because one verifier uses one offline loader: the canonical form is a pure function of
 * the bytes and the bundled, sha256-pinned contexts. So an instance belongs to one verifier.
 */
export class MemoizedEd25519Signature2020 extends Ed25519Signature2020 {
  readonly #memo = new LRUCache<string, Promise<string>>({ max: MEMO_ENTRIES });

  constructor() {
    // rdf-canonize's bound on blank-node work: O(n) deep iterations, an error beyond (its
    // default today, pinned here so an upgrade cannot loosen it)
    super({ canonizeOptions: { maxWorkFactor: 1 } });
  }

  override canonize(input: Record<string, unknown>, options: CanonizeOptions): Promise<string> {
    const key = `${options.skipExpansion ? 'x' : 'e'}${createHash('sha256').update(JSON.stringify(input)).digest('base64url')}`;
    const known = this.#memo.get(key);
    if (known) return known;
    const pending = super.canonize(input, options);
    this.#memo.set(key, pending);
    pending.catch(() => this.#memo.delete(key));
    return pending;
  }
}
