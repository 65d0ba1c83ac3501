import { presentationChallenge } from '../../src/proofs/presentation-challenge.js';

describe('presentationChallenge', () => {
  it('reads the challenge of the one proof, as an object or an array of one', () => {
    expect(presentationChallenge({ proof: { challenge: 'abc' } })).toBe('abc');
    expect(presentationChallenge({ proof: [{ challenge: 'abc' }] })).toBe('abc');
    expect(presentationChallenge({ proof: { challenge: 'x'.repeat(256) } })).toBe('x'.repeat(256));
  });

  it('reads nothing when there is not exactly one proof with a usable challenge', () => {
    for (const presentation of [
      undefined,
      null,
      'proof',
      [{ proof: { challenge: 'abc' } }],
      {},
      { proof: null },
      { proof: [] },
      { proof: [{ challenge: 'a' }, { challenge: 'b' }] },
      { proof: ['abc'] },
      { proof: {} },
      { proof: { challenge: '' } },
      { proof: { challenge: 42 } },
      { proof: { challenge: 'x'.repeat(257) } }
    ]) {
      expect(presentationChallenge(presentation)).toBeUndefined();
    }
  });
});
