import { z } from 'zod';

/**
 * An absolute http(s) URL with a host. `new URL('localhost:4100')` parses (its scheme is
 * `localhost:`), so a plain URL check lets a forgotten `http://` through; this refuses it.
 */
export function envHttpUrl() {
  return z.url({ protocol: /^https?$/, error: 'expected an absolute http:// or https:// URL, such as https://issuer.example' });
}
