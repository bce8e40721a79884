import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { guarded, type RouteGuard } from '../../../contract/api/openapi/route-doc.js';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';

/** A user's access token, a device token or an integration API key, as bearer token or `X-Api-Key`. */
const CALLER_SECURITY: RouteGuard['security'] = [{ bearerAuth: [] }, { apiKey: [] }];
const CALLER_ERRORS: RouteGuard['errors'] = { 401: ['UNAUTHENTICATED', 'TOKEN_INVALID'], 429: ['API_KEY_RATE_LIMITED'] };

/**
 * Throws unless the request's actor holds the permission: for a route whose body asks for more
 * than the route's own guard (e.g. an order placed confirmed needs `orders.confirm` too).
 */
export function assertPermission(c: Context<AppEnv>, permission: string): void {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED', 401);
  if (!actor.permissions?.includes(permission)) throw new AppError('FORBIDDEN', 403, 'FORBIDDEN', { permission });
}

/** Whether the request's actor holds the permission: for an answer that shows more to some callers than to others. */
export function holdsPermission(c: Context<AppEnv>, permission: string): boolean {
  return c.get('actor')?.permissions?.includes(permission) ?? false;
}

function permissionGuard(permission: string) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    assertPermission(c, permission);
    await next();
  });
  return guarded(middleware, { security: CALLER_SECURITY, permission, errors: { ...CALLER_ERRORS, 403: ['FORBIDDEN'] } });
}

// A route table asks for the same few permissions on every route of a module: one guard each.
const guards = new Map<string, ReturnType<typeof permissionGuard>>();

/**
 * Lets the request through for an actor holding any of the permissions: a route open to the till
 * and, narrower, to a self-service screen (`payments.capture` or `payments.self_service`).
 */
export function requireAnyPermission(...permissions: string[]) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHENTICATED', 401);
    if (!permissions.some((p) => actor.permissions?.includes(p))) throw new AppError('FORBIDDEN', 403, 'FORBIDDEN', { permissions });
    await next();
  });
  return guarded(middleware, { security: CALLER_SECURITY, permission: permissions.join(' | '), errors: { ...CALLER_ERRORS, 403: ['FORBIDDEN'] } });
}

/** Lets the request through only for an authenticated actor holding the permission. */
export function requirePermission(permission: string) {
  let guard = guards.get(permission);
  if (!guard) guards.set(permission, (guard = permissionGuard(permission)));
  return guard;
}

export const requireAuthenticated = guarded(
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get('actor')) throw new AppError('UNAUTHENTICATED', 401);
    await next();
  }),
  { security: CALLER_SECURITY, errors: CALLER_ERRORS },
);
