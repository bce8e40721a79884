import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { RelayDeps } from './deps.js';
import { cookieFromOwnPages, fromOwnPages, requireHqUser, SESSION_COOKIE, sessionCookieOptions, sessionTokenOf, type RelayEnv } from './auth.js';
import { ok, parseOrThrow, readJson } from './envelope.js';
import { changeProduct, listConfigurationPushes, pushConfiguration } from '../downstream/catalog-changes.js';
import { hqSettingPushSchema } from '../downstream/hq-settings.js';
import { createHqUser, deactivateHqUser, hqUserInputSchema, listHqUsers, login, logout } from '../hq/users.js';
import { listProducts } from '../hq/catalog-queries.js';
import { salesQuerySchema, salesReport } from '../reports/sales-report.js';
import { listZReports, zReportQuerySchema } from '../reports/z-reports.js';
import { createStore, enrollStore, getStore, listStores, renewEnrollmentCode } from '../stores/store-service.js';
import { storeInputSchema } from './store-input.js';
import { routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';
import { MAX_PUSHED_PRICE_CENTS } from '../../../appliance/contract/downstream.js';

const productChangeSchema = z.object({
  storeIds: z.array(z.uuid()).min(1),
  // A store refuses a unit price above this (it would ignore the push): HQ refuses it here, where it is typed.
  priceCents: z.number().int().nonnegative().max(MAX_PUSHED_PRICE_CENTS).optional(),
  active: z.boolean().optional(),
});

const loginSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });
const enrollSchema = z.object({ code: z.string().min(4).max(40) });
const storeIdParam = z.uuid();
const storeParams = z.object({ storeId: storeIdParam });
const configurationsQuerySchema = z.object({ storeId: z.uuid().optional() });

