import { Hono } from 'hono';
import type { RelayDeps } from './deps.js';
import type { RelayEnv } from './auth.js';
import { fail, ok, RelayError } from './envelope.js';
import { relayMessage } from './messages.pt-BR.js';
import { hqApiRoutes } from './hq-api-routes.js';
import { drainGate, opsRoutes } from './ops-routes.js';
import { storeSyncRoutes } from './store-sync-routes.js';
import { portalRoutes } from '../portal/portal-routes.js';
import { marketplaceRoutes } from '../marketplaces/routes.js';
import { chatRoutes } from '../chat/routes.js';
import { routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';
import { serveOpenApi } from '../../../appliance/contract/api/openapi/serve.js';

export function createRelayApp(deps: RelayDeps): Hono<RelayEnv> {
  const app = new Hono<RelayEnv>();

  app.onError((error, c) => {
    if (error instanceof RelayError) {
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return fail(c, error.code, error.status, error.message, error.details);
    }
    deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return fail(c, 'INTERNAL_ERROR', 500, relayMessage('INTERNAL_ERROR'));
  });
  app.notFound((c) => fail(c, 'NOT_FOUND', 404, relayMessage('NOT_FOUND', { method: c.req.method, path: c.req.path })));

  app.use('*', drainGate(deps));
  app.get('/health', routeDoc({ tag: 'system', summary: 'Relay health (database reachable)', security: [], response: () => import('./answers.js').then((a) => a.healthAnswer) }), async (c) => {
    await deps.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return ok(c, { status: 'ok' });
  });
  app.route('/', opsRoutes(deps));
  // Before the store routes: platforms call in without a store credential.
  app.route('/api/v1', marketplaceRoutes(deps));
  app.route('/api/v1', chatRoutes(deps));
  app.route('/api/v1', storeSyncRoutes(deps));
  app.route('/api/v1', hqApiRoutes(deps));
  app.route('/', portalRoutes(deps));
  serveOpenApi(app, async () => (await import('./openapi-document.js')).RELAY_OPENAPI);
  return app;
}
