import { STATUS_CODES } from 'node:http';
import type { z } from 'zod';
import { errorStatus, PROBLEM_CONTENT_TYPE, problemDetailsSchema } from '@agentvc/core';
import type { Route } from '../routes/define-route.js';
import { createSchemaConverter, type JsonSchema, type SchemaConverter } from './create-schema-converter.js';

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

export type OpenApiDocument = JsonSchema & { openapi: '3.1.0' };

const JSON_TYPE = 'application/json';

/** `/status-lists/:id` -> `/status-lists/{id}` */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** An OpenAPI 3.1 document from route definitions: the same zod schemas that validate. */
export function buildOpenApi(info: OpenApiInfo, routes: readonly Route[]): OpenApiDocument {
  const converter = createSchemaConverter();
  const problemRef = converter.convert(problemDetailsSchema, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const securitySchemes: Record<string, JsonSchema> = {};

  for (const route of routes) {
    const { request = {}, auth } = route;
    const operation: JsonSchema = { summary: route.summary };
    if (route.operationId !== undefined) operation.operationId = route.operationId;
    if (route.description !== undefined) operation.description = route.description;
    if (route.tags !== undefined) operation.tags = [...route.tags];

    // without a body, the example request gives the parameters' values
    const values = { ...(request.body === undefined && isRecord(route.examples?.request) ? route.examples.request : {}), ...route.examples?.params };
    const parameters = [
      ...describeParameters(converter, request.params, 'path', values),
      ...describeParameters(converter, request.query, 'query', values)
    ];
    if (parameters.length > 0) operation.parameters = parameters;
    if (request.body !== undefined) {
      operation.requestBody = {
        required: true,
        content: { [JSON_TYPE]: { schema: converter.convert(request.body, 'input'), ...example(route.examples?.request) } }
      };
    }

    const responses: Record<string, JsonSchema> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      responses[status] =
        schema === null
          ? { description: describeStatus(status) }
          : {
              description: describeStatus(status),
              content: { [route.contentType ?? JSON_TYPE]: { schema: converter.convert(schema, 'output'), ...example(route.examples?.responses[Number(status)]) } }
            };
    }
    for (const status of errorStatuses(route)) {
      responses[status] = {
        description: status === '429' ? describeLimits(route) : describeStatus(status),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemRef } }
      };
    }
    operation.responses = responses;

    if (auth !== undefined) {
      operation.security = [{ [auth.scheme]: [] }];
      securitySchemes[auth.scheme] = { type: 'http', scheme: 'bearer', ...describe(auth.description) };
    }
    (paths[toOpenApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operation;
  }

  const components: JsonSchema = { schemas: converter.components };
  if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes;
  return { openapi: '3.1.0', info: { ...info }, paths, components };
}

/** Failures every route can produce from what it declares, plus the ones it lists. */
function errorStatuses(route: Route): string[] {
  const statuses = new Set<number>((route.errors ?? []).map((error) => (typeof error === 'number' ? error : errorStatus(error))));
  const { request = {} } = route;
  if (request.params !== undefined || request.query !== undefined || request.body !== undefined) statuses.add(400);
  if (route.auth !== undefined) statuses.add(401).add(403);
  if (request.body !== undefined) statuses.add(413).add(415);
  if (route.rateLimit !== undefined || route.auth?.failureLimit !== undefined) statuses.add(429);
  statuses.add(500);
  return [...statuses].sort((a, b) => a - b).map(String);
}

function describeParameters(converter: SchemaConverter, schema: z.ZodType | undefined, where: 'path' | 'query', values: Record<string, unknown>): JsonSchema[] {
  if (schema === undefined) return [];
  let json = converter.convert(schema, 'input');
  const ref = json.$ref;
  // A named params/query schema sits in components; its properties are what is documented
  if (typeof ref === 'string') json = converter.components[ref.split('/').pop() ?? ''] ?? {};
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(json.required) ? json.required : []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
    ...describe(typeof property.description === 'string' ? property.description : undefined),
    ...example(values[name])
  }));
}

/** `Too Many Requests: more than 120 requests per 60 s from one client`, and the like for failures. */
function describeLimits(route: Route): string {
  const limits: string[] = [];
  const { rateLimit, auth } = route;
  if (rateLimit !== undefined) limits.push(`more than ${rateLimit.points} requests per ${rateLimit.durationSeconds} s from one client`);
  const failures = auth?.failureLimit;
  if (failures !== undefined) limits.push(`${failures.points} refused authentications per ${failures.durationSeconds} s from one client`);
  return `${describeStatus(429)}: ${limits.join('; ')} (see Retry-After)`;
}

function describeStatus(status: string | number): string {
  return STATUS_CODES[Number(status)] ?? 'Response';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function example(value: unknown): { example?: unknown } {
  return value === undefined ? {} : { example: value };
}

function describe(description: string | undefined): { description?: string } {
  return description === undefined ? {} : { description };
}
