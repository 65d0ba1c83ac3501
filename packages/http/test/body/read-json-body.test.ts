import request from 'supertest';
import { z } from 'zod';
import { defineRoute } from '@agentvc/http';
import { testService } from '../support/test-service.js';

const server = testService().callback();
const item = { name: 'pen', price: { value: 2, currency: 'EUR' } };

describe('JSON body reader', () => {
  it('accepts application/json with a UTF-8 charset and +json types', async () => {
    const plain = await request(server).post('/items').set('Content-Type', 'application/json; charset=UTF-8').send(JSON.stringify(item));
    expect(plain.status).toBe(201);
    const ld = await request(server).post('/items').set('Content-Type', 'application/vc+ld+json').send(JSON.stringify(item));
    expect(ld.status).toBe(201);
  });

  it('decodes UTF-8 text', async () => {
    const response = await request(server).post('/tiny').set('Content-Type', 'application/json').send('"héllo"');
    expect(response.body).toEqual({ received: 'héllo' });
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded'],
    ['text', 'text/plain'],
    ['a json-looking type', 'application/jsonx'],
    ['another charset', 'application/json; charset=latin1']
  ])('refuses %s with 415', async (_what, type) => {
    const response = await request(server).post('/items').set('Content-Type', type).send(JSON.stringify(item));
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses compressed bodies with 415', async () => {
    const response = await request(server)
      .post('/items')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send(JSON.stringify(item));
    expect(response.status).toBe(415);
  });

  it('answers invalid UTF-8 and empty bodies with 400 MALFORMED_JSON', async () => {
    const invalid = await request(server)
      .post('/tiny')
      .set('Content-Type', 'application/json')
      // superagent writes a Buffer as it is; its typings only admit strings
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(Buffer.from([0x22, 0xff, 0xfe, 0x22]));
    expect(invalid.body.code).toBe('MALFORMED_JSON');
    const empty = await request(server).post('/tiny').set('Content-Type', 'application/json').send('');
    expect(empty.body.code).toBe('MALFORMED_JSON');
  });

  it('treats a request with no body as a missing body (a validation failure)', async () => {
    const response = await request(server).post('/items');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body' }] });
  });

  it('applies a per-route limit, declared by Content-Length', async () => {
    const ok = await request(server).post('/tiny').set('Content-Type', 'application/json').send('[1,2,3,4,5,6,7]');
    expect(ok.status).toBe(200);
    const tooLarge = await request(server).post('/tiny').set('Content-Type', 'application/json').send('[1,2,3,4,5,6,7,8]');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.detail).toBe('The body exceeds 16 bytes');
  });

  it('applies the limit while reading a chunked body with no Content-Length', async () => {
    const pending = request(server).post('/tiny').set('Content-Type', 'application/json');
    pending.write('[1,2,3,4,5,');
    pending.write('6,7,8,9,10]');
    const response = await pending;
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads chunked bodies within the limit (and the client above really sends chunks)', async () => {
    const echo = defineRoute({
      method: 'POST',
      path: '/echo',
      summary: 'echo',
      request: { body: z.array(z.number()) },
      responses: { 200: z.object({ encoding: z.string(), sum: z.number() }) }
    }).handle(({ body, ctx }) => ({
      status: 200,
      body: { encoding: ctx.get('Transfer-Encoding'), sum: body.reduce((a, b) => a + b, 0) }
    }));
    const pending = request(testService({ routes: [echo] }).callback()).post('/echo').set('Content-Type', 'application/json');
    pending.write('[1,2,');
    pending.write('3]');
    expect((await pending).body).toEqual({ encoding: 'chunked', sum: 6 });
  });

  it('uses the service-wide limit when a route has none', async () => {
    const small = testService({ bodyLimitBytes: 32 }).callback();
    const response = await request(small).post('/items').send(item);
    expect(response.status).toBe(413);
  });
});
