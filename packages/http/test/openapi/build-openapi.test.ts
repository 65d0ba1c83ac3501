import request from 'supertest';
import { z } from 'zod';
import { buildOpenApi, defineRoute } from '@agentvc/http';
import { testService } from '../support/test-service.js';

/** The value at a path of keys in a JSON document, or undefined. */
function at(node: unknown, ...path: string[]): unknown {
  let current = node;
  for (const key of path) {
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

async function fetchDocument(): Promise<unknown> {
  const response = await request(testService().callback()).get('/openapi.json');
  expect(response.status).toBe(200);
  return response.body;
}

/** The $refs in a document that point at nothing in it. */
function danglingRefs(document: unknown): string[] {
  const refs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else walk(value);
      }
    }
  };
  walk(document);
  return refs.filter((ref) => !ref.startsWith('#/') || at(document, ...ref.slice(2).split('/')) === undefined);
}

const problemResponse = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

describe('OpenAPI document', () => {
  it('is a 3.1 document with info from the service options and no dangling refs', async () => {
    const document = await fetchDocument();
    expect(document).toMatchObject({ openapi: '3.1.0', info: { title: 'test-service', version: '1.2.3' } });
    expect(at(document, 'components', 'schemas', 'Problem')).toMatchObject({ required: expect.arrayContaining(['code', 'requestId']) });
    expect(danglingRefs(document)).toEqual([]);
  });

  it('documents each route with its body schema and responses', async () => {
    const create = at(await fetchDocument(), 'paths', '/items', 'post');
    expect(create).toMatchObject({
      summary: 'Create an item',
      tags: ['items'],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              // Input view: a field with a default is optional for the caller
              required: ['name', 'price'],
              properties: {
                name: { type: 'string', minLength: 1, maxLength: 40 },
                price: { required: ['value', 'currency'] }
              }
            }
          }
        }
      },
      responses: {
        201: { content: { 'application/json': { schema: { properties: { tags: { type: 'array', items: { type: 'string' } } } } } } },
        400: problemResponse,
        409: problemResponse,
        413: problemResponse,
        415: problemResponse,
        500: problemResponse,
        503: problemResponse
      }
    });
    expect(Object.keys(at(create, 'responses') as object)).toEqual(['201', '400', '409', '413', '415', '500', '503']);
  });

  it('documents path and query parameters, with {braces} in the path', async () => {
    const paths = at(await fetchDocument(), 'paths');
    expect(at(paths, '/items/{id}', 'get', 'parameters')).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } },
      { name: 'limit', in: 'query', required: false, schema: expect.objectContaining({ type: 'integer', maximum: 10 }) }
    ]);
    expect(at(paths, '/items/{id}', 'delete', 'responses', '204')).toEqual({ description: 'No Content' });
  });

  it('declares a bearer security scheme for routes with auth', async () => {
    const document = await fetchDocument();
    expect(at(document, 'paths', '/me', 'get')).toMatchObject({
      security: [{ agentToken: [] }],
      responses: { 401: problemResponse, 403: problemResponse }
    });
    expect(at(document, 'components', 'securitySchemes')).toEqual({ agentToken: { type: 'http', scheme: 'bearer' } });
    expect(at(document, 'paths', '/items', 'post', 'security')).toBeUndefined();
  });

  it('documents the operations endpoints', async () => {
    const paths = at(await fetchDocument(), 'paths');
    expect(Object.keys(paths as object)).toEqual(expect.arrayContaining(['/health', '/ready', '/metrics', '/openapi.json']));
    expect(Object.keys(at(paths, '/ready', 'get', 'responses') as object)).toEqual(['200', '500', '503']);
    expect(at(paths, '/metrics', 'get', 'responses', '200', 'content')).toHaveProperty(['text/plain; version=0.0.4; charset=utf-8']);
  });

  it('moves named and recursive schemas to components.schemas', () => {
    const money = z.object({ value: z.string(), currency: z.string() }).meta({ id: 'Money' });
    const node = z.object({
      name: z.string(),
      get children(): z.ZodArray<typeof node> {
        return z.array(node);
      }
    });
    const route = defineRoute({
      method: 'POST',
      path: '/tree',
      summary: 'tree',
      request: { body: z.object({ price: money, limit: money, tree: node }) },
      responses: { 200: node }
    }).handle(({ body }) => ({ status: 200, body: body.tree }));
    const document = buildOpenApi({ title: 't', version: '1' }, [route]);
    expect(Object.keys(at(document, 'components', 'schemas') as object)).toEqual(expect.arrayContaining(['Money', 'Problem']));
    const body = at(document, 'paths', '/tree', 'post', 'requestBody', 'content', 'application/json', 'schema');
    expect(at(body, 'properties', 'price')).toEqual({ $ref: '#/components/schemas/Money' });
    expect(body).not.toHaveProperty('$defs');
    expect(body).not.toHaveProperty('$schema');
    expect(danglingRefs(document)).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('"#"');
  });

  it('documents an error code with the status ERROR_CODES gives it, and takes example path parameters beside a body', () => {
    const route = defineRoute({
      method: 'POST',
      path: '/agents/:did/grants',
      summary: 'grant',
      request: { params: z.object({ did: z.string() }), body: z.object({ n: z.number() }) },
      responses: { 201: z.object({ n: z.number() }) },
      errors: ['GRANT_NOT_FOUND', 'STATUS_CHANGE_REFUSED', 503],
      examples: { params: { did: 'did:key:z6Mk' }, request: { n: 1 }, responses: { 201: { n: 1 } } }
    }).handle(({ body }) => ({ status: 201, body }));
    const operation = at(buildOpenApi({ title: 't', version: '1' }, [route]), 'paths', '/agents/{did}/grants', 'post');
    expect(Object.keys(at(operation, 'responses') as object)).toEqual(['201', '400', '404', '409', '413', '415', '500', '503']);
    expect(at(operation, 'parameters')).toEqual([expect.objectContaining({ name: 'did', in: 'path', example: 'did:key:z6Mk' })]);
  });
});
