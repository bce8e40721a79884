import type { Hono } from 'hono';
import { z } from 'zod';
import { documentedRoutes, type MountedRoute, openApiPath } from '../../appliance/contract/api/openapi/build-document.js';
import type { RouteDoc } from '../../appliance/contract/api/openapi/route-doc.js';

const answersEnvelope = (doc: RouteDoc) => !doc.produces && ![204, 302, 303].includes(doc.status ?? 200);

/**
 * `METHOD /path` of every envelope route that does not declare what its `data` is. Routes that
 * answer no envelope (files, pages, streams, redirects) declare `produces` or a 204/302/303 status
 * and need no schema.
 */
export function routesWithoutResponseSchema(app: Hono<any>): string[] {
  return documentedRoutes(app)
    .filter(({ doc }) => answersEnvelope(doc) && !doc.response)
    .map(({ method, path }) => `${method} ${openApiPath(path)}`)
    .sort();
}

export interface ConformanceReport {
  /** Routes whose real answer was checked against their schema. */
  checked: string[];
  /** `METHOD /path: the first mismatches`, for answers their schema refuses. */
  mismatches: string[];
}

/** `/products/:id` of a list `/products` that answered items: the path of its first item. */
function firstItemPath(path: string, lists: Map<string, unknown>): string | null {
  const match = /^(.*)\/:(\w+)$/.exec(path);
  const items = match ? lists.get(match[1]) : undefined;
  const first = Array.isArray(items) ? (items[0] as { id?: unknown } | undefined) : undefined;
  return match && typeof first?.id === 'string' ? `${match[1]}/${encodeURIComponent(first.id)}` : null;
}

/** Paths of the fields in `real` that parsing dropped: an object schema strips what it does not declare. */
function undeclaredFields(real: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(real) && Array.isArray(parsed)) return real.flatMap((item, i) => undeclaredFields(item, parsed[i], `${at}[${i}]`));
  if (!real || typeof real !== 'object' || !parsed || typeof parsed !== 'object') return [];
  const kept = parsed as Record<string, unknown>;
  return Object.entries(real).flatMap(([key, value]) => (key in kept ? undeclaredFields(value, kept[key], `${at}.${key}`) : [`${at}.${key}`]));
}

/** Parses a real answer's `data` with the route's declared schema; a refusal or an undeclared field is a mismatch. */
export async function checkAnswer(route: MountedRoute & { doc: RouteDoc }, data: unknown, report: ConformanceReport): Promise<void> {
  const schema = await route.doc.response?.();
  if (!schema) return;
  const name = `${route.method} ${route.path}`;
  report.checked.push(name);
  const parsed = (route.doc.paged ? z.array(schema) : schema).safeParse(data);
  if (!parsed.success) report.mismatches.push(`${name}: ${z.prettifyError(parsed.error).slice(0, 600)}`);
  else {
    const undeclared = undeclaredFields(data, parsed.data).slice(0, 5);
    if (undeclared.length > 0) report.mismatches.push(`${name}: answers fields its schema does not declare: ${undeclared.join(', ')}`);
  }
}

/**
 * Calls every documented GET without path parameters, and each `/list/:id` with the first item the
 * list answered, as `authorization`; parses each successful answer's `data` with the route's
 * declared schema, so a schema that lies about a real answer fails.
 */
export async function checkGetAnswers(app: Hono<any>, authorization: string): Promise<ConformanceReport> {
  const report: ConformanceReport = { checked: [], mismatches: [] };
  const lists = new Map<string, unknown>();
  const gets = documentedRoutes(app).filter(({ method, doc }) => method === 'GET' && doc.response && answersEnvelope(doc));
  // Lists first, so their items' routes have an id to ask for.
  const ordered = [...gets.filter(({ path }) => !path.includes(':')), ...gets.filter(({ path }) => path.includes(':'))];
  for (const route of ordered) {
    const url = route.path.includes(':') ? firstItemPath(route.path, lists) : route.path;
    if (!url) continue;
    const response = await app.request(url, { headers: { authorization } });
    if (!response.ok) continue;
    const { data } = (await response.json()) as { data: unknown };
    lists.set(route.path, data);
    await checkAnswer(route, data, report);
  }
  return report;
}

/** The documented route a request reaches: the first registered whose pattern matches (Hono's order). */
function routeOf(routes: Array<MountedRoute & { doc: RouteDoc }>, method: string, url: string) {
  const path = new URL(url, 'http://store.invalid').pathname;
  const pattern = (honoPath: string) => new RegExp(`^${honoPath.replace(/:\w+/g, '[^/]+')}$`);
  const route = routes.find((candidate) => candidate.method === method && pattern(candidate.path).test(path));
  if (!route) throw new Error(`no documented route answers ${method} ${path}`);
  return route;
}

/** Calls a route (as the caller's `authorization` unless `as` names another) and resolves to the answer's `data`. */
export type CheckedCall = <T = any>(method: string, url: string, body?: unknown, as?: string) => Promise<T>;

/**
 * Calls the app as `authorization` and checks each answer against the schema of the route that
 * answered it: `call` resolves to the answer's `data`, and throws on a refusal (the scenario is wrong).
 */
export function checkedCaller(app: Hono<any>, authorization: string): { call: CheckedCall; report: ConformanceReport } {
  const routes = documentedRoutes(app);
  const report: ConformanceReport = { checked: [], mismatches: [] };
  const call: CheckedCall = async <T = any>(method: string, url: string, body?: unknown, as = authorization): Promise<T> => {
    const headers = { authorization: as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const response = await app.request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const envelope = (await response.json()) as { data: T; error: unknown };
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(envelope.error)}`);
    await checkAnswer(routeOf(routes, method, url), envelope.data, report);
    return envelope.data;
  };
  return { call, report };
}
