import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { z } from 'zod';
import { defineRoute } from '@agentvc/http';
import { expectDocsUi, initConfig } from '../support/expect-docs-ui.js';
import { testService } from '../support/test-service.js';

const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

describe('/docs', () => {
  it('serves Swagger UI over the service own /openapi.json, every asset from the service', async () => {
    await expectDocsUi(request(testService().callback()));
  });

  it('serves swagger-ui-dist files byte for byte, and HEAD without a body', async () => {
    const http = request(testService().callback());
    const bundle = await http.get('/docs/swagger-ui-bundle.js');
    expect(bundle.text).toBe(readFileSync(join(distDir, 'swagger-ui-bundle.js'), 'utf8'));
    const icon = await http.get('/docs/favicon-32x32.png').buffer(true);
    expect(Buffer.compare(icon.body as Buffer, readFileSync(join(distDir, 'favicon-32x32.png')))).toBe(0);

    const head = await http.head('/docs/swagger-ui.css');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(readFileSync(join(distDir, 'swagger-ui.css')).length);
  });

  it('answers 304 to a matching If-None-Match, weak or in a list, and 200 to another tag', async () => {
    const http = request(testService().callback());
    const { etag } = (await http.get('/docs')).headers as { etag: string };
    expect((await http.get('/docs').set('If-None-Match', `"other", W/${etag}`)).status).toBe(304);
    const changed = await http.get('/docs').set('If-None-Match', '"other"');
    expect(changed.status).toBe(200);
    expect(changed.headers['cache-control']).toBe('no-cache');
  });

  it('loads <prefix>/openapi.json when a proxy serves the page at <prefix>/docs', async () => {
    const init = await request(testService().callback()).get('/docs/init.js');
    expect(initConfig(init.text, 'https://gateway.example/issuer/docs').url).toBe('https://gateway.example/issuer/openapi.json');
  });

  it('sends /docs/ back to /docs, where the page links resolve', async () => {
    const response = await request(testService().callback()).get('/docs/');
    expect(response.status).toBe(301);
    expect(new URL(response.headers.location as string, 'http://service.test/prefix/docs/').pathname).toBe('/prefix/docs');
  });

  it('titles the page with the service name, escaped', async () => {
    const page = await request(testService({ name: 'a <b> & "c"' }).callback()).get('/docs');
    expect(page.text).toContain('<title>a &#60;b&#62; &#38; &#34;c&#34; API</title>');
  });

  it('answers while app requests are refused as overloaded', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const route = defineRoute({ method: 'GET', path: '/slow', summary: 'waits', responses: { 200: z.object({}) } }).handle(async () => {
      await gate;
      return { status: 200, body: {} };
    });
    const server = testService({ routes: [route], maxInFlight: 1 }).callback();
    const held = request(server).get('/slow').then((response) => response.status);
    let refused = 0;
    while (refused !== 503) refused = (await request(server).get('/slow')).status;

    expect((await request(server).get('/docs')).status).toBe(200);
    expect((await request(server).get('/docs/swagger-ui-bundle.js')).status).toBe(200);
    release();
    expect(await held).toBe(200);
  });

  it('is absent with docs: false', async () => {
    const http = request(testService({ docs: false }).callback());
    expect((await http.get('/docs')).status).toBe(404);
    expect((await http.get('/docs/swagger-ui-bundle.js')).status).toBe(404);
  });
});
