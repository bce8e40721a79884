import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { RelayDeps } from '../http/deps.js';
import { SESSION_COOKIE, sessionCookieOptions, type RelayEnv } from '../http/auth.js';
import { parseOrThrow, RelayError } from '../http/envelope.js';
import { storeInputSchema } from '../http/store-input.js';
import { changeProduct } from '../downstream/catalog-changes.js';
import { listProducts } from '../hq/catalog-queries.js';
import { createHqUser, deactivateHqUser, hqUserInputSchema, listHqUsers, login, logout } from '../hq/users.js';
import { isoDate, salesQuerySchema, salesReport, type SalesGrouping, type SalesQuery, type SalesReportOptions } from '../reports/sales-report.js';
import { listZReports } from '../reports/z-reports.js';
import { createStore, getStore, listStores, renewEnrollmentCode } from '../stores/store-service.js';
import { CatalogPage } from './catalog-page.js';
import { salesReportCsv } from './csv.js';
import { DashboardPage } from './dashboard-page.js';
import { datePt, isoDateDaysAgo, parseBrlToCents } from './format.js';
import { LoginPage } from './login-page.js';
import { requirePortalUser } from './portal-auth.js';
import { sameOriginForms } from './same-origin-forms.js';
import { StoreDetailPage } from './store-detail-page.js';
import { StoresPage, type StoreFormValues } from './stores-page.js';
import { UsersPage } from './users-page.js';
import { dashboardQuery, loginForm, loginPageQuery, productChangeForm, readForm, salesExportQuery, storeForm, storePageQuery, userForm } from './portal-forms.js';
import { routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';

/** The *Cadastrar loja* form's labels, naming the fields its refusals are about. */
const STORE_FORM_LABELS = { code: 'Código da loja', name: 'Nome', timeZone: 'Fuso horário' };

/** The catalog form's labels, naming the fields a refused price change is about. */
const PRODUCT_FORM_LABELS = { productId: 'Produto', priceCents: 'Novo preço' };

/** The *Novo usuário* form's labels, naming the fields its refusals are about. */
const USER_FORM_LABELS = { username: 'Usuário', displayName: 'Nome', password: 'Senha', role: 'Perfil' };

/** Each Z report is a store's whole day close, a long table: a few per page keep the page readable. */
const Z_REPORTS_PER_PAGE = 10;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters from the query string, falling back to the last 7 days and all stores. */
function salesFilters(c: Context) {
  const query = readForm(dashboardQuery, { ...c.req.query(), storeId: c.req.queries('storeId') });
  const to = query.to || isoDateDaysAgo(0);
  // An impossible `to` (2026-02-30) has no week before it: the report then refuses the period.
  const from = query.from || (isoDate.safeParse(to).success ? isoDateDaysAgo(6, new Date(`${to}T12:00:00Z`)) : to);
  const storeIds = query.storeId.flatMap((value) => value.split(',')).filter((id) => UUID.test(id));
  return { from, to, storeIds };
}

type SalesFilters = ReturnType<typeof salesFilters>;

/**
 * The report query of the page's filters. A period the report cannot read is refused in the
 * person's terms: a start after the end (the dashboard reloads as soon as *De* changes, before
 * *Até* follows) named with both dates, anything else as an impossible date.
 */
function salesQueryOf(filters: SalesFilters, groupBy: SalesGrouping, limit?: number): SalesQuery {
  const query = salesQuerySchema.safeParse({ from: filters.from, to: filters.to, groupBy, storeId: filters.storeIds.join(','), limit });
  if (query.success) return query.data;
  const reversed = isoDate.safeParse(filters.from).success && isoDate.safeParse(filters.to).success && filters.from > filters.to;
  throw new RelayError(
    'VALIDATION_FAILED',
    400,
    reversed ? { messageKey: 'PERIOD_REVERSED', params: { from: datePt(filters.from), to: datePt(filters.to) } } : { messageKey: 'INVALID_PERIOD' },
  );
}

/**
 * The portal page a login goes back to. `next` comes from a link anyone can send: it is resolved
 * as the browser would and kept only when it names a portal page of this relay, written as the URL
 * parser writes it (a line break in it made the redirect itself fail with a 500).
 */
function returnPath(next: string, requestUrl: string): string {
  const here = new URL(requestUrl);
  const target = URL.canParse(next, here) ? new URL(next, here) : here;
  const portalPage = target.origin === here.origin && (target.pathname === '/portal' || target.pathname.startsWith('/portal/'));
  return portalPage ? `${target.pathname}${target.search}` : '/portal';
}

/** A refusal's pt-BR text; a validation's fields are named by the form's own labels where it has them. */
function messageOf(error: unknown, labels: Record<string, string> = {}): string {
  if (error instanceof RelayError) {
    const details = Array.isArray(error.details) ? ` (${error.details.map((d: { path: string; message: string }) => `${labels[d.path] ?? d.path}: ${d.message}`).join('; ')})` : '';
    return `${error.message}${details}`;
  }
  throw error;
}

export function portalRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const { db, reportsDb } = deps;
  const routes = new Hono<RelayEnv>();
  const portalUser = requirePortalUser(db);
  const portalAdmin = requirePortalUser(db, ['HQ_ADMIN']);
  const report = (c: Context, groupBy: SalesGrouping, limit?: number, options: SalesReportOptions = {}) =>
    salesReport(reportsDb, salesQueryOf(salesFilters(c), groupBy, limit), options);

  const ownForms = sameOriginForms();
  for (const path of ['/login', '/logout', '/portal/*']) routes.use(path, ownForms);

  routes.get('/', routeDoc({ tag: 'portal', summary: 'Redirect to the portal', status: 302, security: [] }), (c) => c.redirect('/portal'));
  routes.get('/login', routeDoc({ tag: 'portal', summary: 'The portal login form', query: loginPageQuery, produces: 'text/html', security: [] }), (c) =>
    c.html(<LoginPage next={readForm(loginPageQuery, c.req.query()).next || undefined} />),
  );
  routes.post('/login', routeDoc({ tag: 'portal', summary: 'Portal login form post: sets the session cookie and redirects', form: loginForm, status: 302, security: [] }), async (c) => {
    const { username, password, next } = readForm(loginForm, await c.req.parseBody());
    try {
      const session = await login(db, username, password);
      setCookie(c, SESSION_COOKIE, session.token, sessionCookieOptions(c));
      return c.redirect(returnPath(next, c.req.url));
    } catch (error) {
      // A wrong password, or a user locked after too many: the catalog's message says which.
      if (error instanceof RelayError) return c.html(<LoginPage error={error.message} username={username} next={next} />, error.status === 429 ? 429 : 401);
      throw error;
    }
  });
  routes.post('/logout', routeDoc({ tag: 'portal', summary: 'Portal logout: clears the session cookie and redirects', status: 302, security: [] }), async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login');
  });

  routes.get('/portal', routeDoc({ tag: 'portal', summary: 'The sales dashboard', query: dashboardQuery, produces: 'text/html' }), portalUser, async (c) => {
    const filters = salesFilters(c);
    const page = { user: c.get('hqUser'), from: filters.from, to: filters.to, selectedStoreIds: filters.storeIds };
    try {
      salesQueryOf(filters, 'store');
    } catch (error) {
      // The filters come back as chosen, with what to fix: the person corrects a date, not a URL.
      const stores = await listStores(db, deps.config.storeOfflineAfterSeconds);
      return c.html(<DashboardPage data={{ ...page, stores, figures: null }} error={messageOf(error)} />, 400);
    }
    const [stores, byStore, byDay, byHour, byMethod, topProducts] = await Promise.all([
      listStores(db, deps.config.storeOfflineAfterSeconds),
      report(c, 'store'),
      report(c, 'day'),
      report(c, 'hour'),
      report(c, 'paymentMethod'),
      report(c, 'product', 10),
    ]);
    return c.html(<DashboardPage data={{ ...page, stores, figures: { byStore, byDay, byHour, byMethod, topProducts } }} />);
  });
  routes.get('/portal/export.csv', routeDoc({ tag: 'portal', summary: 'Sales as CSV', query: salesExportQuery, produces: 'text/csv' }), portalUser, async (c) => {
    const { groupBy } = readForm(salesExportQuery, c.req.query());
    // The accountant's file holds the whole period: every product, not the dashboard's top ones;
    // every store and day, not the API's first page.
    const result = await report(c, groupBy, undefined, { everyRow: true });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="vendas-${result.groupBy}-${result.from}-${result.to}.csv"`);
    return c.body(salesReportCsv(result));
  });

  const storesPage = async (c: Context<RelayEnv>, extra: { newCode?: { storeName: string; code: string }; error?: string; form?: StoreFormValues } = {}, status: 200 | 201 | 400 = 200) =>
    c.html(<StoresPage user={c.get('hqUser')} stores={await listStores(db, deps.config.storeOfflineAfterSeconds)} {...extra} />, status);
  routes.get('/portal/stores', routeDoc({ tag: 'portal', summary: 'The stores page', produces: 'text/html' }), portalUser, (c) => storesPage(c));
  routes.post('/portal/stores', routeDoc({ tag: 'portal', summary: 'Create a store (form post)', form: storeForm, produces: 'text/html', status: 201 }), portalAdmin, async (c) => {
    const form = readForm(storeForm, await c.req.parseBody());
    try {
      // The JSON API's rules: a store the form made must be one ingest can file sales for.
      const input = parseOrThrow(storeInputSchema, { code: form.code, name: form.name, timeZone: form.timeZone || undefined });
      const created = await createStore(db, input);
      return storesPage(c, { newCode: { storeName: created.store.name, code: created.enrollmentCode } }, 201);
    } catch (error) {
      return storesPage(c, { error: messageOf(error, STORE_FORM_LABELS), form }, 400);
    }
  });
  routes.post('/portal/stores/:storeId/enrollment-code', routeDoc({ tag: 'portal', summary: 'Issue a new enrollment code (form post)', produces: 'text/html' }), portalAdmin, async (c) => {
    const storeId = c.req.param('storeId');
    if (!UUID.test(storeId)) return c.notFound();
    const store = await getStore(db, storeId, deps.config.storeOfflineAfterSeconds);
    return storesPage(c, { newCode: { storeName: store.name, code: await renewEnrollmentCode(db, storeId) } });
  });
  routes.get('/portal/stores/:storeId', routeDoc({ tag: 'portal', summary: 'One store\'s page with its Z reports, a page of days at a time', query: storePageQuery, produces: 'text/html' }), portalUser, async (c) => {
    const storeId = c.req.param('storeId');
    if (!UUID.test(storeId)) return c.notFound();
    const store = await getStore(db, storeId, deps.config.storeOfflineAfterSeconds);
    const { page } = readForm(storePageQuery, c.req.query());
    const reports = await listZReports(reportsDb, { storeId, page, size: Z_REPORTS_PER_PAGE });
    return c.html(<StoreDetailPage user={c.get('hqUser')} store={store} reports={reports} />);
  });

  routes.get('/portal/catalog', routeDoc({ tag: 'portal', summary: 'The catalog page', produces: 'text/html' }), portalUser, async (c) => c.html(<CatalogPage user={c.get('hqUser')} products={await listProducts(db)} />));
  routes.post('/portal/catalog/:productId', routeDoc({ tag: 'portal', summary: 'Change a product\'s price or availability for stores (form post)', form: productChangeForm, produces: 'text/html' }), portalAdmin, async (c) => {
    const form = readForm(productChangeForm, await c.req.parseBody({ all: true }));
    const priceText = form.price;
    const activeText = form.active;
    const priceCents = priceText ? parseBrlToCents(priceText) : undefined;
    const render = (extra: { notice?: string; error?: string }, status: 200 | 400 = 200) =>
      listProducts(db).then((products) => c.html(<CatalogPage user={c.get('hqUser')} products={products} {...extra} />, status));
    if (priceCents === null) return render({ error: `Preço inválido: ${priceText}` }, 400);
    const storeIds = form.storeId.filter((id) => UUID.test(id));
    if (storeIds.length === 0) return render({ error: 'Selecione ao menos uma loja.' }, 400);
    try {
      const queued = await changeProduct(
        db,
        deps.downstream,
        { productId: c.req.param('productId'), storeIds, priceCents, active: activeText === '' ? undefined : activeText === 'true' },
        c.get('hqUser').id,
      );
      return render({ notice: `Alteração enviada a ${queued.length} loja(s); aplicada quando cada loja confirmar.` });
    } catch (error) {
      return render({ error: messageOf(error, PRODUCT_FORM_LABELS) }, 400);
    }
  });

  routes.get('/portal/users', routeDoc({ tag: 'portal', summary: 'The HQ users page', produces: 'text/html' }), portalAdmin, async (c) => c.html(<UsersPage user={c.get('hqUser')} users={await listHqUsers(db)} />));
  routes.post('/portal/users', routeDoc({ tag: 'portal', summary: 'Create an HQ user (form post)', form: userForm, status: 302 }), portalAdmin, async (c) => {
    const form = readForm(userForm, await c.req.parseBody());
    try {
      if (form.password.length < 8) throw new RelayError('PASSWORD_TOO_SHORT', 400);
      // The API's rules: the page only writes the username in lowercase for the person.
      const input = parseOrThrow(hqUserInputSchema, {
        username: form.username.toLowerCase(),
        displayName: form.displayName,
        password: form.password,
        role: form.role === 'HQ_ADMIN' ? 'HQ_ADMIN' : 'HQ_ANALYST',
      });
      await createHqUser(db, input);
      return c.redirect('/portal/users');
    } catch (error) {
      return c.html(<UsersPage user={c.get('hqUser')} users={await listHqUsers(db)} error={messageOf(error, USER_FORM_LABELS)} />, 400);
    }
  });
  routes.post('/portal/users/:id/deactivate', routeDoc({ tag: 'portal', summary: 'Deactivate an HQ user (form post)', status: 302 }), portalAdmin, async (c) => {
    try {
      await deactivateHqUser(db, c.get('hqUser'), c.req.param('id'));
      return c.redirect('/portal/users');
    } catch (error) {
      return c.html(<UsersPage user={c.get('hqUser')} users={await listHqUsers(db)} error={messageOf(error)} />, error instanceof RelayError ? error.status : 500);
    }
  });
  return routes;
}
