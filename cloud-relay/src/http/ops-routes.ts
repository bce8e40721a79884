import crypto from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { RelayDeps } from './deps.js';
import type { RelayEnv } from './auth.js';
import { RelayError } from './envelope.js';
import { guarded, routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

function remoteAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Called without a Node socket (app.fetch in a test): not loopback.
    return undefined;
  }
}

/**
 * Who may scrape `/metrics`. The page names every store and its lag, so it is not public:
 * - with RELAY_METRICS_TOKEN set, the scraper sends it as a bearer token (Prometheus
 *   `authorization: {credentials: …}`), from anywhere — the way to scrape a relay behind a load balancer;
 * - without it, only a scraper on the relay's own host is answered: the peer is a loopback address
 *   and the request was not forwarded by a proxy (a local reverse proxy would make every outside
 *   request look local, so `X-Forwarded-For`/`Forwarded` are refused).
 */
export function requireMetricsAccess(token: string | undefined): MiddlewareHandler<RelayEnv> {
  return guarded<MiddlewareHandler<RelayEnv>>(
    async (c, next) => {
      if (token) {
        const header = c.req.header('authorization');
        const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
        if (!given || !sameSecret(given, token)) throw new RelayError('UNAUTHENTICATED', 401, { messageKey: 'METRICS_TOKEN_REQUIRED' });
      } else {
        const forwarded = c.req.header('x-forwarded-for') ?? c.req.header('forwarded');
        const address = remoteAddress(c);
        if (forwarded || !address || !LOOPBACK.test(address)) throw new RelayError('FORBIDDEN', 403, { messageKey: 'METRICS_LOOPBACK_ONLY' });
      }
      await next();
    },
    { security: [{ metricsToken: [] }], errors: { 401: ['UNAUTHENTICATED'], 403: ['FORBIDDEN'] } },
  );
}

/**
 * While the relay stops: every request still arriving on an open keep-alive connection is answered
 * 503 `RELAY_SHUTTING_DOWN` with Retry-After (a load balancer moves on to another node, a store
 * retries), and every answer asks the client to close its connection (docs/relay.md, "Stopping").
 * Handlers are counted so the stop closes the pool only once none is left (a handler whose
 * connection was closed under it may still be in its transaction).
 */
export function drainGate(deps: Pick<RelayDeps, 'ops'>): MiddlewareHandler<RelayEnv> {
  const { ops } = deps;
  return async (c, next) => {
    if (ops.stopping.aborted) {
      c.header('Connection', 'close');
      throw new RelayError('RELAY_SHUTTING_DOWN', 503, { retryAfterSeconds: 1 });
    }
    ops.handlers.enter();
    try {
      await next();
    } finally {
      ops.handlers.leave();
    }
    if (ops.stopping.aborted) c.header('Connection', 'close');
  };
}

/** `GET /metrics`: the Prometheus text exposition of this node (docs/relay.md, "Metrics"). */
export function opsRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const routes = new Hono<RelayEnv>();
  const doc = routeDoc({ tag: 'system', summary: 'Prometheus metrics of this relay node (text exposition format)', produces: 'text/plain' });
  routes.get('/metrics', doc, requireMetricsAccess(deps.ops.metricsToken), async (c) => {
    const registry = deps.ops.metrics.registry;
    const body = await registry.metrics();
    c.header('Content-Type', registry.contentType);
    return c.body(body);
  });
  return routes;
}