/** JSON API for HQ users (the portal uses the same services) and the public enrollment exchange. */
export function hqApiRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const { db, reportsDb } = deps;
  const routes = new Hono<RelayEnv>();
  const anyHq = requireHqUser(db);
  const adminOnly = requireHqUser(db, ['HQ_ADMIN']);

  routes.post('/auth/login', routeDoc({ tag: 'hq', summary: 'HQ login: the session token (also set as the session cookie)', body: loginSchema, security: [], errors: { 401: ['INVALID_CREDENTIALS'], 403: ['CROSS_SITE_FORM'], 429: ['HQ_LOGIN_LOCKED'] }, response: () => import('./answers.js').then((a) => a.hqSessionAnswer) }), fromOwnPages, async (c) => {
    const body = parseOrThrow(loginSchema, await readJson(c));
    const session = await login(db, body.username, body.password);
    setCookie(c, SESSION_COOKIE, session.token, sessionCookieOptions(c));
    return ok(c, session);
  });
  routes.post('/auth/logout', routeDoc({ tag: 'hq', summary: 'End the HQ session of the cookie or the bearer token', security: [{ hqSession: [] }, { hqBearer: [] }], errors: { 403: ['CROSS_SITE_FORM'] }, response: () => import('./answers.js').then((a) => a.loggedOutAnswer) }), cookieFromOwnPages, async (c) => {
    // A token an API client holds as a bearer ends here too: its owner can revoke a leaked one.
    const token = sessionTokenOf(c);
    if (token) await logout(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return ok(c, { loggedOut: true });
  });

  routes.post('/enroll', routeDoc({ tag: 'hq', summary: 'A store exchanges its enrollment code for its credential (again, replacing it, until the credential is first used)', body: enrollSchema, status: 201, security: [], response: () => import('./answers.js').then((a) => a.enrollmentAnswer) }), async (c) => {
    const body = parseOrThrow(enrollSchema, await readJson(c));
    return ok(c, await enrollStore(db, body.code), {}, 201);
  });

  routes.get('/stores', routeDoc({ tag: 'hq', summary: 'Every store with its sync state (online, journal lag)', response: () => import('./answers.js').then((a) => a.storesAnswer) }), anyHq, async (c) => ok(c, await listStores(db, deps.config.storeOfflineAfterSeconds)));
  routes.post('/stores', routeDoc({ tag: 'hq', summary: 'Create a store: its id and first enrollment code', body: storeInputSchema, status: 201, response: () => import('./answers.js').then((a) => a.createdStoreAnswer) }), adminOnly, async (c) => {
    const input = parseOrThrow(storeInputSchema, await readJson(c));
    return ok(c, await createStore(db, input), {}, 201);
  });
  routes.get('/stores/:storeId', routeDoc({ tag: 'hq', summary: 'One store', params: storeParams, response: () => import('./answers.js').then((a) => a.storeAnswer) }), anyHq, async (c) =>
    ok(c, await getStore(db, parseOrThrow(storeIdParam, c.req.param('storeId')), deps.config.storeOfflineAfterSeconds)),
  );
  routes.post('/stores/:storeId/enrollment-code', routeDoc({ tag: 'hq', summary: 'Issue a new enrollment code for a store (re-enrollment)', params: storeParams, status: 201, response: () => import('./answers.js').then((a) => a.enrollmentCodeAnswer) }), adminOnly, async (c) =>
    ok(c, { enrollmentCode: await renewEnrollmentCode(db, parseOrThrow(storeIdParam, c.req.param('storeId'))) }, {}, 201),
  );

  routes.get('/reports/sales', routeDoc({ tag: 'hq', summary: 'Sales across stores, grouped by store, day, hour, product or payment method (centavos)', query: salesQuerySchema, response: () => import('./answers.js').then((a) => a.salesReportAnswer) }), anyHq, async (c) => {
    const report = await salesReport(reportsDb, parseOrThrow(salesQuerySchema, c.req.query()));
    return ok(c, report, { currency: 'BRL', amounts: 'centavos' });
  });
  routes.get('/reports/z', routeDoc({ tag: 'hq', summary: 'The stores\' Z reports (day closes), newest first, a page at a time', query: zReportQuerySchema, paged: true, response: () => import('./answers.js').then((a) => a.zReportAnswer) }), anyHq, async (c) => {
    const { entries, metadata } = await listZReports(reportsDb, parseOrThrow(zReportQuerySchema, c.req.query()));
    return ok(c, entries, metadata);
  });

  routes.get('/catalog/products', routeDoc({ tag: 'hq', summary: 'Products across stores with each store\'s price and availability', response: () => import('./answers.js').then((a) => a.hqProductsAnswer) }), anyHq, async (c) => ok(c, await listProducts(db)));
  routes.post('/catalog/products/:productId/changes', routeDoc({ tag: 'hq', summary: 'Queue a price or availability change for some stores (applied when each store confirms)', body: productChangeSchema, status: 202, errors: { 409: ['PRODUCT_NOT_IN_STORE'] }, response: () => import('./answers.js').then((a) => a.queuedAnswer) }), adminOnly, async (c) => {
    const change = parseOrThrow(productChangeSchema, await readJson(c));
    const queued = await changeProduct(db, deps.downstream, { ...change, productId: c.req.param('productId') }, c.get('hqUser').id);
    return ok(c, { queued }, {}, 202);
  });
  routes.post('/configurations', routeDoc({ tag: 'hq', summary: 'Push an HQ setting to stores', body: hqSettingPushSchema, status: 202, response: () => import('./answers.js').then((a) => a.queuedAnswer) }), adminOnly, async (c) => {
    const input = parseOrThrow(hqSettingPushSchema, await readJson(c));
    return ok(c, { queued: await pushConfiguration(db, deps.downstream, input, c.get('hqUser').id) }, {}, 202);
  });
  routes.get('/configurations', routeDoc({ tag: 'hq', summary: 'HQ setting pushes and product price or availability changes, with their delivery and outcome per store', query: configurationsQuerySchema, response: () => import('./answers.js').then((a) => a.configurationPushesAnswer) }), anyHq, async (c) => {
    const filter = parseOrThrow(configurationsQuerySchema, c.req.query());
    return ok(c, await listConfigurationPushes(db, filter.storeId));
  });

  routes.get('/hq-users', routeDoc({ tag: 'hq', summary: 'HQ users', response: () => import('./answers.js').then((a) => a.hqUsersAnswer) }), adminOnly, async (c) => ok(c, await listHqUsers(db)));
  routes.post('/hq-users/:id/deactivate', routeDoc({ tag: 'hq', summary: 'Deactivate an HQ user who left: no more logins, and the ones still open end at once', errors: { 404: ['HQ_USER_NOT_FOUND'], 409: ['HQ_USER_SELF'] }, response: () => import('./answers.js').then((a) => a.hqUsersAnswer.element) }), adminOnly, async (c) =>
    ok(c, await deactivateHqUser(db, c.get('hqUser'), c.req.param('id'))),
  );
  routes.post('/hq-users', routeDoc({ tag: 'hq', summary: 'Create an HQ user', body: hqUserInputSchema, status: 201, errors: { 409: ['USERNAME_TAKEN'] }, response: () => import('./answers.js').then((a) => a.hqUserAnswer) }), adminOnly, async (c) => ok(c, await createHqUser(db, parseOrThrow(hqUserInputSchema, await readJson(c))), {}, 201));

  return routes;
}
