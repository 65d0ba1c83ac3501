import { readPresentationChallenge } from '../../src/index.js';

describe('readPresentationChallenge', () => {
  it('prefers the problem body', () => {
    expect(readPresentationChallenge({ code: 'PRESENTATION_REQUIRED', challenge: 'c1', domain: 'd1' }, 'AgentPresentation challenge="c2", domain="d2"')).toEqual({ challenge: 'c1', domain: 'd1' });
  });

  it('parses WWW-Authenticate, also after another scheme and with escapes', () => {
    expect(readPresentationChallenge(undefined, 'AgentPresentation challenge="abc", domain="shop.example"')).toEqual({ challenge: 'abc', domain: 'shop.example' });
    expect(readPresentationChallenge({}, 'Bearer realm="x", AgentPresentation domain=shop.example, challenge="a\\"b"')).toEqual({ challenge: 'a"b', domain: 'shop.example' });
  });

  it('gives nothing when either part is missing', () => {
    expect(readPresentationChallenge(undefined, null)).toBeUndefined();
    expect(readPresentationChallenge(undefined, 'AgentPresentation challenge="abc"')).toBeUndefined();
    expect(readPresentationChallenge({ challenge: 'abc' }, 'Bearer realm="x"')).toBeUndefined();
  });
});
