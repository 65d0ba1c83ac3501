import request from 'supertest';
import { z } from 'zod';
import { defineRoute, MAX_REPORTED_ISSUES, type Route } from '@agentvc/http';
import { testService } from '../support/test-service.js';

const serve = (routes: Route[]) => testService({ routes }).callback();

describe('defineRoute', () => {
  it('hands the handler parsed, typed params and query (coerced by the schema)', async () => {
    const server = testService().callback();
    expect((await request(server).get('/items/pen-1?limit=7')).body).toEqual({ id: 'pen-1', limit: 7 });
    expect((await request(server).get('/items/pen-1')).body).toEqual({ id: 'pen-1', limit: null });
  });

  it('reports param and query failures with their location in the path', async () => {
    const server = testService().callback();
    const badParam = await request(server).get('/items/NOT_OK');
    expect(badParam.body.errors).toEqual([{ path: 'params.id', message: expect.any(String) }]);
    const badQuery = await request(server).get('/items/ok?limit=99');
    expect(badQuery.body.errors).toEqual([{ path: 'query.limit', message: expect.any(String) }]);
  });

  it('applies schema defaults and sends the declared status and headers', async () => {
    const response = await request(testService().callback())
      .post('/items')
      .send({ name: 'pen', price: { value: 2, currency: 'EUR' } });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe('/items/item-1');
    expect(response.body).toEqual({ id: 'item-1', name: 'pen', tags: [] });
  });

  it('answers a body-less response (null schema) with no content', async () => {
    const response = await request(testService().callback()).delete('/items/pen');
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
  });

  it('bounds the number of reported issues', async () => {
    const route = defineRoute({
      method: 'POST',
      path: '/many',
      summary: 'many',
      request: { body: z.array(z.string()) },
      responses: { 200: z.object({}) }
    }).handle(() => ({ status: 200, body: {} }));
    const response = await request(serve([route]))
      .post('/many')
      .send(Array.from({ length: 100 }, (_, i) => i));
    expect(response.body.errors).toHaveLength(MAX_REPORTED_ISSUES);
    expect(response.body.truncated).toBe(true);
    expect(response.body.detail).toContain('100 problems');
  });

  it('authenticates before reading the body and hands the handler the principal', async () => {
    const server = testService().callback();
    const missing = await request(server).get('/me');
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('UNAUTHORIZED');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect((await request(server).get('/me').set('Authorization', 'Basic abc')).status).toBe(401);
    expect((await request(server).get('/me').set('Authorization', 'Bearer bad-token')).status).toBe(403);
    const ok = await request(server).get('/me').set('Authorization', 'Bearer good-token');
    expect(ok.body).toEqual({ agent: 'did:key:z6Mkexample' });
  });

  it('does not parse bodies of callers that fail authentication', async () => {
    let parsed = 0;
    const body = z.unknown().transform((value) => {
      parsed += 1;
      return value;
    });
    const route = defineRoute({
      method: 'POST',
      path: '/guarded',
      summary: 'guarded',
      auth: { scheme: 'adminKey', authenticate: () => Promise.reject(new Error('no')) },
      request: { body },
      responses: { 200: z.object({}) }
    }).handle(() => ({ status: 200, body: {} }));
    const response = await request(serve([route])).post('/guarded').send('{not json');
    expect(response.status).toBe(500);
    expect(parsed).toBe(0);
  });

  it('sends the declared content type', async () => {
    const route = defineRoute({
      method: 'GET',
      path: '/vc',
      summary: 'vc',
      contentType: 'application/vc+ld+json',
      responses: { 200: z.object({ id: z.string() }) }
    }).handle(() => ({ status: 200, body: { id: 'urn:uuid:1' } }));
    const response = await request(serve([route])).get('/vc');
    expect(response.headers['content-type']).toBe('application/vc+ld+json');
    expect(JSON.parse(response.text)).toEqual({ id: 'urn:uuid:1' });
  });

  it('prefers the most specific route, as OpenAPI path matching does', async () => {
    const byId = defineRoute({ method: 'GET', path: '/credentials/:id', summary: 'by id', responses: { 200: z.string() } }).handle(
      () => ({ status: 200, body: 'by-id' })
    );
    const status = defineRoute({ method: 'GET', path: '/credentials/status', summary: 'status', responses: { 200: z.string() } }).handle(
      () => ({ status: 200, body: 'status' })
    );
    const server = serve([byId, status]);
    expect((await request(server).get('/credentials/status')).text).toBe('status');
    expect((await request(server).get('/credentials/abc')).text).toBe('by-id');
  });

  it('answers HEAD for GET routes', async () => {
    const response = await request(testService().callback()).head('/health');
    expect(response.status).toBe(200);
  });

  it('types handler results against the declared responses', () => {
    const schema = z.object({ id: z.string() });
    const spec = { method: 'POST', path: '/t', summary: 't', responses: { 201: schema } } as const;
    // @ts-expect-error 200 is not a declared response
    defineRoute(spec).handle(() => ({ status: 200, body: { id: 'x' } }));
    // @ts-expect-error the body must match the 201 schema
    defineRoute(spec).handle(() => ({ status: 201, body: { id: 1 } }));
    expect(defineRoute(spec).handle(() => ({ status: 201, body: { id: 'x' } })).path).toBe('/t');
  });
});
