import type { Hono } from 'hono';
import { z } from 'zod';
import { documentedRoutes, openApiPath } from '../../appliance/contract/api/openapi/build-document.js';
import type { RouteDoc } from '../../appliance/contract/api/openapi/route-doc.js';

/**
 * Envelope routes still answering "any JSON": the list only shrinks. The check fails on a new route
 * without a response schema, and on a listed route that gained one (take it off the list). Routes
 * that answer no envelope (files, pages, streams, redirects) declare `produces` or a 204/302/303
 * status and need no schema.
 */
export const ROUTES_AWAITING_RESPONSE_SCHEMA: readonly string[] = [
  'DELETE /api/v1/hardware/{id}',
  'GET /api/v1/audit',
  'GET /api/v1/auth/me',
  'GET /api/v1/categories',
  'GET /api/v1/devices/{id}/weight',
  'GET /api/v1/fiscal/backlog',
  'GET /api/v1/fiscal/documents',
  'GET /api/v1/fiscal/documents/{id}',
  'GET /api/v1/fiscal/documents/{id}/danfe',
  'GET /api/v1/fiscal/status',
  'GET /api/v1/hardware',
  'GET /api/v1/hardware/usb',
  'GET /api/v1/hardware/{id}',
  'GET /api/v1/hardware/{id}/virtual/display',
  'GET /api/v1/integrations/api-keys',
  'GET /api/v1/integrations/api-keys/{id}/calls',
  'GET /api/v1/journal',
  'GET /api/v1/marketplace/orders',
  'GET /api/v1/marketplace/orders/{id}',
  'GET /api/v1/marketplace/settings/auto-accept',
  'GET /api/v1/tabs/{id}',
  'GET /health',
  'POST /api/v1/auth/change-password',
  'POST /api/v1/auth/logout',
  'POST /api/v1/customers/pii-keys/rotate',
  'POST /api/v1/customers/{id}/data-requests',
  'POST /api/v1/fiscal/backlog/{orderId}/waive',
  'POST /api/v1/fiscal/documents/{id}/cancel',
  'POST /api/v1/fiscal/documents/{id}/inutilize',
  'POST /api/v1/fiscal/transmit',
  'POST /api/v1/hardware',
  'POST /api/v1/hardware/{id}/virtual/scan',
  'POST /api/v1/hardware/{id}/virtual/weight',
  'POST /api/v1/integrations/api-keys',
  'POST /api/v1/integrations/api-keys/{id}/revoke',
  'POST /api/v1/marketplace/orders/{id}/accept',
  'POST /api/v1/orders/{id}/fiscal/nfe',
  'POST /api/v1/payments/webhooks/{gateway}',
  'POST /api/v1/stock/availability',
  'POST /api/v1/stock/counts',
  'POST /api/v1/stock/movements',
  'POST /api/v1/tables/{id}/tab',
  'POST /api/v1/tabs/{id}/close',
  'POST /api/v1/tabs/{id}/merge',
  'POST /api/v1/tabs/{id}/request-bill',
  'POST /api/v1/tabs/{id}/rounds',
  'POST /api/v1/tabs/{id}/split',
  'POST /api/v1/tabs/{id}/transfer',
  'POST /api/v1/tabs/{id}/transfer-items',
  'PUT /api/v1/marketplace/mappings',
  'PUT /api/v1/marketplace/settings/auto-accept',
  'PUT /api/v1/stock/recipes/{productId}',
];

const answersEnvelope = (doc: RouteDoc) => !doc.produces && ![204, 302, 303].includes(doc.status ?? 200);

/** `METHOD /path` of every envelope route that does not declare what its `data` is. */
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
  for (const { path, doc } of ordered) {
    const schema = await doc.response?.();
    const url = path.includes(':') ? firstItemPath(path, lists) : path;
    if (!url || !schema) continue;
    const response = await app.request(url, { headers: { authorization } });
    if (!response.ok) continue;
    const { data } = (await response.json()) as { data: unknown };
    lists.set(path, data);
    report.checked.push(`GET ${path}`);
    const parsed = (doc.paged ? z.array(schema) : schema).safeParse(data);
    if (!parsed.success) report.mismatches.push(`GET ${path}: ${z.prettifyError(parsed.error).slice(0, 600)}`);
  }
  return report;
}
