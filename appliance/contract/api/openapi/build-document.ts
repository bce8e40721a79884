import type { Hono } from 'hono';
import { findTargetHandler } from 'hono/utils/handler';
import { z } from 'zod';
import { ROUTE_DOC, ROUTE_GUARD, type RouteDoc, type RouteGuard } from './route-doc.js';
import { ERROR_ENVELOPE, PAGE_METADATA, successEnvelope } from './envelope-schemas.js';

export const DOCUMENTED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

export interface DocumentOptions {
  info: { title: string; version: string; description: string };
  securitySchemes: Record<string, JsonSchema>;
  /** Errors any route may answer regardless of its own (`500 INTERNAL_ERROR`, `503 SHUTTING_DOWN`). */
  commonErrors: Partial<Record<number, readonly string[]>>;
  /** Errors of a route that parses a body (`415`, `413`, malformed JSON), added to those that do. */
  bodyErrors: Partial<Record<number, readonly string[]>>;
  /** Header parameters every POST takes (`Idempotency-Key`). */
  postHeaders: Operation[];
  /** Tags in reading order, with a line each. */
  tags: Array<{ name: string; description: string }>;
}

export interface MountedRoute {
  method: string;
  /** Hono's spelling, `/orders/:id`. */
  path: string;
}

/** Every method+path a Hono app answers (middleware wildcards and `ALL` left out). */
export function mountedRoutes(app: Hono<any>): MountedRoute[] {
  const seen = new Map<string, MountedRoute>();
  for (const route of app.routes) {
    if (!(DOCUMENTED_METHODS as readonly string[]).includes(route.method) || route.path.includes('*')) continue;
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

/** `/orders/:id/items/:itemId` → `/orders/{id}/items/{itemId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}');
}

function toJson(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(where: 'path' | 'query', schema: z.ZodType | undefined, names: string[]): Operation[] {
  const json = schema ? toJson(schema, 'input') : { properties: {}, required: [] };
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  const all = where === 'path' ? names : Object.keys(properties);
  return all.map((name) => {
    const { description, ...property } = properties[name] ?? { type: 'string' };
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: property };
  });
}

function operationId(method: string, path: string, taken: Set<string>): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .filter((_segment, i, all) => !(all[0] === 'api' && all[1] === 'v1' && i < 2))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  const base = method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

function mergeErrors(into: Map<number, Set<string>>, errors: Partial<Record<number, readonly string[]>> | undefined): void {
  for (const [status, codes] of Object.entries(errors ?? {})) {
    const set = into.get(Number(status)) ?? new Set<string>();
    for (const code of codes ?? []) set.add(code);
    into.set(Number(status), set);
  }
}

function successResponse(doc: RouteDoc, answer: z.ZodType | undefined): [string, Operation] {
  const status = String(doc.status ?? 200);
  if (doc.status === 204) return [status, { description: 'No content' }];
  if (doc.status === 302 || doc.status === 303) return [status, { description: 'Redirect' }];
  if (doc.produces) return [status, { description: 'OK', content: { [doc.produces]: { schema: doc.produces.includes('json') ? { type: 'object' } : { type: 'string' } } } }];
  const data = answer ? toJson(answer, 'output') : {};
  return [status, { description: 'OK', content: { 'application/json': { schema: successEnvelope(data, doc.paged === true) } } }];
}

function buildOperation(route: MountedRoute, doc: RouteDoc, answer: z.ZodType | undefined, guards: RouteGuard[], options: DocumentOptions, ids: Set<string>): Operation {
  const pathNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const parameters = [
    ...parametersOf('path', doc.params, pathNames),
    ...(doc.query ? parametersOf('query', doc.query, []) : []),
    ...(route.method === 'POST' && !doc.produces ? options.postHeaders : []),
  ];
  const errors = new Map<number, Set<string>>();
  // Path parameters are length-checked even where no schema is declared (readParam).
  if (pathNames.length > 0 || doc.query || doc.body) mergeErrors(errors, { 400: ['VALIDATION_FAILED'] });
  if (doc.body) mergeErrors(errors, options.bodyErrors);
  for (const guard of guards) mergeErrors(errors, guard.errors);
  mergeErrors(errors, doc.errors);
  mergeErrors(errors, options.commonErrors);
  const [successStatus, success] = successResponse(doc, answer);
  const responses: Record<string, unknown> = { [successStatus]: success };
  for (const [status, codes] of [...errors].sort(([a], [b]) => a - b)) {
    // A 3.1 reference may carry its own description: the codes of this route, one shared response body.
    responses[String(status)] = { $ref: '#/components/responses/Error', description: [...codes].join(', ') || 'Error' };
  }
  let security = doc.security ?? guards.flatMap((guard) => guard.security);
  if (doc.managerOverride) security = [...security, ...security.map((requirement) => ({ ...requirement, managerOverride: [] }))];
  const permission = guards.find((guard) => guard.permission)?.permission;
  const roles = guards.find((guard) => guard.roles)?.roles;
  const body = doc.body ? toJson(doc.body, 'input') : undefined;
  const form = doc.form ? toJson(doc.form, 'input') : undefined;
  const requestBody = body
    ? { required: ((body.required as string[] | undefined) ?? []).length > 0, content: { 'application/json': { schema: body } } }
    : form && { required: true, content: { 'application/x-www-form-urlencoded': { schema: form } } };
  return {
    operationId: operationId(route.method, route.path, ids),
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [doc.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
    security,
    ...(permission ? { 'x-permission': permission } : {}),
    ...(roles ? { 'x-roles': roles } : {}),
  };
}

function routeMarkers(app: Hono<any>) {
  const markers = new Map<string, { doc?: RouteDoc; guards: RouteGuard[] }>();
  // Guards mounted with `use('/prefix/*', guard)` protect every route under the prefix.
  const prefixGuards: Array<{ prefix: string; guard: RouteGuard }> = [];
  for (const route of app.routes) {
    const handler = findTargetHandler(route.handler) as unknown as Partial<Record<symbol, unknown>>;
    if (route.path.endsWith('/*') && handler[ROUTE_GUARD]) prefixGuards.push({ prefix: route.path.slice(0, -1), guard: handler[ROUTE_GUARD] as RouteGuard });
    const key = `${route.method} ${route.path}`;
    const entry = markers.get(key) ?? { guards: [] };
    if (handler[ROUTE_DOC]) entry.doc = handler[ROUTE_DOC] as RouteDoc;
    if (handler[ROUTE_GUARD]) entry.guards.push(handler[ROUTE_GUARD] as RouteGuard);
    markers.set(key, entry);
  }
  return { markers, prefixGuards };
}

/** Every mounted route with the `routeDoc` it carries. */
export function documentedRoutes(app: Hono<any>): Array<MountedRoute & { doc: RouteDoc }> {
  const { markers } = routeMarkers(app);
  return mountedRoutes(app).flatMap((route) => {
    const doc = markers.get(`${route.method} ${route.path}`)?.doc;
    return doc ? [{ ...route, doc }] : [];
  });
}

/**
 * A recursive answer (a tree) is converted with its named parts under `$defs`, which a schema inside
 * an OpenAPI document cannot reach by `#/$defs/…`: they move to `components.schemas` and the
 * references follow. Recursive schemas carry `.meta({ id })`, so their names are stable.
 */
function hoistDefinitions(node: unknown, schemas: Record<string, unknown>): void {
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  if (typeof object.$ref === 'string' && object.$ref.startsWith('#/$defs/')) object.$ref = `#/components/schemas/${object.$ref.slice('#/$defs/'.length)}`;
  if (object.$defs && typeof object.$defs === 'object') {
    Object.assign(schemas, object.$defs);
    delete object.$defs;
  }
  for (const value of Object.values(object)) hoistDefinitions(value, schemas);
}

/**
 * The OpenAPI 3.1 document of a Hono app, from the `routeDoc` and guard markers its routes carry.
 * A mounted route without a `routeDoc` is left out, which the route-coverage tests catch.
 */
export async function buildOpenApiDocument(app: Hono<any>, options: DocumentOptions): Promise<Record<string, unknown>> {
  const { markers, prefixGuards } = routeMarkers(app);
  // The answer schemas are loaded now, not at start-up (see AnswerSchema).
  const answers = new Map<RouteDoc, z.ZodType>();
  await Promise.all(
    [...markers.values()].map(async ({ doc }) => {
      if (doc?.response) answers.set(doc, await doc.response());
    }),
  );
  const ids = new Set<string>();
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of mountedRoutes(app)) {
    const entry = markers.get(`${route.method} ${route.path}`);
    if (!entry?.doc) continue;
    const path = openApiPath(route.path);
    paths[path] ??= {};
    const guards = [...prefixGuards.filter(({ prefix }) => route.path.startsWith(prefix)).map(({ guard }) => guard), ...entry.guards];
    paths[path][route.method.toLowerCase()] = buildOperation(route, entry.doc, answers.get(entry.doc), guards, options, ids);
  }
  const definitions: Record<string, unknown> = {};
  hoistDefinitions(paths, definitions);
  hoistDefinitions(definitions, definitions);
  return {
    openapi: '3.1.0',
    info: options.info,
    tags: options.tags,
    paths,
    components: {
      securitySchemes: options.securitySchemes,
      schemas: { ErrorEnvelope: ERROR_ENVELOPE, PageMetadata: PAGE_METADATA, ...definitions },
      responses: { Error: { description: 'The error envelope', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } } },
    },
  };
}
