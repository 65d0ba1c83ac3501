// What every service's /docs must satisfy; used by the http package and by each app's test.
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import type request from 'supertest';

type Http = ReturnType<typeof request>;

/** Where tests pretend the page was loaded from; only its path matters to the service. */
export const PAGE_URL = 'http://service.test/docs';

const TYPES: Readonly<Record<string, RegExp>> = {
  js: /^text\/javascript; charset=utf-8$/,
  css: /^text\/css; charset=utf-8$/,
  png: /^image\/png$/
};

export const TRAVERSALS = [
  '/docs/../package.json',
  '/docs/%2e%2e/package.json',
  '/docs/%2e%2e%2fpackage.json',
  '/docs/..%2f..%2fpackage.json',
  '/docs/..%5cpackage.json',
  '/docs/%2fetc%2fpasswd',
  '/docs/package.json',
  '/docs/absolute-path.js',
  '/docs/swagger-ui-bundle.js.map',
  '/docs/oauth2-redirect.html',
  '/docs/__proto__',
  '/docs/constructor'
];

/** The `src` and `href` values of a page, in order. */
export function pageLinks(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1] as string);
}

/** Runs the docs' init script against stand-ins for swagger-ui and returns its configuration. */
export function initConfig(script: string, pageUrl: string): Record<string, unknown> {
  let config: Record<string, unknown> | undefined;
  const SwaggerUIBundle = Object.assign(
    (given: Record<string, unknown>) => {
      config = given;
      return {};
    },
    { presets: { apis: 'apis-preset' }, plugins: { DownloadUrl: 'download-url-plugin' } }
  );
  runInNewContext(script, { window: {}, document: { baseURI: pageUrl }, URL, SwaggerUIBundle, SwaggerUIStandalonePreset: 'standalone-preset' });
  if (config === undefined) throw new Error('the init script did not start Swagger UI');
  return config;
}

/**
 * `/docs` answers a page whose every script, style and icon is served by the service itself,
 * under a CSP that allows nothing else; the init script loads the service's own
 * /openapi.json; nothing outside the allow-list is reachable; /docs is not in the document.
 */
export async function expectDocsUi(http: Http): Promise<void> {
  const page = await http.get('/docs');
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['x-content-type-options']).toBe('nosniff');
  const csp = String(page.headers['content-security-policy']);
  for (const directive of ["default-src 'none'", "script-src 'self';", "style-src 'self'", "connect-src 'self';"]) expect(csp).toContain(directive);
  expect(csp).not.toMatch(/unsafe-|https?:|\*/);
  // Besides 'self', styles only by hash: those of the <style> elements swagger-ui creates
  const styleHashes = [...(await http.get('/docs/swagger-ui-standalone-preset.js')).text.matchAll(/createElement\("style",null,"([^"]*)"\)/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1] as string).digest('base64')}'`
  );
  expect(csp.match(/style-src ([^;]*)/)?.[1]?.split(' ')).toEqual(["'self'", ...styleHashes]);

  // No other origin, no inline script or style: the CSP would block them
  const html = page.text;
  expect(html).not.toMatch(/https?:|\/\/[a-z0-9]/i);
  expect(html).not.toMatch(/<style|\sstyle\s*=|\son[a-z]+\s*=/i);
  expect([...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => [/\bsrc=/.test(m[0]), m[1]])).toEqual([
    [true, ''],
    [true, ''],
    [true, '']
  ]);

  const links = pageLinks(html);
  expect(links.length).toBeGreaterThanOrEqual(5);
  for (const link of links) {
    expect(link).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
    const path = new URL(link, PAGE_URL).pathname;
    expect(path).toMatch(/^\/docs\/[^/]+$/);
    const asset = await http.get(path);
    expect({ path, status: asset.status }).toEqual({ path, status: 200 });
    expect(asset.headers['content-type']).toMatch(TYPES[path.split('.').pop() ?? ''] ?? /^$/);
    expect(asset.headers['cache-control']).toBe('public, max-age=86400');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers.etag).toMatch(/^"[\w-]{43}"$/);
    expect((await http.get(path).set('If-None-Match', asset.headers.etag as string)).status).toBe(304);
  }

  // The init script is one of the page's scripts, and it loads this service's document
  expect(links).toContain('docs/init.js');
  const init = await http.get('/docs/init.js');
  const config = initConfig(init.text, PAGE_URL);
  const documentUrl = new URL(String(config.url));
  expect(documentUrl.href).toBe('http://service.test/openapi.json');
  expect(config.validatorUrl).toBeNull();
  const document = await http.get(documentUrl.pathname);
  expect(document.status).toBe(200);
  expect(document.body.openapi).toMatch(/^3\./);
  expect(Object.keys(document.body.paths).filter((path) => path.toLowerCase().startsWith('/docs'))).toEqual([]);

  for (const path of TRAVERSALS) {
    const refused = await http.get(path);
    expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 404, code: 'NOT_FOUND' });
    expect(refused.headers['content-type']).toBe('application/problem+json');
  }
}
