import { AgentVcError } from '@agentvc/core';
import type Koa from 'koa';
import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { createService, defineRoute, HttpError, readBearerToken, type Route, type ServiceOptions, type ServiceState } from '@agentvc/http';

export const itemSchema = z.object({
  name: z.string().min(1).max(40),
  tags: z.array(z.string().max(10)).max(3).default([]),
  price: z.object({ value: z.number().positive(), currency: z.string().length(3) })
});

export const createdSchema = z.object({ id: z.string(), name: z.string(), tags: z.array(z.string()) });

/** A handful of routes that exercise each part of the package. */
export const testRoutes: Route[] = [
  defineRoute({
    method: 'POST',
    path: '/items',
    summary: 'Create an item',
    tags: ['items'],
    request: { body: itemSchema },
    responses: { 201: createdSchema },
    errors: [409]
  }).handle(({ body }) => ({
    status: 201,
    body: { id: 'item-1', name: body.name, tags: body.tags },
    headers: { Location: '/items/item-1' }
  })),
  defineRoute({
    method: 'GET',
    path: '/items/:id',
    summary: 'Read an item',
    request: {
      params: z.object({ id: z.string().regex(/^[a-z0-9-]+$/) }),
      query: z.object({ limit: z.coerce.number().int().min(1).max(10).optional() })
    },
    responses: { 200: z.object({ id: z.string(), limit: z.number().nullable() }) }
  }).handle(({ params, query }) => ({ status: 200, body: { id: params.id, limit: query.limit ?? null } })),
  defineRoute({
    method: 'DELETE',
    path: '/items/:id',
    summary: 'Delete an item',
    responses: { 204: null }
  }).handle(() => ({ status: 204 })),
  defineRoute({
    method: 'POST',
    path: '/tiny',
    summary: 'A route with a 16-byte body limit',
    bodyLimitBytes: 16,
    request: { body: z.unknown() },
    responses: { 200: z.object({ received: z.unknown() }) }
  }).handle(({ body }) => ({ status: 200, body: { received: body } })),
  defineRoute({
    method: 'GET',
    path: '/me',
    summary: 'Who is calling',
    auth: {
      scheme: 'agentToken',
      authenticate: (ctx) => {
        if (readBearerToken(ctx) !== 'good-token') throw new HttpError('FORBIDDEN', 'Unknown token');
        return { agent: 'did:key:z6Mkexample' };
      }
    },
    responses: { 200: z.object({ agent: z.string() }) }
  }).handle(({ principal }) => ({ status: 200, body: { agent: principal.agent } })),
  defineRoute({ method: 'GET', path: '/boom', summary: 'Fails', responses: { 200: z.object({}) } }).handle(({ ctx }) => {
    ctx.set('Cache-Control', 'public, max-age=600');
    throw new Error('secret internal detail: mongodb://admin:hunter2@db');
  }),
  defineRoute({ method: 'GET', path: '/duplicate', summary: 'Conflicts', responses: { 200: z.object({}) } }).handle(() => {
    throw new AgentVcError('DUPLICATE_KEY', 'An agent with this DID exists');
  }),
  defineRoute({ method: 'GET', path: '/unmapped', summary: 'Unmapped core error', responses: { 200: z.object({}) } }).handle(
    () => {
      throw new AgentVcError('SIGNING_FAILED', 'key handle 42 rejected');
    }
  )
];

export function testService(overrides: Partial<ServiceOptions> = {}): Koa<ServiceState> {
  return createService({
    name: 'test-service',
    version: '1.2.3',
    logger: overrides.logger ?? silentLogger(),
    routes: testRoutes,
    defaultMetrics: false,
    ...overrides
  });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
