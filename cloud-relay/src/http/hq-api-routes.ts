import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { RelayDeps } from './deps.js';
import { requireHqUser, SESSION_COOKIE, sessionCookieOptions, type RelayEnv } from './auth.js';
import { ok, parseOrThrow, readJson } from './envelope.js';
import { changeProduct, listConfigurationPushes, pushConfiguration } from '../downstream/catalog-changes.js';
import { hqSettingPushSchema } from '../downstream/hq-settings.js';
import { createHqUser, listHqUsers, login, logout } from '../hq/users.js';
import { listProducts } from '../hq/catalog-queries.js';
import { salesQuerySchema, salesReport } from '../reports/sales-report.js';
import { listZReports } from '../reports/z-reports.js';
import { createStore, enrollStore, getStore, listStores, renewEnrollmentCode } from '../stores/store-service.js';

const storeInputSchema = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, 'Use letras, dígitos, - e _'),
  name: z.string().trim().min(1).max(120),
  timeZone: z.string().refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'Fuso horário desconhecido').optional(),
});

const productChangeSchema = z.object({
  storeIds: z.array(z.uuid()).min(1),
  priceCents: z.number().int().nonnegative().optional(),
  active: z.boolean().optional(),
});

const userInputSchema = z.object({
  username: z.string().trim().min(3).max(60).regex(/^[a-z0-9._-]+$/, 'Use letras minúsculas, dígitos, . _ -'),
  displayName: z.string().trim().min(1).max(120),
  password: z.string().min(8),
  role: z.enum(['HQ_ADMIN', 'HQ_ANALYST']),
});

/** JSON API for HQ users (the portal uses the same services) and the public enrollment exchange. */
export function hqApiRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const { db } = deps;
  const routes = new Hono<RelayEnv>();
  const anyHq = requireHqUser(db);
  const adminOnly = requireHqUser(db, ['HQ_ADMIN']);

  routes.post('/auth/login', async (c) => {
    const body = parseOrThrow(z.object({ username: z.string().min(1), password: z.string().min(1) }), await readJson(c));
    const session = await login(db, body.username, body.password);
    setCookie(c, SESSION_COOKIE, session.token, sessionCookieOptions(c));
    return ok(c, session);
  });
  routes.post('/auth/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return ok(c, { loggedOut: true });
  });

  routes.post('/enroll', async (c) => {
    const body = parseOrThrow(z.object({ code: z.string().min(4).max(40) }), await readJson(c));
    return ok(c, await enrollStore(db, body.code), {}, 201);
  });

  routes.get('/stores', anyHq, async (c) => ok(c, await listStores(db, deps.config.storeOfflineAfterSeconds)));
  routes.post('/stores', adminOnly, async (c) => {
    const input = parseOrThrow(storeInputSchema, await readJson(c));
    return ok(c, await createStore(db, input), {}, 201);
  });
  routes.get('/stores/:storeId', anyHq, async (c) =>
    ok(c, await getStore(db, parseOrThrow(z.uuid(), c.req.param('storeId')), deps.config.storeOfflineAfterSeconds)),
  );
  routes.post('/stores/:storeId/enrollment-code', adminOnly, async (c) =>
    ok(c, { enrollmentCode: await renewEnrollmentCode(db, parseOrThrow(z.uuid(), c.req.param('storeId'))) }, {}, 201),
  );

  routes.get('/reports/sales', anyHq, async (c) => {
    const report = await salesReport(db, parseOrThrow(salesQuerySchema, c.req.query()));
    return ok(c, report, { currency: 'BRL', amounts: 'centavos' });
  });
  routes.get('/reports/z', anyHq, async (c) => {
    const filter = parseOrThrow(z.object({ storeId: z.uuid().optional(), from: z.string().optional(), to: z.string().optional() }), c.req.query());
    return ok(c, await listZReports(db, filter));
  });

  routes.get('/catalog/products', anyHq, async (c) => ok(c, await listProducts(db)));
  routes.post('/catalog/products/:productId/changes', adminOnly, async (c) => {
    const change = parseOrThrow(productChangeSchema, await readJson(c));
    const queued = await changeProduct(db, deps.downstream, { ...change, productId: c.req.param('productId') }, c.get('hqUser').id);
    return ok(c, { queued }, {}, 202);
  });
  routes.post('/configurations', adminOnly, async (c) => {
    const input = parseOrThrow(hqSettingPushSchema, await readJson(c));
    return ok(c, { queued: await pushConfiguration(db, deps.downstream, input, c.get('hqUser').id) }, {}, 202);
  });
  routes.get('/configurations', anyHq, async (c) => {
    const filter = parseOrThrow(z.object({ storeId: z.uuid().optional() }), c.req.query());
    return ok(c, await listConfigurationPushes(db, filter.storeId));
  });

  routes.get('/hq-users', adminOnly, async (c) => ok(c, await listHqUsers(db)));
  routes.post('/hq-users', adminOnly, async (c) => ok(c, await createHqUser(db, parseOrThrow(userInputSchema, await readJson(c))), {}, 201));

  return routes;
}
