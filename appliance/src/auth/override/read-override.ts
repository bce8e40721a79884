import type { Context } from 'hono';
import { z } from 'zod';
import { badRequest } from '../../kernel/errors.js';
import type { AppEnv } from '../../kernel/http/env.js';
import type { OverrideCredentials } from './manager-override.js';

const bodyOverride = z.object({
  username: z.string().trim().min(1).max(64),
  pin: z.string().max(16).optional(),
  password: z.string().max(256).optional(),
});

/**
 * The manager override sent with a request: header `X-Manager-Override: <username>:<pin>` or the
 * JSON body field `managerOverride: { username, pin }` (or `password` instead of `pin`).
 * Returns null when neither is present; a malformed one is a 400.
 */
export async function readManagerOverride(c: Context<AppEnv>): Promise<OverrideCredentials | null> {
  const header = c.req.header('x-manager-override');
  if (header !== undefined) {
    const at = header.indexOf(':');
    if (at <= 0 || at === header.length - 1) throw badRequest('VALIDATION_FAILED', [{ path: 'X-Manager-Override', message: 'expected <username>:<pin>' }]);
    return { username: header.slice(0, at), pin: header.slice(at + 1) };
  }
  const text = await c.req.text();
  if (!text.trim()) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const field = (body as { managerOverride?: unknown } | null)?.managerOverride;
  if (field === undefined || field === null) return null;
  const parsed = bodyOverride.safeParse(field);
  if (!parsed.success || (parsed.data.pin === undefined) === (parsed.data.password === undefined)) {
    throw badRequest('VALIDATION_FAILED', [{ path: 'managerOverride', message: 'expected { username, pin } or { username, password }' }]);
  }
  return parsed.data;
}
