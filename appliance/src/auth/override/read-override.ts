import type { Context } from 'hono';
import { z } from 'zod';
import { badRequest } from '../../kernel/errors.js';
import type { Db } from '../../kernel/db/open.js';
import type { AppEnv } from '../../kernel/http/env.js';
import { clientAddress } from '../http/client-address.js';
import { verifyManagerOverride, type OverrideCredentials, type VerifiedManagerOverride } from './manager-override.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

const MAX_USERNAME = 64;
const MAX_SECRET = 256;
// The name is not trimmed: only its canonical spelling reaches a user (canonicalUsername).
const bodyOverride = lazySchema(() => z.object({
  username: z.string().min(1).max(MAX_USERNAME),
  pin: z.string().max(16).optional(),
  password: z.string().max(MAX_SECRET).optional(),
}));

/**
 * The manager override sent with a request: header `X-Manager-Override: <username>:<pin>` or the
 * JSON body field `managerOverride: { username, pin }` (or `password` instead of `pin`).
 * Returns null when neither is present; a malformed one is a 400.
 */
export async function readManagerOverride(c: Context<AppEnv>): Promise<OverrideCredentials | null> {
  const header = c.req.header('x-manager-override');
  if (header !== undefined) {
    const at = header.indexOf(':');
    if (at <= 0 || at === header.length - 1 || at > MAX_USERNAME || header.length - at - 1 > MAX_SECRET) throw badRequest('VALIDATION_FAILED', [{ path: 'X-Manager-Override', message: 'esperava <usuário>:<pin>' }]);
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
    throw badRequest('VALIDATION_FAILED', [{ path: 'managerOverride', message: 'esperava { username, pin } ou { username, password }' }]);
  }
  return parsed.data;
}

/**
 * The override sent with this request, verified for the calling session or device from its
 * address (counted and journaled as such); null when none was sent.
 */
export async function verifyRequestOverride(c: Context<AppEnv>, db: Db): Promise<VerifiedManagerOverride | null> {
  const credentials = await readManagerOverride(c);
  if (!credentials) return null;
  return verifyManagerOverride(db, credentials, { actor: c.get('actor'), address: clientAddress(c), correlationId: c.get('correlationId') });
}
