import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { RelayDb } from '../db/database.js';
import { SESSION_COOKIE, type RelayEnv } from '../http/auth.js';
import { userForSession, type HqRole } from '../hq/users.js';
import { guarded } from '../../../appliance/contract/api/openapi/route-doc.js';

/** Pages send people to the login form instead of answering with a JSON 401. */
export function requirePortalUser(db: RelayDb, roles: HqRole[] = ['HQ_ADMIN', 'HQ_ANALYST']): MiddlewareHandler<RelayEnv> {
  // Refusals are a redirect to the login form or a pt-BR text page, not the JSON error envelope.
  return guarded<MiddlewareHandler<RelayEnv>>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await userForSession(db, token) : undefined;
    if (!user) {
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
    }
    if (!roles.includes(user.role)) return c.text('Acesso restrito a administradores.', 403);
    c.set('hqUser', user);
    // Sales figures, enrollment codes, users: never kept by the browser's cache or a shared proxy.
    c.header('Cache-Control', 'no-store');
    await next();
  }, { security: [{ hqSession: [] }], roles, errors: {} });
}
