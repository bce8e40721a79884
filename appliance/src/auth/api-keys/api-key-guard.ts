import { createMiddleware } from 'hono/factory';
import { errorBody } from '../../kernel/http/envelope.js';
import type { AppEnv } from '../../kernel/http/env.js';
import type { Actor } from '../../kernel/journal/event.js';
import { clientAddress } from '../http/client-address.js';
import { FailureWindow } from '../login/failure-window.js';
import type { AuthRuntime } from '../runtime.js';
import { recordApiKeyCall } from './api-key-commands.js';
import { apiKeys } from './api-key-store.js';

const RATE_WINDOW_MS = 60_000;

/** The integration behind a live key, holding exactly the key's scopes as permissions. */
export function actorFromApiKey(rt: AuthRuntime, token: string): Actor | null {
  const row = apiKeys.findActiveBySecret(rt.ctx.db, token);
  if (!row) return null;
  return { type: 'integration', id: row.id, name: row.name, role: 'INTEGRATION', permissions: JSON.parse(row.scopes) };
}

/**
 * For requests made with an API key: the key's per-minute limit (429 `API_KEY_RATE_LIMITED` with
 * Retry-After, counted in memory per key), then, once answered, the call in the key's audit trail
 * with its status, refused calls included.
 */
export function apiKeyGuard(rt: AuthRuntime) {
  const calls = new FailureWindow(Number.MAX_SAFE_INTEGER, RATE_WINDOW_MS);
  return createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get('actor');
    if (actor?.type !== 'integration') return next();
    const nowMs = rt.now().getTime();
    const audit = () =>
      rt
        .run('auth.record_api_key_call', (tx) =>
          recordApiKeyCall(tx, {
            apiKeyId: actor.id,
            method: c.req.method,
            path: c.req.path,
            status: c.res.status,
            address: clientAddress(c),
            requestId: c.get('requestId'),
            occurredAt: new Date(nowMs).toISOString(),
          }),
        )
        .catch((error) => rt.ctx.logger.error({ err: error, apiKeyId: actor.id }, 'could not record an API key call'));
    const limit = apiKeys.find(rt.ctx.db, actor.id)?.rate_limit_per_minute ?? 0;
    if (calls.record(actor.id, nowMs) > limit) {
      const retryAfter = Math.max(1, Math.ceil(calls.retryAfterMs(actor.id, nowMs) / 1000));
      c.header('Retry-After', String(retryAfter));
      // Answered here rather than thrown, so the refusal is audited like any other call.
      c.res = c.json(errorBody('API_KEY_RATE_LIMITED', rt.ctx.messages.t('API_KEY_RATE_LIMITED'), { limitPerMinute: limit, retryAfterSeconds: retryAfter }), 429);
      void audit();
      return c.res;
    }
    // A handler's error is already the error envelope in c.res when next() returns.
    await next();
    void audit();
  });
}
