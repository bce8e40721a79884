import { createMiddleware } from 'hono/factory';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';

/** Lets the request through only for an authenticated actor holding the permission. */
export function requirePermission(permission: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHENTICATED', 401);
    if (!actor.permissions?.includes(permission)) {
      throw new AppError('FORBIDDEN', 403, 'FORBIDDEN', { permission });
    }
    await next();
  });
}

export const requireAuthenticated = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('actor')) throw new AppError('UNAUTHENTICATED', 401);
  await next();
});
