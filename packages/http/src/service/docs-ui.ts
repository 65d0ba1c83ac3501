import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { HttpError } from '../errors/http-error.js';
import { defineRoute, type Route } from '../routes/define-route.js';
import type { ServiceContext } from './service-state.js';

export interface DocsUiOptions {
  /** The service's name, shown as the page title. */
  title: string;
}

interface DocsFile {
  body: Buffer;
  etag: string;
}

const JS = 'text/javascript; charset=utf-8';

// The only swagger-ui-dist files the page needs; nothing else in the package is reachable
const DIST_FILES: ReadonlyMap<string, string> = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['index.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', JS],
  ['swagger-ui-standalone-preset.js', JS],
  ['favicon-32x32.png', 'image/png']
]);

// The one <style> element swagger-ui makes (its logo's colours), allowed by hash rather than
// 'unsafe-inline'; React sets every other style through the DOM, which CSP does not block
const LOGO_STYLE = '.logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}';

// Everything the page loads comes from this service: no inline script, no other origin
const SECURITY_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${createHash('sha256').update(LOGO_STYLE).digest('base64')}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
};

// Relative links: the page at <prefix>/docs loads <prefix>/docs/* and <prefix>/openapi.json,
// so it also works behind a reverse proxy that mounts the service under a path
const page = (title: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} API</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
<link rel="stylesheet" href="docs/index.css">
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/swagger-ui-standalone-preset.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// A file, not an inline script, so that `script-src 'self'` holds. No validatorUrl: the
// default sends the document's address to validator.swagger.io
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: new URL('openapi.json', document.baseURI).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
  layout: 'StandaloneLayout',
  validatorUrl: null
});
`;

/**
 * `GET /docs`: Swagger UI over the service's own `/openapi.json`, with every asset served
 * from `/docs/*` out of the installed swagger-ui-dist. Not API routes: kept out of the
 * OpenAPI document.
 */
export function docsUiRoutes(options: DocsUiOptions): Route[] {
  // Resolved at start, from src/ or dist/ alike: a missing package fails the start, not a request
  const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const own = new Map<string, DocsFile>([
    ['', withEtag(Buffer.from(page(options.title)))],
    ['init.js', withEtag(Buffer.from(INIT_SCRIPT))]
  ]);
  // Read on first request and kept: ~2 MB that most processes never serve
  const loaded = new Map<string, Promise<DocsFile>>();
  const load = (name: string): Promise<DocsFile> => {
    let file = loaded.get(name);
    if (file === undefined) {
      file = readFile(join(distDir, name)).then(withEtag);
      file.catch(() => loaded.delete(name));
      loaded.set(name, file);
    }
    return file;
  };

  const responses = { 200: z.instanceof(Buffer), 301: null, 304: null };
  return [
    defineRoute({ method: 'GET', path: '/docs', summary: 'Interactive API docs', responses }).handle(({ ctx }) => {
      // The router also matches /docs/, where the page's relative links would miss
      if (ctx.path.endsWith('/')) return { status: 301, headers: { Location: '../docs' } };
      return answer(ctx, own.get('') as DocsFile, 'text/html; charset=utf-8', 'no-cache');
    }),
    defineRoute({
      method: 'GET',
      path: '/docs/:asset',
      summary: 'An asset of the API docs',
      request: { params: z.object({ asset: z.string() }) },
      responses
    }).handle(async ({ ctx, params }) => {
      const name = params.asset;
      if (name === 'init.js') return answer(ctx, own.get(name) as DocsFile, JS, 'public, max-age=86400');
      const type = DIST_FILES.get(name);
      if (type === undefined) throw new HttpError('NOT_FOUND', 'No route matches this path');
      return answer(ctx, await load(name), type, 'public, max-age=86400');
    })
  ];
}

type Answer = { status: 200; body: Buffer; headers: Record<string, string> } | { status: 304; headers: Record<string, string> };

function answer(ctx: ServiceContext, file: DocsFile, type: string, cacheControl: string): Answer {
  const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cacheControl, ETag: file.etag };
  if (matches(ctx.get('If-None-Match'), file.etag)) return { status: 304, headers };
  return { status: 200, body: file.body, headers };
}

/** If-None-Match holds a list of tags, weak or strong, or `*`. */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch === '') return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function withEtag(body: Buffer): DocsFile {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
