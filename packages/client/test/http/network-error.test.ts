// networkError names the call once: a call already named by its URL (presentTo's `GET <url>`) does not repeat it.
import { networkError } from '../../src/http/network-error.js';

describe('networkError', () => {
  it('does not repeat the URL when the call is named by it', () => {
    const refused = Object.assign(new Error('getaddrinfo ENOTFOUND issuer.invalid'), { code: 'ENOTFOUND' });
    const error = networkError('GET https://issuer.invalid/issuer', 'https://issuer.invalid/issuer', new TypeError('fetch failed', { cause: refused }));
    expect(error.message).toBe('GET https://issuer.invalid/issuer: getaddrinfo ENOTFOUND issuer.invalid');
  });
});
