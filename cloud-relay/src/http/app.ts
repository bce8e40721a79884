import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { RelayDeps } from './deps.js';
import type { RelayEnv } from './auth.js';
import { fail, ok, RelayError } from './envelope.js';
import { relayMessage } from './messages.pt-BR.js';
import { hqApiRoutes } from './hq-api-routes.js';
import { drainGate, opsRoutes } from './ops-routes.js';
import { storeSyncRoutes } from './store-sync-routes.js';
import { portalRoutes } from '../portal/portal-routes.js';
import { marketplaceRoutes } from '../marketplaces/routes.js';
import { chatRoutes, META_WEBHOOK_PATH } from '../chat/routes.js';
import { KiB, limitRequestBodies, MiB } from './body-limits.js';
import { MAX_INFLATED_BYTES } from './inflate.js';
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
  // No page or answer of the relay is shown inside another site's frame: a sibling subdomain is
  // same-site, so the SameSite=Lax cookie would go along into an invisible frame of the portal and
  // an admin's click there would post the portal's own form (clickjacking). The rest of hono's
  // defaults (nosniff, no referrer, HSTS behind HTTPS...) cost nothing.
  app.use('*', secureHeaders({ xFrameOptions: 'DENY', contentSecurityPolicy: { frameAncestors: ["'none'"] } }));
  limitRequestBodies(
    app,
    [
      // A store's journal upload: a batch is taken up to the size it may inflate to, gzip or not.
      { paths: ['/api/v1/stores/:storeId/events'], maxBytes: MAX_INFLATED_BYTES },
      // Anyone on the internet reaches these without a credential; Meta's and the platforms'
      // deliveries, a login and an enrollment code are a few KB.
      { paths: [META_WEBHOOK_PATH, '/api/v1/marketplaces/:platform/webhook/:connectionId', '/api/v1/auth/login', '/api/v1/enroll', '/login'], maxBytes: MiB },
    ],
    // HQ's JSON and the portal's forms: a catalog change naming a few thousand stores fits.
    256 * KiB,
  );
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
