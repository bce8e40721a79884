import { Hono } from 'hono';
import { z } from 'zod';
import type { RelayDeps } from '../http/deps.js';
import { requireHqUser, type RelayEnv } from '../http/auth.js';
import { ok, parseOrThrow, readJson, RelayError } from '../http/envelope.js';
import { routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';
import { listConnections, saveConnection } from './connections.js';
import { listRefusedOrders } from './marketplace-orders.js';
import { relayMessage, type RelayMessageKey } from '../http/messages.pt-BR.js';
import { recordPlatformEvents } from './platform-events.js';
import { routeWebhookEvents } from './webhook-routing.js';

const connectionSchema = z.object({
  storeId: z.uuid(),
  platform: z.string().trim().toUpperCase(),
  merchantId: z.string().trim().min(1).max(100),
  mode: z.enum(['POLLING', 'WEBHOOK']),
  apiUrl: z.url().optional(),
  credentials: z.object({ clientId: z.string().min(1).max(500), clientSecret: z.string().min(1).max(2000), webhookSecret: z.string().min(1).max(2000).optional() }),
});

const connectionsQuery = z.object({ storeId: z.uuid() });

const webhookPath = (platform: string, connectionId: string) => `/api/v1/marketplaces/${platform.toLowerCase()}/webhook/${connectionId}`;

/**
 * Platform webhooks (one URL per connection, so the signature is checked with that store's secret
 * before the body is even parsed; each event then goes to its merchant's connection, see
 * `routeWebhookEvents`) and the HQ endpoints that connect a store to a platform.
 */
export function marketplaceRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const routes = new Hono<RelayEnv>();
  const { marketplaces } = deps;

  routes.post('/marketplaces/:platform/webhook/:connectionId', routeDoc({ tag: 'marketplaces', summary: 'A platform\'s event delivery for one store connection, signature checked before the body is parsed', status: 202, security: [], errors: { 400: ['INVALID_EVENT'], 401: ['INVALID_SIGNATURE'], 404: ['MARKETPLACE_CONNECTION_NOT_FOUND'] }, response: () => import('./answers.js').then((a) => a.webhookReceivedAnswer) }), async (c) => {
    const connector = marketplaces.connectors.get(c.req.param('platform').toUpperCase());
    const connectionId = c.req.param('connectionId');
    const loaded = connector && z.uuid().safeParse(connectionId).success ? await marketplaces.sessions.load(connectionId) : null;
    if (!connector || !loaded || loaded.connection.platform !== connector.platform) {
      throw new RelayError('MARKETPLACE_CONNECTION_NOT_FOUND', 404);
    }
    const rawBody = Buffer.from(await c.req.arrayBuffer());
    if (!connector.verifyWebhook(rawBody, c.req.raw.headers, loaded.credentials)) {
      throw new RelayError('INVALID_SIGNATURE', 401);
    }
    let events;
    try {
      events = connector.parseWebhook(rawBody);
    } catch {
      throw new RelayError('INVALID_EVENT', 400, { messageKey: 'MARKETPLACE_INVALID_EVENT' });
    }
    const routed = await routeWebhookEvents(marketplaces.sessions, loaded.connection, events, (credentials) => connector.verifyWebhook(rawBody, c.req.raw.headers, credentials));
    for (const event of routed.unrouted) {
      deps.logger.warn({ platform: connector.platform, connectionId, merchantId: event.merchantId, eventId: event.id, platformOrderId: event.platformOrderId }, 'marketplace webhook event of a merchant with no connection at this app signed alike: dropped');
    }
    const fresh = await deps.db.transaction().execute(async (trx) => {
      let stored = 0;
      for (const group of routed.byConnection.values()) stored += await recordPlatformEvents(trx, group.connection, group.events);
      return stored;
    });
    if (fresh > 0) marketplaces.worker.wake();
    return ok(c, { received: events.length, new: fresh }, {}, 202);
  });

  routes.put('/marketplace-connections', routeDoc({ tag: 'marketplaces', summary: 'Connect a store to a platform (credentials stored sealed)', body: connectionSchema, errors: { 400: ['MARKETPLACE_PLATFORM_UNKNOWN'], 409: ['MARKETPLACE_MERCHANT_TAKEN'] }, response: () => import('./answers.js').then((a) => a.savedConnectionAnswer) }), requireHqUser(deps.db, ['HQ_ADMIN']), async (c) => {
    const input = parseOrThrow(connectionSchema, await readJson(c));
    if (!marketplaces.connectors.has(input.platform)) {
      throw new RelayError('MARKETPLACE_PLATFORM_UNKNOWN', 400, { params: { platform: input.platform } });
    }
    const connection = await saveConnection(deps.db, marketplaces.vault, input);
    if (connection.mode === 'POLLING') marketplaces.worker.wake();
    return ok(c, { connection, webhookPath: webhookPath(connection.platform, connection.id) });
  });

  routes.get('/marketplace-connections', routeDoc({ tag: 'marketplaces', summary: 'A store\'s platform connections and their webhook paths', query: connectionsQuery, response: () => import('./answers.js').then((a) => a.connectionsAnswer) }), requireHqUser(deps.db), async (c) => {
    const storeId = parseOrThrow(connectionsQuery, c.req.query()).storeId;
    const connections = await listConnections(deps.db, storeId);
    return ok(c, connections.map((connection) => ({ ...connection, webhookPath: webhookPath(connection.platform, connection.id) })));
  });

  routes.get('/marketplace-connections/unreadable-orders', routeDoc({ tag: 'marketplaces', summary: 'A store\'s platform orders refused at the platform because the relay could not read their details', query: connectionsQuery, response: () => import('./answers.js').then((a) => a.unreadableOrdersAnswer) }), requireHqUser(deps.db), async (c) => {
    const storeId = parseOrThrow(connectionsQuery, c.req.query()).storeId;
    const messageKey: RelayMessageKey = 'MARKETPLACE_ORDER_UNREADABLE';
    const refused = await listRefusedOrders(deps.db, storeId);
    return ok(c, refused.map((order) => ({ ...order, message: relayMessage(messageKey, { platformOrderId: order.platformOrderId, platform: order.platform }) })));
  });

  return routes;
}
