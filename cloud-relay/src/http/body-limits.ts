import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RelayEnv } from './auth.js';
import { RelayError } from './envelope.js';

export const KiB = 1024;
export const MiB = 1024 * KiB;

export interface BodyLimitRule {
  /** Hono path patterns, as the routes are mounted (`/api/v1/stores/:storeId/events`). */
  paths: string[];
  maxBytes: number;
}

const shown = (bytes: number) => (bytes >= MiB ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`);

/** Hono's body limit, refusing with the relay's 413 envelope. */
function limit(maxBytes: number): MiddlewareHandler<RelayEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new RelayError('PAYLOAD_TOO_LARGE', 413, { params: { limit: shown(maxBytes) }, details: { maxBytes } });
    },
  });
}

/**
 * Caps every request body before a handler reads it: the relay faces the internet, and a body
 * is buffered whole (a webhook's signature is checked on its raw bytes, a JSON body is parsed at
 * once), so without a cap a few parallel uploads of hundreds of MB take a node's memory, and with
 * it store sync, the portal and every webhook. A declared Content-Length past the cap is refused
 * before anything is read; a chunked body is counted as it arrives. Each rule's paths get its
 * limit; every other route gets `fallbackBytes`.
 */
export function limitRequestBodies(app: Hono<RelayEnv>, rules: BodyLimitRule[], fallbackBytes: number): void {
  const ruled = new WeakSet<Context>();
  for (const rule of rules) {
    const ruleLimit = limit(rule.maxBytes);
    for (const path of rule.paths) {
      app.use(path, (c, next) => {
        ruled.add(c);
        return ruleLimit(c, next);
      });
    }
  }
  const fallback = limit(fallbackBytes);
  app.use('*', (c, next) => (ruled.has(c) ? next() : fallback(c, next)));
}
