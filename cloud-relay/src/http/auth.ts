import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { RelayDb } from '../db/database.js';
import { executePrepared } from '../db/prepared-statements.js';
import { userForSession, type HqRole, type HqUser } from '../hq/users.js';
import { sha256Hex } from '../util/secrets.js';
import { guarded, type RouteGuard } from '../../../appliance/contract/api/openapi/route-doc.js';
import { sameOriginForms } from '../portal/same-origin-forms.js';
import { RelayError } from './envelope.js';

export const SESSION_COOKIE = 'chefia_hq_session';

export interface AuthenticatedStore {
  id: string;
  clientId: string;
  timeZone: string;
  /** Events the store still had to send at its last contact (journal head minus high-water); ingest admission classes it by this. */
  backlog?: number;
}

export type RelayEnv = { Variables: { hqUser: HqUser; store: AuthenticatedStore } };

/** Session cookie options: Secure whenever the client reached us over HTTPS (directly or via a proxy). */
export function sessionCookieOptions(c: Context) {
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  return { httpOnly: true, sameSite: 'Lax' as const, path: '/', secure: https };
}

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/** The HQ session token of a request: the portal's cookie, or the same token as a bearer (API clients). */
export const sessionTokenOf = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE) ?? bearer(c);

/**
 * Requests that must come from the portal's own pages when a browser sends them: the JSON login
 * (it sets the session cookie: login CSRF, as the portal's /login) and every write riding the
 * portal's cookie. The browser sends the SameSite=Lax cookie along with a sibling subdomain's
 * text/plain `fetch` or form, which needs no CORS preflight. Programs post JSON (which a browser
 * cannot send cross-origin without a preflight the relay never grants), so they pass.
 */
export const fromOwnPages = sameOriginForms({ messageKey: 'CROSS_SITE_REQUEST' });

/**
 * `fromOwnPages` for a request authenticated by the cookie; a bearer token is never sent by a
 * browser on its own, so programs holding one are not asked where they come from.
 */
export const cookieFromOwnPages: MiddlewareHandler<RelayEnv> = (c, next) => (getCookie(c, SESSION_COOKIE) === undefined ? next() : fromOwnPages(c, next));

/** HQ users authenticate with the session cookie (portal) or the same token as a bearer (API clients). */
export function requireHqUser(db: RelayDb, roles: HqRole[] = ['HQ_ADMIN', 'HQ_ANALYST']): MiddlewareHandler<RelayEnv> {
  const guard: RouteGuard = { security: [{ hqSession: [] }, { hqBearer: [] }], roles, errors: { 401: ['UNAUTHENTICATED'], 403: ['FORBIDDEN', 'CROSS_SITE_FORM'] } };
  return guarded<MiddlewareHandler<RelayEnv>>(async (c, next) => {
    // Reads (GET) pass the origin check untouched; a refused write costs no session lookup.
    await cookieFromOwnPages(c, async () => {
      const token = sessionTokenOf(c);
      const user = token ? await userForSession(db, token) : undefined;
      if (!user) throw new RelayError('UNAUTHENTICATED', 401);
      if (!roles.includes(user.role)) throw new RelayError('FORBIDDEN', 403, { params: { roles: roles.join(', ') } });
      c.set('hqUser', user);
      // What an HQ session reads is kept by no browser cache or shared proxy.
      c.header('Cache-Control', 'no-store');
      await next();
    });
  }, guard);
}

/**
 * Store endpoints take the store credential as a bearer token. The credential identifies exactly one
 * store; a path naming any other store is refused with 403 so a store never touches another's stream.
 */
export function requireStoreCredential(db: RelayDb): MiddlewareHandler<RelayEnv> {
  const guard: RouteGuard = { security: [{ storeCredential: [] }], errors: { 401: ['UNAUTHENTICATED'], 403: ['FORBIDDEN_STORE'] } };
  return guarded<MiddlewareHandler<RelayEnv>>(async (c, next) => {
    const token = bearer(c);
    if (!token) throw new RelayError('UNAUTHENTICATED', 401, { messageKey: 'STORE_CREDENTIAL_MISSING' });
    // Every store request runs it: prepared once per connection.
    const found = await executePrepared(
      db,
      db.selectFrom('relay.stores').select(['id', 'client_id', 'time_zone', 'high_water', 'journal_head']).where('credential_hash', '=', sha256Hex(token)),
    );
    const store = found.rows[0];
    if (!store) throw new RelayError('UNAUTHENTICATED', 401, { messageKey: 'STORE_CREDENTIAL_UNKNOWN' });
    if (c.req.param('storeId') !== store.id) {
      throw new RelayError('FORBIDDEN_STORE', 403);
    }
    c.set('store', { id: store.id, clientId: store.client_id, timeZone: store.time_zone, backlog: Math.max(0, store.journal_head - store.high_water) });
    await next();
  }, guard);
}
