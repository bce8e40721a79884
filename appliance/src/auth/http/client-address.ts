import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../../kernel/http/env.js';

/**
 * The TCP peer address. Forwarding headers are ignored on purpose: terminals talk to the
 * appliance directly on the store LAN, and a header would let a client dodge the login limit.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
