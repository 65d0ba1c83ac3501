import { AgentVcError, ERROR_CODES } from '@agentvc/core';
import request from 'supertest';
import { z } from 'zod';
import { defineRoute, HttpError, PROBLEM_CONTENT_TYPE } from '@agentvc/http';
import { captureLogs } from '../support/capture-logs.js';
import { testRoutes, testService } from '../support/test-service.js';

const server = () => testService().callback();

function expectProblem(response: request.Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe(PROBLEM_CONTENT_TYPE);
  expect(response.body).toMatchObject({
    status,
    code,
    type: `urn:agentvc:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: expect.any(String),
    detail: expect.any(String),
    requestId: response.headers['x-request-id']
  });
}

describe('error handler', () => {
  it('answers malformed JSON with 400 MALFORMED_JSON without echoing the input', async () => {
    const response = await request(server())
      .post('/items')
      .set('Content-Type', 'application/json')
      .send('{"name": "secret-fragment", ');
    expectProblem(response, 400, 'MALFORMED_JSON');
    expect(JSON.stringify(response.body)).not.toContain('secret-fragment');
    expect(response.body.instance).toBe('/items');
  });

  it('answers a wrong content type with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await request(server()).post('/items').set('Content-Type', 'text/plain').send('name=x');
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await request(server())
      .post('/items')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(70 * 1024) }));
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    expect(response.headers.connection).toBe('close');
  });

  it('answers validation failures with 400 VALIDATION_FAILED and the path of each issue', async () => {
    const response = await request(server())
      .post('/items')
      .send({ name: '', tags: ['ok', 'x'.repeat(11)], price: { value: -1 } });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    const paths = (response.body.errors as Array<{ path: string; message: string }>).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.tags[1]', 'body.price.value', 'body.price.currency']));
    expect(response.body.errors[0].message).toEqual(expect.any(String));
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    expectProblem(await request(server()).get('/nowhere'), 404, 'NOT_FOUND');
  });

  it('answers a wrong method with 405 METHOD_NOT_ALLOWED and Allow', async () => {
    const response = await request(server()).put('/items');
    expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.allow).toContain('POST');
  });

  it('maps AgentVcError codes through the error map (DUPLICATE_KEY -> 409 CONFLICT)', async () => {
    const response = await request(server()).get('/duplicate');
    expectProblem(response, 409, 'CONFLICT');
    expect(response.body.detail).toBe('An agent with this DID exists');
  });

  it('answers an app code with the status ERROR_CODES gives it (one table, no per-app map)', async () => {
    const route = defineRoute({ method: 'GET', path: '/grants', summary: 'x', responses: { 200: z.object({}) } }).handle(() => {
      throw new AgentVcError('NO_ACTIVE_GRANTS', 'The agent has no active grant');
    });
    const response = await request(testService({ routes: [route] }).callback()).get('/grants');
    expectProblem(response, ERROR_CODES.NO_ACTIVE_GRANTS.status, 'NO_ACTIVE_GRANTS');
    expect(response.status).toBe(403);
    expect(response.body.detail).toBe('The agent has no active grant');
  });

  it('answers anything else with a generic 500 INTERNAL, logged with the error, leaking nothing', async () => {
    const logs = captureLogs();
    const response = await request(testService({ logger: logs.logger }).callback()).get('/boom');
    expectProblem(response, 500, 'INTERNAL');
    const sent = JSON.stringify(response.body) + JSON.stringify(response.headers);
    expect(sent).not.toMatch(/secret|hunter2|mongodb|at .*\.ts|stack/i);
    expect(response.headers['cache-control']).toBeUndefined();
    const errorLine = logs.lines().find((line) => line.msg === 'unhandled error');
    expect(errorLine).toMatchObject({ level: 50, requestId: response.body.requestId });
    expect(JSON.stringify(errorLine)).toContain('secret internal detail');
  });

  it('keeps unmapped AgentVcError messages out of the 500', async () => {
    const response = await request(server()).get('/unmapped');
    expectProblem(response, 500, 'INTERNAL');
    expect(JSON.stringify(response.body)).not.toContain('key handle 42');
  });

  it('sends HttpError headers, extensions and codes, standard members winning', async () => {
    const route = defineRoute({ method: 'GET', path: '/teapot', summary: 'x', responses: { 200: z.object({}) } }).handle(() => {
      throw new HttpError('RATE_LIMITED', 'Too many requests', {
        headers: { 'Retry-After': '7' },
        extensions: { limit: 10, status: 200, code: 'FAKE' }
      });
    });
    const response = await request(testService({ routes: [...testRoutes, route] }).callback()).get('/teapot');
    expectProblem(response, 429, 'RATE_LIMITED');
    expect(response.headers['retry-after']).toBe('7');
    expect(response.body.limit).toBe(10);
  });

  it('answers Koa http-errors (ctx.throw) with their status and message when exposable', async () => {
    const route = defineRoute({ method: 'GET', path: '/thrown', summary: 'x', responses: { 200: z.object({}) } }).handle(({ ctx }) =>
      ctx.throw(404, 'No such grant')
    );
    const response = await request(testService({ routes: [route] }).callback()).get('/thrown');
    expectProblem(response, 404, 'NOT_FOUND');
    expect(response.body.detail).toBe('No such grant');
  });

  it('answers a zod error thrown inside a handler with 400 VALIDATION_FAILED', async () => {
    const route = defineRoute({ method: 'GET', path: '/inner', summary: 'x', responses: { 200: z.object({}) } }).handle(() => {
      z.object({ amount: z.string() }).parse({ amount: 5 });
      return { status: 200, body: {} };
    });
    const response = await request(testService({ routes: [route] }).callback()).get('/inner');
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ path: 'amount', message: expect.any(String) }]);
  });

  it('maps STORE_UNAVAILABLE to 503 without the store message', async () => {
    const route = defineRoute({ method: 'GET', path: '/store', summary: 'x', responses: { 200: z.object({}) } }).handle(() => {
      throw new AgentVcError('STORE_UNAVAILABLE', 'connect ECONNREFUSED 10.0.0.7:27017');
    });
    const response = await request(testService({ routes: [route] }).callback()).get('/store');
    expectProblem(response, 503, 'SERVICE_UNAVAILABLE');
    expect(JSON.stringify(response.body)).not.toContain('10.0.0.7');
  });
});
